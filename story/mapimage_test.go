package story

import (
	"strings"
	"testing"
)

func TestMapIsImage(t *testing.T) {
	for _, tc := range []struct {
		name  string
		extra map[string]any
		want  bool
	}{
		{"no extra", nil, false},
		{"map on the Earth", map[string]any{"storymap": map[string]any{"map_as_image": false, "map_type": "osm:standard"}}, false},
		{"map as image", map[string]any{"storymap": map[string]any{"map_as_image": true}}, true},
		{"zoomify", map[string]any{"storymap": map[string]any{"zoomify": map[string]any{"path": "https://example.org/tiles/"}}}, true},
		{"zoomify without a path", map[string]any{"storymap": map[string]any{"zoomify": map[string]any{"path": ""}}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &Story{Title: "t", Extra: tc.extra, Steps: []Step{{ID: "a", Title: "A"}}}
			got, why := s.MapIsImage()
			if got != tc.want || (got && why == "") {
				t.Errorf("MapIsImage() = %v, %q; want %v", got, why, tc.want)
			}
			warned := strings.Contains(Validate(s).Warnings().String(), "the map is an image")
			if warned != tc.want {
				t.Errorf("validate warns %v, want %v", warned, tc.want)
			}
		})
	}
}
