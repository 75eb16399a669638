package app

import "testing"

// monitorOf picks the monitor under the window's centre, as Fyne's driver
// does for the window's scale.
func TestMonitorOf(t *testing.T) {
	left := screenRect{0, 0, 1920, 1080}
	right := screenRect{1920, 0, 1280, 800}
	above := screenRect{0, -1440, 2560, 1440}
	mons := []screenRect{left, right, above}
	for _, c := range []struct {
		name string
		win  screenRect
		want screenRect
		ok   bool
	}{
		{"on the primary", screenRect{100, 100, 1400, 900}, left, true},
		{"on the small one at its right", screenRect{2000, 50, 1000, 700}, right, true},
		{"straddling, centre on the right", screenRect{1500, 0, 1400, 900}, right, true},
		{"straddling, centre on the left", screenRect{1000, 0, 1400, 900}, left, true},
		{"above, at negative coordinates", screenRect{200, -1200, 1400, 900}, above, true},
		{"off every monitor", screenRect{5000, 5000, 800, 600}, screenRect{}, false},
		{"no size yet", screenRect{100, 100, 0, 0}, screenRect{}, false},
	} {
		got, ok := monitorOf(c.win, mons)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: monitorOf(%v) = %v, %v; want %v, %v", c.name, c.win, got, ok, c.want, c.ok)
		}
	}
	if _, ok := monitorOf(screenRect{0, 0, 100, 100}, nil); ok {
		t.Error("a monitor found among none")
	}
}
