package edit

import (
	"slices"

	"github.com/storylens/storylens/story"
)

// DropRejected returns s without the places, routes and claims its
// rejected lists name (see Rejected), and without their ids in the steps,
// the venues and the routes' stops: what to show after analysing the
// articles again (e.g. applied to analysis.Resolve's result), so that what
// the user deleted stays deleted. s is not changed; what is not dropped is
// shared with it. With nothing rejected it returns s itself.
func DropRejected(s *story.Story) *story.Story {
	rej := Rejected(s)
	if s == nil || len(rej.Places)+len(rej.Routes)+len(rej.Claims) == 0 {
		return s
	}
	out := *s
	keep := func(ids []string, drop []string) []string {
		if !slices.ContainsFunc(ids, func(id string) bool { return slices.Contains(drop, id) }) {
			return ids
		}
		var kept []string
		for _, id := range ids {
			if !slices.Contains(drop, id) {
				kept = append(kept, id)
			}
		}
		return kept
	}
	out.Places = dropByID(s.Places, rej.Places, func(p *story.Place) string { return p.ID })
	out.Claims = dropByID(s.Claims, rej.Claims, func(c *story.Claim) string { return c.ID })
	out.Routes = dropByID(s.Routes, rej.Routes, func(r *story.Route) string { return r.ID })
	for i, r := range out.Routes {
		if stops := keep(r.Stops, rej.Places); len(stops) != len(r.Stops) {
			c := *r
			c.Stops = stops
			out.Routes = replaced(out.Routes, i, &c)
		}
	}
	out.Venues = keep(s.Venues, rej.Places)
	out.Steps = make([]story.Step, len(s.Steps))
	for i, st := range s.Steps {
		st.Places = keep(st.Places, rej.Places)
		st.Claims = keep(st.Claims, rej.Claims)
		if st.Route != nil && slices.Contains(rej.Routes, *st.Route) {
			st.Route = nil
		}
		out.Steps[i] = st
	}
	return &out
}

// dropByID returns xs without the items whose id is in drop; xs itself when
// none is.
func dropByID[T any](xs []*T, drop []string, id func(*T) string) []*T {
	if !slices.ContainsFunc(xs, func(x *T) bool { return slices.Contains(drop, id(x)) }) {
		return xs
	}
	var out []*T
	for _, x := range xs {
		if !slices.Contains(drop, id(x)) {
			out = append(out, x)
		}
	}
	return out
}
