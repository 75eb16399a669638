package pmtiles_test

import (
	"bytes"
	"fmt"

	"github.com/storylens/storylens/internal/pmtiles"
)

// A Writer builds an archive in memory; a Reader looks its tiles up by
// z/x/y and says when the archive has none there.
func ExampleWriter() {
	w := pmtiles.NewWriter()
	w.TileCompression = pmtiles.CompressionNone
	w.Add(1, 0, 1, []byte("south-west"))
	w.Add(1, 1, 1, []byte("south-east"))
	b, err := w.Bytes([]byte(`{"name":"demo"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := pmtiles.Open("demo.pmtiles", bytes.NewReader(b), int64(len(b)))
	if err != nil {
		fmt.Println(err)
		return
	}
	tile, ok, err := r.Tile(1, 1, 1)
	fmt.Printf("%s %v %v\n", tile, ok, err)
	_, ok, err = r.Tile(1, 0, 0)
	fmt.Println(ok, err)
	_, err = pmtiles.Open("cut.pmtiles", bytes.NewReader(b[:40]), 40)
	fmt.Println(err != nil)
	// Output:
	// south-east true <nil>
	// false <nil>
	// true
}
