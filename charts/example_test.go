package charts_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/story/analysis"
)

// Export the coverage chart for a slide deck: the slide preset, the dark
// theme whatever the desktop's, a title of one's own, notes and the
// credit line computed from the story.
func ExampleExport() {
	rep := &analysis.Report{Title: "A story",
		Sources: []analysis.SourceReport{{ID: "a", Outlet: "Daily Planet", Date: "2023-09-11"}, {ID: "b", Date: "2024-01-02"}},
		Claims:  []analysis.ClaimReport{{ID: "c1", Label: "The train left on Sunday", Sources: []string{"a", "b"}}},
		Coverage: analysis.Coverage{Sources: []string{"a", "b"}, Claims: []string{"c1"},
			Matrix: [][]bool{{true}, {true}}}}
	r, err := charts.NewRenderer()
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	dir, _ := os.MkdirTemp("", "charts")
	defer os.RemoveAll(dir)
	files, err := charts.Export(r, rep, rep.Title, charts.ExportOptions{
		Dir: dir, Formats: []string{"png", "csv"}, Charts: []charts.ID{charts.SourceCoverage},
		Preset: "slide", Theme: charts.ThemeDark,
		Caption: charts.Caption{Title: "Who reported the departure", Notes: "Two articles."},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range files {
		fmt.Println(filepath.Base(f))
	}
	fmt.Println(charts.DefaultCredit(rep))
	// Output:
	// source-coverage.png
	// source-coverage.csv
	// Source: 2 articles, 2023–2024 · Storylens
}
