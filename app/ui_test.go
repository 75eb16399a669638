package app

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/internal/race"
)

// newTestUI opens the fixture story in a UI on Fyne's test app and waits
// until it is loaded.
func newTestUI(t *testing.T) (*UI, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(defaultSize)
	u := NewUI(a, w, Config{Version: "test"}, testOpts...)
	u.showMap()
	s, rep := fixture(t)
	u.Loader = func(path string, progress func(string)) Loaded {
		progress("Analysing")
		return Loaded{Path: path, Story: s, Report: rep}
	}
	openAndWait(t, u, "")
	return u, w
}

// openAndWait opens path and waits for the load to be applied.
func openAndWait(t *testing.T, u *UI, path string) Loaded {
	t.Helper()
	done := make(chan Loaded, 1)
	u.loadedHook = func(l Loaded) { done <- l }
	u.Open(path)
	select {
	case l := <-done:
		u.loadedHook = nil
		return l
	case <-time.After(30 * time.Second):
		t.Fatal("load did not finish")
	}
	return Loaded{}
}

func key(w fyne.Window, k fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

// checkStep asserts that every panel shows step i.
func checkStep(t *testing.T, u *UI, i int) {
	t.Helper()
	s := u.nav.Story()
	st := s.Steps[i]
	if u.nav.Index() != i {
		t.Fatalf("at step %d, want %d", u.nav.Index()+1, i+1)
	}
	if want := u.nav.Status(); u.status.Text != want || !strings.HasPrefix(want, "Step ") {
		t.Errorf("status %q, want %q", u.status.Text, want)
	}
	if u.stepTitle.Text != st.Title {
		t.Errorf("title %q, want %q", u.stepTitle.Text, st.Title)
	}
	if st.Camera != nil && u.mp.Camera() != *st.Camera {
		t.Errorf("map camera %+v, want the step's %+v", u.mp.Camera(), *st.Camera)
	}
	if got := u.charts.Highlighted(); !reflect.DeepEqual(got, st.Claims) {
		t.Errorf("charts highlight %q, want %q", got, st.Claims)
	}
	ev := evidenceText(u)
	for _, cid := range st.Claims {
		for _, c := range u.nav.Report().Claims {
			if c.ID == cid && !strings.Contains(ev, c.Evidence[0].Text) {
				t.Errorf("evidence panel lacks %q:\n%s", c.Evidence[0].Text, ev)
			}
		}
	}
}

func TestStepByKeys(t *testing.T) {
	u, w := newTestUI(t)
	checkStep(t, u, 0)
	cam0 := u.mp.Camera()
	key(w, fyne.KeyRight)
	checkStep(t, u, 1)
	if u.mp.Camera() == cam0 {
		t.Error("the map camera did not move")
	}
	key(w, fyne.KeyPageDown)
	checkStep(t, u, 2)
	key(w, fyne.KeyRight) // at the end: stays
	checkStep(t, u, 2)
	key(w, fyne.KeyLeft)
	checkStep(t, u, 1)
	key(w, fyne.KeyPageUp)
	checkStep(t, u, 0)
	key(w, fyne.KeyEnd)
	checkStep(t, u, 2)
	key(w, fyne.KeyHome)
	checkStep(t, u, 0)
}

func TestStepByButtonsAndList(t *testing.T) {
	u, _ := newTestUI(t)
	if !u.prevBtn.Disabled() {
		t.Error("Previous enabled at the first step")
	}
	test.Tap(u.nextBtn)
	checkStep(t, u, 1)
	test.Tap(u.nextBtn)
	checkStep(t, u, 2)
	if !u.nextBtn.Disabled() {
		t.Error("Next enabled at the last step")
	}
	test.Tap(u.prevBtn)
	checkStep(t, u, 1)
	u.stepList.Select(0) // as a click in the list does
	checkStep(t, u, 0)
}

func TestSelectionsUpdateOtherPanels(t *testing.T) {
	u, _ := newTestUI(t)
	u.GoTo(1)
	// A chart click on a claim.
	u.chartSelected("claim", "met-putin")
	if got := u.charts.Highlighted(); !reflect.DeepEqual(got, []string{"met-putin"}) {
		t.Errorf("charts highlight %q after a claim click", got)
	}
	if !strings.Contains(u.evHeading.Text, "Kim met Putin") {
		t.Errorf("evidence heading %q", u.evHeading.Text)
	}
	// A map click on a place.
	u.SelectPlace("khasan")
	if !strings.Contains(u.evHeading.Text, "Khasan") || !strings.Contains(evidenceText(u), "crossed the border at Khasan") {
		t.Errorf("place evidence: %q / %q", u.evHeading.Text, evidenceText(u))
	}
	// A source chip.
	var chip *chipButton
	for _, o := range u.chips.Objects {
		if b := o.(*chipButton); strings.HasPrefix(b.full, "Beta Wire") {
			chip = b
		}
	}
	if chip == nil {
		t.Fatal("no chip for source b")
	}
	test.Tap(chip)
	if !strings.Contains(u.evHeading.Text, "Kim reaches Vladivostok") || !strings.Contains(evidenceText(u), "travelled slowly") {
		t.Errorf("source view: %q / %q", u.evHeading.Text, evidenceText(u))
	}
	if got := u.charts.Highlighted(); !reflect.DeepEqual(got, []string{"by-train"}) {
		t.Errorf("source b's claims highlighted: %q", got)
	}
	// The timeline's date selects the step of that date.
	u.chartSelected("date", "2023-09-13")
	checkStep(t, u, 2)
}

func TestSpacePlaysAndPauses(t *testing.T) {
	u, w := newTestUI(t)
	key(w, fyne.KeySpace)
	if !u.Playing() {
		t.Fatal("Space did not start playing")
	}
	key(w, fyne.KeySpace)
	if u.Playing() {
		t.Fatal("Space did not pause")
	}
}

func TestPresentationMode(t *testing.T) {
	u, w := newTestUI(t)
	test.Tap(u.nextBtn)
	u.Present(true)
	if !u.Presenting() || w.Content() == u.main {
		t.Fatal("not presenting")
	}
	key(w, fyne.KeyRight)
	checkStep(t, u, 2)
	if u.present.title.Text != u.nav.Current().Title {
		t.Errorf("presentation title %q", u.present.title.Text)
	}
	key(w, fyne.KeyEscape)
	if u.Presenting() || w.Content() != u.main {
		t.Error("Esc did not leave the presentation")
	}
}

// TestInvalidStoryKeepsPrevious opens a broken story folder with the real
// loader: its problems are listed and the fixture stays open.
func TestInvalidStoryKeepsPrevious(t *testing.T) {
	u, _ := newTestUI(t)
	u.GoTo(1)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "articles"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "story.json"), []byte("{\n  \"title\": \"Broken\",\n  \"steps\": [ {\"id\": 3,}\n]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	u.Loader = DefaultLoader
	res := openAndWait(t, u, dir)
	if !res.Failed {
		t.Fatalf("broken story loaded: %+v", res.Problems)
	}
	if len(u.Problems()) == 0 || !strings.Contains(strings.Join(u.Problems(), "\n"), "story.json") {
		t.Errorf("problems shown: %q", u.Problems())
	}
	if u.nav.Story().Title != "Test trip" || u.nav.Index() != 1 {
		t.Errorf("the previous story did not stay: %q at %d", u.nav.Story().Title, u.nav.Index())
	}
	if len(u.Recents()) != 0 {
		t.Errorf("a failed story went into Recents: %q", u.Recents())
	}
}

// TestWarningsStillLoad: a story with warnings opens and its path becomes a
// recent story.
func TestWarningsStillLoadAndRecents(t *testing.T) {
	u, _ := newTestUI(t)
	s, rep := fixture(t)
	s.Title = "Second"
	u.Loader = func(path string, progress func(string)) Loaded {
		return Loaded{Path: path, Story: s, Report: rep, Problems: []string{"story.json:3: warning: odd"}}
	}
	dir := t.TempDir()
	openAndWait(t, u, dir)
	if u.nav.Story().Title != "Second" {
		t.Error("a story with warnings did not open")
	}
	if len(u.Problems()) != 1 {
		t.Errorf("warnings not shown: %q", u.Problems())
	}
	if r := u.Recents(); len(r) != 1 || r[0] != dir {
		t.Errorf("recents %q", r)
	}
	if len(u.recentMenu.Items) != 1 || u.recentMenu.Items[0].Label != dir {
		t.Errorf("recent menu %v", u.recentMenu.Items)
	}
}

// TestStepChangeIsFast times step changes with every panel update (map
// fly-to start, highlights, step text, evidence, list). The 90th percentile
// must stay under the 50 ms budget of the UI thread; the worst is logged (on
// this shared 2-core machine a single change can be delayed by other work).
func TestStepChangeIsFast(t *testing.T) {
	if race.Enabled {
		// Under the detector a step change took 37 ms at the median and 42 ms at the
		// 90th percentile on a quiet machine, against 50, and failed at 82 ms in a
		// race run of every package at once: a wall-clock budget measures the
		// detector there. The test runs without it in CI's test step.
		t.Skip("a wall-clock budget: the race detector multiplies every cost")
	}
	u, _ := newTestUI(t)
	var ds []time.Duration
	for i := 0; i < 40; i++ {
		start := time.Now()
		u.GoTo((i * 7) % u.nav.Len())
		ds = append(ds, time.Since(start))
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	p50, p90, worst := ds[len(ds)/2], ds[len(ds)*9/10], ds[len(ds)-1]
	t.Logf("step change: median %v, p90 %v, worst %v", p50, p90, worst)
	if p90 > 50*time.Millisecond {
		t.Errorf("step changes too slow: p90 %v (median %v)", p90, p50)
	}
}

// BenchmarkStepChange measures one step change with all panel updates.
func BenchmarkStepChange(b *testing.B) {
	a := test.NewApp()
	defer a.Quit()
	w := a.NewWindow("bench")
	w.Resize(defaultSize)
	u := NewUI(a, w, Config{}, testOpts...)
	s, rep := fixture(b)
	u.nav = NewNav(s, rep)
	u.mp.SetStory(s, rep)
	u.refresh()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		u.GoTo(i % u.nav.Len())
	}
}

func TestAboutNamesLicences(t *testing.T) {
	txt := AboutText("1.2.3")
	for _, want := range []string{"1.2.3", "GeoNames", "CC BY 4.0", "GSHHG", "LGPL", "Natural Earth", "ECharts", "Apache-2.0", "Fyne", "BSD-3", "orb", "MIT", "Go fonts", "Liberation Sans", "Open Font License", "Noto Sans Arabic", "Nanum Gothic", "Droid Sans Fallback", "go-text/typesetting"} {
		if !strings.Contains(txt, want) {
			t.Errorf("About lacks %q", want)
		}
	}
}

// TestLoadingRunsBehindTheWindow: while a story loads, the status line says
// so, the progress bar runs and the current story still steps.
func TestLoadingRunsBehindTheWindow(t *testing.T) {
	u, _ := newTestUI(t)
	release := make(chan struct{})
	staged := make(chan struct{})
	s, rep := fixture(t)
	u.Loader = func(path string, progress func(string)) Loaded {
		progress("Analysing: places (1/2)")
		close(staged)
		<-release
		return Loaded{Path: path, Story: s, Report: rep}
	}
	done := make(chan Loaded, 1)
	u.loadedHook = func(l Loaded) { done <- l }
	u.Open(t.TempDir())
	<-staged
	if got := u.Loading(); !strings.Contains(got, "Analysing: places (1/2)") || u.progress.Hidden {
		t.Errorf("while loading: status %q, progress hidden %v", got, u.progress.Hidden)
	}
	u.Next()
	if u.nav.Index() != 1 {
		t.Error("the open story did not step while another loaded")
	}
	close(release)
	<-done
	if u.Loading() != "" || !u.progress.Hidden {
		t.Errorf("after loading: status %q, progress hidden %v", u.Loading(), u.progress.Hidden)
	}
}

// evidenceText is the text of the evidence list's rows, visible or not.
func evidenceText(u *UI) string {
	var b strings.Builder
	for _, r := range u.evidence.Rows() {
		b.WriteString(r.Text)
		b.WriteString(r.Passage.Text)
		b.WriteString("\n")
	}
	return b.String()
}

// A step without a date shows no empty date line under its title, and its
// line in the step list has no gap where the date would be.
func TestUndatedStep(t *testing.T) {
	u, _ := newTestUI(t)
	undated, dated := -1, -1
	for i := 0; i < u.nav.Len(); i++ {
		if u.nav.StepDate(i) == "" && undated < 0 {
			undated = i
		} else if u.nav.StepDate(i) != "" && dated < 0 {
			dated = i
		}
	}
	if undated < 0 || dated < 0 {
		t.Fatalf("the fixture has no undated step (%d) or no dated one (%d)", undated, dated)
	}
	u.GoTo(undated)
	if u.stepDate.Visible() {
		t.Errorf("undated step %d shows a date line %q", undated+1, u.stepDate.Text)
	}
	title := u.nav.Story().Steps[undated].Title
	if got, want := stepLine(undated, "", title), fmt.Sprintf("%d  %s", undated+1, title); got != want {
		t.Errorf("list line %q, want %q", got, want)
	}
	u.GoTo(dated)
	if !u.stepDate.Visible() || u.stepDate.Text != u.nav.StepDate(dated) {
		t.Errorf("dated step %d: date line %q visible %v", dated+1, u.stepDate.Text, u.stepDate.Visible())
	}
	if got := stepLine(dated, u.nav.StepDate(dated), "T"); !strings.Contains(got, "  "+u.nav.StepDate(dated)+"  T") {
		t.Errorf("dated list line %q", got)
	}
}

func TestShortDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2023-09-06/2023-09-10", "2023-09-06–10"},
		{"2024-07-16/2024-10-25", "2024-07-16–10-25"},
		{"2019-04-24/2023-09-13", "2019-04-24/2023-09-13"},
		{"2019-04-24/2019-04-24", "2019-04-24"},
		{"2019-04-24", "2019-04-24"},
		{"2019-04", "2019-04"},
		{"2019-04/2019-05", "2019-04/2019-05"},
		{"", ""},
		{"2023-09-06/", "2023-09-06/"},
		{"2023-13-06/2023-13-09", "2023-13-06/2023-13-09"},
	} {
		if got := shortDate(c.in); got != c.want {
			t.Errorf("shortDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
