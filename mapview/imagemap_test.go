package mapview

import (
	"image"
	"testing"

	"github.com/storylens/storylens/story"
)

// A story whose positions are on an image (StoryMapJS map_as_image) is
// drawn on a plain canvas: no coastline, no water, and no basemap credited.
func TestImageMapDrawsNoBasemap(t *testing.T) {
	mk := func(image bool) *story.Story {
		s := &story.Story{Title: "Gallery",
			Places: []*story.Place{{ID: "a", Name: "Corner", Lon: -9.14, Lat: 38.72}, {ID: "b", Name: "Door", Lon: -9.0, Lat: 38.6}},
			Steps:  []story.Step{{ID: "s", Title: "One", Places: []string{"a", "b"}}}}
		if image {
			s.Extra = map[string]any{"storymap": map[string]any{"map_as_image": true}}
		}
		return s
	}
	colours := func(img *image.RGBA) map[[3]uint8]int {
		n := map[[3]uint8]int{}
		for i := 0; i+3 < len(img.Pix); i += 4 {
			n[[3]uint8{img.Pix[i], img.Pix[i+1], img.Pix[i+2]}]++
		}
		return n
	}
	opt := RenderOptions{Step: 0, Width: 400, Height: 300, Scale: 1}
	earth, err := Render(mk(false), nil, opt)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Render(mk(true), nil, opt)
	if err != nil {
		t.Fatal(err)
	}
	water := paletteFor(false).water
	w := [3]uint8{water.R, water.G, water.B}
	if colours(earth)[w] == 0 {
		t.Fatal("the Lisbon map shows no water: the test's premise is wrong")
	}
	if n := colours(plain)[w]; n != 0 {
		t.Errorf("%d water pixels on an image map", n)
	}
	sc := newScene(mk(true), nil)
	if got := sc.attribution(true); got != imageMapNote {
		t.Errorf("attribution %q", got)
	}
}
