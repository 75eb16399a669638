package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/storyview"
)

// The evidence panel makes row widgets for what is on screen only, however
// many sources and passages the view has; "more…" shows a source's rest.
func TestEvidencePanelLaysOutOnlyVisibleRows(t *testing.T) {
	test.NewTempApp(t)
	p := newEvidencePanel()
	w := test.NewTempWindow(t, p.Object())
	w.Resize(fyne.NewSize(420, 600))
	var v EvidenceView
	for s := 0; s < 3000; s++ {
		for i := 0; i < 3; i++ {
			v.Passages = append(v.Passages, Passage{Source: fmt.Sprintf("s%d", s), Title: fmt.Sprintf("Source %d", s),
				Text: fmt.Sprintf("Passage %d of source %d, long enough to wrap onto a second line in a narrow panel.", i, s)})
		}
	}
	p.Show(v)
	w.Canvas().Capture() // lay out and draw, as a frame does
	rows := p.Rows()
	// 3000 × (heading, 2 passages, "1 more passage…").
	if len(rows) != 3000*4 {
		t.Fatalf("%d rows, want %d", len(rows), 3000*4)
	}
	if p.made == 0 || p.made > 60 {
		t.Errorf("%d row widgets made for a 600-pixel panel (want a screenful, not %d)", p.made, len(rows))
	}
	t.Logf("%d rows, %d row widgets made", len(rows), p.made)
	if rows[3].Kind != storyview.RowMore || rows[3].Source != "s0" {
		t.Fatalf("row 4 is %+v, want the first source's more row", rows[3])
	}
	p.expand("s0")
	w.Canvas().Capture()
	if got := len(p.Rows()); got != 3000*4 {
		t.Errorf("after more…: %d rows, want %d (the more row replaced by the passage)", got, 3000*4)
	}
	if r := p.Rows()[3]; r.Kind != storyview.RowPassage || r.Passage.Text[:9] != "Passage 2" {
		t.Errorf("row 4 after more… is %+v", r)
	}
	// Heights: a passage row is taller than a heading row at this width.
	if hp, hh := p.rowHeight(p.Rows()[1]), p.rowHeight(p.Rows()[0]); hp <= hh {
		t.Errorf("passage row %v high, heading %v", hp, hh)
	}
}

// The rows the panel shows first get the height their text takes: no
// passage or heading is cut, and none is followed by a gap of a line or
// more (a passage's height is exact); the estimate of the rows further down
// is never short either.
func TestEvidenceRowHeights(t *testing.T) {
	test.NewTempApp(t)
	p := newEvidencePanel()
	w := test.NewTempWindow(t, p.Object())
	words := strings.Fields("Pope Francis touched down at Baghdad International Airport on Friday afternoon, shortly before two o'clock local time, becoming the first head of the Catholic Church ever to set foot in Iraq and the first to visit the country since the war began there twenty years ago.")
	for _, width := range []float32{300, 420, 600} {
		w.Resize(fyne.NewSize(width, 600))
		w.Canvas().Capture()
		for n := 3; n <= len(words); n += 4 {
			text := strings.Join(words[:n], " ")
			for _, kind := range []storyview.RowKind{storyview.RowPassage, storyview.RowHead} {
				r := storyview.Row{Kind: kind, Text: text, Passage: Passage{Text: text}}
				var drawn fyne.CanvasObject
				if kind == storyview.RowPassage {
					mt := newMarkText()
					mt.Set(r.Passage.Segments(), nil, nil)
					drawn = mt
				} else {
					rt := widget.NewRichText(headSegments(text)...)
					rt.Wrapping = fyne.TextWrapWord
					drawn = rt
				}
				drawn.Resize(fyne.NewSize(p.width, 1000))
				actual := drawn.MinSize().Height
				exact, est := p.exactHeight(r), p.rowHeight(r)
				if exact < actual-0.5 || est < actual-0.5 {
					t.Errorf("width %g, %d words (kind %d): height %g (estimate %g) but the text takes %g: cut", width, n, kind, exact, est, actual)
				}
				if exact >= actual+p.lineH || (kind == storyview.RowPassage && exact > actual+2) {
					t.Errorf("width %g, %d words (kind %d): height %g for text of %g: a gap under it", width, n, kind, exact, actual)
				}
			}
		}
	}
}
