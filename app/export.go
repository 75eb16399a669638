package app

import (
	"github.com/storylens/storylens/storyview"
)

// exportSource captures the current story and step.
func (u *UI) exportSource() ExportSource {
	return ExportSource{Story: u.nav.Story(), Report: u.nav.Report(), Step: u.nav.Index(), Charts: u.charts.renderer}
}

// Export writes what opt asks for with storyview.Export (the one export path
// of the app and the command line), reporting progress. It is safe to call
// off the UI thread.
func (u *UI) Export(src ExportSource, opt ExportOptions, overwrite bool, progress func(done, total int)) ([]string, error) {
	return storyview.Export(src, opt, overwrite, progress)
}
