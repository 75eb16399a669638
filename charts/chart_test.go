package charts

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/analysis"
)

// option decodes a chart's option JSON.
func option(t *testing.T, c *Chart) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(c.Option, &m); err != nil {
		t.Fatalf("%s option: %v", c.ID, err)
	}
	return m
}

func first(v any) map[string]any {
	switch t := v.(type) {
	case []any:
		return t[0].(map[string]any)
	case map[string]any:
		return t
	}
	return nil
}

func TestBuildAllCharts(t *testing.T) {
	rep := testReport()
	for _, id := range All {
		for _, dark := range []bool{false, true} {
			c, err := Build(id, rep, Options{Dark: dark})
			if err != nil {
				t.Fatalf("%s: %v", id, err)
			}
			m := option(t, c)
			if m["animation"] != false {
				t.Errorf("%s: animation not off", id)
			}
			if strings.Contains(string(c.Option), funcMarker) {
				t.Errorf("%s: option still has %s markers", id, funcMarker)
			}
			sub := first(m["title"])["subtext"].(string)
			if !strings.Contains(sub, rep.Title) || !strings.Contains(sub, "5 sources") {
				t.Errorf("%s: subtitle %q lacks story name or source count", id, sub)
			}
			if c.Width != DefaultWidth || c.Height != DefaultHeight || c.Title == "" {
				t.Errorf("%s: size %dx%d title %q", id, c.Width, c.Height, c.Title)
			}
			wantBG := themeFor(dark).bg
			if m["backgroundColor"] != wantBG {
				t.Errorf("%s dark=%v: background %v, want %s", id, dark, m["backgroundColor"], wantBG)
			}
		}
	}
}

func TestClaimFrequencySortedWithCounts(t *testing.T) {
	rep := testReport()
	c, err := Build(ClaimFrequency, rep, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The hits, in category order, must be sorted by number of sources.
	n := len(rep.Claims)
	counts := make([]float64, n)
	seen := 0
	for k, h := range c.hits {
		if h.Kind != "claim" {
			t.Fatalf("hit kind %q", h.Kind)
		}
		counts[k.data] = h.Value
		seen++
		for _, cl := range rep.Claims {
			if cl.ID == h.ID && float64(len(cl.Sources)) != h.Value {
				t.Errorf("claim %s: value %v, want %d", cl.ID, h.Value, len(cl.Sources))
			}
		}
	}
	if seen != n {
		t.Fatalf("%d hits for %d claims", seen, n)
	}
	for i := 1; i < n; i++ {
		if counts[i] > counts[i-1] {
			t.Errorf("not sorted: row %d has %v after %v", i, counts[i], counts[i-1])
		}
	}
	m := option(t, c)
	lbl := first(first(m["series"])["label"])
	if lbl["show"] != true {
		t.Error("bars carry no count label")
	}
}

func TestHighlightDimsOthers(t *testing.T) {
	rep := testReport()
	c, err := Build(ClaimFrequency, rep, Options{Highlight: []string{"putin-invitation"}})
	if err != nil {
		t.Fatal(err)
	}
	var dimmed, full int
	for _, s := range option(t, c)["series"].([]any) {
		for _, d := range s.(map[string]any)["data"].([]any) {
			dm, ok := d.(map[string]any)
			if !ok || dm["value"] == "-" {
				continue
			}
			st, _ := dm["itemStyle"].(map[string]any)
			if st["opacity"] == themeFor(false).dim {
				dimmed++
			} else if st["opacity"] == 1.0 {
				full++
			}
		}
	}
	if full != 1 || dimmed != len(rep.Claims)-1 {
		t.Errorf("highlight: %d full, %d dimmed; want 1 and %d", full, dimmed, len(rep.Claims)-1)
	}
	// A highlight of ids the chart does not show dims nothing.
	c, _ = Build(Places, rep, Options{Highlight: []string{"putin-invitation"}})
	if strings.Contains(string(c.Option), `"opacity"`) {
		t.Error("places chart dimmed by a claim highlight")
	}
}

func TestBuildErrors(t *testing.T) {
	rep := testReport()
	if _, err := Build("pie", rep, Options{}); err == nil || !strings.Contains(err.Error(), "unknown chart") {
		t.Errorf("unknown id: %v", err)
	}
	if _, err := Build(Timeline, nil, Options{}); err == nil {
		t.Error("nil report accepted")
	}
	if _, err := Build(Places, rep, Options{Width: 10, Height: 10}); err == nil {
		t.Error("10x10 accepted")
	}
	bad := testReport()
	bad.Coverage.Matrix[2] = bad.Coverage.Matrix[2][:3]
	if _, err := Build(SourceCoverage, bad, Options{}); err == nil || !strings.Contains(err.Error(), "row 2") {
		t.Errorf("ragged matrix: %v", err)
	}
}

func TestEmptyReportBuilds(t *testing.T) {
	for _, id := range All {
		if _, err := Build(id, &analysis.Report{}, Options{}); err != nil {
			t.Errorf("%s on an empty report: %v", id, err)
		}
	}
}

func TestStripFuncs(t *testing.T) {
	m := map[string]any{"formatter": "__f__function(p){return p}__f__", "a": []any{"x", "__f__f()__f__"},
		"b": map[string]any{"c": "__f__g__f__", "d": 1.0}}
	stripFuncs(m)
	out, _ := json.Marshal(m)
	if strings.Contains(string(out), "__f__") || !strings.Contains(string(out), `"d":1`) {
		t.Errorf("stripFuncs: %s", out)
	}
}

func TestTimelineKeeps2019Apart(t *testing.T) {
	c, err := Build(Timeline, testReport(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := option(t, c)
	x := first(m["xAxis"])
	if x["type"] != "time" {
		t.Fatalf("x axis type %v", x["type"])
	}
	if !(x["min"].(string) < "2019-04-24" && x["max"].(string) > "2023-09-12") {
		t.Errorf("axis %v..%v does not span the dates", x["min"], x["max"])
	}
}
