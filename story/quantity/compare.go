package quantity

import (
	"fmt"
	"math"
)

// Hedges that make a stated value a bound rather than a point.
var (
	lowerBounds = map[string]bool{"more than": true, "at least": true, "over": true, "or more": true,
		"or longer": true, "plus": true}
	upperBounds = map[string]bool{"less than": true, "fewer than": true, "at most": true, "up to": true,
		"under": true, "or less": true}
	approximate = map[string]bool{"about": true, "around": true, "roughly": true, "approximately": true,
		"nearly": true, "almost": true, "some": true, "or so": true, "an estimated": true, "estimated": true}
)

// compare compares a stated value with a reference (same unit), with a
// relative tolerance: it returns -1 when stated is shorter than the
// reference beyond the tolerance, +1 when longer, 0 when consistent, and the
// relative difference (stated - ref) / ref. A lower bound ("more than 18
// months") is consistent with any larger reference, an upper bound with any
// smaller one.
func compare(stated, ref, tol float64, qual string) (int, float64) {
	if ref == 0 {
		return 0, 0
	}
	rel := (stated - ref) / ref
	switch {
	case lowerBounds[qual] && rel <= tol:
		return 0, rel
	case upperBounds[qual] && rel >= -tol:
		return 0, rel
	case math.Abs(rel) <= tol:
		return 0, rel
	case rel < 0:
		return -1, rel
	}
	return 1, rel
}

// pct formats a relative difference as a percentage with one decimal below
// 10% ("2.4%", "17%").
func pct(rel float64) string {
	p := math.Abs(rel) * 100
	if p < 10 {
		return fmt.Sprintf("%.1f%%", p)
	}
	return fmt.Sprintf("%.0f%%", p)
}

// num formats a value with one decimal below 10, none above.
func num(v float64) string {
	if math.Abs(v) < 10 {
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.0f", v)
}
