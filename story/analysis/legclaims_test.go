package analysis

import (
	"math"
	"testing"
)

// TestLegClaims: a leg that three sources tell in different words is a
// claim with the leg's sources and its most central sentence as label; a
// leg two sources tell, or one whose sentences already support a claim of
// mostly the same sources, is none.
func TestLegClaims(t *testing.T) {
	ev := func(src, text string) Evidence { return Evidence{Source: src, Text: text} }
	three := LegReport{From: "lima", To: "cusco", Sources: []string{"a", "b", "c"}, Evidence: []Evidence{
		ev("a", "LIMA, Peru (AP) — The minister was flying from Lima to Cusco when the storm hit."),
		ev("b", "Her plane was on its way to Cusco from Lima."),
		ev("c", "Photo: The minister boards her plane in Lima / AP"),
		ev("c", "The minister's plane, bound for Cusco from Lima, turned back once."),
	}}
	two := LegReport{From: "cusco", To: "lima", Sources: []string{"a", "b"}, Evidence: []Evidence{
		ev("a", "She flew back to Lima."), ev("b", "The minister returned to Lima by air.")}}
	routes := []RouteReport{{ID: "inferred-trip-1", Origin: "inferred", Legs: []LegReport{three, two}},
		{ID: "own", Origin: "story", Legs: []LegReport{three}}}
	got := legClaims(routes, nil)
	if len(got) != 1 {
		t.Fatalf("got %d claims, want 1: %+v", len(got), got)
	}
	c := got[0]
	if c.Topic != "leg" || c.Origin != "discovered" || len(c.Sources) != 3 || len(c.Evidence) != 4 {
		t.Errorf("claim %+v", c)
	}
	// the sentence sharing most words with the other sources' (plane,
	// Cusco, Lima), not the caption
	if c.Label != "Her plane was on its way to Cusco from Lima" {
		t.Errorf("label %q", c.Label)
	}
	// a dateline never stays in a label
	if l := centralLabel(three.Evidence[:1]); l != "The minister was flying from Lima to Cusco when the storm hit" {
		t.Errorf("label %q", l)
	}
	// a claim already holds the leg: nothing new
	have := []ClaimReport{{ID: "d:1", Sources: []string{"a", "b", "c"}, Evidence: []Evidence{three.Evidence[1]}}}
	if got := legClaims(routes, have); len(got) != 0 {
		t.Errorf("held leg: %+v", got)
	}
	// a claim with other sources that shares one sentence does not hold it
	have[0].Sources = []string{"b", "x", "y", "z"}
	if got := legClaims(routes, have); len(got) != 1 {
		t.Errorf("leg of another claim's sentence: %d claims", len(got))
	}
}

// overlap is the Jaccard index of a claim's sources and a leg's, a repeated
// leg source counted once in the intersection and again in the union.
func TestOverlap(t *testing.T) {
	set := func(ids ...string) map[string]bool {
		m := map[string]bool{}
		for _, id := range ids {
			m[id] = true
		}
		return m
	}
	for _, c := range []struct {
		claim, leg []string
		want       float64
	}{
		{[]string{"a", "b", "c"}, []string{"a", "b", "c"}, 1},
		{[]string{"a", "b"}, []string{"b", "c"}, 1.0 / 3},
		{[]string{"a", "b", "c", "d"}, []string{"a", "b"}, 0.5},
		{[]string{"a"}, []string{"a", "a"}, 0.5}, // the repeat joins the union
		{[]string{"a"}, []string{"x", "x"}, 0},
		{nil, nil, 0},
	} {
		if got := overlap(set(c.claim...), distinct(c.leg), len(c.leg)); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("overlap(%q, %q) = %v, want %v", c.claim, c.leg, got, c.want)
		}
	}
}
