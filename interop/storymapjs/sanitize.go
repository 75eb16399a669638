package storymapjs

import (
	"net/url"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The sanitiser works on html.Tokenizer tokens, not on a parsed tree: the
// tokenizer is linear in its input, while building an HTML5 tree from
// thousands of nested elements is not (a 1.5 MB run of "<div>" took minutes).

// dropped are elements whose content is removed with them.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Head: true, atom.Title: true, atom.Frame: true,
	atom.Frameset: true, atom.Applet: true, atom.Textarea: true, atom.Select: true,
	atom.Button: true, atom.Form: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Base: true,
}

// blocks are elements that start a new paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Hr: true, atom.Li: true,
	atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Table: true,
	atom.Tr: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Pre: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Figure: true, atom.Figcaption: true, atom.Aside: true, atom.Nav: true,
	atom.Main: true, atom.Address: true,
}

// kept are elements the Markdown subset expresses (besides blocks).
var kept = map[atom.Atom]bool{
	atom.Em: true, atom.I: true, atom.Strong: true, atom.B: true, atom.A: true,
	atom.Span: true, atom.Small: true, atom.Big: true, atom.U: true, atom.Font: true,
	atom.Sup: true, atom.Sub: true, atom.Code: true, atom.Abbr: true, atom.Cite: true,
	atom.Q: true, atom.Mark: true, atom.Time: true, atom.Td: true, atom.Th: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Html: true, atom.Body: true,
	atom.Center: true,
}

// sanitizer collects what was removed from one HTML fragment.
type sanitizer struct {
	removed map[string]bool
}

func (z *sanitizer) note(what string) {
	if z.removed == nil {
		z.removed = map[string]bool{}
	}
	z.removed[what] = true
}

// changes lists what was removed, sorted, for the report.
func (z *sanitizer) changes() []string {
	out := make([]string, 0, len(z.removed))
	for k := range z.removed {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// void elements have no end tag: they never start a skipped region.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Frame: true,
	atom.Keygen: true,
}

// media are elements dropped with their content, like dropped ones.
var media = map[atom.Atom]bool{
	atom.Img: true, atom.Video: true, atom.Audio: true, atom.Picture: true, atom.Canvas: true,
	atom.Plaintext: true, atom.Xmp: true, atom.Noembed: true, atom.Noframes: true,
}

// token is one token of the fragment, with what the sanitiser needs.
type token struct {
	typ  html.TokenType
	a    atom.Atom
	name string
	text string
	href string
}

// tokens runs the tokenizer over src, drops dropped elements with their
// content, records what it removed in z and calls fn for every other token.
func (z *sanitizer) tokens(src string, fn func(t token)) {
	tz := html.NewTokenizer(strings.NewReader(src))
	skip, skipDepth := "", 0
	for {
		tt := tz.Next()
		if tt == html.ErrorToken {
			return // io.EOF: a strings.Reader has no other error
		}
		tok := tz.Token()
		t := token{typ: tt, a: tok.DataAtom, name: tok.Data}
		if skip != "" {
			switch {
			case tt == html.StartTagToken && tok.Data == skip:
				skipDepth++
			case tt == html.EndTagToken && tok.Data == skip:
				skipDepth--
				if skipDepth == 0 {
					skip = ""
				}
			}
			continue
		}
		switch tt {
		case html.TextToken:
			t.text = tok.Data
		case html.CommentToken:
			z.note("comment")
			continue
		case html.DoctypeToken:
			continue
		case html.StartTagToken, html.SelfClosingTagToken:
			hidden := false
			for _, at := range tok.Attr {
				k := strings.ToLower(at.Key)
				switch {
				case strings.HasPrefix(k, "on"):
					z.note(k + " attribute")
				case k == "style":
					z.note("style attribute")
					hidden = hidden || hiddenStyle(at.Val)
				case k == "hidden" || (k == "aria-hidden" && strings.EqualFold(strings.TrimSpace(at.Val), "true")):
					hidden = true
				case k == "href":
					t.href = strings.TrimSpace(at.Val)
				}
			}
			if hidden && !void[t.a] {
				// What the page hides (display:none, the hidden attribute)
				// stays hidden: a browser would not show it.
				z.note("hidden <" + tok.Data + "> with its content")
				if tt == html.StartTagToken {
					skip, skipDepth = tok.Data, 1
				}
				continue
			}
			if dropped[t.a] || media[t.a] {
				z.note("<" + tok.Data + ">")
				if tt == html.StartTagToken && !void[t.a] {
					skip, skipDepth = tok.Data, 1
				}
				continue
			}
			if !blocks[t.a] && !kept[t.a] {
				z.note("<" + tok.Data + "> (unwrapped)")
			}
		case html.EndTagToken:
		}
		fn(t)
	}
}

// hiddenStyle reports whether a style attribute hides its element
// (display: none or visibility: hidden, in any case and spacing).
func hiddenStyle(style string) bool {
	compact := strings.ToLower(strings.Join(strings.Fields(style), ""))
	for _, decl := range strings.Split(compact, ";") {
		decl = strings.TrimSuffix(decl, "!important")
		if decl == "display:none" || decl == "visibility:hidden" {
			return true
		}
	}
	return false
}

// ToMarkdown converts an HTML fragment to the Markdown subset of step
// bodies: paragraphs separated by blank lines, lists (ul and ol, one item a
// line: "- " or "1. "), *emphasis*, **strong** and
// [links](url) for http, https and mailto URLs. Script, style, iframe and
// similar elements are dropped with their content, all attributes (on*
// handlers, styles) are dropped, entities are decoded and Markdown
// punctuation in the text is escaped. removed lists what was taken out.
// It runs in time linear in len(src).
func ToMarkdown(src string) (md string, removed []string) {
	z := &sanitizer{}
	w := newMDWriter()
	z.tokens(src, func(t token) {
		switch t.typ {
		case html.TextToken:
			w.text(t.text)
		case html.StartTagToken, html.SelfClosingTagToken:
			switch {
			case (t.a == atom.Ul || t.a == atom.Ol) && t.typ == html.StartTagToken:
				w.breakPara()
				w.lists = append(w.lists, listState{ordered: t.a == atom.Ol})
			case t.a == atom.Li:
				w.breakPara()
				w.startItem()
			case blocks[t.a]:
				w.breakPara()
			case t.a == atom.Em || t.a == atom.I:
				if t.typ == html.StartTagToken {
					w.open(kindEm, "")
				}
			case t.a == atom.Strong || t.a == atom.B:
				if t.typ == html.StartTagToken {
					w.open(kindStrong, "")
				}
			case t.a == atom.A && t.typ == html.StartTagToken:
				target, ok := safeLink(t.href)
				if t.href != "" && !ok {
					z.note("link " + shortScheme(t.href))
				}
				if ok {
					w.open(kindLink, target)
				} else {
					w.open(kindPlainLink, "")
				}
			}
		case html.EndTagToken:
			switch {
			case t.a == atom.Ul || t.a == atom.Ol:
				w.breakPara()
				w.item = ""
				if n := len(w.lists); n > 0 {
					w.lists = w.lists[:n-1]
				}
			case t.a == atom.Li:
				w.breakPara()
				w.item = ""
			case blocks[t.a]:
				w.breakPara()
			case t.a == atom.Em || t.a == atom.I:
				w.close(kindEm)
			case t.a == atom.Strong || t.a == atom.B:
				w.close(kindStrong)
			case t.a == atom.A:
				if !w.close(kindLink) {
					w.close(kindPlainLink)
				}
			}
		}
	})
	w.breakPara()
	var b strings.Builder
	for i, p := range w.paras {
		if i > 0 {
			if p.item && w.paras[i-1].item {
				b.WriteString("\n")
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(p.text)
	}
	return b.String(), z.changes()
}

// ToPlainText converts an HTML fragment (a headline) to one line of plain
// text: tags removed, dropped elements removed with their content, entities
// decoded, white space collapsed.
func ToPlainText(src string) (text string, removed []string) {
	z := &sanitizer{}
	var b strings.Builder
	z.tokens(src, func(t token) {
		switch {
		case t.typ == html.TextToken:
			b.WriteString(t.text)
		case blocks[t.a]:
			b.WriteByte(' ')
		}
	})
	return strings.Join(strings.Fields(b.String()), " "), z.changes()
}

// Inline node kinds.
const (
	kindText = iota
	kindEm
	kindStrong
	kindLink
	kindPlainLink // an <a> whose href was refused: its text only
	kindRoot
)

// node is an inline element of the paragraph being built.
type node struct {
	kind     int
	text     string // escaped Markdown, for kindText
	url      string // for kindLink
	children []*node
}

// mdWriter builds paragraphs from a stream of inline opens, closes and
// text. At most one node of each kind is open at a time, so the stack stays
// short and the work is linear.
type mdWriter struct {
	paras []mdPara
	root  *node
	stack []*node // open inline nodes, root first
	count [kindRoot]int
	lists []listState // the ul and ol elements open, outermost first
	item  string      // the marker of the list item being written, if any
}

// mdPara is one paragraph or list item of the output.
type mdPara struct {
	text string
	item bool // a list item: written on the line after the previous item
}

// listState is one open list: whether it is numbered, and the items so far.
type listState struct {
	ordered bool
	items   int
}

// startItem starts a list item: its marker is "- ", or the item's number
// in a numbered list. An li outside any list is a bullet.
func (w *mdWriter) startItem() {
	if len(w.lists) == 0 {
		w.item = "- "
		return
	}
	l := &w.lists[len(w.lists)-1]
	l.items++
	w.item = "- "
	if l.ordered {
		w.item = strconv.Itoa(l.items) + ". "
	}
}

func newMDWriter() *mdWriter {
	w := &mdWriter{}
	w.root = &node{kind: kindRoot}
	w.stack = []*node{w.root}
	return w
}

func (w *mdWriter) inLink() bool {
	for _, n := range w.stack {
		if n.kind == kindLink || n.kind == kindPlainLink {
			return true
		}
	}
	return false
}

func (w *mdWriter) text(s string) {
	top := w.stack[len(w.stack)-1]
	esc := escapeMarkdown(s, w.inLink())
	if k := len(top.children); k > 0 && top.children[k-1].kind == kindText {
		top.children[k-1].text += esc
		return
	}
	top.children = append(top.children, &node{kind: kindText, text: esc})
}

// open starts an inline node, unless one of that kind (or any link, for
// links) is already open, in which case it only counts it.
func (w *mdWriter) open(kind int, url string) {
	w.count[kind]++
	if w.count[kind] > 1 || ((kind == kindLink || kind == kindPlainLink) && w.inLink()) {
		return
	}
	w.push(&node{kind: kind, url: url})
}

func (w *mdWriter) push(n *node) {
	top := w.stack[len(w.stack)-1]
	top.children = append(top.children, n)
	w.stack = append(w.stack, n)
}

// close ends the open node of that kind, closing and reopening the nodes
// opened inside it (misnested tags like <b><i>x</b>y</i>). It reports
// whether a node of that kind was open.
func (w *mdWriter) close(kind int) bool {
	if w.count[kind] == 0 {
		return false
	}
	w.count[kind]--
	if w.count[kind] > 0 {
		return true
	}
	at := -1
	for i := len(w.stack) - 1; i > 0; i-- {
		if w.stack[i].kind == kind {
			at = i
			break
		}
	}
	if at < 0 {
		return true // counted but never pushed (a link inside a link)
	}
	inner := w.stack[at+1:]
	w.stack = w.stack[:at]
	for _, n := range inner {
		w.push(&node{kind: n.kind, url: n.url})
	}
	return true
}

// breakPara ends the paragraph and starts a new one with the same inline
// nodes open.
func (w *mdWriter) breakPara() {
	p := strings.Join(strings.Fields(render(w.root)), " ")
	if p != "" {
		if w.item != "" {
			w.paras = append(w.paras, mdPara{text: w.item + p, item: true})
		} else {
			w.paras = append(w.paras, mdPara{text: escapeListMarker(p)})
		}
		w.item = ""
	}
	open := w.stack[1:]
	w.root = &node{kind: kindRoot}
	w.stack = []*node{w.root}
	for _, n := range open {
		w.push(&node{kind: n.kind, url: n.url})
	}
}

// escapeListMarker escapes a paragraph's start that Markdown would read as
// a list item ("- x", "1. x", "2) x"), so that text stays text.
func escapeListMarker(p string) string {
	if strings.HasPrefix(p, "- ") {
		return `\` + p
	}
	d := 0
	for d < len(p) && d < 4 && p[d] >= '0' && p[d] <= '9' {
		d++
	}
	if d > 0 && d <= 3 && len(p) > d+1 && (p[d] == '.' || p[d] == ')') && p[d+1] == ' ' {
		return p[:d] + `\` + p[d:]
	}
	return p
}

// render writes a node as Markdown. Emphasis and strong move surrounding
// white space outside their delimiters (Markdown does not allow it inside)
// and vanish when empty.
func render(n *node) string {
	if n.kind == kindText {
		return n.text
	}
	var b strings.Builder
	for _, c := range n.children {
		b.WriteString(render(c))
	}
	inner := b.String()
	switch n.kind {
	case kindEm, kindStrong:
		delim := "*"
		if n.kind == kindStrong {
			delim = "**"
		}
		trimmed := strings.TrimSpace(inner)
		if trimmed == "" {
			return inner
		}
		lead := inner[:len(inner)-len(strings.TrimLeft(inner, " \t\n\r\f"))]
		trail := inner[len(strings.TrimRight(inner, " \t\n\r\f")):]
		return lead + delim + trimmed + delim + trail
	case kindLink:
		label := strings.Join(strings.Fields(inner), " ")
		if label == "" {
			label = escapeMarkdown(n.url, true)
		}
		return "[" + label + "](" + n.url + ")"
	}
	return inner
}

// safeLink returns href made safe for a Markdown link target (no spaces or
// parentheses), and whether it is an absolute http(s) URL with a host or a
// mailto URL.
func safeLink(href string) (string, bool) {
	u, err := url.Parse(href)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" || u.User != nil {
			return "", false
		}
	case "mailto":
		if u.Opaque == "" {
			return "", false
		}
	default:
		return "", false
	}
	r := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "\t", "%09", "\n", "%0A", "\r", "%0D")
	return r.Replace(href), true
}

// shortScheme names a refused link by its scheme, for the report.
func shortScheme(href string) string {
	if i := strings.IndexByte(href, ':'); i > 0 && i < 20 {
		return "to " + strings.ToLower(href[:i]) + ":"
	}
	return "without an http(s) or mailto scheme"
}

// escapeMarkdown escapes the characters the Markdown subset gives a meaning
// to. Inside a link label brackets are replaced by parentheses, since the
// subset does not allow them there.
func escapeMarkdown(s string, inLink bool) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '*':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '[', ']':
			if inLink {
				if r == '[' {
					b.WriteByte('(')
				} else {
					b.WriteByte(')')
				}
				continue
			}
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
