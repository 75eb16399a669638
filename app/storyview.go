package app

import (
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/storyview"
)

// The window-free logic of the app (navigation, evidence, loading, slides,
// exports) lives in package storyview; these names keep the app's code and
// tests reading as before.
type (
	// Nav is storyview.Nav: the current step and selection.
	Nav = storyview.Nav
	// SelKind is storyview.SelKind.
	SelKind = storyview.SelKind
	// Selection is storyview.Selection.
	Selection = storyview.Selection
	// Focus is storyview.Focus.
	Focus = storyview.Focus
	// Passage is storyview.Passage.
	Passage = storyview.Passage
	// Mark is storyview.Mark.
	Mark = storyview.Mark
	// TextRun is storyview.TextRun.
	TextRun = storyview.TextRun
	// EvidenceView is storyview.EvidenceView.
	EvidenceView = storyview.EvidenceView
	// Loaded is storyview.Loaded.
	Loaded = storyview.Loaded
	// Loader is storyview.Loader.
	Loader = storyview.Loader
	// ExportOptions is storyview.ExportOptions.
	ExportOptions = storyview.ExportOptions
	// ExportSource is storyview.ExportSource.
	ExportSource = storyview.ExportSource
	// SlideOptions is storyview.SlideOptions.
	SlideOptions = storyview.SlideOptions
)

// Selection kinds (storyview's).
const (
	SelNone   = storyview.SelNone
	SelClaim  = storyview.SelClaim
	SelPlace  = storyview.SelPlace
	SelSource = storyview.SelSource
	SelOutlet = storyview.SelOutlet
)

// NewNav is storyview.NewNav.
func NewNav(s *story.Story, rep *analysis.Report) *Nav { return storyview.NewNav(s, rep) }

// DefaultLoader is storyview.DefaultLoader.
func DefaultLoader(path string, progress func(stage string)) Loaded {
	return storyview.DefaultLoader(path, progress)
}
