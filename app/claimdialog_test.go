package app

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/story/edit"
)

// newClaimsUI opens the fixture with one discovered claim in its analysis.
func newClaimsUI(t *testing.T) *UI {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	u, _ := newTestUI(t)
	s, rep := fixture(t)
	rep.Claims = append(rep.Claims, analysis.ClaimReport{ID: "arrived", Label: "Kim arrived in Vladivostok", Origin: "discovered",
		Sources: []string{"a", "b"}})
	u.Loader = func(string, func(string)) Loaded { return Loaded{Story: s, Report: rep} }
	openAndWait(t, u, "")
	return u
}

// reportClaims lists the ids of the claims the panels show.
func reportClaims(u *UI) []string {
	var ids []string
	for _, c := range u.nav.Report().Claims {
		ids = append(ids, c.ID)
	}
	return ids
}

func TestClaimsDialogRenamesSplitsMergesRejects(t *testing.T) {
	u := newClaimsUI(t)
	before := u.doc.editor.View()
	u.ShowClaims()
	f := u.ed.claims
	if !reflect.DeepEqual(f.pick.Options, []string{"Kim travelled by armored train (by-train)", "Kim met Putin (met-putin)",
		"Kim arrived in Vladivostok (arrived, discovered)"}) {
		t.Fatalf("claims offered: %q", f.pick.Options)
	}
	// Rename the first claim: the charts' report follows.
	f.label.SetText("Kim came by armored train")
	test.Tap(f.rename)
	if c := u.doc.editor.View().ClaimByID("by-train"); c.Label != "Kim came by armored train" {
		t.Fatalf("label %q", c.Label)
	}
	if c := u.nav.Report().Claims[0]; c.Label != "Kim came by armored train" || !reflect.DeepEqual(c.Sources, []string{"a", "b"}) {
		t.Errorf("the report's claim after rename: %+v", c)
	}
	// Merge the other claim in, then split its matcher off again.
	if err := u.Apply(edit.MergeClaims{Into: "by-train", From: "met-putin"}); err != nil {
		t.Fatal(err)
	}
	if got := reportClaims(u); !reflect.DeepEqual(got, []string{"by-train", "arrived"}) {
		t.Fatalf("claims shown after merge: %q", got)
	}
	if cv := u.nav.Report().Coverage; !reflect.DeepEqual(cv.Claims, []string{"by-train", "arrived"}) || len(cv.Matrix) != 2 {
		t.Errorf("coverage after merge: %+v", cv)
	}
	// The open dialog follows an edit made elsewhere.
	if len(f.checks) != 2 {
		t.Fatalf("%d matchers shown, want 2", len(f.checks))
	}
	f.checks[1].SetChecked(true) // "met Putin"
	test.Tap(f.split)
	s := u.doc.editor.View()
	if len(s.Claims) != 2 || s.Claims[1].ID != "by-train-split" || !reflect.DeepEqual(s.Claims[1].Matchers, []string{"met Putin"}) {
		t.Fatalf("after split: %+v", s.Claims)
	}
	split := u.nav.Report().Claims[1]
	if split.ID != "by-train-split" || !reflect.DeepEqual(split.Sources, []string{"a"}) || len(split.Evidence) != 1 ||
		!strings.Contains(split.Evidence[0].Text, "met Putin") {
		t.Errorf("the split claim's report was not matched in the articles: %+v", split)
	}
	// Merge it back through the dialog.
	f.pick.SetSelected("Kim came by armored train (by-train)")
	f.from.SetSelected("Kim came by armored train (split) (by-train-split)")
	test.Tap(f.merge)
	if len(u.doc.editor.View().Claims) != 1 {
		t.Fatalf("merge did not remove the split claim: %d claims", len(u.doc.editor.View().Claims))
	}
	// Reject the discovered claim: it is listed as rejected and no longer shown.
	f.pick.SetSelected("Kim arrived in Vladivostok (arrived, discovered)")
	test.Tap(f.reject)
	if got := edit.Rejected(u.doc.editor.View()).Claims; !reflect.DeepEqual(got, []string{"arrived"}) {
		t.Fatalf("rejected %q", got)
	}
	if slices.Contains(reportClaims(u), "arrived") || slices.Contains(f.pick.Options, "Kim arrived in Vladivostok (arrived, discovered)") {
		t.Error("the rejected discovered claim is still shown")
	}
	// Reject a claim steps show: the editor's question, then the fix.
	f.pick.SetSelected(f.pick.Options[0])
	test.Tap(f.reject)
	if !reflect.DeepEqual(u.lastFix, edit.RejectClaim{ID: "by-train", FromSteps: true}) {
		t.Fatalf("fix offered: %#v", u.lastFix)
	}
	for u.Undo() {
	}
	if !reflect.DeepEqual(u.doc.editor.View(), before) {
		t.Error("undoing every claim edit did not give back the story")
	}
	if got := reportClaims(u); !reflect.DeepEqual(got, []string{"by-train", "met-putin", "arrived"}) {
		t.Errorf("claims shown after undo: %q", got)
	}
}

// Add claim previews, as the user types, the sentences the matchers match.
func TestAddClaimPreviewsMatchesLive(t *testing.T) {
	u := newClaimsUI(t)
	u.ShowAddClaim()
	f := u.ed.addClaim
	f.label.SetText("Kim arrived in Vladivostok")
	f.matchers.SetText("arrived in")
	if f.count.Text != "2 sentences in 2 sources match." || len(f.lines) != 2 ||
		f.lines[0] != "Alpha News, line 1: Kim Jong Un arrived in Vladivostok by armored train." {
		t.Fatalf("preview: %q %q", f.count.Text, f.lines)
	}
	f.matchers.SetText("arrived in\n/train travelled/")
	if len(f.lines) != 3 || !strings.HasPrefix(f.lines[2], "Beta Wire, line 1: ") {
		t.Fatalf("preview after a second matcher: %q", f.lines)
	}
	f.matchers.SetText("/(/")
	if len(f.lines) != 0 || !strings.Contains(f.count.Text, "not a valid RE2") {
		t.Fatalf("an invalid matcher: %q %q", f.count.Text, f.lines)
	}
	f.matchers.SetText("arrived in")
	test.Tap(f.add)
	c := u.doc.editor.View().ClaimByID("kim-arrived-in-vladivostok")
	if c == nil || !reflect.DeepEqual(c.Matchers, []string{"arrived in"}) {
		t.Fatalf("added claim %+v", c)
	}
	var cr *analysis.ClaimReport
	for i := range u.nav.Report().Claims {
		if u.nav.Report().Claims[i].ID == c.ID {
			cr = &u.nav.Report().Claims[i]
		}
	}
	if cr == nil || !reflect.DeepEqual(cr.Sources, []string{"a", "b"}) {
		t.Errorf("the new claim's report: %+v", cr)
	}
}

func TestSplitMatchers(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a\n\n  b  \n", []string{"a", "b"}},
		{"/x y/\r\nz", []string{"/x y/", "z"}},
	} {
		if got := splitMatchers(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitMatchers(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
