// Package pmtilestest builds small PMTiles archives of vector tiles for
// tests: the one home of the fixture builders the basemap tests of mapview
// and cli share.
package pmtilestest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"

	"github.com/storylens/storylens/internal/pmtiles"
)

// Extent is the tile extent of the layers built here (MVT's usual 4096).
const Extent = 4096

// Tile is one tile of an archive: its Layers encoded as MVT, or, when Data
// is set, those bytes as they are (a damaged tile; in a gzip archive they
// must be gzipped bytes, as the reader gunzips every tile).
type Tile struct {
	Z      uint8
	X, Y   uint32
	Layers mvt.Layers
	Data   []byte
}

// Layer is an MVT layer (version 2, extent [Extent]) of the features.
func Layer(name string, fs ...*geojson.Feature) *mvt.Layer {
	return &mvt.Layer{Name: name, Version: 2, Extent: Extent, Features: fs}
}

// Feature is a feature of g (tile coordinates) with the properties given as
// key, value pairs.
func Feature(g orb.Geometry, kv ...any) *geojson.Feature {
	f := geojson.NewFeature(g)
	for i := 0; i+1 < len(kv); i += 2 {
		f.Properties[kv[i].(string)] = kv[i+1]
	}
	return f
}

// WestHalf is a polygon over the west half of a tile.
func WestHalf() orb.Polygon {
	return orb.Polygon{{{0, 0}, {Extent / 2, 0}, {Extent / 2, Extent}, {0, Extent}, {0, 0}}}
}

// Archive is a PMTiles archive (metadata "{}") of the tiles. With gzip the
// layer tiles are gzipped and the header says so, as real archives are;
// without, every tile is stored as it is.
func Archive(t testing.TB, gzip bool, tiles ...Tile) []byte {
	t.Helper()
	w := pmtiles.NewWriter()
	if !gzip {
		w.TileCompression = pmtiles.CompressionNone
	}
	for _, tl := range tiles {
		data := tl.Data
		if data == nil {
			var err error
			if gzip {
				data, err = mvt.MarshalGzipped(tl.Layers)
			} else {
				data, err = mvt.Marshal(tl.Layers)
			}
			if err != nil {
				t.Fatalf("tile %d/%d/%d: %v", tl.Z, tl.X, tl.Y, err)
			}
		}
		w.Add(tl.Z, tl.X, tl.Y, data)
	}
	b, err := w.Bytes([]byte("{}"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// File writes b as name in a folder of t's and returns its path.
func File(t testing.TB, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
