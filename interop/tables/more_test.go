package tables

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// Conflicts, sources and steps have their own tables; a step's range is a
// start and an end column; BOM adds a UTF-8 byte order mark.
func TestCSVConflictsSourcesSteps(t *testing.T) {
	s, r := fixture()
	rid := "train"
	s.Steps = []story.Step{
		{ID: "trip", Title: "The trip", Date: "2019-04-24/2019-04-26", Places: []string{"pyongyang"}, Route: &rid},
		{ID: "day", Title: "One day", Date: "2019-04-25"},
	}
	r.Steps = []analysis.StepReport{{ID: "trip", Places: []string{"pyongyang"}}, {ID: "day", Places: []string{"vladivostok"}}}
	r.Conflicts = []analysis.Conflict{{About: "trip length", Values: []analysis.Value{{Value: 420, Unit: "mi"}, {Value: 430, Unit: "mi"}},
		Sources: []string{"001", "003"}, Verdict: "differ by 2.4 %"}}
	r.Sources = []analysis.SourceReport{{ID: "001", Title: "Kim leaves", Outlet: "Wire", Date: "2019-04-24", Words: 300}}
	// A date quantity's value is its first day, in days since 1970-01-01
	// (story/quantity): the CSV writes the day, as every date.
	r.Quantities = append(r.Quantities, analysis.Quantity{Value: 17897, Unit: "date", Normalized: analysis.Value{Value: 17897, Unit: "date"},
		Text: "2019", Source: "001", Sentence: "His last trip abroad in 2019."})
	dir := t.TempDir()
	if _, err := WriteCSVOptions(dir, s, r, CSVOptions{BOM: true}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "steps.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("\uFEFF")) {
		t.Error("no byte order mark with BOM set")
	}
	os.WriteFile(filepath.Join(dir, "steps.csv"), bytes.TrimPrefix(b, []byte("\uFEFF")), 0o644)
	steps := readCSV(t, filepath.Join(dir, "steps.csv"))
	if got := steps[1][2] + " " + steps[1][3]; got != "2019-04-24 2019-04-26" {
		t.Errorf("range as start end = %q", got)
	}
	if got := steps[2][2] + " " + steps[2][3] + " " + steps[2][4]; got != "2019-04-25 2019-04-25 vladivostok" {
		t.Errorf("one day, places from the report = %q", got)
	}
	conf := readCSV(t, filepath.Join(dir, "conflicts.csv"))
	if len(conf) != 2 || conf[1][1] != "420 mi; 430 mi" || conf[1][2] != "001; 003" {
		t.Errorf("conflicts.csv = %q", conf)
	}
	q := readCSV(t, filepath.Join(dir, "quantities.csv"))
	if last := q[len(q)-1]; last[1] != "2019-01-01" || last[2] != "date" || last[3] != "2019-01-01" || last[5] != "2019" {
		t.Errorf("date quantity row %q, want the day 2019-01-01 as value", last)
	}
	srcs := readCSV(t, filepath.Join(dir, "sources.csv"))
	if len(srcs) != 2 || srcs[1][3] != "2019-04-24" || srcs[1][2] != "Wire" {
		t.Errorf("sources.csv = %q", srcs)
	}
}

// The point of an area (a sea, a country) and a venue placed at its city
// are approximate, with how close they are.
func TestGeoJSONMarksAreasAndCityVenuesApproximate(t *testing.T) {
	s, r := fixture()
	r.Places = append(r.Places,
		analysis.PlaceReport{ID: "pacific", Name: "Pacific Ocean", Kind: "sea", Origin: "gazetteer", Lon: -160, Lat: 0},
		analysis.PlaceReport{ID: "venue:x", Name: "Hotel X", Kind: "venue", Origin: "inferred", Lon: 131.87, Lat: 43.1,
			Approximate: true, Precision: "city"})
	b, err := GeoJSON(s, r)
	if err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Features []struct {
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"pacific": "area", "venue:x": "city", "vladivostok": ""}
	for _, f := range fc.Features {
		id, _ := f.Properties["id"].(string)
		prec, ok := want[id]
		if !ok {
			continue
		}
		approx, _ := f.Properties["approximate"].(bool)
		if approx != (prec != "") || f.Properties["precision"] != prec {
			t.Errorf("%s: approximate %v precision %v, want %v %q", id, approx, f.Properties["precision"], prec != "", prec)
		}
		delete(want, id)
	}
	if len(want) != 0 {
		t.Errorf("features missing: %v", want)
	}
}
