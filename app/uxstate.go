package app

import (
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
)

// uxState is the UI's state for the window size rule, the launch-failure
// dialog, the Figures panel, the keyboard and the export dialog (one field
// of UI, so that these files hook into ui.go in one line).
type uxState struct {
	// minRect holds the content's minimum size (shrunk to fit the screen).
	minRect *canvas.Rectangle
	// launchDialog is shown when the story given at launch cannot open;
	// launchButtons are its "Open another story…" and "Open the bundled
	// story" (for tests).
	launchDialog  *dialog.CustomDialog
	launchButtons [2]*widget.Button
	// figures is the Figures panel (figurespanel.go).
	figures *figuresPanel
	// export is the last export dialog; lastExport and lastExportErr what
	// its export wrote (for tests).
	export        *exportForm
	lastExport    []string
	lastExportErr error
	// lastCopyErr is the outcome of the last image copy (for tests).
	lastCopyErr error
	// chartItem is the chart item the keyboard is on, as index + 1 in
	// chartHits (0: none); mapFrame and chartFrame take the focus for the
	// map and the charts (focusframe.go).
	// markIDs holds what the words marked in the evidence stand for
	// (linking.go: markSelection).
	markIDs              map[string]Selection
	chartItem            int
	mapFrame, chartFrame *focusFrame
	// body arranges the panels for the window's width (adaptive.go).
	body *adaptiveBody
	// cite names the sources of citeStory in step texts (citations.go).
	cite      *citer
	citeStory *story.Story
	// storyPanel is the step list over the step text (storysplit.go).
	storyPanel *storySplit
	// tips draws the toolbar's tooltips over the content (toolbar.go).
	tips *tipLayer
}
