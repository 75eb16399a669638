package testfixture

import (
	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// MapStory builds the small story the map tests share (mapview and
// mapview/mapwidget): five places (two cities, a station, a venue with an
// approximate position, an island), one approximate rail route through
// three of them, and three steps (a place, the route, the venue with its
// own camera), with a report of mentions. No articles: the map needs none.
func MapStory() (*story.Story, *analysis.Report) {
	rid := "train"
	s := &story.Story{
		Title: "test",
		Places: []*story.Place{
			{ID: "pyongyang", Name: "Pyongyang", Kind: "city", Lon: 125.750, Lat: 39.015},
			{ID: "khasan", Name: "Khasan", Kind: "station", Lon: 130.643, Lat: 42.429},
			{ID: "vladivostok", Name: "Vladivostok", Kind: "city", Lon: 131.8816, Lat: 43.1113},
			{ID: "fefu", Name: "Far Eastern Federal University", Kind: "venue", Lon: 131.893, Lat: 43.025, Approximate: true},
			{ID: "russky", Name: "Russky Island", Kind: "island", Lon: 131.85, Lat: 43.0},
		},
		Routes: []*story.Route{{
			ID: rid, Name: "Armoured train", Mode: "rail", Approximate: true,
			Stops: []string{"pyongyang", "khasan", "vladivostok"},
			Line: orb.LineString{{125.750, 39.015}, {127.537, 39.908}, {129.791, 41.784}, {130.293, 42.247},
				{130.631, 42.414}, {130.643, 42.429}, {131.95, 43.74}, {131.952, 43.797}, {131.8816, 43.1113}},
		}},
		Steps: []story.Step{
			{ID: "s1", Title: "Departure", Places: []string{"pyongyang"}},
			{ID: "s2", Title: "Journey", Places: []string{"pyongyang", "vladivostok"}, Route: &rid},
			{ID: "s3", Title: "Summit", Places: []string{"fefu"}, Camera: &story.Camera{Center: [2]float64{131.89, 43.03}, Zoom: 11}},
		},
	}
	r := &analysis.Report{Places: []analysis.PlaceReport{
		{ID: "pyongyang", Name: "Pyongyang", Kind: "city", Lon: 125.750, Lat: 39.015, Mentions: 6},
		{ID: "khasan", Name: "Khasan", Kind: "station", Lon: 130.643, Lat: 42.429, Mentions: 2},
		{ID: "vladivostok", Name: "Vladivostok", Kind: "city", Lon: 131.8816, Lat: 43.1113, Mentions: 12},
		{ID: "fefu", Name: "Far Eastern Federal University", Kind: "venue", Lon: 131.893, Lat: 43.025, Mentions: 4},
		{ID: "russky", Name: "Russky Island", Kind: "island", Lon: 131.85, Lat: 43.0, Mentions: 3},
	}}
	return s, r
}
