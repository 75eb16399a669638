package main

import (
	"os"
	"strings"
	"testing"
)

func TestParseWaypoints(t *testing.T) {
	tests := []struct {
		name, in, err string
		n             int
	}{
		{"ok", "# c\n\n1\t2\ta\tnote here\n3\t4\t-\n", "", 2},
		{"few fields", "1\t2\n3\t4\t-\n", "f:1: want lat", 0},
		{"bad lat", "91\t2\t-\n3\t4\t-\n", "f:1: latitude", 0},
		{"bad lon", "1\tx\t-\n3\t4\t-\n", "f:1: longitude", 0},
		{"NaN", "1\t2\t-\nNaN\t4\t-\n", "f:2: latitude", 0},
		{"one point", "1\t2\t-\n", "at least 2", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wps, err := ParseWaypoints("f", strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || len(wps) != tt.n {
				t.Fatalf("got %d, %v; want %d", len(wps), err, tt.n)
			}
			if wps[0].Stop != "a" || wps[1].Stop != "" || wps[0].Note != "note here" || wps[1].Line != 4 {
				t.Errorf("fields: %+v", wps)
			}
		})
	}
}

func TestDensifyKeepsEndsAndStep(t *testing.T) {
	wps := []Waypoint{{Lat: 43, Lon: 131}, {Lat: 43.1, Lon: 131}}
	s := Densify(wps, 1)
	if first, last := s[0], s[len(s)-1]; first.Lat != 43 || last.Lat != 43.1 {
		t.Fatalf("ends %v %v", first, last)
	}
	for i := 1; i < len(s); i++ {
		if d := approxKm(Waypoint{Lat: s[i-1].Lat, Lon: s[i-1].Lon}, Waypoint{Lat: s[i].Lat, Lon: s[i].Lon}); d > 1.0001 {
			t.Fatalf("step %d is %.3f km", i, d)
		}
	}
}

// TestBundledWaypoints checks the committed waypoint files: enough vertices,
// the stops the story uses, in travel order.
func TestBundledWaypoints(t *testing.T) {
	for _, tc := range []struct {
		file  string
		min   int
		stops []string
	}{
		{"rail.tsv", 30, []string{"pyongyang-station", "hamhung", "chongjin", "rajin", "tumangang", "tumen-bridge", "khasan-station", "baranovsky", "vladivostok-station"}},
		{"road.tsv", 5, []string{"vladivostok-station", "russky-bridge", "fefu-campus"}},
	} {
		b, err := os.ReadFile(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		wps, err := ParseWaypoints(tc.file, strings.NewReader(string(b)))
		if err != nil {
			t.Fatal(err)
		}
		if len(wps) < tc.min {
			t.Errorf("%s: %d vertices, want >= %d", tc.file, len(wps), tc.min)
		}
		var got []string
		for _, w := range wps {
			if w.Stop != "" {
				got = append(got, w.Stop)
			}
		}
		if strings.Join(got, ",") != strings.Join(tc.stops, ",") {
			t.Errorf("%s: stops %v, want %v", tc.file, got, tc.stops)
		}
	}
}

// FuzzParseWaypoints: any input gives waypoints in range or an error, never a panic.
func FuzzParseWaypoints(f *testing.F) {
	f.Add("1\t2\ta\tnote\n3\t4\t-\n")
	f.Add("# c\n91\t0\t-\n")
	f.Add("1\t2\n")
	f.Add("NaN\t0\t-\n1\t1\t-\n")
	f.Fuzz(func(t *testing.T, in string) {
		wps, err := ParseWaypoints("f", strings.NewReader(in))
		if err != nil {
			return
		}
		if len(wps) < 2 {
			t.Fatalf("%d waypoints without error", len(wps))
		}
		for _, w := range wps {
			if w.Lat < -90 || w.Lat > 90 || w.Lon < -180 || w.Lon > 180 || w.Lat != w.Lat || w.Lon != w.Lon {
				t.Fatalf("out of range: %+v", w)
			}
		}
	})
}
