package cli

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func TestParseCenter(t *testing.T) {
	tests := []struct {
		in   string
		want orb.Point
		err  string
	}{
		{"-9.14,38.72", orb.Point{-9.14, 38.72}, ""},
		{" 131.9 , 43.1 ", orb.Point{131.9, 43.1}, ""},
		{"1,2,3", orb.Point{}, "want 2 numbers"},
		{"x,2", orb.Point{}, `"x" is not a number`},
		{"NaN,2", orb.Point{}, "not a number"},
		{"190,2", orb.Point{}, "longitude must be"},
		{"2,89", orb.Point{}, "latitude in -85..85"},
	}
	for _, tc := range tests {
		got, err := parseCenter(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("parseCenter(%q) error %v, want one containing %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("parseCenter(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseBounds(t *testing.T) {
	tests := []struct {
		in   string
		want orb.Bound
		err  string
	}{
		{"-10,36,-6,42", orb.Bound{Min: orb.Point{-10, 36}, Max: orb.Point{-6, 42}}, ""},
		{"170,-20,-170,-10", orb.Bound{Min: orb.Point{170, -20}, Max: orb.Point{190, -10}}, ""},
		{"1,2,3", orb.Bound{}, "want 4 numbers"},
		{"0,10,5,5", orb.Bound{}, "south (10) must be below north (5)"},
		{"5,0,5,1", orb.Bound{}, "west and east are the same"},
		{"-200,0,5,1", orb.Bound{}, "longitudes must be"},
	}
	for _, tc := range tests {
		got, err := parseBounds(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("parseBounds(%q) error %v, want one containing %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("parseBounds(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func FuzzParseGeoFlags(f *testing.F) {
	for _, s := range []string{"-9.14,38.72", "170,-20,-170,-10", "1e308,1", ",,,", "NaN,Inf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if p, err := parseCenter(s); err == nil && (p[0] < -180 || p[0] > 180 || p[1] < -85 || p[1] > 85) {
			t.Fatalf("parseCenter(%q) = %v out of range", s, p)
		}
		if b, err := parseBounds(s); err == nil && (b.Min[1] >= b.Max[1] || b.Min[0] >= b.Max[0]) {
			t.Fatalf("parseBounds(%q) = %v is empty", s, b)
		}
	})
}

// --help prints the command's usage once, on stdout, and exits 0.
func TestHelpOnceOnStdout(t *testing.T) {
	for _, args := range [][]string{{"export", "map", "--help"}, {"analyze", "-h"}, {"init", "x", "--help"}} {
		code, out, errOut := run(t, args...)
		if code != ExitOK || strings.Count(out, "Usage: storylens") != 1 || strings.Contains(errOut, "Usage") {
			t.Errorf("%v: exit %d, %d usages on stdout, stderr %q", args, code, strings.Count(out, "Usage: storylens"), errOut)
		}
	}
}

// A chart size the chart builder refuses is refused before any analysis,
// as a usage error naming the allowed range.
func TestExportChartsSizeCheckedFirst(t *testing.T) {
	code, _, errOut := run(t, "export", "charts", "--out", t.TempDir(), "--size", "100x100")
	if code != ExitUsage || !strings.Contains(errOut, "200x150 to 8000x8000") {
		t.Errorf("exit %d, stderr %q; want 2 and the allowed range", code, errOut)
	}
}
