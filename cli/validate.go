package cli

import (
	"fmt"

	"github.com/storylens/storylens/story"
)

func runValidate(env Env, args []string) int {
	fs := newFlagSet("validate", "validate [PATH]",
		"Loads the story at PATH (a story folder, a .zip of one, or a folder of articles; the bundled story when\n"+
			"PATH is omitted) and lists every problem as file:line: message. Exit 1 when there are errors;\n"+
			"warnings alone exit 0.")
	quiet := fs.Bool("quiet", false, "print only errors, not warnings")
	pos, code, ok := parseArgs(fs, env, args, 1)
	if !ok {
		return code
	}
	path := ""
	if len(pos) == 1 {
		path = pos[0]
	}
	s, problems := openStory(path)
	errs, warns := 0, 0
	for _, p := range problems {
		if p.Severity == story.SeverityError {
			errs++
		} else {
			warns++
			if *quiet {
				continue
			}
		}
		fmt.Fprintln(env.Stdout, p.String())
	}
	name := path
	if name == "" {
		name = "bundled story"
	}
	if errs > 0 {
		fmt.Fprintf(env.Stdout, "%s: %d error(s), %d warning(s)\n", name, errs, warns)
		return ExitFailure
	}
	fmt.Fprintf(env.Stdout, "%s: ok (%d sources, %d steps, %d places, %d routes, %d claims; %d warning(s))\n",
		name, len(s.Sources), len(s.Steps), len(s.Places), len(s.Routes), len(s.Claims), warns)
	return ExitOK
}
