package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/mapview"
)

// basemapKey is the Preferences key of the user's basemap file ("" or
// absent: the embedded basemap).
const basemapKey = "basemap"

// SetBasemap makes the map (and exports) draw the vector-tile archive at
// path instead of the embedded basemap, as --basemap does, and remembers
// it in Preferences for the next start; "" goes back to the embedded
// basemap. A file that cannot be read returns an error naming it, and the
// basemap drawn until then stays (and stays remembered).
func (u *UI) SetBasemap(path string) error {
	if path == "" {
		mapview.UseBasemap(nil)
		u.app.Preferences().SetString(basemapKey, "")
		u.refreshMap()
		return nil
	}
	b, err := mapview.OpenBasemap(path)
	if err != nil {
		return fmt.Errorf("the map keeps its basemap: %w", err)
	}
	// The basemap used before is not closed: a frame drawn in the
	// background may still be reading it.
	mapview.UseBasemap(b)
	u.app.Preferences().SetString(basemapKey, path)
	u.refreshMap()
	return nil
}

// restoreBasemap, at start, opens the basemap chosen in an earlier session,
// unless one was given on the command line (--basemap). When it cannot be
// opened any more, the error is shown, the setting is cleared and the
// embedded basemap stays.
func (u *UI) restoreBasemap() {
	path := u.app.Preferences().String(basemapKey)
	if path == "" || mapview.UserBasemap() != nil {
		return
	}
	if err := u.SetBasemap(path); err != nil {
		u.app.Preferences().SetString(basemapKey, "")
		u.showError(fmt.Errorf("%w (the setting is cleared; choose it again in View > Basemap…)", err))
	}
}

// refreshMap redraws the map, if it is built.
func (u *UI) refreshMap() {
	if u.mp.Map != nil {
		u.mp.Refresh()
	}
}

// basemapName says which basemap the map draws.
func basemapName() string {
	if b := mapview.UserBasemap(); b != nil {
		return b.Path()
	}
	return "the embedded world basemap (GSHHG, Natural Earth, DCW-GMT)"
}

// ShowBasemapSetting shows which basemap the map draws and lets the user
// choose a PMTiles archive of vector tiles (an OpenStreetMap extract in the
// OpenMapTiles or Protomaps schema, or one in Storylens' own), or go back
// to the embedded basemap.
func (u *UI) ShowBasemapSetting() {
	current := widget.NewLabel("Drawing: " + basemapName())
	current.Wrapping = fyne.TextWrapWord
	choose := widget.NewButton("Choose a file…", func() {
		open := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				u.showError(err)
				return
			}
			if r == nil {
				return
			}
			p := r.URI().Path()
			_ = r.Close()
			if err := u.SetBasemap(p); err != nil {
				u.showError(err)
				return
			}
			current.SetText("Drawing: " + basemapName())
		}, u.win)
		open.SetFilter(storage.NewExtensionFileFilter([]string{".pmtiles", ".mbtiles"}))
		open.Show()
	})
	embedded := widget.NewButton("Use the embedded basemap", func() {
		_ = u.SetBasemap("")
		current.SetText("Drawing: " + basemapName())
	})
	help := widget.NewLabel("A PMTiles archive of vector tiles: the map draws its water, land, rivers, borders and roads. " +
		"An MBTiles file is refused with the command that converts it. Remembered for the next start.")
	help.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(current, help, container.NewHBox(choose, embedded))
	d := dialog.NewCustom("Basemap", "Close", content, u.win)
	u.fitDialog(d, fyne.NewSize(520, 220))
	d.Show()
}
