// Package app is Storylens' desktop shell: a Fyne window with the story panel
// (steps, step text, source chips), the map, the charts, an evidence panel and
// a status line, all linked so that choosing a step, a place, a claim or a
// source updates the others. It also opens stories in the background, runs
// the presentation mode and the export dialog, and shows the About box.
//
// Editing: the window holds an edit.Editor over the story it shows (the
// resolved story of the last load); every panel reads the editor's story and
// redraws after each Apply, Undo and Redo (reportFor adapts the analysis to
// the edits without analysing again, and claimCache makes the claims follow
// claim edits). Save rewrites the package folder the story came from, or
// the .zip it was saved to; a draft, a .zip opened or the bundled story goes
// through Save As to a new folder or .zip. Routes are drawn by clicking the
// map in a drawing mode (routedraw.go: an overlay over the map). A recovery copy of unsaved changes is written every 30 s
// under the user's cache folder and offered when the story is opened again.
//
// The navigation, selection, evidence, loading, slide and export logic
// lives in package storyview (no Fyne, tested without a window; the command
// line uses it too); app aliases its types (storyview.go), wires them to
// widgets and is tested with Fyne's test driver. The evidence panel is a
// virtualised list (evidencepanel.go): only the rows on screen are laid out.
// The claims and places marked in a passage are links inside its text
// (marktext.go): a tap selects that claim or place as a chart or the map
// does; markText is a flowText, which breaks the passage into rows itself
// for the width it is given (see Layout below). A step's text that cites
// a source by id ("quoted by 003") shows the source's outlet or title,
// a link to its article (citations.go); the story keeps the ids.
// bigstory_test.go holds the UI-thread budget on a 5,000-article story.
//
// Memory (memory.go): with Config.MemoryLimit (main.go gives the command
// line's policy, cli.MemoryLimit) the app sets a soft memory limit from the
// size of the story it loads, plus what the window holds beside the
// analysis; resident_test.go's benchmark measures the resident size of the
// 5,000-article story with and without it.
//
// Findings and linking: the Figures tab lists the analysis' conflicts and
// map checks (figures.go builds them, figurespanel.go shows them and draws
// the great circle or the route compared on the map); a selected claim,
// place or source frames its places and marks its steps (linking.go).
//
// Layout (adaptive.go): the body is three columns (story panel, map,
// charts over evidence) when the window has room for them (wideFrom,
// 900 logical pixels), and the story panel beside tabs of the map, the
// charts and the evidence when it does not (a 1024×700 screen at
// FYNE_SCALE 1.5 leaves 640); the story panel gives the step list five
// rows until the user drags its divider (storysplit.go); Ctrl+1, Ctrl+2 and Ctrl+3 show and focus
// each panel, and a chart tap shows the evidence. Nothing asks more width
// than the narrow arrangement has: the step list truncates, the source
// chips share the row and shorten their labels (chipgrid.go), the step
// text and the evidence passages break their rows themselves (flowtext.go:
// Fyne 2.7's RichText lets an inline link run past the edge and pushes a
// styled run whole to the next row), and every dialog is shrunk to the
// window, scrolling what does not fit (dialogfit.go). adaptive_test.go
// lays the window and the dialogs out on small and large screens at scale
// 1 and 1.5 and checks that no widget lies outside the window, is given
// less than its minimum or scrolls sideways.
//
// Window and keyboard: the window opens within the screen whatever
// FYNE_SCALE (window.go), fitted to the monitor it opened on (screen.go:
// Fyne 2.7 has no API for a window's monitor; the desktop window's
// exported RunWithContext method, outside fyne.Window, makes its GL
// context current so that GLFW names the window and its position, and the
// monitor under its centre is the one Fyne's driver takes for its scale;
// without it, as on Wayland, the primary monitor). Tab reaches the map and
// the charts through focus frames (focusframe.go); the arrows step the
// story from any focused widget but a text field or the step list's Up and
// Down (keybutton.go: buttons, chips, the step list and the evidence's
// links pass on the keys they do not use); Esc and Enter act in dialogs,
// and no key or shortcut reaches the window behind one (keys.go); toolbar
// icons have tooltips (toolbar.go). A chart taller than its panel (every
// claim in full) scrolls with the wheel, and Up and Down in the focused
// charts scroll to the bar they reach (chartview.View.Reveal).
//
// Options (options.go): WithRunner sets how work starts off the UI thread
// and WithChartDebounce the charts' render delay; tests run the work at
// once. ShowExport (exportdialog.go) is the export dialog;
// File > Export data writes GeoJSON, CSV and StoryMapJS (dataexport.go);
// Edit > Copy chart as image goes through the platform's clipboard tool
// (clipboardimage.go), as Fyne's clipboard holds text only.
package app
