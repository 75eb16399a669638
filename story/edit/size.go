package edit

import (
	"unsafe"

	"github.com/storylens/storylens/story"
)

// newBytes estimates the memory of next that it does not share with prev:
// the slices an operation copied and the values it replaced.
func newBytes(prev, next *story.Story) int {
	n := int(unsafe.Sizeof(story.Story{}))
	if !sameSlice(prev.Steps, next.Steps) {
		n += len(next.Steps) * int(unsafe.Sizeof(story.Step{}))
	}
	n += pointers(prev.Places, next.Places, func(p *story.Place) int { return int(unsafe.Sizeof(*p)) + 16*len(p.Aliases) })
	n += pointers(prev.Routes, next.Routes, func(r *story.Route) int { return int(unsafe.Sizeof(*r)) + 16*len(r.Stops) + 16*len(r.Line) })
	n += pointers(prev.Claims, next.Claims, func(c *story.Claim) int { return int(unsafe.Sizeof(*c)) + 16*len(c.Matchers) })
	return n
}

// pointers estimates a copied slice of pointers and the values in next that
// prev does not have.
func pointers[T any](prev, next []*T, size func(*T) int) int {
	if sameSlice(prev, next) {
		return 0
	}
	old := make(map[*T]bool, len(prev))
	for _, x := range prev {
		old[x] = true
	}
	n := 8 * len(next)
	for _, x := range next {
		if !old[x] {
			n += size(x)
		}
	}
	return n
}

// sameSlice reports whether a and b are the same slice (same elements in
// the same memory).
func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
