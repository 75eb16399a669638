package charts

import (
	"math"
	"strings"
	"testing"
)

// TestRightToLeftTitlesAlignRight: a title whose first strong letter is
// Arabic or Hebrew puts the header (title and subtitle) at the chart's
// right edge, as ECharts places a title set to right; a note or credit
// paragraph in those scripts is aligned right too; everything else stays
// at the left edge, as before.
func TestRightToLeftTitlesAlignRight(t *testing.T) {
	const w, margin = 720, 12
	for _, tc := range []struct {
		name, title, sub, notes, credit string
		rtlTitle, rtlNotes, rtlCredit   bool
	}{
		{"arabic", "القمة في القاهرة", "", "", "", true, false, false},
		{"hebrew", "הפגישה בירושלים", "Summits · 7 sources", "", "", true, false, false},
		{"arabic after digits", "2024 القمة", "", "", "", true, false, false},
		{"latin then arabic", "Summit: القمة", "", "", "", false, false, false},
		{"hangul then arabic", "정상회담 · القمة", "", "", "", false, false, false},
		{"latin", "Claims by number of sources", "", "Notes in English.", "Source: Storylens", false, false, false},
		{"hebrew credit, arabic notes", "Claims", "", "ملاحظات عن القمة", "מקור: 7 כתבות", false, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Build(ClaimFrequency, scriptReport(), Options{Width: w, Height: 420,
				Caption: Caption{Title: tc.title, Subtitle: tc.sub, Notes: tc.notes, Credit: tc.credit}})
			if err != nil {
				t.Fatal(err)
			}
			_, sc, err := renderer(t).render(c)
			if err != nil {
				t.Fatal(err)
			}
			sub := tc.sub
			if sub == "" {
				sub = "Summits · 7 sources · 7 claims"
			}
			// The title's text is 12 px plus ECharts' title padding (5 px)
			// from the edge, the caption's notes and credit 12 px.
			for _, want := range []struct {
				text     string
				rtl      bool
				titlePad float64
			}{{tc.title, tc.rtlTitle, 5}, {sub, tc.rtlTitle, 5}, {tc.notes, tc.rtlNotes, 0}, {tc.credit, tc.rtlCredit, 0}} {
				if want.text == "" {
					continue
				}
				it := textItem(sc, want.text)
				if it == nil {
					t.Fatalf("%q not drawn", want.text)
				}
				gap, edge := it.bbox.x0-margin-want.titlePad, "left"
				if want.rtl {
					gap, edge = w-margin-want.titlePad-it.bbox.x1, "right"
				}
				if math.Abs(gap) > 3 {
					t.Errorf("%q spans x %.1f..%.1f: %.1f px from the %s margin", want.text, it.bbox.x0, it.bbox.x1, gap, edge)
				}
			}
			// The title's glyphs (Arabic dots under the line) stay clear of
			// the subtitle under it.
			if ti, si := textItem(sc, tc.title), textItem(sc, sub); ti != nil && si != nil && ti.bbox.y1 >= si.bbox.y0 {
				t.Errorf("%q reaches down to %.1f, over the subtitle from %.1f", tc.title, ti.bbox.y1, si.bbox.y0)
			}
		})
	}
}

// TestTitleClearsTheSubtitle: a title in any script, whose glyphs may
// reach further below the line than Liberation Sans' (Arabic dots,
// Devanagari vowel signs, Thai marks), never touches the subtitle.
func TestTitleClearsTheSubtitle(t *testing.T) {
	for _, title := range []string{"Claims by number of sources", "القمة في فلاديفوستوك", "يجري في بيروت", "הפגישה בירושלים",
		"शिखर सम्मेलन दिल्ली में", "การประชุมจัดขึ้นที่กรุงเทพ", "两国领导人会谈", "정상회담은 서울에서"} {
		for _, id := range All {
			c, err := Build(id, scriptReport(), Options{Width: 720, Height: 420, Caption: Caption{Title: title}})
			if err != nil {
				t.Fatal(err)
			}
			_, sc, err := renderer(t).render(c)
			if err != nil {
				t.Fatal(err)
			}
			ti := textItem(sc, title)
			var si *item
			for i := range sc.items {
				if it := &sc.items[i]; strings.HasPrefix(it.text, "Summits · ") {
					si = it
					break
				}
			}
			if ti == nil || si == nil {
				t.Fatalf("%s %q: title %v, subtitle %v not drawn", id, title, ti != nil, si != nil)
			}
			if ti.bbox.y1 >= si.bbox.y0-0.5 {
				t.Errorf("%s %q reaches down to %.1f, the subtitle starts at %.1f", id, title, ti.bbox.y1, si.bbox.y0)
			}
		}
	}
}

// textItem is the scene's text item drawing s.
func textItem(sc *scene, s string) *item {
	for i := range sc.items {
		if sc.items[i].text == s {
			return &sc.items[i]
		}
	}
	return nil
}

// TestRightToLeftTitleGolden draws the claim-frequency chart with an Arabic
// title, an English note and a Hebrew credit, and checks it against
// testdata/claim-frequency-rtl-title.png (regenerate with -update and look
// at it): the title and subtitle at the right edge, the note at the left,
// the credit at the right.
func TestRightToLeftTitleGolden(t *testing.T) {
	c, err := Build(ClaimFrequency, scriptReport(), Options{Width: 720, Height: 420,
		Caption: Caption{Title: "القمة في القاهرة: من قال ماذا", Notes: "Claims quoted as the articles wrote them.",
			Credit: "מקור: 7 כתבות"}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := renderer(t).Image(c, 1)
	if err != nil {
		t.Fatal(err)
	}
	checkGoldenPNG(t, "claim-frequency-rtl-title", got, "TestRightToLeftTitleGolden")
}
