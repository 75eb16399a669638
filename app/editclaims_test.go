package app

import (
	"reflect"
	"testing"

	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/story/edit"
)

// The claims shown follow the claim edits: a renamed claim keeps the
// analysis' report (its related sentences too), a changed one is matched
// again, a rejected discovered one is gone, and the coverage follows.
func TestClaimCacheFollowsClaimEdits(t *testing.T) {
	s, rep := fixture(t)
	related := analysis.Evidence{Source: "b", Text: "The armored train travelled slowly.", Discovered: true}
	rep.Claims[0].Evidence = append(rep.Claims[0].Evidence, related)
	rep.Claims = append(rep.Claims, analysis.ClaimReport{ID: "found", Label: "Found", Origin: "discovered", Sources: []string{"b"}})
	d := newDocument("", s, rep)
	apply := func(op edit.Op) *analysis.Report {
		t.Helper()
		if err := d.editor.Apply(op); err != nil {
			t.Fatal(err)
		}
		return d.report()
	}
	r := apply(edit.RenameClaim{ID: "by-train", Label: "By train"})
	if c := r.Claims[0]; c.Label != "By train" || len(c.Evidence) != len(rep.Claims[0].Evidence) {
		t.Errorf("a renamed claim lost the analysis' report: %+v", c)
	}
	r = apply(edit.MergeClaims{Into: "by-train", From: "met-putin"})
	c := r.Claims[0]
	if !reflect.DeepEqual(c.Sources, []string{"a", "b"}) || len(c.Evidence) != 3 || c.Evidence[1].Text != "He met Putin at the Vostochny cosmodrome." {
		t.Errorf("the merged claim was not matched again: %+v", c)
	}
	if !reflect.DeepEqual(r.Sources[1].Claims, []string{"by-train", "found"}) || !reflect.DeepEqual(r.Sources[0].UniqueClaims, []string(nil)) {
		t.Errorf("sources' claims: %q, unique %q", r.Sources[1].Claims, r.Sources[0].UniqueClaims)
	}
	r = apply(edit.RejectDiscoveredClaim{ID: "found"})
	if want := []string{"by-train"}; !reflect.DeepEqual(r.Coverage.Claims, want) || !reflect.DeepEqual(r.Coverage.Matrix, [][]bool{{true}, {true}}) {
		t.Errorf("coverage %+v", r.Coverage)
	}
	if len(rep.Claims) != 3 || rep.Claims[0].Label != "Kim travelled by armored train" {
		t.Error("the analysis itself was changed")
	}
}

// An edit that leaves the claims alone (a step renamed) reuses what the
// last one made of them, coverage included; the next claim edit does not,
// and undoing it gives the claims back as they were.
func TestClaimCacheReusedWhileClaimsUnchanged(t *testing.T) {
	s, rep := fixture(t)
	d := newDocument("", s, rep)
	first := d.report()
	if len(s.Steps) == 0 {
		t.Fatal("the fixture has no steps")
	}
	if err := d.editor.Apply(edit.SetStepTitle{ID: s.Steps[0].ID, Title: "Renamed"}); err != nil {
		t.Fatal(err)
	}
	second := d.report()
	if len(second.Coverage.Matrix) == 0 || &second.Coverage.Matrix[0] != &first.Coverage.Matrix[0] || &second.Claims[0] != &first.Claims[0] {
		t.Error("a step rename made the claims and the coverage again")
	}
	if !reflect.DeepEqual(second.Sources, first.Sources) {
		t.Errorf("sources' claims changed with a step rename: %+v, was %+v", second.Sources, first.Sources)
	}
	if err := d.editor.Apply(edit.RenameClaim{ID: first.Claims[0].ID, Label: "Relabelled"}); err != nil {
		t.Fatal(err)
	}
	if third := d.report(); third.Claims[0].Label != "Relabelled" {
		t.Errorf("after a claim rename the first claim is labelled %q", third.Claims[0].Label)
	}
	d.editor.Undo()
	if back := d.report(); back.Claims[0].Label != first.Claims[0].Label || !reflect.DeepEqual(back.Coverage, first.Coverage) {
		t.Errorf("undoing the claim rename: label %q, coverage %+v; want %q, %+v", back.Claims[0].Label, back.Coverage, first.Claims[0].Label, first.Coverage)
	}
}
