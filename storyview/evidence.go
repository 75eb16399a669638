package storyview

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/story/analysis"
)

// Mark is a byte range [Start, End) of a passage to highlight, and what it
// stands for (a claim's matched words or a place name).
type Mark struct {
	Start, End int
	Kind       SelKind
}

// Passage is text from one source: a sentence that supports a claim or
// mentions a place, or a paragraph of an article.
type Passage struct {
	Source string // source id
	Title  string // source title (or id)
	Outlet string
	Date   string
	Line   int // 1-based line in the article file, 0 when unknown
	Text   string
	Marks  []Mark // sorted, non-overlapping, inside Text
}

// EvidenceView is what the evidence panel shows.
type EvidenceView struct {
	Heading  string
	Passages []Passage
	// Empty explains an empty list ("No sentence mentions ...").
	Empty string
	// Elsewhere counts the passages the step's claims and places have in
	// sources the step does not cite; they are not listed (a big story has
	// thousands), but Empty or a note says how many there are.
	Elsewhere int
}

// Evidence lists the source passages for the current step or selection:
// the sentences supporting the step's claims (or mentioning its places), a
// selected claim's or place's sentences, or a selected source's whole
// article with the claims and places it reports marked.
func (n *Nav) Evidence() EvidenceView {
	if n.story == nil {
		return EvidenceView{Empty: "No story is open."}
	}
	if n.report == nil {
		return EvidenceView{Empty: "Analysing the sources…"}
	}
	switch n.sel.Kind {
	case SelClaim:
		c := n.ClaimReport(n.sel.ID)
		if c == nil {
			return EvidenceView{Empty: fmt.Sprintf("Unknown claim %q.", n.sel.ID)}
		}
		v := EvidenceView{Heading: fmt.Sprintf("Claim: %s — %s", c.Label, lexicon.Count(len(c.Sources), "source"))}
		v.Passages = n.passages(c.Evidence, SelClaim)
		if len(v.Passages) == 0 {
			v.Empty = "No source reports this claim."
		}
		return v
	case SelPlace:
		p := n.PlaceReport(n.sel.ID)
		if p == nil {
			return EvidenceView{Empty: fmt.Sprintf("Unknown place %q.", n.sel.ID)}
		}
		v := EvidenceView{Heading: fmt.Sprintf("Place: %s — %s in %s", p.Name,
			lexicon.Count(p.Mentions, "mention"), lexicon.Count(len(p.Sources), "source"))}
		v.Passages = n.passages(p.Evidence, SelPlace)
		if len(v.Passages) == 0 {
			v.Empty = "No source mentions this place."
		}
		return v
	case SelSource:
		return n.articleView(n.sel.ID)
	case SelOutlet:
		return n.outletView(n.sel.ID)
	}
	st := n.Current()
	if st == nil {
		return EvidenceView{Empty: "This story has no steps."}
	}
	f := n.Focus()
	v := EvidenceView{Heading: "Evidence for this step"}
	for _, id := range f.Claims {
		if c := n.ClaimReport(id); c != nil {
			v.Passages = append(v.Passages, n.passages(c.Evidence, SelClaim)...)
		}
	}
	if len(v.Passages) == 0 {
		for _, id := range f.Places {
			if p := n.PlaceReport(id); p != nil {
				v.Passages = append(v.Passages, n.passages(p.Evidence, SelPlace)...)
			}
		}
	}
	all := len(v.Passages)
	v.Passages = dedupe(onlySources(v.Passages, f.Sources))
	if len(f.Sources) > 0 {
		v.Elsewhere = all - len(v.Passages)
	}
	switch {
	case len(v.Passages) > 0:
	case v.Elsewhere > 0:
		v.Empty = fmt.Sprintf("The step's sources say nothing its claims or places match; %s in other sources "+
			"(select a claim or a place to read them).", lexicon.Count(v.Elsewhere, "passage"))
	default:
		v.Empty = "The sources say nothing this step's claims or places match."
	}
	return v
}

// onlySources keeps the passages from the given sources (the step's); with
// no sources given it keeps them all. It never falls back to every source's
// passages when the step's own have none: on a big story that is thousands.
func onlySources(ps []Passage, sources []string) []Passage {
	if len(sources) == 0 {
		return ps
	}
	keep := make(map[string]bool, len(sources))
	for _, id := range sources {
		keep[id] = true
	}
	var out []Passage
	for _, p := range ps {
		if keep[p.Source] {
			out = append(out, p)
		}
	}
	return out
}

// passages turns analysis evidence into passages with their source's details.
func (n *Nav) passages(ev []analysis.Evidence, kind SelKind) []Passage {
	out := make([]Passage, 0, len(ev))
	for _, e := range ev {
		p := n.Passage(e.Source)
		p.Text, p.Line = e.Text, e.Line
		if len(e.Match) == 2 {
			p.Marks = cleanMarks(e.Text, []Mark{{Start: e.Match[0], End: e.Match[1], Kind: kind}})
		}
		out = append(out, p)
	}
	return out
}

// Passage returns a passage with no text for source id: its title (the id
// when it has none), outlet and date, from the story and the analysis.
func (n *Nav) Passage(id string) Passage {
	p := Passage{Source: id, Title: id}
	if s := n.story.SourceByID(id); s != nil {
		if s.Title != "" {
			p.Title = s.Title
		}
		p.Outlet, p.Date = s.Outlet, s.Date
	}
	if r := n.SourceReport(id); r != nil {
		if r.Title != "" {
			p.Title = r.Title
		}
		if r.Outlet != "" {
			p.Outlet = r.Outlet
		}
		if r.Date != "" {
			p.Date = r.Date
		}
	}
	return p
}

// articleView shows a source's article paragraph by paragraph, marking the
// words of every claim it reports and every place it mentions.
func (n *Nav) articleView(id string) EvidenceView {
	src := n.story.SourceByID(id)
	if src == nil || src.Article == nil {
		return EvidenceView{Empty: fmt.Sprintf("The text of source %q is not available.", id)}
	}
	head := n.Passage(id)
	v := EvidenceView{Heading: "Source: " + head.Title}
	if head.Outlet != "" || head.Date != "" {
		v.Heading += " — " + strings.Trim(head.Outlet+", "+head.Date, ", ")
	}
	// Sentences that carry evidence, with their marks relative to the sentence.
	type hit struct {
		text  string
		marks []Mark
	}
	var hits []hit
	add := func(ev []analysis.Evidence, kind SelKind) {
		for _, e := range ev {
			if e.Source != id || len(e.Match) != 2 {
				continue
			}
			hits = append(hits, hit{e.Text, []Mark{{Start: e.Match[0], End: e.Match[1], Kind: kind}}})
		}
	}
	for _, c := range n.report.Claims {
		add(c.Evidence, SelClaim)
	}
	for _, p := range n.report.Places {
		add(p.Evidence, SelPlace)
	}
	for _, para := range src.Article.Paragraphs {
		p := head
		p.Text, p.Line = para.Text, para.Line
		var marks []Mark
		for _, h := range hits {
			at := strings.Index(para.Text, h.text)
			if at < 0 {
				continue
			}
			for _, m := range h.marks {
				marks = append(marks, Mark{Start: at + m.Start, End: at + m.End, Kind: m.Kind})
			}
		}
		p.Marks = cleanMarks(p.Text, marks)
		v.Passages = append(v.Passages, p)
	}
	return v
}

// cleanMarks drops marks outside text or not on rune boundaries, sorts them
// and merges overlaps, so that the renderer can cut text at them safely.
func cleanMarks(text string, marks []Mark) []Mark {
	ok := marks[:0:0]
	for _, m := range marks {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End ||
			!utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			continue
		}
		ok = append(ok, m)
	}
	sort.Slice(ok, func(i, j int) bool { return ok[i].Start < ok[j].Start })
	out := ok[:0]
	for _, m := range ok {
		if k := len(out) - 1; k >= 0 && m.Start <= out[k].End {
			out[k].End = max(out[k].End, m.End)
			continue
		}
		out = append(out, m)
	}
	return out
}

// dedupe keeps the first of passages with the same source and text, merging
// their marks.
func dedupe(ps []Passage) []Passage {
	seen := map[[2]string]int{}
	out := ps[:0]
	for _, p := range ps {
		k := [2]string{p.Source, p.Text}
		if i, ok := seen[k]; ok {
			out[i].Marks = cleanMarks(p.Text, append(append([]Mark(nil), out[i].Marks...), p.Marks...))
			continue
		}
		seen[k] = len(out)
		out = append(out, p)
	}
	return out
}

// Segments cuts text at its marks: alternating plain and marked runs, in
// order, that concatenate back to text.
func (p Passage) Segments() []TextRun {
	var out []TextRun
	at := 0
	for _, m := range p.Marks {
		if m.Start > at {
			out = append(out, TextRun{Text: p.Text[at:m.Start]})
		}
		out = append(out, TextRun{Text: p.Text[m.Start:m.End], Mark: m.Kind})
		at = m.End
	}
	if at < len(p.Text) {
		out = append(out, TextRun{Text: p.Text[at:]})
	}
	return out
}

// TextRun is a piece of passage text; Mark is SelNone for plain text.
type TextRun struct {
	Text string
	Mark SelKind
}
