package basemap_test

import (
	"fmt"

	"github.com/storylens/storylens/assets/basemap"
)

// Archive opens the embedded PMTiles archive: its header gives the zoom
// levels it holds, and Layers the vector layers of its tiles.
func ExampleArchive() {
	a, err := basemap.Archive()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("zoom %d-%d\n", a.Header.MinZoom, a.Header.MaxZoom)
	layers, err := basemap.Layers()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range layers {
		fmt.Println(l.Name)
	}
	// Output:
	// zoom 0-9
	// earth
	// boundary
	// waterway
}
