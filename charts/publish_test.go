package charts

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/analysis"
)

func TestParseTheme(t *testing.T) {
	tests := []struct {
		in   string
		want Theme
		ok   bool
	}{
		{"light", ThemeLight, true},
		{" Dark ", ThemeDark, true},
		{"TRANSPARENT", ThemeTransparent, true},
		{"", "", false},
		{"sepia", "", false},
	}
	for _, tc := range tests {
		got, err := ParseTheme(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseTheme(%q) = %q, %v", tc.in, got, err)
		}
		if err != nil && !strings.Contains(err.Error(), "light, dark, transparent") {
			t.Errorf("ParseTheme(%q) error %q does not say what is allowed", tc.in, err)
		}
	}
}

func TestParseSizeOrPreset(t *testing.T) {
	tests := []struct {
		in     string
		w, h   int
		pw, ph int // PNG pixels at the returned scale (0: custom size)
		ok     bool
	}{
		{"web", 1200, 675, 1200, 675, true},
		{"Slide", 1920, 1080, 1920, 1080, true},
		{"a4", 1123, 794, 3508, 2480, true},
		{"letter", 1056, 816, 3300, 2550, true},
		{"1024x700", 1024, 700, 0, 0, true},
		{"tabloid", 0, 0, 0, 0, false},
		{"10x10", 0, 0, 0, 0, false},
	}
	for _, tc := range tests {
		w, h, sc, err := ParseSizeOrPreset(tc.in)
		if (err == nil) != tc.ok || w != tc.w || h != tc.h {
			t.Errorf("ParseSizeOrPreset(%q) = %d, %d, %g, %v", tc.in, w, h, sc, err)
			continue
		}
		if err != nil {
			for _, want := range []string{"web, slide, a4, letter", "200x150"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("ParseSizeOrPreset(%q) error %q does not name %q", tc.in, err, want)
				}
			}
			continue
		}
		if tc.pw == 0 {
			if sc != 0 {
				t.Errorf("%q: custom size gave scale %g", tc.in, sc)
			}
			continue
		}
		// The same rounding the rasteriser uses.
		if pw, ph := int(float64(w)*sc+0.5), int(float64(h)*sc+0.5); pw != tc.pw || ph != tc.ph {
			t.Errorf("%q: %dx%d px at scale %g, want %dx%d", tc.in, pw, ph, sc, tc.pw, tc.ph)
		}
	}
}

func TestDefaultCredit(t *testing.T) {
	if got, want := DefaultCredit(testReport()), "Source: 5 articles, 2019–2023 · Storylens"; got != want {
		t.Errorf("DefaultCredit = %q, want %q", got, want)
	}
	one := &analysis.Report{Sources: []analysis.SourceReport{{ID: "a", Date: "2024-01-02"}}}
	if got, want := DefaultCredit(one), "Source: 1 article, 2024 · Storylens"; got != want {
		t.Errorf("DefaultCredit = %q, want %q", got, want)
	}
	undated := &analysis.Report{Sources: []analysis.SourceReport{{ID: "a"}, {ID: "b"}}}
	if got, want := DefaultCredit(undated), "Source: 2 articles · Storylens"; got != want {
		t.Errorf("DefaultCredit = %q, want %q", got, want)
	}
}

func TestWrapTextKeepsEverything(t *testing.T) {
	font := cssFont(labelSize, false)
	for _, s := range []string{
		"First trip or summit abroad since the pandemic closed North Korea's borders (2020)",
		"a",
		"Supercalifragilisticexpialidociousandthensomemorewithoutanyspaces at all",
	} {
		lines := wrapText(s, 120, font)
		if got := strings.Join(lines, ""); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") {
			t.Errorf("wrapText(%q) lost text: %q", s, lines)
		}
		for _, l := range lines {
			if measureText(l, font) > 120 {
				t.Errorf("wrapText(%q): line %q is %.0f px wide, more than 120", s, l, measureText(l, font))
			}
		}
	}
}

// TestCaptionDrawn: title, subtitle, notes and credit are real text in the
// SVG, in full, under a plot made shorter for them.
func TestCaptionDrawn(t *testing.T) {
	r := renderer(t)
	notes := "Claims are matched by their wording in each article; a source that paraphrases a claim beyond recognition is counted as not reporting it."
	cap := Caption{Title: "Who reported the armored train", Subtitle: "Five outlets, two trips", Notes: notes,
		Credit: DefaultCredit(testReport())}
	for _, id := range All {
		c, err := Build(id, testReport(), Options{Width: 640, Height: 480, Caption: cap})
		if err != nil {
			t.Fatal(err)
		}
		svg, err := r.SVG(c)
		if err != nil {
			t.Fatal(err)
		}
		texts := strings.Join(svgTexts(t, svg), " ")
		for _, want := range []string{cap.Title, cap.Subtitle, notes, cap.Credit} {
			if !strings.Contains(texts, want) {
				t.Errorf("%s: %q not drawn in full; texts: %s", id, want, texts)
			}
		}
	}
}

// TestExportThemePresetCaption: a preset fixes the PNG's pixels, the
// transparent theme leaves every format without a background, and the
// default credit is on every chart.
func TestExportThemePresetCaption(t *testing.T) {
	r := renderer(t)
	dir := t.TempDir()
	_, err := Export(r, testReport(), "Story", ExportOptions{Dir: dir, Preset: "web", Theme: ThemeTransparent,
		Formats: []string{"png", "svg"}, Charts: []ID{ClaimFrequency}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "claim-frequency.png"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if s := img.Bounds().Size(); s.X != 1200 || s.Y != 675 {
		t.Errorf("web preset PNG is %v, want 1200x675", s)
	}
	if _, _, _, a := img.At(2, 2).RGBA(); a != 0 {
		t.Errorf("transparent theme: corner alpha %d", a)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "claim-frequency.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if i := bytes.Index(svg, []byte("<rect")); i < 0 || !bytes.HasPrefix(svg[i:], []byte(`<rect width="1200" height="675" x="0" y="0" fill="none"`)) {
		t.Errorf("transparent theme: the SVG's background is not fill=none: %.120s", svg[max(i, 0):])
	}
	if !bytes.Contains(svg, []byte(DefaultCredit(testReport()))) {
		t.Error("default credit missing from the SVG")
	}
	if _, err := Export(r, testReport(), "Story", ExportOptions{Dir: dir, Preset: "poster"}); err == nil ||
		!strings.Contains(err.Error(), "web, slide, a4, letter") {
		t.Errorf("unknown preset: %v", err)
	}
}

func FuzzParseSizeOrPreset(f *testing.F) {
	for _, s := range []string{"web", "A4", "letter ", "960x560", "x", "", "slide1", "８x９"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, h, sc, err := ParseSizeOrPreset(s)
		if err != nil {
			return
		}
		if CheckSize(w, h) != nil || sc < 0 || sc > 8 {
			t.Errorf("%q accepted as %dx%d at scale %g", s, w, h, sc)
		}
	})
}

func FuzzParseTheme(f *testing.F) {
	for _, s := range []string{"light", "Dark", "transparent", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		th, err := ParseTheme(s)
		if err == nil && th != ThemeLight && th != ThemeDark && th != ThemeTransparent {
			t.Errorf("%q accepted as %q", s, th)
		}
	})
}

// TestPrintPresetPDFIsThePaper: the A4 and Letter presets give PDF pages
// of exactly the paper, landscape, with every text still in it.
func TestPrintPresetPDFIsThePaper(t *testing.T) {
	r := renderer(t)
	for _, tc := range []struct{ preset, box string }{
		{"a4", "/MediaBox [0 0 841.89 595.28]"},
		{"letter", "/MediaBox [0 0 792.00 612.00]"},
	} {
		dir := t.TempDir()
		if _, err := Export(r, testReport(), "Story", ExportOptions{Dir: dir, Preset: tc.preset, Formats: []string{"pdf"},
			Charts: []ID{ClaimFrequency}}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "claim-frequency.pdf"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte(tc.box)) {
			t.Errorf("%s: no %s in the PDF", tc.preset, tc.box)
		}
		out, err := exec.Command("pdftotext", filepath.Join(dir, "claim-frequency.pdf"), "-").Output()
		if err != nil {
			t.Fatalf("pdftotext (Debian poppler-utils, installed by scripts/dev.sh): %v", err)
		}
		if !strings.Contains(string(out), "Kim travels by a special armored train") {
			t.Errorf("%s: a claim label is missing from the PDF's text", tc.preset)
		}
	}
}
