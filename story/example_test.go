package story_test

import (
	"fmt"
	"testing/fstest"

	"github.com/storylens/storylens/story"
)

// LoadFS reads a story package from any fs.FS: here an in-memory one with
// story.json, one article and one place (Calais is missing). Problems lists what is wrong, by
// file and line; the story is usable when it has no errors.
func ExampleLoadFS() {
	fsys := fstest.MapFS{
		"story.json": {Data: []byte(`{"title": "A ferry crossing", "steps": [
			{"id": "leave", "title": "The ferry leaves Dover", "places": ["dover"], "route": null, "sources": ["a"]},
			{"id": "arrive", "title": "It docks in Calais", "places": ["calais"], "route": null, "sources": ["a"]}]}`)},
		"articles/a.txt": {Data: []byte(" date 2024-05-02 The ferry left Dover at noon and docked in Calais.\n")},
		"places.geojson": {Data: []byte(`{"type": "FeatureCollection", "features": [
			{"type": "Feature", "properties": {"id": "dover", "name": "Dover", "kind": "city"},
			 "geometry": {"type": "Point", "coordinates": [1.31, 51.13]}}]}`)},
	}
	s, problems := story.LoadFS(fsys, "example")
	fmt.Println(s.Title, "-", len(s.Steps), "steps,", len(s.Sources), "source")
	for _, st := range s.Steps {
		fmt.Println(st.ID+":", st.Title)
	}
	fmt.Println("errors:", problems.HasErrors())
	fmt.Println(problems)
	// Output:
	// A ferry crossing - 2 steps, 1 source
	// leave: The ferry leaves Dover
	// arrive: It docks in Calais
	// errors: true
	// story.json:3: steps[1].places[0]: unknown place id "calais"
}
