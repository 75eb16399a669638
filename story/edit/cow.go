package edit

import (
	"slices"

	"github.com/storylens/storylens/story"
)

// Copy-on-write helpers: each returns a new slice and leaves its argument
// unchanged, so that earlier states stay exactly as they were.

// stepIndex returns the index of the step with the given id, or -1.
func stepIndex(s *story.Story, id string) int {
	return slices.IndexFunc(s.Steps, func(st story.Step) bool { return st.ID == id })
}

// withStep returns a copy of s.Steps with step i replaced by st.
func withStep(s *story.Story, i int, st story.Step) []story.Step {
	out := slices.Clone(s.Steps)
	out[i] = st
	return out
}

// placeIndex returns the index of the place with the given id, or -1.
func placeIndex(s *story.Story, id string) int {
	return slices.IndexFunc(s.Places, func(p *story.Place) bool { return p.ID == id })
}

// routeIndex returns the index of the route with the given id, or -1.
func routeIndex(s *story.Story, id string) int {
	return slices.IndexFunc(s.Routes, func(r *story.Route) bool { return r.ID == id })
}

// claimIndex returns the index of the claim with the given id, or -1.
func claimIndex(s *story.Story, id string) int {
	return slices.IndexFunc(s.Claims, func(c *story.Claim) bool { return c.ID == id })
}

// replaced returns a copy of xs with element i set to x.
func replaced[T any](xs []T, i int, x T) []T {
	out := slices.Clone(xs)
	out[i] = x
	return out
}

// removed returns a copy of xs without element i; nil when it becomes empty.
func removed[T any](xs []T, i int) []T {
	if len(xs) == 1 {
		return nil
	}
	out := make([]T, 0, len(xs)-1)
	out = append(out, xs[:i]...)
	return append(out, xs[i+1:]...)
}

// inserted returns a copy of xs with x inserted at i.
func inserted[T any](xs []T, i int, x T) []T {
	out := make([]T, 0, len(xs)+1)
	out = append(out, xs[:i]...)
	out = append(out, x)
	return append(out, xs[i:]...)
}

// moved returns a copy of xs with element from moved to index to.
func moved[T any](xs []T, from, to int) []T {
	out := slices.Clone(xs)
	x := out[from]
	if from < to {
		copy(out[from:to], out[from+1:to+1])
	} else {
		copy(out[to+1:from+1], out[to:from])
	}
	out[to] = x
	return out
}

// without returns a copy of ids without id, and whether id was there; nil
// when nothing is left. ids itself is returned when id is not in it.
func without(ids []string, id string) ([]string, bool) {
	if !slices.Contains(ids, id) {
		return ids, false
	}
	var out []string
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out, true
}

// usedBy returns the indexes of the steps whose list (picked by ids)
// contains id.
func usedBy(s *story.Story, id string, ids func(story.Step) []string) []int {
	var out []int
	for i, st := range s.Steps {
		if slices.Contains(ids(st), id) {
			out = append(out, i)
		}
	}
	return out
}

// nilIfEmpty normalises an empty list to nil, as story.Load does.
func nilIfEmpty(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	return slices.Clone(ids)
}
