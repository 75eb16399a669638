package story

import (
	"testing/fstest"
)

// Lines of the base fixture are referred to by the tests: keep them stable.
const baseStoryJSON = `{
  "title": "Kim goes to Russia",
  "description": "A small test story.",
  "steps": [
    {
      "id": "leave",
      "title": "Kim leaves Pyongyang",
      "date": "2023-09-10",
      "body": "Kim leaves on *Sunday*.",
      "places": ["pyongyang"],
      "route": "rail",
      "claims": ["train"],
      "sources": ["a"]
    },
    {
      "id": "meet",
      "title": "The summit",
      "date": "2023-09-12/2023-09-13",
      "places": ["vladivostok", "pyongyang"],
      "route": null,
      "claims": [],
      "sources": ["a", "b"],
      "camera": {"center": [131.9, 43.1], "zoom": 9}
    }
  ]
}
`

const basePlaces = `{
  "type": "FeatureCollection",
  "features": [
    {
      "type": "Feature",
      "properties": {"id": "pyongyang", "name": "Pyongyang", "aliases": ["P'yŏngyang"], "kind": "city", "provenance": "test"},
      "geometry": {"type": "Point", "coordinates": [125.75, 39.03]}
    },
    {
      "type": "Feature",
      "properties": {"id": "vladivostok", "name": "Vladivostok", "kind": "city", "provenance": "test", "approximate": true},
      "geometry": {"type": "Point", "coordinates": [131.87, 43.11]}
    }
  ]
}
`

const baseRoutes = `{
  "type": "FeatureCollection",
  "features": [
    {
      "type": "Feature",
      "properties": {"id": "rail", "name": "Railway", "mode": "rail", "stops": ["pyongyang", "vladivostok"], "provenance": "test", "approximate": true},
      "geometry": {
        "type": "LineString",
        "coordinates": [
          [125.75, 39.03],
          [129.79, 41.78],
          [131.87, 43.11]
        ]
      }
    }
  ]
}
`

const baseClaims = `{
  "claims": [
    {
      "id": "train",
      "label": "Kim travels by armored train",
      "topic": "travel",
      "matchers": ["armored train", "/special train/"]
    }
  ]
}
`

const baseSources = `{
  "sources": [
    {"id": "a", "title": "Kim leaves", "outlet": "Test Wire", "date": "2023-09-10", "url": "https://example.org/a", "language": "en"},
    {"id": "b", "outlet": "Ignored Outlet", "dateInferred": true, "dateReason": "not used: front matter wins"}
  ]
}
`

const articleA = " date 2023-09-10 Kim left Pyongyang on Sunday by armored train.\n\nHe arrived in Vladivostok two days later. The U.S. was concerned.\n"

const articleB = "---\ntitle: Putin meets Kim\noutlet: Other Wire\ndate: 2023-09-13\n---\nPutin met Kim in Vladivostok.\r\n\r\nThey talked for hours about the special train.\r\n"

// baseFS is a small valid story.
func baseFS() fstest.MapFS {
	f := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s), Mode: 0o644} }
	return fstest.MapFS{
		"story.json":      f(baseStoryJSON),
		"places.geojson":  f(basePlaces),
		"routes.geojson":  f(baseRoutes),
		"claims.json":     f(baseClaims),
		"sources.json":    f(baseSources),
		"articles/a.txt":  f(articleA),
		"articles/b.md":   f(articleB),
		"articles/notes.": f("ignored"),
	}
}
