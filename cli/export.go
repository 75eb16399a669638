package cli

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/storyview"
)

const exportUsage = `Usage: storylens export WHAT [PATH] --out DEST [options]

WHAT is one of:
  charts      claim frequency, source coverage, timeline and places charts as PNG, SVG, PDF and HTML
  map         the map of one step as a PNG
  slides      every step as a PNG slide (the map and the step's text), as the app exports them
  geojson     places (with mentions) and routes (with lengths) as GeoJSON
  csv         claims, coverage matrix, quantities and checks as CSV files
  storymapjs  the story as a StoryMapJS JSON file

PATH is a story folder, .zip, or folder of articles (the bundled story when omitted).
Existing files are never overwritten unless --force is given. Run "storylens export WHAT --help" for options.
`

func runExport(env Env, args []string) int {
	if len(args) == 0 || args[0] == "--help" || args[0] == "-h" || args[0] == "help" {
		w := env.Stdout
		code := ExitOK
		if len(args) == 0 {
			w, code = env.Stderr, ExitUsage
		}
		fmt.Fprint(w, exportUsage)
		return code
	}
	switch args[0] {
	case "charts":
		return exportCharts(env, args[1:])
	case "map":
		return exportMap(env, args[1:])
	case "slides":
		return exportSlides(env, args[1:])
	case "geojson":
		return exportGeoJSON(env, args[1:])
	case "csv":
		return exportCSV(env, args[1:])
	case "storymapjs":
		return exportStoryMapJS(env, args[1:])
	}
	fmt.Fprintf(env.Stderr, "storylens export: unknown export %q\n\n%s", args[0], exportUsage)
	return ExitUsage
}

func parseScale(f float64) error {
	if f < 1 || f > 4 {
		return fmt.Errorf("--scale %g: want 1 to 4", f)
	}
	return nil
}

func exportCharts(env Env, args []string) int {
	fs := newFlagSet("export charts", "export charts [PATH] --out DIR [options]",
		"Renders the charts with Apache ECharts' own server-side renderer (no browser) and writes\n"+
			"DIR/<chart-id>.<ext> for each chart and format. A PNG at --size 960x560 --scale 2 is 1920x1120.\n"+
			"Every chart carries a credit line naming the data (\"Source: 5 articles, 2019–2023 · Storylens\").")
	out := fs.String("out", "", "folder to write into (created if missing)")
	formats := fs.String("format", "png,svg,pdf,html", "formats: png, svg, pdf, html; csv writes the coverage chart's data table")
	scale := fs.Float64("scale", 2, "PNG pixel scale (1 to 4)")
	size := fs.String("size", "960x560", "chart size in CSS pixels, WIDTHxHEIGHT (200x150 to 8000x8000)")
	preset := fs.String("preset", "", "size preset instead of --size and --scale: "+presetHelp())
	which := fs.String("charts", joinIDs(charts.All), "charts to export")
	fs.Var(stringAlias{which}, "chart", "the same as --charts")
	theme := fs.String("theme", "", "colours whatever the desktop's theme: light, dark or transparent (no background)")
	transparent := fs.Bool("transparent", false, "PNG and PDF with a transparent background")
	dark := fs.Bool("dark", false, "dark colours (the same as --theme dark)")
	title := fs.String("title", "", "title on every chart instead of its own")
	subtitle := fs.String("subtitle", "", "subtitle on every chart instead of its own")
	notes := fs.String("notes", "", "notes under every chart (wrapped, never shortened)")
	credit := fs.String("credit", "", "credit line (default: the number of articles and their years; \"none\" for none)")
	grow := fs.Bool("grow", false, "let the claim and coverage charts grow taller than --size so that every claim shows")
	force := fs.Bool("force", false, "overwrite existing files")
	pos, code, ok := parseArgs(fs, env, args, 1)
	if !ok {
		return code
	}
	if !requireOut(env, "export charts", *out, "DIR") {
		return ExitUsage
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	w, h, err := charts.ParseSize(*size)
	if err != nil {
		err = fmt.Errorf("--size: %w; or --preset %s", err, presetHelp())
	}
	if err == nil {
		err = parseScale(*scale)
	}
	if err == nil && *preset != "" {
		if set["size"] || set["scale"] {
			err = fmt.Errorf("--preset %s sets the size and scale: give --preset or --size and --scale, not both", *preset)
		} else if _, perr := charts.PresetByName(*preset); perr != nil {
			err = fmt.Errorf("--preset: %w", perr)
		}
	}
	var th charts.Theme
	if err == nil && *theme != "" {
		th, err = charts.ParseTheme(*theme)
		if err != nil {
			err = fmt.Errorf("--theme: %w", err)
		} else if set["dark"] || set["transparent"] {
			err = fmt.Errorf("--theme %s: give --theme or --dark/--transparent, not both", th)
		}
	}
	var ids []charts.ID
	if err == nil {
		ids, err = parseChartIDs(*which)
	}
	var fmts []string
	if err == nil {
		fmts, err = parseFormats(*formats)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "storylens export charts: %v\n", err)
		return ExitUsage
	}
	s, rep, code := loadAndAnalyze(env, "export charts", first(pos), analysis.Options{})
	if rep == nil {
		return code
	}
	r, err := charts.NewRenderer()
	if err != nil {
		return failf(env, "export charts", "%v", err)
	}
	if err := mkdirAll(*out); err != nil {
		return failf(env, "export charts", "%v", err)
	}
	cred := strings.TrimSpace(*credit)
	files, err := charts.Export(r, rep, s.Title, charts.ExportOptions{
		Dir: *out, Formats: fmts, Charts: ids, Scale: *scale, Width: w, Height: h, Preset: *preset,
		Transparent: *transparent, Dark: *dark, Theme: th, Overwrite: *force,
		Caption:  charts.Caption{Title: *title, Subtitle: *subtitle, Notes: *notes, Credit: cred},
		NoCredit: strings.EqualFold(cred, "none"), Grow: *grow,
	})
	for _, f := range files {
		fmt.Fprintln(env.Stdout, f)
	}
	if err != nil {
		return failf(env, "export charts", "%v", err)
	}
	return ExitOK
}

// presetHelp lists the chart size presets with their pixels.
func presetHelp() string {
	var s []string
	for _, p := range charts.Presets {
		s = append(s, fmt.Sprintf("%s (%dx%d px)", p.Name, p.PixelWidth, p.PixelHeight))
	}
	return strings.Join(s, ", ")
}

// stringAlias is a second flag name writing into the same string.
type stringAlias struct{ p *string }

func (a stringAlias) String() string {
	if a.p == nil {
		return ""
	}
	return *a.p
}

func (a stringAlias) Set(s string) error { *a.p = s; return nil }

func joinIDs(ids []charts.ID) string {
	var s []string
	for _, id := range ids {
		s = append(s, string(id))
	}
	return strings.Join(s, ",")
}

func parseChartIDs(list string) ([]charts.ID, error) {
	var out []charts.ID
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		found := false
		for _, id := range charts.All {
			if string(id) == name {
				out = append(out, id)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("--charts: unknown chart %q (known: %s)", name, joinIDs(charts.All))
		}
	}
	return out, nil
}

func parseFormats(list string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(list, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		switch f {
		case "png", "svg", "pdf", "html", "csv":
			out = append(out, f)
		default:
			return nil, fmt.Errorf("--format: unknown format %q (known: png, svg, pdf, html, csv)", f)
		}
	}
	return out, nil
}

func exportMap(env Env, args []string) int {
	fs := newFlagSet("export map", "export map [PATH] --step N --out FILE.png [--size 1600x1000] [--scale 2]\n"+
		"       [--center LON,LAT --zoom Z | --bounds WEST,SOUTH,EAST,NORTH] [--basemap FILE.pmtiles]\n"+
		"       [--title T] [--subtitle S]",
		"Renders the map as step N shows it (N from 1; -1 is the last step; 0 is the story's overview), with\n"+
			"legend and attribution, headless. --center and --zoom, or --bounds, set the view instead of the step's\n"+
			"(the step still decides what is highlighted). --title and --subtitle print a band across the top.")
	out := fs.String("out", "", "PNG file to write")
	step := fs.Int("step", 1, "step number from 1 (-1 = last, 0 = all places)")
	size := fs.String("size", "1600x1000", "map size in pixels before scaling, WIDTHxHEIGHT")
	scale := fs.Float64("scale", 1, "pixel scale (1 to 4)")
	dark := fs.Bool("dark", false, "dark colours")
	force := fs.Bool("force", false, "overwrite an existing file")
	center := fs.String("center", "", "map centre LON,LAT (with --zoom)")
	zoom := fs.Float64("zoom", -1, "Web Mercator zoom level, 2 to 16 (with --center)")
	bounds := fs.String("bounds", "", "show the box WEST,SOUTH,EAST,NORTH (degrees)")
	userBasemap := fs.String("basemap", "", "draw this PMTiles archive of vector tiles instead of the embedded basemap")
	title := fs.String("title", "", "a title printed across the top of the map")
	subtitle := fs.String("subtitle", "", "a subtitle under the title")
	pos, code, ok := parseArgs(fs, env, args, 1)
	if !ok {
		return code
	}
	if !requireOut(env, "export map", *out, "FILE.png") {
		return ExitUsage
	}
	w, h, err := charts.ParseSize(*size) // the app's export dialog's parser too
	if err != nil {
		err = fmt.Errorf("--size: %w", err)
	}
	if err == nil {
		err = parseScale(*scale)
	}
	var opts mapview.RenderOptions
	if err == nil {
		opts, err = mapViewFlags(*center, *zoom, *bounds)
	}
	if err == nil && *userBasemap != "" {
		if err := useBasemap(*userBasemap); err != nil {
			return failf(env, "export map", "--basemap: %v", err)
		}
		defer mapview.UseBasemap(nil)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "storylens export map: %v\n", err)
		return ExitUsage
	}
	s, rep, code := loadAndAnalyze(env, "export map", first(pos), analysis.Options{})
	if rep == nil {
		return code
	}
	idx := *step - 1
	switch {
	case *step == -1:
		idx = -1
	case *step == 0:
		idx = -2
	case *step < -1 || *step > len(s.Steps):
		return failf(env, "export map", "--step %d: the story has steps 1 to %d (or -1 for the last, 0 for all places)", *step, len(s.Steps))
	}
	opts.Step, opts.Width, opts.Height, opts.Scale, opts.Dark = idx, w, h, *scale, *dark
	opts.Title, opts.Subtitle = *title, *subtitle
	img, err := mapview.Render(s, rep, opts)
	if err != nil {
		return failf(env, "export map", "%v", err)
	}
	if err := storyview.WritePNG(*out, img, *force); err != nil {
		return failf(env, "export map", "%v", err)
	}
	b := img.Bounds()
	fmt.Fprintf(env.Stdout, "%s (%dx%d)\n", *out, b.Dx(), b.Dy())
	return ExitOK
}

func exportSlides(env Env, args []string) int {
	fs := newFlagSet("export slides", "export slides [PATH] --out DIR [--scale 1] [--dark] [--force]",
		"Draws every step as a 1600x900 slide (times --scale): the step's map on the left, its counter,\n"+
			"title, date and text on the right; writes DIR/slide-NN.png, as the app's File > Export does.")
	out := fs.String("out", "", "folder to write into (created if missing)")
	scale := fs.Float64("scale", 1, "pixel scale (1 to 4)")
	dark := fs.Bool("dark", false, "dark colours")
	force := fs.Bool("force", false, "overwrite existing files")
	pos, code, ok := parseArgs(fs, env, args, 1)
	if !ok {
		return code
	}
	if !requireOut(env, "export slides", *out, "DIR") {
		return ExitUsage
	}
	if err := parseScale(*scale); err != nil {
		fmt.Fprintf(env.Stderr, "storylens export slides: %v\n", err)
		return ExitUsage
	}
	s, rep, code := loadAndAnalyze(env, "export slides", first(pos), analysis.Options{})
	if rep == nil {
		return code
	}
	files, err := storyview.Export(storyview.ExportSource{Story: s, Report: rep},
		storyview.ExportOptions{Dir: *out, Slides: true, Scale: *scale, Dark: *dark}, *force, nil)
	for _, f := range files {
		fmt.Fprintln(env.Stdout, f)
	}
	if err != nil {
		return failf(env, "export slides", "%v", err)
	}
	return ExitOK
}

// useBasemap opens a user's basemap archive and makes the maps draw it.
func useBasemap(file string) error {
	b, err := mapview.OpenBasemap(file)
	if err != nil {
		return err
	}
	mapview.UseBasemap(b)
	return nil
}

// mapViewFlags turns --center/--zoom or --bounds into render options.
func mapViewFlags(center string, zoom float64, bounds string) (mapview.RenderOptions, error) {
	var o mapview.RenderOptions
	switch {
	case bounds != "" && (center != "" || zoom >= 0):
		return o, fmt.Errorf("give either --bounds or --center and --zoom, not both")
	case bounds != "":
		b, err := parseBounds(bounds)
		if err != nil {
			return o, err
		}
		o.Bounds = &b
	case center != "" || zoom >= 0:
		if center == "" || zoom < 0 {
			return o, fmt.Errorf("--center and --zoom go together")
		}
		c, err := parseCenter(center)
		if err != nil {
			return o, err
		}
		if zoom < mapview.MinZoom || zoom > mapview.MaxZoom {
			return o, fmt.Errorf("--zoom %g: want %g to %g", zoom, mapview.MinZoom, mapview.MaxZoom)
		}
		o.Camera = &story.Camera{Center: [2]float64{c[0], c[1]}, Zoom: zoom}
	}
	return o, nil
}

// mkdirAll creates an export folder (and its parents) when missing.
func mkdirAll(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	return nil
}

func first(pos []string) string {
	if len(pos) > 0 {
		return pos[0]
	}
	return ""
}
