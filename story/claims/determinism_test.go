package claims

import (
	"math"
	"reflect"
	"testing"
)

// Discover gives the same groups on every run with the same number of
// workers, whatever the goroutines' scheduling: which sentence stands for a
// repeated text and the order of quote hits follow the documents, not the
// worker that happened to take them. (A cluster's centroid sums its words
// in map order, so Cohesion may differ in its last bits: it is compared to
// 1e-9.)
func TestDiscoverIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: discovers claims in 1,500 articles five times")
	}
	docs := corpusDocs(t, 1500)
	first := Discover(docs, Options{Workers: 4})
	if len(first) == 0 {
		t.Fatal("no groups")
	}
	round := func(gs []Group) []Group {
		for i := range gs {
			gs[i].Cohesion = math.Round(gs[i].Cohesion*1e9) / 1e9
		}
		return gs
	}
	first = round(first)
	for run := 0; run < 4; run++ {
		if got := round(Discover(docs, Options{Workers: 4})); !reflect.DeepEqual(got, first) {
			t.Fatalf("run %d differs from the first: %d groups against %d", run+2, len(got), len(first))
		}
	}
}
