package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Waypoint is one hand-placed vertex of a route.
type Waypoint struct {
	Lat, Lon float64
	// Stop is the place id when the vertex is a named stop, else "".
	Stop string
	Note string
	Line int // 1-based line in the waypoint file
}

// ParseWaypoints reads a tab-separated waypoint file: lat, lon, stop (a place
// id or "-") and a note per line; blank lines and lines starting with # are
// skipped. Errors name the file and line.
func ParseWaypoints(name string, r io.Reader) ([]Waypoint, error) {
	var wps []Waypoint
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("%s:%d: want lat<TAB>lon<TAB>stop<TAB>note, got %d fields", name, line, len(f))
		}
		lat, err := strconv.ParseFloat(strings.TrimSpace(f[0]), 64)
		if err != nil || !(lat >= -90 && lat <= 90) {
			return nil, fmt.Errorf("%s:%d: latitude %q is not a number in [-90, 90]", name, line, f[0])
		}
		lon, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err != nil || !(lon >= -180 && lon <= 180) {
			return nil, fmt.Errorf("%s:%d: longitude %q is not a number in [-180, 180]", name, line, f[1])
		}
		w := Waypoint{Lat: lat, Lon: lon, Line: line}
		if s := strings.TrimSpace(f[2]); s != "-" && s != "" {
			w.Stop = s
		}
		if len(f) > 3 {
			w.Note = strings.TrimSpace(strings.Join(f[3:], " "))
		}
		wps = append(wps, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(wps) < 2 {
		return nil, fmt.Errorf("%s: a route needs at least 2 waypoints, got %d", name, len(wps))
	}
	return wps, nil
}

// Slice returns the waypoints from stop from to stop to, inclusive.
func Slice(wps []Waypoint, from, to string) ([]Waypoint, error) {
	i, j := -1, -1
	for k, w := range wps {
		if w.Stop == from && i < 0 {
			i = k
		}
		if w.Stop == to {
			j = k
		}
	}
	if i < 0 || j < 0 || j <= i {
		return nil, fmt.Errorf("stops %q .. %q not found in order", from, to)
	}
	return wps[i : j+1], nil
}

// Sample is a point on a route segment, for the land check.
type Sample struct {
	Lon, Lat float64
	Seg      int // index of the segment's first waypoint
}

// Densify returns points every step km (or closer) along the route, the
// waypoints included, using an equirectangular approximation that is good to
// well under 1% at these distances.
func Densify(wps []Waypoint, stepKm float64) []Sample {
	var out []Sample
	for i := 0; i+1 < len(wps); i++ {
		a, b := wps[i], wps[i+1]
		d := approxKm(a, b)
		n := int(math.Ceil(d/stepKm)) + 1
		for k := 0; k < n; k++ {
			t := float64(k) / float64(n)
			out = append(out, Sample{Lon: a.Lon + t*(b.Lon-a.Lon), Lat: a.Lat + t*(b.Lat-a.Lat), Seg: i})
		}
	}
	last := wps[len(wps)-1]
	return append(out, Sample{Lon: last.Lon, Lat: last.Lat, Seg: len(wps) - 1})
}

func approxKm(a, b Waypoint) float64 {
	const r = 6371.0
	x := (b.Lon - a.Lon) * math.Cos((a.Lat+b.Lat)/2*math.Pi/180)
	y := b.Lat - a.Lat
	return math.Hypot(x, y) * math.Pi / 180 * r
}
