package storyview

import (
	"reflect"
	"strings"
	"testing"
)

func TestNavStepping(t *testing.T) {
	s, rep := fixture(t)
	n := NewNav(s, rep)
	if n.Status() != "Step 1 of 3" {
		t.Fatalf("status %q", n.Status())
	}
	if n.Prev() {
		t.Error("Prev at the first step moved")
	}
	first, second, third := n.Next(), n.Next(), n.Next()
	if !first || !second || third {
		t.Error("Next should move twice then stop at the end")
	}
	if n.Index() != 2 || !n.AtEnd() || n.Status() != "Step 3 of 3" {
		t.Errorf("at %d, status %q", n.Index(), n.Status())
	}
	n.GoTo(99)
	if n.Index() != 2 {
		t.Errorf("GoTo(99) = %d, want clamped to 2", n.Index())
	}
	n.GoTo(-5)
	if n.Index() != 0 {
		t.Errorf("GoTo(-5) = %d", n.Index())
	}
	if NewNav(nil, nil).Status() != "No steps" || NewNav(nil, nil).Next() {
		t.Error("empty nav")
	}
}

func TestNavSelectionToggleAndStepClears(t *testing.T) {
	s, rep := fixture(t)
	n := NewNav(s, rep)
	n.Select(Selection{SelClaim, "by-train"})
	if n.Selection().ID != "by-train" {
		t.Fatal("not selected")
	}
	n.Select(Selection{SelClaim, "by-train"})
	if n.Selection().Kind != SelNone {
		t.Error("selecting twice should clear")
	}
	n.Select(Selection{SelPlace, "khasan"})
	n.Next()
	if n.Selection().Kind != SelNone {
		t.Error("changing step should clear the selection")
	}
}

func TestNavFocus(t *testing.T) {
	s, rep := fixture(t)
	tests := []struct {
		name string
		step int
		sel  Selection
		want Focus
	}{
		{"overview", 0, Selection{}, Focus{}},
		{"arrival step", 1, Selection{}, Focus{Places: []string{"vladivostok", "khasan"}, Route: "train", Claims: []string{"by-train"}, Sources: []string{"a", "b"}}},
		{"claim", 1, Selection{SelClaim, "met-putin"}, Focus{Places: []string{"vladivostok", "khasan"}, Route: "train", Claims: []string{"met-putin"}, Sources: []string{"a"}}},
		{"place", 1, Selection{SelPlace, "khasan"}, Focus{Places: []string{"khasan"}, Claims: []string{"by-train"}, Sources: []string{"a"}}},
		{"source", 1, Selection{SelSource, "b"}, Focus{Places: []string{"vladivostok"}, Claims: []string{"by-train"}, Sources: []string{"b"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := NewNav(s, rep)
			n.GoTo(tc.step)
			if tc.sel.Kind != SelNone {
				n.Select(tc.sel)
			}
			if got := n.Focus(); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Focus = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func marked(p Passage) []string {
	var out []string
	for _, m := range p.Marks {
		out = append(out, p.Text[m.Start:m.End])
	}
	return out
}

func TestEvidenceForStepClaimPlaceSource(t *testing.T) {
	s, rep := fixture(t)
	n := NewNav(s, rep)
	n.GoTo(1)
	v := n.Evidence()
	if len(v.Passages) != 2 {
		t.Fatalf("step evidence: %d passages, want one per source of the claim: %+v", len(v.Passages), v)
	}
	for _, p := range v.Passages {
		if got := marked(p); len(got) != 1 || !strings.EqualFold(got[0], "armored train") {
			t.Errorf("%s: marked %q", p.Source, got)
		}
	}
	if v.Passages[0].Title != "Summit at the cosmodrome" || v.Passages[0].Date != "2023-09-13" {
		t.Errorf("passage source details: %+v", v.Passages[0])
	}

	n.Select(Selection{SelPlace, "vladivostok"})
	v = n.Evidence()
	if !strings.Contains(v.Heading, "Vladivostok") || !strings.Contains(v.Heading, "2 mentions in 2 sources") {
		t.Errorf("place heading %q", v.Heading)
	}

	n.Select(Selection{SelSource, "a"})
	v = n.Evidence()
	if len(v.Passages) != len(s.SourceByID("a").Article.Paragraphs) {
		t.Fatalf("source view: %d passages, want one per paragraph", len(v.Passages))
	}
	var all []string
	kinds := map[SelKind]int{}
	for _, p := range v.Passages {
		all = append(all, marked(p)...)
		for _, m := range p.Marks {
			kinds[m.Kind]++
		}
	}
	for _, want := range []string{"armored train", "met Putin", "Vladivostok", "Khasan"} {
		found := false
		for _, m := range all {
			found = found || strings.EqualFold(m, want)
		}
		if !found {
			t.Errorf("source view does not mark %q (marked %q)", want, all)
		}
	}
	if kinds[SelClaim] == 0 || kinds[SelPlace] == 0 {
		t.Errorf("mark kinds %v", kinds)
	}

	n.Select(Selection{SelClaim, "nope"})
	if v := n.Evidence(); v.Empty == "" {
		t.Error("unknown claim should explain itself")
	}
	if v := NewNav(s, nil).Evidence(); !strings.Contains(v.Empty, "Analysing") {
		t.Errorf("no report: %q", v.Empty)
	}
}

func TestCleanMarksAndSegments(t *testing.T) {
	text := "Kim — Putin met."
	tests := []struct {
		name  string
		marks []Mark
		want  []string
	}{
		{"ok", []Mark{{0, 3, SelClaim}}, []string{"Kim"}},
		{"out of range", []Mark{{-1, 3, SelClaim}, {5, 99, SelClaim}}, nil},
		{"inside a rune", []Mark{{5, 7, SelClaim}}, nil},
		{"empty", []Mark{{4, 4, SelClaim}}, nil},
		{"overlap merged, sorted", []Mark{{10, 13, SelClaim}, {0, 3, SelPlace}, {8, 11, SelClaim}}, []string{"Kim", "Putin"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Passage{Text: text, Marks: cleanMarks(text, tc.marks)}
			if got := marked(p); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("marked %q, want %q", got, tc.want)
			}
			var b strings.Builder
			for _, r := range p.Segments() {
				b.WriteString(r.Text)
			}
			if b.String() != text {
				t.Errorf("segments rebuild %q", b.String())
			}
		})
	}
}

func TestStepEvidenceKeepsToStepSources(t *testing.T) {
	s, rep := fixture(t)
	s.Steps[1].Sources = []string{"b"}
	rep.Steps[1].Sources = []string{"b"}
	n := NewNav(s, rep)
	n.GoTo(1)
	v := n.Evidence()
	if len(v.Passages) != 1 || v.Passages[0].Source != "b" {
		t.Errorf("step citing only b shows %+v", v.Passages)
	}
	// A selected claim shows every source's evidence.
	n.Select(Selection{SelClaim, "by-train"})
	if v := n.Evidence(); len(v.Passages) != 2 {
		t.Errorf("claim evidence %d passages, want 2", len(v.Passages))
	}
}
