package lexicon

import "testing"

func TestCount(t *testing.T) {
	for _, c := range []struct {
		n    int
		noun string
		want string
	}{
		{0, "trip", "0 trips"},
		{1, "article", "1 article"},
		{2, "source", "2 sources"},
		{-1, "leg", "-1 legs"},
		{12, "more passage", "12 more passages"},
	} {
		if got := Count(c.n, c.noun); got != c.want {
			t.Errorf("Count(%d, %q) = %q, want %q", c.n, c.noun, got, c.want)
		}
	}
}
