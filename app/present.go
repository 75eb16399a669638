package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// presentation is the full-screen view: map and step text only, larger type.
type presentation struct {
	u     *UI
	title *widget.Label
	date  *widget.Label
	body  *flowText
	count *widget.Label
}

// Present enters (on) or leaves (off) presentation mode: full screen, the
// map and the step text only, in larger type; the same keys step, Esc leaves.
func (u *UI) Present(on bool) {
	if on == (u.present != nil) {
		return
	}
	if !on {
		u.present = nil
		u.win.SetFullScreen(false)
		u.win.SetContent(u.main)
		u.main.Refresh()
		u.win.Canvas().SetOnTypedKey(u.typedKey)
		return
	}
	p := &presentation{u: u}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameHeadingText
	p.title.Wrapping = fyne.TextWrapWord
	p.date = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	p.date.SizeName = theme.SizeNameSubHeadingText
	p.body = newFlowText()
	p.count = widget.NewLabel("")
	p.count.SizeName = theme.SizeNameSubHeadingText
	text := container.NewBorder(container.NewVBox(p.title, p.date), p.count, nil, nil, container.NewVScroll(p.body))
	split := container.NewHSplit(u.mapSlot, container.NewPadded(text))
	split.SetOffset(0.68)
	u.present = p
	// The map widget moves into the presentation; it moves back on leaving
	// because u.main still holds it.
	u.win.SetContent(split)
	u.win.Canvas().SetOnTypedKey(u.typedKey)
	u.win.SetFullScreen(true)
	p.update()
}

// Presenting reports whether presentation mode is on.
func (u *UI) Presenting() bool { return u.present != nil }

func (p *presentation) update() {
	st := p.u.nav.Current()
	if st == nil {
		p.title.SetText("No steps")
		return
	}
	p.title.SetText(st.Title)
	p.date.SetText(p.u.nav.StepDate(p.u.nav.Index()))
	p.body.SetParagraphs(bodyParagraphs(st.Body, true, p.u.citer(nil)))
	p.count.SetText(p.u.nav.Status() + "   ←/→ step · Space play · Esc leave")
}
