package tables

import (
	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// fixture is a small story and report built by hand.
func fixture() (*story.Story, *analysis.Report) {
	s := &story.Story{
		Title: "Kim's train",
		Places: []*story.Place{
			{ID: "pyongyang", Name: "Pyongyang", Kind: "city", Lon: 125.7625, Lat: 39.0392, Provenance: "GeoNames 1871859"},
			{ID: "vladivostok", Name: "Vladivostok", Kind: "city", Lon: 131.8735, Lat: 43.1056, Provenance: "GeoNames 2013348"},
			{ID: "khasan", Name: "Khasan", Kind: "station", Lon: 130.643, Lat: 42.429, Provenance: "hand-placed", Approximate: true},
		},
		Routes: []*story.Route{{
			ID: "train", Name: "Pyongyang to Vladivostok", Mode: "rail",
			Stops:       []string{"pyongyang", "khasan", "vladivostok"},
			Line:        orb.LineString{{125.75, 39.015}, {127.537, 39.908}, {129.791, 41.784}, {130.643, 42.429}, {131.8816, 43.1113}},
			Provenance:  "hand-drawn through stations",
			Approximate: true,
		}},
	}
	r := &analysis.Report{
		Schema: "storylens/analyze/v1",
		Places: []analysis.PlaceReport{
			{ID: "vladivostok", Name: "Vladivostok", Lat: 43.1056, Lon: 131.8735, Kind: "city", Origin: "story", Mentions: 9, Sources: []string{"000", "001", "003"}},
			{ID: "pyongyang", Name: "Pyongyang", Lat: 39.0392, Lon: 125.7625, Kind: "city", Origin: "story", Mentions: 4, Sources: []string{"000", "002"}},
			{ID: "kyiv", Name: "Kyiv", Lat: 50.4547, Lon: 30.5238, Kind: "city", Origin: "gazetteer", Mentions: 1, Sources: []string{"004"}},
		},
		Claims: []analysis.ClaimReport{
			{ID: "invite", Label: "Putin invited Kim", Origin: "curated", Topic: "diplomacy", Sources: []string{"000", "001"}},
			{ID: "formula", Label: "=HYPERLINK(\"http://evil\",\"x\")", Origin: "discovered", Sources: []string{"002"}},
			{ID: "quote", Label: "He said \"no\", twice\nand left", Origin: "curated"},
		},
		Quantities: []analysis.Quantity{
			{Value: 420, Unit: "mi", Normalized: analysis.Value{Value: 675.9, Unit: "km"}, Text: "420 miles", Source: "001", Sentence: "The 420-mile trip."},
			{Value: -5, Unit: "°C", Normalized: analysis.Value{Value: -5, Unit: "°C"}, Text: "-5 degrees", Source: "002", Sentence: "@cold -5 degrees"},
		},
		Checks: []analysis.Check{
			{Text: "Vladivostok, 430 miles from Pyongyang", Source: "003", From: "pyongyang", To: "vladivostok", Stated: analysis.Value{Value: 430, Unit: "mi"},
				Computed: analysis.Computed{Value: 427, Unit: "mi", Method: "great-circle"}, Bearing: &analysis.Bearing{Stated: "north-east", Computed: 47.2, Verdict: "agrees"}, Verdict: "agrees"},
		},
		Coverage: analysis.Coverage{
			Sources: []string{"000", "001", "002"},
			Claims:  []string{"invite", "formula", "quote"},
			Matrix:  [][]bool{{true, false, false}, {true, false, false}, {false, true, false}},
		},
	}
	return s, r
}
