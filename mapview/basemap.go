package mapview

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/storylens/storylens/assets/basemap"
)

var (
	baseOnce    sync.Once
	baseSrc     *tileSource
	baseErr     error
	baseDone    = make(chan struct{}) // closed once baseSrc/baseErr are set
	preloadOnce sync.Once
	// baseCache holds the decoded tiles of every tile source.
	baseCache = newTileCache(cacheBudget)
)

// Preload opens the embedded basemap archive (its header and root
// directory: a millisecond) and loads the fonts in a goroutine and returns
// at once. Tiles are read and decoded when a view needs them, off the UI
// thread. Calling it again does nothing.
func Preload() {
	preloadOnce.Do(func() {
		go func() {
			loadBasemap()
			fonts()
		}()
	})
}

// basemapReady reports, without blocking, whether loadBasemap has finished.
func basemapReady() bool {
	select {
	case <-baseDone:
		return true
	default:
		return false
	}
}

// loadBasemap opens the embedded basemap archive once, blocking until it is
// done (see Preload and basemapReady for the non-blocking way).
func loadBasemap() (*tileSource, error) {
	baseOnce.Do(func() {
		defer close(baseDone)
		baseSrc, baseErr = openTileSource(basemap.Name, bytes.NewReader(basemap.Data), int64(len(basemap.Data)), baseCache)
		if baseErr != nil {
			baseErr = fmt.Errorf("mapview: basemap: %w", baseErr)
		}
	})
	return baseSrc, baseErr
}
