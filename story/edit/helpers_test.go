package edit

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/storylens/storylens/story"
)

// fixtureDir is a small story package (a made-up event in Portugal) with
// places of every origin, a hand-drawn and an inferred route, and claims.
const fixtureDir = "testdata/small"

// loadFixture loads the fixture, failing on any problem.
func loadFixture(t testing.TB) *story.Story {
	t.Helper()
	s, ps := story.Load(fixtureDir)
	if len(ps) > 0 {
		t.Fatalf("fixture: %s", ps)
	}
	return s
}

// noErrors fails when story.Validate finds an error in s.
func noErrors(t testing.TB, s *story.Story) {
	t.Helper()
	if ps := story.Validate(s); ps.HasErrors() {
		t.Fatalf("story invalid after edit:\n%s", ps)
	}
}

// sameStory fails unless got and want are deeply equal.
func sameStory(t testing.TB, what string, got, want *story.Story) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: story differs\n got: %s\nwant: %s", what, canon(t, got), canon(t, want))
	}
}

// canon is a deterministic encoding of everything a story package stores,
// independent of story.WritePackage: the story fields, places, routes with
// their lines, claims and source metadata. An origin "story" is written as
// "" (the default), as the package format does.
func canon(t testing.TB, s *story.Story) string {
	t.Helper()
	type route struct {
		story.Route
		Line [][2]float64
	}
	type source struct {
		story.Source
		RawLen int
	}
	v := struct {
		Title, Description string
		Venues             []string
		Steps              []story.Step
		Extra              map[string]any
		Places             []story.Place
		Routes             []route
		Claims             []*story.Claim
		Sources            []source
	}{Title: s.Title, Description: s.Description, Venues: s.Venues, Steps: s.Steps, Extra: s.Extra, Claims: s.Claims}
	for _, p := range s.Places {
		c := *p
		if c.Origin == story.OriginStory {
			c.Origin = ""
		}
		v.Places = append(v.Places, c)
	}
	for _, r := range s.Routes {
		c := *r
		if c.Origin == story.OriginStory {
			c.Origin = ""
		}
		var line [][2]float64
		for _, pt := range r.Line {
			line = append(line, [2]float64(pt))
		}
		v.Routes = append(v.Routes, route{c, line})
	}
	for _, src := range s.Sources {
		v.Sources = append(v.Sources, source{*src, len(src.Raw)})
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("canon: %v", err)
	}
	return string(b)
}

// roundTrip writes s as a package in a new temporary folder, loads it
// back, checks that the load finds no error, that the encoding is
// unchanged and that every article is byte-identical to the fixture's, and
// returns the loaded story.
func roundTrip(t *testing.T, s *story.Story) *story.Story {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "pkg")
	if err := story.WritePackage(s, dir); err != nil {
		t.Fatalf("WritePackage: %v", err)
	}
	got, ps := story.Load(dir)
	if ps.HasErrors() {
		t.Fatalf("Load after WritePackage:\n%s", ps)
	}
	if a, b := canon(t, got), canon(t, s); a != b {
		t.Fatalf("round trip changed the story\n got: %s\nwant: %s", a, b)
	}
	for _, src := range s.Sources {
		want, err := os.ReadFile(filepath.Join(fixtureDir, src.File))
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(dir, src.File))
		if err != nil {
			t.Fatal(err)
		}
		if string(data) != string(want) {
			t.Fatalf("article %s changed by the round trip", src.File)
		}
	}
	return got
}

func reflectEqual(a, b *story.Story) bool { return reflect.DeepEqual(a, b) }
