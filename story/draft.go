package story

import (
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/storylens/storylens/internal/lexicon"
)

// maxDraftTitle is the longest step title a draft takes from an article's
// first sentence, in characters.
const maxDraftTitle = 90

// buildDraft makes the steps of a story that has articles but no
// story.json: an overview step citing every source, then one step per
// article in date order (undated last, then by file name). Places are left
// empty for the analysis to fill.
func buildDraft(s *Story) {
	s.Draft = true
	if s.Title == "" {
		name := path.Base(strings.TrimRight(strings.ReplaceAll(s.Origin, "\\", "/"), "/"))
		name = strings.TrimSuffix(name, path.Ext(name))
		if name == "" || name == "." || name == "/" {
			name = "articles"
		}
		s.Title = "Draft: " + name
	}
	srcs := make([]*Source, 0, len(s.Sources))
	for _, src := range s.Sources {
		if src.Article != nil {
			srcs = append(srcs, src)
		}
	}
	sort.SliceStable(srcs, func(i, j int) bool {
		a, b := srcs[i].Date, srcs[j].Date
		if (a == "") != (b == "") {
			return a != ""
		}
		return a < b
	})
	overview := Step{ID: "overview", Title: "Overview", Date: dateSpan(srcs),
		Body: "A draft built from " + lexicon.Count(len(srcs), "article") + ". Add a story.json to tell the story step by step."}
	ids := map[string]bool{"overview": true}
	for _, src := range srcs {
		overview.Sources = append(overview.Sources, src.ID)
	}
	s.Steps = []Step{overview}
	for _, src := range srcs {
		id := src.ID
		if ids[id] {
			id = "source-" + id
		}
		ids[id] = true
		s.Steps = append(s.Steps, Step{
			ID:      id,
			Title:   draftTitle(src),
			Date:    src.Date,
			Body:    draftBody(src),
			Sources: []string{src.ID},
		})
	}
}

// DateSpan is the range of the sources' dates ("2023-09-10/2023-09-13"),
// a single day, or "" when none has a date.
func DateSpan(srcs []*Source) string { return dateSpan(srcs) }

// dateSpan is the range of the sources' dates, a single day, or "".
func dateSpan(srcs []*Source) string {
	lo, hi := "", ""
	for _, s := range srcs {
		if !isDay(s.Date) {
			continue
		}
		if lo == "" || s.Date < lo {
			lo = s.Date
		}
		if s.Date > hi {
			hi = s.Date
		}
	}
	if lo == hi {
		return lo
	}
	return lo + "/" + hi
}

// draftTitle is the source's title, else the heading the article opens
// with, else its first sentence (shortened), else its id. A heading further
// down is a section title, not the article's.
func draftTitle(src *Source) string {
	if src.Title != "" {
		return src.Title
	}
	a := src.Article
	if len(a.Paragraphs) > 0 && a.Paragraphs[0].Heading {
		return a.Paragraphs[0].Text
	}
	if len(a.Sentences) > 0 {
		return shorten(strings.Join(strings.Fields(a.Sentences[0].Text), " "), maxDraftTitle)
	}
	return src.ID
}

// draftBody is the article's first non-heading paragraph, with Markdown
// characters escaped so that it shows as written.
func draftBody(src *Source) string {
	for _, p := range src.Article.Paragraphs {
		if !p.Heading {
			return EscapeMarkup(strings.Join(strings.Fields(p.Text), " "))
		}
	}
	return ""
}

// markupEscaper escapes the characters the step body markup gives a
// meaning to.
var markupEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `[`, `\[`, `]`, `\]`)

// EscapeMarkup returns s with the characters the step body markup (see
// story/markup) treats specially escaped, so that it shows as written.
func EscapeMarkup(s string) string { return markupEscaper.Replace(s) }

// Shorten cuts s to at most n characters, ending in "…" when cut.
func Shorten(s string, n int) string { return shorten(s, n) }

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, count := 0, 0
	for i := range s {
		if count == n-1 {
			cut = i
			break
		}
		count++
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
