package app

import (
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/storylens/storylens/assets/icon"
)

// appID is the application id (as in FyneApp.toml); preferences live under it.
const appID = "io.github.storylens.storylens"

// startDelay lets the first frame paint before background work starts.
const startDelay = 100 * time.Millisecond

// Run opens the main window on the story at cfg.Path ("" = the bundled
// story) and blocks until it closes. The window appears at once; the
// basemap, the chart engine and the story (loaded and analysed) come in
// behind it.
func Run(cfg Config) error {
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", icon.PNG))
	w := a.NewWindow("Storylens")
	u := NewUI(a, w, cfg)
	w.Resize(defaultSize)
	w.SetMaster()
	// Heavy work starts once the window is up, so that it does not compete
	// with the first frame for the CPU.
	a.Lifecycle().SetOnStarted(func() {
		go func() {
			time.Sleep(startDelay)
			fyne.Do(u.Start)
		}()
	})
	w.ShowAndRun()
	u.stopPlaying()
	return nil
}
