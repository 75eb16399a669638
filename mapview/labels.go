package mapview

import (
	"image"
	"sort"
)

// labelCand is a label that wants to be drawn next to an anchor.
type labelCand struct {
	ID       string
	W, H     int     // label size in pixels
	X, Y     float64 // anchor (symbol centre)
	Gap      float64 // distance from anchor to label (symbol radius + margin)
	Priority float64 // higher first
}

// placedLabel is a label that found room, with its box.
type placedLabel struct {
	ID  string
	Box image.Rectangle
}

// placeLabels places labels greedily by priority: each tries right, left,
// above and below its anchor, and is kept at the first position whose box
// is inside bounds and overlaps neither a placed label nor a reserved box
// (legend, scale bar, symbols of important places). Placed labels never
// overlap.
func placeLabels(cands []labelCand, bounds image.Rectangle, reserved []image.Rectangle) []placedLabel {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return cands[order[a]].Priority > cands[order[b]].Priority })
	taken := append([]image.Rectangle(nil), reserved...)
	var out []placedLabel
	for _, i := range order {
		c := cands[i]
		x, y, g := int(c.X), int(c.Y), int(c.Gap+0.5)
		tries := []image.Point{
			{x + g, y - c.H/2},       // right
			{x - g - c.W, y - c.H/2}, // left
			{x - c.W/2, y - g - c.H}, // above
			{x - c.W/2, y + g},       // below
			{x + g, y - c.H},         // upper right
			{x + g, y},               // lower right
		}
		for _, t := range tries {
			box := image.Rect(t.X, t.Y, t.X+c.W, t.Y+c.H)
			if !box.In(bounds) {
				continue
			}
			free := true
			for _, o := range taken {
				if box.Overlaps(o) {
					free = false
					break
				}
			}
			if free {
				taken = append(taken, box)
				out = append(out, placedLabel{ID: c.ID, Box: box})
				break
			}
		}
	}
	return out
}
