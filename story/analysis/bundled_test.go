package analysis

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storylens/storylens/data"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/claims"
)

func bundled(t testing.TB) (*story.Story, *Report) {
	t.Helper()
	s, problems := story.LoadFS(data.Bundled(), "bundled")
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s, r
}

func TestBundledCuratedSourcesComeOnlyFromMatchers(t *testing.T) {
	s, r := bundled(t)
	for _, c := range r.Claims {
		if c.Origin != "curated" {
			continue
		}
		m, err := story.CompileClaim(s.ClaimByID(c.ID))
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, src := range s.Sources {
			for _, sent := range src.Article.Sentences {
				if _, _, ok := m.Match(sent.Text); ok {
					want = append(want, src.ID)
					break
				}
			}
		}
		if !slices.Equal(c.Sources, want) {
			t.Errorf("%s: sources %v, but its matchers find %v", c.ID, c.Sources, want)
		}
		if len(c.Sources) == 0 {
			t.Errorf("%s: no source supports a curated claim of the bundled story", c.ID)
		}
	}
}

func TestBundledNeverMixesTheTwoTrips(t *testing.T) {
	s, r := bundled(t)
	year := map[string]string{}
	for _, src := range s.Sources {
		year[src.ID] = src.Date[:4]
	}
	for _, c := range r.Claims {
		if c.Origin != "discovered" {
			continue
		}
		ys := map[string]bool{}
		for _, id := range c.Sources {
			ys[year[id]] = true
		}
		if len(ys) > 1 {
			t.Errorf("discovered claim %q groups sources from %v", c.Label, ys)
		}
	}
}

func TestBundledChecksAgainstTheMap(t *testing.T) {
	_, r := bundled(t)
	var gc430, route420 *Check
	for i, c := range r.Checks {
		if strings.Contains(c.Text, "430 miles") && c.Computed.Method == "great-circle" {
			gc430 = &r.Checks[i]
		}
		if strings.Contains(c.Text, "420-mile") && c.Computed.Method == "route" {
			route420 = &r.Checks[i]
		}
	}
	if gc430 == nil {
		t.Fatalf("no great-circle check of \"430 miles northeast of Pyongyang\" in %+v", r.Checks)
	}
	if !strings.HasPrefix(gc430.Verdict, "consistent") || gc430.Bearing == nil || gc430.Bearing.Verdict != "consistent" {
		t.Errorf("430 miles north-east: %+v %+v", gc430, gc430.Bearing)
	}
	if route420 == nil {
		t.Fatalf("no route check of the \"420-mile trip from Pyongyang by armored train\" in %+v", r.Checks)
	}
	// The drawn railway is far longer than 420 miles (676 km).
	var rail float64
	for _, rt := range r.Routes {
		if rt.Mode == "rail" && rt.LengthKm > rail {
			rail = rt.LengthKm
		}
	}
	if rail < 800 || !strings.HasPrefix(route420.Verdict, "shorter than the route") {
		t.Errorf("420-mile trip vs rail route of %.0f km: %q", rail, route420.Verdict)
	}
	// The 420-mile trip follows the railway and the 430 miles are the
	// straight line: two things, each checked against the map above, not
	// one thing stated with two values.
	for _, c := range r.Conflicts {
		has := map[float64]bool{}
		for _, v := range c.Values {
			has[v.Value] = true
		}
		if has[420] && has[430] {
			t.Errorf("the trip's 420 miles and the straight line's 430 miles are one conflict: %+v", c)
		}
	}
}

func TestOneEra(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	dates := map[string]time.Time{"a": d("2019-04-24"), "b": d("2023-09-11"), "c": d("2023-09-12"), "e": d("2019-04-25")}
	ev := func(ids ...string) []claims.Evidence {
		var out []claims.Evidence
		for _, id := range ids {
			out = append(out, claims.Evidence{Source: id, Text: id})
		}
		return out
	}
	for _, tc := range []struct {
		sources []string
		want    []string
		ok      bool
	}{
		{[]string{"b", "c"}, []string{"b", "c"}, true},
		{[]string{"a", "b", "c"}, []string{"b", "c"}, true},
		{[]string{"a", "b"}, []string{"a"}, false},
		{[]string{"a", "e", "b"}, []string{"a", "e"}, true},
		{[]string{"a", "b", "u"}, []string{"a", "u"}, true}, // undated u stays; first run kept on a tie
	} {
		g, ok := oneEra(claims.Group{Sources: tc.sources, Evidence: ev(tc.sources...)}, dates)
		if ok != tc.ok || (ok && !slices.Equal(g.Sources, tc.want)) {
			t.Errorf("%v: got %v %v, want %v %v", tc.sources, g.Sources, ok, tc.want, tc.ok)
		}
		for _, e := range g.Evidence {
			if !slices.Contains(g.Sources, e.Source) {
				t.Errorf("%v: evidence from dropped source %s", tc.sources, e.Source)
			}
		}
	}
}
