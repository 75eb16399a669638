package app

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
)

// citer shows the sources a step's text cites by id ("quoted by 003",
// "(001, 002)") by their names (sourceName: the outlet, else the title in
// quotes) wherever the app shows a step's text; the text itself, and so
// the story's data, keeps the ids. A word cites a source when it is the
// source's id, or the part of the id before its first "_" ("003" for
// 003_86e7a0a32fc7023e) when no other source's id begins with that part;
// a word is a run of letters, digits, "_" and "-", and cites only when it
// has a digit and does not read as a plain number (digits not led by a 0,
// as "2019" or "3"), so that words ("a" for a source a.md), dates and
// counts stay as they are.
type citer struct {
	refs  map[string]string // word -> source id
	names map[string]string // source id -> what the text shows
	// onTap, when set, makes each citation a link that selects its
	// source; otherwise it is plain text. keys gets the keys a focused
	// link does not use.
	onTap func(id string)
	keys  func(*fyne.KeyEvent)
}

// citer names the sources of the story shown (newCiter), its citations
// links that call onTap (nil: plain text). The names are read once per
// story.
func (u *UI) citer(onTap func(id string)) *citer {
	s := u.nav.Story()
	if u.ux.cite == nil || u.ux.citeStory != s || len(u.ux.cite.names) != len(s.Sources) {
		u.ux.cite, u.ux.citeStory = newCiter(s, nil), s
	}
	c := *u.ux.cite
	c.onTap, c.keys = onTap, u.typedKey
	return &c
}

// newCiter reads the sources of s (nil: a citer that changes nothing).
func newCiter(s *story.Story, onTap func(id string)) *citer {
	c := &citer{refs: map[string]string{}, names: map[string]string{}, onTap: onTap}
	if s == nil {
		return c
	}
	short := map[string][]string{} // the part before "_" -> ids
	for _, src := range s.Sources {
		if src.ID == "" {
			continue
		}
		c.names[src.ID] = citeName(src)
		if citeWord(src.ID) {
			c.refs[src.ID] = src.ID
		}
		if i := strings.IndexByte(src.ID, '_'); i > 0 {
			short[src.ID[:i]] = append(short[src.ID[:i]], src.ID)
		}
	}
	for w, ids := range short {
		if _, taken := c.refs[w]; !taken && len(ids) == 1 && citeWord(w) {
			c.refs[w] = ids[0]
		}
	}
	return c
}

// citeName is what a citation of src shows: its outlet, else its title in
// quotes, else its id.
func citeName(src *story.Source) string {
	switch {
	case src.Outlet != "":
		return src.Outlet
	case src.Title != "":
		return "“" + strings.Join(strings.Fields(src.Title), " ") + "”"
	}
	return src.ID
}

// citeWord reports whether w can cite a source: it has a digit and is
// not a plain number (digits not led by a 0, as "2019" or "3").
func citeWord(w string) bool {
	digits, other := 0, 0
	for _, r := range w {
		if r >= '0' && r <= '9' {
			digits++
		} else {
			other++
		}
	}
	return digits > 0 && (other > 0 || w[0] == '0')
}

// citePiece is a stretch of text: plain (source "") or a citation of
// source, whose name is text, by word (the text as written).
type citePiece struct {
	text, source, word string
}

// split cuts text at its citations, each replaced by its source's name.
// Text without a citation comes back as one plain piece.
func (c *citer) split(text string) []citePiece {
	if c == nil || len(c.refs) == 0 {
		return []citePiece{{text: text}}
	}
	var out []citePiece
	plain := 0 // start of the plain text not yet emitted
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' }
	for i := 0; i < len(text); { // byte offsets; invalid UTF-8 is not a word
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError || !isWord(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if r == utf8.RuneError || !isWord(r) {
				break
			}
			j += n
		}
		if w := text[i:j]; c.refs[w] != "" {
			if plain < i {
				out = append(out, citePiece{text: text[plain:i]})
			}
			id := c.refs[w]
			out = append(out, citePiece{text: c.names[id], source: id, word: w})
			plain = j
		}
		i = j
	}
	if plain < len(text) || len(out) == 0 {
		out = append(out, citePiece{text: text[plain:]})
	}
	return out
}

// runs is text in style as flowText runs, its citations by name: links
// to their sources when c has an onTap.
func (c *citer) runs(text string, style widget.RichTextStyle) []flowRun {
	pieces := c.split(text)
	out := make([]flowRun, len(pieces))
	for i, p := range pieces {
		out[i] = flowRun{text: p.text, style: style}
		if p.source == "" || c.onTap == nil {
			continue
		}
		id, tap := p.source, c.onTap
		out[i].linkStyle = style.TextStyle
		out[i].link = func(text string) widget.RichTextSegment {
			return &markLink{Text: text, Style: style.TextStyle, Keys: c.keys, OnTapped: func() { tap(id) }}
		}
	}
	return out
}
