package analysis

import (
	"testing"
	"testing/fstest"

	"github.com/storylens/storylens/story"
)

// A country told as a stop is drawn at the city the articles name in it:
// the analysis gives the itinerary each place's country from the
// gazetteer.
func TestJourneyPlacesCountryStopsAtCities(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/01.md": {Data: []byte("---\ntitle: Minister in Nairobi\ndate: 2025-03-10\n---\n" +
			"The Japanese foreign minister arrived in Nairobi on Monday for talks with Kenyan officials.\n\n" +
			"Nairobi is the first stop of a week-long tour.\n")},
		"articles/02.md": {Data: []byte("---\ntitle: Minister in Ethiopia\ndate: 2025-03-12\n---\n" +
			"The minister left Kenya for Ethiopia on Wednesday.\n\n" +
			"In Addis Ababa she met officials of the African Union.\n")},
	}
	s, ps := story.LoadFS(fsys, "tour")
	if ps.HasErrors() {
		t.Fatal(ps)
	}
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	name := map[string]string{}
	for _, p := range r.Places {
		name[p.ID] = p.Name
	}
	var legs []string
	for _, rt := range r.Routes {
		for _, l := range rt.Legs {
			legs = append(legs, name[l.From]+">"+name[l.To])
		}
	}
	found := false
	for _, l := range legs {
		if l == "Nairobi>Addis Ababa" {
			found = true
		}
		if l == "Kenya>Ethiopia" {
			t.Errorf("a leg between countries: %v", legs)
		}
	}
	if !found {
		t.Errorf("legs %v: want Nairobi>Addis Ababa; notes %v", legs, r.Notes)
	}
}
