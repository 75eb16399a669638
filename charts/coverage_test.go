package charts

import (
	"strconv"
	"strings"
	"testing"
)

// axisLabels returns the category labels of an axis ("xAxis", "yAxis").
func axisLabels(t *testing.T, c *Chart, axis string) []string {
	t.Helper()
	var out []string
	for _, d := range first(option(t, c)[axis])["data"].([]any) {
		switch v := d.(type) {
		case string:
			out = append(out, v)
		case map[string]any:
			out = append(out, v["value"].(string))
		}
	}
	return out
}

// TestCoverageColumnsAreOutlets: columns are named by outlet (sources of
// one outlet together) or "Source N" when the outlet is unknown; never by
// headline.
func TestCoverageColumnsAreOutlets(t *testing.T) {
	rep := testReport()
	c, err := Build(SourceCoverage, rep, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := axisLabels(t, c, "xAxis")
	want := []string{"Source 1\n6 claims", "Source 2\n6 claims", "Source 3\n6 claims", "Source 4\n3 claims", "Wire\n2 claims"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("columns %q, want %q", got, want)
	}
	// Three sources of two outlets: two columns, the larger first.
	rep.Sources[0].Outlet, rep.Sources[1].Outlet, rep.Sources[2].Outlet = "Daily Planet", "daily  planet", "Daily Planet"
	rep.Sources[3].Outlet = "Wire"
	c, err = Build(SourceCoverage, rep, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got = axisLabels(t, c, "xAxis")
	want = []string{"Daily Planet\n3 sources", "Wire\n2 sources"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("columns %q, want %q", got, want)
	}
	for _, s := range rep.Sources {
		for _, l := range got {
			if strings.Contains(l, s.Title) {
				t.Errorf("column %q carries a headline", l)
			}
		}
	}
	// "Kim visits Russia at Putin's invitation" is reported by sources 0, 1,
	// 2 (Daily Planet, 3 of 3) and 4 (Wire, 1 of 2).
	var found bool
	for _, h := range c.Hits() {
		if h.ID == "putin-invitation" && h.Outlet == "Wire" {
			found = true
			if h.Value != 0.5 || !strings.Contains(h.Text, "1 of its 2 sources report it") ||
				!strings.Contains(h.Text, "Reported by 2 of 2 outlets: Daily Planet and Wire") {
				t.Errorf("Wire cell: %+v", h)
			}
		}
	}
	if !found {
		t.Error("no Wire cell for putin-invitation")
	}
}

// TestCoverageAggregatesAtScale: at 1,000 and 5,000 sources the chart has
// at most MaxCoverageColumns columns, the last adding up the rest, and its
// table still says for every claim which outlets report it and which not.
func TestCoverageAggregatesAtScale(t *testing.T) {
	for _, m := range []int{25, 1000, 5000} {
		rep := outletReport(39, m, 60)
		c, err := Build(SourceCoverage, rep, Options{Width: 1024, Height: 700})
		if err != nil {
			t.Fatal(err)
		}
		cols := axisLabels(t, c, "xAxis")
		rows := axisLabels(t, c, "yAxis")
		if len(cols) > MaxCoverageColumns || len(cols) < 2 {
			t.Errorf("%d sources: %d columns", m, len(cols))
		}
		if n := len(c.Hits()); n != len(cols)*len(rows) {
			t.Errorf("%d sources: %d cells for %d × %d", m, n, len(cols), len(rows))
		}
		groups := groupSources(rep)
		if len(groups) > len(cols) {
			last := cols[len(cols)-1]
			if !strings.HasPrefix(last, "other "+strconv.Itoa(len(groups)-len(cols)+1)+" outlets") {
				t.Errorf("%d sources: last column %q", m, last)
			}
		}
		if len(c.Table.Rows) != len(rep.Claims) {
			t.Fatalf("%d sources: table has %d rows for %d claims", m, len(c.Table.Rows), len(rep.Claims))
		}
		for j, row := range c.Table.Rows {
			yes, no := strings.Split(row[5], "; "), strings.Split(row[6], "; ")
			if row[5] == "" {
				yes = nil
			}
			if row[6] == "" {
				no = nil
			}
			if len(yes)+len(no) != len(groups) || row[3] != strconv.Itoa(len(yes)) {
				t.Errorf("%d sources, claim %d: %d reporting + %d not, %d outlets; row %q", m, j, len(yes), len(no), len(groups), row[:5])
			}
			if row[2] != strconv.Itoa(len(rep.Claims[j].Sources)) {
				t.Errorf("claim %d: %s sources reporting, want %d", j, row[2], len(rep.Claims[j].Sources))
			}
		}
	}
}

// TestCoverageTableInHTMLAndCSV: the HTML page and the CSV export carry the
// table, escaped.
func TestCoverageTableInHTMLAndCSV(t *testing.T) {
	rep := testReport()
	rep.Sources[4].Outlet = "<b>Wire</b>"
	c, err := Build(SourceCoverage, rep, Options{})
	if err != nil {
		t.Fatal(err)
	}
	page, err := HTML(c)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "&lt;b&gt;Wire&lt;/b&gt;") || strings.Contains(string(page), "<b>Wire</b>") {
		t.Error("outlet not escaped in the HTML table")
	}
	if !strings.Contains(string(page), "<td style=\"vertical-align:top;border-bottom:1px solid #e1e5ea;padding:3px 6px\">Kim visits Russia at Putin&#39;s invitation</td>") {
		t.Error("claim row missing from the HTML table")
	}
	var b strings.Builder
	if err := c.Table.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 1+len(rep.Claims) || !strings.HasPrefix(lines[0], "claim id,claim,articles reporting,outlets or sources reporting") {
		t.Errorf("csv: %d lines, header %q", len(lines), lines[0])
	}
}

// TestCoverageHighlightsTheOutletOfASource: highlighting one source of an
// outlet highlights that outlet's column and dims the others.
func TestCoverageHighlightsTheOutletOfASource(t *testing.T) {
	rep := testReport()
	rep.Sources[0].Outlet, rep.Sources[1].Outlet = "Daily Planet", "Daily Planet"
	c, err := Build(SourceCoverage, rep, Options{Highlight: []string{"001_b"}})
	if err != nil {
		t.Fatal(err)
	}
	cols := first(option(t, c)["xAxis"])["data"].([]any)
	bold, _ := cols[0].(map[string]any)["textStyle"].(map[string]any)
	if cols[0].(map[string]any)["value"] != "Daily Planet\n2 sources" || bold["fontWeight"] != "bold" {
		t.Errorf("first column %v, want Daily Planet in bold", cols[0])
	}
	dimmed, full := 0, 0
	for _, d := range first(option(t, c)["series"])["data"].([]any) {
		st := d.(map[string]any)["itemStyle"].(map[string]any)
		x := d.(map[string]any)["value"].([]any)[0].(float64)
		if _, dim := st["opacity"]; dim {
			dimmed++
			if x == 0 {
				t.Error("a Daily Planet cell is dimmed")
			}
		} else {
			full++
		}
	}
	if full != len(rep.Claims) || dimmed != 3*len(rep.Claims) {
		t.Errorf("%d full, %d dimmed cells", full, dimmed)
	}
}
