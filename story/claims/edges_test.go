package claims

import "testing"

// LSH candidates must find the pairs that exact comparison finds on the seeds.
func TestLSHMatchesExactOnSeeds(t *testing.T) {
	docs := seedDocs(t)
	exact := Discover(docs, Options{NoQuotes: true})
	lsh := Discover(docs, Options{NoQuotes: true, ExactLimit: -1})
	ids := map[string]bool{}
	for _, g := range lsh {
		ids[g.ID] = true
	}
	found := 0
	for _, g := range exact {
		if ids[g.ID] {
			found++
		}
	}
	t.Logf("LSH found %d of %d exact groups", found, len(exact))
	if 10*found < 7*len(exact) {
		t.Errorf("LSH found %d of %d groups found by exact comparison", found, len(exact))
	}
}
