package storyview

import (
	"fmt"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// SelKind says what the user selected besides the current step.
type SelKind int

// Selection kinds.
const (
	SelNone   SelKind = iota // only the step is selected
	SelClaim                 // a claim (chart bar, heatmap column)
	SelPlace                 // a place (map marker, places chart)
	SelSource                // a source (chip, heatmap row, timeline)
	SelOutlet                // an outlet: every source it published (overview chip)
)

// String names the kind as the charts do ("claim", "place", "source").
func (k SelKind) String() string {
	switch k {
	case SelClaim:
		return "claim"
	case SelPlace:
		return "place"
	case SelSource:
		return "source"
	case SelOutlet:
		return "outlet"
	}
	return "step"
}

// Selection is a claim, place or source the user picked.
type Selection struct {
	Kind SelKind
	ID   string
}

// Focus is what the current step and selection imply for every panel: which
// places and route the map highlights, which claims the charts highlight, and
// which sources the story panel marks.
type Focus struct {
	Places  []string
	Route   string
	Claims  []string
	Sources []string
}

// Nav is the story navigation state: the current step and the selection.
// It has no UI; the UI calls it and redraws from what it reports.
type Nav struct {
	story  *story.Story
	report *analysis.Report
	step   int
	sel    Selection
	// The report's claims, places and sources by id (built by SetReport:
	// a big story has thousands of sources, looked up once per passage).
	claims, places, sources map[string]int
}

// NewNav starts at the first step of s with nothing selected. rep may be nil
// while the analysis runs.
func NewNav(s *story.Story, rep *analysis.Report) *Nav {
	n := &Nav{story: s}
	n.SetReport(rep)
	return n
}

// Story returns the story being navigated (nil when none is open).
func (n *Nav) Story() *story.Story { return n.story }

// Report returns the analysis of the story, or nil.
func (n *Nav) Report() *analysis.Report { return n.report }

// SetReport attaches the analysis once it is ready.
func (n *Nav) SetReport(rep *analysis.Report) {
	n.report = rep
	n.claims, n.places, n.sources = nil, nil, nil
	if rep == nil {
		return
	}
	n.claims = make(map[string]int, len(rep.Claims))
	for i := len(rep.Claims) - 1; i >= 0; i-- { // the first of duplicates wins
		n.claims[rep.Claims[i].ID] = i
	}
	n.places = make(map[string]int, len(rep.Places))
	for i := len(rep.Places) - 1; i >= 0; i-- {
		n.places[rep.Places[i].ID] = i
	}
	n.sources = make(map[string]int, len(rep.Sources))
	for i := len(rep.Sources) - 1; i >= 0; i-- {
		n.sources[rep.Sources[i].ID] = i
	}
}

// Len is the number of steps.
func (n *Nav) Len() int {
	if n.story == nil {
		return 0
	}
	return len(n.story.Steps)
}

// Index is the current step, from 0.
func (n *Nav) Index() int { return n.step }

// Current returns the current step, or nil when the story has none.
func (n *Nav) Current() *story.Step {
	if n.Len() == 0 {
		return nil
	}
	return &n.story.Steps[n.step]
}

// GoTo makes step i current (clamped to the steps there are) and clears the
// selection. It reports whether anything changed.
func (n *Nav) GoTo(i int) bool {
	if n.Len() == 0 {
		return false
	}
	i = max(0, min(i, n.Len()-1))
	changed := i != n.step || n.sel.Kind != SelNone
	n.step = i
	n.sel = Selection{}
	return changed
}

// Next moves one step forward; it reports whether it moved.
func (n *Nav) Next() bool { return n.step < n.Len()-1 && n.GoTo(n.step+1) }

// Prev moves one step back; it reports whether it moved.
func (n *Nav) Prev() bool { return n.step > 0 && n.GoTo(n.step-1) }

// AtEnd reports whether the current step is the last one.
func (n *Nav) AtEnd() bool { return n.step >= n.Len()-1 }

// Status is the step counter shown in the status line, "Step 3 of 12".
func (n *Nav) Status() string {
	if n.Len() == 0 {
		return "No steps"
	}
	return fmt.Sprintf("Step %d of %d", n.step+1, n.Len())
}

// Select picks a claim, place or source; selecting the same thing twice
// clears the selection (a toggle, like clicking a chip again).
func (n *Nav) Select(sel Selection) {
	if sel == n.sel {
		n.sel = Selection{}
		return
	}
	n.sel = sel
}

// Selection returns the current selection.
func (n *Nav) Selection() Selection { return n.sel }

// StepDate returns the date of step i: the step's own, else the one the
// analysis resolved.
func (n *Nav) StepDate(i int) string {
	if i < 0 || i >= n.Len() {
		return ""
	}
	if d := n.story.Steps[i].Date; d != "" {
		return d
	}
	if n.report != nil && i < len(n.report.Steps) {
		return n.report.Steps[i].Date
	}
	return ""
}

// stepRefs returns the places, claims and sources of the current step, the
// analysis' resolved lists when it has them.
func (n *Nav) stepRefs() (places, claims, sources []string) {
	st := n.Current()
	if st == nil {
		return nil, nil, nil
	}
	places, claims, sources = st.Places, st.Claims, st.Sources
	if n.report != nil && n.step < len(n.report.Steps) && n.report.Steps[n.step].ID == st.ID {
		sr := n.report.Steps[n.step]
		if len(sr.Places) > 0 {
			places = sr.Places
		}
		if len(sr.Claims) > 0 {
			claims = sr.Claims
		}
		if len(sr.Sources) > 0 {
			sources = sr.Sources
		}
	}
	return places, claims, sources
}

// Focus says what the step and selection imply for the panels:
//   - a step alone: its places, route, claims and sources;
//   - a claim: that claim, the sources reporting it, the step's places;
//   - a place: that place, the claims of the step, the sources mentioning it;
//   - a source: the claims it reports and the places it mentions.
func (n *Nav) Focus() Focus {
	places, claims, sources := n.stepRefs()
	f := Focus{Places: places, Claims: claims, Sources: sources}
	if st := n.Current(); st != nil && st.Route != nil {
		f.Route = *st.Route
	}
	switch n.sel.Kind {
	case SelClaim:
		f.Claims = []string{n.sel.ID}
		f.Sources = nil
		if c := n.ClaimReport(n.sel.ID); c != nil {
			f.Sources = c.Sources
		}
	case SelPlace:
		f.Places = []string{n.sel.ID}
		f.Route = ""
		f.Sources = nil
		if p := n.PlaceReport(n.sel.ID); p != nil {
			f.Sources = p.Sources
		}
	case SelOutlet:
		f.Sources = n.OutletSources(n.sel.ID)
		f.Route = ""
	case SelSource:
		f.Sources = []string{n.sel.ID}
		f.Route = ""
		f.Claims, f.Places = nil, nil
		if s := n.SourceReport(n.sel.ID); s != nil {
			f.Claims = s.Claims
			f.Places = s.Places
		}
	}
	return f
}

// ClaimReport returns the analysis of claim id, or nil.
func (n *Nav) ClaimReport(id string) *analysis.ClaimReport {
	if i, ok := n.claims[id]; ok && n.report != nil && i < len(n.report.Claims) && n.report.Claims[i].ID == id {
		return &n.report.Claims[i]
	}
	return nil
}

// PlaceReport returns the analysis of place id, or nil.
func (n *Nav) PlaceReport(id string) *analysis.PlaceReport {
	if i, ok := n.places[id]; ok && n.report != nil && i < len(n.report.Places) && n.report.Places[i].ID == id {
		return &n.report.Places[i]
	}
	return nil
}

// SourceReport returns the analysis of source id, or nil.
func (n *Nav) SourceReport(id string) *analysis.SourceReport {
	if i, ok := n.sources[id]; ok && n.report != nil && i < len(n.report.Sources) && n.report.Sources[i].ID == id {
		return &n.report.Sources[i]
	}
	return nil
}
