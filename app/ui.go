package app

import (
	"fmt"
	"image/color"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
	"github.com/storylens/storylens/storyview"
)

// Config is what the command line gives the app.
type Config struct {
	// Path is the story folder or .zip to open; "" opens the bundled story.
	Path string
	// Version is shown in About.
	Version string
	// MemoryLimit, when set, is the soft memory limit the analysis of a
	// story needs (cli.MemoryLimit: the command line's policy, 0 for none);
	// the app sets its own limit from it (see memory.go).
	MemoryLimit func(s *story.Story) int64
}

// Window sizes: the size a window opens at when the screen has room, and
// the smallest a user can make it (the panels rearrange below wideFrom,
// see adaptive.go, so that they still fit).
var (
	defaultSize = fyne.NewSize(1400, 900)
	minimumSize = fyne.NewSize(640, 420)
)

// playInterval is how long each step shows while playing.
const playInterval = 4 * time.Second

// UI is the main window's content and behaviour. Build it with NewUI on any
// fyne.App (Fyne's test app included) and drive it with its methods.
type UI struct {
	app fyne.App
	win fyne.Window
	cfg Config
	nav *Nav

	// Loader opens stories; tests replace it.
	Loader Loader

	mp mapWidget
	// mapSlot holds a light placeholder until the basemap is decoded, then
	// the map (so that the first frame does not wait for the basemap).
	mapSlot *fyne.Container
	charts  *chartsPanel

	stepList  *keyList
	stepTitle *widget.Label
	stepDate  *widget.Label
	// stepTextBox holds the step's title, date, text and chips.
	stepTextBox *fyne.Container
	stepBody    *flowText
	chips       *fyne.Container
	evHeading   *widget.Label
	evidence    *evidencePanel
	status      *widget.Label
	loading     *widget.Label
	progress    *widget.ProgressBarInfinite
	prevBtn     *keyButton
	nextBtn     *keyButton
	playBtn     *keyButton
	main        fyne.CanvasObject
	syncList    bool
	loads       int // generation of the latest load, to drop stale results
	tasks       map[string]string
	playing     bool
	stopPlay    chan struct{}
	dark        bool
	present     *presentation
	recentMenu  *fyne.Menu
	// loadedHook, when set, is called after each load is applied (tests).
	loadedHook func(Loaded)
	// lastProblems is the text of the last problems dialog (for tests).
	lastProblems []string

	// doc is the open story with its editor (nil before one loads).
	doc *document
	// Edit menu items, relabelled after every edit.
	editMenu           *fyne.Menu
	undoItem, redoItem *fyne.MenuItem
	editPlaceBtn       *keyButton
	// recovered is the story state last written as the recovery copy;
	// recoveryStop stops the recovery timer.
	recovered    *story.Story
	recoveryStop chan struct{}
	recoveryDone chan struct{}

	// The last dialogs and what they showed (for tests).
	lastRefusal   string
	lastFix       edit.Op
	lastSaveError error
	saveAsShown   int
	saveAsDialog  *dialog.CustomDialog
	unsavedDialog *dialog.CustomDialog
	confirmDialog *dialog.ConfirmDialog
	recoveryOffer string
	stepForm      *stepEditor
	storyForm     [2]*widget.Entry
	stepDialog    *dialog.CustomDialog
	placeDialog   *dialog.CustomDialog
	placeForm     placeForm
	addForm       *addPlaceForm
	routeDialog   *dialog.CustomDialog
	routeButtons  [2]*widget.Button
	// ed holds the state of the route, claim and step editing dialogs and
	// of drawing a route on the map (see editstate.go).
	ed editState

	ux uxState // window, figures, keyboard and export (uxstate.go)

	// run starts work off the UI thread and chartDebounce delays chart
	// renders (options.go); exportWriter writes the exported charts (tests
	// replace it).
	run           func(func())
	chartDebounce time.Duration
	exportWriter  chartWriter
}

// NewUI builds the window content on a (the app) and w (its window) and
// shows an empty story until Open or Start loads one.
func NewUI(a fyne.App, w fyne.Window, cfg Config, opts ...Option) *UI {
	u := &UI{app: a, win: w, cfg: cfg, nav: NewNav(nil, nil), Loader: DefaultLoader,
		run: func(f func()) { go f() }, chartDebounce: 80 * time.Millisecond, exportWriter: chartsWriter{}}
	if cfg.MemoryLimit != nil {
		u.Loader = storyview.NewLoader(func(s *story.Story) { limitForLoad(cfg.MemoryLimit(s)) })
	}
	for _, o := range opts {
		o(u)
	}
	systemDark := a.Settings().ThemeVariant() == theme.VariantDark
	if u.dark = a.Preferences().BoolWithFallback(prefDark, systemDark); u.dark != systemDark {
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), u.dark})
	}
	u.build()
	w.SetContent(u.main)
	w.Canvas().SetOnTypedKey(u.typedKey)
	// Ctrl+Q (Cmd+Q on macOS) quits, as desktop users expect, asking
	// first about unsaved changes; so does closing the window.
	u.shortcut(fyne.KeyQ, false, u.Quit)
	w.SetCloseIntercept(u.Quit)
	u.shortcut(fyne.KeyS, false, u.Save)
	u.shortcut(fyne.KeyS, true, func() { u.ShowSaveAs(nil) })
	// The desktop driver reports Ctrl+Z as Fyne's Undo shortcut and Ctrl+Y
	// as Redo; a focused text entry takes them first (its own undo).
	w.Canvas().AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { u.unlessDialog(func() { u.Undo() }) })
	w.Canvas().AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { u.unlessDialog(func() { u.Redo() }) })
	u.shortcut(fyne.KeyO, false, u.ShowOpenDialog)
	u.shortcut(fyne.KeyE, true, u.ShowExport)
	u.shortcut(fyne.KeyC, true, u.CopyChartImage)
	u.shortcut(fyne.KeyZ, true, func() { u.Redo() })
	u.shortcut(fyne.KeyE, false, u.ShowEditStep)
	u.shortcut(fyne.Key1, false, func() { u.ShowPanel(tabMap) })
	u.shortcut(fyne.Key2, false, func() { u.ShowPanel(tabCharts) })
	u.shortcut(fyne.Key3, false, func() { u.ShowPanel(tabEvidence) })
	w.SetMainMenu(u.mainMenu())
	u.refresh()
	return u
}

func (u *UI) build() {
	// Map callbacks come from the map's own event handlers (UI thread).
	u.mp = newMapPanel(u.dark, func(id string) { u.SelectPlace(id) }, func(id string) { u.routeTapped(id) },
		func(id string, lon, lat float64) { u.placeMoved(id, lon, lat) })
	u.charts = newChartsPanel(func(s string) { u.setLoading("charts", s) }, u.run, u.chartDebounce)
	u.charts.OnSelect(u.chartSelected)
	u.charts.tabs.Append(container.NewTabItem("Figures", u.buildFigures()))

	u.stepList = newKeyList(
		func() int { return u.nav.Len() },
		func() fyne.CanvasObject {
			// Truncated from the start, so that the list's minimum width
			// does not hold the story panel wide in a small window.
			l := widget.NewLabel("00  2023-09-10/2023-09-13  Template step title")
			l.Truncation = fyne.TextTruncateEllipsis
			return newStepRow(l)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*fyne.Container).Objects[0].(*widget.Label)
			l.SetText(u.stepLabel(i, stepLine(i, u.nav.StepDate(i), u.nav.Story().Steps[i].Title)))
		}, u.typedKey)
	u.stepList.OnSelected = func(i widget.ListItemID) {
		if !u.syncList {
			u.GoTo(i)
			u.win.Canvas().Unfocus()
		}
	}
	u.stepTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	u.stepTitle.Wrapping = fyne.TextWrapWord
	u.stepTitle.SizeName = theme.SizeNameSubHeadingText
	u.stepDate = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	u.stepBody = newFlowText()
	u.chips = container.New(&chipGrid{minWidth: chipMinWidth, height: 36})

	u.prevBtn = newKeyButton("Previous", theme.NavigateBackIcon(), func() { u.Prev() }, u.typedKey)
	u.nextBtn = newKeyButton("Next", theme.NavigateNextIcon(), func() { u.Next() }, u.typedKey)
	u.nextBtn.IconPlacement = widget.ButtonIconTrailingText
	u.playBtn = newKeyButton("", theme.MediaPlayIcon(), func() { u.TogglePlay() }, u.typedKey)
	stepNav := container.NewBorder(nil, nil, u.prevBtn, u.nextBtn, container.NewCenter(u.playBtn))

	u.stepTextBox = container.NewVBox(u.stepTitle, u.stepDate, u.stepBody,
		widget.NewLabelWithStyle("Sources", fyne.TextAlignLeading, fyne.TextStyle{Italic: true}), u.chips)
	stepText := container.NewVScroll(u.stepTextBox)
	u.ux.storyPanel = newStorySplit(u.stepList, container.NewBorder(stepNav, nil, nil, nil, stepText))
	storyPanel := u.ux.storyPanel

	u.evHeading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	u.evHeading.Wrapping = fyne.TextWrapWord
	u.evidence = newEvidencePanel()
	u.evidence.isLink, u.evidence.onMark, u.evidence.keys = u.markIsLink, u.markTapped, u.typedKey
	u.editPlaceBtn = newKeyButton("Edit place…", theme.DocumentCreateIcon(), func() { u.ShowEditPlace("") }, u.typedKey)
	u.editPlaceBtn.Hide()
	evidence := container.NewBorder(container.NewBorder(nil, nil, nil, u.editPlaceBtn, u.evHeading),
		nil, nil, nil, u.evidence.Object())

	u.ux.chartFrame = newFocusFrame(u.charts.Object(), u.chartKey, u.typedKey)
	mapWait := widget.NewLabel("Loading the map…")
	u.mapSlot = container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground)), container.NewCenter(mapWait))
	u.ux.mapFrame = newFocusFrame(u.mapSlot, u.mapKey, u.typedKey)
	u.ux.body = newAdaptiveBody(storyPanel, u.ux.mapFrame, u.ux.chartFrame, evidence)
	body := u.ux.body

	u.status = widget.NewLabel("")
	u.loading = widget.NewLabel("")
	u.loading.Importance = widget.LowImportance
	u.progress = widget.NewProgressBarInfinite()
	u.progress.Stop()
	u.progress.Hide()
	statusLine := container.NewBorder(nil, nil, u.status, container.NewHBox(u.loading, container.NewGridWrap(fyne.NewSize(160, 20), u.progress)))

	u.ux.tips = newTipLayer()
	toolbar := u.toolbar()
	u.ux.minRect = canvas.NewRectangle(color.Transparent)
	u.ux.minRect.SetMinSize(contentMin(minimumSize))
	u.main = fitScroll(container.NewStack(u.ux.minRect, container.NewBorder(toolbar, statusLine, nil, nil, body), u.ux.tips.box))
}

// showMap puts the map widget in its slot.
func (u *UI) showMap() {
	if len(u.mapSlot.Objects) == 1 && u.mapSlot.Objects[0] == u.mp.Object() {
		return
	}
	u.mapSlot.Objects = []fyne.CanvasObject{u.mp.Object()}
	u.mapSlot.Refresh()
}

// Nav returns the navigation state (for tests and the presentation).
func (u *UI) Nav() *Nav { return u.nav }

// Next shows the next step.
func (u *UI) Next() {
	if u.nav.Next() {
		u.stepChanged()
	}
}

// Prev shows the previous step.
func (u *UI) Prev() {
	if u.nav.Prev() {
		u.stepChanged()
	}
}

// GoTo shows step i (from 0, clamped).
func (u *UI) GoTo(i int) {
	u.nav.GoTo(i)
	u.stepChanged()
}

// SelectClaim shows a claim's evidence and highlights it everywhere.
func (u *UI) SelectClaim(id string) { u.selectThing(Selection{Kind: SelClaim, ID: id}) }

// SelectPlace shows a place's mentions and highlights it on the map.
func (u *UI) SelectPlace(id string) { u.selectThing(Selection{Kind: SelPlace, ID: id}) }

// SelectSource opens a source's article with its claims and places marked.
func (u *UI) SelectSource(id string) { u.selectThing(Selection{Kind: SelSource, ID: id}) }

func (u *UI) selectThing(sel Selection) {
	u.clearFigure()
	u.nav.Select(sel)
	u.showEditPlace()
	u.applyFocus()
	u.frameSelection()
	u.showEvidence()
	u.showChips()
	u.stepList.Refresh() // marks the steps where the selection appears
}

func (u *UI) chartSelected(kind, id string) {
	switch kind {
	case "claim", "source", "place":
		// In the narrow arrangement the evidence is a tab of its own:
		// show it, as a tap on a bar asks for that bar's evidence.
		u.ux.body.Reveal(tabEvidence)
	}
	switch kind {
	case "claim":
		u.SelectClaim(id)
	case "source":
		u.SelectSource(id)
	case "place":
		u.SelectPlace(id)
	case "date":
		// A date on the timeline: go to the first step on that date.
		for i := 0; i < u.nav.Len(); i++ {
			if d := u.nav.StepDate(i); len(d) >= len(id) && d[:len(id)] == id {
				u.GoTo(i)
				return
			}
		}
	}
}

// showEditPlace shows the evidence panel's "Edit place…" button while a
// place is selected.
func (u *UI) showEditPlace() {
	if u.nav.Selection().Kind == SelPlace && u.doc != nil {
		u.editPlaceBtn.Show()
	} else {
		u.editPlaceBtn.Hide()
	}
}

// stepChanged redraws everything that depends on the current step.
func (u *UI) stepChanged() {
	u.clearFigure()
	u.showEditPlace()
	u.mp.ShowStep(u.nav.Index())
	u.applyFocus()
	u.showStep()
	u.showEvidence()
	if u.nav.Len() > 0 {
		u.syncList = true
		u.stepList.Select(u.nav.Index())
		u.stepList.ScrollTo(u.nav.Index())
		u.syncList = false
	}
	if u.present != nil {
		u.present.update()
	}
}

// refresh redraws every panel (after a story loads).
func (u *UI) refresh() {
	u.stepList.UnselectAll()
	u.stepList.Refresh()
	u.ux.storyPanel.Refresh() // the list's share follows its number of steps
	u.updateFigures()
	u.stepChanged()
}

// applyFocus pushes the step's and selection's highlights to map and charts.
func (u *UI) applyFocus() {
	f := u.nav.Focus()
	u.mp.Highlight(f.Places, f.Route)
	u.charts.SetReport(u.nav.Report(), f, u.dark)
	u.status.SetText(u.nav.Status())
	u.prevBtn.Enable()
	u.nextBtn.Enable()
	if u.nav.Index() == 0 {
		u.prevBtn.Disable()
	}
	if u.nav.AtEnd() {
		u.nextBtn.Disable()
	}
}

func (u *UI) showStep() {
	st := u.nav.Current()
	if st == nil {
		u.stepTitle.SetText("No steps")
		u.stepDate.SetText("")
		u.stepDate.Hide()
		u.stepBody.SetParagraphs(nil)
		u.showChips()
		return
	}
	u.stepTitle.SetText(st.Title)
	u.stepDate.SetText(u.nav.StepDate(u.nav.Index()))
	// A step without a date leaves no blank line under its title. When
	// the date line comes or goes, the step text is laid out again at
	// once: its box keeps its size, so nothing else moves the body, which
	// was drawn over the date (seen in the window goldens, overview to a
	// dated step).
	if hide := u.stepDate.Text == ""; hide != u.stepDate.Hidden {
		u.stepDate.Hidden = hide
		u.stepTextBox.Refresh()
	}
	u.stepBody.SetParagraphs(bodyParagraphs(st.Body, false, u.citer(func(id string) { u.SelectSource(id) })))
	u.showChips()
}

// showChips lists the step's sources as buttons, or its outlets when it
// cites many (storyview.Nav.Chips); the selected one is marked.
func (u *UI) showChips() {
	u.chips.RemoveAll()
	chips, more := u.nav.Chips()
	for _, c := range chips {
		sel := c.Sel
		b := newChipButton(c.Label, func() { u.selectThing(sel) }, u.typedKey)
		if c.Selected {
			b.Importance = widget.HighImportance
		}
		u.chips.Add(b)
	}
	if more > 0 {
		u.chips.Add(widget.NewLabel(fmt.Sprintf("and %d more outlets", more)))
	}
	u.chips.Refresh()
}

func (u *UI) showEvidence() {
	v := u.nav.Evidence()
	u.evHeading.SetText(v.Heading)
	clear(u.ux.markIDs) // the selection or the edits may have changed what a word stands for
	u.evidence.Show(v)
}

// setLoading shows what task key is doing in the status line; "" ends the
// task. The progress bar runs while any task does.
func (u *UI) setLoading(key, what string) {
	if u.tasks == nil {
		u.tasks = map[string]string{}
	}
	if what == "" {
		delete(u.tasks, key)
	} else {
		u.tasks[key] = what
	}
	keys := make([]string, 0, len(u.tasks))
	for k := range u.tasks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	texts := make([]string, len(keys))
	for i, k := range keys {
		texts[i] = u.tasks[k]
	}
	u.loading.SetText(strings.Join(texts, " · "))
	if len(u.tasks) == 0 {
		u.progress.Stop()
		u.progress.Hide()
		return
	}
	u.progress.Show()
	u.progress.Start()
}

// Loading returns the status line's loading text ("" when idle).
func (u *UI) Loading() string { return u.loading.Text }

// SetDark switches between the light and dark theme.
func (u *UI) SetDark(dark bool) {
	u.dark = dark
	u.app.Preferences().SetBool(prefDark, dark) // remembered for the next start
	u.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), dark})
	u.mp.SetDark(dark)
	u.applyFocus()
}

// TogglePlay starts or stops advancing one step every few seconds.
func (u *UI) TogglePlay() {
	if u.playing {
		u.stopPlaying()
		return
	}
	if u.nav.AtEnd() {
		u.GoTo(0)
	}
	u.playing = true
	u.playBtn.SetIcon(theme.MediaPauseIcon())
	stop := make(chan struct{})
	u.stopPlay = stop
	go func() {
		t := time.NewTicker(playInterval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				fyne.Do(func() {
					if !u.playing || u.stopPlay != stop {
						return
					}
					u.Next()
					if u.nav.AtEnd() {
						u.stopPlaying()
					}
				})
			}
		}
	}()
}

// Playing reports whether the story plays.
func (u *UI) Playing() bool { return u.playing }

func (u *UI) stopPlaying() {
	if !u.playing {
		return
	}
	u.playing = false
	close(u.stopPlay)
	u.stopPlay = nil
	u.playBtn.SetIcon(theme.MediaPlayIcon())
}

// typedKey handles the keys that step through the story.
func (u *UI) typedKey(ev *fyne.KeyEvent) {
	if u.dialogKey(ev) {
		return // keys do not reach the window behind a dialog
	}
	switch ev.Name {
	case fyne.KeyRight, fyne.KeyPageDown, fyne.KeyDown:
		u.Next()
	case fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp:
		u.Prev()
	case fyne.KeyHome:
		u.GoTo(0)
	case fyne.KeyEnd:
		u.GoTo(u.nav.Len() - 1)
	case fyne.KeySpace:
		u.TogglePlay()
	case fyne.KeyEscape:
		if u.present != nil {
			u.Present(false)
		} else {
			u.ClearSelection()
		}
	case fyne.KeyF11, fyne.KeyF5:
		u.Present(u.present == nil)
	default:
		u.mp.HandleKey(ev.Name)
	}
}

// showError shows err in a dialog.
func (u *UI) showError(err error) { dialog.ShowError(err, u.win) }

// stepLine is step i's line in the step list: its number, its date when it
// has one (a range shortened, shortDate), and its title.
func stepLine(i int, date, title string) string {
	if date == "" {
		return fmt.Sprintf("%d  %s", i+1, title)
	}
	return fmt.Sprintf("%d  %s  %s", i+1, shortDate(date), title)
}

// shortDate writes a range of two ISO days without what its end repeats
// of its start, so that a narrow step list keeps room for the title:
// 2023-09-06/2023-09-10 is 2023-09-06–10, 2024-07-16/2024-10-25 is
// 2024-07-16–10-25; any other date is as given.
func shortDate(d string) string {
	from, to, ok := strings.Cut(d, "/")
	isDay := func(s string) bool {
		_, err := time.Parse("2006-01-02", s)
		return err == nil
	}
	if !ok || !isDay(from) || !isDay(to) {
		return d
	}
	switch {
	case from == to:
		return from
	case from[:7] == to[:7]:
		return from + "–" + to[8:]
	case from[:4] == to[:4]:
		return from + "–" + to[5:]
	}
	return d
}

// chipMinWidth is the narrowest a source chip is made (chipgrid.go).
const chipMinWidth = 160
