package mapwidget_test

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/mapview/mapwidget"
	"github.com/storylens/storylens/story"
)

// A Map shows a story's places and routes and reports taps on them. Headless
// here, with Fyne's test app: the camera is set, the place under a pixel is
// tapped, and the map zooms in.
func ExampleNew() {
	a := test.NewApp()
	defer a.Quit()
	s := &story.Story{Title: "Two harbours", Places: []*story.Place{
		{ID: "oslo", Name: "Oslo", Kind: "city", Lon: 10.75, Lat: 59.91},
		{ID: "kiel", Name: "Kiel", Kind: "city", Lon: 10.14, Lat: 54.32},
	}}
	m := mapwidget.New(mapwidget.WithStory(s, nil),
		mapwidget.OnPlaceTapped(func(id string) { fmt.Println("tapped", id) }))
	w := test.NewWindow(m)
	defer w.Close()
	w.SetPadded(false)
	w.Resize(fyne.NewSize(800, 600))
	m.Resize(fyne.NewSize(800, 600))
	cam := story.Camera{Center: [2]float64{10.5, 57}, Zoom: 5}
	m.SetCamera(cam)
	x, y := mapview.ToPixel(cam, 800, 600, orb.Point{10.14, 54.32})
	test.TapAt(m, fyne.NewPos(float32(x), float32(y)))
	m.ZoomIn() // flies there; Camera is where the flight ends
	fmt.Println("camera", m.Camera().Center, "zoom", m.Camera().Zoom)
	// Output:
	// tapped kiel
	// camera [10.5 57] zoom 6
}
