package sphere

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestUnwrap(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   orb.LineString
		want []float64
	}{
		{"empty", nil, nil},
		{"one point", orb.LineString{{500, 1}}, []float64{500}},
		{"no crossing", orb.LineString{{-10, 0}, {0, 0}, {170, 0}}, []float64{-10, 0, 170}},
		{"eastward over 180", orb.LineString{{178, 0}, {-179, 1}, {-170, 2}}, []float64{178, 181, 190}},
		{"westward over 180", orb.LineString{{-178, 0}, {179, 1}}, []float64{-178, -181}},
		{"a leg joined a turn off (Apia to London after Sydney to Apia)", orb.LineString{{151.2, -33.9}, {188.2, -13.8}, {-171.8, -13.8}, {-100, 40}, {-0.1, 51.5}},
			[]float64{151.2, 188.2, 188.2, 260, 359.9}},
		{"two turns off", orb.LineString{{10, 0}, {730, 0}, {-700, 0}}, []float64{10, 10, 20}},
		{"exactly half a turn goes west", orb.LineString{{0, 0}, {180, 0}}, []float64{0, -180}},
	} {
		got := Unwrap(append(orb.LineString(nil), tc.in...))
		if len(got) != len(tc.want) {
			t.Fatalf("%s: %d points, want %d", tc.name, len(got), len(tc.want))
		}
		for i, p := range got {
			if math.Abs(p[0]-tc.want[i]) > 1e-9 || p[1] != tc.in[i][1] {
				t.Errorf("%s: point %d = %v, want lon %g lat %g", tc.name, i, p, tc.want[i], tc.in[i][1])
			}
		}
		for i := 1; i < len(got); i++ {
			if d := math.Abs(got[i][0] - got[i-1][0]); d > 180 {
				t.Errorf("%s: step %d spans %g° of longitude", tc.name, i, d)
			}
		}
	}
}

func TestNearKeepsTheMeridian(t *testing.T) {
	for _, lon := range []float64{-725, -181, -180, -1, 0, 179.5, 180, 359, 1000} {
		for _, ref := range []float64{-400, -170, 0, 175, 190, 360} {
			got := Near(lon, ref)
			if got-ref < -180 || got-ref >= 180 {
				t.Errorf("Near(%g, %g) = %g: not within half a turn", lon, ref, got)
			}
			if k := (got - lon) / 360; math.Abs(k-math.Round(k)) > 1e-9 {
				t.Errorf("Near(%g, %g) = %g: not the same meridian", lon, ref, got)
			}
		}
	}
	if got := Near(math.NaN(), 0); !math.IsNaN(got) {
		t.Errorf("Near(NaN) = %g", got)
	}
}
