package quantity

import (
	"strings"
	"testing"
)

func TestConflicts(t *testing.T) {
	var qs []Quantity
	qs = append(qs, Extract("003", sents("After his 420-mile trip from Pyongyang by armored train, he was greeted."))...)
	qs = append(qs, Extract("004", sents("Vladivostok, which is a mere 430 miles northeast of Pyongyang, hosts the forum."))...)
	// 2,500 miles and 4,000 km between the same places agree (0.6%).
	qs = append(qs, Extract("a", sents("The convoy drove 2,500 miles from Moscow to Omsk."))...)
	qs = append(qs, Extract("b", sents("The convoy covered 4,000 km between Moscow and Omsk."))...)
	// Different things: no conflict.
	qs = append(qs, Extract("c", sents("About 2,500 troops crossed near Kursk."))...)
	qs = append(qs, Extract("d", sents("Some 40 tanks crossed near Kursk."))...)
	cs := Conflicts(qs, Tolerances{})
	if len(cs) != 1 {
		t.Fatalf("want 1 conflict, got %d: %+v", len(cs), cs)
	}
	c := cs[0]
	if c.Verdict != "differ by 2.4% (16 km)" {
		t.Errorf("verdict %q", c.Verdict)
	}
	if strings.Join(c.Sources, ",") != "003,004" || len(c.Values) != 2 || c.Values[0] != (Value{420, "mile"}) {
		t.Errorf("conflict %+v", c)
	}
	if !strings.Contains(c.About, "Pyongyang") {
		t.Errorf("about %q", c.About)
	}
	// A wider tolerance accepts them.
	if cs := Conflicts(qs, Tolerances{Relative: 0.03}); len(cs) != 0 {
		t.Errorf("3%% tolerance: %+v", cs)
	}
}

func TestConflictsCountsAndBounds(t *testing.T) {
	var qs []Quantity
	qs = append(qs, Extract("a", sents("Officials said 2,500 troops were deployed."))...)
	qs = append(qs, Extract("b", sents("Reports said 3,000 troops were deployed."))...)
	qs = append(qs, Extract("c", sents("It lasted more than 18 months of war."))...)
	qs = append(qs, Extract("d", sents("It lasted 19 months of war."))...)
	cs := Conflicts(qs, Tolerances{})
	if len(cs) != 1 || cs[0].Kind != Count || cs[0].Verdict != "differ by 20% (500 count)" {
		t.Fatalf("got %+v", cs)
	}
}

// Distances that share only a person's name are not about the same thing.
func TestConflictsNotOnPersonNames(t *testing.T) {
	var qs []Quantity
	qs = append(qs, Extract("a", sents("Kim traveled 420 miles by train to the border."))...)
	qs = append(qs, Extract("b", sents("Kim traveled 60 miles by car to the coast."))...)
	if cs := Conflicts(qs, Tolerances{}); len(cs) != 0 {
		t.Errorf("conflict on a person's name: %+v", cs)
	}
}
