package charts

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/analysis"
)

// scriptClaims are claim labels in the scripts Liberation Sans lacks or
// writes right to left, as a user's articles quote them.
var scriptClaims = []struct{ id, label string }{
	{"han", "两国领导人在北京举行会谈"},
	{"kana", "首相は東京で記者会見を開いた"},
	{"hangul", "정상회담은 서울에서 열렸다"},
	{"arabic", "عقدت القمة في القاهرة"},
	{"hebrew", "הפגישה נערכה בירושלים ב-2019"},
	{"devanagari", "शिखर सम्मेलन नई दिल्ली में हुआ"},
	{"thai", "การประชุมจัดขึ้นที่กรุงเทพมหานคร"},
}

// scriptReport is a report whose claims are scriptClaims, claim i reported
// by 7-i of seven sources.
func scriptReport() *analysis.Report {
	r := &analysis.Report{Schema: "storylens/analyze/v1", Title: "Summits"}
	for i := 0; i < 7; i++ {
		id := string(rune('a' + i))
		r.Sources = append(r.Sources, analysis.SourceReport{ID: id, Title: "Source " + id, Date: "2024-05-0" + string(rune('1'+i))})
		r.Coverage.Sources = append(r.Coverage.Sources, id)
	}
	r.Coverage.Matrix = make([][]bool, len(r.Sources))
	for i := range r.Sources {
		r.Coverage.Matrix[i] = make([]bool, len(scriptClaims))
	}
	for j, c := range scriptClaims {
		cr := analysis.ClaimReport{ID: c.id, Label: c.label, Topic: "summit", Origin: "curated"}
		for i := 0; i < 7-j; i++ {
			cr.Sources = append(cr.Sources, r.Sources[i].ID)
			r.Coverage.Matrix[i][j] = true
		}
		r.Claims = append(r.Claims, cr)
		r.Coverage.Claims = append(r.Coverage.Claims, c.id)
	}
	return r
}

// TestScriptLabelsChartGolden draws the claim-frequency chart of claims
// labelled in each script, with a title in Hangul and Arabic, and checks
// it against testdata/claim-frequency-scripts.png (regenerate with
// -update and look at it): each label shaped from the fallback faces,
// measured as drawn, so ECharts lays it out whole.
func TestScriptLabelsChartGolden(t *testing.T) {
	r := renderer(t)
	c, err := Build(ClaimFrequency, scriptReport(), Options{Width: 720, Height: 420,
		Caption: Caption{Title: "정상회담 · القمة · 首脳会談", Credit: "מקור: 7 כתבות"}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := r.Image(c, 1)
	if err != nil {
		t.Fatal(err)
	}
	checkGoldenPNG(t, "claim-frequency-scripts", got, "TestScriptLabelsChartGolden")
}

// TestShapedTextMeasuredAsDrawn checks that a label in another script is
// measured by its shaped width (what the scene draws), not by
// Liberation Sans' missing-glyph boxes.
func TestShapedTextMeasuredAsDrawn(t *testing.T) {
	reg, _, err := loadFaces()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range scriptClaims {
		box := reg.width(c.label) * 12
		got := measureText(c.label, "12px Liberation Sans")
		if got <= 0 || got == box {
			t.Errorf("%s: measured %.1f px (boxes: %.1f)", c.id, got, box)
		}
	}
	// Latin keeps Liberation Sans' own advances, as before.
	if got, want := measureText("Claims", "12px x"), reg.width("Claims")*12; got != float64(int(want*1000+0.5))/1000 {
		t.Errorf("Claims: %.3f, want %.3f", got, want)
	}
}

// TestPDFTextLayerInEveryScript checks that the PDF's invisible text layer
// holds the labels in the left-to-right scripts as written (pdftotext
// reorders right-to-left text by its own rules, so Arabic and Hebrew are
// checked only for being there).
func TestPDFTextLayerInEveryScript(t *testing.T) {
	c, err := Build(ClaimFrequency, scriptReport(), Options{Width: 720, Height: 420})
	if err != nil {
		t.Fatal(err)
	}
	b, err := renderer(t).PDF(c, false)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "scripts.pdf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (Debian poppler-utils, installed by scripts/dev.sh): %v", err)
	}
	text := string(out)
	for _, c := range scriptClaims {
		switch c.id {
		case "arabic", "hebrew":
			if !strings.ContainsRune(text, []rune(c.label)[0]) {
				t.Errorf("%s: no %q in the text layer", c.id, []rune(c.label)[0])
			}
		default:
			if !strings.Contains(text, c.label) {
				t.Errorf("%s: %q not in the text layer:\n%s", c.id, c.label, text)
			}
		}
	}
}
