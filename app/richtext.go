package app

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story/markup"
)

// bodyParagraphs is a step body (story/markup) as flowText paragraphs:
// emphasis in italics, strong in bold, http and https links as links, a
// list item after its bullet or number; large uses the sub-heading size
// (the presentation). Only http and https links become links, opened by
// the system browser when clicked; nothing remote is ever loaded. A
// source the text cites by id is shown by name (citer; cite nil: as
// written), as a link when cite has an onTap.
func bodyParagraphs(body string, large bool, cite *citer) [][]flowRun {
	doc := markup.Parse(body)
	size := theme.SizeNameText
	if large {
		size = theme.SizeNameSubHeadingText
	}
	var paras [][]flowRun
	for _, b := range doc.Blocks {
		var para []flowRun
		if m := b.Marker(); m != "" { // a list item: "• " or "2. " before it
			st := widget.RichTextStyleInline
			st.SizeName = size
			para = append(para, flowRun{text: m, style: st})
		}
		for _, in := range b.Inlines {
			st := widget.RichTextStyleInline
			st.SizeName = size
			st.TextStyle = fyne.TextStyle{Bold: in.Strong, Italic: in.Emphasis}
			if in.URL == "" {
				para = append(para, cite.runs(in.Text, st)...)
				continue
			}
			r := flowRun{text: in.Text, style: st}
			if u := safeURL(in.URL); u != nil {
				r.link = func(text string) widget.RichTextSegment {
					return &widget.HyperlinkSegment{Text: text, URL: u, OnTapped: func() {
						if a := fyne.CurrentApp(); a != nil {
							_ = a.OpenURL(u)
						}
					}}
				}
			}
			para = append(para, r)
		}
		paras = append(paras, para)
	}
	return paras
}

// safeURL returns u parsed when it is an absolute http or https URL.
func safeURL(s string) *url.URL {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

// headSegments renders a source's heading in the evidence list.
func headSegments(text string) []widget.RichTextSegment {
	st := widget.RichTextStyleHeading
	st.SizeName = theme.SizeNameText
	st.ColorName = theme.ColorNamePrimary
	return []widget.RichTextSegment{&widget.TextSegment{Text: text, Style: st}}
}

// noteSegments renders a plain paragraph (an empty view's explanation).
func noteSegments(text string) []widget.RichTextSegment {
	return []widget.RichTextSegment{&widget.TextSegment{Text: text, Style: widget.RichTextStyleParagraph}}
}
