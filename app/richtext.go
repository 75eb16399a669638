package app

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story/markup"
)

// bodySegments renders a step body (the Markdown subset of story/markup) as
// RichText segments. Only http and https links become hyperlinks, opened by
// the system browser when clicked; nothing remote is ever loaded.
func bodySegments(body string, large bool) []widget.RichTextSegment {
	doc := markup.Parse(body)
	var segs []widget.RichTextSegment
	size := theme.SizeNameText
	if large {
		size = theme.SizeNameSubHeadingText
	}
	for _, b := range doc.Blocks {
		if m := b.Marker(); m != "" { // a list item: "• " or "2. " before it
			st := widget.RichTextStyleInline
			st.SizeName = size
			segs = append(segs, &widget.TextSegment{Text: m, Style: st})
		}
		for ii, in := range b.Inlines {
			inline := ii < len(b.Inlines)-1
			if u := safeURL(in.URL); u != nil {
				h := &widget.HyperlinkSegment{Text: in.Text, URL: u}
				u2 := u
				h.OnTapped = func() {
					if a := fyne.CurrentApp(); a != nil {
						_ = a.OpenURL(u2)
					}
				}
				segs = append(segs, h)
				if !inline {
					segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
				}
				continue
			}
			st := widget.RichTextStyleInline
			if !inline {
				st = widget.RichTextStyleParagraph
			}
			st.SizeName = size
			st.TextStyle = fyne.TextStyle{Bold: in.Strong, Italic: in.Emphasis}
			segs = append(segs, &widget.TextSegment{Text: in.Text, Style: st})
		}
	}
	return shiftSpaces(segs)
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

// shiftSpaces moves the whitespace at the end of each text segment to the
// start of the next one when both are in the same paragraph. Fyne 2.7's
// RichText wraps a segment that starts in the last few pixels of a row one
// character per row (fyne-io/fyne#3711, #4303, fixed upstream by #6200);
// a segment that starts with a space wraps at that space instead.
func shiftSpaces(segs []widget.RichTextSegment) []widget.RichTextSegment {
	for i := 0; i+1 < len(segs); i++ {
		a, ok1 := segs[i].(*widget.TextSegment)
		b, ok2 := segs[i+1].(*widget.TextSegment)
		if !ok1 || !ok2 || !a.Style.Inline {
			continue
		}
		trimmed := strings.TrimRight(a.Text, " ")
		if n := len(a.Text) - len(trimmed); n > 0 && trimmed != "" {
			a.Text = trimmed
			b.Text = strings.Repeat(" ", n) + b.Text
		}
	}
	return segs
}
