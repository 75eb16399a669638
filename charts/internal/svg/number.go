package svg

import (
	"math"
	"strconv"
	"strings"
)

// Number reads a number attribute ("12", "1.5e1", "3px"); it returns def
// when s is empty, not a number, NaN or infinite.
func Number(s string, def float64) float64 {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "px"))
	if s == "" {
		return def
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return def
	}
	return v
}
