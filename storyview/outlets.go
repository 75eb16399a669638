package storyview

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/storylens/storylens/internal/lexicon"
)

// Chip is one button of the story panel's source row: a source, or an
// outlet standing for every source it published.
type Chip struct {
	Label    string
	Sel      Selection // what tapping it selects
	Selected bool      // it is the current selection
}

// MaxSourceChips is how many sources a step lists one chip each; a step
// citing more (and the overview, which stands for every source) lists one
// chip per outlet instead.
const MaxSourceChips = 24

// MaxOutletChips is how many outlet chips are listed, the outlets with the
// most sources first; a last chip-less label counts the rest.
const MaxOutletChips = 40

// Chips lists the current step's sources as chips: one per source when the
// step cites at most MaxSourceChips, else (and on a step citing none, which
// stands for the whole story) one per outlet, the most prolific first, at
// most MaxOutletChips of them. more counts the outlets left out.
func (n *Nav) Chips() (chips []Chip, more int) {
	st := n.Current()
	if st == nil || n.story == nil {
		return nil, 0
	}
	ids := st.Sources
	if len(ids) == 0 {
		ids = make([]string, 0, len(n.story.Sources))
		for _, s := range n.story.Sources {
			ids = append(ids, s.ID)
		}
	}
	if len(ids) <= MaxSourceChips {
		for _, id := range ids {
			sel := Selection{SelSource, id}
			chips = append(chips, Chip{Label: ChipLabel(n.Passage(id)), Sel: sel, Selected: n.sel == sel})
		}
		return chips, 0
	}
	outlets := n.outletsOf(ids)
	if len(outlets) > MaxOutletChips {
		more = len(outlets) - MaxOutletChips
		outlets = outlets[:MaxOutletChips]
	}
	for _, o := range outlets {
		sel := Selection{SelOutlet, o.name}
		chips = append(chips, Chip{Label: fmt.Sprintf("%s · %d", outletName(o.name), o.n), Sel: sel, Selected: n.sel == sel})
	}
	return chips, more
}

type outletCount struct {
	name string
	n    int
}

// outletsOf counts the sources among ids by outlet ("" for sources without
// one), the most sources first, then by name.
func (n *Nav) outletsOf(ids []string) []outletCount {
	count := map[string]int{}
	for _, id := range ids {
		count[n.Passage(id).Outlet]++
	}
	out := make([]outletCount, 0, len(count))
	for name, c := range count {
		out = append(out, outletCount{name, c})
	}
	slices.SortFunc(out, func(a, b outletCount) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return cmp.Compare(a.name, b.name)
	})
	return out
}

func outletName(o string) string {
	if o == "" {
		return "No outlet"
	}
	return o
}

// OutletSources returns the story's sources published by outlet, in story
// order ("" is the sources with no outlet).
func (n *Nav) OutletSources(outlet string) []string {
	if n.story == nil {
		return nil
	}
	var out []string
	for _, s := range n.story.Sources {
		if n.Passage(s.ID).Outlet == outlet {
			out = append(out, s.ID)
		}
	}
	return out
}

// outletView lists an outlet's articles, each with its first paragraph.
func (n *Nav) outletView(outlet string) EvidenceView {
	ids := n.OutletSources(outlet)
	v := EvidenceView{Heading: fmt.Sprintf("Outlet: %s — %s", outletName(outlet), lexicon.Count(len(ids), "source"))}
	for _, id := range ids {
		p := n.Passage(id)
		if src := n.story.SourceByID(id); src != nil && src.Article != nil && len(src.Article.Paragraphs) > 0 {
			p.Text, p.Line = src.Article.Paragraphs[0].Text, src.Article.Paragraphs[0].Line
		}
		v.Passages = append(v.Passages, p)
	}
	if len(v.Passages) == 0 {
		v.Empty = "No source of this outlet is in the story."
	}
	return v
}

// ChipLabel names a source on its chip: outlet and date, else its title
// and date, in full (the app shortens a chip's label to the chip's width).
func ChipLabel(p Passage) string {
	label := p.Title
	if p.Outlet != "" {
		label = p.Outlet
	}
	if p.Date != "" {
		label += " · " + p.Date
	}
	return label
}
