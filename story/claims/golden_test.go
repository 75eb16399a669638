package claims

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gencorpus "github.com/storylens/storylens/internal/corpus"
	"github.com/storylens/storylens/story/article"
)

var update = flag.Bool("update", false, "rewrite testdata/discover_golden.json")

// goldenGroup is what the golden file records of a group: enough to see
// that an optimisation finds the same groups with the same evidence.
type goldenGroup struct {
	ID       string `json:"id"`
	Label    string `json:"label"`
	Kind     string `json:"kind"`
	Sources  string `json:"sources"`  // space-separated
	Evidence string `json:"evidence"` // "source:sentence", space-separated
}

func goldenOf(gs []Group) []goldenGroup {
	out := make([]goldenGroup, 0, len(gs))
	for _, g := range gs {
		gg := goldenGroup{ID: g.ID, Label: g.Label, Kind: g.Kind, Sources: strings.Join(g.Sources, " ")}
		ev := make([]string, 0, len(g.Evidence))
		for _, e := range g.Evidence {
			ev = append(ev, fmt.Sprintf("%s:%d", e.Source, e.Sentence))
		}
		gg.Evidence = strings.Join(ev, " ")
		out = append(out, gg)
	}
	return out
}

// corpusDocs parses n articles of the synthetic corpus of internal/corpus.
func corpusDocs(t testing.TB, n int) []Doc {
	t.Helper()
	var docs []Doc
	for _, a := range gencorpus.Generate(gencorpus.Options{Articles: n, Words: 600, Seed: 1}) {
		p, err := article.Parse(a.Name, a.Text)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Doc{Source: a.Name, Sentences: p.Sentences})
	}
	return docs
}

// TestDiscoverGolden checks Discover's groups (ids, labels, sources,
// evidence) on the seed articles and on 2,000 corpus articles against
// testdata/discover_golden.json, recorded before the speed work; run with
// -update to rewrite it after an intended change of results.
func TestDiscoverGolden(t *testing.T) {
	if testing.Short() {
		t.Skip("2,000 articles")
	}
	got := map[string][]goldenGroup{
		"seeds":      goldenOf(Discover(seedDocs(t), Options{})),
		"corpus2000": goldenOf(Discover(corpusDocs(t, 2000), Options{})),
		"seeds_lsh":  goldenOf(Discover(seedDocs(t), Options{ExactLimit: -1})),
	}
	path := filepath.Join("testdata", "discover_golden.json")
	if *update {
		data, err := json.MarshalIndent(got, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	var want map[string][]goldenGroup
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for name, w := range want {
		g := got[name]
		if len(g) != len(w) {
			t.Errorf("%s: %d groups, want %d", name, len(g), len(w))
		}
		for i := range min(len(g), len(w)) {
			a, b := g[i], w[i]
			if a.ID != b.ID || a.Label != b.Label || a.Kind != b.Kind || a.Sources != b.Sources || a.Evidence != b.Evidence {
				t.Errorf("%s group %d: got %s %q (%d sources, %d evidence), want %s %q (%d sources, %d evidence)",
					name, i, a.ID, a.Label, len(strings.Fields(a.Sources)), len(strings.Fields(a.Evidence)), b.ID, b.Label, len(strings.Fields(b.Sources)), len(strings.Fields(b.Evidence)))
			}
		}
	}
}
