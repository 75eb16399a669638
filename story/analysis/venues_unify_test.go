package analysis

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storylens/storylens/story"
)

// A venue that one article places at its city and another at the city's
// airport is one venue; a venue of the same name in another country stays
// another venue.
func TestUnifyVenues(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/01.md": {Data: []byte("---\ntitle: Summit opens\ndate: 2023-08-22\n---\n" +
			"JOHANNESBURG — Leaders met at the Harbour Convention Centre in Johannesburg on Tuesday.\n\n" +
			"The talks at the Harbour Convention Centre run for three days.\n")},
		"articles/02.md": {Data: []byte("---\ntitle: Arrivals\ndate: 2023-08-22\n---\n" +
			"The president landed at O. R. Tambo International Airport on Monday. Ministers welcomed him at O. R. Tambo International Airport.\n\n" +
			"Photo: Leaders at the Harbour Convention Centre / AP\n")},
		"articles/03.md": {Data: []byte("---\ntitle: Lisbon\ndate: 2023-08-23\n---\n" +
			"LISBON — Ministers gathered at the Grand Plaza Hotel in Lisbon on Wednesday.\n")},
		"articles/04.md": {Data: []byte("---\ntitle: Rome\ndate: 2023-08-23\n---\n" +
			"ROME — Their deputies met at the Grand Plaza Hotel in Rome on Wednesday.\n")},
	}
	s, ps := story.LoadFS(fsys, "venues")
	if ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, p := range r.Places {
		if p.Kind == "venue" {
			count[p.Name]++
			t.Logf("venue %s (%.3f, %.3f), %d mentions", p.ID, p.Lat, p.Lon, p.Mentions)
		}
	}
	if count["Harbour Convention Centre"] != 1 {
		t.Errorf("%d Harbour Convention Centre venues, want 1", count["Harbour Convention Centre"])
	}
	if count["Grand Plaza Hotel"] != 2 {
		t.Errorf("%d Grand Plaza Hotel venues, want 2 (Lisbon and Rome)", count["Grand Plaza Hotel"])
	}
}

// unifyVenues itself: mentions of one venue placed in two containers 20 km
// apart become mentions of the one most mentioned; the same name 1,400 km
// away stays apart; other places are untouched.
func TestUnifyVenuesMentions(t *testing.T) {
	city := &mentionPlace{placeID: "venue:hall@city", name: "Harbour Hall", kind: "venue", origin: "inferred", lat: -26.20, lon: 28.04, precision: "city"}
	airport := &mentionPlace{placeID: "venue:hall@airport", name: "Harbour Hall", kind: "venue", origin: "inferred", lat: -26.14, lon: 28.25, precision: "airport"}
	far := &mentionPlace{placeID: "venue:hall@capetown", name: "Harbour Hall", kind: "venue", origin: "inferred", lat: -33.92, lon: 18.42, precision: "city"}
	jhb := &mentionPlace{placeID: "geonames:993800", name: "Johannesburg", kind: "city", origin: "gazetteer", lat: -26.20, lon: 28.04}
	per := []sourceResult{
		{mentions: []mention{{mentionPlace: city}, {mentionPlace: city}, {mentionPlace: jhb}}},
		{mentions: []mention{{mentionPlace: airport}, {mentionPlace: far}}},
	}
	unifyVenues(per)
	got := []string{}
	for _, r := range per {
		for _, m := range r.mentions {
			got = append(got, m.placeID)
		}
	}
	want := "venue:hall@city venue:hall@city geonames:993800 venue:hall@city venue:hall@capetown"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("mentions %s\nwant     %s", g, want)
	}
}
