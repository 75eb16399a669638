package storymapjs

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/paulmach/orb/geo"
)

func load(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func hasItem(items []Item, path, what string) bool {
	for _, it := range items {
		if it.Path == path && strings.Contains(it.What, what) {
			return true
		}
	}
	return false
}

func TestImportKimTrain(t *testing.T) {
	s, rep, err := Import(load(t, "kimtrain.json"), "testdata/kimtrain.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rep.Lines() {
		t.Log(l)
	}
	if got := len(s.Steps); got != 7 {
		t.Fatalf("%d steps, want one per slide (7)", got)
	}
	// Overview slide: first step, no camera, all places, title of the story.
	ov := s.Steps[0]
	if ov.ID != "overview" || ov.Camera != nil || !isOverviewStep(&ov) {
		t.Errorf("overview step = %+v", ov)
	}
	if s.Title != "Kim\u2019s armored train to Vladivostok" {
		t.Errorf("title %q", s.Title)
	}
	if len(ov.Places) != len(s.Places) {
		t.Errorf("overview shows %d of %d places", len(ov.Places), len(s.Places))
	}
	if ov.Extra["media"] == nil || ov.Extra["background"] == nil {
		t.Errorf("overview media/background not kept: %v", ov.Extra)
	}
	// Places: the two Vladivostok station slides share one place.
	if got := len(s.Places); got != 4 {
		for _, p := range s.Places {
			t.Logf("place %+v", *p)
		}
		t.Fatalf("%d places, want 4 distinct coordinates", got)
	}
	if s.Steps[4].Places[0] != s.Steps[6].Places[0] {
		t.Errorf("same coordinates gave two places: %v %v", s.Steps[4].Places, s.Steps[6].Places)
	}
	pyong := s.PlaceByID("pyongyang-station")
	if pyong == nil || pyong.Lat != 39.015 || pyong.Lon != 125.75 {
		t.Fatalf("Pyongyang place = %+v", pyong)
	}
	// Khasan's slide location has no name: no name is made up from the
	// headline, the place is named by its coordinates.
	if p := s.PlaceByID("42-429-n-130-643-e"); p == nil || p.Lat != 42.429 || p.Name != "42.429° N, 130.643° E" {
		t.Errorf("unnamed location's place = %+v", p)
	}
	if !hasItem(rep.Notes, "storymap.slides[2].location.lat", "string") {
		t.Errorf("string coordinate not noted")
	}
	// Camera from location and zoom, [lon, lat].
	if c := s.Steps[1].Camera; c == nil || c.Center != [2]float64{125.75, 39.015} || c.Zoom != 10 {
		t.Errorf("camera = %+v", c)
	}
	// Slide without location: no place, no camera, date kept as text.
	st := s.Steps[3]
	if len(st.Places) != 0 || st.Camera != nil || st.Route != nil {
		t.Errorf("slide without location: %+v", st)
	}
	if st.Date != "" || st.Extra["date"] != "Sept 2023" || !hasItem(rep.Kept, "storymap.slides[3].date", "Sept 2023") {
		t.Errorf("month date: Date %q Extra %v", st.Date, st.Extra)
	}
	if s.Steps[2].Date != "2023-09-12" {
		t.Errorf("long date read as %q", s.Steps[2].Date)
	}
	// Media-only slide: no headline is invented, media kept.
	mo := s.Steps[4]
	if mo.Title != "" || mo.Body != "" || mo.Extra["media"] == nil {
		t.Errorf("media-only step = %+v", mo)
	}
	// Sanitised HTML.
	body := s.Steps[1].Body
	for _, bad := range []string{"script", "alert", "steal", "color:red", "javascript"} {
		if strings.Contains(body, bad) {
			t.Errorf("body keeps %q: %q", bad, body)
		}
	}
	if want := "The train leaves Pyongyang on Sunday.\n\nSee this and [write to us](mailto:desk@example.org)."; body != want {
		t.Errorf("body\n%q\nwant\n%q", body, want)
	}
	if s.Steps[1].Title != "Departure from Pyongyang" {
		t.Errorf("headline HTML not made plain: %q", s.Steps[1].Title)
	}
	for _, w := range []string{"<script>", "<style>", "onclick attribute", "link to javascript:"} {
		if !hasItem(rep.Sanitised, "storymap.slides[1].text.text", w) {
			t.Errorf("report misses sanitising %s: %v", w, rep.Sanitised)
		}
	}
	if !hasItem(rep.Sanitised, "storymap.slides[5].text.text", "<iframe>") || strings.Contains(s.Steps[5].Body, "evil") {
		t.Errorf("iframe: %q %v", s.Steps[5].Body, rep.Sanitised)
	}
	// Unknown fields kept and reported, slide and storymap level.
	if cf, ok := s.Steps[1].Extra["custom_field"].(map[string]any); !ok || cf["owner"] != "desk" {
		t.Errorf("custom_field not kept: %v", s.Steps[1].Extra)
	}
	if loc, ok := s.Steps[1].Extra["location"].(map[string]any); !ok || loc["icon"] != "https://example.org/pin.png" || len(loc) != 1 {
		t.Errorf("unknown location field: %v", s.Steps[1].Extra["location"])
	}
	for _, p := range []string{"storymap.slides[1].custom_field", "storymap.slides[1].location.icon", "storymap.slides[0].media", "storymap.map_type", "storymap.zoomify", "storymap.language"} {
		if !hasItem(rep.Kept, p, "") {
			t.Errorf("report misses kept %s", p)
		}
	}
	opts, _ := s.Extra["storymap"].(map[string]any)
	if opts["map_type"] != "stamen:toner-lite" || opts["zoomify"] != false || opts["call_to_action_text"] != "Follow the train" {
		t.Errorf("storymap options not kept: %v", s.Extra)
	}
	// Route through every slide location, in slide order, as the player
	// draws it (slide 6's "line": false is ignored by StoryMapJS).
	if len(s.Routes) != 1 {
		t.Fatalf("%d routes, want 1", len(s.Routes))
	}
	r := s.Routes[0]
	if r.Provenance != RouteProvenance || !r.Approximate {
		t.Errorf("route provenance %q approximate %v", r.Provenance, r.Approximate)
	}
	if r.Mode != "rail" {
		t.Errorf("mode %q, want rail (the text talks about a train)", r.Mode)
	}
	wantStops := []string{"pyongyang-station", "42-429-n-130-643-e", "vladivostok-station", "fefu-campus-russky-island", "vladivostok-station"}
	if strings.Join(r.Stops, ",") != strings.Join(wantStops, ",") {
		t.Errorf("stops %v, want %v", r.Stops, wantStops)
	}
	if !hasItem(rep.Notes, "storymap.slides[6].location.line", "ignores") {
		t.Errorf("line false not noted as ignored by the player")
	}
	if len(r.Line) != 5 || r.Line[0][0] != 125.75 || r.Line[0][1] != 39.015 {
		t.Errorf("line %v", r.Line)
	}
	// Its length is the sum of the great-circle legs between the slides.
	var sum float64
	for i := 1; i < len(r.Line); i++ {
		sum += geo.DistanceHaversine(r.Line[i-1], r.Line[i])
	}
	if math.Abs(geo.LengthHaversine(r.Line)-sum) > 1e-6 || sum < 500e3 {
		t.Errorf("route length %v m", sum)
	}
	if s.Steps[1].Route == nil || *s.Steps[1].Route != r.ID || s.Steps[6].Route == nil || s.Steps[3].Route != nil {
		t.Errorf("route refs: %v %v %v", s.Steps[1].Route, s.Steps[3].Route, s.Steps[6].Route)
	}
	if s.Steps[0].Route == nil {
		t.Errorf("overview does not show the route")
	}
	// Ids are unique.
	seen := map[string]bool{}
	for _, st := range s.Steps {
		if seen[st.ID] || st.ID == "" {
			t.Errorf("step id %q repeated or empty", st.ID)
		}
		seen[st.ID] = true
	}
}

func TestImportNoLines(t *testing.T) {
	s, rep, err := Import(load(t, "nolines.json"), "nolines.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Routes) != 0 || s.Steps[0].Route != nil {
		t.Errorf("show_lines false still drew a route")
	}
	if !hasItem(rep.Notes, "storymap.show_lines", "no route") {
		t.Errorf("not reported: %v", rep.Notes)
	}
	if s.Title != "A" || s.Steps[0].ID != "a" || len(s.Places) != 2 {
		t.Errorf("title %q id %q places %d", s.Title, s.Steps[0].ID, len(s.Places))
	}
}

func TestImportErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", ``, "empty file"},
		{"syntax", "{\n  \"storymap\": {,}\n}", "line 2, column"},
		{"truncated", `{"storymap": {"slides": [`, "unexpected end"},
		{"trailing", `{"storymap": {"slides": [{}]}} {}`, "after the JSON document"},
		{"not object", `[1]`, "$: want a JSON object"},
		{"no storymap", `{"slides": []}`, "storymap: missing"},
		{"storymap string", `{"storymap": "x"}`, "storymap: want an object, got a string"},
		{"no slides", `{"storymap": {}}`, "storymap.slides: missing"},
		{"slides object", `{"storymap": {"slides": {}}}`, "storymap.slides: want an array"},
		{"no slide", `{"storymap": {"slides": []}}`, "storymap.slides: empty"},
		{"slide not object", `{"storymap": {"slides": [{}, 3]}}`, "storymap.slides[1]: want an object, got a number"},
		{"lat not number", `{"storymap": {"slides": [{}, {}, {}, {"location": {"lat": true, "lon": 1}}]}}`, "storymap.slides[3].location.lat: not a number"},
		{"lat bad string", `{"storymap": {"slides": [{"location": {"lat": "north", "lon": 1}}]}}`, "storymap.slides[0].location.lat: not a number (\"north\")"},
		{"lat range", `{"storymap": {"slides": [{"location": {"lat": 91, "lon": 1}}]}}`, "storymap.slides[0].location.lat: 91 is out of range"},
		{"lon range", `{"storymap": {"slides": [{"location": {"lat": 1, "lon": -181}}]}}`, "storymap.slides[0].location.lon: -181 is out of range"},
		{"lon missing", `{"storymap": {"slides": [{"location": {"lat": 1}}]}}`, "storymap.slides[0].location.lon: missing"},
		{"zoom", `{"storymap": {"slides": [{"location": {"lat": 1, "lon": 1, "zoom": "z"}}]}}`, "storymap.slides[0].location.zoom: not a number"},
		{"huge number", `{"storymap": {"slides": [{"location": {"lat": 1e999, "lon": 1}}]}}`, "storymap.slides[0].location.lat: 1e999 is not a finite number"},
		{"line", `{"storymap": {"slides": [{"location": {"line": 3}}]}}`, "storymap.slides[0].location.line: want true or false"},
		{"headline", `{"storymap": {"slides": [{"text": {"headline": 1}}]}}`, "storymap.slides[0].text.headline: want a string"},
		{"text", `{"storymap": {"slides": [{"text": []}]}}`, "storymap.slides[0].text: want an object, got an array"},
		{"type", `{"storymap": {"slides": [{"type": 1}]}}`, "storymap.slides[0].type: want a string"},
		{"date", `{"storymap": {"slides": [{"date": {}}]}}`, "storymap.slides[0].date: want a string"},
		{"show_lines", `{"storymap": {"show_lines": 2, "slides": [{}]}}`, "storymap.show_lines: want true or false"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _, err := Import([]byte(tc.in), "bad.json")
			if err == nil {
				t.Fatalf("no error; story %+v", s)
			}
			if !strings.HasPrefix(err.Error(), "bad.json: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to name the file and contain %q", err, tc.want)
			}
		})
	}
}

func TestImportSizeLimit(t *testing.T) {
	big := make([]byte, MaxSize+1)
	if _, _, err := Import(big, "big.json"); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("err = %v", err)
	}
}

func TestImportMinimalSlides(t *testing.T) {
	// Slides with nothing at all still become steps with unique ids; no
	// title is invented for them.
	s, rep, err := Import([]byte(`{"storymap": {"slides": [{}, {}, {"location": {"line": false}}]}}`), "dir/min.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Steps) != 3 || s.Steps[0].ID != "slide-1" || s.Steps[2].ID != "slide-3" || s.Steps[2].Title != "" || len(s.Places) != 0 {
		t.Errorf("steps %+v", s.Steps)
	}
	if s.Title != "min" {
		t.Errorf("title %q, want the file name", s.Title)
	}
	if !hasItem(rep.Notes, "storymap.slides[0].text.headline", "no headline") {
		t.Errorf("notes %v", rep.Notes)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Pyongyang station":           "pyongyang-station",
		"FEFU campus, Russky Island!": "fefu-campus-russky-island",
		"Café Über":                   "cafe-uber",
		"***":                         "",
		"Владивосток":                 "владивосток",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
	if got := slug(strings.Repeat("ab ", 40)); len(got) > 50 || strings.HasSuffix(got, "-") {
		t.Errorf("long slug %q", got)
	}
}
