package tables_test

import (
	"bytes"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/paulmach/orb/geojson"
	"github.com/storylens/storylens/data"
	"github.com/storylens/storylens/interop/storymapjs"
	"github.com/storylens/storylens/interop/tables"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// The bundled story, analysed, exports to GeoJSON, CSV and StoryMapJS.
func TestBundledStoryExports(t *testing.T) {
	s, problems := story.LoadFS(data.Bundled(), "bundled")
	if problems.HasErrors() {
		t.Fatalf("bundled story: %v", problems)
	}
	r, err := analysis.Run(s, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := tables.GeoJSON(s, r)
	if err != nil {
		t.Fatal(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		t.Fatal(err)
	}
	points, lines := 0, 0
	for _, f := range fc.Features {
		switch g := f.Geometry.(type) {
		case orb.Point:
			points++
		case orb.LineString:
			lines++
			rt := s.RouteByID(f.ID.(string))
			want := geo.LengthHaversine(rt.Line) / 1000
			if got := f.Properties.MustFloat64("lengthKm", -1); math.Abs(got-want) > 0.001 {
				t.Errorf("route %v: lengthKm %v, want %v", f.ID, got, want)
			}
			t.Logf("route %v: %d points, %.1f km, mode %v", f.ID, len(g), want, f.Properties["mode"])
		}
	}
	if points < len(s.Places) || lines != len(s.Routes) {
		t.Errorf("%d points %d lines for %d places %d routes", points, lines, len(s.Places), len(s.Routes))
	}
	t.Logf("geojson: %d bytes, %d points, %d lines", len(b), points, lines)

	dir := t.TempDir()
	files, err := tables.WriteCSV(dir, s, r, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		t.Logf("%s: %d rows", filepath.Base(f), len(rows)-1)
	}
	cov, _ := os.ReadFile(filepath.Join(dir, "coverage.csv"))
	rows, _ := csv.NewReader(bytes.NewReader(cov)).ReadAll()
	if len(rows) != 1+len(r.Coverage.Sources) || len(rows[0]) != 1+len(r.Coverage.Claims) {
		t.Errorf("coverage.csv %dx%d, want %dx%d", len(rows), len(rows[0]), 1+len(r.Coverage.Sources), 1+len(r.Coverage.Claims))
	}

	out, err := storymapjs.Export(s)
	if err != nil {
		t.Fatal(err)
	}
	back, rep, err := storymapjs.Import(out, "bundled.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Steps) != len(s.Steps) {
		t.Errorf("StoryMapJS round trip: %d steps, want %d", len(back.Steps), len(s.Steps))
	}
	for i := range s.Steps {
		if back.Steps[i].ID != s.Steps[i].ID || back.Steps[i].Title != s.Steps[i].Title {
			t.Errorf("step %d: %q %q, want %q %q", i, back.Steps[i].ID, back.Steps[i].Title, s.Steps[i].ID, s.Steps[i].Title)
		}
	}
	if len(rep.Sanitised) != 0 {
		t.Errorf("the export's own HTML needed sanitising: %v", rep.Sanitised)
	}
	t.Logf("storymapjs: %d bytes, %d slides, %d places back", len(out), len(back.Steps), len(back.Places))
}
