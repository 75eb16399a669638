package edit

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
)

// TestRefused applies operations that would make the fixture invalid or
// name what is not there: each is refused with its message (and fix, where
// one is offered) and changes nothing.
func TestRefused(t *testing.T) {
	long := strings.Repeat("x", 64<<10+1)
	cases := []struct {
		op   Op
		want string // the whole error message
		fix  Op     // the fix offered, or nil
	}{
		{AddStep{At: 0, Step: story.Step{ID: "leave"}}, `add step: there is already a step "leave": use a new id? (edit.AddStep{At:0, Step:story.Step{ID:"leave-2"`,
			AddStep{At: 0, Step: story.Step{ID: "leave-2"}}},
		{AddStep{At: 4, Step: story.Step{ID: "x"}}, `add step: position 4 is out of range 0..3`, nil},
		{AddStep{At: -1, Step: story.Step{ID: "x"}}, `add step: position -1 is out of range 0..3`, nil},
		{AddStep{Step: story.Step{}}, `add step: the step has no id`, nil},
		{AddStep{Step: story.Step{ID: "x", Places: []string{"nowhere"}}}, `add step: step "x": unknown place id "nowhere"`, nil},
		{AddStep{Step: story.Step{ID: "x", Route: ptr("bus")}}, `add step: step "x": unknown route id "bus"`, nil},
		{AddStep{Step: story.Step{ID: "x", Sources: []string{"a", "a"}}}, `add step: step "x": source "a" is listed twice`, nil},
		{DeleteStep{ID: "nope"}, `delete step: there is no step "nope"`, nil},
		{MoveStep{ID: "leave", To: 3}, `move step: position 3 is out of range 0..2`, nil},
		{SetStepDate{ID: "leave", Date: "2024-13-01"}, `set step date: step "leave": date "2024-13-01" is not a day YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD`, nil},
		{SetStepDate{ID: "leave", Date: "2024-05-04/2024-05-03"}, `set step date: step "leave": date range "2024-05-04/2024-05-03" ends before it starts`, nil},
		{SetStepDate{ID: "leave", Date: "May 4"}, `set step date: step "leave": date "May 4" is not a day`, nil},
		{SetStepBody{ID: "leave", Body: long}, `set step text: step "leave": the text is 65537 bytes, more than the 65536 a step body may have`, nil},
		{SetStepPlaces{ID: "leave", Places: []string{"porto", "porto"}}, `set step places: step "leave": place "porto" is listed twice`, nil},
		{SetStepClaims{ID: "leave", Claims: []string{"rumour"}}, `set step claims: step "leave": unknown claim id "rumour"`, nil},
		{SetStepSources{ID: "nope", Sources: nil}, `set step sources: there is no step "nope"`, nil},
		{SetStepRoute{ID: "leave", Route: "bus"}, `set step route: step "leave": unknown route id "bus"`, nil},
		{SetStepCamera{ID: "leave", Camera: &story.Camera{Zoom: 23}}, `set step camera: step "leave": camera zoom 23 is out of range 0..22`, nil},
		{SetStepCamera{ID: "leave", Camera: &story.Camera{Center: [2]float64{math.NaN(), 0}}}, `set step camera: step "leave": camera centre: coordinates [NaN, 0] are not finite numbers`, nil},
		{MovePlace{ID: "porto", Lon: 0, Lat: 95}, `move place: latitude 95 is out of range -90..90`, nil},
		{MovePlace{ID: "porto", Lon: math.Inf(1)}, `move place: coordinates [+Inf, 0] are not finite numbers`, nil},
		{MovePlace{ID: "nope"}, `move place: there is no place "nope"`, nil},
		{RenamePlace{ID: "porto", Name: " "}, `rename place: a place needs a name`, nil},
		{SetPlaceKind{ID: "nope", Kind: "city"}, `set place kind: there is no place "nope"`, nil},
		{DeletePlace{ID: "porto", FromSteps: true}, `delete place: place "porto" is a stop of route "rail": remove it from the routes' stops too? (edit.Batch{Label:"delete place", Ops:[]edit.Op{edit.RemoveStop{Route:"rail", At:0}, edit.DeletePlace{ID:"porto", FromSteps:true}}})`,
			Batch{Label: "delete place", Ops: []Op{RemoveStop{Route: "rail", At: 0}, DeletePlace{ID: "porto", FromSteps: true}}}},
		{DeletePlace{ID: "porto"}, `delete place: place "porto" is a stop of route "rail": remove it from the routes' stops too? (edit.Batch{Label:"delete place", Ops:[]edit.Op{edit.RemoveStop{Route:"rail", At:0}, edit.DeletePlace{ID:"porto", FromSteps:true}}})`,
			Batch{Label: "delete place", Ops: []Op{RemoveStop{Route: "rail", At: 0}, DeletePlace{ID: "porto", FromSteps: true}}}},
		{DeletePlace{ID: "belem-palace"}, `delete place: place "belem-palace" is used by step 2: remove it from them too? (edit.DeletePlace{ID:"belem-palace", FromSteps:true})`,
			DeletePlace{ID: "belem-palace", FromSteps: true}},
		{AddPlace{Place: story.Place{ID: "porto", Name: "Porto"}}, `add place: there is already a place "porto": use a new id? (edit.AddPlace{Place:story.Place{ID:"porto-2"`, nil},
		{AddPlace{Place: story.Place{ID: "x"}}, `add place: place "x" has no name`, nil},
		{AddPlace{Place: story.Place{ID: "x", Name: "X", Lon: 200}}, `add place: place "x": longitude 200 is out of range -180..180`, nil},
		{PinVenue{ID: "porto", Lon: -8.6, Lat: 41.1}, `pin venue: place "porto" is not a venue: move it instead? (edit.MovePlace{ID:"porto", Lon:-8.6, Lat:41.1})`,
			MovePlace{ID: "porto", Lon: -8.6, Lat: 41.1}},
		{SetVenues{IDs: []string{"nowhere"}}, `set venues: unknown place id "nowhere"`, nil},
		{AcceptRoute{ID: "rail"}, `accept route: route "rail" is already the story's own`, nil},
		{AcceptRoute{ID: "nope"}, `accept route: there is no route "nope"`, nil},
		{RejectRoute{ID: "rail"}, `reject route: route "rail" is shown by step 1: clear it from them too? (edit.RejectRoute{ID:"rail", FromSteps:true})`,
			RejectRoute{ID: "rail", FromSteps: true}},
		{AddStop{Route: "rail", At: 0, Place: "nowhere"}, `add stop: there is no place "nowhere"`, nil},
		{AddStop{Route: "rail", At: 3, Place: "porto"}, `add stop: position 3 is out of range 0..2`, nil},
		{RemoveStop{Route: "rail", At: 2}, `remove stop: route "rail" has no stop at position 2`, nil},
		{MoveStop{Route: "rail", From: 0, To: 2}, `move stop: position 2 is out of range 0..1`, nil},
		{SetRouteMode{ID: "rail", Mode: "boat"}, `set route mode: route mode "boat" is not rail, road, air or sea`, nil},
		{DrawRoute{ID: "x", Points: []orb.Point{{0, 0}}}, `draw route: a route needs at least 2 points, got 1`, nil},
		{DrawRoute{ID: "x", Points: []orb.Point{{0, 0}, {0, -91}}}, `draw route: point 2: latitude -91 is out of range -90..90`, nil},
		{DrawRoute{Points: []orb.Point{{0, 0}, {1, 1}}}, `draw route: the route has no id`, nil},
		{RenameClaim{ID: "train"}, `rename claim: a claim needs a label`, nil},
		{MergeClaims{Into: "train", From: "train"}, `merge claims: cannot merge claim "train" into itself`, nil},
		{MergeClaims{Into: "train", From: "nope"}, `merge claims: there is no claim "nope"`, nil},
		{SplitClaim{ID: "train", Matchers: []string{"by train", "/rail(way)? journey/"}}, `split claim: splitting off every matcher would leave claim "train" with none`, nil},
		{SplitClaim{ID: "train", Matchers: []string{"by bus"}}, `split claim: claim "train" has no matcher "by bus"`, nil},
		{SplitClaim{ID: "train", Matchers: []string{"by train"}, NewID: "talks"}, `split claim: there is already a claim "talks": use a new id? (edit.SplitClaim{ID:"train", Matchers:[]string{"by train"}, NewID:"talks-2", Label:""})`,
			SplitClaim{ID: "train", Matchers: []string{"by train"}, NewID: "talks-2"}},
		{RejectClaim{ID: "train"}, `reject claim: claim "train" is shown by steps 1, 2: remove it from them too? (edit.RejectClaim{ID:"train", FromSteps:true})`,
			RejectClaim{ID: "train", FromSteps: true}},
		{AddClaim{ID: "x", Label: "X", Matchers: []string{"/(/"}}, `add claim: claim "x": matchers[0] "/(/": not a valid RE2 regular expression: missing closing ): ` + "`(?i)(`", nil},
		{AddClaim{ID: "x", Label: "X"}, `add claim: claim "x": no matchers`, nil},
		{AddClaim{ID: "x", Label: "X", Matchers: []string{"/a*/"}}, `add claim: claim "x": matchers[0] "/a*/": regular expression matches the empty string, so it would match every sentence`, nil},
		{AddClaim{ID: "train", Label: "X", Matchers: []string{"x"}}, `add claim: there is already a claim "train": use a new id? (edit.AddClaim{ID:"train-2"`, nil},
		{Batch{}, `edit: no operations`, nil},
		{RejectDiscoveredClaim{}, `reject claim: the claim has no id`, nil},
		{RejectDiscoveredClaim{ID: "flight"}, `reject claim: claim "flight" is one of the story's own, not a discovered one: reject the story's claim? (edit.RejectClaim{ID:"flight", FromSteps:false})`,
			RejectClaim{ID: "flight"}},
		{Batch{Label: "draw route", Ops: []Op{AddPlace{Place: story.Place{ID: "sintra", Name: "Sintra", Lon: -9.39, Lat: 38.8}},
			AddStop{Route: "bus", Place: "sintra"}}}, `add stop: there is no route "bus"`, nil},
	}
	for _, c := range cases {
		t.Run(c.op.Describe(), func(t *testing.T) {
			e := New(loadFixture(t))
			before := e.Story()
			err := e.Apply(c.op)
			if err == nil {
				t.Fatalf("%#v accepted", c.op)
			}
			if !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("error\n got: %s\nwant: %s", err, c.want)
			}
			var ee *Error
			if !errors.As(err, &ee) {
				t.Fatalf("error is %T, want *edit.Error", err)
			}
			if c.fix != nil && !reflect.DeepEqual(ee.Fix, c.fix) {
				t.Errorf("fix %#v, want %#v", ee.Fix, c.fix)
			}
			sameStory(t, "after a refused edit", e.View(), before)
			wantEq(t, "changes", e.Changes(), 0)
			wantEq(t, "dirty", e.Dirty(), false)
			// The fix offered works.
			if ee.Fix != nil {
				if err := e.Apply(ee.Fix); err != nil {
					t.Errorf("fix %#v refused: %v", ee.Fix, err)
				}
				noErrors(t, e.View())
			}
		})
	}
}
