package quantity

import "testing"

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"After his 420-mile trip", "Sept. 10-13, 2023", "January, 2020", "tens of thousands of",
		"$1.5 billion", "2,500,000.5 km", "Feb. 30", "9,99 ,", "–-—", "5 ", "twenty-", "May",
		"at 9:35 p.m. and 6pm", "MiG-31I C-130 Boeing 747 Group of 20", "80 km/h, 40 knots, 74 kilometres an hour",
		"400 metres long", "25th", "between Pyongyang and Vladivostok, 700 km", "250 km to the north-east", ":5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := ExtractDated("s", "2023-09-11", sents(s, s+" Vladivostok 430 miles northeast of Pyongyang"))
		qs = append(qs, Extract("t", sents(s))...)
		_ = Conflicts(qs, Tolerances{})
		_ = Checks(qs, seedPlaces, RoutesByStops([]Route{railway()}))
		for _, q := range qs {
			s := q.Sentence
			if q.Start < 0 || int(q.End) > len(s) || q.Start >= q.End || q.Text() == "" {
				t.Fatalf("bad range %d-%d %q in %q", q.Start, q.End, q.Text(), s)
			}
			if q.Kind == "" || q.Normalized.Unit == "" {
				t.Fatalf("incomplete quantity %+v", q)
			}
		}
	})
}
