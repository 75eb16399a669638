package app

// PLACEHOLDER until charts and charts/chartview land.

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story/analysis"
)

// chartIDs are the four charts, in tab order, with their tab titles.
var chartIDs = []struct{ ID, Title string }{
	{"claim-frequency", "Claims"},
	{"source-coverage", "Coverage"},
	{"timeline", "Timeline"},
	{"places", "Places"},
}

// chartsPanel holds one view per chart in tabs.
type chartsPanel struct {
	tabs      *container.AppTabs
	labels    map[string]*widget.Label
	rep       *analysis.Report
	highlight []string
	dark      bool
	onSelect  func(kind, id string)
	status    func(string)
}

func newChartsPanel(status func(string)) *chartsPanel {
	c := &chartsPanel{tabs: container.NewAppTabs(), labels: map[string]*widget.Label{}, status: status}
	for _, ch := range chartIDs {
		l := widget.NewLabel("Loading the chart engine…")
		l.Wrapping = fyne.TextWrapWord
		c.labels[ch.ID] = l
		c.tabs.Append(container.NewTabItem(ch.Title, l))
	}
	return c
}

// start initialises the chart renderer off the UI thread.
func (c *chartsPanel) start() {}

func (c *chartsPanel) Object() fyne.CanvasObject { return c.tabs }

// OnSelect sets what a click on a bar or cell does (kind is claim, source,
// place or date).
func (c *chartsPanel) OnSelect(f func(kind, id string)) { c.onSelect = f }

// SetReport shows rep with the given claims highlighted.
func (c *chartsPanel) SetReport(rep *analysis.Report, highlight []string, dark bool) {
	c.rep, c.highlight, c.dark = rep, highlight, dark
	if rep == nil {
		return
	}
	for id, l := range c.labels {
		l.SetText(fmt.Sprintf("%s: %d claims, %d sources; highlighted: %s", id, len(rep.Claims), len(rep.Sources), strings.Join(highlight, ", ")))
	}
}

// Highlighted returns the claims the charts highlight now.
func (c *chartsPanel) Highlighted() []string { return c.highlight }

// chartExport is what the export dialog asks of the charts package.
type chartExport struct {
	Dir         string
	Formats     []string
	Scale       float64
	Width       int
	Height      int
	Transparent bool
	Dark        bool
	Overwrite   bool
	Progress    func(done, total int)
}

// exportCharts writes every chart in every format to opt.Dir.
func (c *chartsPanel) exportCharts(rep *analysis.Report, title string, opt chartExport) ([]string, error) {
	return nil, fmt.Errorf("the chart engine is not available in this build")
}
