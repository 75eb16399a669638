package evalset

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// checkGold returns the inconsistencies of one event's gold: the things a
// hand-made gold file gets wrong that JSON parsing does not catch.
func checkGold(g Gold) []string {
	var bad []string
	files := map[string]bool{}
	inRange := func(what string, p Point) {
		if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 || (p.Lat == 0 && p.Lon == 0) {
			bad = append(bad, fmt.Sprintf("%s %q: coordinates %v,%v out of range", what, p.Name, p.Lat, p.Lon))
		}
	}
	for _, a := range g.Articles {
		if files[a.File] {
			bad = append(bad, fmt.Sprintf("article %q listed twice", a.File))
		}
		files[a.File] = true
		seen := map[string]bool{}
		for _, p := range a.Places {
			if p.Name == "" {
				bad = append(bad, fmt.Sprintf("%s: a place without a name", a.File))
			}
			if seen[p.Name] {
				bad = append(bad, fmt.Sprintf("%s: place %q listed twice", a.File, p.Name))
			}
			seen[p.Name] = true
			inRange(a.File+": place", p)
		}
	}
	for _, v := range g.Venues {
		if v.In == "" {
			bad = append(bad, fmt.Sprintf("venue %q: no \"in\"", v.Name))
		}
		inRange("venue", v)
	}
	stops := map[string]bool{}
	for _, s := range g.Route.Stops {
		stops[s.Name] = true
		inRange("stop", s)
	}
	for i, l := range g.Route.Legs {
		if !stops[l.From] || !stops[l.To] {
			bad = append(bad, fmt.Sprintf("leg %d %s -> %s: an end that is not a stop", i, l.From, l.To))
		}
		if _, err := time.Parse("2006-01-02", l.Date); err != nil {
			bad = append(bad, fmt.Sprintf("leg %d: date %q", i, l.Date))
		}
		if l.Mode == "" {
			bad = append(bad, fmt.Sprintf("leg %d: no mode", i))
		}
	}
	for _, c := range g.Claims {
		for _, f := range c.Articles {
			if !files[f] {
				bad = append(bad, fmt.Sprintf("claim %q: article %q not in the gold", c.Label, f))
			}
		}
	}
	for _, d := range g.Distances {
		if d.Km <= 0 {
			bad = append(bad, fmt.Sprintf("distance %s-%s: %v km", d.From, d.To, d.Km))
		}
		for _, f := range d.Articles {
			if !files[f] {
				bad = append(bad, fmt.Sprintf("distance %s-%s: article %q not in the gold", d.From, d.To, f))
			}
		}
	}
	return bad
}

func TestCheckGold(t *testing.T) {
	good := Gold{
		Articles: []Article{{File: "01.md", Places: []Point{{Name: "Kyiv", Lat: 50.45, Lon: 30.52}}}},
		Venues:   []Point{{Name: "Mariinsky Palace", Lat: 50.448, Lon: 30.537, In: "Kyiv"}},
		Route: Route{Stops: []Point{{Name: "Przemyśl", Lat: 49.78, Lon: 22.77}, {Name: "Kyiv", Lat: 50.45, Lon: 30.52}},
			Legs: []Leg{{From: "Przemyśl", To: "Kyiv", Mode: "rail", Date: "2023-02-19"}}},
		Claims:    []Claim{{Label: "x", Articles: []string{"01.md"}}},
		Distances: []Distance{{From: "Przemyśl", To: "Kyiv", Km: 560, Articles: []string{"01.md"}}},
	}
	if bad := checkGold(good); len(bad) != 0 {
		t.Fatalf("a consistent gold: %v", bad)
	}
	broken := good
	broken.Route.Legs = []Leg{{From: "Przemyśl", To: "Lviv", Mode: "rail", Date: "19 Feb"}}
	broken.Claims = []Claim{{Label: "x", Articles: []string{"02.md"}}}
	broken.Venues = []Point{{Name: "Mariinsky Palace", Lat: 50.448, Lon: 300}}
	bad := checkGold(broken)
	for _, want := range []string{"not a stop", "date", "not in the gold", "no \"in\"", "out of range"} {
		if !strings.Contains(strings.Join(bad, "\n"), want) {
			t.Errorf("checkGold(broken) = %q, no %q", bad, want)
		}
	}
}

// TestEmbeddedGold checks every embedded gold file, in both sets, for the
// inconsistencies checkGold finds. For the held-out set it reports only how
// many, not what, so that a failure does not show the held-out answers.
func TestEmbeddedGold(t *testing.T) {
	for _, load := range []struct {
		name string
		fn   func() ([]Event, error)
	}{{"events", Events}, {"heldout", HeldOut}} {
		evs, err := load.fn()
		if err != nil {
			t.Fatalf("%s: %v", load.name, err)
		}
		if len(evs) == 0 {
			t.Errorf("%s: no events", load.name)
		}
		for _, e := range evs {
			bad := checkGold(e.Gold)
			if load.name == "heldout" && len(bad) > 0 {
				t.Errorf("heldout/%s/gold.json: %d inconsistencies (not printed: the set is held out)", e.Slug, len(bad))
				continue
			}
			for _, b := range bad {
				t.Errorf("%s/%s/gold.json: %s", load.name, e.Slug, b)
			}
		}
	}
}
