package storymapjs

import (
	"strconv"

	"github.com/storylens/storylens/story"
)

// slug is story.Slug.
func slug(name string) string { return story.Slug(name) }

// ids hands out unique ids.
type ids map[string]bool

// unique returns base, or base-2, base-3, ... when base is taken; fallback
// is used when base is empty.
func (u ids) unique(base, fallback string) string {
	if base == "" {
		base = fallback
	}
	id := base
	for n := 2; u[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	u[id] = true
	return id
}
