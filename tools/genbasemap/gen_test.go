package main

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestParseMultiSegment(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		pieces  int
		level   int
		points  int
		wantErr string
	}{
		{"two pieces", "> Shore Bin # 1, Level 1\n1 2\n3 4\n> Shore Bin # 2, Level 2\n5\t6\n", 2, 1, 2, ""},
		{"comment and blank", "# gmt\n\n> River Bin # 3, Level 3\n1 2\n", 1, 3, 1, ""},
		{"point before header", "1 2\n", 0, 0, 0, "line 1: point before any segment header"},
		{"bad number", "> x, Level 1\n1 abc\n", 0, 0, 0, "line 2: bad number"},
		{"one column", "> x, Level 1\n1\n", 0, 0, 0, "line 2: want lon lat"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps, err := parseMultiSegment([]byte(c.in))
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("error %v, want %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) != c.pieces || ps[0].Level != c.level || len(ps[0].Line) != c.points {
				t.Errorf("got %+v", ps)
			}
		})
	}
}

func TestJoinRings(t *testing.T) {
	box := orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{10, 10}}
	// An island cut in two pieces at a bin boundary (x = 5), counter-clockwise.
	island := []orb.LineString{
		{{5, 2}, {6, 2}, {6, 3}, {5, 3}},
		{{5, 3}, {4, 3}, {4, 2}, {5, 2}},
	}
	// A coast entering the box on the bottom edge and leaving on the right
	// edge, land on its left: the north-west part is land.
	coast := []orb.LineString{{{3, 0}, {4, 4}, {10, 6}}}
	rings, err := joinRings(append(island, coast...), box)
	if err != nil {
		t.Fatal(err)
	}
	if len(rings) != 2 {
		t.Fatalf("got %d rings, want 2: %v", len(rings), rings)
	}
	for _, r := range rings {
		if !r.Closed() {
			t.Errorf("ring not closed: %v", r)
		}
		if a := planar.Area(r); a <= 0 {
			t.Errorf("ring %v has area %g, want positive (counter-clockwise land)", r, a)
		}
	}
	// The coast ring closes through the north-east, north-west and
	// south-west corners: 100 minus the south-east part (32).
	land := rings[1]
	if a := planar.Area(land); a != 68 {
		t.Errorf("coast polygon area %g, want 68: %v", a, land)
	}
	if _, err := joinRings([]orb.LineString{{{3, 0}, {4, 4}}}, box); err == nil {
		t.Error("a chain ending inside the box should be an error")
	}
}

func TestUnwrapRing(t *testing.T) {
	// A ring crossing the antimeridian, as world-atlas stores Chukotka.
	r := orb.Ring{{179, 65}, {-179, 65}, {-179, 66}, {179, 66}, {179, 65}}
	u := unwrapRing(r)
	b := u.Bound()
	if b.Max[0]-b.Min[0] > 3 {
		t.Errorf("unwrapped ring spans %g degrees: %v", b.Max[0]-b.Min[0], u)
	}
	plain := orb.Ring{{10, 10}, {11, 10}, {11, 11}, {10, 10}}
	if got := unwrapRing(plain); !got.Equal(plain) {
		t.Errorf("a ring that does not cross changed: %v", got)
	}
}

func TestRingLinesDropsBoxEdges(t *testing.T) {
	box := orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{10, 10}}
	r := orb.Ring{{3, 0}, {10, 0}, {10, 6}, {4, 4}, {3, 0}}
	ls := ringLines([]orb.Ring{r}, &box)
	if len(ls) != 1 || len(ls[0]) != 3 {
		t.Fatalf("got %v, want the shoreline (10,6)-(4,4)-(3,0) only", ls)
	}
}
