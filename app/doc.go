// Package app is Storylens' desktop shell: a Fyne window with the story panel
// (steps, step text, source chips), the map, the charts, an evidence panel and
// a status line, all linked so that choosing a step, a place, a claim or a
// source updates the others. It also opens stories in the background, runs
// the presentation mode and the export dialog, and shows the About box.
//
// Editing: the window holds an edit.Editor over the story it shows (the
// resolved story of the last load); every panel reads the editor's story and
// redraws after each Apply, Undo and Redo (reportFor adapts the analysis to
// the edits without analysing again). Save rewrites the package folder the
// story came from; a draft, a .zip or the bundled story goes through Save As
// to a new folder. A recovery copy of unsaved changes is written every 30 s
// under the user's cache folder and offered when the story is opened again.
//
// Findings and linking: the Figures tab lists the analysis' conflicts and
// map checks (figures.go builds them, figurespanel.go shows them and draws
// the great circle or the route compared on the map); a selected claim,
// place or source frames its places and marks its steps (linking.go).
//
// Window and keyboard: the window opens within the screen whatever
// FYNE_SCALE (window.go); Tab reaches the map and the charts through focus
// frames (focusframe.go); Esc and Enter act in dialogs, and no key or
// shortcut reaches the window behind one (keys.go); toolbar icons have
// tooltips (toolbar.go). ShowExport (exportdialog.go) is the export dialog;
// File > Export data writes GeoJSON, CSV and StoryMapJS (dataexport.go);
// Edit > Copy chart as image goes through the platform's clipboard tool
// (clipboardimage.go), as Fyne's clipboard holds text only.
//
// The navigation and selection logic lives in plain Go types (Nav, Evidence)
// tested without a window; UI wires them to widgets and is tested with Fyne's
// test driver.
package app
