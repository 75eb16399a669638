package app

import (
	"math"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestSelectionFramesAndMarksSteps: selecting a place or a claim frames
// its places on the map and marks the steps that name it; Esc clears.
func TestSelectionFramesAndMarksSteps(t *testing.T) {
	u, w := newTestUI(t)
	u.SelectPlace("vostochny")
	if got := u.StepsMarked(); !reflect.DeepEqual(got, []int{2}) {
		t.Errorf("steps marked for the cosmodrome %v, want [2]", got)
	}
	if cam := u.mp.Camera(); cam.Center[1] < 51 || cam.Center[1] > 52.5 {
		t.Errorf("the map did not frame the cosmodrome: %+v", cam)
	}
	u.SelectClaim("by-train")
	if got := u.StepsMarked(); !reflect.DeepEqual(got, []int{1}) {
		t.Errorf("steps marked for by-train %v, want [1]", got)
	}
	// The claim's sentences name Vladivostok (source b) — its places.
	if got := u.selectionPlaces(); len(got) == 0 || got[0] != "vladivostok" {
		t.Errorf("places of by-train %v", got)
	}
	if cam := u.mp.Camera(); cam.Center[1] > 46 {
		t.Errorf("the map did not frame the claim's places: %+v", cam)
	}
	key(w, fyne.KeyEscape)
	if sel := u.nav.Selection(); sel.Kind != SelNone {
		t.Errorf("Esc left %+v selected", sel)
	}
	if got := u.StepsMarked(); len(got) != 0 {
		t.Errorf("steps still marked after Esc: %v", got)
	}
}

// TestEvidenceWordSelects: the claims and places marked in the evidence
// text are links inside the passage; tapping one (with the test driver)
// selects that claim or place, frames it and marks its steps, and the
// selection's own words are no longer links.
func TestEvidenceWordSelects(t *testing.T) {
	u, w := newTestUI(t)
	u.SelectSource("a") // the article, with its claims and places marked
	links := evidenceLinks(w)
	place, claim := links["Khasan"], links["armored train"]
	if place == nil || claim == nil {
		t.Fatalf("links in the evidence text: %v; want Khasan and armored train", keys(links))
	}
	tapMiddle(place)
	if sel := u.nav.Selection(); sel != (Selection{Kind: SelPlace, ID: "khasan"}) {
		t.Fatalf("tapping Khasan selected %+v", sel)
	}
	if cam := u.mp.Camera(); math.Abs(cam.Center[1]-42.4) > 1.5 {
		t.Errorf("the map did not frame Khasan: %+v", cam)
	}
	if _, ok := evidenceLinks(w)["Khasan"]; ok {
		t.Error("the selected place is still a link")
	}
	key(w, fyne.KeyEscape)
	if sel := u.nav.Selection(); sel.Kind != SelNone {
		t.Errorf("Esc left %+v selected", sel)
	}
	u.SelectSource("a")
	claim = evidenceLinks(w)["armored train"]
	if claim == nil {
		t.Fatal("no armored train link after selecting the source again")
	}
	tapMiddle(claim)
	if sel := u.nav.Selection(); sel != (Selection{Kind: SelClaim, ID: "by-train"}) {
		t.Errorf("tapping armored train selected %+v", sel)
	}
	if got := u.StepsMarked(); !reflect.DeepEqual(got, []int{1}) {
		t.Errorf("steps marked after tapping armored train %v, want [1]", got)
	}
}

// evidenceLinks are the hyperlinks drawn in the evidence panel now, by
// their text (the panel laid out as a frame does).
func evidenceLinks(w fyne.Window) map[string]*keyLink {
	w.Canvas().Capture()
	out := map[string]*keyLink{}
	var walk func(o fyne.CanvasObject, in bool)
	walk = func(o fyne.CanvasObject, in bool) {
		if o == nil || !o.Visible() {
			return
		}
		if _, ok := o.(*markText); ok {
			in = true
		}
		if h, ok := o.(*keyLink); ok && in {
			out[h.Text] = h
		}
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c, in)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c, in)
			}
		}
	}
	walk(w.Canvas().Content(), false)
	return out
}

// tapMiddle taps o in its middle (a hyperlink answers only over its text).
func tapMiddle(o fyne.Tappable) {
	s := o.(fyne.CanvasObject).Size()
	test.TapAt(o, fyne.NewPos(s.Width/2, s.Height/2))
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
