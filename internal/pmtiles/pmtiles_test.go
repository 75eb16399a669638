package pmtiles

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestZxyToID(t *testing.T) {
	cases := []struct {
		z    uint8
		x, y uint32
		want uint64
	}{
		{0, 0, 0, 0},
		{1, 0, 0, 1}, {1, 0, 1, 2}, {1, 1, 1, 3}, {1, 1, 0, 4},
		{2, 0, 0, 5},
		{12, 3423, 1763, 19078479},
	}
	for _, c := range cases {
		if got := ZxyToID(c.z, c.x, c.y); got != c.want {
			t.Errorf("ZxyToID(%d,%d,%d) = %d, want %d", c.z, c.x, c.y, got, c.want)
		}
	}
}

// build writes an archive with every other row of tiles at zoom z: a third
// with their own content, the others shared, so runs and duplicates both
// happen.
func build(t testing.TB, z uint8) ([]byte, map[[2]uint32][]byte) {
	w := NewWriter()
	w.TileCompression = CompressionNone
	want := map[[2]uint32][]byte{}
	n := uint32(1) << z
	for x := uint32(0); x < n; x++ {
		for y := uint32(0); y < n; y += 2 {
			d := []byte(fmt.Sprintf("tile-%d", (x*7+y)%5))
			if x%3 == 0 {
				d = []byte(fmt.Sprintf("tile-%d-%d", x, y*y))
			}
			w.Add(z, x, y, d)
			want[[2]uint32{x, y}] = d
		}
	}
	b, err := w.Bytes([]byte(`{"name":"test"}`))
	if err != nil {
		t.Fatal(err)
	}
	return b, want
}

func TestRoundTrip(t *testing.T) {
	for _, z := range []uint8{0, 3, 8} { // zoom 8: 32768 tiles, leaf directories
		b, want := build(t, z)
		r, err := Open("t.pmtiles", bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		if z == 8 && r.Header.LeafLength == 0 {
			t.Error("zoom 8 archive has no leaf directories")
		}
		n := uint32(1) << z
		for x := uint32(0); x < n; x++ {
			for y := uint32(0); y < n; y++ {
				got, ok, err := r.Tile(z, x, y)
				if err != nil {
					t.Fatal(err)
				}
				w, has := want[[2]uint32{x, y}]
				if ok != has || !bytes.Equal(got, w) {
					t.Fatalf("z%d tile %d/%d: got %q %v, want %q %v", z, x, y, got, ok, w, has)
				}
			}
		}
		if _, ok, _ := r.Tile(z+1, 0, 0); ok {
			t.Error("tile of a missing zoom found")
		}
		m, err := r.Metadata()
		if err != nil || string(m) != `{"name":"test"}` {
			t.Errorf("metadata %q %v", m, err)
		}
	}
}

func TestBadArchives(t *testing.T) {
	good, _ := build(t, 3)
	bad := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "past the end"},
		{"magic", bad(func(b []byte) []byte { b[0] = 'X'; return b }), "bad magic"},
		{"version", bad(func(b []byte) []byte { b[7] = 2; return b }), "version 2"},
		{"truncated root", good[:HeaderLen+5], "past the end"},
		{"bad gzip root", bad(func(b []byte) []byte { b[HeaderLen] = 0; return b }), "bad gzip"},
		{"tile type", bad(func(b []byte) []byte { b[99] = 2; return b }), "not vector tiles"},
	}
	for _, c := range cases {
		_, err := Open("world.pmtiles", bytes.NewReader(c.data), int64(len(c.data)))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "world.pmtiles: ") {
			t.Errorf("%s: error %v, want one starting with the file name and containing %q", c.name, err, c.want)
		}
	}
	// A truncated data section: Open works, the tile read fails with a clear error.
	r, err := Open("world.pmtiles", bytes.NewReader(good[:len(good)-3]), int64(len(good)-3))
	if err != nil {
		t.Fatal(err)
	}
	var tileErr error
	for x := uint32(0); x < 8 && tileErr == nil; x++ {
		for y := uint32(0); y < 8 && tileErr == nil; y++ {
			_, _, tileErr = r.Tile(3, x, y)
		}
	}
	if tileErr == nil || !strings.Contains(tileErr.Error(), "world.pmtiles: tile 3/") {
		t.Errorf("truncated data: error %v", tileErr)
	}
}

func FuzzReader(f *testing.F) {
	good, _ := build(f, 3)
	f.Add(good)
	f.Add(good[:200])
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Open("f.pmtiles", bytes.NewReader(b), int64(len(b)))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.pmtiles: ") {
				t.Fatalf("error without the file name: %v", err)
			}
			return
		}
		r.Metadata()
		for z := uint8(0); z < 4; z++ {
			for x := uint32(0); x < 1<<z; x++ {
				if _, _, err := r.Tile(z, x, 0); err != nil && !strings.HasPrefix(err.Error(), "f.pmtiles: ") {
					t.Fatalf("error without the file name: %v", err)
				}
			}
		}
	})
}
