package app

import (
	"slices"
	"strings"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story/analysis"
)

// stepMarker prefixes the steps where the selected claim, place or source
// appears in the step list.
const stepMarker = "● "

// ClearSelection drops the selected claim, place or source (Esc): the
// panels show the current step alone again.
func (u *UI) ClearSelection() {
	if u.nav.Selection().Kind == SelNone {
		u.clearFigure()
		return
	}
	u.selectThing(u.nav.Selection()) // selecting it again toggles it off
}

// selectionPlaces are the places a selection is about: a claim's are the
// places named in the sentences that report it, a place is its own, a
// source's are the places it mentions.
func (u *UI) selectionPlaces() []string {
	sel := u.nav.Selection()
	rep := u.nav.Report()
	if rep == nil {
		return nil
	}
	switch sel.Kind {
	case SelPlace:
		return []string{sel.ID}
	case SelSource:
		return u.nav.Focus().Places
	case SelClaim:
		c := u.nav.ClaimReport(sel.ID)
		if c == nil {
			return nil
		}
		type sentence struct{ source, text string } // a key without concatenating (thousands on a big story)
		sentences := make(map[sentence]bool, len(c.Evidence))
		for _, e := range c.Evidence {
			sentences[sentence{e.Source, e.Text}] = true
		}
		var out []string
		for _, p := range rep.Places {
			for _, e := range p.Evidence {
				if sentences[sentence{e.Source, e.Text}] {
					out = append(out, p.ID)
					break
				}
			}
		}
		return out
	}
	return nil
}

// frameSelection highlights the selection's places on the map and flies
// to show them all; with no selection the step's view stays.
func (u *UI) frameSelection() {
	if u.nav.Selection().Kind == SelNone {
		return
	}
	ids := u.selectionPlaces()
	if len(ids) == 0 {
		return
	}
	u.mp.Highlight(ids, "")
	var pts []orb.Point
	for _, id := range ids {
		if p := u.nav.Story().PlaceByID(id); p != nil {
			pts = append(pts, orb.Point{p.Lon, p.Lat})
		}
	}
	if len(pts) > 0 {
		u.mp.FitBounds(orb.MultiPoint(pts).Bound())
	}
}

// stepHasSelection reports whether step i names the selection: its
// place, claim or source, or (for a claim or a source) a source or claim
// that goes with it.
func (u *UI) stepHasSelection(i int) bool {
	sel := u.nav.Selection()
	s := u.nav.Story()
	if sel.Kind == SelNone || s == nil || i < 0 || i >= len(s.Steps) {
		return false
	}
	st := s.Steps[i]
	switch sel.Kind {
	case SelPlace:
		return slices.Contains(st.Places, sel.ID)
	case SelClaim:
		return slices.Contains(st.Claims, sel.ID)
	case SelSource:
		return slices.Contains(st.Sources, sel.ID)
	}
	return false
}

// StepsMarked lists the steps the step list marks for the selection.
func (u *UI) StepsMarked() []int {
	var out []int
	for i := 0; i < u.nav.Len(); i++ {
		if u.stepHasSelection(i) {
			out = append(out, i)
		}
	}
	return out
}

// stepLabel is step i's line in the step list, marked when it names the
// selection.
func (u *UI) stepLabel(i int, text string) string {
	if u.stepHasSelection(i) {
		return stepMarker + text
	}
	return text
}

// markSelection is the claim or place a word marked in passage pa stands
// for (Kind SelNone when none). The answers are kept until the evidence
// shown changes (showEvidence), so that scrolling the panel does not look
// them up again.
func (u *UI) markSelection(pa Passage, r TextRun) Selection {
	key := string(rune('0'+r.Mark)) + "\x00" + pa.Source + "\x00" + strings.ToLower(strings.TrimSpace(r.Text))
	if sel, ok := u.ux.markIDs[key]; ok {
		return sel
	}
	sel := Selection{}
	if id := u.markTarget(r.Mark, strings.TrimSpace(r.Text), pa.Source); id != "" {
		sel = Selection{Kind: r.Mark, ID: id}
	}
	if u.ux.markIDs == nil {
		u.ux.markIDs = map[string]Selection{}
	}
	u.ux.markIDs[key] = sel
	return sel
}

// markIsLink reports whether a marked word is a link in the evidence: every
// mark is, but the selection's own words. It reads only the selection's
// evidence in the passage's source (what a word stands for is looked up
// when it is tapped), so that drawing a row of a big story's evidence does
// not search every claim's and place's.
func (u *UI) markIsLink(pa Passage, r TextRun) bool {
	sel := u.nav.Selection()
	if sel.Kind != r.Mark {
		return true
	}
	word := strings.TrimSpace(r.Text)
	own := func(ev []analysis.Evidence) bool {
		return slices.ContainsFunc(ev, func(e analysis.Evidence) bool { return e.Source == pa.Source && evidenceMatches(e, word) })
	}
	switch sel.Kind {
	case SelClaim:
		if c := u.nav.ClaimReport(sel.ID); c != nil && own(c.Evidence) {
			return false
		}
	case SelPlace:
		if strings.EqualFold(word, placeName(u.nav.Story(), sel.ID)) {
			return false
		}
		if rep := u.nav.Report(); rep != nil {
			for _, p := range rep.Places {
				if p.ID == sel.ID {
					return !own(p.Evidence)
				}
			}
		}
	}
	return true
}

// evidenceMatches reports whether e's marked match is word (in any case).
func evidenceMatches(e analysis.Evidence, word string) bool {
	m := e.Match
	return len(m) == 2 && m[0] >= 0 && m[1] <= len(e.Text) && m[0] < m[1] && strings.EqualFold(e.Text[m[0]:m[1]], word)
}

// markTapped selects the claim or place a tapped word stands for, as
// choosing it in a chart or on the map does.
func (u *UI) markTapped(pa Passage, r TextRun) {
	if sel := u.markSelection(pa, r); sel.Kind != SelNone && sel != u.nav.Selection() {
		u.selectThing(sel)
	}
}

// markTarget is the claim or place a marked word stands for: the claim or
// place whose evidence in source matches that word, else in any source,
// else the place of that name.
func (u *UI) markTarget(kind SelKind, word, source string) string {
	rep := u.nav.Report()
	if rep == nil || strings.TrimSpace(word) == "" {
		return ""
	}
	// First the claim or place with that word in this source's evidence,
	// then in any source's.
	for _, any := range []bool{false, true} {
		ok := func(e analysis.Evidence) bool { return (any || e.Source == source) && evidenceMatches(e, word) }
		switch kind {
		case SelClaim:
			for _, c := range rep.Claims {
				if slices.ContainsFunc(c.Evidence, ok) {
					return c.ID
				}
			}
		case SelPlace:
			for _, p := range rep.Places {
				if slices.ContainsFunc(p.Evidence, ok) {
					return p.ID
				}
			}
		}
	}
	if kind == SelPlace {
		if p := placeByName(u.nav.Story(), word); p != nil {
			return p.ID
		}
	}
	return ""
}
