package app

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// figureFixture is the fixture with one conflict (two sources, two values)
// and two checks: one against the route, one against the great circle.
func figureFixture(t *testing.T) (*story.Story, *analysis.Report) {
	s, rep := fixture(t)
	rep.Quantities = []analysis.Quantity{
		{Value: 80, Unit: "mile", Text: "80 miles", Source: "a", Sentence: "Khasan is 80 miles from Vladivostok."},
		{Value: 95, Unit: "mile", Text: "95 miles", Source: "b", Sentence: "Vladivostok lies 95 miles beyond Khasan."},
		{Value: 3, Unit: "day", Text: "3 days", Source: "b", Sentence: "The trip took 3 days."},
	}
	rep.Conflicts = []analysis.Conflict{{About: "distance Khasan–Vladivostok (trip)",
		Values: []analysis.Value{{Value: 80, Unit: "mile"}, {Value: 95, Unit: "mile"}}, Sources: []string{"a", "b"}, Verdict: "differ by 17% (24 km)"}}
	rep.Checks = []analysis.Check{
		{Text: "Khasan is 80 miles from Vladivostok.", Source: "a", From: "Khasan", To: "Vladivostok",
			Stated: analysis.Value{Value: 80, Unit: "mile"}, Computed: analysis.Computed{Value: 120, Unit: "km", Method: "route"},
			Verdict: "consistent with the route (+7%)"},
		{Text: "The cosmodrome is 600 miles north of Vladivostok.", Source: "b", From: "Vladivostok", To: "Vostochny cosmodrome",
			Stated: analysis.Value{Value: 600, Unit: "mile"}, Computed: analysis.Computed{Value: 995, Unit: "km", Method: "great-circle"},
			Bearing: &analysis.Bearing{Stated: "north", Computed: 347, Verdict: "consistent"}, Verdict: "consistent (-3.0%)"},
	}
	return s, rep
}

func TestFiguresOf(t *testing.T) {
	s, rep := figureFixture(t)
	figs := figuresOf(s, rep)
	if len(figs) != 3 {
		t.Fatalf("%d figures, want 1 conflict and 2 checks: %+v", len(figs), figs)
	}
	c := figs[0]
	if c.Kind != "conflict" || !strings.Contains(c.Title, "80 miles vs 95 miles") || !strings.Contains(c.Detail, "differ by 17%") {
		t.Errorf("conflict: %+v", c)
	}
	if len(c.Says) != 2 || c.Says[0].Who != "Alpha News · 2023-09-13" || c.Says[1].Line != "Vladivostok lies 95 miles beyond Khasan." {
		t.Errorf("conflict says: %+v (the 3-day quantity must not be among them)", c.Says)
	}
	if strings.Join(c.Places, ",") != "vladivostok,khasan" {
		t.Errorf("conflict places %q, want the two named in what it is about", c.Places)
	}
	r := figs[1]
	if r.Kind != "check" || r.Route != "train" || len(r.Lines) != 0 || !strings.Contains(r.Detail, "the length of the route") {
		t.Errorf("route check: %+v", r)
	}
	g := figs[2]
	if g.Route != "" || len(g.Lines) != 1 || !strings.Contains(g.Detail, "great-circle") || !strings.Contains(g.Detail, "stated north, computed 347°") {
		t.Errorf("great-circle check: %+v", g)
	}
	if strings.Join(g.Places, ",") != "vladivostok,vostochny" {
		t.Errorf("great-circle check places %q", g.Places)
	}
	// A value stated twice is listed once.
	rep.Conflicts[0].Values = append(rep.Conflicts[0].Values, analysis.Value{Value: 80, Unit: "mile"})
	if got := figuresOf(s, rep)[0].Title; !strings.HasSuffix(got, ": 80 miles vs 95 miles") {
		t.Errorf("title with a repeated value: %q", got)
	}
	if figuresOf(nil, rep) != nil || figuresOf(s, nil) != nil {
		t.Error("figures without a story or a report")
	}
}

func TestPlacesNamedIn(t *testing.T) {
	s := &story.Story{Places: []*story.Place{{ID: "a", Name: "Khasan"}, {ID: "b", Name: "Vladivostok"}, {ID: "c", Name: "Vlad"}}}
	for text, want := range map[string]string{
		"distance Khasan–Vladivostok": "a,b",
		"distance khasanvladivostok":  "",
		"Vlad and Vladivostok":        "b,c",
		"":                            "",
	} {
		if got := strings.Join(placesNamedIn(s, text), ","); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
