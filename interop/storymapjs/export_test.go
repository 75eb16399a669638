package storymapjs

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/markup"
)

func ptr(s string) *string { return &s }

// handStory is a native Storylens story (not imported), built by hand.
func handStory() *story.Story {
	return &story.Story{
		Title: "Kim's train",
		Places: []*story.Place{
			{ID: "pyongyang", Name: "Pyongyang", Lon: 125.75, Lat: 39.015},
			{ID: "vladivostok", Name: "Vladivostok", Lon: 131.8816, Lat: 43.1113},
			{ID: "fefu", Name: "FEFU <campus> & \"co\"", Lon: 131.893, Lat: 43.025},
		},
		Steps: []story.Step{
			{ID: "overview", Title: "Two trips", Body: "Kim goes to **Russia** twice.\n\nSee [the report](https://example.org/a?b=1&c=2).", Places: []string{"pyongyang", "vladivostok", "fefu"}},
			{ID: "leave", Title: "Leaving <Pyongyang> & co", Date: "2023-09-10", Body: "The *armored* train leaves on Sunday. 5 \\* 3 \\[x\\]", Places: []string{"pyongyang"}, Route: ptr("rail"), Camera: &story.Camera{Center: [2]float64{125.75, 39.015}, Zoom: 9}},
			{ID: "arrive", Title: "Arrival", Date: "2023-09-12/2023-09-13", Body: "<script>alert(1)</script> stays text", Places: []string{"vladivostok"}, Route: ptr("rail"), Camera: &story.Camera{Center: [2]float64{131.8816, 43.1113}, Zoom: 12}},
			{ID: "reactions", Title: "Reactions", Body: "Washington warns."},
			{ID: "summit", Title: "Summit", Date: "2023-09-13", Places: []string{"fefu"}, Camera: &story.Camera{Center: [2]float64{131.893, 43.025}, Zoom: 14}},
		},
		Routes: []*story.Route{{ID: "rail", Name: "Train", Mode: "rail", Stops: []string{"pyongyang", "vladivostok", "fefu"},
			Line: orb.LineString{{125.75, 39.015}, {131.8816, 43.1113}, {131.893, 43.025}}}},
	}
}

func TestExportShape(t *testing.T) {
	b, err := Export(handStory())
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Storymap struct {
			Slides []struct {
				Type     string `json:"type"`
				UniqueID string `json:"uniqueid"`
				Date     string `json:"date"`
				Location *struct {
					Lat, Lon, Zoom *float64
					Line           *bool
					Name           string
				} `json:"location"`
				Text struct{ Headline, Text string } `json:"text"`
			} `json:"slides"`
			ShowLines *bool `json:"show_lines"`
		} `json:"storymap"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("export is not JSON: %v\n%s", err, b)
	}
	// The located slides follow the route's stops: the player's line is
	// the route. No per-slide "line" is written (the player ignores it).
	if doc.Storymap.ShowLines == nil || !*doc.Storymap.ShowLines {
		t.Errorf("show_lines %v, want true", doc.Storymap.ShowLines)
	}
	sl := doc.Storymap.Slides
	if len(sl) != 5 || sl[0].Type != "overview" || sl[1].Type != "" {
		t.Fatalf("slides %+v", sl)
	}
	if sl[0].Location != nil {
		t.Errorf("overview has a location")
	}
	if l := sl[1].Location; l == nil || *l.Lat != 39.015 || *l.Lon != 125.75 || *l.Zoom != 9 || l.Line != nil || l.Name != "Pyongyang" {
		t.Errorf("location %+v", sl[1].Location)
	}
	if l := sl[3].Location; l != nil {
		t.Errorf("step without place or camera got location %+v", l)
	}
	if l := sl[4].Location; l == nil || !strings.Contains(l.Name, "FEFU") {
		t.Errorf("summit location %+v", l)
	}
	if sl[1].Text.Headline != "Leaving &lt;Pyongyang&gt; &amp; co" {
		t.Errorf("headline not escaped: %q", sl[1].Text.Headline)
	}
	if !strings.Contains(sl[1].Text.Text, "<em>armored</em>") || !strings.Contains(sl[0].Text.Text, `<a href="https://example.org/a?b=1&amp;c=2"`) {
		t.Errorf("body HTML: %q / %q", sl[1].Text.Text, sl[0].Text.Text)
	}
	if strings.Contains(sl[2].Text.Text, "<script>") || !strings.Contains(sl[2].Text.Text, "&lt;script&gt;") {
		t.Errorf("markup not escaped: %q", sl[2].Text.Text)
	}
	if sl[2].Date != "2023-09-12/2023-09-13" || sl[1].UniqueID != "leave" {
		t.Errorf("date %q id %q", sl[2].Date, sl[1].UniqueID)
	}
}

// StoryMapJS draws one line through every located slide, so the export
// shows lines only when that line is a route, and says why not otherwise.
func TestExportShowLinesOnlyAlongARoute(t *testing.T) {
	offRoute := handStory()
	offRoute.Places = append(offRoute.Places, &story.Place{ID: "washington", Name: "Washington", Lon: -77.04, Lat: 38.9})
	offRoute.Steps[3].Places = []string{"washington"}
	reversed := handStory()
	reversed.Routes[0].Stops = []string{"fefu", "vladivostok", "pyongyang"}
	noRoute := handStory()
	noRoute.Routes = nil
	subset := handStory()
	subset.Steps = subset.Steps[:3] // Pyongyang, Vladivostok: stops 1 and 2 of 3
	for _, tc := range []struct {
		name string
		s    *story.Story
		want bool
		why  string
	}{
		{"along the route", handStory(), true, ""},
		{"some of the stops, in order", subset, true, ""},
		{"a slide off the route", offRoute, false, "Pyongyang → Vladivostok → Washington → FEFU"},
		{"stops in the other order", reversed, false, "do not follow a route's stops in order"},
		{"no route", noRoute, false, "no route"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, rep, err := ExportReport(tc.s)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Storymap struct {
					ShowLines       bool  `json:"show_lines"`
					ShowHistoryLine *bool `json:"show_history_line"`
				} `json:"storymap"`
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Storymap.ShowLines != tc.want {
				t.Errorf("show_lines %v, want %v", doc.Storymap.ShowLines, tc.want)
			}
			// The player draws its history line (previous slide to this one)
			// even without show_lines: it is off exactly when lines are.
			if h := doc.Storymap.ShowHistoryLine; tc.want != (h == nil) || (h != nil && *h) {
				t.Errorf("show_history_line %v with show_lines %v", h, tc.want)
			}
			if tc.why != "" && !hasItem(rep.Notes, "storymap.show_lines", tc.why) {
				t.Errorf("notes %v lack %q", rep.Notes, tc.why)
			}
			// Imported again, a route exists exactly when lines were shown.
			back, _, err := Import(b, "back.json")
			if err != nil {
				t.Fatal(err)
			}
			if (len(back.Routes) > 0) != tc.want {
				t.Errorf("re-imported routes %d, want lines %v", len(back.Routes), tc.want)
			}
		})
	}
}

func TestExportNoOverviewWhenFirstStepIsAPlace(t *testing.T) {
	s := handStory()
	s.Steps = s.Steps[1:]
	b, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), `"overview"`) {
		t.Errorf("overview slide made up:\n%s", b)
	}
}

func TestExportUnknownPlace(t *testing.T) {
	s := handStory()
	s.Steps[1].Places = []string{"atlantis"}
	if _, err := Export(s); err == nil || !strings.Contains(err.Error(), `steps[1] (leave): places: unknown place "atlantis"`) {
		t.Errorf("err = %v", err)
	}
}

// sameText reports whether two bodies read the same through the step body
// parser (text, emphasis, strength and links).
func sameText(a, b string) bool {
	return reflect.DeepEqual(markup.Parse(a), markup.Parse(b))
}

func TestRoundTripNative(t *testing.T) {
	s := handStory()
	b, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	got, rep, err := Import(b, "round.json")
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if len(rep.Sanitised) != 0 {
		t.Errorf("our own HTML needed sanitising: %v", rep.Sanitised)
	}
	if len(got.Steps) != len(s.Steps) {
		t.Fatalf("%d steps, want %d", len(got.Steps), len(s.Steps))
	}
	// StoryMapJS has no title field: the overview's headline is the title.
	if got.Title != s.Steps[0].Title {
		t.Errorf("title %q, want %q", got.Title, s.Steps[0].Title)
	}
	for i, want := range s.Steps {
		g := got.Steps[i]
		if g.ID != want.ID || g.Title != want.Title || g.Date != want.Date {
			t.Errorf("step %d: %q %q %q, want %q %q %q", i, g.ID, g.Title, g.Date, want.ID, want.Title, want.Date)
		}
		if !sameText(g.Body, want.Body) {
			t.Errorf("step %d body %q, want %q", i, g.Body, want.Body)
		}
		if !reflect.DeepEqual(g.Camera, want.Camera) {
			t.Errorf("step %d camera %+v, want %+v", i, g.Camera, want.Camera)
		}
		// The player's line runs through every located slide: imported,
		// it is a route that every located step shows.
		if located := len(want.Places) > 0 || want.Camera != nil; i > 0 && (g.Route != nil) != located {
			t.Errorf("step %d route %v, want one: %v", i, g.Route, located)
		}
		// Places: the same coordinates and names, in the same order.
		if len(g.Places) != len(want.Places) {
			t.Errorf("step %d places %v, want %v", i, g.Places, want.Places)
			continue
		}
		for j := range g.Places {
			gp, wp := got.PlaceByID(g.Places[j]), s.PlaceByID(want.Places[j])
			if gp == nil || gp.Lat != wp.Lat || gp.Lon != wp.Lon || gp.Name != wp.Name {
				t.Errorf("step %d place %d: %+v, want %+v", i, j, gp, wp)
			}
		}
	}
	if len(got.Places) != len(s.Places) {
		t.Errorf("%d places, want %d", len(got.Places), len(s.Places))
	}
}

func TestRoundTripImportedKeepsExtras(t *testing.T) {
	first, _, err := Import(load(t, "kimtrain.json"), "kimtrain.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Export(first)
	if err != nil {
		t.Fatal(err)
	}
	second, _, err := Import(b, "kimtrain.json")
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	// Everything the first import produced survives, extras included.
	second.Description, first.Description = "", ""
	if !reflect.DeepEqual(jsonOf(t, first), jsonOf(t, second)) {
		t.Errorf("round trip changed the story:\nfirst  %s\nsecond %s", jsonOf(t, first), jsonOf(t, second))
	}
	for i := range first.Steps {
		if !reflect.DeepEqual(jsonOf(t, first.Steps[i].Extra), jsonOf(t, second.Steps[i].Extra)) {
			t.Errorf("step %d extra %v, want %v", i, second.Steps[i].Extra, first.Steps[i].Extra)
		}
	}
	if !reflect.DeepEqual(jsonOf(t, first.Places), jsonOf(t, second.Places)) || !reflect.DeepEqual(first.Routes[0].Line, second.Routes[0].Line) {
		t.Errorf("places or route changed")
	}
	// The exported file still carries the StoryMapJS options and media.
	for _, want := range []string{`"map_type": "stamen:toner-lite"`, `"custom_field"`, `"icon": "https://example.org/pin.png"`, `"url": "https://example.org/vladivostok.jpg"`, `"date": "Sept 2023"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("export lacks %s", want)
		}
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The player takes a slide at latitude 0 for one without location (it
// tests location.lat for truth): such a slide is written a hair north,
// and the report says so.
func TestExportLatitudeZero(t *testing.T) {
	s := handStory()
	s.Places = append(s.Places, &story.Place{ID: "pacific", Name: "Pacific Ocean", Lon: -160, Lat: 0})
	s.Steps[3].Places = []string{"pacific"}
	b, rep, err := ExportReport(s)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Storymap struct {
			Slides []struct {
				Location *struct{ Lat, Lon float64 } `json:"location"`
			} `json:"slides"`
		} `json:"storymap"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	l := doc.Storymap.Slides[3].Location
	if l == nil || l.Lat == 0 || l.Lat > 1e-5 || l.Lon != -160 {
		t.Fatalf("location %+v, want a latitude just above 0", l)
	}
	if !hasItem(rep.Notes, "storymap.slides[3].location.lat", "latitude 0") {
		t.Errorf("notes %v do not explain the latitude", rep.Notes)
	}
	if l := doc.Storymap.Slides[1].Location; l == nil || l.Lat != 39.015 {
		t.Errorf("other latitudes changed: %+v", l)
	}
}
