package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/assets/basemap"
	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/storyview"
)

// recentKey is the preference holding recently opened stories, newest first.
const (
	recentKey  = "recent.stories"
	maxRecents = 8
)

// Start starts the chart engine and the recovery copies, and opens the story of the configuration
// (the bundled one when Path is ""), both in the background.
func (u *UI) Start() {
	u.restoreBasemap()
	u.charts.start()
	u.startRecovery(recoveryInterval)
	u.setLoading("map", "Loading the map")
	go func() {
		// Decode the basemap off the UI thread; the map draws from it.
		if _, err := basemap.Layers(); err != nil {
			fyne.LogError("basemap", err)
		}
		fyne.Do(func() {
			u.setLoading("map", "")
			u.showMap()
		})
	}()
	u.Open(u.cfg.Path)
}

// Open loads the story at path ("" = bundled) in the background, with a
// progress bar. When it loads, it replaces the current story; when it fails,
// the current story stays and one dialog lists every problem. Warnings are
// listed too but the story opens. With unsaved changes it asks first
// (Save / Discard / Cancel).
func (u *UI) Open(path string) {
	u.confirmUnsaved(func() { u.openAs(path, path, false) })
}

// openAs loads the story at load and shows it as the story opened from
// path (they differ for a recovery copy, which is shown as unsaved changes
// to the story at path).
func (u *UI) openAs(load, path string, recovered bool) {
	u.loads++
	gen := u.loads
	name := load
	if name == "" {
		name = "the bundled story"
	}
	if recovered {
		name = "the recovery copy"
	}
	u.setLoading("story", "Opening "+filepath.Base(name))
	loader := u.Loader
	go func() {
		res := loader(load, func(stage string) {
			fyne.Do(func() {
				if gen == u.loads {
					u.setLoading("story", stage)
				}
			})
		})
		// What needs no window is prepared here, off the UI thread.
		p := prepareLoad(res, path, recovered)
		fyne.Do(func() { u.applyLoad(gen, p) })
	}()
}

// preparedLoad is a finished load with the work that needs no window done:
// the document (an editor over a copy of the story), the report as edited,
// the navigation over them and the map's scene (every route point
// projected). prepareLoad runs on the loader's goroutine, so that applying
// a 5,000-article story costs the UI thread only the widgets' own work
// (issue 18 §2: the UI thread never blocked for more than 100 ms).
type preparedLoad struct {
	res       Loaded
	path      string
	recovered bool
	// Nil when the load failed.
	doc   *document
	nav   *Nav
	scene *mapview.Scene
}

// prepareLoad prepares res, loaded from path (a recovery copy of the story
// at path when recovered), to be shown. It touches no widget and no state
// of the UI, so it runs on any goroutine.
func prepareLoad(res Loaded, path string, recovered bool) *preparedLoad {
	p := &preparedLoad{res: res, path: path, recovered: recovered}
	if res.Failed || res.Story == nil {
		return p
	}
	d := newDocument(path, res.Story, res.Report)
	if recovered {
		// The copy is a package, but Save writes where the story came from.
		d.inPlace = isPackageFolder(path, &story.Story{})
		if fi, err := os.Stat(path); path != "" && !d.inPlace && err == nil && fi.IsDir() {
			d.articles = path // a draft's folder of articles
		}
		d.recovered = true
	}
	view := d.editor.View()
	p.doc, p.nav = d, NewNav(view, d.report())
	p.scene = mapview.BuildScene(view, p.nav.Report())
	return p
}

// loaded prepares and applies a finished load on the calling goroutine
// (tests; the app prepares on the loader's goroutine: openAs).
func (u *UI) loaded(gen int, res Loaded, path string, recovered bool) {
	u.applyLoad(gen, prepareLoad(res, path, recovered))
}

// applyLoad applies a prepared load on the UI thread: its editor and story,
// shown as the story opened from its path.
func (u *UI) applyLoad(gen int, p *preparedLoad) {
	res, path, recovered := p.res, p.path, p.recovered
	if gen == u.loads {
		u.setLoading("story", "")
	}
	if u.loadedHook != nil {
		defer u.loadedHook(res)
	}
	if gen != u.loads {
		return // a newer Open superseded this one
	}
	// Once the story shown before is dropped (at return), the limit is the
	// new one's.
	defer u.limitMemoryAfterLoad(res)
	if len(res.Problems) > 0 {
		u.showProblems(res)
	}
	if res.Failed || res.Story == nil {
		return
	}
	u.stopPlaying()
	u.doc = p.doc
	u.recovered = nil
	u.nav = p.nav
	u.mp.SetScene(p.scene)
	u.refresh()
	u.updateTitle()
	u.updateEditMenu()
	if path != "" {
		u.addRecent(path)
	}
	if !recovered {
		u.offerRecovery(path)
	}
}

// showProblems lists every problem of a load in one dialog.
func (u *UI) showProblems(res Loaded) {
	u.lastProblems = res.Problems
	name := res.Path
	if name == "" {
		name = "the bundled story"
	}
	head := fmt.Sprintf("%s has %s; it was opened anyway.", name, lexicon.Count(len(res.Problems), "problem"))
	if res.Failed {
		head = fmt.Sprintf("%s could not be opened (%s); the current story stays open.", name, lexicon.Count(len(res.Problems), "problem"))
	}
	text := widget.NewLabel(strings.Join(res.Problems, "\n"))
	text.Wrapping = fyne.TextWrapWord
	text.Selectable = true
	scroll := container.NewVScroll(text)
	headLabel := widget.NewLabel(head)
	headLabel.Wrapping = fyne.TextWrapWord // a long path must not widen the dialog
	content := container.NewBorder(headLabel, nil, nil, nil, scroll)
	if res.Failed && u.doc == nil {
		u.showLaunchFailure(res, scroll)
		return
	}
	title := "Problems in the story"
	if res.Failed {
		title = "The story could not be opened"
	}
	d := dialog.NewCustom(title, "Close", content, u.win)
	u.fitScrollDialog(d, scroll, fyne.NewSize(640, 260))
	d.Show()
}

// Problems returns the problems shown in the last problems dialog.
func (u *UI) Problems() []string { return u.lastProblems }

// ShowOpenDialog asks for a story folder or a .zip.
func (u *UI) ShowOpenDialog() {
	folder := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if l != nil {
			u.Open(l.Path())
		}
	}, u.win)
	zip := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if r != nil {
			p := r.URI().Path()
			_ = r.Close()
			u.Open(p)
		}
	}, u.win)
	zip.SetFilter(storage.NewExtensionFileFilter([]string{".zip"}))
	dialog.NewCustomConfirm("Open a story", "Folder…", "Zip file…",
		widget.NewLabel("A story is a folder (story.json, articles/…, places.geojson) or the same as a .zip."),
		func(folderChosen bool) {
			if folderChosen {
				folder.Show()
			} else {
				zip.Show()
			}
		}, u.win).Show()
}

// Recents returns the recently opened stories, newest first.
func (u *UI) Recents() []string {
	return u.app.Preferences().StringList(recentKey)
}

func (u *UI) addRecent(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := []string{path}
	for _, p := range u.Recents() {
		if p != path && len(list) < maxRecents {
			list = append(list, p)
		}
	}
	u.app.Preferences().SetStringList(recentKey, list)
	u.updateRecentMenu()
}

// mainMenu is the window's menu bar: File (Open, Recent, Save, Save As,
// Export, Quit), Edit (Undo, Redo, step, place, route), View (Present,
// theme) and Help (About). Fyne's own "Quit" item is replaced by ours,
// which asks about unsaved changes.
func (u *UI) mainMenu() *fyne.MainMenu {
	u.recentMenu = fyne.NewMenu("Recent")
	recent := fyne.NewMenuItem("Recent", nil)
	recent.ChildMenu = u.recentMenu
	u.updateRecentMenuItems()
	file := fyne.NewMenu("File",
		withShortcut(fyne.NewMenuItem("Open…", u.ShowOpenDialog), fyne.KeyO, false),
		recent,
		fyne.NewMenuItem("Open the bundled story", func() { u.Open("") }),
		fyne.NewMenuItem("Import StoryMapJS…", u.ShowImportStoryMapJSDialog),
		fyne.NewMenuItemSeparator(),
		withShortcut(fyne.NewMenuItem("Save", u.Save), fyne.KeyS, false),
		withShortcut(fyne.NewMenuItem("Save As…", func() { u.ShowSaveAs(nil) }), fyne.KeyS, true),
		withShortcut(fyne.NewMenuItem("Export…", u.ShowExport), fyne.KeyE, true),
		u.dataExportMenu(),
		fyne.NewMenuItemSeparator(),
		quitItem(u.Quit),
	)
	u.undoItem = withShortcut(fyne.NewMenuItem("Undo", func() { u.Undo() }), fyne.KeyZ, false)
	u.redoItem = withShortcut(fyne.NewMenuItem("Redo", func() { u.Redo() }), fyne.KeyZ, true)
	u.editMenu = fyne.NewMenu("Edit", u.undoItem, u.redoItem, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Story title and description…", u.ShowEditStory),
		withShortcut(fyne.NewMenuItem("Edit step…", u.ShowEditStep), fyne.KeyE, false),
		fyne.NewMenuItem("Edit place…", func() { u.ShowEditPlace("") }),
		fyne.NewMenuItem("Add place…", u.ShowAddPlace),
		fyne.NewMenuItem("Routes…", u.ShowRoutes),
		fyne.NewMenuItem("Claims…", u.ShowClaims),
		fyne.NewMenuItemSeparator(),
		withShortcut(fyne.NewMenuItem("Copy chart as image", u.CopyChartImage), fyne.KeyC, true),
	)
	u.labelEditMenu()
	view := fyne.NewMenu("View",
		withKey(fyne.NewMenuItem("Present", func() { u.Present(true) }), fyne.KeyF11),
		fyne.NewMenuItem("Light/dark theme", func() { u.SetDark(!u.dark) }),
		fyne.NewMenuItem("Basemap…", u.ShowBasemapSetting),
	)
	help := fyne.NewMenu("Help", fyne.NewMenuItem("Keyboard shortcuts", u.ShowKeyboardHelp), fyne.NewMenuItem("About Storylens", u.ShowAbout))
	return fyne.NewMainMenu(file, u.editMenu, view, help)
}

func (u *UI) updateRecentMenuItems() {
	u.recentMenu.Items = nil
	for _, p := range u.Recents() {
		p := p
		u.recentMenu.Items = append(u.recentMenu.Items, fyne.NewMenuItem(p, func() { u.Open(p) }))
	}
	if len(u.recentMenu.Items) == 0 {
		it := fyne.NewMenuItem("(none yet)", nil)
		it.Disabled = true
		u.recentMenu.Items = append(u.recentMenu.Items, it)
	}
}

func (u *UI) updateRecentMenu() {
	u.updateRecentMenuItems()
	u.win.SetMainMenu(u.mainMenu())
}

var errNoStory = storyview.ErrNoStory
