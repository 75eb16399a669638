package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Natural Earth comes from a git copy of the public-domain (CC0) GitHub
// repository martynafford/natural-earth-geojson, read at a pinned commit so
// that the output does not depend on the copy's checkout.
const (
	neRepo   = "martynafford/natural-earth-geojson"
	neCommit = "0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e" // 2024-01-24
	// neAdmin1Points: label points of every first-level region (states,
	// provinces, oblasts, ...) worldwide, with names and ISO country codes.
	neAdmin1Points = "10m/cultural/ne_10m_admin_1_label_points.7z"
	// neAdmin1Polys: polygons and alternate names of the first-level regions
	// of the United States, Canada, Brazil and Australia (the only countries
	// at 50m; the 10m polygons are too large for the snapshot).
	neAdmin1Polys = "50m/cultural/ne_50m_admin_1_states_provinces.json"
	// neCountries: country polygons, for country bounds.
	neCountries = "50m/cultural/ne_50m_admin_0_countries.7z"
	// neBorders: international land borders, for the border-town rule.
	neBorders = "10m/cultural/ne_10m_admin_0_boundary_lines_land.json"
)

// neSource gives the content of a Natural Earth file by its path in the
// repository (tests use a map).
type neSource interface {
	read(path string) ([]byte, error)
}

// naturalEarth reads files of the Natural Earth repository from a git
// directory (bare or not) at neCommit; ".7z" files are unpacked with 7z
// (Debian p7zip-full).
type naturalEarth struct {
	gitDir string
}

// read returns the content of path (a .7z holds one file: its content).
func (ne naturalEarth) read(path string) ([]byte, error) {
	cmd := exec.Command("git", "--git-dir", ne.gitDir, "show", neCommit+":"+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	data, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("natural earth %s at %s: %v: %s", path, neCommit[:12], err, strings.TrimSpace(stderr.String()))
	}
	if !strings.HasSuffix(path, ".7z") {
		return data, nil
	}
	tmp, err := os.MkdirTemp("", "gengazetteer-ne")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	arc := filepath.Join(tmp, filepath.Base(path))
	if err := os.WriteFile(arc, data, 0o600); err != nil {
		return nil, err
	}
	cmd = exec.Command("7z", "e", "-so", arc)
	stderr.Reset()
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("natural earth %s: 7z: %v: %s", path, err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// feature is a GeoJSON feature with its properties kept raw.
type feature struct {
	Properties map[string]any `json:"properties"`
	Geometry   struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	} `json:"geometry"`
}

// readFeatures decodes a GeoJSON FeatureCollection.
func readFeatures(name string, data []byte) ([]feature, error) {
	var fc struct {
		Features []feature `json:"features"`
	}
	if err := json.Unmarshal(data, &fc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return fc.Features, nil
}

// str returns a string property, "" when absent or null.
func (f *feature) str(key string) string {
	s, _ := f.Properties[key].(string)
	return strings.TrimSpace(s)
}

// num returns a numeric property and whether it is there.
func (f *feature) num(key string) (float64, bool) {
	v, ok := f.Properties[key].(float64)
	return v, ok
}

// lines returns the geometry as lines of [lon, lat] points: the rings of
// polygons, or the line strings; points give one line of one point.
func (f *feature) lines() ([][][2]float64, error) {
	c := f.Geometry.Coordinates
	var out [][][2]float64
	var err error
	switch f.Geometry.Type {
	case "Point":
		var p [2]float64
		err = json.Unmarshal(c, &p)
		out = [][][2]float64{{p}}
	case "LineString":
		var l [][2]float64
		err = json.Unmarshal(c, &l)
		out = [][][2]float64{l}
	case "MultiLineString", "Polygon":
		err = json.Unmarshal(c, &out)
	case "MultiPolygon":
		var ps [][][][2]float64
		err = json.Unmarshal(c, &ps)
		for _, p := range ps {
			out = append(out, p...)
		}
	default:
		return nil, fmt.Errorf("geometry type %q", f.Geometry.Type)
	}
	return out, err
}

// featureBounds is the box of a feature's geometry.
func featureBounds(f *feature) (bounds, bool, error) {
	ls, err := f.lines()
	if err != nil {
		return bounds{}, false, err
	}
	var lons, lats []float64
	for _, l := range ls {
		for _, p := range l {
			lons, lats = append(lons, p[0]), append(lats, p[1])
		}
	}
	b, ok := boundsOf(lons, lats)
	return b, ok, nil
}
