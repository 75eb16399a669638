package cli

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/storyview"
)

// export slides writes one slide per step of the story, named as the app's
// export names them, and never overwrites without --force.
func TestExportSlides(t *testing.T) {
	s, ps := storyview.OpenStory("")
	if ps.HasErrors() {
		t.Fatal(ps)
	}
	dir := t.TempDir()
	code, stdout, stderr := run(t, "export", "slides", "--out", dir)
	if code != ExitOK {
		t.Fatalf("export slides: exit %d: %s", code, stderr)
	}
	lines := strings.Fields(stdout)
	if len(lines) != len(s.Steps) {
		t.Fatalf("wrote %d files for %d steps: %q", len(lines), len(s.Steps), lines)
	}
	first := filepath.Join(dir, storyview.SlideFileName(0, len(s.Steps)))
	if lines[0] != first {
		t.Errorf("first file %q, want %q", lines[0], first)
	}
	f, err := os.Open(first)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(f)
	f.Close()
	if err != nil || cfg.Width != 1600 || cfg.Height != 900 {
		t.Errorf("slide %dx%d (%v), want 1600x900", cfg.Width, cfg.Height, err)
	}
	if code, _, _ := run(t, "export", "slides", "--out", dir); code != ExitFailure {
		t.Errorf("export slides over existing files without --force: exit %d, want 1", code)
	}
	if code, _, _ := run(t, "export", "slides", "--out", dir, "--scale", "9"); code != ExitUsage {
		t.Errorf("--scale 9: exit %d, want 2", code)
	}
}
