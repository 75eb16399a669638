package analysis

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/storylens/storylens/internal/evalset"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// tallShip is a plain folder of articles (no story.json) about a voyage
// that has nothing to do with the bundled story.
func tallShip(t testing.TB) *story.Story {
	t.Helper()
	fsys := fstest.MapFS{
		"articles/01.md": {Data: []byte("---\ntitle: Tall ship leaves Bergen\ndate: 2025-06-02\n---\n" +
			"The sail training ship left Bergen in Norway on Monday for a month at sea.\n\n" +
			"Her crew of cadets will call at Plymouth and A Coruña before reaching Lisbon. Bergen gave her a warm send-off.\n")},
		"articles/02.md": {Data: []byte("---\ntitle: Arrival in Plymouth\ndate: 2025-06-06\n---\n" +
			"The ship from Bergen arrived in Plymouth on Friday after four days in the North Sea and the English Channel.\n\n" +
			"Crowds in Plymouth watched her come in. A spokesman in Washington was not involved.\n")},
		"articles/03.md": {Data: []byte("---\ntitle: Lisbon welcomes the tall ship\ndate: 2025-06-20\n---\n" +
			"After a stop in A Coruña, the ship reached Lisbon on Friday. Lisbon will host the fleet for a week.\n")},
	}
	s, ps := story.LoadFS(fsys, "tallship")
	if ps.HasErrors() {
		t.Fatal(ps)
	}
	return s
}

func TestResolveGivesEveryStepItsPlaces(t *testing.T) {
	s := tallShip(t)
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs := Resolve(s, r)
	if rs == s {
		t.Fatal("Resolve returned the story itself")
	}
	for _, st := range s.Steps {
		if len(st.Places) != 0 {
			t.Fatalf("Resolve changed the original story's step %q: %v", st.ID, st.Places)
		}
	}
	names := map[string]*story.Place{}
	for _, p := range rs.Places {
		names[p.Name] = p
		if p.Origin != story.OriginGazetteer {
			t.Errorf("place %s has origin %q, want gazetteer", p.Name, p.Origin)
		}
	}
	for _, want := range []string{"Bergen", "Plymouth", "Lisbon"} {
		if names[want] == nil {
			t.Errorf("resolved places lack %s; have %v", want, keys(names))
		}
	}
	for i, st := range rs.Steps {
		if len(st.Places) == 0 {
			t.Errorf("step %d (%s) has no places", i, st.ID)
			continue
		}
		v := r.Steps[i].View
		if v == nil {
			t.Errorf("step %d has no view", i)
			continue
		}
		for _, id := range st.Places {
			p := rs.PlaceByID(id)
			if p == nil {
				t.Errorf("step %d names %q, which the resolved story lacks", i, id)
				continue
			}
			if p.Name == "Washington" || p.Kind == "country" || p.Kind == "sea" || p.Kind == "region" {
				continue
			}
			if p.Lon < v.Bounds[0][0]-1e-3 || p.Lon > v.Bounds[1][0]+1e-3 || p.Lat < v.Bounds[0][1]-1e-3 || p.Lat > v.Bounds[1][1]+1e-3 {
				t.Errorf("step %d: %s (%.2f, %.2f) is outside its view %v", i, p.Name, p.Lon, p.Lat, v.Bounds)
			}
		}
		// No view of this European voyage reaches America.
		if v.Bounds[0][0] < -30 {
			t.Errorf("step %d view %v reaches across the Atlantic", i, v.Bounds)
		}
	}
}

func keys(m map[string]*story.Place) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestResolveNilReport(t *testing.T) {
	s := &story.Story{Title: "x"}
	if Resolve(s, nil) != s {
		t.Error("Resolve(s, nil) should return s")
	}
}

func TestResolveDrawsTheJourneyAndTheVenue(t *testing.T) {
	s := tallShip(t)
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs := Resolve(s, r)
	if len(s.Routes) != 0 {
		t.Fatal("Resolve changed the loaded story's routes")
	}
	if len(rs.Routes) == 0 {
		t.Fatalf("no route inferred; notes %v", r.Notes)
	}
	rt := rs.Routes[0]
	if rt.Origin != story.OriginInferred || !rt.Approximate || len(rt.Line) < 2 {
		t.Errorf("route %+v: want origin inferred, approximate, with a line", rt)
	}
	name := func(id string) string {
		if p := rs.PlaceByID(id); p != nil {
			return p.Name
		}
		return id
	}
	order := map[string]int{}
	for i, id := range rt.Stops {
		if _, ok := order[name(id)]; !ok {
			order[name(id)] = i
		}
	}
	for _, pair := range [][2]string{{"Bergen", "Plymouth"}, {"Plymouth", "Lisbon"}} {
		a, okA := order[pair[0]]
		b, okB := order[pair[1]]
		if !okA || !okB || a >= b {
			t.Errorf("stops %v: want %s before %s", rt.Stops, pair[0], pair[1])
		}
	}
	if len(r.Routes) != 1 || r.Routes[0].Origin != "inferred" || len(r.Routes[0].Legs) == 0 {
		t.Fatalf("report routes %+v: want one inferred route with legs", r.Routes)
	}
	for _, l := range r.Routes[0].Legs {
		if len(l.Evidence) == 0 || len(l.Sources) == 0 {
			t.Errorf("leg %s→%s has no evidence or sources", l.From, l.To)
		}
	}
	if len(rs.Venues) == 0 || name(rs.Venues[0]) != "Lisbon" {
		t.Errorf("venues %v, want Lisbon (\"Lisbon will host the fleet\")", rs.Venues)
	}
	legSteps := 0
	for _, st := range rs.Steps {
		if st.Route != nil && *st.Route == rt.ID {
			legSteps++
			if st.Body == "" || len(st.Sources) == 0 {
				t.Errorf("step %q cites nothing", st.Title)
			}
		}
	}
	if legSteps == 0 {
		t.Error("no draft step tells a leg of the journey")
	}
}

// A story's own routes win over the inferred ones.
func TestOwnRoutesWin(t *testing.T) {
	s := seedStory(t)
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs := Resolve(s, r)
	if len(rs.Routes) != 1 || rs.Routes[0].ID != "r" {
		t.Errorf("routes %v: want only the story's own", rs.Routes)
	}
	if r.Routes[0].Origin != "story" {
		t.Errorf("origin %q, want story", r.Routes[0].Origin)
	}
}

// A place the user deleted stays deleted when the articles are analysed
// again.
func TestResolveKeepsRejectedPlacesOut(t *testing.T) {
	s := tallShip(t)
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var plymouth string
	for _, p := range Resolve(s, r).Places {
		if p.Name == "Plymouth" {
			plymouth = p.ID
		}
	}
	if plymouth == "" {
		t.Fatal("Plymouth not found to begin with")
	}
	s.Extra = map[string]any{"rejectedPlaces": []any{plymouth}}
	rs := Resolve(s, r)
	if rs.PlaceByID(plymouth) != nil {
		t.Errorf("rejected place %s is back", plymouth)
	}
	for _, st := range rs.Steps {
		for _, id := range st.Places {
			if id == plymouth {
				t.Errorf("step %q still names the rejected place", st.ID)
			}
		}
	}
}

// A discovered claim the user rejected is gone when the articles are
// analysed again: from the claims, the coverage and every source's claims.
func TestRunLeavesRejectedDiscoveredClaimsOut(t *testing.T) {
	evs, err := evalset.Events()
	if err != nil {
		t.Fatal(err)
	}
	s, ps := story.LoadFS(evs[0].FS, evs[0].Slug)
	if ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for _, c := range r.Claims {
		if c.Origin == "discovered" {
			id = c.ID
			break
		}
	}
	if id == "" {
		t.Fatalf("%s: no discovered claim to reject", evs[0].Slug)
	}
	s.Extra = map[string]any{edit.RejectedClaimsKey: []any{id}}
	r2, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r2.Claims) != len(r.Claims)-1 {
		t.Errorf("%d claims, want %d", len(r2.Claims), len(r.Claims)-1)
	}
	for _, c := range r2.Claims {
		if c.ID == id {
			t.Errorf("rejected claim %s is back", id)
		}
	}
	for _, src := range r2.Sources {
		if slices.Contains(src.Claims, id) {
			t.Errorf("source %s still reports rejected claim %s", src.ID, id)
		}
	}
	for _, col := range r2.Coverage.Claims {
		if col == id {
			t.Errorf("coverage still has a column for %s", id)
		}
	}
}
