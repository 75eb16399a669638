package mapview

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

// Basemap is a vector-tile basemap archive opened from a file, drawn
// instead of the embedded one (see UseBasemap).
type Basemap struct {
	src  *tileSource
	f    *os.File
	path string
}

// OpenBasemap opens a PMTiles v3 archive of Mapbox Vector Tiles, gzipped or
// not, in Storylens' own schema (see assets/basemap) or the OpenMapTiles or
// Protomaps schema, of which it draws this subset: "water" polygons,
// "earth" polygons (Protomaps land), "waterway" lines, "boundary" /
// "boundaries" lines (admin_level or kind_detail 2: country, 3-4: region)
// and "transportation" / "roads" lines (at zoom 9 and more); other layers
// (landuse, buildings, places, POIs) are ignored. Tiles are read on demand,
// so the file stays open until Close. Errors name the file; an MBTiles
// (SQLite) file gets an error that says how to convert it.
func OpenBasemap(path string) (*Basemap, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("basemap: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("basemap: %w", err)
	}
	var magic [16]byte
	if n, _ := f.ReadAt(magic[:], 0); n == 16 && string(magic[:]) == "SQLite format 3\x00" {
		f.Close()
		return nil, fmt.Errorf("basemap %s: an MBTiles (SQLite) archive; Storylens reads PMTiles: convert it with `pmtiles convert %s OUT.pmtiles` (the pmtiles tool of Protomaps)", path, path)
	}
	src, err := openTileSource(path, f, st.Size(), baseCache)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &Basemap{src: src, f: f, path: path}, nil
}

// Close closes the archive's file. Do not close a Basemap in use.
func (b *Basemap) Close() error { return b.f.Close() }

// Path is the file the archive was opened from.
func (b *Basemap) Path() string { return b.path }

// Zooms returns the archive's tile zoom range (the map overzooms beyond).
func (b *Basemap) Zooms() (min, max int) { return int(b.src.minZ), int(b.src.maxZ) }

var (
	userMu   sync.Mutex
	userBase *Basemap
	// baseGen counts UseBasemap calls: a painter's cached basemap layer
	// drawn from another basemap is redrawn.
	baseGen atomic.Uint64
)

// UseBasemap makes every map and Render draw b instead of the embedded
// basemap; nil goes back to the embedded one. Maps already shown redraw
// their basemap layer when next refreshed.
func UseBasemap(b *Basemap) {
	userMu.Lock()
	userBase = b
	userMu.Unlock()
	baseGen.Add(1)
}

// UserBasemap returns the basemap UseBasemap chose, nil for the embedded
// one.
func UserBasemap() *Basemap {
	userMu.Lock()
	defer userMu.Unlock()
	return userBase
}

// currentBasemap returns the tile source to draw: the user's, or the
// embedded one.
func currentBasemap() (*tileSource, error) {
	userMu.Lock()
	b := userBase
	userMu.Unlock()
	if b != nil {
		return b.src, nil
	}
	return loadBasemap()
}
