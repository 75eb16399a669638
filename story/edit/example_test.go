package edit_test

import (
	"errors"
	"fmt"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// An editor moves a place, refuses a deletion that would leave steps
// pointing nowhere (offering the fix), applies the fix, and undoes.
func Example() {
	s, _ := story.Load("testdata/small")
	e := edit.New(s)

	_ = e.Apply(edit.MovePlace{ID: "belem-palace", Lon: -9.2003, Lat: 38.6975})
	p := e.View().PlaceByID("belem-palace")
	fmt.Println(p.Lon, p.Lat, p.Approximate, p.Provenance)

	err := e.Apply(edit.DeletePlace{ID: "belem-palace"})
	fmt.Println(err)
	var refused *edit.Error
	if errors.As(err, &refused) {
		_ = e.Apply(refused.Fix)
	}
	fmt.Println(e.View().PlaceByID("belem-palace") == nil, edit.Rejected(e.View()).Places, e.Changes(), e.Dirty())

	e.Undo()
	e.Undo()
	fmt.Println(e.View().PlaceByID("belem-palace").Lon, e.Dirty())
	// Output:
	// -9.2003 38.6975 false moved by the user; before: placed by Storylens at the place it is in (approximate)
	// delete place: place "belem-palace" is used by step 2: remove it from them too? (edit.DeletePlace{ID:"belem-palace", FromSteps:true})
	// true [belem-palace] 2 true
	// -9.139 false
}
