package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestFitToScreen: the window opens at the default size when it fits, and
// otherwise at most screenMargin of the screen in logical pixels, whatever
// the scale; the minimum size shrinks with it but never below the floor.
func TestFitToScreen(t *testing.T) {
	want, least, floor := fyne.NewSize(1400, 900), fyne.NewSize(960, 600), fyne.NewSize(640, 420)
	for _, c := range []struct {
		name          string
		screen        fyne.Size
		scale         float32
		size, minimum fyne.Size
	}{
		{"unknown screen", fyne.Size{}, 1.5, want, least},
		{"1920x1080 at 1", fyne.NewSize(1920, 1080), 1, want, least},
		{"1920x1080 at 1.5", fyne.NewSize(1920, 1080), 1.5, fyne.NewSize(1177, 662), fyne.NewSize(960, 600)},
		{"1920x1080 at 2", fyne.NewSize(1920, 1080), 2, fyne.NewSize(883, 496), fyne.NewSize(871, 484)},
		{"1366x768 at 1", fyne.NewSize(1366, 768), 1, fyne.NewSize(1256, 706), fyne.NewSize(960, 600)},
		{"1024x700 at 1", fyne.NewSize(1024, 700), 1, fyne.NewSize(942, 644), fyne.NewSize(930, 600)},
		{"800x600 at 2: the floor", fyne.NewSize(800, 600), 2, floor, floor},
		{"zero scale is 1", fyne.NewSize(1920, 1080), 0, want, least},
	} {
		size, minimum := fitToScreen(want, least, floor, c.screen, c.scale)
		if !near(size, c.size) || !near(minimum, c.minimum) {
			t.Errorf("%s: size %v min %v, want %v min %v", c.name, size, minimum, c.size, c.minimum)
		}
		if c.screen.Width > 0 && c.scale > 0 && size != floor {
			if size.Width*c.scale > c.screen.Width || size.Height*c.scale > c.screen.Height {
				t.Errorf("%s: %v at scale %g is larger than the screen %v", c.name, size, c.scale, c.screen)
			}
		}
		if minimum.Width > size.Width || minimum.Height > size.Height {
			t.Errorf("%s: minimum %v above the size %v", c.name, minimum, size)
		}
	}
}

func near(a, b fyne.Size) bool {
	d := func(x, y float32) bool { return x-y < 0.01 && y-x < 0.01 }
	return d(a.Width, b.Width) && d(a.Height, b.Height)
}

// TestFitWindowShrinksContentMinimum: on a small screen at a large scale
// the content's minimum no longer forces the window past the screen.
func TestFitWindowShrinksContentMinimum(t *testing.T) {
	u, w := newTestUI(t)
	u.fitWindow(fyne.NewSize(1366, 768), 1.5)
	min := u.main.MinSize()
	if min.Width*1.5 > 1366 || min.Height*1.5 > 768 {
		t.Errorf("content minimum %v at scale 1.5 exceeds a 1366×768 screen", min)
	}
	if s := w.Canvas().Size(); s.Width*1.5 > 1366 || s.Height*1.5 > 768 {
		t.Errorf("window %v at scale 1.5 exceeds a 1366×768 screen", s)
	}
}

// TestEnvScale reads FYNE_SCALE, 1 when unset or bad.
func TestEnvScale(t *testing.T) {
	for in, want := range map[string]float32{"": 1, "1.5": 1.5, " 2 ": 2, "abc": 1, "-1": 1, "0": 1} {
		t.Setenv("FYNE_SCALE", in)
		if got := envScale(); got != want {
			t.Errorf("FYNE_SCALE=%q: %g, want %g", in, got, want)
		}
	}
}

// TestBrokenStoryAtLaunch: a story that cannot open when none is open yet
// offers another story and the bundled one, and the charts do not claim
// to be starting their engine.
func TestBrokenStoryAtLaunch(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(defaultSize)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "story.json"), []byte("{ broken"), 0o644); err != nil {
		t.Fatal(err)
	}
	u := NewUI(a, w, Config{Path: dir}, testOpts...)
	u.Loader = DefaultLoader
	res := openAndWait(t, u, dir)
	if !res.Failed {
		t.Fatalf("the broken story opened")
	}
	d := u.ux.launchDialog
	if d == nil {
		t.Fatal("no launch-failure dialog")
	}
	other, bundled := u.ux.launchButtons[0], u.ux.launchButtons[1]
	if other.Text != "Open another story…" || bundled.Text != "Open the bundled story" {
		t.Errorf("buttons %q, %q", other.Text, bundled.Text)
	}
	for _, txt := range shownTexts(w.Content()) {
		if strings.Contains(txt, "Starting the chart engine") {
			t.Errorf("the window shows %q with no story", txt)
		}
	}
	s, rep := fixture(t)
	u.Loader = func(path string, _ func(string)) Loaded {
		if path != "" {
			t.Errorf("the bundled story button opened %q", path)
		}
		return Loaded{Story: s, Report: rep}
	}
	done := make(chan Loaded, 1)
	u.loadedHook = func(l Loaded) { done <- l }
	test.Tap(bundled)
	<-done
	if u.nav.Story() != nil && u.nav.Story().Title != "Test trip" {
		t.Errorf("after Open the bundled story: %q", u.nav.Story().Title)
	}
}

// shownTexts is the text of every visible label under o.
func shownTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, obj := range test.LaidOutObjects(o) {
		if l, ok := obj.(*widget.Label); ok && l.Visible() {
			out = append(out, l.Text)
		}
	}
	return out
}

// TestNoScrollBarsWhenTheMinimumFits: at 1024×700 and scale 1 the window
// opens at 92% of the screen and its content fits without scroll bars.
func TestNoScrollBarsWhenTheMinimumFits(t *testing.T) {
	u, w := newTestUI(t)
	u.fitWindow(fyne.NewSize(1024, 700), 1)
	sc := u.main.(*container.Scroll)
	if m, s := sc.Content.MinSize(), sc.Size(); m.Width > s.Width || m.Height > s.Height {
		t.Errorf("content minimum %v larger than its room %v in a %v window: scroll bars", m, s, w.Canvas().Size())
	}
}
