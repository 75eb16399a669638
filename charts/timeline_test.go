package charts

import (
	"strings"
	"testing"
	"time"
)

// timelineMarks counts the data items of every series.
func timelineMarks(t *testing.T, c *Chart) int {
	n := 0
	for _, s := range option(t, c)["series"].([]any) {
		n += len(s.(map[string]any)["data"].([]any))
	}
	return n
}

// TestTimelineSameDayMarksCount: sources of one outlet on one day are one
// mark that says how many, so none hides another; every tick has its
// year.
func TestTimelineSameDayMarksCount(t *testing.T) {
	rep := testReport()
	// Sources 2 and 4 (both 12 Sep 2023) from one outlet.
	rep.Sources[2].Outlet, rep.Sources[4].Outlet = "Wire", "Wire"
	c, err := Build(Timeline, rep, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := timelineMarks(t, c); n != 4 {
		t.Errorf("%d marks, want 4 (5 sources, two on one day from one outlet)", n)
	}
	var two bool
	for _, h := range c.Hits() {
		if h.Kind == "date" && h.ID == "2023-09-12" && h.Value == 2 {
			two = true
			if !strings.Contains(h.Text, rep.Sources[2].Title) || !strings.Contains(h.Text, rep.Sources[4].Title) {
				t.Errorf("merged mark's tooltip lacks a source: %q", h.Text)
			}
		}
	}
	if !two {
		t.Errorf("no mark of 2 sources on 2023-09-12: %v", c.Hits())
	}
	if !strings.Contains(string(c.Option), "12 Sep 2023 · 2 sources") {
		t.Error("the merged mark is not labelled with its count")
	}
	x := first(option(t, c)["xAxis"])
	f, _ := x["axisLabel"].(map[string]any)["formatter"].(map[string]any)
	for _, level := range []string{"year", "month", "day"} {
		if s, _ := f[level].(string); !strings.Contains(s, "{yyyy}") {
			t.Errorf("%s ticks %q do not carry the year", level, s)
		}
	}
}

// TestTimelineTicksHaveYearsInSVG: the drawn tick labels of the bundled
// kind of story (2019 and 2023) each name a year.
func TestTimelineTicksHaveYearsInSVG(t *testing.T) {
	c, err := Build(Timeline, testReport(), Options{Width: 1024, Height: 700})
	if err != nil {
		t.Fatal(err)
	}
	svg, err := renderer(t).SVG(c)
	if err != nil {
		t.Fatal(err)
	}
	ticks := 0
	for _, s := range svgTexts(t, svg) {
		if strings.HasPrefix(s, "Jan") || strings.HasPrefix(s, "Apr") || strings.HasPrefix(s, "Jul") || strings.HasPrefix(s, "Oct") {
			ticks++
			if !strings.Contains(s, "20") {
				t.Errorf("tick %q without its year", s)
			}
		}
	}
	if ticks == 0 {
		t.Error("no month ticks drawn")
	}
}

// TestTimelineBinsAtScale: 5,000 sources from 60 outlets are a histogram
// of at most one bar per week and kind of date, counts adding up to the
// dated sources.
func TestTimelineBinsAtScale(t *testing.T) {
	rep := outletReport(20, 5000, 60)
	c, err := Build(Timeline, rep, Options{Width: 1024, Height: 700})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(c.Title, "Sources published per week") {
		t.Errorf("title %q", c.Title)
	}
	n := timelineMarks(t, c)
	if n == 0 || n > 2*(2*53) {
		t.Errorf("%d bars for two years of weeks", n)
	}
	total := 0
	for _, h := range c.Hits() {
		total += int(h.Value)
	}
	dated := 0
	for _, s := range rep.Sources {
		if _, err := parseDate(s.Date); err == nil {
			dated++
		}
	}
	if total != dated {
		t.Errorf("bars count %d sources, %d are dated", total, dated)
	}
}

// TestTimelineNearbyDaysMerge: on a four-year axis, one outlet's marks of
// 11 and 12 September 2023 would overlap: they are one mark of both days
// with its count.
func TestTimelineNearbyDaysMerge(t *testing.T) {
	rep := testReport()
	rep.Sources[1].Outlet, rep.Sources[2].Outlet, rep.Sources[4].Outlet = "Wire", "Wire", "Wire"
	c, err := Build(Timeline, rep, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := timelineMarks(t, c); n != 3 {
		t.Errorf("%d marks, want 3 (Source 1, Source 4, and Wire's three sources of 11-12 Sep)", n)
	}
	if !strings.Contains(string(c.Option), "11–12 Sep 2023 · 3 sources") {
		t.Error("no mark labelled 11–12 Sep 2023 · 3 sources")
	}
}

func TestDayRange(t *testing.T) {
	d := func(s string) time.Time { v, _ := parseDate(s); return v }
	for _, tc := range []struct{ a, b, want string }{
		{"2023-09-12", "2023-09-12", "12 Sep 2023"},
		{"2023-09-11", "2023-09-12", "11–12 Sep 2023"},
		{"2023-08-30", "2023-09-02", "30 Aug – 2 Sep 2023"},
		{"2022-12-30", "2023-01-02", "30 Dec 2022 – 2 Jan 2023"},
	} {
		if got := dayRange(d(tc.a), d(tc.b)); got != tc.want {
			t.Errorf("dayRange(%s, %s) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}
