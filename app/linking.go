package app

import (
	"fyne.io/fyne/v2"
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
		c := u.nav.ClaimReport(sel.ID)
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

// showMarkLinks lists, above the evidence text, one link per claim and
// place marked in it: a tap selects that claim or place. (The marked words
// stay text in the passage: Fyne 2.7's RichText never wraps before an
// inline link, so links inside the sentences ran past the panel's edge.)
func (u *UI) showMarkLinks(segs []widget.RichTextSegment) {
	box := u.ux.markLinks
	if box == nil {
		return
	}
	box.RemoveAll()
	seen := map[Selection]bool{}
	for _, sg := range segs {
		t, ok := sg.(*widget.TextSegment)
		if !ok || !t.Style.TextStyle.Bold {
			continue
		}
		var kind SelKind
		switch t.Style.ColorName {
		case theme.ColorNamePrimary:
			if !t.Style.Inline {
				continue // a passage's heading
			}
			kind = SelClaim
		case theme.ColorNameSuccess:
			kind = SelPlace
		default:
			continue
		}
		word := strings.TrimSpace(t.Text)
		id := u.markTarget(kind, word)
		sel := Selection{Kind: kind, ID: id}
		if id == "" || seen[sel] || u.nav.Selection() == sel {
			continue
		}
		seen[sel] = true
		l := widget.NewHyperlink(word, nil)
		l.Truncation = fyne.TextTruncateEllipsis
		l.OnTapped = func() { u.selectThing(sel) }
		box.Add(l)
	}
	if len(box.Objects) == 0 {
		box.Hide()
	} else {
		box.Show()
	}
	box.Refresh()
	if u.ux.evidencePanel != nil {
		u.ux.evidencePanel.Refresh() // the links' row may have changed height
	}
}

// MarkLinks returns the evidence panel's links (the text of each).
func (u *UI) MarkLinks() []*widget.Hyperlink {
	var out []*widget.Hyperlink
	if u.ux.markLinks != nil {
		for _, o := range u.ux.markLinks.Objects {
			if h, ok := o.(*widget.Hyperlink); ok {
				out = append(out, h)
			}
		}
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
