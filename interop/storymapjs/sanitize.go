package storymapjs

import (
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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

// parse parses an HTML fragment in a <body> context. It never fails on
// malformed HTML (the HTML5 algorithm repairs it); it fails only on a read
// error, which a string reader does not produce.
func parse(src string) []*html.Node {
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(src), ctx)
	if err != nil {
		return []*html.Node{{Type: html.TextNode, Data: src}}
	}
	return nodes
}

// ToMarkdown converts an HTML fragment to the Markdown subset of step
// bodies: paragraphs separated by blank lines, *emphasis*, **strong** and
// [links](url) for http, https and mailto URLs. Script, style, iframe and
// similar elements are dropped with their content, all attributes (on*
// handlers, styles) are dropped, entities are decoded and Markdown
// punctuation in the text is escaped. removed lists what was taken out.
func ToMarkdown(src string) (md string, removed []string) {
	z := &sanitizer{}
	w := &mdWriter{}
	for _, n := range parse(src) {
		z.walk(n, w, style{})
	}
	w.breakPara()
	return strings.Join(w.paras, "\n\n"), z.changes()
}

// ToPlainText converts an HTML fragment (a headline) to one line of plain
// text: tags removed, dropped elements removed with their content, entities
// decoded, white space collapsed.
func ToPlainText(src string) (text string, removed []string) {
	z := &sanitizer{}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			z.checkAttrs(n)
			if dropped[n.DataAtom] {
				z.note("<" + n.Data + ">")
				return
			}
			if n.DataAtom == atom.Img {
				z.note("<img>")
				return
			}
			if blocks[n.DataAtom] {
				b.WriteByte(' ')
			}
		case html.CommentNode:
			z.note("comment")
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blocks[n.DataAtom] {
			b.WriteByte(' ')
		}
	}
	for _, n := range parse(src) {
		walk(n)
	}
	return strings.Join(strings.Fields(b.String()), " "), z.changes()
}

type style struct {
	em, strong bool
	inLink     bool
}

// mdWriter accumulates paragraphs of Markdown.
type mdWriter struct {
	paras []string
	cur   strings.Builder
}

func (w *mdWriter) breakPara() {
	p := strings.Join(strings.Fields(w.cur.String()), " ")
	if p != "" {
		w.paras = append(w.paras, p)
	}
	w.cur.Reset()
}

func (z *sanitizer) checkAttrs(n *html.Node) {
	for _, a := range n.Attr {
		k := strings.ToLower(a.Key)
		switch {
		case strings.HasPrefix(k, "on"):
			z.note(k + " attribute")
		case k == "style":
			z.note("style attribute")
		}
	}
}

// walk writes n and its children to w.
func (z *sanitizer) walk(n *html.Node, w *mdWriter, st style) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(escapeMarkdown(n.Data, st.inLink))
		return
	case html.CommentNode:
		z.note("comment")
		return
	case html.DoctypeNode:
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			z.walk(c, w, st)
		}
		return
	}
	z.checkAttrs(n)
	a := n.DataAtom
	switch {
	case dropped[a]:
		z.note("<" + n.Data + ">")
		return
	case a == atom.Img || a == atom.Video || a == atom.Audio || a == atom.Picture || a == atom.Canvas:
		z.note("<" + n.Data + ">")
		return
	case blocks[a]:
		w.breakPara()
		z.children(n, w, st)
		w.breakPara()
		return
	case (a == atom.Em || a == atom.I) && !st.em:
		st.em = true
		z.wrap(n, w, st, "*")
		return
	case (a == atom.Strong || a == atom.B) && !st.strong:
		st.strong = true
		z.wrap(n, w, st, "**")
		return
	case a == atom.A && !st.inLink:
		z.link(n, w, st)
		return
	case !kept[a]:
		z.note("<" + n.Data + "> (unwrapped)")
	}
	z.children(n, w, st)
}

func (z *sanitizer) children(n *html.Node, w *mdWriter, st style) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		z.walk(c, w, st)
	}
}

// wrap writes n's children between delimiters, moving surrounding white
// space outside them (Markdown emphasis may not start or end with a space).
// Block children inside inline markup end the markup at the break.
func (z *sanitizer) wrap(n *html.Node, w *mdWriter, st style, delim string) {
	inner := &mdWriter{}
	z.children(n, inner, st)
	inner.breakParaRaw()
	for i, p := range inner.paras {
		if i > 0 {
			w.breakPara()
		}
		trimmed := strings.TrimSpace(p)
		if trimmed == "" {
			w.cur.WriteString(p)
			continue
		}
		lead := p[:len(p)-len(strings.TrimLeft(p, " \t\n\r\f"))]
		trail := p[len(strings.TrimRight(p, " \t\n\r\f")):]
		w.cur.WriteString(lead + delim + trimmed + delim + trail)
	}
}

// breakParaRaw is breakPara without collapsing white space at the ends, so
// that wrap can move it outside the delimiters.
func (w *mdWriter) breakParaRaw() {
	p := w.cur.String()
	if p != "" {
		w.paras = append(w.paras, p)
	}
	w.cur.Reset()
}

// link writes an <a> as [label](url) when its href is http, https or
// mailto, and as its text otherwise.
func (z *sanitizer) link(n *html.Node, w *mdWriter, st style) {
	href := ""
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, "href") {
			href = strings.TrimSpace(a.Val)
		}
	}
	target, ok := safeLink(href)
	if href != "" && !ok {
		z.note("link " + shortScheme(href))
	}
	if !ok {
		z.children(n, w, st)
		return
	}
	st.inLink = true
	inner := &mdWriter{}
	z.children(n, inner, st)
	label := strings.Join(strings.Fields(inner.cur.String()+" "+strings.Join(inner.paras, " ")), " ")
	if label == "" {
		label = escapeMarkdown(href, true)
	}
	w.cur.WriteString("[" + label + "](" + target + ")")
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
