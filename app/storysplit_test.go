package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// visibleStepRows is how many of the step list's row labels lie wholly
// within the list, as drawn.
func visibleStepRows(u *UI) int {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(u.stepList).Y
	bottom := top + u.stepList.Size().Height
	n := 0
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch c := o.(type) {
		case *fyne.Container:
			if _, ok := c.Layout.(stepRowLayout); ok {
				l := c.Objects[0].(*widget.Label)
				if y := d.AbsolutePositionForObject(c).Y; l.Text != "" && y >= top-0.5 && y+c.Size().Height <= bottom+0.5 {
					n++
				}
				return
			}
			for _, k := range c.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(c).Objects() {
				walk(k)
			}
		}
	}
	walk(u.stepList)
	return n
}

// TestStepListRows: on every screen of screenCases (the narrow 1024×700
// at scale 1.5 above all, where a fixed 30 % share showed two rows) the
// step list shows stepListRows rows, or every step of a shorter story,
// while the step text keeps the larger part of the panel; a divider the
// user dragged stays where it was across a resize.
func TestStepListRows(t *testing.T) {
	bundled := DefaultLoader("", func(string) {}) // 14 steps
	if bundled.Failed {
		t.Fatalf("bundled story: %v", bundled.Problems)
	}
	for _, c := range screenCases {
		t.Run(c.name, func(t *testing.T) {
			u, w := newTestUI(t)
			realTheme(u)
			openOnScreen(t, u, w, c)
			u.Loader = func(string, func(string)) Loaded { return bundled }
			openAndWait(t, u, "")
			u.GoTo(1)
			layoutProblems(w.Canvas()) // lays the content out as the driver does
			want := min(stepListRows, u.nav.Len())
			if want != stepListRows {
				t.Fatalf("the bundled story has %d steps", u.nav.Len())
			}
			if got := visibleStepRows(u); got < want {
				t.Errorf("the step list shows %d rows in %v (list %v), want %d", got, w.Canvas().Size(), u.stepList.Size(), want)
			}
			panel := u.ux.storyPanel.Size().Height
			if l := u.stepList.Size().Height; l > stepListMaxShare*panel+1 {
				t.Errorf("the step list takes %.0f of the panel's %.0f px", l, panel)
			}
		})
	}
	t.Run("few steps", func(t *testing.T) {
		u, w := newTestUI(t) // the fixture's three steps
		realTheme(u)
		openOnScreen(t, u, w, screenCases[1])
		layoutProblems(w.Canvas())
		if got, want := visibleStepRows(u), u.nav.Len(); got < want {
			t.Errorf("the step list shows %d rows of %d steps", got, want)
		}
		// No more than its rows: the step text has the rest.
		rowH := u.ux.storyPanel.rowHeight() + theme.Padding()
		if h, want := u.stepList.Size().Height, float32(u.nav.Len())*rowH+2; h > want {
			t.Errorf("the step list of %d steps is %.0f px high, want at most %.0f", u.nav.Len(), h, want)
		}
	})
	t.Run("dragged", func(t *testing.T) {
		u, w := newTestUI(t)
		w.Resize(fyne.NewSize(1200, 800))
		u.ux.storyPanel.split.SetOffset(0.7)
		w.Resize(fyne.NewSize(1200, 700))
		if got := u.ux.storyPanel.split.Offset; got != 0.7 {
			t.Errorf("after a resize the dragged divider is at %g, want 0.7", got)
		}
	})
}
