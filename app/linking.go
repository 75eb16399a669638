package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"
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
		c := u.nav.claimReport(sel.ID)
		if c == nil {
			return nil
		}
		sentences := map[string]bool{}
		for _, e := range c.Evidence {
			sentences[e.Source+"\x00"+e.Text] = true
		}
		var out []string
		for _, p := range rep.Places {
			for _, e := range p.Evidence {
				if sentences[e.Source+"\x00"+e.Text] {
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

// linkMarks turns the marked words of the evidence panel (claims in bold
// primary, places in bold success colour) into links that select that
// claim or place.
func (u *UI) linkMarks(segs []widget.RichTextSegment) []widget.RichTextSegment {
	out := make([]widget.RichTextSegment, 0, len(segs))
	for _, sg := range segs {
		t, ok := sg.(*widget.TextSegment)
		if !ok || !t.Style.Inline || !t.Style.TextStyle.Bold {
			out = append(out, sg)
			continue
		}
		var kind SelKind
		switch t.Style.ColorName {
		case theme.ColorNamePrimary:
			kind = SelClaim
		case theme.ColorNameSuccess:
			kind = SelPlace
		default:
			out = append(out, sg)
			continue
		}
		word := strings.TrimLeft(t.Text, " ")
		id := u.markTarget(kind, word)
		if id == "" {
			out = append(out, sg)
			continue
		}
		if lead := t.Text[:len(t.Text)-len(word)]; lead != "" {
			out = append(out, &widget.TextSegment{Text: lead, Style: widget.RichTextStyleInline})
		}
		sel := Selection{kind, id}
		out = append(out, &widget.HyperlinkSegment{Text: word, OnTapped: func() {
			if u.nav.Selection() != sel {
				u.selectThing(sel)
			}
		}})
	}
	return out
}

// markTarget is the claim or place a marked word stands for: the claim or
// place whose evidence matches that word, else the place of that name.
func (u *UI) markTarget(kind SelKind, word string) string {
	rep := u.nav.Report()
	if rep == nil || strings.TrimSpace(word) == "" {
		return ""
	}
	matches := func(text string, m []int) bool {
		return len(m) == 2 && m[0] >= 0 && m[1] <= len(text) && m[0] < m[1] && strings.EqualFold(text[m[0]:m[1]], word)
	}
	switch kind {
	case SelClaim:
		for _, c := range rep.Claims {
			for _, e := range c.Evidence {
				if matches(e.Text, e.Match) {
					return c.ID
				}
			}
		}
	case SelPlace:
		for _, p := range rep.Places {
			for _, e := range p.Evidence {
				if matches(e.Text, e.Match) {
					return p.ID
				}
			}
		}
		if p := placeByName(u.nav.Story(), word); p != nil {
			return p.ID
		}
	}
	return ""
}
