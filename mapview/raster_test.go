package mapview

import "testing"

func TestClipPolyline(t *testing.T) {
	// A line crossing a 10×10 box left to right, leaving and coming back.
	xs := []float32{-5, 5, 5, 20, 20, 5}
	ys := []float32{5, 5, 30, 30, 5, 5}
	ps := clipPolyline(xs, ys, 0, 0, 10, 10)
	if len(ps) != 2 {
		t.Fatalf("got %d pieces, want 2: %v", len(ps), ps)
	}
	first := ps[0]
	if first[0][0] != 0 || first[1][0] != 5 || first[0][1] != 5 {
		t.Errorf("first piece %v, want to start at (0, 5)", first)
	}
	last := len(first[0]) - 1
	if first[1][last] != 10 {
		t.Errorf("first piece should leave at y=10: %v", first)
	}
	second := ps[1]
	if second[0][0] != 10 || second[0][1] != 5 {
		t.Errorf("second piece %v, want from (10, 5) to (5, 5)", second)
	}
	if got := clipPolyline([]float32{20, 30}, []float32{20, 30}, 0, 0, 10, 10); len(got) != 0 {
		t.Errorf("outside line gave %v", got)
	}
}
