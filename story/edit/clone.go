package edit

import (
	"slices"

	"github.com/storylens/storylens/story"
)

// Clone returns a deep copy of s: steps, places, routes, claims, sources and
// the Extra maps are all copied, so that changing the copy never changes s.
// Only each source's parsed article (Source.Article) and raw bytes
// (Source.Raw) are shared; no operation changes them.
func Clone(s *story.Story) *story.Story {
	if s == nil {
		return nil
	}
	out := *s
	out.Venues = slices.Clone(s.Venues)
	out.Extra = cloneExtra(s.Extra)
	if s.Steps != nil {
		out.Steps = make([]story.Step, len(s.Steps))
		for i, st := range s.Steps {
			out.Steps[i] = cloneStep(st)
		}
	}
	out.Sources = cloneAll(s.Sources, func(src story.Source) story.Source { return src })
	out.Places = cloneAll(s.Places, func(p story.Place) story.Place {
		p.Aliases = slices.Clone(p.Aliases)
		return p
	})
	out.Routes = cloneAll(s.Routes, func(r story.Route) story.Route {
		r.Stops = slices.Clone(r.Stops)
		r.Line = slices.Clone(r.Line)
		return r
	})
	out.Claims = cloneAll(s.Claims, func(c story.Claim) story.Claim {
		c.Matchers = slices.Clone(c.Matchers)
		return c
	})
	return &out
}

// cloneAll copies a slice of pointers and the values they point to, with
// deep copying the inside of each value. A nil pointer stays nil.
func cloneAll[T any](xs []*T, deep func(T) T) []*T {
	if xs == nil {
		return nil
	}
	out := make([]*T, len(xs))
	for i, x := range xs {
		if x != nil {
			v := deep(*x)
			out[i] = &v
		}
	}
	return out
}

// cloneStep copies a step and everything it holds.
func cloneStep(st story.Step) story.Step {
	st.Places = slices.Clone(st.Places)
	st.Claims = slices.Clone(st.Claims)
	st.Sources = slices.Clone(st.Sources)
	if st.Route != nil {
		r := *st.Route
		st.Route = &r
	}
	if st.Camera != nil {
		c := *st.Camera
		st.Camera = &c
	}
	st.Extra = cloneExtra(st.Extra)
	return st
}

// cloneExtra deep-copies a map of decoded JSON values (maps and slices are
// copied; other values are immutable).
func cloneExtra(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = cloneJSON(v)
	}
	return out
}

func cloneJSON(v any) any {
	switch x := v.(type) {
	case map[string]any:
		return cloneExtra(x)
	case []any:
		if x == nil {
			return x
		}
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = cloneJSON(e)
		}
		return out
	case []string:
		return slices.Clone(x)
	default:
		return v
	}
}
