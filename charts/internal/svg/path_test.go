package svg

import (
	"math"
	"strings"
	"testing"
)

func TestParsePath(t *testing.T) {
	for _, tc := range []struct {
		d    string
		ops  string
		last [2]float64
		err  string
	}{
		{d: "M200 363.1l398.4 0l0 95.4l-398.4 0Z", ops: "MLLLZ", last: [2]float64{200, 458.5}},
		{d: "M0,0 H10 V10 h-5 v-5 z", ops: "MLLLLZ", last: [2]float64{5, 5}},
		{d: "M1 2 3 4 5 6", ops: "MLL", last: [2]float64{5, 6}},
		{d: "m1 1 2 2", ops: "ML", last: [2]float64{3, 3}},
		{d: "M0 0C1 1 2 2 3 3S5 5 6 6", ops: "MCC", last: [2]float64{6, 6}},
		{d: "M0 0Q1 1 2 0T4 0", ops: "MQQ", last: [2]float64{4, 0}},
		{d: "M-1.5e1 .5", ops: "M", last: [2]float64{-15, 0.5}},
		{d: "M10 0A10 10 0 0 1 -10 0", ops: "MCC", last: [2]float64{-10, 0}},
		{d: "L1 1", err: "byte 0"},
		{d: "M1", err: "expected a number"},
		{d: "M1 1 Z 3", err: "after closepath"},
		{d: "M1 x", err: "byte 3"},
	} {
		segs, err := ParsePath(tc.d)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: err %v, want %q", tc.d, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.d, err)
			continue
		}
		ops := ""
		var last [2]float64
		for _, s := range segs {
			ops += string(s.Op)
			switch s.Op {
			case 'M', 'L':
				last = s.P[0]
			case 'Q':
				last = s.P[1]
			case 'C':
				last = s.P[2]
			}
		}
		if ops != tc.ops || math.Abs(last[0]-tc.last[0]) > 1e-9 || math.Abs(last[1]-tc.last[1]) > 1e-9 {
			t.Errorf("%q: ops %s last %v, want %s %v", tc.d, ops, last, tc.ops, tc.last)
		}
	}
}

func FuzzParsePath(f *testing.F) {
	for _, s := range []string{"M0 0L10 10Z", "M1 0A1 1 0 1 1 1 -0.1A1 1 0 0 1 1 0", "m1-2.5e3.5.5c1 2 3 4 5 6s1 1 2 2q1 1 2 2t3 3hvz", "M"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, d string) {
		segs, err := ParsePath(d)
		if err != nil {
			return
		}
		for _, s := range segs {
			for _, p := range s.P {
				if math.IsNaN(p[0]) || math.IsNaN(p[1]) {
					t.Fatalf("%q: NaN in %v", d, s)
				}
			}
		}
	})
}
