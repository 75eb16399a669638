package fonts

import (
	"strings"
	"sync"
	"testing"

	"golang.org/x/image/font/sfnt"
)

func TestParseEveryFace(t *testing.T) {
	family := map[Face]string{LiberationSans: Family, LiberationSansBold: Family, GoRegular: "Go", GoBold: "Go",
		NotoSansArabic: "Noto Sans Arabic", NotoSansArabicBold: "Noto Sans Arabic",
		NotoSansDevanagari: "Noto Sans Devanagari", NotoSansDevanagariBold: "Noto Sans Devanagari",
		NotoSansThai: "Noto Sans Thai", NotoSansThaiBold: "Noto Sans Thai",
		NanumGothic: "NanumGothic", NanumGothicBold: "NanumGothic", DroidSansFallback: "Droid Sans Fallback"}
	for f := Face(0); f < numFaces; f++ {
		got, err := Parse(f)
		if err != nil {
			t.Fatalf("%v: %v", f, err)
		}
		var buf sfnt.Buffer
		name, err := got.Name(&buf, sfnt.NameIDFamily)
		if err != nil || name != family[f] {
			t.Errorf("%v: family %q (%v), want %q", f, name, err, family[f])
		}
		if again, _ := Parse(f); again != got {
			t.Errorf("%v: parsed twice", f)
		}
	}
	reg, _ := Parse(GoRegular)
	bold, _ := Parse(GoBold)
	if reg == bold {
		t.Error("Go regular and bold are the same font")
	}
}

func TestParseUnknownFace(t *testing.T) {
	for _, f := range []Face{-1, numFaces} {
		if _, err := Parse(f); err == nil || !strings.Contains(err.Error(), "no embedded face") {
			t.Errorf("%d: err %v", int(f), err)
		}
	}
}

func TestParseConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	got := make([]*sfnt.Font, 8)
	for i := range got {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			got[i], _ = Parse(GoBold)
		}(i)
	}
	wg.Wait()
	for _, f := range got[1:] {
		if f != got[0] || f == nil {
			t.Fatal("concurrent callers got different fonts")
		}
	}
}
