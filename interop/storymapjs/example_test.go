package storymapjs_test

import (
	"fmt"

	"github.com/storylens/storylens/interop/storymapjs"
	"github.com/storylens/storylens/story"
)

// Export writes a story as a StoryMapJS document, one slide per step. The
// StoryMapJS player draws one line through every located slide, so lines
// are shown only when that line is the story's route, and the report says
// why not otherwise.
func ExampleExportReport() {
	s := &story.Story{
		Title: "A tall ship's summer",
		Places: []*story.Place{
			{ID: "bergen", Name: "Bergen", Lon: 5.32, Lat: 60.39},
			{ID: "lisbon", Name: "Lisbon", Lon: -9.14, Lat: 38.72},
			{ID: "oslo", Name: "Oslo", Lon: 10.75, Lat: 59.91},
		},
		Routes: []*story.Route{{ID: "voyage", Mode: "sea", Stops: []string{"bergen", "lisbon"}}},
		Steps: []story.Step{
			{ID: "leave", Title: "Bergen", Places: []string{"bergen"}},
			{ID: "arrive", Title: "Lisbon", Places: []string{"lisbon"}},
		},
	}
	_, rep, _ := storymapjs.ExportReport(s)
	fmt.Println(len(rep.Notes), "notes: the line is the voyage")

	s.Steps = append(s.Steps, story.Step{ID: "reaction", Title: "Oslo reacts", Places: []string{"oslo"}})
	_, rep, _ = storymapjs.ExportReport(s)
	for _, n := range rep.Notes {
		fmt.Println(n)
	}
	// Output:
	// 0 notes: the line is the voyage
	// storymap.show_lines: false: the slides' locations (Bergen → Lisbon → Oslo) do not follow a route's stops in order, and the player would draw a line through all of them
}

// Import reads a StoryMapJS document into a story; the report lists what
// was kept, cleaned or noticed, each with its JSON path.
func ExampleImport() {
	doc := `{"storymap": {"slides": [
		{"type": "overview", "text": {"headline": "Two ports"}},
		{"text": {"headline": "Leaving <b>Bergen</b>", "text": "<ul><li>crew of 40</li></ul><script>x()</script>"},
		 "location": {"lat": 60.39, "lon": 5.32, "name": "Bergen"}},
		{"location": {"lat": 38.72, "lon": -9.14, "line": false}}]}}`
	s, rep, err := storymapjs.Import([]byte(doc), "ports.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range s.Steps {
		fmt.Printf("%s %q %q %v\n", st.ID, st.Title, st.Body, st.Places)
	}
	fmt.Println(s.Routes[0].Stops)
	for _, line := range rep.Lines() {
		fmt.Println(line)
	}
	// Output:
	// overview "Two ports" "" [bergen 38-720-n-9-140-w]
	// leaving-bergen "Leaving Bergen" "- crew of 40" [bergen]
	// slide-3 "" "" [38-720-n-9-140-w]
	// [bergen 38-720-n-9-140-w]
	// sanitised storymap.slides[1].text.text: removed <script>
	// note storymap.slides[2].text.headline: no headline; the step is untitled
	// note storymap.slides[2].location.line: false, which StoryMapJS ignores: its player draws the line through every slide's location, and so does the imported route
	// note storymap.slides: route "storymap-route" drawn through 2 slide locations, mode "road" (guessed from the text), marked approximate
}
