package charts

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The PDF is one page the chart's size in points, and its text layer holds
// every text the chart draws (checked with poppler's pdftotext, which
// scripts/dev.sh installs), so every claim label is there as text.
func TestPDFHasThePageSizeAndEveryText(t *testing.T) {
	r := renderer(t)
	rep := testReport()
	for _, id := range []ID{ClaimFrequency, SourceCoverage, Timeline} {
		c, err := Build(id, rep, Options{Width: 960, Height: 560})
		if err != nil {
			t.Fatal(err)
		}
		b, err := r.PDF(c, false)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("%PDF-")) {
			t.Fatalf("%s: not a PDF: %q", id, b[:min(len(b), 16)])
		}
		if m := regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`).FindSubmatch(b); m == nil || string(m[1]) != "720.00" || string(m[2]) != "420.00" {
			t.Errorf("%s: MediaBox %q, want 720 x 420 points (960 x 560 px at 96 dpi)", id, m)
		}
		path := filepath.Join(t.TempDir(), string(id)+".pdf")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext (Debian poppler-utils, installed by scripts/dev.sh): %v", err)
		}
		flat := strings.Join(strings.Fields(string(out)), " ")
		_, sc, err := r.render(c)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, it := range sc.items {
			if it.text == "" {
				continue
			}
			n++
			if want := strings.Join(strings.Fields(it.text), " "); !strings.Contains(flat, want) {
				t.Errorf("%s: text %q drawn but not in the PDF's text", id, want)
			}
		}
		if n < 5 {
			t.Errorf("%s: only %d texts drawn", id, n)
		}
	}
}

// The same chart gives the same PDF bytes.
func TestPDFIsReproducible(t *testing.T) {
	r := renderer(t)
	c, err := Build(ClaimFrequency, testReport(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := r.PDF(c, true)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ { // map order differs from run to run: try several
		b, err := r.PDF(c, true)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatal("two PDFs of one chart differ")
		}
	}
}

// With many claims the chart shows the most reported ones it can draw
// readably, says how many there are in all, and keeps a highlighted one.
func TestClaimFrequencyKeepsTheTopClaims(t *testing.T) {
	rep := testReport()
	base := rep.Claims[0]
	for i := 0; i < 500; i++ {
		cl := base
		cl.ID = fmt.Sprintf("extra-%d", i)
		cl.Label = fmt.Sprintf("Extra claim number %d", i)
		cl.Sources = cl.Sources[:1]
		rep.Claims = append(rep.Claims, cl)
	}
	c, err := Build(ClaimFrequency, rep, Options{Width: 960, Height: 560, Highlight: []string{"extra-499"}})
	if err != nil {
		t.Fatal(err)
	}
	opt := string(c.Option)
	shown := len(axisLabels(t, c, "yAxis"))
	if !strings.Contains(opt, fmt.Sprintf("%d claims", len(rep.Claims))) ||
		!strings.Contains(opt, fmt.Sprintf("+ %d more claims", len(rep.Claims)-shown)) {
		t.Error("the chart does not say how many claims there are in all and how many more")
	}
	if !strings.Contains(opt, "Extra claim number 499") {
		t.Error("the highlighted claim is not shown")
	}
	if strings.Count(opt, "Extra claim number") > MaxClaimBars*3 {
		t.Errorf("%d mentions of extra claims: more bars than a reader can use", strings.Count(opt, "Extra claim number"))
	}
	r := renderer(t)
	if _, err := r.PNG(c, 1, false); err != nil {
		t.Fatal(err)
	}
}
