package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

func runInit(env Env, args []string) int {
	fs := newFlagSet("init", "init DIR|FILE.zip [--from PATH]",
		"Writes a story to DIR (which must not exist or be empty) as an editable story package: story.json,\n"+
			"articles/ (copied byte for byte), places.geojson, routes.geojson, claims.json, sources.json;\n"+
			"or, when the name ends in .zip, the same files in a new .zip archive (never over an existing file).\n"+
			"Without --from, the bundled story. With --from, the story at PATH (a package, a .zip, or a plain\n"+
			"folder of articles) as Storylens shows it: its own places plus those found in the articles, the\n"+
			"routes and venue found in the text (marked inferred and approximate), and a draft's steps.")
	from := fs.String("from", "", "the story to write (default: the bundled story)")
	pos, code, ok := parseArgs(fs, env, args, 1)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		fmt.Fprintln(env.Stderr, "storylens init: give the folder to write, e.g. storylens init mystory [--from articles/]")
		return ExitUsage
	}
	var s *story.Story
	if *from == "" {
		var problems story.Problems
		s, problems = openStory("")
		if problems.HasErrors() {
			return failf(env, "init", "the bundled story does not load: %v", problems.Err())
		}
	} else {
		var rep *analysis.Report
		s, rep, code = loadAndAnalyze(env, "init", *from, analysis.Options{})
		if rep == nil {
			return code
		}
		s.Draft = false
	}
	if ps := story.Validate(s); ps.HasErrors() {
		return failf(env, "init", "the story to write is not valid; nothing written: %v", ps.Err())
	}
	write := story.WritePackage
	if strings.EqualFold(filepath.Ext(pos[0]), ".zip") {
		write = func(s *story.Story, path string) error { return story.WriteZip(s, path, false) }
	}
	if err := write(s, pos[0]); err != nil {
		return failf(env, "init", "%v", err)
	}
	fmt.Fprintf(env.Stdout, "wrote %s: %d articles, %d steps, %d places, %d routes; open it with: storylens %s\n",
		pos[0], len(s.Sources), len(s.Steps), len(s.Places), len(s.Routes), pos[0])
	return ExitOK
}
