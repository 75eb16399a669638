package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/storyview"
)

// markText shows a passage in which the marked claims and places are links
// inside the text itself: a tap on one calls onTap with its run. Marks
// that link returns false for (the selection itself) stay bold colour.
// It is a flowText (flowtext.go): a link that spans two rows becomes one
// link per row, and no link runs past the widget's edge.
type markText struct {
	flowText
	runs  []storyview.TextRun
	link  func(storyview.TextRun) bool
	onTap func(storyview.TextRun)
	// keys gets the keys a focused link does not use (the window's).
	keys func(*fyne.KeyEvent)
}

func newMarkText() *markText {
	m := &markText{flowText: flowText{rt: widget.NewRichText()}}
	m.rt.Wrapping = fyne.TextWrapWord
	m.ExtendBaseWidget(m)
	return m
}

// Set shows runs; link tells which marked runs are links, onTap is called
// with the run of a link tapped.
func (m *markText) Set(runs []storyview.TextRun, link func(storyview.TextRun) bool, onTap func(storyview.TextRun)) {
	m.runs, m.link, m.onTap = runs, link, onTap
	para := make([]flowRun, len(runs))
	for i, r := range runs {
		para[i] = flowRun{text: r.Text, style: m.style(i)}
		if m.isLink(i) {
			run := r
			para[i].linkStyle = fyne.TextStyle{Bold: true}
			para[i].link = func(text string) widget.RichTextSegment {
				return &markLink{Text: text, Style: fyne.TextStyle{Bold: true}, Run: run, Keys: m.keys, OnTapped: func() {
					if m.onTap != nil {
						m.onTap(run)
					}
				}}
			}
		}
	}
	m.SetParagraphs([][]flowRun{para})
}

// Links returns the link segments shown now (for tests).
func (m *markText) Links() []*markLink {
	var out []*markLink
	for _, s := range m.rt.Segments {
		if l, ok := s.(*markLink); ok {
			out = append(out, l)
		}
	}
	return out
}

// style is how run i is drawn when it is not a link.
func (m *markText) style(i int) widget.RichTextStyle {
	st := widget.RichTextStyleInline
	switch m.runs[i].Mark {
	case SelClaim:
		st.TextStyle.Bold = true
		st.ColorName = theme.ColorNamePrimary
	case SelPlace:
		st.TextStyle.Bold = true
		st.ColorName = theme.ColorNameSuccess
	}
	return st
}

func (m *markText) isLink(i int) bool {
	r := m.runs[i]
	return r.Mark != SelNone && m.link != nil && m.link(r)
}
