package app

import (
	"image/color"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
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
// are links that select that claim or place.
func TestEvidenceWordSelects(t *testing.T) {
	u, _ := newTestUI(t)
	u.SelectSource("a") // the article, with its claims and places marked
	links := map[string]*widget.Hyperlink{}
	for _, h := range u.MarkLinks() {
		links[h.Text] = h
	}
	place, claim := links["Khasan"], links["armored train"]
	if place == nil || claim == nil {
		t.Fatalf("links in the evidence: %v; want Khasan and armored train", keys(links))
	}
	place.OnTapped()
	if sel := u.nav.Selection(); sel != (Selection{Kind: SelPlace, ID: "khasan"}) {
		t.Errorf("tapping Khasan selected %+v", sel)
	}
	for _, h := range u.MarkLinks() {
		if h.Text == "Khasan" {
			t.Error("the selected place is still offered as a link")
		}
	}
	u.SelectSource("a")
	for _, h := range u.MarkLinks() {
		if h.Text == "armored train" {
			h.OnTapped()
		}
	}
	if sel := u.nav.Selection(); sel != (Selection{Kind: SelClaim, ID: "by-train"}) {
		t.Errorf("tapping armored train selected %+v", sel)
	}
}

// TestFlowLayout wraps objects onto rows that fit the width.
func TestFlowLayout(t *testing.T) {
	var objs []fyne.CanvasObject
	for i := 0; i < 5; i++ {
		r := canvas.NewRectangle(color.Black)
		r.SetMinSize(fyne.NewSize(40, 10))
		objs = append(objs, r)
	}
	flowLayout{}.Layout(objs, fyne.NewSize(100, 100))
	pad := theme.Padding()
	if objs[1].Position().X != 40+pad || objs[1].Position().Y != 0 {
		t.Errorf("second object at %v", objs[1].Position())
	}
	if objs[2].Position().X != 0 || objs[2].Position().Y != 10+pad {
		t.Errorf("third object at %v, want the start of row 2", objs[2].Position())
	}
	if h := flowRows(objs, 100, false); h != 3*10+2*pad {
		t.Errorf("height %g for 3 rows", h)
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
