package app

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/storylens/storylens/story/edit"
)

// screenCase is a screen and a FYNE_SCALE the window opens on.
type screenCase struct {
	name   string
	screen fyne.Size
	scale  float32
	narrow bool // the panels are expected in the narrow arrangement
}

// screenCases are the screens the layout is checked on: a small laptop
// screen at scale 1 and 1.5, a common one, and full HD.
var screenCases = []screenCase{
	{"1024x700_1", fyne.NewSize(1024, 700), 1, false},
	{"1024x700_1.5", fyne.NewSize(1024, 700), 1.5, true},
	{"1280x800_1", fyne.NewSize(1280, 800), 1, false},
	{"1280x800_1.5", fyne.NewSize(1280, 800), 1.5, true},
	{"1920x1080_1", fyne.NewSize(1920, 1080), 1, false},
	{"1920x1080_1.5", fyne.NewSize(1920, 1080), 1.5, false},
}

// openOnScreen sizes the test window as Run does on screen c (fitWindow),
// less the menu bar the desktop driver draws inside the window (the test
// window has none), at c's scale.
func openOnScreen(t *testing.T, u *UI, w fyne.Window, c screenCase) fyne.Size {
	t.Helper()
	u.fitWindow(c.screen, c.scale)
	size := w.Canvas().Size()
	if size.Width*c.scale > c.screen.Width || (size.Height)*c.scale > c.screen.Height {
		t.Fatalf("%s: window %v at scale %g is larger than the screen", c.name, size, c.scale)
	}
	w.Resize(fyne.NewSize(size.Width, size.Height-menuBarHeight()))
	w.Canvas().(test.WindowlessCanvas).SetScale(c.scale)
	return w.Canvas().Size()
}

// TestLayoutFitsTheWindow lays the window out on each screen of
// screenCases, at the overview and at a later step, and checks that
// nothing needs a scroll bar to be seen, no visible widget lies outside
// the window or gets less than its minimum size (that is, is cut), no
// panel scrolls sideways, and that the panels are arranged in three
// columns only where they have room.
func TestLayoutFitsTheWindow(t *testing.T) {
	for _, c := range screenCases {
		t.Run(c.name, func(t *testing.T) {
			u, w := newTestUI(t)
			realTheme(u)
			size := openOnScreen(t, u, w, c)
			for _, step := range []int{0, 1, u.nav.Len() - 1} {
				u.GoTo(step)
				if got := u.ux.body.Narrow(); got != c.narrow {
					t.Errorf("step %d in %v: narrow arrangement %v, want %v", step, size, got, c.narrow)
				}
				for _, p := range layoutProblems(w.Canvas()) {
					t.Errorf("step %d in %v: %s", step, size, p)
				}
			}
			if c.narrow {
				// Each tab of the narrow arrangement fits as well.
				for _, tab := range []int{tabCharts, tabEvidence, tabMap} {
					u.ux.body.Reveal(tab)
					for _, p := range layoutProblems(w.Canvas()) {
						t.Errorf("tab %d in %v: %s", tab, size, p)
					}
				}
			}
		})
	}
}

// TestLayoutSwitchesBack: a window made narrow and wide again shows the
// three columns with every panel visible and inside the window.
func TestLayoutSwitchesBack(t *testing.T) {
	u, w := newTestUI(t)
	w.Resize(fyne.NewSize(1200, 800))
	if u.ux.body.Narrow() {
		t.Fatal("narrow at 1200×800")
	}
	w.Resize(fyne.NewSize(700, 500))
	if !u.ux.body.Narrow() {
		t.Fatal("not narrow at 700×500")
	}
	u.ux.body.Reveal(tabEvidence)
	if u.ux.mapFrame.Visible() || !u.ux.body.evidence.Visible() {
		t.Errorf("with the Evidence tab selected the map is visible %v, the evidence %v",
			u.ux.mapFrame.Visible(), u.ux.body.evidence.Visible())
	}
	w.Resize(fyne.NewSize(1200, 800))
	if u.ux.body.Narrow() {
		t.Fatal("still narrow at 1200×800")
	}
	for _, o := range []fyne.CanvasObject{u.ux.mapFrame, u.ux.chartFrame, u.ux.body.evidence} {
		if !o.Visible() || o.Size().Width < 100 || o.Size().Height < 100 {
			t.Errorf("%T back in the wide arrangement: visible %v, size %v", o, o.Visible(), o.Size())
		}
	}
	for _, p := range layoutProblems(w.Canvas()) {
		t.Error(p)
	}
}

// realTheme gives the test app Fyne's default theme (the test theme's
// fonts and sizes are not the ones a user sees) in the UI's variant.
func realTheme(u *UI) {
	u.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), u.dark})
}

// layoutProblems walks what canvas c shows and names each visible object
// that lies outside it, is smaller than its minimum size, or sits in a
// panel that has to scroll sideways to show it, and reports whether the
// window's content is larger than the window (scroll bars).
//
// It lays the content out again first (resizing the canvas by a pixel and
// back), as the desktop driver does before each frame for every object
// whose minimum size changed (a label given longer text); Fyne's test
// canvas does not.
func layoutProblems(c fyne.Canvas) []string {
	if wc, ok := c.(test.WindowlessCanvas); ok {
		s := wc.Size()
		wc.Resize(s.AddWidthHeight(1, 1))
		wc.Resize(s)
	}
	var out []string
	win := c.Size()
	root := c.Content()
	if sc, ok := root.(*container.Scroll); ok {
		if m, s := sc.Content.MinSize(), sc.Size(); m.Width > s.Width+0.5 || m.Height > s.Height+0.5 {
			out = append(out, fmt.Sprintf("the content's minimum %v is larger than the window's %v: it scrolls", m, s))
		}
		root = sc.Content
	}
	// inScroll: o is in the content of a panel that scrolls vertically,
	// which clips it above and below; left and right are the sides it
	// must lie between (the window's, or the innermost such panel's).
	left, right := float32(0), win.Width
	var walk func(o fyne.CanvasObject, at fyne.Position, path string, inScroll bool)
	walk = func(o fyne.CanvasObject, at fyne.Position, path string, inScroll bool) {
		if !o.Visible() {
			return
		}
		pos := at.Add(o.Position())
		size := o.Size()
		name := path + "/" + typeName(o)
		const eps = 0.5
		if size.Width > 0 && size.Height > 0 {
			outX := pos.X < left-eps || pos.X+size.Width > right+eps
			outY := pos.Y < -eps || pos.Y+size.Height > win.Height+eps
			if outX || (outY && !inScroll) {
				out = append(out, fmt.Sprintf("%s at %v size %v lies outside the window %v (or its panel, x %g to %g)", name, pos, size, win, left, right))
			}
		}
		if isFyneInternal(o, "Shadow") {
			return // drawn around its box, outside it by design
		}
		if isFyneInternal(o, "Scroll") && strings.HasSuffix(path, "/widget.Entry") {
			// A text field scrolls its own text sideways, by design.
			return
		}
		if isFyneInternal(o, "Scroll") {
			// Fyne's own scroller in an entry or a list asks 32 px
			// whatever the line's height: not a cut.
		} else if _, isWidget := o.(fyne.Widget); (isWidget || isContainer(o)) && size.Width > 0 && size.Height > 0 {
			// (an object of no size draws nothing: a list's spare separators)
			if m := o.MinSize(); size.Width+eps < m.Width || (size.Height+eps < m.Height && !inScroll) {
				out = append(out, fmt.Sprintf("%s is %v, under its minimum %v: cut", name, size, m))
			}
		}
		switch v := o.(type) {
		case *container.Scroll:
			if v.Direction != container.ScrollVerticalOnly && v.Direction != container.ScrollNone {
				if v.Content.MinSize().Width > size.Width+eps {
					out = append(out, fmt.Sprintf("%s scrolls sideways: content %v in %v", name, v.Content.MinSize(), size))
				}
				return // its content is clipped to it
			}
			l, r := left, right
			left, right = max(left, pos.X), min(right, pos.X+size.Width)
			walk(v.Content, pos, name, true)
			left, right = l, r
		case *fyne.Container:
			for _, ch := range v.Objects {
				walk(ch, pos, name, inScroll)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(v).Objects() {
				walk(ch, pos, name, inScroll)
			}
		}
	}
	walk(root, fyne.Position{}, "", false)
	// A dialog is an overlay over the content: it must fit as well.
	for _, o := range c.Overlays().List() {
		walk(o, fyne.Position{}, "overlay", false)
	}
	return out
}

// TestDialogsFitTheWindow opens each dialog in the smallest window the
// app opens (1024×700 at scale 1.5) and checks it as the window:
// nothing outside it, nothing under its minimum size (overlapping or
// cut), nothing scrolling sideways.
func TestDialogsFitTheWindow(t *testing.T) {
	dialogs := []struct {
		name string
		show func(u *UI)
	}{
		{"export", func(u *UI) { u.ShowExport() }},
		{"edit step", func(u *UI) { u.ShowEditStep() }},
		{"claims", func(u *UI) { u.ShowClaims() }},
		{"add claim", func(u *UI) { u.ShowAddClaim() }},
		{"routes", func(u *UI) { u.ShowRoutes() }},
		{"edit place", func(u *UI) { u.ShowEditPlace(u.nav.Story().Places[0].ID) }},
		{"add place", func(u *UI) { u.ShowAddPlace() }},
		{"story", func(u *UI) { u.ShowEditStory() }},
		{"keyboard", func(u *UI) { u.ShowKeyboardHelp() }},
		{"about", func(u *UI) { u.ShowAbout() }},
		{"basemap", func(u *UI) { u.ShowBasemapSetting() }},
		{"problems", func(u *UI) { u.showProblems(longProblems()) }},
		{"launch failure", func(u *UI) {
			res := longProblems()
			res.Failed = true
			u.doc = nil // nothing open yet
			u.showProblems(res)
		}},
		{"not saved", func(u *UI) { u.showSaveError(&ProblemsError{Problems: longProblems().Problems}) }},
	}
	for _, d := range dialogs {
		t.Run(d.name, func(t *testing.T) {
			u, w := newTestUI(t)
			realTheme(u)
			// A claim as long as real reporting's, in the pickers and lists.
			c := u.nav.Story().Claims[0]
			u.applyOrExplain(edit.RenameClaim{ID: c.ID, Label: strings.Repeat(c.Label+", as officials said on the day; ", 4)})
			size := openOnScreen(t, u, w, screenCases[1])
			d.show(u)
			if w.Canvas().Overlays().Top() == nil {
				t.Fatal("no dialog shown")
			}
			for _, p := range layoutProblems(w.Canvas()) {
				if strings.HasPrefix(p, "overlay") {
					t.Errorf("in %v: %s", size, p)
				}
			}
		})
	}
}

// isFyneInternal is whether o is Fyne's internal widget name
// (fyne.io/fyne/v2/internal/widget: the scroller inside entries and lists,
// the shadow of a dialog).
func isFyneInternal(o fyne.CanvasObject, name string) bool {
	t := reflect.TypeOf(o)
	return t.Kind() == reflect.Pointer && t.Elem().Name() == name && strings.HasSuffix(t.Elem().PkgPath(), "internal/widget")
}

// longProblems is a load with a long path and many long problems.
func longProblems() Loaded {
	res := Loaded{Path: "/home/someone/Documents/Reporting/2024/" + strings.Repeat("a-long-folder-name/", 6) + "story"}
	for i := 0; i < 40; i++ {
		res.Problems = append(res.Problems, fmt.Sprintf("articles/%03d.md: line %d: the date %q is not a date (want YYYY-MM-DD); the article is dated by its file instead", i, i+3, "next Tuesday"))
	}
	return res
}

func isContainer(o fyne.CanvasObject) bool { _, ok := o.(*fyne.Container); return ok }

func typeName(o fyne.CanvasObject) string {
	t := reflect.TypeOf(o).String()
	return strings.TrimPrefix(t, "*")
}

// In a narrow window Ctrl+1, Ctrl+2 and Ctrl+3 show the map's, the
// charts' and the evidence's tab and focus it, so that the keyboard
// reaches what the tabs hide; in a wide one they focus the panel.
func TestShowPanelKeys(t *testing.T) {
	for _, size := range []fyne.Size{fyne.NewSize(700, 500), fyne.NewSize(1300, 800)} {
		u, w := newTestUI(t)
		w.Resize(size)
		narrow := u.ux.body.Narrow()
		if narrow != (size.Width < wideFrom) {
			t.Fatalf("%v: narrow %v", size, narrow)
		}
		for _, c := range []struct {
			key   fyne.KeyName
			tab   int
			focus func() fyne.Focusable // (the evidence list is made again for a new width)
			panel fyne.CanvasObject
		}{
			{fyne.Key2, tabCharts, func() fyne.Focusable { return u.ux.chartFrame }, u.ux.chartFrame},
			{fyne.Key3, tabEvidence, func() fyne.Focusable { return u.evidence.list }, u.ux.body.evidence},
			{fyne.Key1, tabMap, func() fyne.Focusable { return u.ux.mapFrame }, u.ux.mapFrame},
		} {
			w.Canvas().Unfocus()
			sc := &desktop.CustomShortcut{KeyName: c.key, Modifier: fyne.KeyModifierShortcutDefault}
			w.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
			if !c.panel.Visible() {
				t.Errorf("%v: Ctrl+%s leaves its panel hidden", size, c.key)
			}
			if narrow && u.ux.body.tabs.SelectedIndex() != c.tab {
				t.Errorf("%v: Ctrl+%s selects tab %d", size, c.key, u.ux.body.tabs.SelectedIndex())
			}
			if got := w.Canvas().Focused(); got != c.focus() {
				t.Errorf("%v: Ctrl+%s focuses %T", size, c.key, got)
			}
		}
	}
}

// Presenting from the narrow arrangement with another tab shown takes the
// map into the presentation and gives it back to its tab afterwards.
func TestPresentFromNarrow(t *testing.T) {
	u, w := newTestUI(t)
	w.Resize(fyne.NewSize(700, 500))
	u.ShowPanel(tabCharts)
	u.Present(true)
	if !u.mapSlot.Visible() || u.mapSlot.Size().Width < 100 {
		t.Errorf("presenting: the map is visible %v, %v", u.mapSlot.Visible(), u.mapSlot.Size())
	}
	u.Present(false)
	w.Resize(fyne.NewSize(700, 500))
	u.ShowPanel(tabMap)
	if !u.ux.body.Narrow() || !u.ux.mapFrame.Visible() || u.mapSlot.Size().Width < 100 {
		t.Errorf("after presenting: narrow %v, map tab visible %v, map %v", u.ux.body.Narrow(), u.ux.mapFrame.Visible(), u.mapSlot.Size())
	}
	for _, p := range layoutProblems(w.Canvas()) {
		t.Error(p)
	}
}
