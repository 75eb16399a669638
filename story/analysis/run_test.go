package analysis

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/article"
)

// seedStory builds a story by hand from the five bundled articles, with
// claims and a route defined here, so the analysis is tested apart from
// the loader and the bundled data files.
func seedStory(t testing.TB) *story.Story {
	t.Helper()
	dir := "../../data/kimputin/articles"
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := &story.Story{Title: "test"}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(e.Name(), b)
		if err != nil {
			t.Fatal(err)
		}
		id := e.Name()[:len(e.Name())-len(filepath.Ext(e.Name()))]
		s.Sources = append(s.Sources, &story.Source{ID: id, File: "articles/" + e.Name(), Date: a.Date, Article: a})
	}
	s.Claims = []*story.Claim{
		{ID: "pay-a-price", Label: "US warns Pyongyang will pay a price", Matchers: []string{"pay a price"}},
		{ID: "huge-mistake", Label: "A \"huge mistake\"", Matchers: []string{"huge mistake"}},
		{ID: "420-mile", Label: "420-mile trip", Matchers: []string{`/420-mile/`}},
		{ID: "nobody", Label: "No source says this", Matchers: []string{"purple elephants"}},
	}
	s.Places = []*story.Place{
		{ID: "pyongyang", Name: "Pyongyang", Kind: "city", Lon: 125.7381, Lat: 39.0194},
		{ID: "vladivostok", Name: "Vladivostok", Kind: "city", Lon: 131.8855, Lat: 43.1155},
	}
	s.Routes = []*story.Route{{ID: "r", Name: "Pyongyang to Vladivostok", Mode: "rail",
		Line: orb.LineString{{125.7381, 39.0194}, {131.8855, 43.1155}}}}
	s.Steps = []story.Step{{ID: "all", Title: "All", Places: []string{"pyongyang", "vladivostok"}}}
	return s
}

func TestRunCuratedClaimsAreMatchedFromText(t *testing.T) {
	s := seedStory(t)
	r, err := Run(s, Options{NoDiscovery: true, NoGazetteer: true})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"pay-a-price":  {"000_ba495233cfdc63c8", "001_cc5587881c9cf29a"},
		"huge-mistake": {"000_ba495233cfdc63c8", "002_6d468acdb8bdde8c"},
		"420-mile":     {"003_86e7a0a32fc7023e"},
		"nobody":       {},
	}
	for _, c := range r.Claims {
		w, ok := want[c.ID]
		if !ok {
			t.Errorf("unexpected claim %s", c.ID)
			continue
		}
		if !slices.Equal(c.Sources, w) {
			t.Errorf("claim %s: sources %v, want %v", c.ID, c.Sources, w)
		}
		for _, e := range c.Evidence {
			if len(e.Match) != 2 || e.Match[0] < 0 || e.Match[1] > len(e.Text) || e.Match[0] >= e.Match[1] {
				t.Errorf("claim %s: bad match range %v in %q", c.ID, e.Match, e.Text)
			}
			if e.Line < 1 {
				t.Errorf("claim %s: evidence without a line", c.ID)
			}
		}
	}
	// 003 is the only source of "420-mile", so it is unique there.
	for _, src := range r.Sources {
		if src.ID == "003_86e7a0a32fc7023e" && !slices.Contains(src.UniqueClaims, "420-mile") {
			t.Errorf("003 unique claims %v, want 420-mile among them", src.UniqueClaims)
		}
		if src.ID == "000_ba495233cfdc63c8" && src.DuplicateParagraphs != 2 {
			t.Errorf("000 duplicate paragraphs = %d, want 2", src.DuplicateParagraphs)
		}
	}
}

func TestRunCoverageMatchesClaimSources(t *testing.T) {
	r, err := Run(seedStory(t), Options{NoDiscovery: true, NoGazetteer: true})
	if err != nil {
		t.Fatal(err)
	}
	cv := r.Coverage
	if len(cv.Matrix) != len(cv.Sources) {
		t.Fatalf("%d rows for %d sources", len(cv.Matrix), len(cv.Sources))
	}
	for j, cid := range cv.Claims {
		var c ClaimReport
		for _, x := range r.Claims {
			if x.ID == cid {
				c = x
			}
		}
		for i, sid := range cv.Sources {
			if got, want := cv.Matrix[i][j], slices.Contains(c.Sources, sid); got != want {
				t.Errorf("coverage[%s][%s] = %v, want %v", sid, cid, got, want)
			}
		}
	}
}

func TestRunRouteLengthFromGeometry(t *testing.T) {
	r, err := Run(seedStory(t), Options{NoDiscovery: true, NoGazetteer: true})
	if err != nil {
		t.Fatal(err)
	}
	// Great-circle Pyongyang–Vladivostok is about 687 km (geodata notes).
	if len(r.Routes) != 1 || math.Abs(r.Routes[0].LengthKm-687) > 5 {
		t.Fatalf("routes %+v, want one of about 687 km", r.Routes)
	}
}

func TestRunJSONHasNoNullArrays(t *testing.T) {
	r, err := Run(seedStory(t), Options{NoDiscovery: true, NoGazetteer: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"sources", "places", "claims", "routes", "steps", "quantities", "conflicts", "checks"} {
		if _, ok := m[k].([]any); !ok {
			t.Errorf("%s is %T, want an array", k, m[k])
		}
	}
	if m["schema"] != SchemaVersion {
		t.Errorf("schema %v", m["schema"])
	}
}

func TestRunNilStory(t *testing.T) {
	if _, err := Run(nil, Options{}); err == nil {
		t.Fatal("want an error for a nil story")
	}
}

// TestNoRouteLinesKeepsTheReport checks that Options.NoRouteLines changes
// nothing in the report (lengths, points and views are measured before the
// vertices go) and that only the inferred routes lose their lines: a
// story's own routes are its own.
func TestNoRouteLinesKeepsTheReport(t *testing.T) {
	// A development event whose journey is flown: a sea leg's route may
	// come from searoute's process-wide cache, which changes the sea
	// budget's use from one Run to the next.
	s, problems := story.Load("../../internal/evalset/events/biden-hanoi-2023")
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	full, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	lean, err := Run(s, Options{NoRouteLines: true})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(full)
	b, _ := json.Marshal(lean)
	if string(a) != string(b) {
		for i := range a {
			if i >= len(b) || a[i] != b[i] {
				t.Logf("at %d: %s\n vs %s", i, a[max(0, i-300):min(len(a), i+200)], b[max(0, i-300):min(len(b), i+200)])
				break
			}
		}
		t.Fatal("the report with NoRouteLines differs from the report without")
	}
	withLines, without := Resolve(s, full), Resolve(s, lean)
	if len(withLines.Routes) == 0 || len(withLines.Routes) != len(without.Routes) {
		t.Fatalf("%d and %d inferred routes, want the same number, at least one", len(withLines.Routes), len(without.Routes))
	}
	for i, rt := range without.Routes {
		if len(withLines.Routes[i].Line) < 2 || rt.Line != nil {
			t.Errorf("route %s: %d vertices without the option, %d with it; want a line, then none", rt.ID, len(withLines.Routes[i].Line), len(rt.Line))
		}
	}

	own := seedStory(t)
	r, err := Run(own, Options{NoDiscovery: true, NoGazetteer: true, NoRouteLines: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := Resolve(own, r).Routes; len(got) != 1 || len(got[0].Line) != 2 {
		t.Errorf("the story's own route lost its line with NoRouteLines: %+v", got)
	}
}
