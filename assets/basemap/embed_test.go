package basemap

import (
	"strings"
	"testing"

	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/maptile"

	"github.com/storylens/storylens/internal/pmtiles"
)

func TestArchive(t *testing.T) {
	a, err := Archive()
	if err != nil {
		t.Fatal(err)
	}
	if a.Header.MinZoom != 0 || a.Header.MaxZoom < 8 {
		t.Errorf("zooms %d-%d, want 0 to at least 8", a.Header.MinZoom, a.Header.MaxZoom)
	}
	ls, err := Layers()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, l := range ls {
		names = append(names, l.Name)
	}
	if got := strings.Join(names, ","); got != "earth,boundary,waterway" {
		t.Errorf("layers %s", got)
	}
	// Land around the world at zoom 8: each place's tile has earth, with a
	// detailed coast where there is one.
	for _, c := range []struct {
		name      string
		lon, lat  float64
		minPoints int
	}{{"Lisbon", -9.14, 38.72, 200}, {"Bergen", 5.32, 60.39, 1000}, {"Hong Kong", 114.17, 22.30, 500}, {"New York", -74.01, 40.70, 200},
		{"Vladivostok", 131.89, 43.12, 150}, {"McMurdo Sound, Antarctica", 166.67, -77.85, 4}, {"Fiji at the antimeridian", 179.9, -16.6, 50}} {
		tl, layers, ok := tileAt(t, a, c.name, c.lon, c.lat, 8)
		if !ok {
			continue
		}
		points := 0
		for _, l := range layers {
			if l.Name != "earth" {
				continue
			}
			for _, f := range l.Features {
				for _, n := range ringsOf(f.Geometry) {
					points += n
				}
			}
		}
		if points < c.minPoints {
			t.Errorf("%s: tile %v has %d earth points, want at least %d", c.name, tl, points, c.minPoints)
		}
	}
}

func TestAttributionNamesSources(t *testing.T) {
	for _, s := range []string{Attribution, Credits} {
		if !strings.Contains(s, "GSHHG") || !strings.Contains(s, "Natural Earth") || !strings.Contains(s, "DCW-GMT") {
			t.Errorf("%q does not name GSHHG, Natural Earth and DCW-GMT", s)
		}
	}
	if !strings.Contains(Credits, "QGIS") || !strings.Contains(Credits, "GPL-2.0-or-later") {
		t.Errorf("Credits do not name QGIS, which generalized the world's region polygons, and its licence")
	}
}

// TestRegionBordersEverywhere: first-level region borders (boundary class
// 4) are in the zoom-6 tiles of countries on every continent, from each of
// the three sources (Natural Earth 50m lines: USA, Brazil; DCW-GMT: India,
// Russia; the QGIS-generalized Natural Earth 10m polygons: the rest).
func TestRegionBordersEverywhere(t *testing.T) {
	a, err := Archive()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		lon, lat float64
	}{{"Kansas, USA", -98, 39}, {"Goiás, Brazil", -50, -15}, {"Madhya Pradesh, India", 78, 22}, {"Moscow Oblast, Russia", 38, 55.5},
		{"Hesse, Germany", 9.5, 51}, {"Castile, Spain", -4, 40}, {"Jalisco, Mexico", -103, 21}, {"Cundinamarca, Colombia", -74, 4.6},
		{"Nigeria", 7.5, 9.5}, {"Kazakhstan", 70, 48}, {"Honshu, Japan", 138.5, 36}, {"Ukraine", 31, 49}} {
		tl, layers, ok := tileAt(t, a, c.name, c.lon, c.lat, 6)
		if !ok {
			continue
		}
		n := 0
		for _, l := range layers {
			if l.Name != "boundary" {
				continue
			}
			for _, f := range l.Features {
				if v, ok := f.Properties["class"].(float64); ok && v == 4 {
					n++
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: tile 6/%d/%d has no region border", c.name, tl.X, tl.Y)
		}
	}
}

// tileAt returns the archive's tile at zoom z holding lon/lat (name is the
// place, for messages) and its decoded layers; false (with an error
// reported) when the archive has no such tile.
func tileAt(t *testing.T, a *pmtiles.Reader, name string, lon, lat float64, z maptile.Zoom) (maptile.Tile, mvt.Layers, bool) {
	t.Helper()
	tl := maptile.At([2]float64{lon, lat}, z)
	data, ok, err := a.Tile(uint8(z), tl.X, tl.Y)
	if err != nil || !ok {
		t.Errorf("%s: tile %v: %v %v", name, tl, ok, err)
		return tl, nil, false
	}
	layers, err := mvt.Unmarshal(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return tl, layers, true
}
