package geoparse

import "testing"

func TestEachVisitsEveryPlaceAndStops(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n, kinds := 0, map[string]int{}
	g.Each(func(p Place) bool { n++; kinds[p.Kind]++; return true })
	if n != g.Len() {
		t.Fatalf("Each visited %d places, the gazetteer has %d", n, g.Len())
	}
	for _, k := range []string{KindCountry, KindCapital, KindCity, KindRegion, "sea"} {
		if kinds[k] == 0 {
			t.Errorf("no place of kind %q", k)
		}
	}
	m := 0
	g.Each(func(Place) bool { m++; return m < 3 })
	if m != 3 {
		t.Fatalf("Each went on after fn returned false: %d calls, want 3", m)
	}
}
