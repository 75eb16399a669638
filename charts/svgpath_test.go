package charts

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
		segs, err := parsePath(tc.d)
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
			ops += string(s.op)
			switch s.op {
			case 'M', 'L':
				last = s.p[0]
			case 'Q':
				last = s.p[1]
			case 'C':
				last = s.p[2]
			}
		}
		if ops != tc.ops || math.Abs(last[0]-tc.last[0]) > 1e-9 || math.Abs(last[1]-tc.last[1]) > 1e-9 {
			t.Errorf("%q: ops %s last %v, want %s %v", tc.d, ops, last, tc.ops, tc.last)
		}
	}
}

func TestArcIsACircle(t *testing.T) {
	// ECharts draws circle symbols as two arcs.
	segs, err := parsePath("M1 0A1 1 0 1 1 1 -0.1A1 1 0 0 1 1 0")
	if err != nil {
		t.Fatal(err)
	}
	b := bboxOf(segs)
	if math.Abs(b.x1-b.x0-2) > 0.05 || math.Abs(b.y1-b.y0-2) > 0.1 {
		t.Errorf("circle bbox %+v, want about 2x2", b)
	}
}

func TestParseColor(t *testing.T) {
	for in, want := range map[string][4]uint8{
		"#fff": {255, 255, 255, 255}, "#0072B2": {0, 0x72, 0xb2, 255}, "rgba(10,20,30,0.5)": {10, 20, 30, 128},
		"rgb(100%, 0%, 0%)": {255, 0, 0, 255}, "white": {255, 255, 255, 255},
	} {
		c, ok := parseColor(in)
		if !ok || [4]uint8{c.R, c.G, c.B, c.A} != want {
			t.Errorf("%q: %v %v, want %v", in, c, ok, want)
		}
	}
	for _, in := range []string{"none", "", "transparent", "#12", "rgb(1)", "url(#g)"} {
		if _, ok := parseColor(in); ok {
			t.Errorf("%q: accepted as a colour", in)
		}
	}
}

func TestParseTransform(t *testing.T) {
	m := parseTransform("translate(10 20) scale(2)")
	p := m.apply([2]float64{1, 1})
	if p != [2]float64{12, 22} {
		t.Errorf("translate scale: %v", p)
	}
	m = parseTransform("matrix(7,0,0,7,863.5,129)")
	if p := m.apply([2]float64{1, 0}); p != [2]float64{870.5, 129} || m.scale() != 7 {
		t.Errorf("matrix: %v scale %v", p, m.scale())
	}
	m = parseTransform("rotate(90)")
	if p := m.apply([2]float64{1, 0}); math.Abs(p[0]) > 1e-12 || math.Abs(p[1]-1) > 1e-12 {
		t.Errorf("rotate: %v", p)
	}
}

func FuzzParsePath(f *testing.F) {
	for _, s := range []string{"M0 0L10 10Z", "M1 0A1 1 0 1 1 1 -0.1A1 1 0 0 1 1 0", "m1-2.5e3.5.5c1 2 3 4 5 6s1 1 2 2q1 1 2 2t3 3hvz", "M"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, d string) {
		segs, err := parsePath(d)
		if err != nil {
			return
		}
		for _, s := range segs {
			for _, p := range s.p {
				if math.IsNaN(p[0]) || math.IsNaN(p[1]) {
					t.Fatalf("%q: NaN in %v", d, s)
				}
			}
		}
	})
}

func FuzzBuildScene(f *testing.F) {
	f.Add(`<svg width="10" height="10"><rect width="10" height="10" fill="#fff"/><text x="1" y="5" style="font-size:4px" fill="red">Hi</text></svg>`)
	f.Add(`<svg viewBox="0 0 5 5"><g transform="rotate(30)" clip-path="url(#c)"><path d="M0 0L5 5" stroke="blue"/></g><defs><clipPath id="c"><rect width="2" height="2"/></clipPath></defs></svg>`)
	f.Fuzz(func(t *testing.T, svg string) {
		sc, err := buildScene(svg)
		if err != nil || sc.w*sc.h > 1e5 || sc.w < 1 || sc.h < 1 {
			return
		}
		sc.rasterize(1, nil) // must not panic
	})
}
