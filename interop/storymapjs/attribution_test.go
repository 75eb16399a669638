package storymapjs

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/storylens/storylens/assets/gazetteer"
	"github.com/storylens/storylens/story"
)

// TestExportCreditsGazetteerPositions checks that the export credits the
// gazetteer (GeoNames, CC BY 4.0) exactly when a slide's marker stands on
// one of its positions, and that an attribution kept from an import stays.
func TestExportCreditsGazetteerPositions(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(s *story.Story)
		want string // "" for no attribution
	}{
		{"story places only", func(s *story.Story) {}, ""},
		{"a gazetteer place on a slide", func(s *story.Story) {
			s.Places[1].Origin = story.OriginGazetteer
		}, gazetteer.Attribution},
		{"a story place placed from GeoNames", func(s *story.Story) {
			s.Places[0].Provenance = "GeoNames 1871859, city centre"
		}, gazetteer.Attribution},
		{"a gazetteer place only in the overview", func(s *story.Story) {
			s.Places = append(s.Places, &story.Place{ID: "dc", Name: "Washington", Lon: -77.04, Lat: 38.9, Origin: story.OriginGazetteer})
			s.Steps[0].Places = append(s.Steps[0].Places, "dc")
		}, ""},
		{"an imported attribution", func(s *story.Story) {
			s.Places[1].Origin = story.OriginGazetteer
			s.Extra = map[string]any{"storymap": map[string]any{"attribution": "Photos: Knight Lab"}}
		}, "Photos: Knight Lab · " + gazetteer.Attribution},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := handStory()
			tc.edit(s)
			b, rep, err := ExportReport(s)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Storymap struct {
					Attribution *string `json:"attribution"`
				} `json:"storymap"`
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			got := ""
			if doc.Storymap.Attribution != nil {
				got = *doc.Storymap.Attribution
			}
			if got != tc.want {
				t.Errorf("attribution %q, want %q", got, tc.want)
			}
			noted := false
			for _, n := range rep.Notes {
				noted = noted || strings.Contains(n.Path, "storymap.attribution")
			}
			if noted != (tc.want != "") {
				t.Errorf("report notes the attribution: %v, want %v (%+v)", noted, tc.want != "", rep.Notes)
			}
		})
	}
}
