package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Version is Storylens' version; FyneApp.toml carries the same (a test checks).
const Version = "0.1.0"

// Exit codes.
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2
)

// Env is what a command may touch: its output streams and, for the default
// command, a function that opens the desktop window on a story path ("" is
// the bundled story).
type Env struct {
	Stdout, Stderr io.Writer
	OpenGUI        func(path string) error
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(env Env, args []string) int
}

func commands() []command {
	return []command{
		{"validate", "check a story and list every problem", runValidate},
		{"analyze", "print what Storylens computes from a story (--json for the documented schema)", runAnalyze},
		{"init", "write the bundled story as an editable package", runInit},
		{"export", "export charts, the map, GeoJSON, CSV or StoryMapJS (headless)", runExport},
		{"import", "import a StoryMapJS story as a Storylens package", runImport},
	}
}

const usageText = `Storylens: one news story through many sources.

Usage:
  storylens [PATH]              open the desktop app on PATH (a story folder, .zip, or folder of articles);
                                without PATH, on the bundled story
  storylens COMMAND [options]   run a headless job

Commands:
%s
Options:
  --help       show help (also: storylens COMMAND --help)
  --version    print the version

Exit status: 0 success, 1 failure, 2 usage error.
`

func usage(w io.Writer) {
	var b strings.Builder
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, usageText, b.String())
}

// Main runs Storylens with the given arguments (without the program name)
// and returns the process exit code.
func Main(args []string, env Env) int {
	// --basemap FILE before the command or the story path: draw that
	// archive (PMTiles of vector tiles) instead of the embedded basemap.
	for len(args) >= 1 && (args[0] == "--basemap" || strings.HasPrefix(args[0], "--basemap=")) {
		file, rest := "", args[1:]
		if v, ok := strings.CutPrefix(args[0], "--basemap="); ok {
			file = v
		} else if len(args) >= 2 {
			file, rest = args[1], args[2:]
		}
		if file == "" {
			fmt.Fprintln(env.Stderr, "storylens: --basemap needs a file (a PMTiles archive of vector tiles)")
			return ExitUsage
		}
		if err := useBasemap(file); err != nil {
			fmt.Fprintf(env.Stderr, "storylens: --basemap: %v\n", err)
			return ExitFailure
		}
		args = rest
	}
	if len(args) > 0 {
		switch args[0] {
		case "--version", "-version", "version":
			fmt.Fprintf(env.Stdout, "storylens %s\n", Version)
			return ExitOK
		case "--help", "-help", "-h", "help":
			usage(env.Stdout)
			return ExitOK
		}
		for _, c := range commands() {
			if args[0] == c.name {
				setMemoryLimit()
				return c.run(env, args[1:])
			}
		}
		if strings.HasPrefix(args[0], "-") {
			fmt.Fprintf(env.Stderr, "storylens: unknown option %s\n\n", args[0])
			usage(env.Stderr)
			return ExitUsage
		}
	}
	if len(args) > 1 {
		fmt.Fprintf(env.Stderr, "storylens: unknown command %q, or more than one story path\n\n", args[0])
		usage(env.Stderr)
		return ExitUsage
	}
	path := ""
	if len(args) == 1 {
		path = args[0]
	}
	if env.OpenGUI == nil {
		fmt.Fprintln(env.Stderr, "storylens: no desktop in this build")
		return ExitFailure
	}
	if err := env.OpenGUI(path); err != nil {
		fmt.Fprintf(env.Stderr, "storylens: %v\n", err)
		return ExitFailure
	}
	return ExitOK
}

// parseArgs parses flags that may come before or after positional arguments
// ("analyze PATH --json" as well as "analyze --json PATH"). It returns the
// positional arguments, or an exit code when parsing ended the command
// (help shown: ExitOK; bad flag: ExitUsage).
func parseArgs(fs *flag.FlagSet, env Env, args []string, maxPos int) ([]string, int, bool) {
	// Help goes once, to stdout (the flag package would print it to the
	// error output while parsing).
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" || a == "--h" {
			fs.SetOutput(env.Stdout)
			fs.Usage()
			return nil, ExitOK, false
		}
	}
	fs.SetOutput(env.Stderr)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(env.Stdout)
				fs.Usage()
				return nil, ExitOK, false
			}
			return nil, ExitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if len(pos) > maxPos {
		fmt.Fprintf(env.Stderr, "storylens %s: too many arguments: %s\n", fs.Name(), strings.Join(pos, " "))
		return nil, ExitUsage, false
	}
	return pos, 0, true
}

// newFlagSet makes a flag set whose usage prints a synopsis and the flags.
func newFlagSet(name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: storylens %s\n\n%s\n", synopsis, about)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(w, "\nOptions:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// failf prints an error for command name and returns ExitFailure.
func failf(env Env, name, format string, a ...any) int {
	fmt.Fprintf(env.Stderr, "storylens %s: %s\n", name, fmt.Sprintf(format, a...))
	return ExitFailure
}
