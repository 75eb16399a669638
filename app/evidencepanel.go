package app

import (
	"math"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/storyview"
)

// passagesPerSource is how many passages of one source the evidence list
// shows before its "more…" row.
const passagesPerSource = 2

// evidencePanel shows an EvidenceView as a virtualised list: a heading per
// source, its first passages and a "more…" row that shows the rest. Only
// the rows on screen are laid out, so a claim reported by thousands of
// sources costs what a screenful costs.
type evidencePanel struct {
	list     *keyList
	box      *fyne.Container
	view     EvidenceView
	rows     []storyview.Row
	expanded map[string]bool
	// width is the list width the row heights were estimated for.
	width float32
	obj   fyne.CanvasObject
	// The line metrics of the row estimate, measured once.
	lineH, firstH, charW, boldW float32
	// made counts the row widgets made (tests: only a screenful are).
	made int
	// isLink tells whether a word marked in a passage is a link; onMark
	// is called with the passage and the run of a link tapped.
	isLink func(Passage, storyview.TextRun) bool
	onMark func(Passage, storyview.TextRun)
	// keys gets the keys a focused row widget does not use (the window's).
	keys func(*fyne.KeyEvent)
}

func newEvidencePanel() *evidencePanel {
	p := &evidencePanel{expanded: map[string]bool{}}
	p.list = p.newList()
	p.box = container.New(&widthLayout{onWidth: p.resized}, p.list)
	p.obj = p.box
	return p
}

// newList makes the list widget. Each change of rows makes a new one:
// List.SetItemHeight on a list already drawn refreshes it, which sums every
// row height set so far, so setting thousands of heights on it is quadratic;
// on a list not yet drawn it only records the height.
func (p *evidencePanel) newList() *keyList {
	l := newKeyList(
		func() int { return len(p.rows) },
		func() fyne.CanvasObject {
			p.made++
			rt := widget.NewRichText()
			rt.Wrapping = fyne.TextWrapWord
			mt := newMarkText()
			mt.keys = p.keys
			mt.Hide()
			b := newKeyButton("", nil, nil, p.keys)
			b.Importance = widget.LowImportance
			b.Alignment = widget.ButtonAlignLeading
			b.Hide()
			return container.NewStack(rt, mt, b)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < 0 || id >= len(p.rows) {
				return
			}
			c := o.(*fyne.Container)
			rt, mt, b := c.Objects[0].(*widget.RichText), c.Objects[1].(*markText), c.Objects[2].(*keyButton)
			r := p.rows[id]
			rt.Hide()
			mt.Hide()
			b.Hide()
			switch r.Kind {
			case storyview.RowMore:
				b.SetText(r.Text)
				src := r.Source
				b.OnTapped = func() { p.expand(src) }
				b.Show()
				return
			case storyview.RowPassage:
				pa := r.Passage
				mt.Set(pa.Segments(), func(tr storyview.TextRun) bool { return p.isLink != nil && p.isLink(pa, tr) },
					func(tr storyview.TextRun) {
						if p.onMark != nil {
							p.onMark(pa, tr)
						}
					})
				mt.Show()
				return
			case storyview.RowHead:
				rt.Segments = headSegments(r.Text)
			default:
				rt.Segments = noteSegments(r.Text)
			}
			rt.Show()
			rt.Refresh()
		}, func(ev *fyne.KeyEvent) {
			if p.keys != nil {
				p.keys(ev)
			}
		})
	l.HideSeparators = true
	return l
}

// Object is the panel's widget.
func (p *evidencePanel) Object() fyne.CanvasObject { return p.obj }

// Show replaces the view; sources expanded earlier fold again.
func (p *evidencePanel) Show(v EvidenceView) {
	p.view = v
	clear(p.expanded)
	p.rebuild(false)
}

// Rows returns the rows listed now (for tests).
func (p *evidencePanel) Rows() []storyview.Row { return p.rows }

func (p *evidencePanel) expand(source string) {
	p.expanded[source] = true
	p.rebuild(true)
}

// rebuild lists the view's rows in a new list with their heights, keeping
// the scroll offset when keep is true.
func (p *evidencePanel) rebuild(keep bool) {
	p.rows = p.view.Rows(passagesPerSource, func(s string) bool { return p.expanded[s] })
	p.swapList(keep)
}

func (p *evidencePanel) swapList(keep bool) {
	off := p.list.GetScrollOffset()
	p.list = p.newList()
	p.setHeights()
	p.box.Objects[0] = p.list
	p.box.Refresh()
	if keep {
		p.list.ScrollToOffset(off) // the list is drawn now; before, it ignores this
	}
}

// resized is called by the box's layout with its width: the row heights
// are estimated again for a new width, in a new list that the layout
// then places (it lays out the box's objects, whose first is now the new
// list).
func (p *evidencePanel) resized(w float32) {
	if math.Abs(float64(w-p.width)) < 1 {
		return
	}
	p.width = w
	p.list = p.newList()
	p.setHeights()
	p.box.Objects[0] = p.list
}

// setHeights gives each row the height its text needs at the list's width.
// The first exactRows rows, what the panel shows first, get the height of
// the rows their text breaks into (as markText breaks them); the rest an
// estimate from the text's length and the theme's mean character width
// (measuring every row's text would cost what laying them all out costs),
// which errs on the tall side.
func (p *evidencePanel) setHeights() {
	if p.lineH == 0 {
		p.measure()
	}
	avail := p.width - 4*theme.InnerPadding() - theme.ScrollBarSize()
	if avail < 50 {
		avail = 300 // not laid out yet
	}
	for i, r := range p.rows {
		h := p.rowHeightAt(r, avail)
		if i < exactRows && p.width >= 50 {
			h = p.exactHeight(r)
		}
		p.list.SetItemHeight(i, h)
	}
}

// exactRows is how many rows, from the top, setHeights measures.
const exactRows = 24

// exactHeight is the height of row r in the list at its width: a passage
// as markText breaks it, a heading or note as RichText wraps it (greedily,
// word by word, as flowRows does).
func (p *evidencePanel) exactHeight(r storyview.Row) float32 {
	var runs []flowRun
	w := p.width - 2*theme.InnerPadding() // a RichText's width for text
	switch r.Kind {
	case storyview.RowMore:
		return p.firstH
	case storyview.RowPassage:
		m := newMarkText()
		m.Set(r.Passage.Segments(), func(tr storyview.TextRun) bool { return p.isLink != nil && p.isLink(r.Passage, tr) }, nil)
		runs, w = m.paras[0], flowWidth(p.width)
	case storyview.RowHead:
		runs = []flowRun{{text: r.Text, style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}, Inline: true}}}
	default:
		runs = []flowRun{{text: r.Text, style: widget.RichTextStyleInline}}
	}
	n := len(flowRows(runs, w))
	return p.firstH + float32(max(n-1, 0))*p.lineH
}

// rowHeight is the estimated height of r at the list's width.
func (p *evidencePanel) rowHeight(r storyview.Row) float32 {
	if p.lineH == 0 {
		p.measure()
	}
	return p.rowHeightAt(r, max(p.width-4*theme.InnerPadding()-theme.ScrollBarSize(), 50))
}

func (p *evidencePanel) rowHeightAt(r storyview.Row, avail float32) float32 {
	h := p.firstH
	if r.Kind == storyview.RowMore {
		return h
	}
	text, cw := r.Text, p.charW
	if r.Kind == storyview.RowPassage {
		text = r.Passage.Text
	} else if r.Kind == storyview.RowHead {
		cw = p.boldW
	}
	lines := math.Ceil(float64(float32(utf8.RuneCountInString(text))*cw*1.1) / float64(avail))
	return h + float32(max(lines-1, 0))*p.lineH
}

// measure reads the line metrics of the current theme.
func (p *evidencePanel) measure() {
	const sample = "Kim arrived in the city on Wednesday, officials said; the talks began at noon."
	size := theme.TextSize()
	n := float32(utf8.RuneCountInString(sample))
	p.charW = fyne.MeasureText(sample, size, fyne.TextStyle{}).Width / n
	p.boldW = fyne.MeasureText(sample, size, fyne.TextStyle{Bold: true}).Width / n
	// A row of one line, and what each further line of the same
	// paragraph adds.
	one := widget.NewRichText(noteSegments("x")...)
	two := widget.NewRichText(noteSegments("x\nx")...)
	p.firstH = one.MinSize().Height
	p.lineH = two.MinSize().Height - p.firstH
	if b := widget.NewButton("x", nil).MinSize().Height; b > p.firstH {
		p.firstH = b
	}
}

// widthLayout fills its one object and reports the width it is given.
type widthLayout struct{ onWidth func(float32) }

func (l *widthLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.onWidth(size.Width)
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (l *widthLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
