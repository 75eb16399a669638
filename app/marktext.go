package app

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/storyview"
)

// markText shows a passage in which the marked claims and places are links
// inside the text itself: a tap on one calls onTap with its run. Marks
// that link returns false for (the selection itself) stay bold colour.
//
// Fyne 2.7's RichText wraps only text segments: a link segment is never
// moved to the next row, so a link near the end of a row runs past the
// widget's edge. markText therefore breaks the passage into rows itself,
// for the width it is laid out at, measuring the text as RichText does,
// and gives RichText rows that already fit: each row but the last ends in
// a line break, and a link that spans two rows becomes one link per row.
type markText struct {
	widget.BaseWidget
	rt    *widget.RichText
	runs  []storyview.TextRun
	link  func(storyview.TextRun) bool
	onTap func(storyview.TextRun)
	// keys gets the keys a focused link does not use (the window's).
	keys func(*fyne.KeyEvent)
	// width is the width the rows were broken for (0: not yet).
	width float32
}

func newMarkText() *markText {
	m := &markText{rt: widget.NewRichText()}
	m.rt.Wrapping = fyne.TextWrapWord
	m.ExtendBaseWidget(m)
	return m
}

// Set shows runs; link tells which marked runs are links, onTap is called
// with the run of a link tapped.
func (m *markText) Set(runs []storyview.TextRun, link func(storyview.TextRun) bool, onTap func(storyview.TextRun)) {
	m.runs, m.link, m.onTap = runs, link, onTap
	m.width = 0
	if w := m.Size().Width; w > 0 {
		m.relayout(w)
	}
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

func (m *markText) relayout(w float32) {
	m.width = w
	m.rt.Segments = m.rows(w - 2*theme.InnerPadding() - 2)
	m.rt.Refresh()
}

// CreateRenderer lays the RichText out, breaking its rows again when the
// width changes.
func (m *markText) CreateRenderer() fyne.WidgetRenderer {
	return &markTextRenderer{m: m}
}

type markTextRenderer struct{ m *markText }

func (r *markTextRenderer) Layout(s fyne.Size) {
	if s.Width != r.m.width {
		r.m.relayout(s.Width)
	}
	r.m.rt.Resize(s)
	r.m.rt.Move(fyne.NewPos(0, 0))
}

func (r *markTextRenderer) MinSize() fyne.Size           { return r.m.rt.MinSize() }
func (r *markTextRenderer) Refresh()                     { r.m.rt.Refresh() }
func (r *markTextRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.m.rt} }
func (r *markTextRenderer) Destroy()                     {}

// token is a word of one run with the spaces after it.
type token struct {
	run  int
	word string // without the spaces
	tail string // the spaces after it
}

func tokenize(runs []storyview.TextRun) []token {
	var out []token
	for i, r := range runs {
		s := r.Text
		for s != "" {
			// Leading spaces of a run go with the token before.
			j := strings.IndexFunc(s, func(c rune) bool { return !unicode.IsSpace(c) })
			if j != 0 {
				if j < 0 {
					j = len(s)
				}
				sp := strings.ReplaceAll(s[:j], "\n", " ")
				if len(out) > 0 {
					out[len(out)-1].tail += sp
				} else {
					out = append(out, token{run: i, tail: sp})
				}
				s = s[j:]
				continue
			}
			k := strings.IndexFunc(s, unicode.IsSpace)
			if k < 0 {
				k = len(s)
			}
			out = append(out, token{run: i, word: s[:k]})
			s = s[k:]
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

// piece is a stretch of one row drawn as one segment.
type piece struct {
	run  int
	text string
}

// rowPieces groups a row's tokens into pieces: the tokens of one run
// together, a link's trailing spaces moved out of the link.
func rowPieces(toks []token, link func(int) bool) []piece {
	var out []piece
	add := func(run int, s string) {
		if s == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].run == run {
			out[n-1].text += s
			return
		}
		out = append(out, piece{run, s})
	}
	for i, t := range toks {
		tail := t.tail
		if i == len(toks)-1 {
			tail = ""
		}
		if link(t.run) {
			add(t.run, t.word)
			// The spaces after a link's last word on the row are plain
			// text (run -1), unless the link goes on.
			if i+1 < len(toks) && toks[i+1].run == t.run {
				add(t.run, tail)
			} else {
				add(-1, tail)
			}
			continue
		}
		add(t.run, t.word+tail)
	}
	return out
}

// rows breaks the runs into rows no wider than w and returns them as
// segments.
func (m *markText) rows(w float32) []widget.RichTextSegment {
	toks := tokenize(m.runs)
	size := theme.TextSize()
	link := func(i int) bool { return i >= 0 && m.isLink(i) }
	measure := func(ps []piece) float32 {
		var x float32
		for _, p := range ps {
			ts := fyne.TextStyle{}
			if p.run >= 0 {
				ts = m.style(p.run).TextStyle
				if link(p.run) {
					ts = fyne.TextStyle{Bold: true}
				}
			}
			x += fyne.MeasureText(p.text, size, ts).Width
		}
		return x
	}
	var rows [][]piece
	start := 0
	for start < len(toks) {
		end := start + 1 // a row holds at least one word
		for end < len(toks) && measure(rowPieces(toks[start:end+1], link)) <= w {
			end++
		}
		rows = append(rows, rowPieces(toks[start:end], link))
		start = end
	}
	var segs []widget.RichTextSegment
	for ri, row := range rows {
		last := ri == len(rows)-1
		for pi, p := range row {
			if link(p.run) {
				run := m.runs[p.run]
				segs = append(segs, &markLink{Text: p.text, Run: run, Keys: m.keys, OnTapped: func() {
					if m.onTap != nil {
						m.onTap(run)
					}
				}})
				continue
			}
			st := widget.RichTextStyleInline
			if p.run >= 0 {
				st = m.style(p.run)
			}
			text := p.text
			if pi == len(row)-1 && !last {
				text += "\n"
			}
			segs = append(segs, &widget.TextSegment{Text: text, Style: st})
		}
		if n := len(row); n > 0 && link(row[n-1].run) && !last {
			segs = append(segs, &widget.TextSegment{Text: "\n", Style: widget.RichTextStyleInline})
		}
	}
	// The passage ends its paragraph.
	segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
	return segs
}
