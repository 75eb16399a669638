// Command storylens shows one news story through many sources: a map of the
// places the articles mention, the story's steps, and charts of which source
// reports what. With no command it opens the desktop app; the commands
// (validate, analyze, init, export, import) run headless.
package main

import (
	"os"

	// First: it sets LANG=C.UTF-8 and the like up before Fyne reads them.
	"github.com/storylens/storylens/internal/locale"

	"github.com/storylens/storylens/app"
	"github.com/storylens/storylens/cli"
)

func main() {
	locale.Restore() // Fyne has read the locale: children see the user's own
	os.Exit(cli.Main(os.Args[1:], cli.Env{
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		OpenGUI: func(path string) error {
			return app.Run(app.Config{Path: path, Version: cli.Version, MemoryLimit: cli.MemoryLimit})
		},
	}))
}
