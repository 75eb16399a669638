package storyview

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/story/article"
)

// manySources is a story of n sources spread over outlets (source i is
// published by outlet i%outlets) and two steps: an overview citing none
// and a step citing the first cite of them.
func manySources(t *testing.T, n, outlets, cite int) *story.Story {
	t.Helper()
	s := &story.Story{Title: "many"}
	var ids []string
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("s%04d", i)
		art, err := article.Parse(id+".txt", []byte(fmt.Sprintf("Article %d opens.\n\nIt goes on.\n", i)))
		if err != nil {
			t.Fatal(err)
		}
		s.Sources = append(s.Sources, &story.Source{ID: id, Title: "Title " + id, Outlet: fmt.Sprintf("Outlet %02d", i%outlets), Article: art})
		ids = append(ids, id)
	}
	s.Steps = []story.Step{{ID: "all", Title: "All"}, {ID: "some", Title: "Some", Sources: ids[:cite]}}
	return s
}

func TestChipsOnePerSourceOrPerOutlet(t *testing.T) {
	tests := []struct {
		name                   string
		n, outlets, cite, step int
		chips, more            int
		kind                   SelKind
	}{
		{"few sources: one chip each", 5, 2, 3, 1, 3, 0, SelSource},
		{"overview of few sources", 5, 2, 3, 0, 5, 0, SelSource},
		{"overview of many: by outlet", 500, 7, 3, 0, 7, 0, SelOutlet},
		{"a step citing many: by outlet", 500, 7, 100, 1, 7, 0, SelOutlet},
		{"more outlets than chips", 500, 60, 3, 0, MaxOutletChips, 60 - MaxOutletChips, SelOutlet},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := NewNav(manySources(t, tc.n, tc.outlets, tc.cite), nil)
			n.GoTo(tc.step)
			chips, more := n.Chips()
			if len(chips) != tc.chips || more != tc.more {
				t.Fatalf("%d chips, %d more; want %d, %d", len(chips), more, tc.chips, tc.more)
			}
			for _, c := range chips {
				if c.Sel.Kind != tc.kind {
					t.Errorf("chip %q selects a %s", c.Label, c.Sel.Kind)
				}
			}
		})
	}
}

func TestOutletSelection(t *testing.T) {
	n := NewNav(manySources(t, 30, 3, 2), nil)
	chips, _ := n.Chips()
	if len(chips) != 3 || !strings.HasPrefix(chips[0].Label, "Outlet 00 · 10") {
		t.Fatalf("chips %+v", chips)
	}
	n.Select(chips[0].Sel)
	if chips, _ := n.Chips(); !chips[0].Selected || chips[1].Selected {
		t.Error("the selected outlet's chip is not marked")
	}
	if f := n.Focus(); len(f.Sources) != 10 {
		t.Errorf("outlet focus %d sources, want 10", len(f.Sources))
	}
	// No report yet: the evidence says so; with one, the outlet's articles.
	if v := n.Evidence(); len(v.Passages) != 0 {
		t.Errorf("evidence before the analysis: %+v", v)
	}
	n.SetReport(emptyReport())
	v := n.Evidence()
	if len(v.Passages) != 10 || v.Passages[0].Text != "Article 0 opens." || !strings.Contains(v.Heading, "Outlet 00") {
		t.Errorf("outlet view %q, %d passages, first %q", v.Heading, len(v.Passages), v.Passages[0].Text)
	}
}

func emptyReport() *analysis.Report { return &analysis.Report{Schema: analysis.SchemaVersion} }

// TestChipLabelInFull: a chip's label is the source's outlet (else title)
// and date in full; the app shortens it to the chip's width, keeping the
// date (a cut at 28 characters left "The New York Times · 2021-0…" on a
// chip with room for it all).
func TestChipLabelInFull(t *testing.T) {
	for _, tc := range []struct {
		p    Passage
		want string
	}{
		{Passage{Outlet: "The New York Times", Title: "Giant container ship wedged", Date: "2021-03-24"}, "The New York Times · 2021-03-24"},
		{Passage{Title: "Kim Jong Un arrives in Russian port city for summit", Date: "2019-04-24"}, "Kim Jong Un arrives in Russian port city for summit · 2019-04-24"},
		{Passage{Outlet: "The Maritime Executive"}, "The Maritime Executive"},
	} {
		if got := ChipLabel(tc.p); got != tc.want {
			t.Errorf("ChipLabel(%+v) = %q, want %q", tc.p, got, tc.want)
		}
	}
}
