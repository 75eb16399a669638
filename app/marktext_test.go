package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// markTextRuns is a passage with a long claim and places where rows break.
var markTextRuns = []TextRun{
	{Text: "On Tuesday the leader of North Korea left "},
	{Text: "Pyongyang", Mark: SelPlace},
	{Text: " aboard his "},
	{Text: "armored green train with its bullet-proof carriages", Mark: SelClaim},
	{Text: ", officials in "},
	{Text: "Vladivostok", Mark: SelPlace},
	{Text: " said, and crossed at "},
	{Text: "Khasan", Mark: SelPlace},
	{Text: " the next morning."},
}

// At every width from narrow to wide, the links lie inside the widget
// (none runs past its edge, as an inline link in Fyne's RichText does),
// the text reads as the passage, and a link spanning rows is one link per
// row, all for the same run.
func TestMarkTextRowsFitAndKeepText(t *testing.T) {
	test.NewTempApp(t)
	want := strings.Join(strings.Fields(runsText(markTextRuns)), " ")
	for w := float32(120); w <= 700; w += 13 {
		m := newMarkText()
		m.Set(markTextRuns, func(TextRun) bool { return true }, nil)
		win := test.NewTempWindow(t, m)
		win.SetPadded(false)
		win.Resize(fyne.NewSize(w, 400))
		win.Canvas().Capture()
		var got strings.Builder
		rows := map[float32]bool{}
		for _, s := range m.rt.Segments {
			got.WriteString(strings.ReplaceAll(s.Textual(), "\n", " "))
		}
		if g := strings.Join(strings.Fields(got.String()), " "); g != want {
			t.Fatalf("width %g: text %q, want %q", w, g, want)
		}
		for _, o := range test.WidgetRenderer(m.rt).Objects() {
			if _, ok := o.(*canvas.Text); !ok && !isLinkVisual(o) {
				continue
			}
			if right := o.Position().X + o.MinSize().Width; right > m.Size().Width+0.5 {
				t.Errorf("width %g: %q ends at %g, past the edge", w, visualText(o), right)
			}
			rows[o.Position().Y] = true
		}
		links := m.Links()
		if len(links) < 4 {
			t.Fatalf("width %g: %d links, want at least the 4 marks", w, len(links))
		}
		if w < 200 && len(rows) < 6 {
			t.Errorf("width %g: %d rows; a narrow panel wraps the passage", w, len(rows))
		}
	}
}

// Tapping a link calls onTap with its run; marks link returns false for
// are bold text, not links.
func TestMarkTextTap(t *testing.T) {
	test.NewTempApp(t)
	var tapped []TextRun
	m := newMarkText()
	m.Set(markTextRuns, func(r TextRun) bool { return r.Text != "Khasan" }, func(r TextRun) { tapped = append(tapped, r) })
	win := test.NewTempWindow(t, m)
	win.Resize(fyne.NewSize(300, 300))
	links := evidenceLinks(win)
	if _, ok := links["Khasan"]; ok {
		t.Error("Khasan is a link though link() says no")
	}
	v := links["Vladivostok"]
	if v == nil {
		t.Fatalf("links %v, want Vladivostok", keys(links))
	}
	tapMiddle(v)
	if len(tapped) != 1 || tapped[0] != markTextRuns[5] {
		t.Errorf("tapping Vladivostok gave %+v", tapped)
	}
}

func runsText(runs []TextRun) string {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

func isLinkVisual(o fyne.CanvasObject) bool {
	c, ok := o.(*fyne.Container)
	if !ok || len(c.Objects) != 1 {
		return false
	}
	_, ok = c.Objects[0].(*keyLink)
	return ok
}

func visualText(o fyne.CanvasObject) string {
	if t, ok := o.(*canvas.Text); ok {
		return t.Text
	}
	if isLinkVisual(o) {
		return o.(*fyne.Container).Objects[0].(*keyLink).Text
	}
	return ""
}
