package app

import (
	"slices"
	"strings"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/story/edit"
)

// claimCache holds the claim reports of the story's claims as edited, so
// that the charts and the evidence follow claim edits (rename, merge,
// split, add, reject) without analysing the articles again. A claim's
// sentences depend only on its matchers: a claim whose id and matchers are
// those of a claim the story was opened with keeps the analysis' report
// (with its label and topic as edited), and any other is matched once
// against the articles (edit.Preview, the story's own matching) and kept
// by its id and matchers.
type claimCache struct {
	opened  map[string]bool
	matched map[string]analysis.ClaimReport
	// last is what the last apply made, reused by the next while its
	// inputs are the same (most edits, a step renamed or a place moved,
	// leave the claims alone; on a big story the claim lists of thousands
	// of sources are the costly part).
	last *appliedClaims
}

// appliedClaims is one apply's inputs (the story's claims, which story/edit
// replaces rather than changes, the rejected ids, the analysis' claims and
// sources) and what it made of them.
type appliedClaims struct {
	storyClaims []*story.Claim
	rejected    []string
	inClaims    []analysis.ClaimReport
	claims      []analysis.ClaimReport
	by, unique  map[string][]string
	coverage    analysis.Coverage
}

// same reports whether apply's inputs are those a was made from.
func (a *appliedClaims) same(s *story.Story, rejected []string, rep *analysis.Report) bool {
	if a == nil || !slices.Equal(a.storyClaims, s.Claims) || !slices.Equal(a.rejected, rejected) ||
		len(a.inClaims) != len(rep.Claims) || len(a.coverage.Sources) != len(rep.Sources) {
		return false
	}
	if len(rep.Claims) > 0 && &a.inClaims[0] != &rep.Claims[0] {
		return false
	}
	for i, sr := range rep.Sources {
		if a.coverage.Sources[i] != sr.ID {
			return false
		}
	}
	return true
}

// claimKey names a claim's id and matchers.
func claimKey(c *story.Claim) string {
	return c.ID + "\x00" + strings.Join(c.Matchers, "\x00")
}

// newClaimCache records the claims of s, the story as opened.
func newClaimCache(s *story.Story) *claimCache {
	c := &claimCache{opened: map[string]bool{}, matched: map[string]analysis.ClaimReport{}}
	for _, cl := range s.Claims {
		c.opened[claimKey(cl)] = true
	}
	return c
}

// apply makes rep's claims, coverage and sources' claim lists follow s:
// the story's claims in their order, each with the analysis' report when
// its id and matchers are those it was opened with, else matched again;
// then the discovered claims not rejected. rep is a copy of the analysis (reportFor)
// whose slices apply replaces, never changes.
func (c *claimCache) apply(s *story.Story, rep *analysis.Report) {
	if c == nil || rep == nil || s == nil {
		return
	}
	rejected := edit.Rejected(s).Claims
	if c.last.same(s, rejected, rep) {
		c.last.applyTo(rep)
		return
	}
	in := rep.Claims
	byID := map[string]analysis.ClaimReport{}
	for _, cr := range rep.Claims {
		byID[cr.ID] = cr
	}
	var claims []analysis.ClaimReport
	for _, cl := range s.Claims {
		key := claimKey(cl)
		cr, ok := byID[cl.ID]
		if !ok || !c.opened[key] {
			if cr, ok = c.matched[key]; !ok {
				cr = matchClaim(s, cl)
				c.matched[key] = cr
			}
		}
		cr.Label, cr.Topic = cl.Label, cl.Topic
		claims = append(claims, cr)
	}
	for _, cr := range rep.Claims {
		if cr.Origin == "discovered" && s.ClaimByID(cr.ID) == nil && !slices.Contains(rejected, cr.ID) {
			claims = append(claims, cr)
		}
	}
	// Which sources report which claims.
	by, unique := map[string][]string{}, map[string][]string{}
	support := map[string]int{}
	for _, cr := range claims {
		for _, src := range cr.Sources {
			by[src] = append(by[src], cr.ID)
		}
		support[cr.ID] = len(cr.Sources)
	}
	for src, ids := range by {
		for _, id := range ids {
			if support[id] == 1 {
				unique[src] = append(unique[src], id)
			}
		}
	}
	a := &appliedClaims{storyClaims: slices.Clone(s.Claims), rejected: rejected, inClaims: in, claims: claims,
		by: by, unique: unique}
	a.applyTo(rep)
	a.coverage = rep.Coverage
	c.last = a
}

// applyTo gives rep a's claims, its sources' claim lists and the coverage
// (made once, on the first applyTo).
func (a *appliedClaims) applyTo(rep *analysis.Report) {
	rep.Claims = a.claims
	srcs := make([]analysis.SourceReport, len(rep.Sources))
	for i, sr := range rep.Sources {
		sr.Claims, sr.UniqueClaims = a.by[sr.ID], a.unique[sr.ID]
		srcs[i] = sr
	}
	rep.Sources = srcs
	if a.coverage.Sources == nil {
		a.coverage = analysis.CoverageOf(srcs, a.claims)
	}
	rep.Coverage = a.coverage
}

// matchClaim reports claim cl as matched in s's articles (curated).
func matchClaim(s *story.Story, cl *story.Claim) analysis.ClaimReport {
	cr := analysis.ClaimReport{ID: cl.ID, Label: cl.Label, Topic: cl.Topic, Origin: "curated", Sources: []string{},
		Evidence: []analysis.Evidence{}}
	matches, err := edit.Preview(s, cl.Matchers)
	if err != nil {
		return cr // the editor refuses matchers that do not compile
	}
	for _, m := range matches {
		if !slices.Contains(cr.Sources, m.Source) {
			cr.Sources = append(cr.Sources, m.Source)
		}
		cr.Evidence = append(cr.Evidence, analysis.Evidence{Source: m.Source, Text: m.Text, Line: m.Line, Match: []int{m.Start, m.End}})
	}
	return cr
}
