package edit

import (
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
)

func ptr[T any](v T) *T { return &v }

// opCase is one valid operation on the fixture and what it must change.
type opCase struct {
	name  string
	op    Op
	check func(t *testing.T, s *story.Story) // asserts the edit on a story
}

func stepOf(t *testing.T, s *story.Story, id string) story.Step {
	t.Helper()
	i := stepIndex(s, id)
	if i < 0 {
		t.Fatalf("no step %q", id)
	}
	return s.Steps[i]
}

func placeOf(t *testing.T, s *story.Story, id string) *story.Place {
	t.Helper()
	p := s.PlaceByID(id)
	if p == nil {
		t.Fatalf("no place %q", id)
	}
	return p
}

func routeOf(t *testing.T, s *story.Story, id string) *story.Route {
	t.Helper()
	r := s.RouteByID(id)
	if r == nil {
		t.Fatalf("no route %q", id)
	}
	return r
}

func claimOf(t *testing.T, s *story.Story, id string) *story.Claim {
	t.Helper()
	c := s.ClaimByID(id)
	if c == nil {
		t.Fatalf("no claim %q", id)
	}
	return c
}

func stepIDs(s *story.Story) string {
	var ids []string
	for _, st := range s.Steps {
		ids = append(ids, st.ID)
	}
	return strings.Join(ids, ",")
}

func wantEq[T comparable](t *testing.T, what string, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func wantList(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

var opCases = []opCase{
	{"SetTitle", SetTitle{Title: "A new title"},
		func(t *testing.T, s *story.Story) { wantEq(t, "title", s.Title, "A new title") }},
	{"SetDescription", SetDescription{Description: "Told again."},
		func(t *testing.T, s *story.Story) { wantEq(t, "description", s.Description, "Told again.") }},
	{"AddStep middle", AddStep{At: 1, Step: story.Step{ID: "new", Title: "New", Date: "2024-05-03",
		Places: []string{"lisbon"}, Route: ptr("rail"), Claims: []string{"train"}, Sources: []string{"b"},
		Camera: &story.Camera{Center: [2]float64{-9, 38}, Zoom: 5}}},
		func(t *testing.T, s *story.Story) {
			wantEq(t, "steps", stepIDs(s), "leave,new,talks,island")
			st := stepOf(t, s, "new")
			wantEq(t, "route", *st.Route, "rail")
			wantEq(t, "zoom", st.Camera.Zoom, 5.0)
		}},
	{"AddStep last, empty lists", AddStep{At: 3, Step: story.Step{ID: "end", Title: "End", Places: []string{}}},
		func(t *testing.T, s *story.Story) {
			wantEq(t, "steps", stepIDs(s), "leave,talks,island,end")
			if stepOf(t, s, "end").Places != nil {
				t.Error("empty places not normalised to nil")
			}
		}},
	{"DeleteStep", DeleteStep{ID: "talks"},
		func(t *testing.T, s *story.Story) { wantEq(t, "steps", stepIDs(s), "leave,island") }},
	{"MoveStep first", MoveStep{ID: "island", To: 0},
		func(t *testing.T, s *story.Story) { wantEq(t, "steps", stepIDs(s), "island,leave,talks") }},
	{"MoveStep last", MoveStep{ID: "leave", To: 2},
		func(t *testing.T, s *story.Story) { wantEq(t, "steps", stepIDs(s), "talks,island,leave") }},
	{"SetStepTitle", SetStepTitle{ID: "talks", Title: "Talks at the palace"},
		func(t *testing.T, s *story.Story) {
			wantEq(t, "title", stepOf(t, s, "talks").Title, "Talks at the palace")
		}},
	{"SetStepDate day", SetStepDate{ID: "talks", Date: "2024-05-03"},
		func(t *testing.T, s *story.Story) { wantEq(t, "date", stepOf(t, s, "talks").Date, "2024-05-03") }},
	{"SetStepDate range", SetStepDate{ID: "leave", Date: "2024-05-01/2024-05-02"},
		func(t *testing.T, s *story.Story) {
			wantEq(t, "date", stepOf(t, s, "leave").Date, "2024-05-01/2024-05-02")
		}},
	{"SetStepDate clear", SetStepDate{ID: "leave"},
		func(t *testing.T, s *story.Story) { wantEq(t, "date", stepOf(t, s, "leave").Date, "") }},
	{"SetStepBody", SetStepBody{ID: "island", Body: "They **fly** on."},
		func(t *testing.T, s *story.Story) { wantEq(t, "body", stepOf(t, s, "island").Body, "They **fly** on.") }},
	{"SetStepPlaces", SetStepPlaces{ID: "island", Places: []string{"funchal", "lisbon"}},
		func(t *testing.T, s *story.Story) {
			wantList(t, "places", stepOf(t, s, "island").Places, "funchal", "lisbon")
		}},
	{"SetStepPlaces none", SetStepPlaces{ID: "island", Places: []string{}},
		func(t *testing.T, s *story.Story) { wantList(t, "places", stepOf(t, s, "island").Places) }},
	{"SetStepClaims", SetStepClaims{ID: "island", Claims: []string{"flight"}},
		func(t *testing.T, s *story.Story) { wantList(t, "claims", stepOf(t, s, "island").Claims, "flight") }},
	{"SetStepSources", SetStepSources{ID: "leave", Sources: []string{"b", "a"}},
		func(t *testing.T, s *story.Story) { wantList(t, "sources", stepOf(t, s, "leave").Sources, "b", "a") }},
	{"SetStepRoute", SetStepRoute{ID: "talks", Route: "flight"},
		func(t *testing.T, s *story.Story) { wantEq(t, "route", *stepOf(t, s, "talks").Route, "flight") }},
	{"SetStepRoute clear", SetStepRoute{ID: "leave"},
		func(t *testing.T, s *story.Story) {
			if stepOf(t, s, "leave").Route != nil {
				t.Error("route not cleared")
			}
		}},
	{"SetStepCamera", SetStepCamera{ID: "leave", Camera: &story.Camera{Center: [2]float64{-8.6, 41.1}, Zoom: 12.5}},
		func(t *testing.T, s *story.Story) {
			wantEq(t, "camera", *stepOf(t, s, "leave").Camera, story.Camera{Center: [2]float64{-8.6, 41.1}, Zoom: 12.5})
		}},
	{"SetStepCamera clear", SetStepCamera{ID: "talks"},
		func(t *testing.T, s *story.Story) {
			if stepOf(t, s, "talks").Camera != nil {
				t.Error("camera not cleared")
			}
		}},
	{"MovePlace gazetteer place", MovePlace{ID: "funchal", Lon: -16.9, Lat: 32.65},
		func(t *testing.T, s *story.Story) {
			p := placeOf(t, s, "funchal")
			wantEq(t, "position", [2]float64{p.Lon, p.Lat}, [2]float64{-16.9, 32.65})
			wantEq(t, "from story", p.FromStory(), true)
			wantEq(t, "approximate", p.Approximate, false)
			wantEq(t, "provenance", p.Provenance, "moved by the user; before: gazetteer (see the About box for its sources)")
			// The flight's line is not the one drawn through its stops: it stays.
			wantEq(t, "flight line", len(routeOf(t, s, "flight").Line), 2)
		}},
	{"MovePlace approximate venue", MovePlace{ID: "belem-palace", Lon: -9.2, Lat: 38.7},
		func(t *testing.T, s *story.Story) {
			p := placeOf(t, s, "belem-palace")
			wantEq(t, "approximate", p.Approximate, false)
			wantEq(t, "precision", p.Precision, "")
		}},
	{"RenamePlace", RenamePlace{ID: "porto", Name: "Porto city"},
		func(t *testing.T, s *story.Story) {
			p := placeOf(t, s, "porto")
			wantEq(t, "name", p.Name, "Porto city")
			wantList(t, "aliases", p.Aliases, "Oporto", "Porto")
		}},
	{"SetPlaceKind", SetPlaceKind{ID: "funchal", Kind: "town"},
		func(t *testing.T, s *story.Story) { wantEq(t, "kind", placeOf(t, s, "funchal").Kind, "town") }},
	{"DeletePlace from steps", DeletePlace{ID: "belem-palace", FromSteps: true},
		func(t *testing.T, s *story.Story) {
			if s.PlaceByID("belem-palace") != nil {
				t.Error("place still there")
			}
			wantList(t, "talks places", stepOf(t, s, "talks").Places, "lisbon")
			wantList(t, "rejected", Rejected(s).Places, "belem-palace")
		}},
	{"AddPlace map click", AddPlace{Place: story.Place{ID: "sintra", Name: "Sintra", Lon: -9.39, Lat: 38.80,
		Provenance: PlacedByUser, Approximate: true}},
		func(t *testing.T, s *story.Story) {
			p := placeOf(t, s, "sintra")
			wantEq(t, "approximate", p.Approximate, true)
			wantEq(t, "last", s.Places[len(s.Places)-1].ID, "sintra")
		}},
	{"AddPlace gazetteer entry", AddPlace{Place: story.Place{ID: "geonames:2262963", Name: "Sintra", Kind: "town", Lon: -9.378, Lat: 38.798,
		Origin: story.OriginGazetteer, Provenance: "gazetteer entry geonames:2262963, chosen by the user"}},
		func(t *testing.T, s *story.Story) {
			p := placeOf(t, s, "geonames:2262963")
			wantEq(t, "origin", p.Origin, story.OriginGazetteer)
		}},
	{"PinVenue", PinVenue{ID: "belem-palace", Lon: -9.2003, Lat: 38.6975},
		func(t *testing.T, s *story.Story) {
			p := placeOf(t, s, "belem-palace")
			wantEq(t, "position", [2]float64{p.Lon, p.Lat}, [2]float64{-9.2003, 38.6975})
			wantEq(t, "approximate", p.Approximate, false)
			wantEq(t, "precision", p.Precision, "")
			wantEq(t, "from story", p.FromStory(), true)
			if !strings.HasPrefix(p.Provenance, PinnedByUser) {
				t.Errorf("provenance %q", p.Provenance)
			}
		}},
	{"SetVenues", SetVenues{IDs: []string{"belem-palace", "lisbon"}},
		func(t *testing.T, s *story.Story) { wantList(t, "venues", s.Venues, "belem-palace", "lisbon") }},
	{"AcceptRoute", AcceptRoute{ID: "flight"},
		func(t *testing.T, s *story.Story) {
			r := routeOf(t, s, "flight")
			if r.Origin != "" && r.Origin != story.OriginStory {
				t.Errorf("origin %q", r.Origin)
			}
			wantEq(t, "approximate", r.Approximate, true)
		}},
	{"RejectRoute from steps", RejectRoute{ID: "flight", FromSteps: true},
		func(t *testing.T, s *story.Story) {
			if s.RouteByID("flight") != nil || stepOf(t, s, "island").Route != nil {
				t.Error("route still there")
			}
			wantList(t, "rejected", Rejected(s).Routes, "flight")
		}},
	{"AddStop", AddStop{Route: "rail", At: 1, Place: "belem-palace"},
		func(t *testing.T, s *story.Story) {
			r := routeOf(t, s, "rail")
			wantList(t, "stops", r.Stops, "porto", "belem-palace", "lisbon")
			// Rail: straight through the three stops.
			wantEq(t, "line", len(r.Line), 3)
			wantEq(t, "via", r.Line[1], orb.Point{-9.139, 38.722})
			wantEq(t, "provenance", r.Provenance, StraightThroughStops)
		}},
	{"RemoveStop keeps line", RemoveStop{Route: "flight", At: 0},
		func(t *testing.T, s *story.Story) {
			r := routeOf(t, s, "flight")
			wantList(t, "stops", r.Stops, "funchal")
			wantEq(t, "line", len(r.Line), 2)
		}},
	{"MoveStop", MoveStop{Route: "rail", From: 0, To: 1},
		func(t *testing.T, s *story.Story) {
			r := routeOf(t, s, "rail")
			wantList(t, "stops", r.Stops, "lisbon", "porto")
			wantEq(t, "line", len(r.Line), 2)
			wantEq(t, "start", r.Line[0], orb.Point{-9.139, 38.722})
		}},
	{"SetRouteMode keeps hand-drawn line", SetRouteMode{ID: "rail", Mode: "road"},
		func(t *testing.T, s *story.Story) {
			r := routeOf(t, s, "rail")
			wantEq(t, "mode", r.Mode, "road")
			wantEq(t, "line", len(r.Line), 3)
		}},
	{"DrawRoute new", DrawRoute{ID: "ferry", Name: "Ferry", Mode: "sea", Points: []orb.Point{{-16.9, 32.6}, {-16.3, 33.0}}},
		func(t *testing.T, s *story.Story) {
			r := routeOf(t, s, "ferry")
			wantEq(t, "mode", r.Mode, "sea")
			wantEq(t, "provenance", r.Provenance, DrawnByUser)
			wantEq(t, "points", len(r.Line), 2)
		}},
	{"DrawRoute existing", DrawRoute{ID: "flight", Points: []orb.Point{{-9.1, 38.7}, {-12, 36}, {-16.9, 32.6}}},
		func(t *testing.T, s *story.Story) {
			r := routeOf(t, s, "flight")
			wantEq(t, "name", r.Name, "Lisbon - Funchal")
			wantEq(t, "points", len(r.Line), 3)
			wantList(t, "stops", r.Stops, "lisbon", "funchal")
			wantEq(t, "from story", r.Origin == "" || r.Origin == story.OriginStory, true)
		}},
	{"Batch: a drawn route through a new place", Batch{Label: "draw route", Ops: []Op{
		AddPlace{Place: story.Place{ID: "sintra", Name: "Sintra", Lon: -9.39, Lat: 38.80, Provenance: PlacedByUser, Approximate: true}},
		DrawRoute{ID: "drive", Name: "Drive", Mode: "road", Points: []orb.Point{{-9.139, 38.722}, {-9.39, 38.80}}},
		AddStop{Route: "drive", At: 0, Place: "lisbon"},
		AddStop{Route: "drive", At: 1, Place: "sintra"},
	}},
		func(t *testing.T, s *story.Story) {
			placeOf(t, s, "sintra")
			r := routeOf(t, s, "drive")
			wantList(t, "stops", r.Stops, "lisbon", "sintra")
			wantEq(t, "provenance", r.Provenance, StraightThroughStops)
			wantEq(t, "points", len(r.Line), 2)
		}},
	{"RenameClaim", RenameClaim{ID: "talks", Label: "Talks are held"},
		func(t *testing.T, s *story.Story) { wantEq(t, "label", claimOf(t, s, "talks").Label, "Talks are held") }},
	{"MergeClaims", MergeClaims{Into: "train", From: "talks"},
		func(t *testing.T, s *story.Story) {
			if s.ClaimByID("talks") != nil {
				t.Error("merged claim still there")
			}
			wantList(t, "matchers", claimOf(t, s, "train").Matchers, "by train", "/rail(way)? journey/", "Belém Palace", "talks")
			wantList(t, "talks claims", stepOf(t, s, "talks").Claims, "train")
		}},
	{"MergeClaims renames in steps", MergeClaims{Into: "flight", From: "train"},
		func(t *testing.T, s *story.Story) {
			wantList(t, "leave claims", stepOf(t, s, "leave").Claims, "flight")
			wantList(t, "talks claims", stepOf(t, s, "talks").Claims, "talks", "flight")
		}},
	{"SplitClaim", SplitClaim{ID: "train", Matchers: []string{"/rail(way)? journey/"}},
		func(t *testing.T, s *story.Story) {
			wantList(t, "kept", claimOf(t, s, "train").Matchers, "by train")
			c := claimOf(t, s, "train-split")
			wantList(t, "split", c.Matchers, "/rail(way)? journey/")
			wantEq(t, "label", c.Label, "The delegation travels by train (split)")
			wantEq(t, "after", s.Claims[1].ID, "train-split")
		}},
	{"RejectClaim", RejectClaim{ID: "flight"},
		func(t *testing.T, s *story.Story) {
			if s.ClaimByID("flight") != nil {
				t.Error("claim still there")
			}
			wantList(t, "rejected", Rejected(s).Claims, "flight")
		}},
	{"RejectDiscoveredClaim", RejectDiscoveredClaim{ID: "d-1"},
		func(t *testing.T, s *story.Story) {
			wantList(t, "rejected", Rejected(s).Claims, "d-1")
			wantEq(t, "claims", len(s.Claims), 3)
		}},
	{"RejectClaim from steps", RejectClaim{ID: "train", FromSteps: true},
		func(t *testing.T, s *story.Story) {
			wantList(t, "leave claims", stepOf(t, s, "leave").Claims)
			wantList(t, "talks claims", stepOf(t, s, "talks").Claims, "talks")
		}},
	{"AddClaim", AddClaim{ID: "officials", Label: "Officials meet the delegation", Matchers: []string{"local officials"}},
		func(t *testing.T, s *story.Story) {
			wantList(t, "matchers", claimOf(t, s, "officials").Matchers, "local officials")
		}},
}

// TestOps applies each operation to the fixture, checks it, undoes it
// (the story is exactly as before), redoes it (exactly as after), and
// writes and loads the result (the edit is kept, the articles unchanged).
func TestOps(t *testing.T) {
	for _, c := range opCases {
		t.Run(c.name, func(t *testing.T) {
			e := New(loadFixture(t))
			before := e.Story()
			if err := e.Apply(c.op); err != nil {
				t.Fatalf("Apply: %v", err)
			}
			after := e.Story()
			c.check(t, after)
			noErrors(t, after)
			if reflectEqual(after, before) {
				t.Fatal("Apply changed nothing")
			}
			wantEq(t, "dirty", e.Dirty(), true)
			if !e.Undo() {
				t.Fatal("Undo: nothing to undo")
			}
			sameStory(t, "after Undo", e.View(), before)
			wantEq(t, "dirty after undo", e.Dirty(), false)
			if !e.Redo() {
				t.Fatal("Redo: nothing to redo")
			}
			sameStory(t, "after Redo", e.View(), after)
			loaded := roundTrip(t, e.View())
			c.check(t, loaded)
		})
	}
}

// TestEmptyRoundTrip removes every step, route, place and claim, and
// writes and loads the emptied story.
func TestEmptyRoundTrip(t *testing.T) {
	e := New(loadFixture(t))
	for _, op := range []Op{
		RejectRoute{ID: "rail", FromSteps: true}, RejectRoute{ID: "flight", FromSteps: true},
		DeletePlace{ID: "porto", FromSteps: true}, DeletePlace{ID: "lisbon", FromSteps: true},
		DeletePlace{ID: "funchal", FromSteps: true}, DeletePlace{ID: "belem-palace", FromSteps: true},
		RejectClaim{ID: "train", FromSteps: true}, RejectClaim{ID: "talks", FromSteps: true}, RejectClaim{ID: "flight"},
		DeleteStep{ID: "leave"}, DeleteStep{ID: "talks"}, DeleteStep{ID: "island"},
	} {
		must(t, e.Apply(op))
	}
	noErrors(t, e.View())
	got := roundTrip(t, e.View())
	wantList(t, "rejected places", Rejected(got).Places, "porto", "lisbon", "funchal", "belem-palace")
	wantEq(t, "steps", len(got.Steps), 0)
}
