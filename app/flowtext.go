package app

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowText is a RichText whose rows it breaks itself, for the width it is
// laid out at, measuring the text as RichText does: each row but a
// paragraph's last ends in a line break, so RichText has nothing left to
// wrap. Fyne 2.7's RichText wraps badly in two ways that this avoids: an
// inline link is never moved to the next row, so one near the end of a row
// runs past the widget's edge; and a styled segment whose first row would
// end exactly at a word is moved whole to the next row, leaving a short row
// and a stray space before it (lineBounds compares a row's end with an
// offset from the segment's start). The step text and the evidence
// passages (markText) are flowText.
type flowText struct {
	widget.BaseWidget
	rt    *widget.RichText
	paras [][]flowRun
	// width is the width the rows were broken for (0: not yet).
	width float32
}

// flowRun is a stretch of a paragraph drawn in one style: text with style
// (an inline RichText style: text style, colour and size), or, when link
// is set, the link segments link makes, one per row the stretch spans,
// drawn in linkStyle.
type flowRun struct {
	text      string
	style     widget.RichTextStyle
	link      func(text string) widget.RichTextSegment
	linkStyle fyne.TextStyle
}

func newFlowText() *flowText {
	f := &flowText{rt: widget.NewRichText()}
	f.rt.Wrapping = fyne.TextWrapWord
	f.ExtendBaseWidget(f)
	return f
}

// SetParagraphs shows paras, each a paragraph of runs.
func (f *flowText) SetParagraphs(paras [][]flowRun) {
	f.paras = paras
	f.width = 0
	if w := f.Size().Width; w > 0 {
		f.relayout(w)
	}
}

// Text is the text shown, paragraphs separated by blank lines (for tests
// and for what a screen reader would read).
func (f *flowText) Text() string {
	var b strings.Builder
	for i, p := range f.paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for _, r := range p {
			b.WriteString(r.text)
		}
	}
	return b.String()
}

// flowWidth is the width of text a flowText of width w breaks its rows for
// (RichText pads its text by the inner padding on each side; 2 pixels
// spare against rounding).
func flowWidth(w float32) float32 { return w - 2*theme.InnerPadding() - 2 }

func (f *flowText) relayout(w float32) {
	f.width = w
	f.rt.Segments = flowSegments(f.paras, flowWidth(w))
	f.rt.Refresh()
}

// CreateRenderer lays the RichText out, breaking its rows again when the
// width changes.
func (f *flowText) CreateRenderer() fyne.WidgetRenderer { return &flowTextRenderer{f: f} }

type flowTextRenderer struct{ f *flowText }

func (r *flowTextRenderer) Layout(s fyne.Size) {
	if s.Width != r.f.width {
		r.f.relayout(s.Width)
	}
	r.f.rt.Resize(s)
	r.f.rt.Move(fyne.NewPos(0, 0))
}

func (r *flowTextRenderer) MinSize() fyne.Size           { return r.f.rt.MinSize() }
func (r *flowTextRenderer) Refresh()                     { r.f.rt.Refresh() }
func (r *flowTextRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.f.rt} }
func (r *flowTextRenderer) Destroy()                     {}

// token is a word of one run with the spaces after it.
type token struct {
	run  int
	word string // without the spaces
	tail string // the spaces after it
}

func tokenize(runs []flowRun) []token {
	var out []token
	for i, r := range runs {
		s := r.text
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

// piece is a stretch of one row drawn as one segment (run -1: the plain
// spaces after a link).
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

// flowSegments breaks each paragraph into rows no wider than w (a row holds
// at least one word) and returns them as RichText segments.
func flowSegments(paras [][]flowRun, w float32) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for _, runs := range paras {
		segs = append(segs, paragraphSegments(runs, w)...)
	}
	return segs
}

// flowRows breaks runs (one paragraph) into rows no wider than w, a row
// holding at least one word. Each word and each stretch of spaces is
// measured once, in its style, and a row's width is their sum (text
// advances add up; the 2 pixels flowWidth keeps spare absorb rounding), so
// breaking a paragraph costs one measure per word.
func flowRows(runs []flowRun, w float32) [][]piece {
	link := func(i int) bool { return i >= 0 && runs[i].link != nil }
	measure := func(text string, run int) float32 {
		if text == "" {
			return 0
		}
		st := flowStyle(runs, run)
		ts, size := st.TextStyle, theme.TextSize()
		if link(run) {
			ts = runs[run].linkStyle // links are drawn at the text size
		} else if st.SizeName != "" {
			size = theme.Size(st.SizeName)
		}
		return fyne.MeasureText(text, size, ts).Width
	}
	toks := tokenize(runs)
	wordW, tailW := make([]float32, len(toks)), make([]float32, len(toks))
	for i, t := range toks {
		wordW[i] = measure(t.word, t.run)
		tailRun := t.run
		if link(t.run) && (i+1 == len(toks) || toks[i+1].run != t.run) {
			tailRun = -1 // the spaces after a link are plain text (rowPieces)
		}
		tailW[i] = measure(t.tail, tailRun)
	}
	var rows [][]piece
	for start := 0; start < len(toks); {
		x, end := wordW[start], start+1
		for end < len(toks) && x+tailW[end-1]+wordW[end] <= w {
			x += tailW[end-1] + wordW[end]
			end++
		}
		rows = append(rows, rowPieces(toks[start:end], link))
		start = end
	}
	return rows
}

// flowStyle is the style of run (-1: the plain text between runs, in the
// paragraph's size).
func flowStyle(runs []flowRun, run int) widget.RichTextStyle {
	if run >= 0 {
		return runs[run].style
	}
	plain := widget.RichTextStyleInline
	if len(runs) > 0 {
		plain.SizeName = runs[0].style.SizeName
	}
	return plain
}

func paragraphSegments(runs []flowRun, w float32) []widget.RichTextSegment {
	link := func(i int) bool { return i >= 0 && runs[i].link != nil }
	plain := flowStyle(runs, -1)
	rows := flowRows(runs, w)
	var segs []widget.RichTextSegment
	for ri, row := range rows {
		last := ri == len(rows)-1
		for pi, p := range row {
			if link(p.run) {
				segs = append(segs, runs[p.run].link(p.text))
				continue
			}
			text := p.text
			if pi == len(row)-1 && !last {
				text += "\n"
			}
			segs = append(segs, &widget.TextSegment{Text: text, Style: flowStyle(runs, p.run)})
		}
		if n := len(row); n > 0 && link(row[n-1].run) && !last {
			segs = append(segs, &widget.TextSegment{Text: "\n", Style: plain})
		}
	}
	// The paragraph ends.
	end := widget.RichTextStyleParagraph
	end.SizeName = plain.SizeName
	return append(segs, &widget.TextSegment{Style: end})
}
