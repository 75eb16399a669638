package charts

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/storylens/storylens/story/analysis"
)

// ID names one of the story charts. It is also the base name of exported
// files (<id>.png).
type ID string

// The four story charts.
const (
	ClaimFrequency ID = "claim-frequency"
	SourceCoverage ID = "source-coverage"
	Timeline       ID = "timeline"
	Places         ID = "places"
)

// All lists the charts in the order the app shows them.
var All = []ID{ClaimFrequency, SourceCoverage, Timeline, Places}

// Default chart size in CSS pixels.
const (
	DefaultWidth  = 960
	DefaultHeight = 560
)

// Options tune a chart.
type Options struct {
	// Width and Height are the chart size in CSS pixels (DefaultWidth ×
	// DefaultHeight when zero).
	Width, Height int
	// Dark selects the dark colours (ignored when Theme is set).
	Dark bool
	// Theme, when set, chooses the colours whatever Dark says:
	// ThemeLight, ThemeDark or ThemeTransparent (no background).
	Theme Theme
	// Caption replaces the title and subtitle and adds notes and a credit
	// line under the chart, for publishing. The zero Caption keeps the
	// chart as the app shows it.
	Caption Caption
	// Grow raises Height (up to MaxSide) until every claim of the
	// claim-frequency and source-coverage charts (up to MaxClaimBars) has
	// its row, label in full, the timeline until each of its rows (or
	// its histogram) has room, and the places chart until its first five
	// rows do. For exports and for a widget that scrolls.
	Grow bool
	// lite asks for the fewest marks (the chart the renderer falls back to
	// when the engine runs out of time).
	lite bool
	// Highlight lists the claim, source or place ids of the current step:
	// they are drawn in full colour and the rest dimmed. Empty: nothing is
	// dimmed.
	Highlight []string
	// Title is the story name shown in the subtitle (the report's title when
	// empty).
	Title string
}

// Hit is what a point of a chart shows: a claim, source, place or date.
type Hit struct {
	// Kind is "claim", "source", "place" or "date".
	Kind string `json:"kind"`
	// ID is the claim, source or place id (the date for kind "date").
	ID string `json:"id"`
	// Label is the full, unshortened label.
	Label string `json:"label"`
	// Value is the number drawn (sources, mentions; 1 or 0 for a coverage
	// cell).
	Value float64 `json:"value"`
	// Source is the source of a coverage cell whose column is one source
	// (empty elsewhere).
	Source string `json:"source,omitempty"`
	// Outlet is the outlet of a coverage cell whose column is an outlet.
	Outlet string `json:"outlet,omitempty"`
	// Text is the tooltip text: label and value in words.
	Text string `json:"text"`
}

// hitKey is an ECharts (series index, data index) pair.
type hitKey struct{ series, data int }

// Chart is one built chart: the go-echarts chart, the ECharts option JSON
// derived from it, and what each drawn item stands for.
type Chart struct {
	// ID is which chart this is.
	ID ID
	// Width and Height are the size in CSS pixels.
	Width, Height int
	// Dark is true for the dark colours.
	Dark bool
	// Transparent is true when the chart has no background
	// (ThemeTransparent): PNG and PDF exports leave it out whatever their
	// own transparent flag says.
	Transparent bool
	// Title is the chart's title text.
	Title string
	// Echarts is the go-echarts chart the option was built with
	// (*charts.Bar, *charts.HeatMap or *charts.Scatter from
	// github.com/go-echarts/go-echarts/v2/charts).
	Echarts any
	// Table is the chart's data in full (every claim and outlet, also
	// those the chart adds up or leaves out), for the HTML page and CSV;
	// nil for charts without one.
	Table *Table
	// Option is the ECharts option as JSON: no JavaScript functions,
	// animation off, ready for server-side rendering or an HTML page.
	Option []byte

	// PagePt, when set, is the PDF page in points (a print preset's paper),
	// the chart scaled to fill it; otherwise the page is the chart's size
	// at 96 dpi.
	PagePt [2]float64
	// Notice, set by the renderer, says when the chart had to be drawn
	// with fewer marks than asked for (the engine ran out of time); show it
	// with the chart.
	Notice string

	background string
	hits       map[hitKey]Hit
	// lite builds the same chart with the fewest marks (nil for a lite
	// chart).
	lite func() (*Chart, error)

	mu    sync.Mutex
	scene *scene // SSR result, parsed; built once per chart
	svg   string
}

// Hits returns what each drawn item stands for, keyed "series:data" as in
// ECharts' event params (seriesIndex, dataIndex).
func (c *Chart) Hits() map[string]Hit {
	out := make(map[string]Hit, len(c.hits))
	for k, h := range c.hits {
		out[fmt.Sprintf("%d:%d", k.series, k.data)] = h
	}
	return out
}

// Chart sizes in pixels before scaling: the one rule for the app's export
// dialog and the command line.
const (
	MinWidth  = 200
	MinHeight = 150
	MaxSide   = 8000
)

// CheckSize says whether w×h is a size a chart can be drawn at.
func CheckSize(w, h int) error {
	if w < MinWidth || h < MinHeight || w > MaxSide || h > MaxSide {
		return fmt.Errorf("size %dx%d out of range (%dx%d to %dx%d)", w, h, MinWidth, MinHeight, MaxSide, MaxSide)
	}
	return nil
}

// ParseSize reads a chart size "960x560" (spaces and a capital X allowed)
// and checks it with CheckSize: the one parser for the app and the command
// line.
func ParseSize(s string) (w, h int, err error) {
	a, b, ok := strings.Cut(strings.ToLower(strings.TrimSpace(s)), "x")
	w, err1 := strconv.Atoi(strings.TrimSpace(a))
	h, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("size %q: want WIDTHxHEIGHT, like 960x560", s)
	}
	if err := CheckSize(w, h); err != nil {
		return 0, 0, err
	}
	return w, h, nil
}

// Build computes chart id from the report.
func Build(id ID, r *analysis.Report, o Options) (*Chart, error) {
	if r == nil {
		return nil, fmt.Errorf("charts: build %s: no report", id)
	}
	if o.Width == 0 {
		o.Width = DefaultWidth
	}
	if o.Height == 0 {
		o.Height = DefaultHeight
	}
	if err := CheckSize(o.Width, o.Height); err != nil {
		return nil, fmt.Errorf("charts: build %s: %w", id, err)
	}
	if o.Title == "" {
		o.Title = r.Title
	}
	switch o.Theme {
	case "":
	case ThemeLight, ThemeTransparent:
		o.Dark = false
	case ThemeDark:
		o.Dark = true
	default:
		if _, err := ParseTheme(string(o.Theme)); err != nil {
			return nil, fmt.Errorf("charts: build %s: %w", id, err)
		}
	}
	o0 := o
	b := &builder{rep: r, o: o, th: themeFor(o.Dark), hi: map[string]bool{}}
	b.footer = b.footerLines()
	if o.Grow {
		b.o.Height = min(MaxSide, max(o.Height, b.neededHeight(id)))
		o.Height = b.o.Height
	}
	for _, h := range o.Highlight {
		b.hi[h] = true
	}
	c := &Chart{ID: id, Width: o.Width, Height: o.Height, Dark: o.Dark, Transparent: o.Theme == ThemeTransparent,
		background: b.th.bg, hits: map[hitKey]Hit{}}
	if c.Transparent {
		c.background = "transparent"
	}
	var err error
	switch id {
	case ClaimFrequency:
		err = b.claimFrequency(c)
	case SourceCoverage:
		err = b.sourceCoverage(c)
	case Timeline:
		err = b.timeline(c)
	case Places:
		err = b.places(c)
	default:
		return nil, fmt.Errorf("charts: unknown chart %q (known: %s)", id, joinIDs(All))
	}
	if err != nil {
		return nil, fmt.Errorf("charts: build %s: %w", id, err)
	}
	// neededHeight counts the title, subtitle and legend as one line
	// each; at a narrow width they wrap, so a grown chart is built again that much
	// taller (not growing further: the extra lines are known now).
	if x := b.headerExtra + b.legendLines; o.Grow && x > 0 && b.o.Height > o0.Height && b.o.Height < MaxSide {
		o0.Grow = false
		o0.Height = min(MaxSide, b.o.Height+x)
		return Build(id, r, o0)
	}
	if !o.lite {
		lo := o
		lo.lite = true
		c.lite = func() (*Chart, error) { return Build(id, r, lo) }
	}
	return c, nil
}

func joinIDs(ids []ID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}

// builder holds what every chart definition needs.
type builder struct {
	rep *analysis.Report
	o   Options
	th  theme
	hi  map[string]bool
	// footer is the caption's notes and credit, wrapped: drawn under the
	// plot, which is that much shorter.
	footer []footerLine
	// titleLines and subLines are the title and subtitle wrapped to the
	// chart's width (header); headerExtra the height of their extra lines.
	titleLines, subLines []string
	headerExtra          int
	// titleDrop is how far (CSS px) the title's last line reaches below
	// Liberation Sans' descent (Arabic dots under the line, Devanagari
	// vowel signs): the subtitle and the plot go that much lower, so
	// nothing touches it. It is part of headerExtra.
	titleDrop int
	// legendLines is the height of the legend's extra lines (wrapped in a
	// narrow chart): the plot starts that much lower.
	legendLines int
	// more is how many rows the chart leaves out (moreText, under the
	// plot, says so).
	more     int
	moreText string
}

// scope keeps only the highlighted ids drawn in this chart, so that a
// step's highlight of ids a chart does not show dims nothing there.
func (b *builder) scope(ids []string) {
	in := map[string]bool{}
	for _, id := range ids {
		if b.hi[id] {
			in[id] = true
		}
	}
	b.hi = in
}

// highlighting reports whether some items are highlighted (and the rest
// therefore dimmed).
func (b *builder) highlighting() bool { return len(b.hi) > 0 }

// jsonChart is what go-echarts charts offer.
type jsonChart interface {
	Validate()
	JSON() map[string]interface{}
}

// finish turns a go-echarts chart into the option JSON: the chart's own
// option, JavaScript function markers stripped, then patch merged over it
// (patch holds what go-echarts has no field for), animation off.
func (b *builder) finish(c *Chart, ec jsonChart, patch map[string]any) error {
	b.applyCaption(c, patch)
	ec.Validate()
	raw, err := json.Marshal(ec.JSON())
	if err != nil {
		return fmt.Errorf("marshal go-echarts option: %w", err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return fmt.Errorf("read go-echarts option: %w", err)
	}
	stripFuncs(m)
	// go-echarts always adds an empty toolbox and legend; the charts set
	// their own.
	delete(m, "toolbox")
	merge(m, patch)
	m["animation"] = false
	out, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("marshal option: %w", err)
	}
	c.Echarts = ec
	c.Option = out
	if t, ok := patch["title"].(map[string]any); ok {
		c.Title, _ = t["text"].(string)
	}
	return nil
}

// funcMarker is how go-echarts marks a JavaScript function in a string.
const funcMarker = "__f__"

// stripFuncs removes every string holding a go-echarts JavaScript function
// (wrapped in __f__ markers) from v: the option is data only, so nothing in
// it can run as code, and ECharts falls back to its defaults.
func stripFuncs(v any) {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			if s, ok := x.(string); ok && strings.Contains(s, funcMarker) {
				delete(t, k)
				continue
			}
			stripFuncs(x)
		}
	case []any:
		for i, x := range t {
			if s, ok := x.(string); ok && strings.Contains(s, funcMarker) {
				t[i] = nil
				continue
			}
			stripFuncs(x)
		}
	}
}

// merge copies src over dst, recursing into objects present in both. An
// object merged over an array (go-echarts writes xAxis and yAxis as arrays)
// goes into its first element; an array of objects over an array of objects
// merges element by element.
func merge(dst, src map[string]any) {
	for k, v := range src {
		switch sv := v.(type) {
		case map[string]any:
			switch dv := dst[k].(type) {
			case map[string]any:
				merge(dv, sv)
				continue
			case []any:
				if len(dv) > 0 {
					if d0, ok := dv[0].(map[string]any); ok {
						merge(d0, sv)
						continue
					}
				}
			}
		case []map[string]any:
			if dv, ok := dst[k].([]any); ok {
				for i, e := range sv {
					if i < len(dv) {
						if dm, ok := dv[i].(map[string]any); ok {
							merge(dm, e)
							continue
						}
						dv[i] = e
						continue
					}
					dv = append(dv, e)
				}
				dst[k] = dv
				continue
			}
		}
		dst[k] = v
	}
}
