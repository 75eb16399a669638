package claims

import (
	"reflect"
	"testing"
)

// Discover gives the same groups on every run with the same number of
// workers, whatever the goroutines' scheduling: which sentence stands for a
// repeated text and the order of quote hits follow the documents, not the
// worker that happened to take them; a cluster's centroid sums its words in
// the order they were added, so even Cohesion is the same to the last bit.
func TestDiscoverIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: discovers claims in 1,500 articles five times")
	}
	docs := corpusDocs(t, 1500)
	first := Discover(docs, Options{Workers: 4})
	if len(first) == 0 {
		t.Fatal("no groups")
	}
	for run := 0; run < 4; run++ {
		if got := Discover(docs, Options{Workers: 4}); !reflect.DeepEqual(got, first) {
			t.Fatalf("run %d differs from the first: %d groups against %d", run+2, len(got), len(first))
		}
	}
}
