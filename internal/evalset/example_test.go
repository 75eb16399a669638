package evalset_test

import (
	"fmt"

	"github.com/storylens/storylens/internal/evalset"
)

// Match scores found places against a gold list: a place found under its
// gold name or within PlaceKm of it counts, one to one.
func ExampleMatch() {
	gold := []evalset.Point{{Name: "Lyon", Lat: 45.76, Lon: 4.84}, {Name: "Geneva", Lat: 46.20, Lon: 6.14}}
	found := []evalset.Found{{Name: "Lyon", Lat: 45.75, Lon: 4.85}, {Name: "Turin", Lat: 45.07, Lon: 7.69}}
	tp, missed, extra := evalset.Match(gold, found)
	fmt.Println(tp, missed[0].Name, extra[0].Name)
	fmt.Println("precision", evalset.Ratio(len(found)-len(extra), len(found)), "recall", evalset.Ratio(tp, len(gold)))
	// Output:
	// 1 Geneva Turin
	// precision 0.5 recall 0.5
}
