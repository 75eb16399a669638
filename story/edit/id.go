package edit

import (
	"strconv"

	"github.com/storylens/storylens/story"
)

// UniqueID returns an id made from base (lower-case letters and digits
// joined by hyphens, accents removed, at most about 48 bytes) that no step,
// place, route or claim of s uses: the slug itself, or the slug followed by
// -2, -3, ... An empty slug becomes "item".
func UniqueID(s *story.Story, base string) string {
	b := Slug(base)
	if b == "" {
		b = "item"
	}
	id := b
	for n := 2; taken(s, id); n++ {
		id = b + "-" + strconv.Itoa(n)
	}
	return id
}

// Slug is story.Slug (kept for the callers of this package).
func Slug(name string) string { return story.Slug(name) }

// taken reports whether a step, place, route or claim of s has the id.
func taken(s *story.Story, id string) bool {
	return stepIndex(s, id) >= 0 || placeIndex(s, id) >= 0 || routeIndex(s, id) >= 0 || claimIndex(s, id) >= 0
}
