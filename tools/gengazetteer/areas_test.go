package main

import (
	"slices"
	"testing"
)

func TestPhysicalName(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"PYRENEES", "Pyrenees", true},
		{"ARABIAN PENINSULA", "Arabian Peninsula", true},
		{"Balkan Mts.", "Balkan Mountains", true},
		{"Owen Stanley Ra.", "Owen Stanley Range", true},
		{"Kathiawar Pen.", "Kathiawar Peninsula", true},
		{"Ennedi Plat.", "Ennedi Plateau", true},
		{"  Sahel ", "Sahel", true},
		{"S. Dourada", "", false}, // another abbreviation
		{"", "", false},
	} {
		got, ok := physicalName(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("physicalName(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// An area is added unless its name is taken, another of its names is an
// area's, or its name is common words only; another name that is a
// country's is not used.
func TestAddArea(t *testing.T) {
	g := &gazetteer{english: map[string]bool{"central": true, "highlands": true}, entries: []*entry{
		{id: "country:ZA", kind: "country", name: "South Africa"},
		{id: "supp:east-asia", kind: "region", name: "East Asia"},
		{id: "geonames:1", kind: "city", name: "Gold Coast"},
		{id: "geonames:2", kind: "town", name: "Patagonia"},
	}}
	taken := g.takenNames()
	for _, tc := range []struct {
		name string
		alts []string
		want bool
		alt  []string
	}{
		{"Southern Africa", []string{"South Africa"}, true, nil}, // the country's name is not an alias
		{"Eastern Asia", []string{"East Asia"}, false, nil},      // already there
		{"Gold Coast", nil, false, nil},                          // a city's name
		{"Central Highlands", nil, false, nil},                   // common words only
		{"Patagonia", nil, true, nil},                            // a town's name: the area wins
		{"Western Asia", []string{"West Asia"}, true, []string{"West Asia"}},
		{"West Asia", nil, false, nil}, // taken by the one before
	} {
		n := len(g.entries)
		got := g.addArea(taken, "x:"+tc.name, tc.name, tc.alts, 0, 0, nil)
		if got != tc.want {
			t.Errorf("addArea(%q) = %v, want %v", tc.name, got, tc.want)
			continue
		}
		if got && (len(g.entries) != n+1 || !slices.Equal(g.entries[n].alts, tc.alt) || g.entries[n].kind != "region") {
			t.Errorf("addArea(%q) added %+v, want alternates %v", tc.name, g.entries[len(g.entries)-1], tc.alt)
		}
	}
}

// A demonym several countries share is the largest one's.
func TestUniqueDemonyms(t *testing.T) {
	g := &gazetteer{demonyms: map[string][]string{
		"country:IN": {"Indian"}, "country:IO": {"Indian"},
		"country:CD": {"Congolese"}, "country:CG": {"Congolese"},
		"country:FR": {"French"},
	}}
	g.uniqueDemonyms(map[string]float64{"country:IN": 3287590, "country:IO": 60, "country:CD": 2344858,
		"country:CG": 342000, "country:FR": 551695})
	for id, want := range map[string][]string{"country:IN": {"Indian"}, "country:IO": nil, "country:CD": {"Congolese"},
		"country:CG": nil, "country:FR": {"French"}} {
		if got := g.demonyms[id]; !slices.Equal(got, want) {
			t.Errorf("%s: demonyms %v, want %v", id, got, want)
		}
	}
	if g.nDemonymShared != 2 {
		t.Errorf("%d shared demonyms counted, want 2", g.nDemonymShared)
	}
}

// Physical regions: names of common words only are not used; islands are
// islands.
func TestPhysicalRegionsKept(t *testing.T) {
	g, err := buildAll(fullFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, e := range g.entries {
		found[e.name] = true
	}
	if g.nMapUnit != 1 {
		t.Errorf("%d map units added, want 1 (Alpha North; Alphaland is the whole country)", g.nMapUnit)
	}
	if !found["Alpha Mountains"] || found["Central Mountain"] || g.nPhysical != 1 {
		t.Errorf("physical regions: Alpha Mountains %v, Central Mountain %v, %d added; want true, false, 1",
			found["Alpha Mountains"], found["Central Mountain"], g.nPhysical)
	}
	for _, e := range g.entries {
		if e.name == "Alpha Island" && (e.kind != "island" || e.id != "neisle:alpha-island") {
			t.Errorf("Alpha Island: %s %s, want island neisle:alpha-island", e.id, e.kind)
		}
	}
	if !found["Alpha Island"] || g.nIsland != 1 {
		t.Errorf("islands: Alpha Island %v, %d added; want true, 1", found["Alpha Island"], g.nIsland)
	}
}

// Named points: capes, waterfalls, islands the polygons lack, passes; not
// mountains, poles, names taken or with unknown abbreviations; one point
// of a name.
func TestNamedPoints(t *testing.T) {
	g, err := buildAll(fullFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string][]*entry{}
	for _, e := range g.entries {
		byName[e.name] = append(byName[e.name], e)
	}
	for _, c := range []struct{ name, kind, id string }{
		{"Cape Alpha", "cape", "nept:cape-alpha"}, {"Beta Island", "island", "nept:beta-island"},
		{"Alpha Falls", "waterfall", "nept:alpha-falls"}, {"Alpha Pass", "pass", "nept:alpha-pass"},
		{"Cape Mountain", "cape", "nept:cape-mountain"}, // common words, but a cape's name
	} {
		es := byName[c.name]
		if len(es) != 1 || es[0].kind != c.kind || es[0].id != c.id {
			t.Errorf("%s: %d entries (%+v), want one %s %s", c.name, len(es), es, c.kind, c.id)
			continue
		}
		if c.name == "Cape Alpha" && (es[0].lat != 10.5 || es[0].lon != 20.5) {
			t.Errorf("Cape Alpha at %v,%v: want the first point, 10.5,20.5", es[0].lat, es[0].lon)
		}
		if c.name == "Alpha Falls" && !slices.Equal(es[0].alts, []string{"Falls of Alpha"}) {
			t.Errorf("Alpha Falls: alternates %v", es[0].alts)
		}
	}
	if len(byName["Alpha Island"]) != 1 || byName["Alpha Island"][0].id != "neisle:alpha-island" {
		t.Errorf("Alpha Island: %+v, want the polygon's only", byName["Alpha Island"])
	}
	for _, n := range []string{"Mount Alpha", "Mt. Alpha", "North Pole", "S. Gamma", "Island Delta", "I. Delta", "Epsilon",
		"Zeta Station (Alpha)", "Zeta Station"} {
		if len(byName[n]) > 0 {
			t.Errorf("%s added: %+v", n, byName[n])
		}
	}
	for _, e := range byName["Bigcity"] {
		if e.kind == "cape" {
			t.Errorf("a cape named like a city was added: %+v", e)
		}
	}
	if g.nPoint != 5 {
		t.Errorf("%d named points, want 5", g.nPoint)
	}
}

// An air base's bare name is flagged like a common word (it needs a
// locative) and given only when no other place has it.
func TestBaseNames(t *testing.T) {
	g := &gazetteer{english: map[string]bool{"hill": true}, entries: []*entry{
		{id: "airport:A", kind: "airbase", name: "Kwaksan Air Base"},
		{id: "airport:B", kind: "airbase", name: "Hill Air Force Base"},  // a common word
		{id: "airport:C", kind: "airbase", name: "Dover Air Force Base"}, // a town's name
		{id: "geonames:1", kind: "town", name: "Dover"},
		{id: "airport:D", kind: "airbase", name: "Twinbase Air Base"}, // two bases of one bare name
		{id: "airport:E", kind: "airbase", name: "Twinbase Airbase"},
		{id: "airport:F", kind: "airbase", name: "Joint Base Andrews"},  // no such suffix
		{id: "airport:G", kind: "airport", name: "Kwakport Air Base"},   // not an air base
		{id: "airport:H", kind: "airbase", name: "Sharedword Air Base"}, // another airfield has the word
		{id: "airport:I", kind: "airport", name: "Sharedword International Airport"},
	}}
	g.addBaseNames()
	for _, e := range g.entries {
		want := e.id == "airport:A"
		if got := len(e.alts) > 0; got != want {
			t.Errorf("%s (%s): alternates %v", e.id, e.name, e.alts)
		}
	}
	if !g.locativeOnly["kwaksan"] || len(g.locativeOnly) != 1 || g.nBaseNames != 1 {
		t.Errorf("locativeOnly %v, %d bare names; want kwaksan only", g.locativeOnly, g.nBaseNames)
	}
	g.flagWords()
	if !slices.Contains(g.words, "kwaksan") {
		t.Errorf("kwaksan not among the flagged words %v", g.words)
	}
}
