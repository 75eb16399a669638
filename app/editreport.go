package app

import (
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// reportFor adapts base, the analysis of the story as it was opened, to s,
// the story as edited, without analysing the articles again: the panels
// (map, charts, evidence) then show the edited places, routes and steps.
//
//   - Places follow s: its names, kinds, positions, origins and
//     approximations; mentions, sources and evidence stay the analysis' for
//     the same id (a renamed place keeps its old name as an alias, so they
//     still hold); a new place has none; a deleted one is gone.
//   - Routes keep the analysis' figures for the routes s still has.
//   - Steps follow s's order by id, the analysis' resolved lists and views
//     kept for the steps it knew; new steps have their own lists only.
//   - Sources and claims no longer list deleted places and claims.
//
// base is never changed; nil gives nil.
func reportFor(s *story.Story, base *analysis.Report) *analysis.Report {
	if s == nil || base == nil {
		return base
	}
	out := *base
	out.Title = s.Title

	known := map[string]analysis.PlaceReport{}
	for _, p := range base.Places {
		known[p.ID] = p
	}
	placeIDs := map[string]bool{}
	out.Places = make([]analysis.PlaceReport, 0, len(s.Places))
	for _, p := range s.Places {
		placeIDs[p.ID] = true
		pr := known[p.ID]
		pr.ID, pr.Name, pr.Kind, pr.Lon, pr.Lat = p.ID, p.Name, p.Kind, p.Lon, p.Lat
		pr.Origin, pr.Approximate, pr.Precision = p.Origin, p.Approximate, p.Precision
		if pr.Origin == "" {
			pr.Origin = story.OriginStory
		}
		out.Places = append(out.Places, pr)
	}

	routeIDs := map[string]bool{}
	for _, r := range s.Routes {
		routeIDs[r.ID] = true
	}
	out.Routes = nil
	for _, r := range base.Routes {
		if routeIDs[r.ID] {
			out.Routes = append(out.Routes, r)
		}
	}

	claimIDs := map[string]bool{}
	for _, c := range base.Claims {
		claimIDs[c.ID] = true
	}

	steps := map[string]analysis.StepReport{}
	for _, st := range base.Steps {
		steps[st.ID] = st
	}
	out.Steps = make([]analysis.StepReport, len(s.Steps))
	for i, st := range s.Steps {
		sr, ok := steps[st.ID]
		if !ok {
			sr = analysis.StepReport{Places: st.Places, Claims: st.Claims, Sources: st.Sources}
		}
		sr.ID, sr.Title = st.ID, st.Title
		if st.Date != "" {
			sr.Date = st.Date
		}
		if len(st.Places) > 0 || !ok {
			// The user's own list, as edited, wins over the one found.
			sr.Places = st.Places
		}
		if len(st.Claims) > 0 {
			sr.Claims = st.Claims
		}
		if len(st.Sources) > 0 {
			sr.Sources = st.Sources
		}
		sr.Places = keep(sr.Places, placeIDs)
		out.Steps[i] = sr
	}

	out.Sources = make([]analysis.SourceReport, len(base.Sources))
	for i, src := range base.Sources {
		src.Places = keep(src.Places, placeIDs)
		src.Claims = keep(src.Claims, claimIDs)
		out.Sources[i] = src
	}
	return &out
}

// keep returns the ids of list that are in ids, sharing list when all are.
func keep(list []string, ids map[string]bool) []string {
	for i, id := range list {
		if ids[id] {
			continue
		}
		out := append([]string(nil), list[:i]...)
		for _, id := range list[i+1:] {
			if ids[id] {
				out = append(out, id)
			}
		}
		return out
	}
	return list
}
