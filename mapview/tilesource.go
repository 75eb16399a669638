package mapview

import (
	"fmt"
	"io"
	"sync"

	"github.com/storylens/storylens/internal/pmtiles"
)

// tileSource is a PMTiles archive of vector tiles and the cache its decoded
// tiles go to.
type tileSource struct {
	name       string
	r          *pmtiles.Reader
	minZ, maxZ uint8
	cache      *tileCache

	errOnce sync.Once
}

// openTileSource opens the archive r of size bytes (name is for errors).
func openTileSource(name string, r io.ReaderAt, size int64, cache *tileCache) (*tileSource, error) {
	pr, err := pmtiles.Open(name, r, size)
	if err != nil {
		return nil, err
	}
	h := pr.Header
	if h.MaxZoom < h.MinZoom || h.MaxZoom > 24 {
		return nil, fmt.Errorf("%s: zoom range %d-%d not supported", name, h.MinZoom, h.MaxZoom)
	}
	return &tileSource{name: name, r: pr, minZ: h.MinZoom, maxZ: h.MaxZoom, cache: cache}, nil
}

// logTileError reports a tile that could not be read (once per source, so
// a broken archive does not flood the log).
var logTileError = func(err error) { logError(err) }

// read reads and decodes tile z/x/y. A missing tile is an empty tile (open
// sea); a broken one is an empty tile with err set, reported once.
func (s *tileSource) read(z uint8, x, y uint32) *ptile {
	data, ok, err := s.r.Tile(z, x, y)
	if err == nil && !ok {
		t := &ptile{z: z, x: x, y: y, extent: 4096}
		t.bytes = t.size()
		return t
	}
	var t *ptile
	if err == nil {
		t, err = decodeTile(z, x, y, data)
		if err != nil {
			err = fmt.Errorf("%s: tile %d/%d/%d: %w", s.name, z, x, y, err)
		}
	}
	if err != nil {
		s.errOnce.Do(func() { logTileError(err) })
		t = &ptile{z: z, x: x, y: y, extent: 4096, err: err}
		t.bytes = t.size()
	}
	return t
}
