package mapview

import (
	"bytes"
	"fmt"
	"image"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/storylens/storylens/internal/pmtiles"
	"github.com/storylens/storylens/internal/pmtiles/pmtilestest"
	"github.com/storylens/storylens/story"
)

// TestBasemapGolden renders the basemap at zoom 11 around the world's
// detailed coasts, and across the antimeridian and over Antarctica at low
// zooms (regenerate with -update and look at them).
func TestBasemapGolden(t *testing.T) {
	s, r := testStory()
	for _, c := range []struct {
		name     string
		lon, lat float64
		zoom     float64
	}{
		{"lisbon_tagus", -9.10, 38.70, 11},
		{"bergen_fjords", 5.25, 60.40, 11},
		{"istanbul_bosphorus", 29.03, 41.06, 11},
		{"hongkong", 114.17, 22.30, 11},
		{"newyork_harbour", -74.04, 40.65, 11},
		{"vladivostok_russky", 131.87, 43.05, 11},
		{"fiji_antimeridian", 180, -17, 5},
		{"bering_antimeridian", -175, 62, 3},
		{"antarctica", 0, -70, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			cam := story.Camera{Center: [2]float64{c.lon, c.lat}, Zoom: c.zoom}
			img, err := Render(s, r, RenderOptions{Width: 800, Height: 560, Camera: &cam})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, fmt.Sprintf("basemap_z%g_%s.png", c.zoom, c.name), img)
		})
	}
}

// twentyCities are the places TestBasemapCacheBound flies to.
var twentyCities = [][2]float64{
	{-9.14, 38.72}, {5.32, 60.39}, {28.98, 41.01}, {114.17, 22.30}, {-74.01, 40.70}, {131.89, 43.12},
	{139.69, 35.69}, {151.21, -33.87}, {-43.17, -22.91}, {18.42, -33.92}, {-122.42, 37.77}, {103.82, 1.35},
	{12.57, 55.68}, {-70.65, -33.45}, {37.62, 55.75}, {31.24, 30.04}, {72.88, 19.08}, {-123.12, 49.28},
	{174.76, -36.85}, {-157.86, 21.31},
}

// TestBasemapCacheBound draws the basemap and its labels at zoom 3, 8 and
// 11 at twenty cities at 1280×800 and checks that the tile cache stays
// within its budget and the heap (gazetteer and label index included)
// within 150 MB.
func TestBasemapCacheBound(t *testing.T) {
	if testing.Short() {
		t.Skip("draws 60 frames")
	}
	if _, err := loadBasemap(); err != nil {
		t.Fatal(err)
	}
	rd := newRenderer()
	img := image.NewRGBA(image.Rect(0, 0, 1280, 800))
	maxUsed := int64(0)
	for _, c := range twentyCities {
		for _, z := range []float64{3, 8, 11} {
			v := newView(story.Camera{Center: c, Zoom: z}, 1280, 800, 1)
			if err := rd.drawBase(img, v, paletteFor(false)); err != nil {
				t.Fatal(err)
			}
			// The overlay too: the basemap labels (and the gazetteer they
			// come from) count.
			rd.drawOverlay(img, &frame{view: v, pal: paletteFor(false), scene: newScene(nil, nil), legend: true})
			used, _ := baseCache.stats()
			maxUsed = max(maxUsed, used)
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	used, n := baseCache.stats()
	t.Logf("after 20 cities: cache %d tiles, %.1f MB (max %.1f MB, budget %d MB); heap %.1f MB",
		n, float64(used)/(1<<20), float64(maxUsed)/(1<<20), cacheBudget>>20, float64(ms.HeapAlloc)/(1<<20))
	if maxUsed > cacheBudget {
		t.Errorf("cache held %d bytes, budget %d", maxUsed, cacheBudget)
	}
	if mb := float64(ms.HeapAlloc) / (1 << 20); mb > 150 {
		t.Errorf("heap %.1f MB after 20 cities, budget 150 MB", mb)
	}
}

// TestTileCacheEvicts checks the LRU order and the byte bound.
func TestTileCacheEvicts(t *testing.T) {
	c := newTileCache(250)
	src := &tileSource{}
	k := func(x uint32) tileKey { return tileKey{src, 1, x, 0} }
	for x := uint32(0); x < 3; x++ {
		c.put(k(x), &ptile{x: x, bytes: 100})
		c.get(k(0)) // keep 0 recently used
	}
	if c.get(k(0)) == nil || c.get(k(2)) == nil || c.get(k(1)) != nil {
		t.Errorf("after three 100-byte tiles in 250 bytes: want 0 and 2 kept, 1 evicted")
	}
	if used, n := c.stats(); used != 200 || n != 2 {
		t.Errorf("used %d bytes in %d tiles, want 200 in 2", used, n)
	}
}

// brokenArchive is an archive whose tile 0/0/0 holds bytes that are not a
// vector tile and whose tile 1/0/0 is land.
func brokenArchive(t testing.TB) []byte {
	sq := orb.Polygon{{{0, 0}, {4096, 0}, {4096, 4096}, {0, 4096}, {0, 0}}}
	land := pmtilestest.Layer("earth", pmtilestest.Feature(sq, "class", 1))
	return pmtilestest.Archive(t, false, pmtilestest.Tile{Z: 0, Data: []byte{0x1a, 0xff, 0xff, 0xff, 0x0f, 0x01}},
		pmtilestest.Tile{Z: 1, Layers: mvt.Layers{land}})
}

// TestBrokenBasemap: a bad tile is an error naming the archive, reported
// once; the map goes on drawing the tiles it can.
func TestBrokenBasemap(t *testing.T) {
	b := brokenArchive(t)
	var logged []error
	old := logTileError
	logTileError = func(err error) { logged = append(logged, err) }
	defer func() { logTileError = old }()
	src, err := openTileSource("user.pmtiles", bytes.NewReader(b), int64(len(b)), newTileCache(1<<20))
	if err != nil {
		t.Fatal(err)
	}
	bad := src.read(0, 0, 0)
	if bad.err == nil || !strings.HasPrefix(bad.err.Error(), "user.pmtiles: tile 0/0/0: ") {
		t.Errorf("bad tile error %v", bad.err)
	}
	src.read(0, 0, 0)
	if len(logged) != 1 {
		t.Errorf("logged %d errors, want 1", len(logged))
	}
	// Zoom 1 over the north-west quarter: land drawn from tile 1/0/0.
	v := newView(story.Camera{Center: [2]float64{-90, 45}, Zoom: 1}, 64, 64, 1)
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	drawTiles(img, v, &lightPalette, baseTiles(src, v, nil))
	if got := img.RGBAAt(32, 32); got.R != lightPalette.earth.R || got.G != lightPalette.earth.G {
		t.Errorf("pixel %v, want land", got)
	}
	// Truncated archives and bad headers: errors naming the file.
	for _, n := range []int{0, 50, pmtiles.HeaderLen + 3} {
		if _, err := openTileSource("user.pmtiles", bytes.NewReader(b[:n]), int64(n), newTileCache(1)); err == nil || !strings.HasPrefix(err.Error(), "user.pmtiles: ") {
			t.Errorf("archive cut at %d bytes: error %v", n, err)
		}
	}
}

// FuzzDecodeTile: any bytes decode to a tile or an error, never a panic.
func FuzzDecodeTile(f *testing.F) {
	b := brokenArchive(f)
	r, err := pmtiles.Open("t", bytes.NewReader(b), int64(len(b)))
	if err != nil {
		f.Fatal(err)
	}
	land, _, _ := r.Tile(1, 0, 0)
	f.Add(land)
	f.Add([]byte{0x1f, 0x8b, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		tl, err := decodeTile(3, 1, 2, data)
		if err == nil && tl == nil {
			t.Fatal("nil tile without error")
		}
		if err != nil {
			return
		}
		// Round trip: the layers the tile was read from, written again
		// as MVT, read back as the same tile.
		again, ok := reencoded(data)
		if !ok {
			return // orb cannot write what it read (or panicked reading it)
		}
		tl2, err := decodeTile(3, 1, 2, again)
		if err != nil {
			t.Fatalf("the re-encoded tile does not decode: %v", err)
		}
		if sig, sig2 := tileSignature(tl), tileSignature(tl2); sig != sig2 {
			t.Fatalf("round trip changed the tile: %v, then %v", sig, sig2)
		}
	})
}

// reencoded reads data as MVT layers (gunzipped first if need be) and
// writes them again; ok is false when either step fails.
func reencoded(data []byte) (out []byte, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = nil, false
		}
	}()
	if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		var err error
		if data, err = pmtiles.Gunzip(data); err != nil {
			return nil, false
		}
	}
	ls, err := mvt.Unmarshal(data)
	if err != nil {
		return nil, false
	}
	b, err := mvt.Marshal(ls)
	return b, err == nil
}

// tileSignature counts what a decoded tile draws, layer by layer.
func tileSignature(t *ptile) [8]int {
	var sig [8]int
	for lv := range t.fills {
		sig[0] += len(t.fills[lv]) * (lv + 1)
	}
	sig[1], sig[2] = len(t.coast), len(t.borders)
	for _, r := range t.regions {
		sig[3] += len(r)
	}
	for lv := range t.rivers {
		sig[4] += len(t.rivers[lv]) * (lv + 1)
	}
	sig[5], sig[6] = len(t.water), len(t.roads)
	sig[7] = int(t.extent)
	return sig
}

// TestStaleRequestsDropped: a tile requested by a view that has since been
// followed by more than staleFrames others (a flight passed over it) is
// not decoded; one still wanted is, and wakes its map.
func TestStaleRequestsDropped(t *testing.T) {
	src, err := loadBasemap()
	if err != nil {
		t.Fatal(err)
	}
	c := newTileCache(1 << 20)
	stale, fresh := tileKey{src, 8, 121, 97}, tileKey{src, 8, 122, 97}
	c.sem <- struct{}{} // both decode slots busy
	c.sem <- struct{}{}
	woke := make(chan bool, 2)
	c.request(stale, func() { woke <- true })
	for i := 0; i <= staleFrames; i++ {
		c.nextFrame()
	}
	c.request(fresh, func() { woke <- true })
	<-c.sem
	<-c.sem
	<-woke
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		c.mu.Lock()
		n := len(c.pending)
		c.mu.Unlock()
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("requests still pending")
		}
	}
	if c.get(stale) != nil || c.get(fresh) == nil {
		t.Errorf("stale tile decoded %v, fresh tile decoded %v; want false, true", c.get(stale) != nil, c.get(fresh) != nil)
	}
	select {
	case <-woke:
		t.Error("the dropped request woke its map")
	default:
	}
}

// TestSmallCacheBound draws the twenty cities through a 256 KB cache: it
// stays within its budget (a single tile larger than the budget excepted)
// and every view still gets its land.
func TestSmallCacheBound(t *testing.T) {
	src, err := loadBasemap()
	if err != nil {
		t.Fatal(err)
	}
	const budget = 256 << 10
	old := src.cache
	src.cache = newTileCache(budget)
	defer func() { src.cache = old }()
	rd := newRenderer()
	img := image.NewRGBA(image.Rect(0, 0, 640, 400))
	var maxUsed, maxTile int64
	for _, c := range twentyCities {
		v := newView(story.Camera{Center: c, Zoom: 11}, 640, 400, 1)
		if err := rd.drawBase(img, v, paletteFor(false)); err != nil {
			t.Fatal(err)
		}
		for _, td := range baseTiles(src, v, nil) {
			maxTile = max(maxTile, td.t.bytes)
		}
		used, _ := src.cache.stats()
		maxUsed = max(maxUsed, used)
		if countEarth(img) == 0 {
			t.Errorf("%v: no land drawn", c)
		}
	}
	t.Logf("256 KB cache: max %.2f MB held, largest tile %.2f MB", float64(maxUsed)/(1<<20), float64(maxTile)/(1<<20))
	if maxUsed > max(budget, maxTile) {
		t.Errorf("cache held %d bytes, budget %d", maxUsed, budget)
	}
}

// FuzzBasemapArchive: any bytes as a basemap archive give an error naming
// the file, or a source whose tiles draw (bad ones as nothing, with an
// error naming the file), never a panic.
func FuzzBasemapArchive(f *testing.F) {
	good := brokenArchive(f)
	f.Add(good)
	f.Add(good[:len(good)-4])
	f.Add(good[:pmtiles.HeaderLen+8])
	old := logTileError
	logTileError = func(error) {}
	defer func() { logTileError = old }()
	f.Fuzz(func(t *testing.T, b []byte) {
		src, err := openTileSource("user.pmtiles", bytes.NewReader(b), int64(len(b)), newTileCache(1<<20))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "user.pmtiles: ") {
				t.Fatalf("error without the file name: %v", err)
			}
			return
		}
		v := newView(story.Camera{Center: [2]float64{-90, 45}, Zoom: 1}, 32, 32, 1)
		tiles := baseTiles(src, v, nil)
		for _, td := range tiles {
			if td.t.err != nil && !strings.HasPrefix(td.t.err.Error(), "user.pmtiles: ") {
				t.Fatalf("tile error without the file name: %v", td.t.err)
			}
		}
		drawTiles(image.NewRGBA(image.Rect(0, 0, 32, 32)), v, &lightPalette, tiles)
	})
}

// The fuzz target's round trip holds on a real tile of the embedded
// basemap, which draws something.
func TestTileRoundTrip(t *testing.T) {
	src, err := loadBasemap()
	if err != nil {
		t.Fatal(err)
	}
	data, ok, err := src.r.Tile(5, 15, 10)
	if err != nil || !ok {
		t.Fatalf("tile 5/15/10: %v %v", ok, err)
	}
	tl, err := decodeTile(5, 15, 10, data)
	if err != nil {
		t.Fatal(err)
	}
	again, ok := reencoded(data)
	if !ok {
		t.Fatal("the tile could not be written again")
	}
	tl2, err := decodeTile(5, 15, 10, again)
	if err != nil {
		t.Fatal(err)
	}
	sig := tileSignature(tl)
	if sig[0] == 0 || sig[1] == 0 || sig != tileSignature(tl2) {
		t.Errorf("signatures %v, then %v", sig, tileSignature(tl2))
	}
}
