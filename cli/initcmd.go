package cli

import (
	"fmt"

	"github.com/storylens/storylens/story"
)

func runInit(env Env, args []string) int {
	fs := newFlagSet("init", "init DIR",
		"Writes the bundled story to DIR (which must not exist or be empty) as an editable story package:\n"+
			"story.json, articles/, places.geojson, routes.geojson, claims.json, sources.json.")
	pos, code, ok := parseArgs(fs, env, args, 1)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		fmt.Fprintln(env.Stderr, "storylens init: give the folder to write, e.g. storylens init mystory")
		return ExitUsage
	}
	s, problems := openStory("")
	if problems.HasErrors() {
		return failf(env, "init", "the bundled story does not load: %v", problems.Err())
	}
	if err := story.WritePackage(s, pos[0]); err != nil {
		return failf(env, "init", "%v", err)
	}
	fmt.Fprintf(env.Stdout, "wrote %s: %d articles, %d steps; open it with: storylens %s\n", pos[0], len(s.Sources), len(s.Steps), pos[0])
	return ExitOK
}
