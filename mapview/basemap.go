package mapview

import (
	"fmt"
	"strings"
	"sync"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/assets/basemap"
)

// pfeature is a basemap feature projected once to normalized Mercator, with
// its bound for culling. Projection happens once per process; each frame
// only scales and translates.
type pfeature struct {
	class uint8
	bound orb.Bound
	parts [][]orb.Point
}

// player is a projected basemap layer.
type player struct {
	name             string
	group            string // name without the _zN suffix: land, coast, ...
	kind             basemap.Kind
	minZoom, maxZoom float64
	features         []pfeature
}

var (
	baseOnce    sync.Once
	baseLayers  []player
	baseErr     error
	baseDone    = make(chan struct{}) // closed once baseLayers/baseErr are set
	preloadOnce sync.Once
)

// Preload starts decoding and projecting the embedded basemap (a few
// hundred milliseconds of CPU) in a goroutine and returns at once. Apps call
// it at start so the map has its basemap by the time it first appears; the
// widget also starts it itself when it first draws. Calling it again does
// nothing.
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

// loadBasemap decodes and projects the embedded basemap once, blocking
// until it is done (see Preload and basemapReady for the non-blocking way).
func loadBasemap() ([]player, error) {
	baseOnce.Do(func() {
		defer close(baseDone)
		ls, err := basemap.Layers()
		if err != nil {
			baseErr = fmt.Errorf("mapview: basemap: %w", err)
			return
		}
		for _, l := range ls {
			pl := player{name: l.Name, group: l.Name, kind: l.Kind, minZoom: l.MinZoom, maxZoom: l.MaxZoom}
			if i := strings.LastIndex(l.Name, "_z"); i > 0 {
				pl.group = l.Name[:i]
			}
			for _, f := range l.Features {
				pf := pfeature{class: f.Class}
				first := true
				for _, part := range f.Parts {
					pts := make([]orb.Point, len(part))
					for i, q := range part {
						pts[i] = merc(orb.Point{float64(q[0]) / 1e6, float64(q[1]) / 1e6})
						if first {
							pf.bound = orb.Bound{Min: pts[i], Max: pts[i]}
							first = false
						} else {
							pf.bound = pf.bound.Extend(pts[i])
						}
					}
					pf.parts = append(pf.parts, pts)
				}
				pl.features = append(pl.features, pf)
			}
			baseLayers = append(baseLayers, pl)
		}
	})
	return baseLayers, baseErr
}

// layerFor returns the layer of a group shown at zoom z, or nil.
func layerFor(ls []player, group string, z float64) *player {
	for i := range ls {
		if ls[i].group == group && z >= ls[i].minZoom && z < ls[i].maxZoom {
			return &ls[i]
		}
	}
	return nil
}
