package analysis

import (
	"testing"
	"testing/fstest"

	"github.com/storylens/storylens/story"
)

// Conflicts compare values about the same thing only: an area written after
// a place ("Halifax, Nova Scotia") says where the place is, so it is no
// second place to relate a distance to, and a depth is the size of a thing,
// not a distance between the places of its sentence; two distances between
// the same two places still conflict.
func TestConflictsSameThingThroughAnalysis(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b string
		want int
	}{
		{"a place and its region are one place",
			"The trawler sank about 300 km east of Halifax, Nova Scotia, on Monday.",
			"The trawler went down some 420 km east of Halifax, Nova Scotia.", 0},
		{"a place ending in a possessive and its country are one place",
			"The ferry ran aground about 30 km south of St. George's, Grenada, on Monday.",
			"The ferry ran aground some 45 km south of St. George's, Grenada.", 0},
		{"a depth is no distance",
			"The wreck lies 3,800 metres down, about 600 km from Halifax to Boston.",
			"The wreck lies about 600 km out on the way from Halifax to Boston.", 0},
		{"a road journey and the straight line",
			"The convoy made a 1,300-km journey by road from Lyon to Madrid.",
			"Madrid lies about 1,050 km from Lyon.", 0},
		{"a thing's distance from a place is not the article's place's",
			"Survivors were brought to Kalamata. The trawler sank about 80 km from Pylos. Kalamata took them in.",
			"Kalamata took in the survivors. Kalamata lies about 50 km from Pylos.", 0},
		{"the same two places",
			"The ferry sailed 300 km from Halifax to Boston.",
			"The ferry sailed 700 km from Halifax to Boston.", 1},
	} {
		fsys := fstest.MapFS{
			"articles/01.md": {Data: []byte("---\ntitle: One\ndate: 2025-03-10\n---\n" + c.a + "\n")},
			"articles/02.md": {Data: []byte("---\ntitle: Two\ndate: 2025-03-11\n---\n" + c.b + "\n")},
		}
		s, ps := story.LoadFS(fsys, "sea")
		if ps.HasErrors() {
			t.Fatal(ps)
		}
		r, err := Run(s, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Conflicts) != c.want {
			t.Errorf("%s: %d conflicts, want %d: %+v", c.name, len(r.Conflicts), c.want, r.Conflicts)
		}
	}
}
