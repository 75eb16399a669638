package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/article"
)

// seedsDir holds the original seed articles, when the shared folder exists.
const seedsDir = "../../shared/seeds"

func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	b, err := fs.ReadFile(Bundled(), name)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// Minimal mirrors of the bundled files, strict about unknown fields so that
// typos in the hand-made data show up here.
type (
	storyFile struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Steps       []struct {
			ID      string   `json:"id"`
			Title   string   `json:"title"`
			Date    string   `json:"date"`
			Body    string   `json:"body"`
			Places  []string `json:"places"`
			Route   *string  `json:"route"`
			Claims  []string `json:"claims"`
			Sources []string `json:"sources"`
			Camera  *struct {
				Center [2]float64 `json:"center"`
				Zoom   float64    `json:"zoom"`
			} `json:"camera"`
		} `json:"steps"`
	}
	sourcesFile struct {
		Sources []struct {
			ID           string `json:"id"`
			Title        string `json:"title"`
			Outlet       string `json:"outlet"`
			Date         string `json:"date"`
			DateInferred bool   `json:"dateInferred"`
			DateReason   string `json:"dateReason"`
			URL          string `json:"url"`
			Language     string `json:"language"`
			Note         string `json:"note"`
		} `json:"sources"`
	}
	claimsFile struct {
		Claims []story.Claim `json:"claims"`
	}
	featureFile struct {
		Type     string `json:"type"`
		Features []struct {
			Type       string         `json:"type"`
			Properties map[string]any `json:"properties"`
			Geometry   struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
)

func articleIDs(t *testing.T) []string {
	t.Helper()
	ents, err := fs.ReadDir(Bundled(), "articles")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range ents {
		ids = append(ids, strings.TrimSuffix(e.Name(), ".txt"))
	}
	return ids
}

func TestArticlesAreTheSeedsVerbatim(t *testing.T) {
	ids := articleIDs(t)
	if len(ids) != 5 {
		t.Fatalf("%d articles, want the 5 seeds", len(ids))
	}
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("no %s to compare with", seedsDir)
	}
	seeds, err := os.ReadDir(seedsDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) != len(ids) {
		t.Errorf("%d seeds, %d bundled articles", len(seeds), len(ids))
	}
	for _, s := range seeds {
		want, err := os.ReadFile(path.Join(seedsDir, s.Name()))
		if err != nil {
			t.Fatal(err)
		}
		got, err := fs.ReadFile(Bundled(), "articles/"+s.Name())
		if err != nil {
			t.Errorf("seed %s is not bundled: %v", s.Name(), err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("articles/%s differs from the seed", s.Name())
		}
	}
}

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func TestSources(t *testing.T) {
	var sf sourcesFile
	readJSON(t, "sources.json", &sf)
	ids := articleIDs(t)
	if len(sf.Sources) != len(ids) {
		t.Fatalf("%d sources, %d articles", len(sf.Sources), len(ids))
	}
	for i, s := range sf.Sources {
		if s.ID != ids[i] {
			t.Errorf("sources[%d].id = %q, want %q (article order)", i, s.ID, ids[i])
		}
		if !dateRE.MatchString(s.Date) || s.Title == "" || s.DateReason == "" || s.Language != "en" {
			t.Errorf("sources[%d] (%s): incomplete: %+v", i, s.ID, s)
		}
		// A date typed in sources.json must agree with a date given by the text.
		b, err := fs.ReadFile(Bundled(), "articles/"+s.ID+".txt")
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(s.ID+".txt", b)
		if err != nil {
			t.Fatal(err)
		}
		if a.Date != "" && (a.Date != s.Date || s.DateInferred) {
			t.Errorf("%s: text gives %s, sources.json says %s (inferred %v)", s.ID, a.Date, s.Date, s.DateInferred)
		}
		if a.Date == "" && !s.DateInferred {
			t.Errorf("%s: the text gives no date, so the date must be marked inferred", s.ID)
		}
		if s.Outlet == "" && !strings.Contains(s.Note, "Outlet not stated in the text") {
			t.Errorf("%s: empty outlet without the note saying so", s.ID)
		}
	}
}

// bundledArticles parses the five articles.
func bundledArticles(t *testing.T) map[string]*article.Article {
	t.Helper()
	out := map[string]*article.Article{}
	for _, id := range articleIDs(t) {
		b, err := fs.ReadFile(Bundled(), "articles/"+id+".txt")
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(id+".txt", b)
		if err != nil {
			t.Fatal(err)
		}
		out[id] = a
	}
	return out
}

// claimMatrix returns, for every claim, the sources whose sentences match
// it, and for every matcher how many sentences it matches.
func claimMatrix(t *testing.T) (claims []story.Claim, support map[string][]string, evidence map[string][]string, perMatcher map[string][]int) {
	var cf claimsFile
	readJSON(t, "claims.json", &cf)
	arts := bundledArticles(t)
	ids := articleIDs(t)
	support, evidence, perMatcher = map[string][]string{}, map[string][]string{}, map[string][]int{}
	for i := range cf.Claims {
		c := &cf.Claims[i]
		perMatcher[c.ID] = make([]int, len(c.Matchers))
		for mi, m := range c.Matchers {
			one, err := story.CompileClaim(&story.Claim{ID: c.ID, Matchers: []string{m}})
			if err != nil {
				t.Fatalf("claims.json: %v", err)
			}
			for _, id := range ids {
				for _, s := range arts[id].Sentences {
					if _, _, ok := one.Match(s.Text); ok {
						perMatcher[c.ID][mi]++
					}
				}
			}
		}
		cm, err := story.CompileClaim(c)
		if err != nil {
			t.Fatalf("claims.json: %v", err)
		}
		for _, id := range ids {
			hit := false
			for _, s := range arts[id].Sentences {
				if _, _, ok := cm.Match(s.Text); ok {
					hit = true
					evidence[c.ID] = append(evidence[c.ID], fmt.Sprintf("%s:%d: %s", id[:3], s.Line, s.Text))
				}
			}
			if hit {
				support[c.ID] = append(support[c.ID], id[:3])
			}
		}
	}
	return cf.Claims, support, evidence, perMatcher
}

func TestClaimsMatchTheArticles(t *testing.T) {
	claims, support, evidence, perMatcher := claimMatrix(t)
	if len(claims) < 15 {
		t.Errorf("%d curated claims, want >= 15", len(claims))
	}
	seen := map[string]bool{}
	for _, c := range claims {
		if seen[c.ID] {
			t.Errorf("claim id %q twice", c.ID)
		}
		seen[c.ID] = true
		if c.Label == "" || c.Topic == "" {
			t.Errorf("claim %q: no label or topic", c.ID)
		}
		if len(support[c.ID]) == 0 {
			t.Errorf("claim %q matches no article", c.ID)
		}
		for i, n := range perMatcher[c.ID] {
			if n == 0 {
				t.Errorf("claim %q: matcher %q matches no sentence", c.ID, c.Matchers[i])
			}
		}
		t.Logf("%-26s %s", c.ID, strings.Join(support[c.ID], " "))
		for _, e := range evidence[c.ID] {
			t.Logf("    %s", e)
		}
	}
	// Claims of one trip must not be supported by the other trip's article.
	only2019 := []string{"trip-420-miles"}
	for _, id := range only2019 {
		if got := strings.Join(support[id], ","); got != "003" {
			t.Errorf("claim %q (2019 only) supported by %s", id, got)
		}
	}
	for _, id := range []string{"left-sunday", "coming-days", "putin-invitation", "eastern-economic-forum", "huge-mistake", "pay-a-price", "kcna-confirmed"} {
		for _, s := range support[id] {
			if s == "003" {
				t.Errorf("claim %q (September 2023) matched the 2019 article", id)
			}
		}
	}
}

// geo reads places.geojson and routes.geojson and checks every coordinate.
func geo(t *testing.T) (places map[string]map[string]any, routes map[string][][2]float64, routeProps map[string]map[string]any) {
	t.Helper()
	places, routes, routeProps = map[string]map[string]any{}, map[string][][2]float64{}, map[string]map[string]any{}
	var pf, rf featureFile
	readJSON(t, "places.geojson", &pf)
	readJSON(t, "routes.geojson", &rf)
	inRange := func(where string, c [2]float64) {
		if c[0] < -180 || c[0] > 180 || c[1] < -90 || c[1] > 90 {
			t.Errorf("%s: coordinate %v out of range", where, c)
		}
	}
	for i, f := range pf.Features {
		id, _ := f.Properties["id"].(string)
		if id == "" || places[id] != nil {
			t.Errorf("places.geojson features[%d]: missing or duplicate id %q", i, id)
		}
		for _, k := range []string{"name", "kind", "provenance"} {
			if s, _ := f.Properties[k].(string); s == "" {
				t.Errorf("place %q: no %s", id, k)
			}
		}
		if _, ok := f.Properties["approximate"].(bool); !ok {
			t.Errorf("place %q: approximate is not a boolean", id)
		}
		var c [2]float64
		if f.Geometry.Type != "Point" || json.Unmarshal(f.Geometry.Coordinates, &c) != nil {
			t.Errorf("place %q: not a [lon, lat] Point", id)
		}
		inRange("place "+id, c)
		places[id] = f.Properties
	}
	for i, f := range rf.Features {
		id, _ := f.Properties["id"].(string)
		if id == "" || routes[id] != nil {
			t.Errorf("routes.geojson features[%d]: missing or duplicate id %q", i, id)
		}
		var cs [][2]float64
		if f.Geometry.Type != "LineString" || json.Unmarshal(f.Geometry.Coordinates, &cs) != nil || len(cs) < 2 {
			t.Errorf("route %q: not a LineString of >= 2 positions", id)
		}
		for _, c := range cs {
			inRange("route "+id, c)
		}
		if a, _ := f.Properties["approximate"].(bool); !a {
			t.Errorf("route %q: hand-drawn routes must be marked approximate", id)
		}
		routes[id], routeProps[id] = cs, f.Properties
	}
	return places, routes, routeProps
}

func TestPlacesAndRoutes(t *testing.T) {
	places, routes, props := geo(t)
	for _, want := range []string{"pyongyang", "khasan", "vladivostok", "russky-island", "fefu-campus", "russky-bridge",
		"tumen-bridge", "moscow", "seoul", "kyiv", "washington", "brussels", "ukraine", "russia", "north-korea",
		"south-korea", "japan", "vietnam", "iran", "hamhung", "chongjin", "rajin", "ussuriysk"} {
		if places[want] == nil {
			t.Errorf("place %q missing", want)
		}
	}
	rail := routes["rail-pyongyang-vladivostok"]
	if len(rail) < 30 {
		t.Errorf("railway has %d vertices, want >= 30", len(rail))
	}
	for id, p := range props {
		stops, _ := p["stops"].([]any)
		if len(stops) < 2 {
			t.Errorf("route %q: fewer than 2 stops", id)
		}
		for _, s := range stops {
			sid, _ := s.(string)
			if places[sid] == nil {
				t.Errorf("route %q: stop %q is not a place", id, sid)
			}
		}
		if m, _ := p["mode"].(string); m != "rail" && m != "road" {
			t.Errorf("route %q: mode %q", id, m)
		}
	}
	// The rail line runs from Pyongyang (south-west) to Vladivostok (north-east).
	first, last := rail[0], rail[len(rail)-1]
	if !(first[0] < 126 && first[1] < 39.5 && last[0] > 131.5 && last[1] > 43) {
		t.Errorf("railway runs from %v to %v", first, last)
	}
}

// mentions reports whether any sentence of the sources names the place
// (its name or an alias, as a phrase on word boundaries).
func mentions(t *testing.T, arts map[string]*article.Article, sources []string, p map[string]any) bool {
	t.Helper()
	names := []string{p["name"].(string)}
	if al, ok := p["aliases"].([]any); ok {
		for _, a := range al {
			names = append(names, a.(string))
		}
	}
	m, err := story.CompileClaim(&story.Claim{ID: "place", Matchers: names})
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range sources {
		for _, s := range arts[src].Sentences {
			if _, _, ok := m.Match(s.Text); ok {
				return true
			}
		}
	}
	return false
}

func TestStorySteps(t *testing.T) {
	var sf storyFile
	readJSON(t, "story.json", &sf)
	places, routes, routeProps := geo(t)
	claims, support, _, _ := claimMatrix(t)
	claimIDs := map[string]bool{}
	for _, c := range claims {
		claimIDs[c.ID] = true
	}
	arts := bundledArticles(t)
	if sf.Title == "" || len(sf.Steps) < 10 {
		t.Fatalf("title %q, %d steps; want a title and >= 10 steps", sf.Title, len(sf.Steps))
	}
	if len(sf.Steps[0].Places) != len(places) || len(sf.Steps[0].Sources) != len(arts) {
		t.Errorf("the first (overview) step should show all %d places and cite all %d sources", len(places), len(arts))
	}
	prev := ""
	seen := map[string]bool{}
	for i, st := range sf.Steps {
		where := fmt.Sprintf("steps[%d] (%s)", i, st.ID)
		if st.ID == "" || seen[st.ID] {
			t.Errorf("%s: missing or duplicate id", where)
		}
		seen[st.ID] = true
		start, end, isRange := strings.Cut(st.Date, "/")
		if !dateRE.MatchString(start) || (isRange && (!dateRE.MatchString(end) || end < start)) {
			t.Errorf("%s: bad date %q", where, st.Date)
		}
		if i > 1 && start < prev {
			t.Errorf("%s: starts %s, before the previous step (%s)", where, start, prev)
		}
		if i > 0 {
			prev = start
		}
		if st.Title == "" || st.Body == "" || len(st.Sources) == 0 {
			t.Errorf("%s: needs a title, a body and sources", where)
		}
		// The 2019 trip is told by 003 alone; the 2023 steps never cite it.
		for _, src := range st.Sources {
			if arts[src] == nil {
				t.Errorf("%s: unknown source %q", where, src)
			}
			if i > 0 && (strings.HasPrefix(start, "2019") != (src == "003_86e7a0a32fc7023e")) {
				t.Errorf("%s dated %s cites %s: the 2019 and 2023 trips are mixed up", where, st.Date, src)
			}
		}
		stops := map[string]bool{}
		if st.Route != nil {
			if routes[*st.Route] == nil {
				t.Errorf("%s: unknown route %q", where, *st.Route)
			}
			ss, _ := routeProps[*st.Route]["stops"].([]any)
			for _, s := range ss {
				stops[s.(string)] = true
			}
		}
		for _, p := range st.Places {
			if places[p] == nil {
				t.Errorf("%s: unknown place %q", where, p)
				continue
			}
			if i > 0 && !stops[p] && !mentions(t, arts, st.Sources, places[p]) {
				t.Errorf("%s: place %q is named by none of the step's sources", where, p)
			}
		}
		for _, c := range st.Claims {
			if !claimIDs[c] {
				t.Errorf("%s: unknown claim %q", where, c)
				continue
			}
			ok := false
			for _, s := range support[c] {
				for _, src := range st.Sources {
					ok = ok || strings.HasPrefix(src, s)
				}
			}
			if !ok {
				t.Errorf("%s: claim %q (supported by %v) is not supported by the step's sources", where, c, support[c])
			}
		}
		if cam := st.Camera; cam != nil {
			if cam.Center[0] < -180 || cam.Center[0] > 180 || cam.Center[1] < -85 || cam.Center[1] > 85 || cam.Zoom < 0 || cam.Zoom > 20 {
				t.Errorf("%s: camera %+v out of range", where, *cam)
			}
		}
	}
}
