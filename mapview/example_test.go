package mapview_test

import (
	"fmt"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/story"
)

// Render draws a step of a story headless: the basemap, the step's places
// and route, legend, scale bar and attribution, at Width·Scale ×
// Height·Scale pixels.
func ExampleRender() {
	rid := "road"
	s := &story.Story{
		Title: "A drive",
		Places: []*story.Place{
			{ID: "lyon", Name: "Lyon", Kind: "city", Lon: 4.84, Lat: 45.76},
			{ID: "geneva", Name: "Geneva", Kind: "city", Lon: 6.14, Lat: 46.20},
		},
		Routes: []*story.Route{{ID: rid, Name: "Motorway", Mode: "road", Stops: []string{"lyon", "geneva"},
			Line: orb.LineString{{4.84, 45.76}, {5.50, 46.05}, {6.14, 46.20}}}},
		Steps: []story.Step{{ID: "s1", Title: "Lyon to Geneva", Places: []string{"lyon", "geneva"}, Route: &rid}},
	}
	img, err := mapview.Render(s, nil, mapview.RenderOptions{Step: 0, Width: 320, Height: 200, Scale: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds().Dx(), img.Bounds().Dy())
	_, err = mapview.Render(s, nil, mapview.RenderOptions{Step: 4})
	fmt.Println(err)
	// Output:
	// 640 400
	// mapview: step 5 out of range (the story has 1 steps)
}
