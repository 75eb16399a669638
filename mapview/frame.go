package mapview

import (
	"image"
	"sync/atomic"

	"github.com/paulmach/orb"
)

// frame is everything one drawing of the map needs besides the basemap.
type frame struct {
	view      view
	pal       *palette
	scene     *scene
	highlight map[string]bool
	hiRoute   string
	train     *orb.Point // train marker position (lon/lat), or nil
	legend    bool
	// outside are the places the view leaves out on purpose (far from the
	// rest): off screen, the map points to them from its edge.
	outside []string
	// lines are figure overlays (lon/lat), drawn dashed over the routes.
	lines []orb.LineString
	// controls are boxes (device pixels) that the UI draws over the map, its
	// zoom buttons: labels and edge pointers keep clear of them.
	controls []image.Rectangle
}

// renderer draws frames; it keeps caches (text masks) between them.
type renderer struct {
	text *textCache
	// wake, when set, makes drawBase not wait for basemap tiles: it is
	// called (from another goroutine) when a missing tile is ready.
	wake       func()
	wakeQueued atomic.Bool
	// labelWait is true while a goroutine waits for the label index to
	// call wake.
	labelWait atomic.Bool
	// plain draws a plain canvas instead of the basemap, and no basemap
	// labels: the story's positions are on an image (story.MapIsImage).
	plain atomic.Bool
}

func newRenderer() *renderer { return &renderer{text: newTextCache()} }

// labelIndex is the basemap label index: built first (blocking) for
// headless renders; for the widget (wake set), nil until it is built in
// the background, which then calls wake.
func (rd *renderer) labelIndex() *labelIndex {
	if rd.plain.Load() {
		return nil
	}
	if rd.wake == nil {
		return loadLabels()
	}
	return rd.labelsNow(rd.wake)
}
