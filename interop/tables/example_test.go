package tables_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"

	"github.com/paulmach/orb/geojson"

	"github.com/storylens/storylens/interop/tables"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// GeoJSON writes a story's places and routes as an RFC 7946
// FeatureCollection; without an analysis report the places carry no
// mentions.
func ExampleGeoJSON() {
	s := &story.Story{Title: "Two ports", Places: []*story.Place{
		{ID: "genoa", Name: "Genoa", Kind: "city", Lon: 8.93, Lat: 44.41},
		{ID: "tunis", Name: "Tunis", Kind: "city", Lon: 10.18, Lat: 36.81},
	}}
	b, err := tables.GeoJSON(s, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range fc.Features {
		fmt.Println(f.Properties["featureType"], f.Properties["name"], f.Geometry)
	}
	// Output:
	// place Genoa [8.93 44.41]
	// place Tunis [10.18 36.81]
}

// WriteCSV writes the analysis as CSV files for a spreadsheet; claims.csv
// lists each claim and the sources that report it.
func ExampleWriteCSV() {
	fsys := fstest.MapFS{
		"articles/a.txt": {Data: []byte(" date 2024-03-04 Rail workers went on strike in Lyon on Monday.\n")},
		"articles/b.txt": {Data: []byte(" date 2024-03-05 A rail strike halted trains between Lyon and Marseille.\n")},
		"claims.json": {Data: []byte(`{"claims": [{"id": "strike", "label": "Rail workers strike",
			"matchers": ["/(went on|rail) strike/"]}]}`)},
	}
	s, problems := story.LoadFS(fsys, "example")
	if problems.HasErrors() {
		fmt.Println(problems)
		return
	}
	r, err := analysis.Run(s, analysis.Options{NoDiscovery: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, err := os.MkdirTemp("", "tables-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	if _, err := tables.WriteCSV(dir, s, r, false); err != nil {
		fmt.Println(err)
		return
	}
	b, err := os.ReadFile(filepath.Join(dir, "claims.csv"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n") { // RFC 4180 lines end in CRLF
		fmt.Println(line)
	}
	// Output:
	// id,label,origin,topic,sourceCount,sources
	// strike,Rail workers strike,curated,,2,a; b
}

// Text guards a cell against CSV formula injection.
func ExampleText() {
	fmt.Println(tables.Text("=SUM(A1:A9)"))
	fmt.Println(tables.Text("Lyon"))
	// Output:
	// '=SUM(A1:A9)
	// Lyon
}
