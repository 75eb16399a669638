package storyview

import (
	"fmt"
	"reflect"
	"testing"
)

func TestRowsGroupBySourceWithMore(t *testing.T) {
	p := func(src, text string) Passage { return Passage{Source: src, Title: "T" + src, Outlet: "O", Text: text} }
	v := EvidenceView{Passages: []Passage{p("a", "a1"), p("b", "b1"), p("a", "a2"), p("a", "a3"), p("b", "b2")}}
	kinds := func(rows []Row) string {
		s := ""
		for _, r := range rows {
			s += fmt.Sprintf("%d:%s%s ", r.Kind, r.Source, r.Passage.Text)
		}
		return s
	}
	tests := []struct {
		name     string
		per      int
		expanded map[string]bool
		want     string
	}{
		{"all", 0, nil, "1:a 2:aa1 2:aa2 2:aa3 1:b 2:bb1 2:bb2 "},
		{"two per source", 2, nil, "1:a 2:aa1 2:aa2 3:a 1:b 2:bb1 2:bb2 "},
		{"one per source", 1, nil, "1:a 2:aa1 3:a 1:b 2:bb1 3:b "},
		{"a expanded", 1, map[string]bool{"a": true}, "1:a 2:aa1 2:aa2 2:aa3 1:b 2:bb1 3:b "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows := v.Rows(tc.per, func(s string) bool { return tc.expanded[s] })
			if got := kinds(rows); got != tc.want {
				t.Errorf("rows %s, want %s", got, tc.want)
			}
		})
	}
	rows := v.Rows(1, nil)
	if rows[2].Hidden != 2 || rows[2].Text != "2 more passages from this source…" {
		t.Errorf("more row %+v", rows[2])
	}
	if rows[0].Text != "Ta — O" {
		t.Errorf("head %q", rows[0].Text)
	}
	empty := EvidenceView{Empty: "nothing", Elsewhere: 3}
	if got := empty.Rows(2, nil); !reflect.DeepEqual(got, []Row{{Kind: RowEmpty, Text: "nothing"}}) {
		t.Errorf("empty view rows %+v", got)
	}
	v.Elsewhere = 4
	if rows := v.Rows(0, nil); rows[len(rows)-1].Kind != RowEmpty {
		t.Errorf("a view with passages elsewhere should end with a note: %+v", rows[len(rows)-1])
	}
}

func TestStepEvidenceNeverFallsBackToEverySource(t *testing.T) {
	s, rep := fixture(t)
	// Step 3 cites only source b, which does not report its claim met-putin
	// (source a does) nor mention Vostochny.
	s.Steps[2].Sources = []string{"b"}
	rep.Steps[2].Sources = []string{"b"}
	n := NewNav(s, rep)
	n.GoTo(2)
	v := n.Evidence()
	if len(v.Passages) != 0 || v.Elsewhere != 1 {
		t.Fatalf("passages %+v, elsewhere %d; want none listed and 1 elsewhere", v.Passages, v.Elsewhere)
	}
	if v.Empty == "" {
		t.Error("no explanation for the empty list")
	}
}
