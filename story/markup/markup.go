package markup

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxBodyBytes is the longest body Parse reads; the rest is dropped and an
// ellipsis marks the cut.
const MaxBodyBytes = 64 << 10

// Doc is a parsed body: a list of paragraphs.
type Doc struct {
	Blocks []Block
	// DroppedLinks are the targets of links that were not kept because
	// they are not http, https or mailto URLs; their labels are plain text.
	DroppedLinks []string
}

// Block is one paragraph, or one item of a list: styled runs of text in
// order.
type Block struct {
	Inlines []Inline
	// List is the kind of list the block is an item of (NotList for a
	// paragraph); Number is an ordered item's number as written.
	List   ListKind
	Number int
}

// ListKind says whether a block is a list item, and of which list.
type ListKind int

const (
	// NotList is a paragraph.
	NotList ListKind = iota
	// Bullet is an item of an unordered list: a line starting "- " or "* ".
	Bullet
	// Ordered is an item of a numbered list: a line starting "1. " or "1) ".
	Ordered
)

// Inline is a run of text with one style. A link has a non-empty URL; its
// Text is the link's label (which may itself be emphasised).
type Inline struct {
	Text     string
	Emphasis bool
	Strong   bool
	URL      string
}

type style struct {
	emphasis, strong bool
	url              string
}

// Parse parses body. It never fails: what is not in the subset is text.
func Parse(body string) *Doc {
	if len(body) > MaxBodyBytes {
		cut := MaxBodyBytes
		for cut > 0 && !utf8.RuneStart(body[cut]) {
			cut--
		}
		body = body[:cut] + "…"
	}
	body = strings.ToValidUTF8(body, "\uFFFD")
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")
	d := &Doc{}
	var para []string
	var item Block // the list kind and number of the block being read
	flush := func() {
		if len(para) == 0 {
			return
		}
		text := strings.Join(strings.Fields(strings.Join(para, " ")), " ")
		p := &parser{}
		p.inline(text, style{})
		if ins := merge(p.out); len(ins) > 0 {
			d.Blocks = append(d.Blocks, Block{Inlines: ins, List: item.List, Number: item.Number})
		}
		d.DroppedLinks = append(d.DroppedLinks, p.dropped...)
		para = nil
	}
	for _, line := range strings.Split(body, "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			item = Block{}
			continue
		}
		if kind, n, rest, ok := listItem(line); ok {
			flush()
			item = Block{List: kind, Number: n}
			line = rest
		}
		para = append(para, line)
	}
	flush()
	return d
}

// listItem reads a list item's marker at the start of line: "- " or "* "
// (bullet), or one to three digits then ". " or ") " (ordered), after at
// most three spaces. It returns the item's text after the marker.
func listItem(line string) (kind ListKind, n int, rest string, ok bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return NotList, 0, line, false
	}
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ' {
		return Bullet, 0, t[2:], true
	}
	digits := 0
	for digits < len(t) && digits < 4 && t[digits] >= '0' && t[digits] <= '9' {
		n = n*10 + int(t[digits]-'0')
		digits++
	}
	if digits == 0 || digits > 3 || len(t) < digits+2 || (t[digits] != '.' && t[digits] != ')') || t[digits+1] != ' ' {
		return NotList, 0, line, false
	}
	return Ordered, n, t[digits+2:], true
}

// parser holds the output.
type parser struct {
	out     []Inline
	dropped []string
}

func (p *parser) text(s string, st style) {
	if s != "" {
		p.out = append(p.out, Inline{Text: s, Emphasis: st.emphasis, Strong: st.strong, URL: st.url})
	}
}

func (p *parser) inline(s string, st style) {
	// Memos that keep parsing near linear: once a closing delimiter is not
	// found from some position of s it will not be found from a later one.
	var noStrong, noEm, noLink bool
	var lit strings.Builder
	emit := func() {
		p.text(lit.String(), st)
		lit.Reset()
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte(`\*_[]()-.`, s[i+1]) >= 0:
			lit.WriteByte(s[i+1])
			i += 2
			continue
		case c == '*' && strings.HasPrefix(s[i:], "**") && !st.strong && !noStrong:
			if j := strings.Index(s[i+2:], "**"); j > 0 {
				emit()
				inner := st
				inner.strong = true
				p.inline(s[i+2:i+2+j], inner)
				i += 2 + j + 2
				continue
			}
			noStrong = true
		case c == '*' && !strings.HasPrefix(s[i:], "**") && !st.emphasis && !noEm:
			if j := closeEmphasis(s, i+1); j > i+1 {
				emit()
				inner := st
				inner.emphasis = true
				p.inline(s[i+1:j], inner)
				i = j + 1
				continue
			} else if j < 0 {
				noEm = true
			}
		case c == '[' && st.url == "" && !noLink:
			if label, target, n, ok := link(s[i:]); ok {
				emit()
				inner := st
				if safeURL(target) {
					inner.url = target
				} else {
					p.dropped = append(p.dropped, target)
				}
				if label == "" {
					label = target
					if inner.url == "" {
						label = ""
					}
				}
				p.inline(label, inner)
				i += n
				continue
			} else if !strings.Contains(s[i:], "](") {
				noLink = true
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		lit.WriteString(s[i : i+size])
		i += size
	}
	emit()
}

// closeEmphasis finds the '*' closing an emphasis opened before from,
// skipping **strong** pairs. It returns -1 when there is none.
func closeEmphasis(s string, from int) int {
	for k := from; k < len(s); k++ {
		if s[k] == '\\' {
			k++
			continue
		}
		if s[k] != '*' {
			continue
		}
		if strings.HasPrefix(s[k:], "**") {
			j := strings.Index(s[k+2:], "**")
			if j < 0 {
				return -1
			}
			k += 2 + j + 1
			continue
		}
		return k
	}
	return -1
}

// link reads "[label](target)" at the start of s.
func link(s string) (label, target string, n int, ok bool) {
	close := strings.Index(s, "](")
	if close < 0 || strings.ContainsAny(s[1:close], "[]") {
		return "", "", 0, false
	}
	end := strings.IndexByte(s[close+2:], ')')
	if end < 0 {
		return "", "", 0, false
	}
	target = strings.TrimSpace(s[close+2 : close+2+end])
	if strings.ContainsFunc(target, unicode.IsSpace) {
		return "", "", 0, false
	}
	return s[1:close], target, close + 2 + end + 1, true
}

// safeURL reports whether a link target may be opened: an absolute http or
// https URL with a host, or a mailto URL.
func safeURL(target string) bool {
	u, err := url.Parse(target)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != "" && u.User == nil
	case "mailto":
		return u.Opaque != ""
	}
	return false
}

// merge joins neighbouring runs of the same style.
func merge(in []Inline) []Inline {
	var out []Inline
	for _, x := range in {
		if n := len(out); n > 0 && out[n-1].Emphasis == x.Emphasis && out[n-1].Strong == x.Strong && out[n-1].URL == x.URL {
			out[n-1].Text += x.Text
			continue
		}
		out = append(out, x)
	}
	return out
}

// PlainText returns the text of the document, paragraphs separated by a
// blank line; list items start with "• " or their number ("2. ") and
// follow each other on their own lines.
func (d *Doc) PlainText() string {
	var b strings.Builder
	for i, bl := range d.Blocks {
		if i > 0 {
			if bl.List != NotList && d.Blocks[i-1].List == bl.List {
				b.WriteString("\n")
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(bl.Marker())
		for _, in := range bl.Inlines {
			b.WriteString(in.Text)
		}
	}
	return b.String()
}

// Marker is the text a list item starts with in plain text: "• " for a
// bullet, "3. " for the third item of a numbered list, "" for a paragraph.
func (bl Block) Marker() string {
	switch bl.List {
	case Bullet:
		return "• "
	case Ordered:
		return strconv.Itoa(bl.Number) + ". "
	}
	return ""
}
