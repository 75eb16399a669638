package cli

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// parseNumbers reads n comma-separated finite numbers ("131.9,43.1").
func parseNumbers(s string, n int, what string) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("%s %q: want %d numbers separated by commas, got %d", what, s, n, len(parts))
	}
	out := make([]float64, n)
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%s %q: %q is not a number", what, s, strings.TrimSpace(p))
		}
		out[i] = v
	}
	return out, nil
}

// parseCenter reads --center LON,LAT.
func parseCenter(s string) (orb.Point, error) {
	v, err := parseNumbers(s, 2, "--center")
	if err != nil {
		return orb.Point{}, err
	}
	if v[0] < -180 || v[0] > 180 || v[1] < -85 || v[1] > 85 {
		return orb.Point{}, fmt.Errorf("--center %q: longitude must be in -180..180 and latitude in -85..85", s)
	}
	return orb.Point{v[0], v[1]}, nil
}

// parseBounds reads --bounds WEST,SOUTH,EAST,NORTH. EAST may be below WEST
// for a box across the antimeridian (170,-20,-170,-10); it is then moved
// past 180.
func parseBounds(s string) (orb.Bound, error) {
	v, err := parseNumbers(s, 4, "--bounds")
	if err != nil {
		return orb.Bound{}, err
	}
	w, so, e, n := v[0], v[1], v[2], v[3]
	if w < -180 || w > 180 || e < -180 || e > 180 || so < -85 || so > 85 || n < -85 || n > 85 {
		return orb.Bound{}, fmt.Errorf("--bounds %q: longitudes must be in -180..180 and latitudes in -85..85", s)
	}
	if so >= n {
		return orb.Bound{}, fmt.Errorf("--bounds %q: south (%g) must be below north (%g)", s, so, n)
	}
	if e < w {
		e += 360
	}
	if e == w {
		return orb.Bound{}, fmt.Errorf("--bounds %q: west and east are the same", s)
	}
	return orb.Bound{Min: orb.Point{w, so}, Max: orb.Point{e, n}}, nil
}
