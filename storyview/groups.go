package storyview

import "github.com/storylens/storylens/internal/lexicon"

// Group is the passages of one source, in the order the view lists them.
type Group struct {
	Source string
	// Head names the source: its title, then outlet and date.
	Head     string
	Passages []Passage
}

// Groups cuts the view's passages into one group per source, in the order
// each source first appears; a source's passages keep their order. The
// groups' passages share one array (a claim that thousands of sources
// report makes thousands of groups: one allocation, not one each).
func (v EvidenceView) Groups() []Group {
	at := make(map[string]int)
	of := make([]int, len(v.Passages)) // each passage's group
	var counts []int
	for k, p := range v.Passages {
		i, ok := at[p.Source]
		if !ok {
			i = len(counts)
			at[p.Source] = i
			counts = append(counts, 0)
		}
		of[k] = i
		counts[i]++
	}
	out := make([]Group, len(counts))
	all := make([]Passage, len(v.Passages))
	start := 0
	for i, n := range counts {
		out[i].Passages = all[start:start:(start + n)]
		start += n
	}
	for k, p := range v.Passages {
		g := &out[of[k]]
		if len(g.Passages) == 0 {
			g.Source, g.Head = p.Source, p.Head()
		}
		g.Passages = append(g.Passages, p)
	}
	return out
}

// Head is the line that names a passage's source: "Title — Outlet, Date".
func (p Passage) Head() string {
	h := p.Title
	if meta := joinNonEmpty(", ", p.Outlet, p.Date); meta != "" {
		h += " — " + meta
	}
	return h
}

func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, s := range parts {
		if s == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += s
	}
	return out
}

// RowKind is what a row of the evidence list shows.
type RowKind int

// Row kinds.
const (
	RowEmpty   RowKind = iota // the view's Empty text, or a note
	RowHead                   // a source's heading
	RowPassage                // one passage
	RowMore                   // "N more…" for a source's hidden passages
)

// Row is one line of the evidence list: the list lays out only the rows on
// screen, so a claim that thousands of sources report costs what the
// visible rows cost.
type Row struct {
	Kind    RowKind
	Text    string  // RowEmpty, RowHead, RowMore
	Passage Passage // RowPassage
	Source  string  // RowHead, RowPassage, RowMore: the group's source
	Hidden  int     // RowMore: how many passages it stands for
}

// Rows lays the groups out as list rows: each source's heading, its first
// perSource passages (all of them when expanded says so) and a "more" row
// for the rest; a view with no passages is its Empty text.
func (v EvidenceView) Rows(perSource int, expanded func(source string) bool) []Row {
	if len(v.Passages) == 0 {
		return []Row{{Kind: RowEmpty, Text: v.Empty}}
	}
	groups := v.Groups()
	n := 0
	for _, g := range groups {
		n += 2 + min(len(g.Passages), max(perSource, 0)) // heading, passages, "more"
		if perSource <= 0 {
			n += len(g.Passages)
		}
	}
	rows := make([]Row, 0, n+1)
	for _, g := range groups {
		rows = append(rows, Row{Kind: RowHead, Text: g.Head, Source: g.Source})
		show := len(g.Passages)
		if perSource > 0 && show > perSource && (expanded == nil || !expanded(g.Source)) {
			show = perSource
		}
		for _, p := range g.Passages[:show] {
			rows = append(rows, Row{Kind: RowPassage, Passage: p, Source: g.Source})
		}
		if rest := len(g.Passages) - show; rest > 0 {
			rows = append(rows, Row{Kind: RowMore, Text: lexicon.Count(rest, "more passage") + " from this source…",
				Source: g.Source, Hidden: rest})
		}
	}
	if v.Elsewhere > 0 {
		rows = append(rows, Row{Kind: RowEmpty, Text: lexicon.Count(v.Elsewhere, "more passage") +
			" in sources this step does not cite (select a claim or a place to read them)."})
	}
	return rows
}
