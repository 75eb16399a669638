package storyview

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/internal/safefile"
	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// ExportOptions is what to export and where: the app's export dialog and
// the command line's `export slides` fill it in.
type ExportOptions struct {
	Dir string
	// ChartFormats are the formats (png, svg, pdf, html) of every chart;
	// none = no charts.
	ChartFormats []string
	Scale        float64
	Width        int // chart and map size in logical pixels
	Height       int
	// Map writes the map of the current step as map-step-N.png.
	Map bool
	// Slides writes every step as slide-NN.png.
	Slides bool
	Dark   bool
	// MapTitle and MapSubtitle, when set, are printed across the top of
	// the map (not of the slides, which have their own titles).
	MapTitle, MapSubtitle string
}

// ExportSource is what an export reads: a loaded story (never modified
// after loading, so it can be read off the UI thread), its analysis and the
// step whose map is wanted.
type ExportSource struct {
	Story  *story.Story
	Report *analysis.Report
	Step   int
	// Charts is the chart renderer (nil while it starts).
	Charts *charts.Renderer
}

// ErrNoStory is returned by an export with no story.
var ErrNoStory = errors.New("no story is open")

// ErrEngineLoading is returned when charts are exported before the chart
// engine has started.
var ErrEngineLoading = errors.New("the chart engine is still starting; try again in a moment")

// PlannedFiles lists the files an export will write (for the overwrite
// check), for a story of steps steps whose step current is shown.
func PlannedFiles(opt ExportOptions, steps, current int) []string {
	var out []string
	for _, f := range opt.ChartFormats {
		for _, id := range charts.All {
			out = append(out, filepath.Join(opt.Dir, string(id)+"."+f))
		}
	}
	if opt.Map {
		out = append(out, filepath.Join(opt.Dir, MapFileName(current)))
	}
	if opt.Slides {
		for i := 0; i < steps; i++ {
			out = append(out, filepath.Join(opt.Dir, SlideFileName(i, steps)))
		}
	}
	return out
}

// MapFileName names the map of step (from 0): map-step-N.png.
func MapFileName(step int) string { return fmt.Sprintf("map-step-%d.png", step+1) }

// SlideFileName names slide i (from 0) of n, numbered with at least two
// digits so that the files sort in step order: slide-01.png.
func SlideFileName(i, n int) string {
	w := len(strconv.Itoa(n))
	return fmt.Sprintf("slide-%0*d.png", max(w, 2), i+1)
}

// Existing returns the files among paths that exist.
func Existing(paths []string) []string {
	var out []string
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// Export writes what opt asks for, reporting progress (done of total
// files), and returns the files written. It never overwrites unless
// overwrite is true; every file is written atomically. It is safe to call
// off the UI thread: it only reads the story, which is not modified once
// loaded.
func Export(src ExportSource, opt ExportOptions, overwrite bool, progress func(done, total int)) ([]string, error) {
	s, rep, step := src.Story, src.Report, src.Step
	if s == nil {
		return nil, ErrNoStory
	}
	if err := os.MkdirAll(opt.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	total := len(PlannedFiles(opt, len(s.Steps), step))
	done := 0
	tick := func() {
		done++
		if progress != nil {
			progress(done, total)
		}
	}
	var written []string
	if len(opt.ChartFormats) > 0 {
		if rep == nil {
			return written, errors.New("export: the analysis is not ready yet")
		}
		if src.Charts == nil {
			return written, fmt.Errorf("export charts: %w", ErrEngineLoading)
		}
		base := done
		files, err := charts.Export(src.Charts, rep, s.Title, charts.ExportOptions{
			Dir: opt.Dir, Formats: opt.ChartFormats, Scale: opt.Scale, Width: opt.Width, Height: opt.Height,
			Dark: opt.Dark, Overwrite: overwrite,
			Progress: func(d, _ int) {
				if progress != nil {
					progress(base+d, total)
				}
			},
		})
		written = append(written, files...)
		if err != nil {
			return written, fmt.Errorf("export charts: %w", err)
		}
		done = base + len(opt.ChartFormats)*len(charts.All)
	}
	writePNG := func(name string, render func() (*image.RGBA, error)) error {
		img, err := render()
		if err != nil {
			return err
		}
		p := filepath.Join(opt.Dir, name)
		if err := WritePNG(p, img, overwrite); err != nil {
			return err
		}
		written = append(written, p)
		tick()
		return nil
	}
	if opt.Map {
		err := writePNG(MapFileName(step), func() (*image.RGBA, error) {
			var img *image.RGBA
			var err error
			if opt.MapTitle != "" || opt.MapSubtitle != "" {
				img, err = mapview.Render(s, rep, mapview.RenderOptions{Step: step, Width: opt.Width, Height: opt.Height,
					Scale: opt.Scale, Dark: opt.Dark, Title: opt.MapTitle, Subtitle: opt.MapSubtitle})
			} else {
				img, err = renderMap(s, rep, step, opt.Width, opt.Height, opt.Scale, opt.Dark)
			}
			if err != nil {
				return nil, fmt.Errorf("map of step %d: %w", step+1, err)
			}
			return img, nil
		})
		if err != nil {
			return written, fmt.Errorf("export map: %w", err)
		}
	}
	if opt.Slides {
		for i := range s.Steps {
			err := writePNG(SlideFileName(i, len(s.Steps)), func() (*image.RGBA, error) {
				return Slide(s, rep, i, SlideOptions{Width: 1600, Height: 900, Scale: opt.Scale, Dark: opt.Dark})
			})
			if err != nil {
				return written, fmt.Errorf("export slides: %w", err)
			}
		}
	}
	return written, nil
}

// WritePNG encodes img and writes it to path atomically (internal/safefile),
// refusing to replace an existing file unless overwrite is true: the one
// PNG writer of the app's and the command line's map and slide exports.
func WritePNG(path string, img image.Image, overwrite bool) error {
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return fmt.Errorf("%s: encode PNG: %w", path, err)
	}
	return safefile.WriteFile(path, b.Bytes(), safefile.Options{Overwrite: overwrite})
}
