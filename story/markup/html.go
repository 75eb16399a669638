package markup

import (
	"html"
	"strings"
)

// HTML renders the document as an HTML fragment for exports. All text is
// escaped; the only elements produced are p, em, strong and a (with
// rel="noopener noreferrer nofollow"), and links only carry URLs that passed
// the http/https/mailto check, so nothing from a story can run script.
func (d *Doc) HTML() string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		b.WriteString("<p>")
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
		b.WriteString("</p>\n")
	}
	return b.String()
}
