package claims

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/storylens/storylens/story"
)

func TestMatchCuratedAndMerge(t *testing.T) {
	docs := []Doc{
		doc("a", "Kim will visit Russia in the coming days at the invitation of Putin, the Kremlin said.",
			"Putin will attend the economic forum in Vladivostok this week, officials said."),
		doc("b", "Kim will visit Russia at the invitation of Putin in the coming days, the Kremlin announced.",
			"The economic forum in Vladivostok opens this week with Putin attending, officials told reporters."),
	}
	claims := []*story.Claim{
		{ID: "invite", Label: "Kim visits at Putin's invitation", Matchers: []string{"at the invitation of"}},
		{ID: "none", Label: "Nobody says this", Matchers: []string{"/zebra crossing/"}},
	}
	cur, err := MatchCurated(claims, docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(cur) != 2 || len(cur[0].Evidence) != 2 || len(cur[1].Evidence) != 0 {
		t.Fatalf("curated matches: %+v", cur)
	}
	e := cur[0].Evidence[0]
	if e.Text[e.Match[0]:e.Match[1]] != "at the invitation of" {
		t.Errorf("match range %v", e.Match)
	}
	disc := Discover(docs, Options{NoQuotes: true})
	if len(disc) != 2 {
		t.Fatalf("discovered %d groups, want 2: %+v", len(disc), disc)
	}
	merged := Merge(cur, disc)
	if len(merged) != 3 {
		t.Fatalf("merged %d groups, want 2 curated + 1 discovered: %+v", len(merged), merged)
	}
	if merged[0].ID != "invite" || merged[0].Label != claims[0].Label || len(merged[0].Merged) != 1 {
		t.Errorf("curated claim after merge: %+v", merged[0])
	}
	if merged[2].Origin != "discovered" || !slices.Contains(merged[2].Sources, "b") {
		t.Errorf("unfolded group: %+v", merged[2])
	}
	if _, err := MatchCurated([]*story.Claim{{ID: "bad", Matchers: []string{"/(/"}}}, docs); err == nil {
		t.Error("bad regexp: no error")
	}
}

// On the seeds, discovered groups that restate curated claims fold into them.
func TestMergeSeeds(t *testing.T) {
	data, err := os.ReadFile("../../data/kimputin/claims.json")
	if err != nil {
		t.Fatal(err) // the bundled story ships its claims
	}
	var x struct {
		Claims []*story.Claim `json:"claims"`
	}
	if err := json.Unmarshal(data, &x); err != nil {
		t.Fatal(err)
	}
	docs := seedDocs(t)
	cur, err := MatchCurated(x.Claims, docs)
	if err != nil {
		t.Fatal(err)
	}
	disc := Discover(docs, Options{})
	merged := Merge(cur, disc)
	folded := len(cur) + len(disc) - len(merged)
	t.Logf("%d curated, %d discovered, %d folded into curated claims", len(cur), len(disc), folded)
	for _, g := range merged[:len(cur)] {
		if len(g.Merged) > 0 {
			t.Logf("%s gained %v", g.ID, g.Merged)
		}
	}
	for _, g := range merged[len(cur):] {
		t.Logf("still discovered: %s %s", g.ID, g.Label)
	}
	if folded == 0 {
		t.Error("no discovered group folded into a curated claim")
	}
}
