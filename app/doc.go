// Package app is Storylens' desktop shell: a Fyne window with the story panel
// (steps, step text, source chips), the map, the charts, an evidence panel and
// a status line, all linked so that choosing a step, a place, a claim or a
// source updates the others. It also opens stories in the background, runs
// the presentation mode and the export dialog, and shows the About box.
//
// The navigation and selection logic lives in plain Go types (Nav, Evidence)
// tested without a window; UI wires them to widgets and is tested with Fyne's
// test driver.
package app
