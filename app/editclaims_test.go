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
