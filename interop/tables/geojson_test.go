package tables

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/paulmach/orb/geojson"

	"github.com/storylens/storylens/story"
)

func TestGeoJSONValidRFC7946(t *testing.T) {
	s, r := fixture()
	b, err := GeoJSON(s, r)
	if err != nil {
		t.Fatal(err)
	}
	// Generic check of the structure RFC 7946 asks for.
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["type"] != "FeatureCollection" {
		t.Fatalf("type %v", doc["type"])
	}
	if _, ok := doc["crs"]; ok {
		t.Errorf("crs member present (RFC 7946 removed it)")
	}
	feats, _ := doc["features"].([]any)
	if want := 4 + len(s.Routes); len(feats) != want { // 3 report places + khasan (story only) + route
		t.Fatalf("%d features, want %d", len(feats), want)
	}
	checkPos := func(t *testing.T, p any) orb.Point {
		t.Helper()
		a, ok := p.([]any)
		if !ok || len(a) != 2 {
			t.Fatalf("position %v is not [lon, lat]", p)
		}
		lon, ok1 := a[0].(float64)
		lat, ok2 := a[1].(float64)
		if !ok1 || !ok2 || lon < -180 || lon > 180 || lat < -90 || lat > 90 {
			t.Fatalf("position %v out of range", p)
		}
		return orb.Point{lon, lat}
	}
	for _, f := range feats {
		fm := f.(map[string]any)
		if fm["type"] != "Feature" {
			t.Errorf("feature type %v", fm["type"])
		}
		g := fm["geometry"].(map[string]any)
		props := fm["properties"].(map[string]any)
		switch g["type"] {
		case "Point":
			pt := checkPos(t, g["coordinates"])
			// Coordinate order: the point is the place's [lon, lat].
			want := s.PlaceByID(props["id"].(string))
			if want != nil && (pt[0] != want.Lon || pt[1] != want.Lat) {
				t.Errorf("place %v at %v, want [%v, %v]", props["id"], pt, want.Lon, want.Lat)
			}
			if props["featureType"] != "place" {
				t.Errorf("props %v", props)
			}
		case "LineString":
			cs := g["coordinates"].([]any)
			if len(cs) < 2 {
				t.Errorf("LineString with %d positions", len(cs))
			}
			var line orb.LineString
			for _, c := range cs {
				line = append(line, checkPos(t, c))
			}
			km := props["lengthKm"].(float64)
			if want := geo.LengthHaversine(s.Routes[0].Line) / 1000; math.Abs(km-want) > 0.001 {
				t.Errorf("lengthKm %v, want %v", km, want)
			}
			if got := geo.LengthHaversine(line) / 1000; math.Abs(km-got) > 0.01 {
				t.Errorf("the written line is %v km long, but lengthKm says %v", got, km)
			}
			if props["mode"] != "rail" || props["approximate"] != true || len(props["stops"].([]any)) != 3 {
				t.Errorf("route props %v", props)
			}
		default:
			t.Errorf("unexpected geometry %v", g["type"])
		}
	}
	// Opens as GeoJSON with orb.
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		t.Fatal(err)
	}
	// Vladivostok: mentions and sources from the report, provenance from the story.
	var vlad *geojson.Feature
	for _, f := range fc.Features {
		if f.ID == "vladivostok" {
			vlad = f
		}
	}
	if vlad == nil {
		t.Fatal("no vladivostok feature")
	}
	if vlad.Properties.MustInt("mentions", -1) != 9 || vlad.Properties.MustString("provenance", "") != "GeoNames 2013348" ||
		vlad.Properties.MustString("origin", "") != "story" || vlad.Properties.MustInt("sourceCount", -1) != 3 {
		t.Errorf("vladivostok props %v", vlad.Properties)
	}
	if pt := vlad.Geometry.(orb.Point); pt.Lon() != 131.8735 || pt.Lat() != 43.1056 {
		t.Errorf("vladivostok at %v", pt)
	}
	// A gazetteer place the story does not define, and a story place no source mentions.
	kinds := map[string]string{}
	for _, f := range fc.Features {
		if id, ok := f.ID.(string); ok {
			kinds[id] = f.Properties.MustString("origin", "")
		}
	}
	if kinds["kyiv"] != "gazetteer" || kinds["khasan"] != "story" {
		t.Errorf("origins %v", kinds)
	}
}

func TestGeoJSONWithoutReport(t *testing.T) {
	s, _ := fixture()
	b, err := GeoJSON(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(fc.Features) != len(s.Places)+len(s.Routes) {
		t.Errorf("%d features", len(fc.Features))
	}
}

func TestGeoJSONRejectsBadGeometry(t *testing.T) {
	s, _ := fixture()
	s.Places[0].Lat = 91
	if _, err := GeoJSON(s, nil); err == nil {
		t.Error("latitude 91 accepted")
	}
	s, _ = fixture()
	s.Routes[0].Line = s.Routes[0].Line[:1]
	if _, err := GeoJSON(s, nil); err == nil {
		t.Error("one-point route accepted")
	}
	s, _ = fixture()
	s.Routes[0].Line[2][0] = math.NaN()
	if _, err := GeoJSON(s, nil); err == nil {
		t.Error("NaN accepted")
	}
}

// A collection with positions from GeoNames credits it (CC BY 4.0); one
// whose positions are all the author's own does not.
func TestGeoJSONAttribution(t *testing.T) {
	attribution := func(s *story.Story) any {
		t.Helper()
		b, err := GeoJSON(s, nil)
		if err != nil {
			t.Fatal(err)
		}
		var top map[string]any
		if err := json.Unmarshal(b, &top); err != nil {
			t.Fatal(err)
		}
		return top["attribution"]
	}
	s, _ := fixture() // its places' provenance is "GeoNames NNN"
	if got, _ := attribution(s).(string); !strings.Contains(got, "GeoNames (CC BY 4.0)") {
		t.Errorf("attribution %q, want it to name GeoNames", got)
	}
	for _, p := range s.Places {
		p.Provenance, p.Origin = "surveyed by the author", "story"
	}
	if got := attribution(s); got != nil {
		t.Errorf("attribution %v on the author's own positions", got)
	}
}
