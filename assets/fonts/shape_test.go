package fonts

import (
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestFaceFor(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		bold bool
		want Face
	}{
		{'a', false, LiberationSans},
		{'a', true, LiberationSansBold},
		{'א', false, LiberationSans}, // Liberation Sans has Hebrew
		{'ب', false, NotoSansArabic},
		{'ب', true, NotoSansArabicBold},
		{'क', false, NotoSansDevanagari},
		{'ก', true, NotoSansThaiBold},
		{'한', false, NanumGothic},
		{'東', false, DroidSansFallback},
		{'東', true, DroidSansFallback}, // one weight
		{'の', false, DroidSansFallback},
		{'ア', false, DroidSansFallback},
		{'，', false, DroidSansFallback},
	} {
		got, ok := FaceFor(tc.r, tc.bold)
		if !ok || got != tc.want {
			t.Errorf("FaceFor(%q, %v) = %v, %v; want %v", tc.r, tc.bold, got, ok, tc.want)
		}
	}
	if _, ok := FaceFor('\U0001F600', false); ok {
		t.Errorf("an emoji has a face")
	}
}

func TestSimple(t *testing.T) {
	for s, want := range map[string]bool{
		"Lisbon": true, "Đà Nẵng": true, "Москва": true, "": true,
		"ירושלים": false, "Tel Aviv תל אביב": false, "東京": false, "서울": false, "دمشق": false, "नई दिल्ली": false,
	} {
		if got := Simple(s, false); got != want {
			t.Errorf("Simple(%q) = %v, want %v", s, got, want)
		}
	}
}

func mustShape(t *testing.T, s string) *Line {
	t.Helper()
	l, err := Shape(s, false)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func ids(l *Line) []uint32 {
	var out []uint32
	for _, g := range l.Glyphs {
		out = append(out, g.ID)
	}
	return out
}

func nominal(t *testing.T, f Face, r rune) uint32 {
	t.Helper()
	gf, err := shapeFace(f)
	if err != nil {
		t.Fatal(err)
	}
	g, ok := gf.NominalGlyph(r)
	if !ok {
		t.Fatalf("%v has no %q", f, r)
	}
	return uint32(g)
}

func TestShapeOrdersRightToLeft(t *testing.T) {
	// Hebrew is laid out right to left: the last letter is leftmost.
	l := mustShape(t, "אב")
	if want := []uint32{nominal(t, LiberationSans, 'ב'), nominal(t, LiberationSans, 'א')}; !reflect.DeepEqual(ids(l), want) {
		t.Errorf("אב: glyphs %v, want %v", ids(l), want)
	}
	// In a left-to-right line the Latin comes first, the Hebrew after it, reversed.
	l = mustShape(t, "a אב")
	if got := ids(l); len(got) != 4 || got[0] != nominal(t, LiberationSans, 'a') || got[2] != nominal(t, LiberationSans, 'ב') {
		t.Errorf("a אב: glyphs %v", got)
	}
	// A number in a right-to-left line stays left to right, left of the word before it.
	l = mustShape(t, "אב 12")
	want := []uint32{nominal(t, LiberationSans, '1'), nominal(t, LiberationSans, '2'), nominal(t, LiberationSans, ' '),
		nominal(t, LiberationSans, 'ב'), nominal(t, LiberationSans, 'א')}
	if got := ids(l); !reflect.DeepEqual(got, want) {
		t.Errorf("אב 12: glyphs %v, want %v", got, want)
	}
	// A hyphen between a Hebrew prefix and a number goes with the Hebrew:
	// "א ב-12" reads 12-ב א from the left.
	lib := func(s string) (out []uint32) {
		for _, r := range s {
			out = append(out, nominal(t, LiberationSans, r))
		}
		return out
	}
	if got, want := ids(mustShape(t, "א ב-12")), lib("12-ב א"); !reflect.DeepEqual(got, want) {
		t.Errorf("א ב-12: glyphs %v, want %v", got, want)
	}
	// Neutrals between a right-to-left word and a left-to-right one take
	// the paragraph's direction: the dots stay on either side of the Arabic.
	l2 := mustShape(t, "a · ب · c")
	if got := ids(l2); len(got) != 9 || got[2] != nominal(t, LiberationSans, '·') || got[6] != nominal(t, LiberationSans, '·') {
		t.Errorf("a · ب · c: glyphs %v", got)
	}
	// Glyphs advance left to right.
	for i := 1; i < len(l.Glyphs); i++ {
		if l.Glyphs[i].X <= l.Glyphs[i-1].X {
			t.Errorf("glyph %d at %.3f, not right of %.3f", i, l.Glyphs[i].X, l.Glyphs[i-1].X)
		}
	}
}

func TestShapeJoinsArabic(t *testing.T) {
	// Joined, a letter takes its initial, medial and final forms, not the
	// isolated one, and the word is narrower than its letters apart.
	iso := nominal(t, NotoSansArabic, 'ب')
	l := mustShape(t, "ببب")
	for _, id := range ids(l) {
		if id == iso {
			t.Errorf("ببب drawn with the isolated form: %v", ids(l))
		}
	}
	if one := mustShape(t, "ب"); l.Advance >= 3*one.Advance {
		t.Errorf("ببب is %.3f em wide, not narrower than three apart (%.3f)", l.Advance, 3*one.Advance)
	}
	if l.Glyphs[0].Face != NotoSansArabic {
		t.Errorf("face %v", l.Glyphs[0].Face)
	}
}

func TestShapeReordersDevanagari(t *testing.T) {
	// कि: the vowel sign i is written before the consonant it follows.
	l := mustShape(t, "कि")
	if got := ids(l); len(got) != 2 || got[1] != nominal(t, NotoSansDevanagari, 'क') {
		t.Errorf("कि: glyphs %v, want the sign then क (%d)", got, nominal(t, NotoSansDevanagari, 'क'))
	}
}

func TestShapeFallsBackPerRune(t *testing.T) {
	l := mustShape(t, "Tokyo 東京 서울")
	// Each letter from the first face that has it, drawn (a space has no
	// outline; it stays in the run it follows).
	inked := map[Face]int{}
	for _, g := range l.Glyphs {
		if g.ID == 0 {
			t.Errorf("a missing glyph in %v", g.Face)
		}
		if len(g.Segs) > 0 {
			inked[g.Face]++
		}
	}
	if want := map[Face]int{LiberationSans: 5, DroidSansFallback: 2, NanumGothic: 2}; !reflect.DeepEqual(inked, want) {
		t.Errorf("letters by face %v, want %v", inked, want)
	}
}

func TestVisualOrder(t *testing.T) {
	for _, tc := range []struct {
		levels []int
		want   []int
	}{
		{[]int{0, 0}, []int{0, 1}},
		{[]int{1, 1}, []int{1, 0}},
		{[]int{0, 1, 1, 0}, []int{0, 2, 1, 3}},
		{[]int{1, 2, 1}, []int{2, 1, 0}},
		{[]int{1, 2, 2, 1}, []int{3, 1, 2, 0}},
		{[]int{0, 1, 2}, []int{0, 2, 1}},
	} {
		if got := visualOrder(tc.levels); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("visualOrder(%v) = %v, want %v", tc.levels, got, tc.want)
		}
	}
}

// TestShapeDump writes the test strings as PNGs when STORYLENS_FONT_DUMP
// names a directory, to look at.
func TestShapeDump(t *testing.T) {
	dir := os.Getenv("STORYLENS_FONT_DUMP")
	if dir == "" {
		t.Skip("STORYLENS_FONT_DUMP not set")
	}
	for i, s := range []string{"Tokyo 東京 서울", "ירושלים 2019", "دمشق القديمة", "नई दिल्ली", "กรุงเทพมหานคร", "東京都の渋谷"} {
		l := mustShape(t, s)
		m, _ := l.Mask(32, 30, 10, 2)
		f, err := os.Create(filepath.Join(dir, string(rune('a'+i))+".png"))
		if err != nil {
			t.Fatal(err)
		}
		png.Encode(f, m)
		f.Close()
	}
}

// TestShapeConcurrent shapes from several goroutines at once (run with
// -race): the shaper and its cache are shared.
func TestShapeConcurrent(t *testing.T) {
	done := make(chan *Line)
	for i := 0; i < 8; i++ {
		go func(i int) {
			l, err := Shape([]string{"서울", "دمشق", "東京", "ירושלים"}[i%4]+string(rune('0'+i)), i%2 == 0)
			if err != nil {
				t.Error(err)
			}
			Simple("Lisbon", false)
			done <- l
		}(i)
	}
	for i := 0; i < 8; i++ {
		if l := <-done; l == nil || len(l.Glyphs) == 0 {
			t.Error("nothing shaped")
		}
	}
}

// FuzzShape shapes any string: no panic, a finite width that is not
// negative, and glyphs laid out within it.
func FuzzShape(f *testing.F) {
	for _, s := range []string{"Lisbon", "אב 12", "a · ب · c", "कि", "東京 서울", "\u064d", "\u200f1\u202e2", "\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := Shape(s, len(s)%2 == 0)
		if err != nil {
			t.Fatal(err)
		}
		if l.Advance < 0 || l.Advance != l.Advance || l.Advance > float64(len(s))*4+1 {
			t.Fatalf("Shape(%q): advance %v", s, l.Advance)
		}
	})
}
