package pmtilestest

import (
	"bytes"
	"os"
	"testing"

	"github.com/paulmach/orb/encoding/mvt"

	"github.com/storylens/storylens/internal/pmtiles"
)

func TestArchiveRoundTrip(t *testing.T) {
	water := Layer("water", Feature(WestHalf(), "class", "ocean"))
	for _, gz := range []bool{true, false} {
		tiles := []Tile{{Z: 2, X: 1, Y: 1, Layers: mvt.Layers{water}}}
		if !gz {
			tiles = append(tiles, Tile{Z: 0, Data: []byte("junk")})
		}
		b := Archive(t, gz, tiles...)
		r, err := pmtiles.Open("t", bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatalf("gzip %v: %v", gz, err)
		}
		if want := map[bool]uint8{true: pmtiles.CompressionGzip, false: pmtiles.CompressionNone}[gz]; r.Header.TileCompression != want {
			t.Errorf("gzip %v: tile compression %d, want %d", gz, r.Header.TileCompression, want)
		}
		data, ok, err := r.Tile(2, 1, 1)
		if err != nil || !ok {
			t.Fatalf("gzip %v: tile 2/1/1: %v %v", gz, ok, err)
		}
		ls, err := mvt.Unmarshal(data)
		if err != nil || len(ls) != 1 || ls[0].Name != "water" || len(ls[0].Features) != 1 ||
			ls[0].Features[0].Properties["class"] != "ocean" {
			t.Errorf("gzip %v: layers %v, %v", gz, ls, err)
		}
		if raw, ok, err := r.Tile(0, 0, 0); !gz && (err != nil || !ok || string(raw) != "junk") {
			t.Errorf("raw tile %q, %v %v", raw, ok, err)
		}
	}
}

func TestFile(t *testing.T) {
	p := File(t, "a.pmtiles", []byte("x"))
	if b, err := os.ReadFile(p); err != nil || string(b) != "x" {
		t.Errorf("%s: %q %v", p, b, err)
	}
}
