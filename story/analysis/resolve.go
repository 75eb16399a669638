package analysis

import (
	"slices"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// Resolve returns the story as Storylens shows and exports it: a copy of s
// whose Places are the story's own places followed by every other place
// the articles mention (each with its Origin); with, when s has none of its
// own, the routes and venues found in the text (origin inferred,
// approximate); and, for a draft, the steps told from the journey, each
// naming its places; less the places, routes and claims the user rejected
// (story/edit). Everything that shows a story (the
// map, the charts, the evidence panel, the exports and analyze) uses this
// one list. Sources, claims, routes and step texts are shared with s; s
// itself is not changed. With a nil report it returns s.
func Resolve(s *story.Story, r *Report) *story.Story {
	if s == nil || r == nil {
		return s
	}
	out := *s
	known := make(map[string]bool, len(s.Places))
	out.Places = make([]*story.Place, 0, len(s.Places)+len(r.Places))
	for _, p := range s.Places {
		known[p.ID] = true
		out.Places = append(out.Places, p)
	}
	for _, pr := range r.Places {
		if known[pr.ID] {
			continue
		}
		known[pr.ID] = true
		origin := pr.Origin
		if origin == "" {
			origin = story.OriginGazetteer
		}
		out.Places = append(out.Places, &story.Place{
			ID: pr.ID, Name: pr.Name, Kind: pr.Kind, Lon: pr.Lon, Lat: pr.Lat,
			Origin: origin, Approximate: pr.Approximate, Precision: pr.Precision,
			Provenance: provenanceOf(pr),
		})
	}
	shown := s
	if r.shown != nil {
		shown = r.shown
	}
	out.Routes, out.Venues = shown.Routes, shown.Venues
	if s.Draft && len(r.Steps) == len(shown.Steps) {
		out.Steps = make([]story.Step, len(shown.Steps))
		for i, st := range shown.Steps {
			if len(st.Places) == 0 {
				st.Places = append([]string(nil), r.Steps[i].Places...)
			}
			out.Steps[i] = st
		}
	}
	// What the user deleted (story/edit) stays deleted when the articles
	// are analysed again.
	return edit.DropRejected(&out)
}

// provenanceOf says where a found place's position comes from.
func provenanceOf(pr PlaceReport) string {
	switch {
	case pr.Precision == "city":
		return "placed by Storylens at the place it is in (approximate)"
	case pr.Origin == story.OriginInferred:
		return "inferred by Storylens from the articles (approximate)"
	default:
		return "gazetteer (see the About box for its sources)"
	}
}

// dropRejectedClaims removes the discovered claims the user rejected
// (edit.RejectDiscoveredClaim lists them in the story's extra), so that they
// count nowhere: not in the claims, the coverage or any source's claims.
func dropRejectedClaims(s *story.Story, cs []ClaimReport) []ClaimReport {
	rejected := edit.Rejected(s).Claims
	if len(rejected) == 0 {
		return cs
	}
	out := cs[:0:0]
	for _, c := range cs {
		if c.Origin == "discovered" && slices.Contains(rejected, c.ID) {
			continue
		}
		out = append(out, c)
	}
	return out
}
