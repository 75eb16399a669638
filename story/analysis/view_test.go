package analysis

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
)

// A step about one leg frames that leg, even when its ends are stops the
// route passes twice: on London – Sydney – Canberra – Sydney – Apia –
// London, "Apia to London" is the last leg (not the whole trip from the
// first London) and "Sydney to Apia" starts at the second Sydney.
func TestStretchOfALegOfARoundTrip(t *testing.T) {
	london, sydney, canberra, apia := orb.Point{-0.13, 51.51}, orb.Point{151.21, -33.87}, orb.Point{149.13, -35.28}, orb.Point{188.23, -13.83}
	line := orb.LineString{
		london, {60, 30}, {120, 0}, sydney, // 0-3
		canberra, sydney, // 4-5
		{170, -25}, apia, // 6-7
		{220, 30}, {300, 60}, {359.87, 51.51}, // 8-10: London again, continuous past 180
	}
	rt := &story.Route{ID: "trip", Stops: []string{"london", "sydney", "canberra", "sydney", "apia", "london"}, Line: line}
	places := map[string]*PlaceReport{
		"london":   {ID: "london", Lon: london[0], Lat: london[1]},
		"sydney":   {ID: "sydney", Lon: sydney[0], Lat: sydney[1]},
		"canberra": {ID: "canberra", Lon: canberra[0], Lat: canberra[1]},
		"apia":     {ID: "apia", Lon: -171.77, Lat: -13.83},
		"paris":    {ID: "paris", Lon: 2.35, Lat: 48.86},
	}
	for _, tc := range []struct {
		named  []string
		lo, hi int
	}{
		{[]string{"apia", "london"}, 7, 10},
		{[]string{"london", "apia"}, 7, 10},
		{[]string{"sydney", "apia"}, 5, 7},
		{[]string{"london", "sydney"}, 0, 3},
		{[]string{"sydney", "canberra"}, 3, 4},
		{[]string{"london", "canberra", "apia"}, 4, 10},
		{[]string{"apia"}, 0, 10},          // one stop: the whole line
		{[]string{"apia", "paris"}, 0, 10}, // Paris is no stop of the route
		{nil, 0, 10},
	} {
		got := stretch(rt, tc.named, places)
		want := line[tc.lo : tc.hi+1]
		if len(got) != len(want) || got[0] != want[0] || got[len(got)-1] != want[len(want)-1] {
			t.Errorf("%v: stretch %v, want vertices %d..%d %v", tc.named, got, tc.lo, tc.hi, want)
		}
	}
}

func TestShortestWindow(t *testing.T) {
	for _, tc := range []struct {
		cands  [][]int
		lo, hi int
		ok     bool
	}{
		{[][]int{{0, 10}, {7}}, 7, 10, true},
		{[][]int{{3, 5}, {7}}, 5, 7, true},
		{[][]int{{1}, {4}, {2, 9}}, 1, 4, true},
		{[][]int{{2}, {2}}, 2, 2, true},
		{[][]int{{1}, {}}, 0, 0, false},
	} {
		lo, hi, ok := shortestWindow(tc.cands)
		if lo != tc.lo || hi != tc.hi || ok != tc.ok {
			t.Errorf("shortestWindow(%v) = %d, %d, %v; want %d, %d, %v", tc.cands, lo, hi, ok, tc.lo, tc.hi, tc.ok)
		}
	}
}
