package mapview

import (
	"image"
	"math/rand"
	"testing"
)

func TestPlaceLabelsNeverOverlap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	bounds := image.Rect(0, 0, 400, 300)
	reserved := []image.Rectangle{image.Rect(0, 0, 100, 60)}
	var cands []labelCand
	for i := 0; i < 200; i++ {
		cands = append(cands, labelCand{
			ID: string(rune('A' + i%26)), W: 30 + rng.Intn(60), H: 14,
			X: rng.Float64() * 400, Y: rng.Float64() * 300, Gap: 5, Priority: rng.Float64(),
		})
	}
	placed := placeLabels(cands, bounds, reserved)
	if len(placed) == 0 || len(placed) == len(cands) {
		t.Fatalf("placed %d of %d: want some but not all in a crowded map", len(placed), len(cands))
	}
	for i, a := range placed {
		if !a.Box.In(bounds) {
			t.Errorf("label %d %v outside %v", i, a.Box, bounds)
		}
		if a.Box.Overlaps(reserved[0]) {
			t.Errorf("label %d %v covers the reserved box", i, a.Box)
		}
		for j := i + 1; j < len(placed); j++ {
			if a.Box.Overlaps(placed[j].Box) {
				t.Errorf("labels %d %v and %d %v overlap", i, a.Box, j, placed[j].Box)
			}
		}
	}
}

func TestPlaceLabelsPriority(t *testing.T) {
	// Two labels want the same spot; the important one gets its first choice.
	cands := []labelCand{
		{ID: "minor", W: 50, H: 14, X: 100, Y: 100, Gap: 5, Priority: 1},
		{ID: "major", W: 50, H: 14, X: 100, Y: 100, Gap: 5, Priority: 9},
	}
	placed := placeLabels(cands, image.Rect(0, 0, 300, 300), nil)
	if len(placed) != 2 || placed[0].ID != "major" {
		t.Fatalf("placed %+v", placed)
	}
	if placed[0].Box.Min.X != 105 {
		t.Errorf("major label at %v, want right of its anchor", placed[0].Box)
	}
	if placed[1].Box.Overlaps(placed[0].Box) {
		t.Errorf("overlap: %v %v", placed[0].Box, placed[1].Box)
	}
}
