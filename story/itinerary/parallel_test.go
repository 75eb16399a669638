package itinerary

import (
	"reflect"
	"testing"
)

// Reading the articles on several goroutines gives exactly what one gives.
func TestExtractSameWithAnyWorkers(t *testing.T) {
	docs := benchDocs(t, 300)
	one := Extract(docs, Options{Workers: 1})
	if len(one.Trips) == 0 || len(one.Venues) == 0 {
		t.Fatalf("the corpus yields %d trips and %d venues: nothing to compare", len(one.Trips), len(one.Venues))
	}
	for _, w := range []int{2, 3, 8} {
		if got := Extract(docs, Options{Workers: w}); !reflect.DeepEqual(got, one) {
			t.Errorf("%d workers: the result differs from one worker's", w)
		}
	}
}
