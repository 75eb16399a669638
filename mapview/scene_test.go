package mapview

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

// TestSetStoryReusesUnchangedRoutes: after an edit, the painter projects
// again only the routes whose lines changed; a route the edit left alone
// (its line shared with the story shown before, as story/edit shares it)
// keeps its projection, under its new name, and a moved line is projected
// anew.
func TestSetStoryReusesUnchangedRoutes(t *testing.T) {
	kept := orb.LineString{{2.35, 48.85}, {4.83, 45.76}, {6.14, 46.20}}
	moved := orb.LineString{{-0.13, 51.51}, {2.35, 48.85}}
	before := &story.Story{Title: "t", Routes: []*story.Route{
		{ID: "a", Name: "Paris to Geneva", Mode: "rail", Line: kept},
		{ID: "b", Name: "London to Paris", Mode: "rail", Line: moved},
	}}
	p := NewPainter(nil)
	p.SetStory(before, nil)
	first := p.sceneNow()

	// An edit: route a renamed (its line shared), route b's line replaced.
	after := *before
	ra, rb := *before.Routes[0], *before.Routes[1]
	ra.Name = "Paris–Lyon–Geneva"
	rb.Line = orb.LineString{{-0.13, 51.51}, {1.10, 49.44}, {2.35, 48.85}}
	after.Routes = []*story.Route{&ra, &rb}
	p.SetStory(&after, nil)
	second := p.sceneNow()

	a0, a1 := first.route("a"), second.route("a")
	if a1.Name != "Paris–Lyon–Geneva" {
		t.Errorf("route a is named %q after the rename", a1.Name)
	}
	if &a1.M[0] != &a0.M[0] || &a1.cum[0] != &a0.cum[0] {
		t.Error("route a, whose line the edit left alone, was projected again")
	}
	b0, b1 := first.route("b"), second.route("b")
	if len(b1.M) != 3 || &b1.M[0] == &b0.M[0] {
		t.Fatalf("route b's new line (3 points) was not projected: %d points", len(b1.M))
	}
	fresh := BuildScene(&after, nil).scene().route("b")
	for i := range fresh.M {
		if fresh.M[i] != b1.M[i] || fresh.cum[i] != b1.cum[i] {
			t.Errorf("point %d of route b: %v, %v; a scene built afresh has %v, %v", i, b1.M[i], b1.cum[i], fresh.M[i], fresh.cum[i])
		}
	}
	if fresh.length() != b1.length() || a1.length() != BuildScene(&after, nil).scene().route("a").length() {
		t.Error("route lengths differ from a scene built afresh")
	}
}
