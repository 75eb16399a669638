// Command barewindow opens a bare Fyne window with one label: the reference
// that scripts/startup-time.sh compares Storylens' time to first window with.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.New()
	w := a.NewWindow("Bare Fyne window")
	w.SetContent(widget.NewLabel("Hello"))
	w.ShowAndRun()
}
