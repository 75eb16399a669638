package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/storyview"
)

// markLink is a RichText segment drawn as a hyperlink: a claim or a
// place marked in an evidence passage (markText), in bold, or a source a
// step's text cites (citer). It is Fyne's HyperlinkSegment with a text
// style and the run it stands for.
type markLink struct {
	Text string
	// Style is the link's text style (bold for a mark).
	Style    fyne.TextStyle
	Run      storyview.TextRun
	OnTapped func()
	// Keys gets the keys the focused link does not use (keyLink).
	Keys func(*fyne.KeyEvent)
}

var _ widget.RichTextSegment = (*markLink)(nil)

// Inline reports true: the link flows with the text around it.
func (l *markLink) Inline() bool { return true }

// Textual is the link's text.
func (l *markLink) Textual() string { return l.Text }

// Visual is a hyperlink without its padding, so that it lines up with the
// text around it (RichText aligns a hyperlink's baseline with the text's).
func (l *markLink) Visual() fyne.CanvasObject {
	h := &keyLink{keys: l.Keys}
	h.Text, h.TextStyle, h.OnTapped = l.Text, l.Style, l.OnTapped
	h.ExtendBaseWidget(h)
	return &fyne.Container{Layout: unpadLayout{h}, Objects: []fyne.CanvasObject{h}}
}

// Update shows the link on a visual made earlier by Visual.
func (l *markLink) Update(o fyne.CanvasObject) {
	h := o.(*fyne.Container).Objects[0].(*keyLink)
	h.Text, h.TextStyle, h.OnTapped, h.keys = l.Text, l.Style, l.OnTapped, l.Keys
	h.Refresh()
}

// Select does nothing: a link's text is not selectable.
func (l *markLink) Select(_, _ fyne.Position) {}

// SelectedText is empty.
func (l *markLink) SelectedText() string { return "" }

// Unselect does nothing.
func (l *markLink) Unselect() {}

// keyLink is a hyperlink that passes the keys it does not use to the
// window: Space and Enter follow it, the arrows step the story.
type keyLink struct {
	widget.Hyperlink
	keys func(*fyne.KeyEvent)
}

// TypedKey follows the link with Space or Enter and gives the other keys
// to the window.
func (h *keyLink) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		if h.OnTapped != nil {
			h.OnTapped()
		}
	default:
		if h.keys != nil {
			h.keys(ev)
		}
	}
}

// unpadLayout places a text widget so that its text, not its padding, fills
// the space: the widget is moved up and left by its inner padding.
type unpadLayout struct{ w fyne.Widget }

func (u unpadLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	p := theme.SizeForWidget(theme.SizeNameInnerPadding, u.w)
	objs[0].Move(fyne.NewPos(-p, -p))
	objs[0].Resize(s.Add(fyne.NewSize(2*p, 2*p)))
}

func (u unpadLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	p := theme.SizeForWidget(theme.SizeNameInnerPadding, u.w)
	return objs[0].MinSize().Subtract(fyne.NewSize(2*p, 2*p))
}
