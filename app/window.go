package app

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/storylens/storylens/internal/lexicon"
)

// screenMargin is the share of the screen a window opens at, at most: room
// for the desktop's panels and the window's own decorations.
const screenMargin = 0.92

// fitToScreen is the window size to open at: want, shrunk to fit a screen of
// screenPx device pixels at scale device pixels per logical pixel (Fyne's
// scale, FYNE_SCALE included). The minimum size is shrunk alike, so that
// the window never has to be larger than the screen; it never goes under
// floor. A zero screen (unknown) leaves want and min as they are.
func fitToScreen(want, least, floor fyne.Size, screenPx fyne.Size, scale float32) (size, minSize fyne.Size) {
	if screenPx.Width <= 0 || screenPx.Height <= 0 {
		return want, least
	}
	if scale <= 0 {
		scale = 1
	}
	// Whole logical pixels, and the minimum a little under the size, so
	// that rounding to device pixels never makes the content overflow.
	room := fyne.NewSize(float32(math.Floor(float64(screenPx.Width*screenMargin/scale))),
		float32(math.Floor(float64(screenPx.Height*screenMargin/scale))))
	fit := func(v, limit, low float32) float32 {
		return max(min32(v, limit), min32(low, v))
	}
	minSize = fyne.NewSize(fit(least.Width, room.Width-minSlack, floor.Width), fit(least.Height, room.Height-minSlack, floor.Height))
	size = fyne.NewSize(fit(want.Width, room.Width, minSize.Width), fit(want.Height, room.Height, minSize.Height))
	return size, minSize
}

func min32(a, b float32) float32 {
	if a < b {
		return a
	}
	return b
}

// minSlack is how much smaller than the window its content's minimum is
// kept when the screen limits both (the window pads its content by
// theme.Padding on each side).
const minSlack = 12

// floorSize is the smallest the window ever asks to be: below it the
// panels no longer have room for one line of each.
var floorSize = fyne.NewSize(640, 420)

// contentMin is the content's minimum for a window of minimum size win:
// the window adds its padding around the content and, where Fyne draws the
// main menu in the window (Linux, Windows), the menu bar above it.
func contentMin(win fyne.Size) fyne.Size {
	pad := 2 * theme.Padding()
	return fyne.NewSize(max(0, win.Width-pad), max(0, win.Height-pad-menuBarHeight()))
}

// menuBarHeight is the height of the menu bar Fyne's desktop driver draws
// at the top of the window: a line of text and the inner padding
// (fyne's menuBarItemRenderer.MinSize).
func menuBarHeight() float32 {
	th := theme.Current()
	return fyne.MeasureText("File", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height + th.Size(theme.SizeNameInnerPadding)
}

// envScale is the scale FYNE_SCALE asks for (1 when unset or not a
// number), used before the window is on screen and its canvas knows its
// scale.
func envScale() float32 {
	s := strings.TrimSpace(os.Getenv("FYNE_SCALE"))
	f, err := strconv.ParseFloat(s, 32)
	if s == "" || err != nil || f <= 0 {
		return 1
	}
	return float32(f)
}

// fitWindow sizes the window (and the content's minimum) to fit a screen
// of screenPx device pixels at the given scale.
func (u *UI) fitWindow(screenPx fyne.Size, scale float32) {
	size, minSize := fitToScreen(defaultSize, minimumSize, floorSize, screenPx, scale)
	if u.ux.minRect != nil {
		u.ux.minRect.SetMinSize(contentMin(minSize))
	}
	u.win.Resize(size)
}

// showLaunchFailure is the problems dialog when no story is open: the
// story given could not be opened, so it offers another story or the
// bundled one instead of an empty window.
func (u *UI) showLaunchFailure(res Loaded, problems *container.Scroll) {
	name := res.Path
	if name == "" {
		name = "the bundled story"
	}
	head := widget.NewLabel(fmt.Sprintf("%s could not be opened (%s).", name, lexicon.Count(len(res.Problems), "problem")))
	head.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("The story could not be opened", container.NewBorder(head, nil, nil, nil, problems), u.win)
	closeBtn := widget.NewButton("Close", d.Hide)
	other := widget.NewButton("Open another story…", func() { d.Hide(); u.ShowOpenDialog() })
	bundled := widget.NewButton("Open the bundled story", func() { d.Hide(); u.Open("") })
	bundled.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{closeBtn, other, bundled})
	u.ux.launchDialog = d
	u.ux.launchButtons = [2]*widget.Button{other, bundled}
	u.fitScrollDialog(d, problems, fyne.NewSize(640, 260))
	d.Show()
}

// fitScroll lets the window be smaller than what the panels need (a small
// screen at a large FYNE_SCALE): the content scrolls instead of pushing
// the window past the screen's edge. At any size the content's minimum
// fits in, the scroll bars do not show.
func fitScroll(content fyne.CanvasObject) fyne.CanvasObject {
	return container.NewScroll(content)
}
