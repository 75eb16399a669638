package app

import (
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/storylens/storylens/assets/icon"
	"github.com/storylens/storylens/mapview"
)

// appID is the application id (as in FyneApp.toml); preferences live under it.
const appID = "io.github.storylens.storylens"

// startDelay lets the first frame paint before background work starts.
const startDelay = 100 * time.Millisecond

// Run opens the main window on the story at cfg.Path ("" = the bundled
// story) and blocks until it closes. The window appears at once with a light
// placeholder; the full interface is built as soon as the app runs, and the
// basemap, the chart engine and the story (loaded and analysed) come in
// behind it.
func Run(cfg Config) error {
	// Decoding the basemap takes a few hundred milliseconds: start it now,
	// off the UI thread, so that it is ready when the map first draws.
	mapview.Preload()
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", icon.PNG))
	w := a.NewWindow("Storylens")
	w.SetContent(splash())
	// Never larger than the screen: FYNE_SCALE is known now, the scale the
	// monitor adds and the monitor the window is on once it is up (refitted
	// below).
	screen := screenPixels()
	size, _ := fitToScreen(defaultSize, minimumSize, floorSize, screen, envScale())
	w.Resize(size)
	w.SetMaster()
	var u *UI
	a.Lifecycle().SetOnStarted(func() {
		// Building the interface measures a lot of text; doing it after the
		// window is up keeps the first frame as quick as a bare window's.
		fyne.Do(func() {
			u = NewUI(a, w, cfg)
			// The window is up now: fit it to the monitor it opened on
			// (a secondary one may be smaller than the primary).
			u.fitWindow(windowScreenPixels(w), w.Canvas().Scale())
			go func() {
				// Heavy work starts after the first frames, so that it
				// does not compete with them for the CPU.
				time.Sleep(startDelay)
				fyne.Do(u.Start)
			}()
		})
	})
	w.ShowAndRun()
	if u != nil {
		u.stopPlaying()
	}
	return nil
}

// splash is what the window shows for the moment before the interface is
// built: the icon on the theme's background, no text to measure.
func splash() fyne.CanvasObject {
	img := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", icon.PNG))
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(96, 96))
	return container.NewCenter(img)
}
