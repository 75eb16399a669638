package analysis

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// Legs whose longitudes are each continuous from their own origin join into
// one route line with no jump of a whole turn: after Sydney → Apia (151 to
// 188), Apia → London goes on from 188, and the shared point is kept once.
func TestAppendLineKeepsLongitudesContinuous(t *testing.T) {
	sydApia := orb.LineString{{151.2, -33.9}, {170, -25}, {-171.8 + 360, -13.8}}
	apiaLondon := orb.LineString{{-171.8, -13.8}, {-150, 20}, {-100, 55}, {-0.1, 51.5}}
	line := appendLine(appendLine(nil, sydApia), apiaLondon)
	if len(line) != 6 {
		t.Fatalf("%d points, want 6 (Apia once): %v", len(line), line)
	}
	for i := 1; i < len(line); i++ {
		if d := math.Abs(line[i][0] - line[i-1][0]); d > 180 {
			t.Errorf("step %d spans %.1f° of longitude: %v", i, d, line)
		}
	}
	if got := line[len(line)-1][0]; math.Abs(got-359.9) > 1e-9 {
		t.Errorf("London at longitude %g, want 359.9 (continuous)", got)
	}
	if apiaLondon[0][0] != -171.8 {
		t.Errorf("the leg's own geometry was changed: %v", apiaLondon)
	}
	// Legs that do not cross keep their longitudes.
	if got := appendLine(orb.LineString{{0, 0}, {10, 0}}, orb.LineString{{10, 0}, {20, 0}}); len(got) != 3 || got[2][0] != 20 {
		t.Errorf("plain join = %v", got)
	}
}
