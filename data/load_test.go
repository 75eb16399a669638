package data

import (
	"testing"

	"github.com/storylens/storylens/story"
)

// TestBundledStoryLoads loads the bundled story with the real loader: no
// errors and no warnings, everything in place.
func TestBundledStoryLoads(t *testing.T) {
	s, probs := story.LoadFS(Bundled(), "bundled")
	for _, p := range probs {
		t.Errorf("%v", p)
	}
	if s == nil {
		t.Fatal("no story")
	}
	for _, p := range story.Validate(s) {
		t.Errorf("validate: %v", p)
	}
	if len(s.Sources) != 5 || len(s.Steps) < 10 || len(s.Claims) < 15 || len(s.Routes) < 1 {
		t.Errorf("loaded %d sources, %d steps, %d claims, %d routes", len(s.Sources), len(s.Steps), len(s.Claims), len(s.Routes))
	}
	if r := s.RouteByID("rail-pyongyang-vladivostok"); r == nil || len(r.Line) < 30 || !r.Approximate {
		t.Errorf("railway route: %+v", r)
	}
	if src := s.SourceByID("003_86e7a0a32fc7023e"); src == nil || src.Date != "2019-04-24" || !src.DateInferred {
		t.Errorf("003 should be the inferred 2019-04-24 article: %+v", src)
	}
}
