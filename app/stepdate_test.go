package app

import (
	"testing"

	"fyne.io/fyne/v2/theme"
)

// TestStepDateLineLaidOut: going from a step without a date (the
// fixture's overview) to a dated one, the step text starts below the
// date line, not over it, without the window being laid out again.
func TestStepDateLineLaidOut(t *testing.T) {
	u, _ := newTestUI(t)
	u.GoTo(0)
	if u.stepDate.Visible() {
		t.Fatal("the fixture's overview has a date")
	}
	u.GoTo(1)
	d, b := u.stepDate, u.stepBody
	if !d.Visible() || b.Position().Y < d.Position().Y+d.Size().Height-0.5 {
		t.Errorf("date at %v size %v (visible %v), body at %v: the body is over the date", d.Position(), d.Size(), d.Visible(), b.Position())
	}
	u.GoTo(0)
	if u.stepDate.Visible() || b.Position().Y > u.stepTitle.Position().Y+u.stepTitle.Size().Height+theme.Padding()+0.5 {
		t.Errorf("back at the overview: body at %v under a hidden date", b.Position())
	}
}
