package markup

import (
	"html"
	"strconv"
	"strings"
)

// HTML renders the document as an HTML fragment for exports. All text is
// escaped; the only elements produced are p, ul, ol, li, em, strong and a (with
// rel="noopener noreferrer nofollow"), and links only carry URLs that passed
// the http/https/mailto check, so nothing from a story can run script.
func (d *Doc) HTML() string {
	var b strings.Builder
	open := NotList // the list element open, if any
	closeList := func() {
		switch open {
		case Bullet:
			b.WriteString("</ul>\n")
		case Ordered:
			b.WriteString("</ol>\n")
		}
		open = NotList
	}
	for _, bl := range d.Blocks {
		if bl.List != open {
			closeList()
			switch bl.List {
			case Bullet:
				b.WriteString("<ul>\n")
			case Ordered:
				if bl.Number != 1 {
					b.WriteString(`<ol start="` + strconv.Itoa(bl.Number) + `">` + "\n")
				} else {
					b.WriteString("<ol>\n")
				}
			}
			open = bl.List
		}
		if open == NotList {
			b.WriteString("<p>")
		} else {
			b.WriteString("<li>")
		}
		for _, in := range bl.Inlines {
			if in.URL != "" {
				b.WriteString(`<a href="` + html.EscapeString(in.URL) + `" rel="noopener noreferrer nofollow">`)
			}
			if in.Strong {
				b.WriteString("<strong>")
			}
			if in.Emphasis {
				b.WriteString("<em>")
			}
			b.WriteString(html.EscapeString(in.Text))
			if in.Emphasis {
				b.WriteString("</em>")
			}
			if in.Strong {
				b.WriteString("</strong>")
			}
			if in.URL != "" {
				b.WriteString("</a>")
			}
		}
		if open == NotList {
			b.WriteString("</p>\n")
		} else {
			b.WriteString("</li>\n")
		}
	}
	closeList()
	return b.String()
}
