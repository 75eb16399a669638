package analysis

import (
	"testing"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/geoparse"
)

// A step's view grows to a small area it names (made-up places and
// boxes): an island nation holding the step's capital and airport, one
// across the antimeridian; not a big country around a border town, not a
// sea, and not an area the places do not all lie in.
func TestStepViewGrowsToItsArea(t *testing.T) {
	box := func(w, s, e, n float64) *[2][2]float64 { return &[2][2]float64{{w, s}, {e, n}} }
	places := map[string]*PlaceReport{
		"island":  {ID: "island", Kind: "country", Lon: -77.3, Lat: 18.1, Mentions: 8, Bounds: box(-78.3, 17.7, -76.2, 18.5)},
		"capital": {ID: "capital", Kind: "capital", Lon: -76.79, Lat: 18.0, Mentions: 4},
		"airport": {ID: "airport", Kind: "airport", Lon: -76.79, Lat: 17.94, Mentions: 1},
		"sea":     {ID: "sea", Kind: "sea", Lon: -77, Lat: 18, Mentions: 9, Bounds: box(-77.5, 17.5, -76.5, 18.5)},
		"big":     {ID: "big", Kind: "country", Lon: 101, Lat: 15, Mentions: 9, Bounds: box(97.3, 5.6, 105.6, 20.5)},
		"town":    {ID: "town", Kind: "town", Lon: 99.88, Lat: 20.43, Mentions: 3},
		"cave":    {ID: "cave", Kind: "venue", Lon: 99.87, Lat: 20.38, Mentions: 3},
		"other":   {ID: "other", Kind: "town", Lon: -80.5, Lat: 19.3, Mentions: 4},
		"nation":  {ID: "nation", Kind: "country", Lon: 179, Lat: -17.5, Mentions: 5, Bounds: box(178, -19, 181, -16)},
		"west":    {ID: "west", Kind: "city", Lon: 178.4, Lat: -18.1, Mentions: 2},
		"east":    {ID: "east", Kind: "town", Lon: -179.5, Lat: -16.5, Mentions: 2},
	}
	s := &story.Story{}
	for _, tc := range []struct {
		name  string
		named []string
		want  [2][2]float64
	}{
		{"the island nation", []string{"capital", "island", "airport"}, [2][2]float64{{-78.3, 17.7}, {-76.2, 18.5}}},
		{"a sea's box is not an area", []string{"capital", "sea", "airport"}, [2][2]float64{{-76.79, 17.94}, {-76.79, 18.0}}},
		{"a big country keeps the town's view", []string{"town", "big", "cave"}, [2][2]float64{{99.87, 20.38}, {99.88, 20.43}}},
		{"a place off the island", []string{"capital", "island", "other"}, [2][2]float64{{-80.5, 18.0}, {-76.79, 19.3}}},
		{"across the antimeridian", []string{"west", "nation", "east"}, [2][2]float64{{178, -19}, {181, -16}}},
	} {
		items, lines := stepItems(s, story.Step{Places: tc.named}, places)
		v := viewOf(items, lines)
		if v == nil {
			t.Fatalf("%s: no view", tc.name)
		}
		if v.Bounds != tc.want {
			t.Errorf("%s: view %v, want %v", tc.name, v.Bounds, tc.want)
		}
	}
}

// addBounds copies the gazetteer's boxes into the report: Jamaica's, and
// Fiji's across the antimeridian with its east past 180; a story's own
// place and a city get none.
func TestAddBounds(t *testing.T) {
	g, err := geoparse.Default()
	if err != nil {
		t.Fatal(err)
	}
	f := &placeFinder{g: g}
	places := []PlaceReport{
		{ID: "country:JM", Kind: "country", Origin: story.OriginGazetteer},
		{ID: "country:FJ", Kind: "country", Origin: story.OriginGazetteer},
		{ID: "country:JM", Kind: "country", Origin: story.OriginStory},
		{ID: "geonames:3489854", Kind: "capital", Origin: story.OriginGazetteer}, // Kingston
	}
	f.addBounds(places)
	jm, fj := places[0].Bounds, places[1].Bounds
	if jm == nil || jm[0][0] > -78 || jm[1][0] < -76.5 || jm[0][1] > 17.9 || jm[1][1] < 18.4 {
		t.Errorf("Jamaica's bounds %v", jm)
	}
	if fj == nil || fj[0][0] < 170 || fj[0][0] > 180 || fj[1][0] <= 180 || fj[1][0] > 190 {
		t.Errorf("Fiji's bounds %v, want west in 170..180 and east past 180", fj)
	}
	if places[2].Bounds != nil || places[3].Bounds != nil {
		t.Errorf("a story place or a city got bounds: %v, %v", places[2].Bounds, places[3].Bounds)
	}
	(&placeFinder{}).addBounds(places[:1]) // no gazetteer: nothing, no panic
}
