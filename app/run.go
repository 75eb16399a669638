package app

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/storylens/storylens/assets/icon"
)

// appID is the application id (as in FyneApp.toml); preferences live under it.
const appID = "io.github.storylens.storylens"

// Run opens the main window on the story at cfg.Path ("" = the bundled
// story) and blocks until it closes. The window appears at once; the story
// loads and is analysed behind it.
func Run(cfg Config) error {
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", icon.PNG))
	w := a.NewWindow("Storylens")
	u := NewUI(a, w, cfg)
	w.Resize(defaultSize)
	w.SetMaster()
	u.Start()
	w.ShowAndRun()
	u.stopPlaying()
	return nil
}
