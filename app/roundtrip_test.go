package app

import (
	"bytes"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// roundTripCase is one edit made in the app, and what the package written
// by Save As must hold once loaded again.
type roundTripCase struct {
	name  string
	op    edit.Op
	check func(t *testing.T, s *story.Story)
}

func stepByID(t *testing.T, s *story.Story, id string) story.Step {
	t.Helper()
	for _, st := range s.Steps {
		if st.ID == id {
			return st
		}
	}
	t.Fatalf("no step %q", id)
	return story.Step{}
}

var roundTripCases = []roundTripCase{
	{"SetTitle", edit.SetTitle{Title: "Edited trip"}, func(t *testing.T, s *story.Story) { wantEqual(t, s.Title, "Edited trip") }},
	{"SetStepTitle", edit.SetStepTitle{ID: "arrival", Title: "Arrival"}, func(t *testing.T, s *story.Story) {
		wantEqual(t, stepByID(t, s, "arrival").Title, "Arrival")
	}},
	{"SetStepDate range", edit.SetStepDate{ID: "arrival", Date: "2019-04-24/2019-04-25"}, func(t *testing.T, s *story.Story) {
		wantEqual(t, stepByID(t, s, "arrival").Date, "2019-04-24/2019-04-25")
	}},
	{"SetStepBody", edit.SetStepBody{ID: "summit", Body: "A **long** day.\n\n- talks\n- dinner"}, func(t *testing.T, s *story.Story) {
		wantEqual(t, stepByID(t, s, "summit").Body, "A **long** day.\n\n- talks\n- dinner")
	}},
	{"SetStepPlaces", edit.SetStepPlaces{ID: "summit", Places: []string{"vostochny", "khasan"}}, func(t *testing.T, s *story.Story) {
		wantEqual(t, stepByID(t, s, "summit").Places, []string{"vostochny", "khasan"})
	}},
	{"SetStepClaims", edit.SetStepClaims{ID: "summit", Claims: []string{"by-train", "met-putin"}}, func(t *testing.T, s *story.Story) {
		wantEqual(t, stepByID(t, s, "summit").Claims, []string{"by-train", "met-putin"})
	}},
	{"SetStepSources", edit.SetStepSources{ID: "arrival", Sources: []string{"b"}}, func(t *testing.T, s *story.Story) {
		wantEqual(t, stepByID(t, s, "arrival").Sources, []string{"b"})
	}},
	{"SetStepCamera", edit.SetStepCamera{ID: "overview", Camera: &story.Camera{Center: [2]float64{130, 45}, Zoom: 4.5}}, func(t *testing.T, s *story.Story) {
		wantEqual(t, *stepByID(t, s, "overview").Camera, story.Camera{Center: [2]float64{130, 45}, Zoom: 4.5})
	}},
	{"AddStep", edit.AddStep{At: 1, Step: story.Step{ID: "border", Title: "At the border", Places: []string{"khasan"}}}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.Steps[1].ID, "border")
		wantEqual(t, s.Steps[1].Places, []string{"khasan"})
	}},
	{"DeleteStep", edit.DeleteStep{ID: "overview"}, func(t *testing.T, s *story.Story) { wantEqual(t, len(s.Steps), 2) }},
	{"MoveStep", edit.MoveStep{ID: "summit", To: 0}, func(t *testing.T, s *story.Story) { wantEqual(t, s.Steps[0].ID, "summit") }},
	{"MovePlace", edit.MovePlace{ID: "vladivostok", Lon: 131.9, Lat: 43.12}, func(t *testing.T, s *story.Story) {
		p := s.PlaceByID("vladivostok")
		wantEqual(t, [2]float64{p.Lon, p.Lat}, [2]float64{131.9, 43.12})
	}},
	{"RenamePlace", edit.RenamePlace{ID: "khasan", Name: "Khasan station"}, func(t *testing.T, s *story.Story) {
		p := s.PlaceByID("khasan")
		wantEqual(t, p.Name, "Khasan station")
		wantEqual(t, slices.Contains(p.Aliases, "Khasan"), true)
	}},
	{"SetPlaceKind", edit.SetPlaceKind{ID: "khasan", Kind: "border crossing"}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.PlaceByID("khasan").Kind, "border crossing")
	}},
	{"DeletePlace", edit.DeletePlace{ID: "vostochny", FromSteps: true}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.PlaceByID("vostochny") == nil, true)
		wantEqual(t, edit.Rejected(s).Places, []string{"vostochny"})
	}},
	{"AddPlace", edit.AddPlace{Place: story.Place{ID: "ussuriysk", Name: "Ussuriysk", Lon: 131.95, Lat: 43.8, Approximate: true,
		Provenance: edit.PlacedByUser}}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.PlaceByID("ussuriysk").Provenance, edit.PlacedByUser)
	}},
	{"PinVenue", edit.PinVenue{ID: "vostochny", Lon: 128.33, Lat: 51.88}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.PlaceByID("vostochny").Lon, 128.33)
	}},
	{"AddStop", edit.AddStop{Route: "train", At: 2, Place: "vostochny"}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.RouteByID("train").Stops, []string{"khasan", "vladivostok", "vostochny"})
		wantEqual(t, len(s.RouteByID("train").Line), 3)
	}},
	{"RemoveStop", edit.RemoveStop{Route: "train", At: 0}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.RouteByID("train").Stops, []string{"vladivostok"})
	}},
	{"MoveStop", edit.MoveStop{Route: "train", From: 1, To: 0}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.RouteByID("train").Stops, []string{"vladivostok", "khasan"})
	}},
	{"SetRouteMode", edit.SetRouteMode{ID: "train", Mode: "road"}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.RouteByID("train").Mode, "road")
	}},
	{"DrawRoute", edit.DrawRoute{ID: "flight", Name: "Flight", Mode: "air", Points: []orb.Point{{128.3, 51.9}, {131.9, 43.1}}}, func(t *testing.T, s *story.Story) {
		r := s.RouteByID("flight")
		wantEqual(t, r.Provenance, edit.DrawnByUser)
		wantEqual(t, len(r.Line), 2)
	}},
	{"RejectRoute", edit.RejectRoute{ID: "train", FromSteps: true}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.RouteByID("train") == nil, true)
		wantEqual(t, edit.Rejected(s).Routes, []string{"train"})
	}},
	{"RenameClaim", edit.RenameClaim{ID: "met-putin", Label: "The leaders met"}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.ClaimByID("met-putin").Label, "The leaders met")
	}},
	{"MergeClaims", edit.MergeClaims{Into: "by-train", From: "met-putin"}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.ClaimByID("by-train").Matchers, []string{"armored train", "met Putin"})
		wantEqual(t, stepByID(t, s, "summit").Claims, []string{"by-train"})
	}},
	{"SplitClaim", edit.Batch{Label: "split", Ops: []edit.Op{edit.MergeClaims{Into: "by-train", From: "met-putin"},
		edit.SplitClaim{ID: "by-train", Matchers: []string{"met Putin"}, NewID: "meeting", Label: "They met"}}},
		func(t *testing.T, s *story.Story) {
			wantEqual(t, s.ClaimByID("meeting").Matchers, []string{"met Putin"})
			wantEqual(t, s.ClaimByID("by-train").Matchers, []string{"armored train"})
		}},
	{"RejectClaim", edit.RejectClaim{ID: "met-putin", FromSteps: true}, func(t *testing.T, s *story.Story) {
		wantEqual(t, edit.Rejected(s).Claims, []string{"met-putin"})
	}},
	{"RejectDiscoveredClaim", edit.RejectDiscoveredClaim{ID: "shared-1"}, func(t *testing.T, s *story.Story) {
		wantEqual(t, edit.Rejected(s).Claims, []string{"shared-1"})
	}},
	{"AddClaim", edit.AddClaim{ID: "slow", Label: "The train was slow", Matchers: []string{"/travell?ed slowly/"}}, func(t *testing.T, s *story.Story) {
		wantEqual(t, s.ClaimByID("slow").Matchers, []string{"/travell?ed slowly/"})
	}},
}

func wantEqual(t *testing.T, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v, want %#v", got, want)
	}
}

// Each edit, made in the app on the fixture package, is saved with Save As
// to a folder and to a .zip, and both load back with the edit, no error,
// and the articles byte for byte; the .zip reopens in the app.
func TestEditSaveReopenRoundTrip(t *testing.T) {
	pkg := fixturePackage(t)
	arts := articleBytes(t, pkg)
	for _, c := range roundTripCases {
		t.Run(c.name, func(t *testing.T) {
			u, _ := newPackageUI(t, pkg)
			if err := u.Apply(c.op); err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(t.TempDir(), "saved")
			if err := u.SaveTo(dir); err != nil {
				t.Fatal(err)
			}
			zip := filepath.Join(t.TempDir(), "saved.zip")
			if err := u.SaveTo(zip); err != nil {
				t.Fatal(err)
			}
			if u.Dirty() || u.doc.path != zip {
				t.Errorf("after saving: dirty %v, path %s", u.Dirty(), u.doc.path)
			}
			for _, p := range []string{dir, zip} {
				s, ps := story.Load(p)
				if ps.HasErrors() {
					t.Fatalf("%s does not load: %v", filepath.Base(p), ps.Err())
				}
				c.check(t, s)
				for _, src := range s.Sources {
					if !bytes.Equal(src.Raw, arts[filepath.Base(src.File)]) {
						t.Errorf("%s: article %s is not byte for byte", filepath.Base(p), src.File)
					}
				}
			}
			// Reopened in the app, the zip shows the edit.
			if l := openAndWait(t, u, zip); l.Failed {
				t.Fatalf("the zip does not open: %q", l.Problems)
			}
			c.check(t, u.doc.editor.View())
		})
	}
}
