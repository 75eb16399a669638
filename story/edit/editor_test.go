package edit

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/geoparse"
)

// TestNewCopies: the editor never changes the story given to New, and
// Story returns a copy the caller may change.
func TestNewCopies(t *testing.T) {
	s := loadFixture(t)
	orig := Clone(s)
	e := New(s)
	for _, op := range []Op{
		SetStepTitle{ID: "leave", Title: "changed"},
		MovePlace{ID: "porto", Lon: 1, Lat: 2},
		AddStop{Route: "rail", At: 1, Place: "funchal"},
		MergeClaims{Into: "train", From: "talks"},
		DeletePlace{ID: "belem-palace", FromSteps: true},
	} {
		if err := e.Apply(op); err != nil {
			t.Fatal(err)
		}
	}
	sameStory(t, "caller's story", s, orig)

	view := Clone(e.View())
	got := e.Story()
	got.Steps[0].Title = "mutated"
	got.Places[0].Name = "mutated"
	got.Routes[0].Line[0] = orb.Point{0, 0}
	got.Claims[0].Matchers[0] = "mutated"
	got.Extra[RejectedPlacesKey] = nil
	sameStory(t, "view after changing Story()", e.View(), view)
}

// TestHistory checks Undo, Redo, Dirty, MarkSaved, Changes and the labels.
func TestHistory(t *testing.T) {
	e := New(loadFixture(t))
	s0 := e.Story()
	if e.Undo() || e.Redo() || e.Dirty() || e.Changes() != 0 {
		t.Fatal("a new editor has history")
	}
	must(t, e.Apply(SetStepTitle{ID: "leave", Title: "one"}))
	s1 := e.Story()
	must(t, e.Apply(SetStepTitle{ID: "leave", Title: "two"}))
	s2 := e.Story()
	wantEq(t, "changes", e.Changes(), 2)
	if l, ok := e.CanUndo(); !ok || l != "set step title" {
		t.Errorf("CanUndo = %q, %v", l, ok)
	}
	e.MarkSaved()
	wantEq(t, "dirty after save", e.Dirty(), false)
	e.Undo()
	sameStory(t, "undo 1", e.View(), s1)
	wantEq(t, "dirty after undo past save", e.Dirty(), true)
	e.Redo()
	sameStory(t, "redo", e.View(), s2)
	wantEq(t, "dirty back at save", e.Dirty(), false)
	e.Undo()
	e.Undo()
	sameStory(t, "undo 2", e.View(), s0)
	if e.Undo() {
		t.Error("undo past the start")
	}
	// A new edit after undoing drops the redo history.
	must(t, e.Apply(SetStepTitle{ID: "leave", Title: "three"}))
	if e.Redo() {
		t.Error("redo after a new edit")
	}
	if _, ok := e.CanRedo(); ok {
		t.Error("CanRedo after a new edit")
	}
	wantEq(t, "dirty on a new branch", e.Dirty(), true)
	wantEq(t, "changes", e.Changes(), 1)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestLinesFollowStops: a line drawn through the stops follows a moved
// stop and a new mode; air lines are great circles.
func TestLinesFollowStops(t *testing.T) {
	e := New(loadFixture(t))
	must(t, e.Apply(AddStop{Route: "flight", At: 2, Place: "porto"}))
	r := routeOf(t, e.View(), "flight")
	wantEq(t, "provenance", r.Provenance, ArcsThroughStops)
	// Great-circle arcs, a point every 50 km at most, through all stops.
	lisbon, funchal, porto := orb.Point{-9.139, 38.722}, orb.Point{-16.915, 32.667}, orb.Point{-8.611, 41.149}
	if r.Line[0] != lisbon || r.Line[len(r.Line)-1] != porto || !containsPoint(r.Line, funchal) {
		t.Fatalf("line does not go through the stops: %v", r.Line)
	}
	want := int(math.Ceil(geo.Distance(lisbon, funchal)/50e3)) + int(math.Ceil(geo.Distance(funchal, porto)/50e3)) + 1
	wantEq(t, "points", len(r.Line), want)
	for i := 1; i < len(r.Line); i++ {
		if d := geo.DistanceHaversine(r.Line[i-1], r.Line[i]); d > 50e3+1 {
			t.Fatalf("step %d is %.0f m", i, d)
		}
	}
	mid := r.Line[len(r.Line)/4]
	if h := geo.DistanceHaversine; math.Abs(h(lisbon, mid)+h(mid, funchal)-h(lisbon, funchal)) > 0.01 {
		t.Errorf("point %v is not on the great circle", mid)
	}

	must(t, e.Apply(MovePlace{ID: "porto", Lon: -8.6, Lat: 41.2}))
	r = routeOf(t, e.View(), "flight")
	wantEq(t, "end follows the moved stop", r.Line[len(r.Line)-1], orb.Point{-8.6, 41.2})

	must(t, e.Apply(SetRouteMode{ID: "flight", Mode: "road"}))
	r = routeOf(t, e.View(), "flight")
	wantEq(t, "straight road", len(r.Line), 3)
	wantEq(t, "provenance", r.Provenance, StraightThroughStops)
	noErrors(t, e.View())
}

func containsPoint(ls orb.LineString, p orb.Point) bool {
	for _, q := range ls {
		if q == p {
			return true
		}
	}
	return false
}

// TestAntimeridian: an air line over ±180 stays within -180..180.
func TestAntimeridian(t *testing.T) {
	s := loadFixture(t)
	e := New(s)
	must(t, e.Apply(AddPlace{Place: story.Place{ID: "fiji", Name: "Suva", Lon: 178.44, Lat: -18.14}}))
	must(t, e.Apply(AddPlace{Place: story.Place{ID: "samoa", Name: "Apia", Lon: -171.76, Lat: -13.83}}))
	must(t, e.Apply(DrawRoute{ID: "hop", Mode: "air", Points: []orb.Point{{178.44, -18.14}, {-171.76, -13.83}}}))
	must(t, e.Apply(AddStop{Route: "hop", At: 0, Place: "fiji"}))
	must(t, e.Apply(AddStop{Route: "hop", At: 1, Place: "samoa"}))
	r := routeOf(t, e.View(), "hop")
	if len(r.Line) < 10 {
		t.Fatalf("line has %d points", len(r.Line))
	}
	for _, p := range r.Line {
		if p[0] < -180 || p[0] > 180 {
			t.Fatalf("longitude %v out of range", p[0])
		}
		if p[0] < 170 && p[0] > -170 {
			t.Fatalf("point %v is not near the antimeridian: the arc went the long way", p)
		}
	}
	noErrors(t, e.View())
}

// TestRejectedList: deleting records the id, adding it back removes it, and
// the Extra map of the story is left as it was.
func TestRejectedList(t *testing.T) {
	e := New(loadFixture(t))
	must(t, e.Apply(RejectRoute{ID: "flight", FromSteps: true}))
	must(t, e.Apply(DeletePlace{ID: "funchal", FromSteps: true}))
	must(t, e.Apply(RejectClaim{ID: "flight"}))
	got := Rejected(e.View())
	wantList(t, "places", got.Places, "funchal")
	wantList(t, "routes", got.Routes, "flight")
	wantList(t, "claims", got.Claims, "flight")
	must(t, e.Apply(AddPlace{Place: story.Place{ID: "funchal", Name: "Funchal", Lon: -16.9, Lat: 32.6}}))
	must(t, e.Apply(AddClaim{ID: "flight", Label: "Flight", Matchers: []string{"flew"}}))
	must(t, e.Apply(DrawRoute{ID: "flight", Points: []orb.Point{{-9, 38}, {-16, 32}}}))
	if x := e.View().Extra; x != nil {
		t.Errorf("Extra = %v, want nil once nothing is rejected", x)
	}
	// Entries a hand-edited file put there of another type are ignored.
	s := &story.Story{Extra: map[string]any{RejectedPlacesKey: []any{"a", 3.0, "b"}, RejectedClaimsKey: "oops"}}
	got = Rejected(s)
	wantList(t, "places", got.Places, "a", "b")
	wantList(t, "claims", got.Claims)
}

// TestPreview lists the sentences matchers match.
func TestPreview(t *testing.T) {
	e := New(loadFixture(t))
	ms, err := e.Preview([]string{"talks", "/flew to \\w+/"})
	must(t, err)
	if len(ms) != 2 {
		t.Fatalf("got %d matches: %+v", len(ms), ms)
	}
	wantEq(t, "first source", ms[0].Source, "a")
	wantEq(t, "first text", ms[0].Text[ms[0].Start:ms[0].End], "Talks")
	wantEq(t, "first matcher", ms[0].Matcher, 0)
	wantEq(t, "first line", ms[0].Line, 3)
	wantEq(t, "second source", ms[1].Source, "b")
	// The sentence matches "talks" first, so that is the matcher reported.
	wantEq(t, "second text", ms[1].Text[ms[1].Start:ms[1].End], "talks")
	ms, err = e.Preview([]string{"Flew to Madeira"})
	must(t, err)
	if len(ms) != 1 || ms[0].Matcher != 0 || ms[0].Text[ms[0].Start:ms[0].End] != "flew to Madeira" {
		t.Errorf("case-insensitive phrase: %+v", ms)
	}
	if ms, _ := e.Preview([]string{"rain"}); len(ms) != 0 {
		t.Errorf("phrase matched inside a word: %+v", ms)
	}
	if _, err := e.Preview([]string{"ok", "/[/"}); err == nil {
		t.Error("invalid matcher accepted")
	}
}

// TestUniqueID makes ids no item uses.
func TestUniqueID(t *testing.T) {
	s := loadFixture(t)
	for _, c := range []struct{ base, want string }{
		{"Belém Palace", "belem-palace-2"},
		{"São Tomé", "sao-tome"},
		{"talks", "talks-2"},
		{"  --  ", "item"},
		{"Porto", "porto-2"},
	} {
		wantEq(t, c.base, UniqueID(s, c.base), c.want)
	}
	g := PlaceFromGazetteer(s, geoparse.Place{ID: "geonames:2267057", Name: "Lisbon", Kind: "capital", Lon: -9.13, Lat: 38.71})
	wantEq(t, "gazetteer id", g.ID, "geonames:2267057")
	wantEq(t, "origin", g.Origin, story.OriginGazetteer)
	g = PlaceFromGazetteer(s, geoparse.Place{ID: "porto", Name: "Porto"})
	wantEq(t, "taken gazetteer id", g.ID, "porto-2")
	p := PlaceAt(s, "Lisbon", -9.1, 38.7)
	wantEq(t, "id", p.ID, "lisbon-2")
	wantEq(t, "approximate", p.Approximate, true)
}

// TestHistoryBound: past MaxHistoryBytes the oldest states are forgotten,
// and the ones kept still undo exactly.
func TestHistoryBound(t *testing.T) {
	e := New(loadFixture(t))
	e.MaxHistoryBytes = 4000
	var states []*story.Story
	for i := range 100 {
		states = append(states, e.Story())
		must(t, e.Apply(SetStepTitle{ID: "leave", Title: string(rune('a' + i%26))}))
	}
	kept := e.Changes()
	if kept < 1 || kept >= 100 {
		t.Fatalf("kept %d undo steps", kept)
	}
	for i := range kept {
		if !e.Undo() {
			t.Fatalf("undo %d", i)
		}
		sameStory(t, "undo", e.View(), states[len(states)-1-i])
	}
	if e.Undo() {
		t.Error("undo past the bound")
	}
	if e.undoBytes != 0 {
		t.Errorf("undoBytes = %d after undoing everything", e.undoBytes)
	}
}

// TestDropRejected: places, routes and claims found again after being
// rejected are dropped, with their ids in steps, venues and stops.
func TestDropRejected(t *testing.T) {
	s := loadFixture(t)
	if DropRejected(s) != s {
		t.Fatal("nothing rejected, yet a new story")
	}
	s.Venues = []string{"belem-palace", "lisbon"}
	s.Extra = map[string]any{RejectedPlacesKey: []any{"funchal", "belem-palace"},
		RejectedRoutesKey: []any{"rail"}, RejectedClaimsKey: []any{"train"}}
	orig := Clone(s)
	got := DropRejected(s)
	sameStory(t, "input", s, orig)
	if got.PlaceByID("funchal") != nil || got.PlaceByID("belem-palace") != nil || got.RouteByID("rail") != nil || got.ClaimByID("train") != nil {
		t.Fatal("rejected item kept")
	}
	wantList(t, "venues", got.Venues, "lisbon")
	wantList(t, "flight stops", routeOf(t, got, "flight").Stops, "lisbon")
	wantList(t, "talks places", stepOf(t, got, "talks").Places, "lisbon")
	wantList(t, "talks claims", stepOf(t, got, "talks").Claims, "talks")
	if stepOf(t, got, "leave").Route != nil {
		t.Error("rejected route still shown")
	}
	noErrors(t, got)
}
