package app

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/charts/chartview"
	"github.com/storylens/storylens/story/analysis"
)

// chartTitles are the tab titles of the charts, by id.
var chartTitles = map[charts.ID]string{
	charts.ClaimFrequency: "Claims",
	charts.SourceCoverage: "Coverage",
	charts.Timeline:       "Timeline",
	charts.Places:         "Places",
}

// chartsPanel holds one chartview.View per chart in tabs, sharing one
// renderer that starts off the UI thread.
type chartsPanel struct {
	tabs     *container.AppTabs
	views    []*chartview.View
	renderer *charts.Renderer
	rep      *analysis.Report
	focus    Focus
	dark     bool
	onSelect func(kind, id string)
	status   func(string)
	run      func(func())
	// newRenderer starts the chart engine (charts.NewRenderer; tests make
	// it fail).
	newRenderer func() (*charts.Renderer, error)
}

// newChartsPanel makes the panel; status shows what it is doing, run
// starts work off the UI thread and each chart renders debounce after a
// change.
func newChartsPanel(status func(string), run func(func()), debounce time.Duration) *chartsPanel {
	c := &chartsPanel{tabs: container.NewAppTabs(), status: status, run: run, newRenderer: charts.NewRenderer}
	for _, id := range charts.All {
		v := chartview.New(nil, id, chartview.WithPlaceholder("The charts appear when a story is open."),
			chartview.WithRunner(run), chartview.WithDebounce(debounce))
		v.OnSelect(func(h charts.Hit) {
			if c.onSelect != nil {
				c.onSelect(h.Kind, h.ID)
			}
		})
		c.views = append(c.views, v)
		title := chartTitles[id]
		if title == "" {
			title = string(id)
		}
		c.tabs.Append(container.NewTabItem(title, v))
	}
	return c
}

// start initialises the chart renderer off the UI thread and hands it to
// the views when ready.
func (c *chartsPanel) start() {
	c.status("Starting the chart engine")
	c.run(func() {
		r, err := c.newRenderer()
		fyne.Do(func() {
			c.status("")
			if err != nil {
				for _, v := range c.views {
					v.SetEngineError(err) // each view says what failed and what to do
				}
				fyne.LogError("chart engine", err)
				return
			}
			c.renderer = r
			for _, v := range c.views {
				v.SetRenderer(r)
			}
		})
	})
}

// Object is the tabs.
func (c *chartsPanel) Object() fyne.CanvasObject { return c.tabs }

// OnSelect sets what a click on a bar or cell does (kind is claim, source,
// place or date).
func (c *chartsPanel) OnSelect(f func(kind, id string)) { c.onSelect = f }

// SetReport shows rep with the focus highlighted: claims in the claim chart,
// claims and sources in the coverage heatmap, sources on the timeline and
// places in the places chart.
func (c *chartsPanel) SetReport(rep *analysis.Report, f Focus, dark bool) {
	same := rep == c.rep && dark == c.dark && slices.Equal(f.Claims, c.focus.Claims) &&
		slices.Equal(f.Sources, c.focus.Sources) && slices.Equal(f.Places, c.focus.Places)
	c.rep, c.focus, c.dark = rep, f, dark
	if rep == nil || same {
		return
	}
	for _, v := range c.views {
		var hl []string
		switch v.ID() {
		case charts.ClaimFrequency:
			hl = f.Claims
		case charts.SourceCoverage:
			hl = append(slices.Clone(f.Claims), f.Sources...)
		case charts.Timeline:
			hl = f.Sources
		case charts.Places:
			hl = f.Places
		}
		v.SetReport(rep, charts.Options{Dark: dark, Highlight: hl})
	}
}

// Highlighted returns the claims the charts highlight now.
func (c *chartsPanel) Highlighted() []string { return c.focus.Claims }
