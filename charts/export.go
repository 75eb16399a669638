package charts

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/storylens/storylens/internal/safefile"
	"github.com/storylens/storylens/story/analysis"
)

// Formats are the export formats, in the order files are written.
var Formats = []string{"png", "svg", "pdf", "html"}

// TableFormat is the extra format "csv": a chart's data table
// (Chart.Table), written only when asked for and only for charts that have
// one (the source coverage chart).
const TableFormat = "csv"

// ExportOptions say which charts to write where.
type ExportOptions struct {
	// Dir is the folder to write into; it must exist.
	Dir string
	// Formats are any of "png", "svg", "pdf", "html" (all when empty).
	Formats []string
	// Charts to export (All when empty).
	Charts []ID
	// Scale is the PNG pixel scale, 1, 2 or 3 (2 when zero).
	Scale float64
	// Width and Height are the chart size in CSS pixels (960×560 when zero).
	Width, Height int
	// Transparent leaves the PNG and PDF background transparent.
	Transparent bool
	// Dark selects the dark colours.
	Dark bool
	// Theme, when set, replaces Dark and Transparent: ThemeLight,
	// ThemeDark or ThemeTransparent (light colours, no background in any
	// format), whatever the screen's theme.
	Theme Theme
	// Preset, when set, names one of Presets ("web", "slide", "a4",
	// "letter"): it sets Width, Height and Scale.
	Preset string
	// Caption is drawn on every chart: Title and Subtitle replace the
	// chart's own when given, Notes go under the chart. An empty
	// Caption.Credit is DefaultCredit(rep) unless NoCredit is set.
	Caption Caption
	// NoCredit leaves the credit line out.
	NoCredit bool
	// Grow lets the claim-frequency and coverage charts grow taller than
	// Height so that every claim shows, label in full (Options.Grow).
	Grow bool
	// Overwrite replaces existing files; otherwise an existing file is an
	// error.
	Overwrite bool
	// Progress, when set, is called after each file with the files done
	// and the total.
	Progress func(done, total int)
}

// wrapWriter lets tests make file writes fail part way.
var wrapWriter = func(w io.Writer) io.Writer { return w }

// Export writes Dir/<chart-id>.<format> for every chart and format, each
// atomically (internal/safefile: a failed write leaves no file). It returns
// the files written, in chart then format order, also on error. The error
// names every chart that failed; a chart the engine could not draw is a
// *RenderError (what failed and what to do), and its HTML page and table
// are still written when asked for.
func Export(r *Renderer, rep *analysis.Report, title string, o ExportOptions) ([]string, error) {
	if r == nil {
		return nil, fmt.Errorf("charts: export: no renderer")
	}
	formats, err := normFormats(o.Formats)
	if err != nil {
		return nil, fmt.Errorf("charts: export: %w", err)
	}
	ids := o.Charts
	if len(ids) == 0 {
		ids = All
	}
	for _, id := range ids {
		if !known(id) {
			return nil, fmt.Errorf("charts: export: unknown chart %q (known: %s)", id, joinIDs(All))
		}
	}
	scale := o.Scale
	if scale == 0 {
		scale = 2
	}
	var page [2]float64
	if o.Preset != "" {
		p, err := PresetByName(o.Preset)
		if err != nil {
			return nil, fmt.Errorf("charts: export: %w", err)
		}
		o.Width, o.Height, scale = p.Width, p.Height, p.Scale()
		page = p.PagePt()
	}
	if o.Theme != "" {
		if _, err := ParseTheme(string(o.Theme)); err != nil {
			return nil, fmt.Errorf("charts: export: %w", err)
		}
	}
	caption := o.Caption
	switch {
	case o.NoCredit:
		caption.Credit = ""
	case caption.Credit == "":
		caption.Credit = DefaultCredit(rep)
	}
	if err := validScale(scale); err != nil {
		return nil, fmt.Errorf("charts: export: %w", err)
	}
	opt := safefile.Options{Overwrite: o.Overwrite}
	total := 0
	for _, id := range ids {
		for _, f := range formats {
			if f != TableFormat || hasTable(id) {
				total++
			}
		}
	}
	var (
		mu      sync.Mutex
		written = map[string]bool{}
		done    int
		errs    []error
		wg      sync.WaitGroup
	)
	report := func(path string, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			errs = append(errs, err)
			return
		}
		written[path] = true
		done++
		if o.Progress != nil {
			o.Progress(done, total)
		}
	}
	// One goroutine per chart: the engine serialises the JavaScript, the
	// rasterising and encoding run side by side.
	for _, id := range ids {
		wg.Add(1)
		go func(id ID) {
			defer wg.Done()
			c, err := Build(id, rep, Options{Width: o.Width, Height: o.Height, Dark: o.Dark, Theme: o.Theme,
				Title: title, Caption: caption, Grow: o.Grow})
			if err != nil {
				report("", err)
				return
			}
			c.PagePt = page
			failed := false
			for _, f := range formats {
				if f == TableFormat && !hasTable(id) {
					continue
				}
				if failed && f != "html" && f != TableFormat {
					// The engine failed on this chart: its other drawn
					// formats would fail alike (each taking the engine's
					// time). The HTML page (drawn by the browser) and the
					// table are still written.
					continue
				}
				path := filepath.Join(o.Dir, string(id)+"."+f)
				err := writeChart(r, c, f, path, scale, o.Transparent, opt)
				report(path, err)
				var re *RenderError
				failed = failed || errors.As(err, &re)
			}
		}(id)
	}
	wg.Wait()
	var files []string
	for _, id := range ids {
		for _, f := range formats {
			if p := filepath.Join(o.Dir, string(id)+"."+f); written[p] {
				files = append(files, p)
			}
		}
	}
	if len(errs) > 0 {
		// Every chart that failed is named, in a stable order.
		sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
		// A chart the engine failed on says so itself, in words for the
		// user; other errors get the package's context.
		for i, err := range errs {
			var re *RenderError
			if !errors.As(err, &re) {
				errs[i] = fmt.Errorf("charts: export: %w", err)
			}
		}
		if len(errs) == 1 {
			return files, errs[0]
		}
		return files, fmt.Errorf("%d charts or files failed:\n%w", len(errs), errors.Join(errs...))
	}
	return files, nil
}

// writeChart writes one chart in one format to path, atomically.
func writeChart(r *Renderer, c *Chart, format, path string, scale float64, transparent bool, opt safefile.Options) error {
	var fill func(w io.Writer) error
	switch format {
	case "png":
		img, err := r.raster(c, scale, transparent)
		if err != nil {
			return err
		}
		fill = func(w io.Writer) error {
			if err := encodePNG(wrapWriter(w), img); err != nil {
				return fmt.Errorf("encode png: %w", err)
			}
			return nil
		}
	case TableFormat:
		fill = func(w io.Writer) error { return c.Table.WriteCSV(wrapWriter(w)) }
	case "svg", "pdf", "html":
		var data []byte
		var err error
		switch format {
		case "svg":
			data, err = r.SVG(c)
		case "pdf":
			data, err = r.PDF(c, transparent)
		default:
			data, err = HTML(c)
		}
		if err != nil {
			return err
		}
		fill = func(w io.Writer) error {
			_, err := wrapWriter(w).Write(data)
			return err
		}
	}
	return safefile.Write(path, opt, fill)
}

// normFormats checks and orders the formats (all when empty).
func normFormats(in []string) ([]string, error) {
	if len(in) == 0 {
		return Formats, nil
	}
	want := map[string]bool{}
	for _, f := range in {
		f = strings.ToLower(strings.TrimSpace(f))
		ok := f == TableFormat
		for _, k := range Formats {
			ok = ok || f == k
		}
		if !ok {
			return nil, fmt.Errorf("unknown format %q (known: %s, %s)", f, strings.Join(Formats, ", "), TableFormat)
		}
		want[f] = true
	}
	var out []string
	for _, k := range append(Formats, TableFormat) {
		if want[k] {
			out = append(out, k)
		}
	}
	return out, nil
}

// hasTable reports whether chart id has a data table (Chart.Table).
func hasTable(id ID) bool { return id == SourceCoverage }

func known(id ID) bool {
	for _, k := range All {
		if k == id {
			return true
		}
	}
	return false
}
