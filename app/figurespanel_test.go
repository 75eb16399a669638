package app

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// newFiguresUI opens the figure fixture (one conflict, two checks).
func newFiguresUI(t *testing.T) *UI {
	t.Helper()
	u, _ := newTestUI(t)
	s, rep := figureFixture(t)
	u.Loader = func(path string, _ func(string)) Loaded { return Loaded{Path: path, Story: s, Report: rep} }
	openAndWait(t, u, "")
	return u
}

func TestFiguresPanelListsAndDraws(t *testing.T) {
	u := newFiguresUI(t)
	p := u.ux.figures
	if p.list.Length() != 3 || p.empty.Visible() || !p.split.Visible() {
		t.Fatalf("the panel lists %d figures (empty note shown: %v), want 3", p.list.Length(), p.empty.Visible())
	}
	// The great-circle check: the map draws the great circle and frames
	// both places; the panel tells the stated and computed distance.
	u.ShowFigure(2)
	if got := len(u.mp.Lines()); got != 1 {
		t.Fatalf("the map draws %d lines for a great-circle check, want 1", got)
	}
	cam := u.mp.Camera()
	if cam.Center[1] < 43 || cam.Center[1] > 52 {
		t.Errorf("camera %+v does not frame Vladivostok and the cosmodrome", cam)
	}
	text := detailText(p)
	for _, want := range []string{"great-circle distance", "995 km", "The cosmodrome is 600 miles north of Vladivostok.", "Beta Wire · 2019-04-24"} {
		if !strings.Contains(text, want) {
			t.Errorf("detail lacks %q:\n%s", want, text)
		}
	}
	// The route check draws no great circle: the route is highlighted.
	u.ShowFigure(1)
	if len(u.mp.Lines()) != 0 {
		t.Errorf("a route check draws a great circle")
	}
	// The conflict: both sources' sentences; a source's button opens it in
	// the evidence panel.
	u.ShowFigure(0)
	text = detailText(p)
	for _, want := range []string{"80 miles — “Khasan is 80 miles from Vladivostok.”", "95 miles — “Vladivostok lies 95 miles beyond Khasan.”"} {
		if !strings.Contains(text, want) {
			t.Errorf("conflict detail lacks %q:\n%s", want, text)
		}
	}
	btn := firstButton(p)
	if btn == nil {
		t.Fatal("no source button")
	}
	test.Tap(btn)
	if sel := u.nav.Selection(); sel.Kind != SelSource || sel.ID != "a" {
		t.Errorf("the source button selected %+v, want source a", sel)
	}
	if p.selected != -1 || len(p.detail.Objects) != 0 {
		t.Errorf("a new selection left the figure shown")
	}
	// A new step takes the figure off the map.
	u.ShowFigure(2)
	u.Next()
	if len(u.mp.Lines()) != 0 {
		t.Error("the great circle stayed after a step change")
	}
}

func TestFiguresPanelEmpty(t *testing.T) {
	u, _ := newTestUI(t)
	if !u.ux.figures.empty.Visible() || u.ux.figures.list.Length() != 0 {
		t.Error("a story without conflicts or checks should say so")
	}
	if u.ux.figures.split.Visible() {
		t.Error("the note shows over an empty list and detail pane")
	}
}

func detailText(p *figuresPanel) string {
	var b strings.Builder
	for _, o := range test.LaidOutObjects(p.detail) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.Button:
			b.WriteString(w.Text + "\n")
		case *keyButton:
			b.WriteString(w.Text + "\n")
		}
	}
	return b.String()
}

func firstButton(p *figuresPanel) *widget.Button {
	for _, o := range test.LaidOutObjects(p.detail) {
		if b, ok := o.(*widget.Button); ok {
			return b
		}
		if b, ok := o.(*keyButton); ok {
			return &b.Button
		}
	}
	return nil
}

// TestFiguresOfBundledStory: on real analysis output every conflict and
// check becomes a figure, each with its sources' sentences, and each
// check's two places are found in the story (so the map can draw it).
func TestFiguresOfBundledStory(t *testing.T) {
	res := DefaultLoader("", func(string) {})
	if res.Failed {
		t.Fatalf("bundled story: %v", res.Problems)
	}
	figs := figuresOf(res.Story, res.Report)
	if want := len(res.Report.Conflicts) + len(res.Report.Checks); len(figs) != want || want == 0 {
		t.Fatalf("%d figures for %d conflicts and checks", len(figs), want)
	}
	for _, f := range figs {
		if len(f.Says) == 0 {
			t.Errorf("%s: no sentence", f.Title)
		}
		for _, s := range f.Says {
			if s.Line == "" || s.Who == "" {
				t.Errorf("%s: statement %+v", f.Title, s)
			}
		}
		if f.Kind == "check" && len(f.Places) != 2 {
			t.Errorf("%s: places %v, want its two ends", f.Title, f.Places)
		}
		if f.Kind == "check" && f.Route == "" && len(f.Lines) != 1 {
			t.Errorf("%s: neither a route nor a great circle to draw", f.Title)
		}
	}
}

// On a big story (more conflicts and checks than figuresInBackground) the
// figures are built off the UI thread, one build at a time: edits asked
// for while one runs start only the newest, after it.
func TestFiguresBuiltOneAtATime(t *testing.T) {
	u := newFiguresUI(t)
	p := u.ux.figures
	s, base := u.nav.Story(), u.nav.Report()
	started, release := make(chan *analysis.Report, 4), make(chan bool)
	var running, most atomic.Int32
	p.build = func(_ *story.Story, rep *analysis.Report) []Figure {
		if n := running.Add(1); n > most.Load() {
			most.Store(n)
		}
		started <- rep
		<-release
		running.Add(-1)
		return nil
	}
	reports := make([]*analysis.Report, 3)
	for i := range reports {
		r := *base
		r.Conflicts = make([]analysis.Conflict, figuresInBackground+1)
		reports[i] = &r
		u.nav = NewNav(s, reports[i])
		u.updateFigures()
	}
	waitBuild := func(want *analysis.Report, what string) {
		t.Helper()
		select {
		case got := <-started:
			if got != want {
				t.Errorf("%s: a build of another report started", what)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no build started", what)
		}
	}
	noBuild := func(what string) {
		t.Helper()
		select {
		case <-started:
			t.Errorf("%s: a build started", what)
		case <-time.After(200 * time.Millisecond):
		}
	}
	waitBuild(reports[0], "the first edit")
	noBuild("while the first build runs")
	release <- true
	waitBuild(reports[2], "after the first build") // the second was superseded before it started
	release <- true
	noBuild("after the newest build")
	if most.Load() != 1 {
		t.Errorf("%d builds ran at once, want 1", most.Load())
	}
}
