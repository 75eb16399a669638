package quantity

import "testing"

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"After his 420-mile trip", "Sept. 10-13, 2023", "January, 2020", "tens of thousands of",
		"$1.5 billion", "2,500,000.5 km", "Feb. 30", "9,99 ,", "–-—", "5 ", "twenty-", "May"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range ExtractDated("s", "2023-09-11", sents(s)) {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad range %d-%d %q in %q", q.Start, q.End, q.Text, s)
			}
			if q.Kind == "" || q.Normalized.Unit == "" {
				t.Fatalf("incomplete quantity %+v", q)
			}
		}
	})
}
