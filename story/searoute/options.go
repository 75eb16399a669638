package searoute

import (
	"math"

	"github.com/paulmach/orb"
)

// Options tune RouteWith. The zero value is Route's behaviour.
type Options struct {
	// ReachKm, when more than MaxSnapKm, is how far an end that has no
	// open sea within MaxSnapKm (a country's representative point, a city
	// far inland) may be moved to reach it: the end moves to the open-sea
	// cell that is nearest it, counting half the distance from that cell
	// to the other end too (so that a country's end is on its coast facing
	// the other end), and the path starts or ends there instead.
	ReachKm float64
	// MaxLat, when positive, closes the sea poleward of MaxLat north and
	// south: the path stays between -MaxLat and MaxLat (the mask knows no
	// sea ice, so an unbounded path from Shanghai to Rotterdam runs north
	// of Greenland). An end beyond it is ErrInland.
	MaxLat float64
}

// reachPull is the weight of the distance to the other end when an
// inland end is moved to the sea (Options.ReachKm).
const reachPull = 0.5

// rows is the band of fine rows opt lets a path use.
func (opt Options) rows() rows {
	if opt.MaxLat <= 0 || opt.MaxLat >= 85 {
		return allRows
	}
	_, top := cellOf(orb.Point{0, opt.MaxLat})
	_, bottom := cellOf(orb.Point{0, -opt.MaxLat})
	return rows{int(math.Ceil(top)), int(math.Floor(bottom)) - 1}
}

// hasLine reports whether every point of l lies in the band.
func (r rows) hasLine(l orb.LineString) bool {
	for _, p := range l {
		_, y := cellOf(p)
		if !r.has(int(y)) {
			return false
		}
	}
	return true
}
