package storymapjs_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/storylens/storylens/interop/storymapjs"
	"github.com/storylens/storylens/story"
)

// An imported StoryMapJS story written as a package loads back with
// story.Load without errors, with the same steps, places, route and extras.
func TestImportedStoryWritesAValidPackage(t *testing.T) {
	data, err := os.ReadFile("testdata/kimtrain.json")
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := storymapjs.Import(data, "kimtrain.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "pkg")
	if err := story.WritePackage(s, dir); err != nil {
		t.Fatal(err)
	}
	got, problems := story.Load(dir)
	for _, p := range problems {
		t.Log(p.String())
	}
	if problems.HasErrors() || got == nil {
		t.Fatalf("the written package does not load cleanly")
	}
	if got.Title != s.Title || len(got.Steps) != len(s.Steps) || len(got.Places) != len(s.Places) || len(got.Routes) != len(s.Routes) {
		t.Fatalf("loaded %q: %d steps %d places %d routes, want %q %d %d %d", got.Title, len(got.Steps), len(got.Places), len(got.Routes),
			s.Title, len(s.Steps), len(s.Places), len(s.Routes))
	}
	for i := range s.Steps {
		a, b := mustJSON(t, s.Steps[i]), mustJSON(t, got.Steps[i])
		if a != b {
			t.Errorf("step %d changed:\n%s\n%s", i, a, b)
		}
	}
	for i, p := range s.Places {
		q := got.Places[i]
		if p.ID != q.ID || p.Lat != q.Lat || p.Lon != q.Lon || p.Name != q.Name {
			t.Errorf("place %d: %+v, want %+v", i, q, p)
		}
	}
	if r := got.Routes[0]; len(r.Line) != len(s.Routes[0].Line) || !r.Approximate || r.Provenance != storymapjs.RouteProvenance {
		t.Errorf("route %+v", r)
	}
	if mustJSON(t, got.Extra) != mustJSON(t, s.Extra) {
		t.Errorf("story extra %v, want %v", got.Extra, s.Extra)
	}
	// And it exports back to StoryMapJS with the kept options.
	if _, err := storymapjs.Export(got); err != nil {
		t.Fatal(err)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
