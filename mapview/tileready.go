package mapview

import (
	"math"

	"fyne.io/fyne/v2"
)

// tileReady is called from a decoding goroutine when a basemap tile that a
// frame lacked is ready: on the UI thread, the cached basemap layer is
// marked stale (so the next frame redraws it) and the map refreshed.
func (m *Map) tileReady() {
	fyne.Do(func() {
		m.base.zoom = math.NaN()
		m.raster.Refresh()
	})
}
