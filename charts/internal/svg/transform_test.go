package svg

import (
	"math"
	"testing"
)

func TestParseTransform(t *testing.T) {
	m := ParseTransform("translate(10 20) scale(2)")
	p := m.Apply([2]float64{1, 1})
	if p != [2]float64{12, 22} {
		t.Errorf("translate scale: %v", p)
	}
	m = ParseTransform("matrix(7,0,0,7,863.5,129)")
	if p := m.Apply([2]float64{1, 0}); p != [2]float64{870.5, 129} || m.Scale() != 7 {
		t.Errorf("matrix: %v scale %v", p, m.Scale())
	}
	m = ParseTransform("rotate(90)")
	if p := m.Apply([2]float64{1, 0}); math.Abs(p[0]) > 1e-12 || math.Abs(p[1]-1) > 1e-12 {
		t.Errorf("rotate: %v", p)
	}
}

func TestTransformMapsEveryPoint(t *testing.T) {
	segs, err := ParsePath("M0 0L1 0Q1 1 0 1C0 2 1 2 1 3Z")
	if err != nil {
		t.Fatal(err)
	}
	m := ParseTransform("translate(10,20) scale(2)")
	got := Transform(segs, m)
	if len(got) != len(segs) {
		t.Fatalf("%d segments, want %d", len(got), len(segs))
	}
	for i, s := range got {
		if s.Op != segs[i].Op {
			t.Errorf("segment %d: op %c, want %c", i, s.Op, segs[i].Op)
		}
		for k := range s.P {
			want := [2]float64{10 + 2*segs[i].P[k][0], 20 + 2*segs[i].P[k][1]}
			if s.P[k] != want {
				t.Errorf("segment %d point %d: %v, want %v", i, k, s.P[k], want)
			}
		}
	}
	if segs[1].P[0] != [2]float64{1, 0} {
		t.Errorf("Transform changed its input: %v", segs[1].P[0])
	}
}

func TestParseTransformIgnoresUnknown(t *testing.T) {
	for _, s := range []string{"", "bogus(1 2)", "translate(", "scale()", "skewX(1,2)"} {
		if m := ParseTransform(s); m != Identity() {
			t.Errorf("%q: %v, want the identity", s, m)
		}
	}
}
