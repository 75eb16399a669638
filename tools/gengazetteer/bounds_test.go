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
