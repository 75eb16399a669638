package main

import "testing"

func TestBoundsOf(t *testing.T) {
	for _, tc := range []struct {
		name       string
		lons, lats []float64
		want       string
	}{
		{"one box", []float64{10, 12, 11}, []float64{40, 41, 42}, "10.0000,40.0000,12.0000,42.0000"},
		{"across the antimeridian", []float64{170, 179.5, -179.5, -170}, []float64{60, 65, 66, 70}, "170.0000,60.0000,-170.0000,70.0000"},
		{"one point", []float64{-3.5}, []float64{51}, "-3.5000,51.0000,-3.5000,51.0000"},
		{"polar cap", []float64{-170, 0, 90, 170}, []float64{70, 90, 75, 72}, "-180.0000,70.0000,180.0000,90.0000"},
		{"west of Greenwich to east", []float64{-5, 8}, []float64{42, 51}, "-5.0000,42.0000,8.0000,51.0000"},
	} {
		b, ok := boundsOf(tc.lons, tc.lats)
		if !ok || b.String() != tc.want {
			t.Errorf("%s: %v %v, want %s", tc.name, b, ok, tc.want)
		}
	}
	if _, ok := boundsOf(nil, nil); ok {
		t.Error("no points: ok")
	}
	if got := (bounds{1, 2, 3, 4, true}).String(); got != "~1.0000,2.0000,3.0000,4.0000" {
		t.Errorf("approximate bounds %q", got)
	}
}

// TestTrimmedBounds: with 100 points or more the outer 1 % on each side is
// dropped, also across the antimeridian.
func TestTrimmedBounds(t *testing.T) {
	var lons, lats []float64
	for i := 0; i < 198; i++ {
		lons = append(lons, 175+float64(i%10)) // 175..184, i.e. 175..180 and -180..-176
		lats = append(lats, 50+float64(i%10)/10)
	}
	lons = append(lons, 100, -100) // two strays
	lats = append(lats, 10, 80)
	for i := range lons {
		lons[i] = wrapLon(lons[i])
	}
	b, ok := trimmedBounds(lons, lats)
	if !ok || b.String() != "175.0000,50.0000,-176.0000,50.9000" {
		t.Errorf("trimmed bounds %v", b)
	}
	b, _ = trimmedBounds(lons[:10], lats[:10]) // too few to trim
	if b.String() != "175.0000,50.0000,-176.0000,50.9000" {
		t.Errorf("bounds of 10 points %v", b)
	}
}
