package evalset

import (
	"testing"
	"testing/fstest"
)

var (
	lisbonG = Point{Name: "Lisbon", Lat: 38.7167, Lon: -9.1333, Kind: "city"}
	portoG  = Point{Name: "Porto", Lat: 41.1496, Lon: -8.611, Kind: "city"}
	ptG     = Point{Name: "Portugal", Lat: 39.6, Lon: -8.0, Kind: "country"}
)

func TestSamePlace(t *testing.T) {
	tests := []struct {
		name string
		g    Point
		f    Found
		want bool
	}{
		{"same city, other spelling", lisbonG, Found{Name: "Lisboa", Lat: 38.72, Lon: -9.14, Kind: "capital"}, true},
		{"same name far away is a namesake", Point{Name: "Paris", Lat: 48.85, Lon: 2.35, Kind: "city"}, Found{Name: "Paris", Lat: 33.66, Lon: -95.55, Kind: "town"}, false},
		{"country by name", ptG, Found{Name: "Portugal", Lat: 39.5, Lon: -8.2, Kind: "country"}, true},
		{"a city is not its country", ptG, Found{Name: "Lisbon", Lat: 38.72, Lon: -9.14, Kind: "capital"}, false},
		{"another city 270 km away", lisbonG, Found{Name: "Porto", Lat: 41.15, Lon: -8.61, Kind: "city"}, false},
		{"country by the article's word", Point{Name: "Britain", Lat: 54, Lon: -2, Kind: "country"},
			Found{Name: "United Kingdom", Lat: 54, Lon: -2, Kind: "country", Surface: []string{"Britain"}}, true},
		{"country by another word", Point{Name: "Britain", Lat: 54, Lon: -2, Kind: "country"},
			Found{Name: "United Kingdom", Lat: 54, Lon: -2, Kind: "country", Surface: []string{"UK"}}, false},
		{"sea by the article's word", Point{Name: "Mediterranean", Lat: 35, Lon: 18, Kind: "sea"},
			Found{Name: "Mediterranean Sea", Lat: 34.22, Lon: 23.63, Kind: "sea", Surface: []string{"Mediterranean"}}, true},
		{"ocean point 1,100 km off", Point{Name: "Pacific", Lat: -10, Lon: -160, Kind: "sea"},
			Found{Name: "Pacific Ocean", Lat: 0, Lon: -160, Kind: "sea", Surface: []string{"Pacific"}}, true},
		{"ocean point 3,300 km off", Point{Name: "Pacific", Lat: -10, Lon: -160, Kind: "sea"},
			Found{Name: "Pacific Ocean", Lat: 20, Lon: -160, Kind: "sea", Surface: []string{"Pacific"}}, false},
		{"a river's point 1,100 km upstream", Point{Name: "Negro", Lat: -3.1, Lon: -60.1, Kind: "river"},
			Found{Name: "Negro", Lat: 1.13, Lon: -66.86, Kind: "river"}, true},
		{"river's namesake city, 2,700 km off", Point{Name: "Rio Negro", Lat: -3.1, Lon: -60.1, Kind: "river"},
			Found{Name: "Rio Negro", Lat: -26.1, Lon: -49.8, Kind: "city", Surface: []string{"Rio Negro"}}, false},
		{"a city named like a region 1,500 km off", Point{Name: "Amazonas", Lat: -4, Lon: -63, Kind: "region"},
			Found{Name: "Amazonas", Lat: -6, Lon: -78, Kind: "city"}, false},
	}
	for _, tc := range tests {
		if got := SamePlace(tc.g, tc.f); got != tc.want {
			t.Errorf("%s: SamePlace = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestMatchIsOneToOne(t *testing.T) {
	gold := []Point{lisbonG, portoG}
	found := []Found{{Name: "Lisbon", Lat: 38.72, Lon: -9.14, Kind: "city"}, {Name: "Lisboa", Lat: 38.71, Lon: -9.13, Kind: "city"},
		{Name: "Madrid", Lat: 40.4, Lon: -3.7, Kind: "city"}}
	tp, missed, extra := Match(gold, found)
	if tp != 1 || len(missed) != 1 || missed[0].Name != "Porto" || len(extra) != 2 {
		t.Errorf("Match = %d, missed %v, extra %v; want 1, [Porto], 2 extras", tp, missed, extra)
	}
}

// A gold place listed twice under two names the article used for it is
// found by the one place both mentions resolved to; a gold place that only
// lies near an already paired one is not.
func TestMatchOnePlaceTwoNames(t *testing.T) {
	astana := Found{Name: "Astana", Lat: 51.18, Lon: 71.45, Kind: "capital", Surface: []string{"Astana", "Nur-Sultan"}}
	gold := []Point{{Name: "Nur-Sultan", Lat: 51.18, Lon: 71.45, Kind: "city"}, {Name: "Astana", Lat: 51.18, Lon: 71.45, Kind: "city"}}
	if tp, missed, extra := Match(gold, []Found{astana}); tp != 2 || len(missed) != 0 || len(extra) != 0 {
		t.Errorf("Match = %d, missed %v, extra %v; want 2, none, none", tp, missed, extra)
	}
	near := append(gold[:1:1], Point{Name: "Akmola", Lat: 51.2, Lon: 71.4, Kind: "city"})
	if tp, missed, _ := Match(near, []Found{astana}); tp != 1 || len(missed) != 1 || missed[0].Name != "Akmola" {
		t.Errorf("Match = %d, missed %v; want 1, [Akmola]", tp, missed)
	}
}

// A found place of the same name is paired before one that only shares a
// word with the gold name, both at one point (venues placed at their city).
func TestMatchPrefersTheSameName(t *testing.T) {
	london := Found{Lat: 51.5085, Lon: -0.1257, Kind: "venue", Approximate: true, Precision: "city"}
	pw, bp := london, london
	pw.Name, bp.Name = "Palace of Westminster", "Buckingham Palace"
	gold := []Point{{Name: "Buckingham Palace", Lat: 51.5014, Lon: -0.1419, Kind: "venue"},
		{Name: "Palace of Westminster", Lat: 51.4995, Lon: -0.1248, Kind: "venue"}}
	if tp, missed, extra := Match(gold, []Found{pw, bp}); tp != 2 || len(missed) != 0 || len(extra) != 0 {
		t.Errorf("Match = %d, missed %v, extra %v; want 2, none, none", tp, missed, extra)
	}
}

func TestStopRecall(t *testing.T) {
	rome := Point{Name: "Rome", Lat: 41.9, Lon: 12.5, Kind: "city"}
	jakarta := Point{Name: "Jakarta", Lat: -6.2, Lon: 106.85, Kind: "city"}
	dili := Point{Name: "Dili", Lat: -8.56, Lon: 125.57, Kind: "city"}
	f := func(p Point) Found { return Found{Name: p.Name, Lat: p.Lat, Lon: p.Lon, Kind: p.Kind} }
	if r, ok := StopRecall([]Point{rome, jakarta, dili}, []Found{f(rome), f(jakarta), f(dili)}); r != 1 || !ok {
		t.Errorf("all in order: %v %v", r, ok)
	}
	if r, ok := StopRecall([]Point{rome, jakarta, dili}, []Found{f(dili), f(jakarta)}); r < 0.66 || r > 0.67 || ok {
		t.Errorf("two of three, reversed: %v %v", r, ok)
	}
	// An airport and its city, both gold stops, found as the city.
	jakartaAirport := Point{Name: "Soekarno-Hatta International Airport", Lat: -6.13, Lon: 106.66, Kind: "airport"}
	if r, ok := StopRecall([]Point{rome, jakartaAirport, jakarta, dili}, []Found{f(rome), f(jakarta), f(dili)}); r != 1 || !ok {
		t.Errorf("airport and city as one stop: %v %v", r, ok)
	}
	// But a place again after another is a new stop: Rome, Jakarta, Rome
	// is not found by Rome, Jakarta.
	if r, ok := StopRecall([]Point{rome, jakarta, rome}, []Found{f(rome), f(jakarta)}); r != 1 || ok {
		t.Errorf("return not found: %v %v", r, ok)
	}
	// A trip that returns: Rome twice.
	if r, ok := StopRecall([]Point{rome, jakarta, rome}, []Found{f(rome), f(jakarta), f(rome)}); r != 1 || !ok {
		t.Errorf("round trip: %v %v", r, ok)
	}
}

func TestClaimFound(t *testing.T) {
	g := Claim{Label: "The pope celebrated Mass for 600,000 people in Dili", Articles: []string{"01-a.md", "02-b.md", "03-c.md"}}
	if !ClaimFound(g, "Francis celebrated a Mass attended by some 600,000 people in Dili", []string{"01-a", "02-b", "03-c"}) {
		t.Error("same claim, same sources: not found")
	}
	if ClaimFound(g, "Francis celebrated a Mass attended by some 600,000 people in Dili", []string{"04-d"}) {
		t.Error("other sources: found")
	}
	if ClaimFound(g, "The ship left port", []string{"01-a", "02-b", "03-c"}) {
		t.Error("other words: found")
	}
}

func TestVenueFound(t *testing.T) {
	v := Point{Name: "Sandton Convention Centre", Lat: -26.1076, Lon: 28.0567, In: "Johannesburg", Kind: "venue"}
	if !VenueFound(v, []Found{{Name: "Sandton Convention Centre", Lat: -26.2041, Lon: 28.0473, Kind: "venue", Approximate: true, Precision: "city"}}) {
		t.Error("approximate at city precision with the name: not found")
	}
	if VenueFound(v, []Found{{Name: "Johannesburg", Lat: -26.2041, Lon: 28.0473, Kind: "city"}}) {
		t.Error("the city alone counted as the venue")
	}
	if !VenueFound(v, []Found{{Name: "Sandton Convention Center", Lat: -26.1075, Lon: 28.0566, Kind: "venue"}}) {
		t.Error("exact venue: not found")
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"ev/a/gold.json":         {Data: []byte(`{"event":"A","articles":[{"file":"01.md","places":[]}]}`)},
		"ev/a/articles/01.md":    {Data: []byte("text\n")},
		"bad/b/gold.json":        {Data: []byte(`{"event":"B","articles":[{"file":"02.md"}]}`)},
		"broken/c/gold.json":     {Data: []byte(`{"event":`)},
		"broken/c/articles/x.md": {Data: []byte("x")},
	}
	evs, err := Load(fsys, "ev")
	if err != nil || len(evs) != 1 || evs[0].Gold.Event != "A" {
		t.Fatalf("Load = %v, %v", evs, err)
	}
	if _, err := Load(fsys, "bad"); err == nil {
		t.Error("a gold naming a missing article loaded")
	}
	if _, err := Load(fsys, "broken"); err == nil {
		t.Error("broken JSON loaded")
	}
}
