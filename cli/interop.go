package cli

import (
	"fmt"

	"github.com/storylens/storylens/internal/limitread"
	"github.com/storylens/storylens/internal/safefile"
	"github.com/storylens/storylens/interop/storymapjs"
	"github.com/storylens/storylens/interop/tables"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

func exportGeoJSON(env Env, args []string) int {
	fs := newFlagSet("export geojson", "export geojson [PATH] --out FILE.geojson [--force]",
		"Writes the story's places (with mentions and sources) and routes (with lengths computed from the\n"+
			"geometry) as an RFC 7946 GeoJSON FeatureCollection that opens in QGIS.")
	out := fs.String("out", "", "GeoJSON file to write")
	force := fs.Bool("force", false, "overwrite an existing file")
	pos, code, ok := parseArgs(fs, env, args, 1)
	if !ok {
		return code
	}
	if !requireOut(env, "export geojson", *out, "FILE.geojson") {
		return ExitUsage
	}
	s, rep, code := loadAndAnalyze(env, "export geojson", first(pos), analysis.Options{})
	if rep == nil {
		return code
	}
	b, err := tables.GeoJSON(s, rep)
	return writeOut(env, "export geojson", *out, b, err, *force)
}

func exportCSV(env Env, args []string) int {
	fs := newFlagSet("export csv", "export csv [PATH] --out DIR [--force] [--bom]",
		"Writes claims.csv, coverage.csv (source x claim, 0/1), quantities.csv, conflicts.csv, checks.csv,\n"+
			"places.csv, sources.csv and steps.csv (RFC 4180, UTF-8, dates ISO 8601, ranges as start and end).")
	out := fs.String("out", "", "folder to write into (created if missing)")
	force := fs.Bool("force", false, "overwrite existing files")
	bom := fs.Bool("bom", false, "start each file with a UTF-8 byte order mark (for Excel)")
	pos, code, ok := parseArgs(fs, env, args, 1)
	if !ok {
		return code
	}
	if !requireOut(env, "export csv", *out, "DIR") {
		return ExitUsage
	}
	s, rep, code := loadAndAnalyze(env, "export csv", first(pos), analysis.Options{})
	if rep == nil {
		return code
	}
	if err := mkdirAll(*out); err != nil {
		return failf(env, "export csv", "%v", err)
	}
	files, err := tables.WriteCSVOptions(*out, s, rep, tables.CSVOptions{Overwrite: *force, BOM: *bom})
	for _, f := range files {
		fmt.Fprintln(env.Stdout, f)
	}
	if err != nil {
		return failf(env, "export csv", "%v", err)
	}
	return ExitOK
}

func exportStoryMapJS(env Env, args []string) int {
	fs := newFlagSet("export storymapjs", "export storymapjs [PATH] --out FILE.json [--force]",
		"Writes the story as a Knight Lab StoryMapJS JSON file (steps become slides).")
	out := fs.String("out", "", "JSON file to write")
	force := fs.Bool("force", false, "overwrite an existing file")
	pos, code, ok := parseArgs(fs, env, args, 1)
	if !ok {
		return code
	}
	if !requireOut(env, "export storymapjs", *out, "FILE.json") {
		return ExitUsage
	}
	s, problems := openStory(first(pos))
	for _, p := range problems {
		fmt.Fprintln(env.Stderr, p.String())
	}
	if problems.HasErrors() {
		return failf(env, "export storymapjs", "the story has errors; nothing written")
	}
	b, report, err := storymapjs.ExportReport(s)
	for _, line := range report.Lines() {
		fmt.Fprintf(env.Stderr, "%s: %s\n", *out, line)
	}
	return writeOut(env, "export storymapjs", *out, b, err, *force)
}

func runImport(env Env, args []string) int {
	if len(args) == 0 || args[0] != "storymapjs" {
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
			fmt.Fprintln(env.Stdout, "Usage: storylens import storymapjs FILE.json --out DIR")
			return ExitOK
		}
		fmt.Fprintln(env.Stderr, "Usage: storylens import storymapjs FILE.json --out DIR")
		return ExitUsage
	}
	fs := newFlagSet("import storymapjs", "import storymapjs FILE.json --out DIR",
		"Turns a Knight Lab StoryMapJS story into a Storylens package in DIR (which must not exist or be\n"+
			"empty). Unknown fields are kept in the steps and listed; HTML in slide text is sanitised.")
	out := fs.String("out", "", "folder to write the package into")
	pos, code, ok := parseArgs(fs, env, args[1:], 1)
	if !ok {
		return code
	}
	if len(pos) != 1 || *out == "" {
		fmt.Fprintln(env.Stderr, "storylens import storymapjs: give FILE.json and --out DIR")
		return ExitUsage
	}
	data, err := limitread.File(pos[0], storymapjs.MaxSize)
	if err != nil {
		return failf(env, "import storymapjs", "%v", err)
	}
	s, report, err := storymapjs.Import(data, pos[0])
	if err != nil {
		return failf(env, "import storymapjs", "%v", err)
	}
	for _, line := range report.Lines() {
		fmt.Fprintf(env.Stderr, "%s: %s\n", pos[0], line)
	}
	if err := story.WritePackage(s, *out); err != nil {
		return failf(env, "import storymapjs", "%v", err)
	}
	fmt.Fprintf(env.Stdout, "wrote %s: %d steps, %d places, %d routes\n", *out, len(s.Steps), len(s.Places), len(s.Routes))
	return ExitOK
}

// requireOut reports a usage error when --out was not given.
func requireOut(env Env, cmd, out, what string) bool {
	if out != "" {
		return true
	}
	fmt.Fprintf(env.Stderr, "storylens %s: --out %s is required\n", cmd, what)
	return false
}

// writeOut writes data, made with error err, atomically to path and prints
// the path: the end of every single-file export.
func writeOut(env Env, cmd, path string, data []byte, err error, force bool) int {
	if err == nil {
		err = safefile.WriteFile(path, data, safefile.Options{Overwrite: force})
	}
	if err != nil {
		return failf(env, cmd, "%v", err)
	}
	fmt.Fprintln(env.Stdout, path)
	return ExitOK
}
