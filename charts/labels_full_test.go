package charts

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/analysis"
)

// TestEveryClaimLabelInFull: at the app's smallest panel size and at a
// slide's, with Grow, the claim-frequency and coverage charts draw every
// claim's label in full (wrapped, never shortened with "…"), in the SVG and
// in the PDF's text.
func TestEveryClaimLabelInFull(t *testing.T) {
	r := renderer(t)
	for _, rc := range []struct {
		name string
		rep  *analysis.Report
	}{{"bundled-like", testReport()}, {"25 long claims", bigReport(25, 5)}} {
		rep := rc.rep
		for _, size := range [][2]int{{1024, 700}, {1920, 1080}, {640, 480}} {
			for _, id := range []ID{ClaimFrequency, SourceCoverage} {
				c, texts := chartTexts(t, r, id, rep, Options{Width: size[0], Height: size[1], Grow: true})
				joined := strings.Join(texts, " ")
				if strings.Contains(joined, ellipsis) {
					t.Errorf("%s %s %v: a text is shortened with %q", rc.name, id, size, ellipsis)
				}
				for _, cl := range rep.Claims {
					if !strings.Contains(joined, cl.Label) {
						t.Errorf("%s %s %v: label %q not drawn in full", rc.name, id, size, cl.Label)
					}
				}
				if c.Height < size[1] || c.Height > MaxSide {
					t.Errorf("%s %s: height %d", rc.name, id, c.Height)
				}
				if size[0] != 1024 {
					continue
				}
				pdf, err := r.PDF(c, false)
				if err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(t.TempDir(), "c.pdf")
				if err := os.WriteFile(path, pdf, 0o644); err != nil {
					t.Fatal(err)
				}
				out, err := exec.Command("pdftotext", "-raw", path, "-").Output()
				if err != nil {
					t.Fatalf("pdftotext (Debian poppler-utils, installed by scripts/dev.sh): %v", err)
				}
				flat := strings.Join(strings.Fields(string(out)), " ")
				for _, cl := range rep.Claims {
					if !strings.Contains(flat, strings.Join(strings.Fields(cl.Label), " ")) {
						t.Errorf("%s %s: label %q not in the PDF's text in full", rc.name, id, cl.Label)
					}
				}
			}
		}
	}
}

// TestGrowOnlyWhenNeeded: a chart whose claims fit keeps its height; one
// with many claims grows.
func TestGrowOnlyWhenNeeded(t *testing.T) {
	c, err := Build(ClaimFrequency, testReport(), Options{Width: 1024, Height: 700, Grow: true})
	if err != nil {
		t.Fatal(err)
	}
	if c.Height != 700 {
		t.Errorf("8 claims at 1024x700 grew to %d", c.Height)
	}
	c, err = Build(SourceCoverage, outletReport(39, 1000, 60), Options{Width: 1024, Height: 700, Grow: true})
	if err != nil {
		t.Fatal(err)
	}
	if c.Height <= 700 || len(axisLabels(t, c, "yAxis")) != 39 {
		t.Errorf("39 claims: height %d, %d rows", c.Height, len(axisLabels(t, c, "yAxis")))
	}
}
