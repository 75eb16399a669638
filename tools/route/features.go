package main

import (
	"bytes"
	"fmt"
	"regexp"
)

// Feature is a GeoJSON LineString feature of routes.geojson.
type Feature struct {
	Type       string         `json:"type"`
	Properties map[string]any `json:"properties"`
	Geometry   Geometry       `json:"geometry"`
}

// Geometry is a GeoJSON LineString.
type Geometry struct {
	Type        string       `json:"type"`
	Coordinates [][2]float64 `json:"coordinates"`
}

// Collection is a GeoJSON FeatureCollection.
type Collection struct {
	Type     string    `json:"type"`
	Features []Feature `json:"features"`
}

const railProvenance = "Hand-drawn along the railway (Pyongra line Pyongyang-Hamhung-Chongjin-Rajin, Hongui line " +
	"Rajin-Tumangang, Friendship Bridge, Khasan-Baranovsky line, Trans-Siberian Baranovsky-Vladivostok) from " +
	"GeoNames town coordinates and hand-placed stations, vertices +-1-3 km at towns and +-3-8 km between them; " +
	"checked every 0.3 km against the GSHHG full shoreline (no sample in the sea). Not surveyed: the real line " +
	"has many more curves, so lengths computed from it are lower bounds. See PROVENANCE.md and tools/route/."

const roadProvenance = "Hand-drawn road from Vladivostok station over the Golden Bridge and the Russky Bridge to " +
	"the Far Eastern Federal University campus, +-0.5 km; it crosses the Golden Horn and the Eastern Bosphorus " +
	"strait on the bridges. See PROVENANCE.md and tools/route/."

// Features builds the routes of the bundled story from the waypoints.
func Features(rail, road []Waypoint) (*Collection, error) {
	toKhasan, err := Slice(rail, "pyongyang-station", "khasan-station")
	if err != nil {
		return nil, fmt.Errorf("rail.tsv: %w", err)
	}
	return &Collection{Type: "FeatureCollection", Features: []Feature{
		feature("rail-pyongyang-vladivostok", "Armored train Pyongyang - Khasan - Vladivostok (railway)", "rail", rail, railProvenance),
		feature("rail-pyongyang-khasan", "Armored train Pyongyang - Tumangang - Khasan border crossing (railway)", "rail", toKhasan, railProvenance),
		feature("road-vladivostok-fefu", "Vladivostok station - Russky Bridge - Far Eastern Federal University (road)", "road", road, roadProvenance),
	}}, nil
}

func feature(id, name, mode string, wps []Waypoint, prov string) Feature {
	var coords [][2]float64
	stops := []string{}
	for _, w := range wps {
		coords = append(coords, [2]float64{w.Lon, w.Lat})
		if w.Stop != "" {
			stops = append(stops, w.Stop)
		}
	}
	return Feature{
		Type: "Feature",
		Properties: map[string]any{
			"id": id, "name": name, "mode": mode, "stops": stops,
			"provenance": prov, "approximate": true,
		},
		Geometry: Geometry{Type: "LineString", Coordinates: coords},
	}
}

var coordRE = regexp.MustCompile(`\[\s*(-?[0-9.]+),\s*(-?[0-9.]+)\s*\]`)

// compactCoords puts each [lon, lat] pair of indented JSON on one line.
func compactCoords(b []byte) []byte {
	return coordRE.ReplaceAllFunc(b, func(m []byte) []byte {
		s := coordRE.FindSubmatch(m)
		return bytes.Join([][]byte{[]byte("["), s[1], []byte(", "), s[2], []byte("]")}, nil)
	})
}
