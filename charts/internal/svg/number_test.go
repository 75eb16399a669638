package svg

import (
	"math"
	"testing"
)

func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		def  float64
		want float64
	}{
		{"12", 0, 12},
		{" 3px ", 0, 3},
		{"1.5e1", 0, 15},
		{"-.5", 0, -0.5},
		{"", 7, 7},
		{"px", 7, 7},
		{"abc", 1, 1},
		{"NaN", 2, 2},
		{"Inf", 3, 3},
		{"1e999", 4, 4},
	} {
		if got := Number(tc.in, tc.def); got != tc.want || math.IsNaN(got) {
			t.Errorf("Number(%q, %v) = %v, want %v", tc.in, tc.def, got, tc.want)
		}
	}
}
