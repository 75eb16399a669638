package quantity

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

var (
	pyongyang   = orb.Point{125.7381, 39.0194}
	vladivostok = orb.Point{131.8855, 43.1155}
	seedPlaces  = PlacesByName(map[string]orb.Point{"Pyongyang": pyongyang, "Vladivostok": vladivostok})
)

// The railway through the stations (approximate, hand-entered station points).
func railway() Route {
	return Route{Name: "Pyongyang - Vladivostok railway", Stops: []string{"Pyongyang", "Hamhung", "Chongjin", "Rajin",
		"Khasan", "Ussuriysk", "Vladivostok"}, Line: orb.LineString{
		{125.7381, 39.0194}, {127.537, 39.908}, {129.791, 41.784}, {130.293, 42.247}, {130.643, 42.429},
		{131.952, 43.797}, {131.8816, 43.1113}}}
}

func TestCheckGreatCircleAndBearing(t *testing.T) {
	s := "Interestingly, Putin's recent arrival in Vladivostok, which is a mere 430 miles northeast of Pyongyang, coincides with Russia's Eastern Economic Forum this week."
	qs := Extract("004", sents(s))
	cs := Checks(qs, seedPlaces, RoutesByStops([]Route{railway()}))
	if len(cs) != 1 {
		t.Fatalf("want 1 check (no trip words, so no route check), got %+v", cs)
	}
	c := cs[0]
	gc := geo.DistanceHaversine(vladivostok, pyongyang) / 1000
	if c.Computed.Method != "great-circle" || math.Abs(c.Computed.Value-gc) > 1e-6 {
		t.Errorf("computed %+v, want great-circle %.1f km", c.Computed, gc)
	}
	if math.Abs(gc-687) > 3 {
		t.Errorf("great-circle Pyongyang-Vladivostok %.1f km, expected about 687", gc)
	}
	if c.From != "Vladivostok" || c.To != "Pyongyang" || c.Stated != (Value{430, "mile"}) {
		t.Errorf("check %+v", c)
	}
	rel := (430*1.609344 - gc) / gc
	if want := fmt.Sprintf("consistent (+%.1f%%)", rel*100); c.Verdict != want {
		t.Errorf("verdict %q, want %q", c.Verdict, want)
	}
	if c.Bearing == nil || c.Bearing.Stated != "northeast" || c.Bearing.Verdict != "consistent" {
		t.Fatalf("bearing %+v", c.Bearing)
	}
	if want := math.Mod(geo.Bearing(pyongyang, vladivostok)+360, 360); math.Abs(c.Bearing.Computed-want) > 1e-9 {
		t.Errorf("bearing %.1f, want %.1f (from Pyongyang to Vladivostok)", c.Bearing.Computed, want)
	}
}

func TestCheckRoute(t *testing.T) {
	s := "After his 420-mile trip from Pyongyang by armored train, he was greeted by women in traditional folks dresses who offered him bread and salt -- as is tradition."
	r := railway()
	length := geo.LengthHaversine(r.Line) / 1000
	if length < 800 || length > 840 {
		t.Fatalf("station polyline %.0f km, expected about 817", length)
	}
	cs := Checks(Extract("003", sents(s)), seedPlaces, RoutesByStops([]Route{r}))
	if len(cs) != 1 {
		t.Fatalf("want 1 route check, got %+v", cs)
	}
	c := cs[0]
	if c.Computed.Method != "route" || math.Abs(c.Computed.Value-length) > 1e-6 || c.From != "Pyongyang" || c.To != "Vladivostok" {
		t.Errorf("check %+v", c)
	}
	stated := 420 * 1.609344
	want := fmt.Sprintf("shorter than the route by %.0f%% (%.0f km)", (length-stated)/length*100, length-stated)
	if c.Verdict != want {
		t.Errorf("verdict %q, want %q", c.Verdict, want)
	}
}

func TestCheckVerdicts(t *testing.T) {
	points := map[string]orb.Point{"Pyongyang": pyongyang, "Vladivostok": vladivostok}
	gc := geo.DistanceHaversine(pyongyang, vladivostok) / 1000
	pc := func(stated float64) string { return fmt.Sprintf("%.0f%%", math.Abs(stated-gc)/gc*100) }
	for _, c := range []struct {
		s, verdict, bearing string
	}{
		{"Vladivostok lies 300 km south of Pyongyang.",
			fmt.Sprintf("shorter than the great-circle distance by %s (%.0f km)", pc(300), gc-300),
			fmt.Sprintf("off by %.0f°: the bearing %.0f° is north-east", 180-math.Mod(geo.Bearing(pyongyang, vladivostok)+360, 360),
				math.Mod(geo.Bearing(pyongyang, vladivostok)+360, 360))},
		{"Vladivostok lies 900 km north-east of Pyongyang.",
			fmt.Sprintf("longer than the great-circle distance by %s (%.0f km)", pc(900), 900-gc), "consistent"},
		{fmt.Sprintf("Pyongyang is %.0f km from Vladivostok.", gc), "consistent", ""},
		{"Pyongyang is more than 500 km from Vladivostok.", "consistent", ""},
	} {
		cs := Checks(Extract("x", sents(c.s)), PlacesByName(points), nil)
		if len(cs) != 1 {
			t.Errorf("%q: %d checks", c.s, len(cs))
			continue
		}
		if v := cs[0].Verdict; v != c.verdict && !(c.verdict == "consistent" && strings.HasPrefix(v, "consistent (")) {
			t.Errorf("%q: verdict %q, want %q", c.s, v, c.verdict)
		}
		got := ""
		if cs[0].Bearing != nil {
			got = cs[0].Bearing.Verdict
		}
		if got != c.bearing {
			t.Errorf("%q: bearing %q, want %q", c.s, got, c.bearing)
		}
	}
	// One place and no trip: nothing to check.
	if cs := Checks(Extract("x", sents("Pyongyang is 500 km away.")), PlacesByName(points), nil); len(cs) != 0 {
		t.Errorf("one place: %+v", cs)
	}
}
