package story

import (
	"fmt"
	"strings"
	"testing"
)

func TestLoadBase(t *testing.T) {
	s, ps := LoadFS(baseFS(), "base")
	if len(ps) != 0 {
		t.Fatalf("problems:\n%s", ps)
	}
	if s.Title != "Kim goes to Russia" || len(s.Steps) != 2 || s.Draft {
		t.Fatalf("story %q, %d steps, draft %v", s.Title, len(s.Steps), s.Draft)
	}
	if len(s.Places) != 2 || s.Places[1].Lon != 131.87 || s.Places[1].Lat != 43.11 || !s.Places[1].Approximate || s.Places[0].Aliases[0] != "P'yŏngyang" {
		t.Errorf("places %+v", s.Places)
	}
	if r := s.RouteByID("rail"); r == nil || len(r.Line) != 3 || r.Line[1][1] != 41.78 || r.Stops[1] != "vladivostok" {
		t.Errorf("route %+v", r)
	}
	a, b := s.SourceByID("a"), s.SourceByID("b")
	if a.Date != "2023-09-10" || a.Outlet != "Test Wire" || a.Title != "Kim leaves" || a.File != "articles/a.txt" || string(a.Raw) != articleA {
		t.Errorf("source a %+v", a)
	}
	if b.Date != "2023-09-13" || b.DateInferred || b.Outlet != "Other Wire" || b.Title != "Putin meets Kim" {
		t.Errorf("source b: front matter must win over sources.json: %+v", b)
	}
	if s.Steps[1].Camera == nil || s.Steps[1].Camera.Zoom != 9 || s.Steps[1].Route != nil || *s.Steps[0].Route != "rail" {
		t.Errorf("steps %+v", s.Steps)
	}
}

// brokenCases are one small broken fixture per problem. want is the exact
// String() of a problem that must be reported.
var brokenCases = []struct {
	name string
	edit func(fs map[string]string)
	want string
}{
	{"json syntax", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `"id": "meet",`, `"id": "meet"`, 1)
	}, `story.json:17:7: JSON syntax error: invalid character '"' after object key:value pair`},
	{"unknown place", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `"vladivostok", "pyongyang"`, `"vladivostok", "nowhere"`, 1)
	}, `story.json:19: steps[1].places[1]: unknown place id "nowhere"`},
	{"unknown claim", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `["train"]`, `["bus"]`, 1)
	}, `story.json:12: steps[0].claims[0]: unknown claim id "bus"`},
	{"unknown source", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `["a", "b"]`, `["a", "zz"]`, 1)
	}, `story.json:22: steps[1].sources[1]: unknown source id "zz"`},
	{"unknown route", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `"route": "rail"`, `"route": "road"`, 1)
	}, `story.json:11: steps[0].route: unknown route id "road"`},
	{"duplicate step", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `"id": "meet"`, `"id": "leave"`, 1)
	}, `story.json:16: steps[1].id: duplicate step id "leave"`},
	{"duplicate place", func(f map[string]string) {
		f["places.geojson"] = strings.Replace(basePlaces, `"id": "vladivostok"`, `"id": "pyongyang"`, 1)
	}, `places.geojson:11: features[1].properties.id: duplicate place id "pyongyang"`},
	{"duplicate route", func(f map[string]string) {
		f["routes.geojson"] = strings.Replace(baseRoutes, `  ]
}`, `  ,{"type": "Feature", "properties": {"id": "rail"}, "geometry": {"type": "LineString", "coordinates": [[1, 2], [3, 4]]}}]
}`, 1)
	}, `routes.geojson:16: features[1].properties.id: duplicate route id "rail"`},
	{"duplicate claim", func(f map[string]string) {
		f["claims.json"] = strings.Replace(baseClaims, "  ]\n}", `  ,{"id": "train", "label": "x", "matchers": ["train"]}]
}`, 1)
	}, `claims.json:9: claims[1].id: duplicate claim id "train"`},
	{"duplicate source", func(f map[string]string) {
		f["articles/a.md"] = "Another a."
	}, `articles/a.txt: duplicate source id "a" (two article files with the same name?)`},
	{"duplicate source in sources.json", func(f map[string]string) {
		f["sources.json"] = strings.Replace(baseSources, `{"id": "b"`, `{"id": "a"`, 1)
	}, `sources.json:4: sources[1].id: duplicate source id "a" (first at sources[0])`},
	{"coordinate not a number", func(f map[string]string) {
		f["places.geojson"] = strings.Replace(basePlaces, `[131.87, 43.11]`, `["131.87", 43.11]`, 1)
	}, `places.geojson:12: features[1].geometry.coordinates[0]: longitude is a string, not a number`},
	{"coordinate infinite", func(f map[string]string) {
		f["places.geojson"] = strings.Replace(basePlaces, `[131.87, 43.11]`, `[131.87, 1e999]`, 1)
	}, `places.geojson:12: features[1].geometry.coordinates[1]: latitude 1e999 is not a finite number`},
	{"latitude out of range", func(f map[string]string) {
		f["places.geojson"] = strings.Replace(basePlaces, `[131.87, 43.11]`, `[131.87, 95]`, 1)
	}, `places.geojson:12: features[1].geometry.coordinates: latitude 95 is out of range -90..90`},
	{"route vertex out of range", func(f map[string]string) {
		f["routes.geojson"] = strings.Replace(baseRoutes, `[129.79, 41.78]`, `[229.79, 41.78]`, 1)
	}, `routes.geojson:11: features[0].geometry.coordinates[1]: longitude 229.79 is out of range -180..180`},
	{"route with one point", func(f map[string]string) {
		f["routes.geojson"] = strings.Replace(baseRoutes, "[125.75, 39.03],\n          [129.79, 41.78],\n          ", "", 1)
	}, `routes.geojson:9: features[0].geometry.coordinates: route "rail" has 1 point(s), want at least 2`},
	{"route stop unknown", func(f map[string]string) {
		f["routes.geojson"] = strings.Replace(baseRoutes, `"stops": ["pyongyang", "vladivostok"]`, `"stops": ["pyongyang", "khasan"]`, 1)
	}, `routes.geojson:6: features[0].properties.stops[1]: unknown place id "khasan"`},
	{"place not a point", func(f map[string]string) {
		f["places.geojson"] = strings.Replace(basePlaces, `"type": "Point", "coordinates": [131.87, 43.11]`, `"type": "LineString", "coordinates": [[131.87, 43.11], [1, 2]]`, 1)
	}, `places.geojson:12: features[1].geometry.type: a place must be a Point, got "LineString"`},
	{"wrong type of field", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `"title": "The summit"`, `"title": 42`, 1)
	}, `story.json:17: steps[1].title: want a string, got JSON number`},
	{"invalid regexp", func(f map[string]string) {
		f["claims.json"] = strings.Replace(baseClaims, `"/special train/"`, `"/special (train/"`, 1)
	}, `claims.json:7: claims[0].matchers[1]: claim "train" matcher "/special (train/": not a valid RE2 regular expression: missing closing ): ` + "`(?i)special (train`"},
	{"matcher matches nothing", func(f map[string]string) {
		f["claims.json"] = strings.Replace(baseClaims, `"/special train/"`, `"/jet plane/"`, 1)
	}, `claims.json:7: claims[0].matchers[1]: warning: matcher "/jet plane/" of claim "train" matches no sentence of any article`},
	{"claim no source supports", func(f map[string]string) {
		f["claims.json"] = strings.Replace(baseClaims, `"armored train", "/special train/"`, `"jet", "/plane/"`, 1)
	}, `claims.json:3: claims[0]: warning: no source supports claim "train"`},
	{"article empty", func(f map[string]string) { f["articles/b.md"] = "\n \n" }, `articles/b.md: empty article`},
	{"article not UTF-8", func(f map[string]string) { f["articles/b.md"] = "ok\n\nCaf\xe9" }, `articles/b.md:3: not UTF-8 (invalid byte 0xe9 at offset 7)`},
	{"article binary", func(f map[string]string) { f["articles/b.md"] = "PNG\x00\x01" }, `articles/b.md:1: binary file (NUL byte at offset 3), not a text article`},
	{"article too big", func(f map[string]string) { f["articles/b.md"] = strings.Repeat("a", MaxArticleBytes+1) }, `articles/b.md: article is 5242881 bytes, over the limit of 5242880 bytes`},
	{"front matter bad line", func(f map[string]string) { f["articles/b.md"] = "---\ntitle: x\noops\n---\nText." }, `articles/b.md:3: front matter line "oops" is not "key: value"`},
	{"step date", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `"2023-09-12/2023-09-13"`, `"Sept. 12"`, 1)
	}, `story.json:18: steps[1].date: date "Sept. 12" is not a day YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD`},
	{"step date range reversed", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `"2023-09-12/2023-09-13"`, `"2023-09-13/2023-09-12"`, 1)
	}, `story.json:18: steps[1].date: date "2023-09-13/2023-09-12" is not a day YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD`},
	{"camera zoom", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `"zoom": 9`, `"zoom": 23`, 1)
	}, `story.json:23: steps[1].camera.zoom: zoom 23 is out of range 0..22`},
	{"camera centre", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `[131.9, 43.1]`, `[131.9, -91]`, 1)
	}, `story.json:23: steps[1].camera.center: latitude -91 is out of range -90..90`},
	{"json too deep", func(f map[string]string) {
		f["claims.json"] = `{"claims": ` + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "}"
	}, `claims.json:1:75: JSON nested deeper than 64 levels`},
	{"geojson too big", func(f map[string]string) {
		f["routes.geojson"] = baseRoutes + strings.Repeat(" ", MaxGeoJSONBytes)
	}, fmt.Sprintf("routes.geojson: GeoJSON file is %d bytes, over the limit of %d bytes", len(baseRoutes)+MaxGeoJSONBytes, MaxGeoJSONBytes)},
	{"json not UTF-8", func(f map[string]string) {
		f["claims.json"] = strings.Replace(baseClaims, "armored", "armo\xffred", 1)
	}, `claims.json:5:36: not UTF-8 (invalid byte at offset 78)`},
	{"not a feature collection", func(f map[string]string) { f["places.geojson"] = `{"type": "Feature"}` }, `places.geojson:1: type: want a GeoJSON FeatureCollection, got type "Feature"`},
	{"empty json", func(f map[string]string) { f["sources.json"] = "" }, `sources.json: empty file`},
	{"unknown field", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `"id": "meet",`, `"id": "meet", "place": ["x"],`, 1)
	}, `story.json:16: steps[1].place: warning: unknown field "place"`},
	{"sources.json date differs", func(f map[string]string) {
		f["sources.json"] = strings.Replace(baseSources, `"date": "2023-09-10"`, `"date": "2023-09-09"`, 1)
	}, `sources.json:3: sources[0].date: warning: date 2023-09-09 differs from the article's own date 2023-09-10, which wins`},
	{"source without article", func(f map[string]string) {
		f["sources.json"] = strings.Replace(baseSources, `{"id": "b"`, `{"id": "c"`, 1)
	}, `sources.json:4: sources[1].id: warning: no article file for source "c"`},
	{"unsafe link in body", func(f map[string]string) {
		f["story.json"] = strings.Replace(baseStoryJSON, `on *Sunday*.`, `on [Sunday](javascript:alert(1)).`, 1)
	}, `story.json:9: steps[0].body: warning: link to "javascript:alert(1" is not an http, https or mailto URL; its label is shown as plain text`},
	{"no story at all", func(f map[string]string) {
		for k := range f {
			delete(f, k)
		}
		f["readme.pdf"] = "x"
	}, `fixture: not a story: no story.json and no articles (.txt or .md files)`},
}

func fixture(edit func(map[string]string)) map[string]string {
	files := map[string]string{}
	for k, v := range baseFS() {
		files[k] = string(v.Data)
	}
	edit(files)
	return files
}

func TestLoadBrokenFixtures(t *testing.T) {
	for _, tt := range brokenCases {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := LoadFS(mapFS(fixture(tt.edit)), "fixture")
			for _, p := range ps {
				if p.String() == tt.want {
					return
				}
			}
			t.Errorf("want problem\n  %s\ngot\n  %s", tt.want, strings.ReplaceAll(ps.String(), "\n", "\n  "))
		})
	}
}
