package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// figuresPanel is the "Figures" tab: the conflicts and map checks of the
// analysis in a list; the one selected is drawn on the map (its places,
// the route or the great circle compared) and told in full below the list,
// each source's sentence with a button that opens it in the evidence panel.
type figuresPanel struct {
	figs     []Figure
	list     *keyList
	detail   *fyne.Container
	empty    *widget.Label
	split    *container.Split // the list over the detail: hidden with no figures
	selected int              // -1: none
	syncing  bool             // ShowFigure is selecting the row itself
	obj      fyne.CanvasObject
	// of are the story and report figs were made from (refresh makes
	// them again only when one changed); gen counts the builds asked for,
	// so that a background build superseded by a newer one is dropped.
	ofStory  *story.Story
	ofReport *analysis.Report
	gen      int
	// building is true while a background build runs; next is the build
	// asked for meanwhile (only the newest: those it superseded are never
	// started), so that a burst of edits on a big story runs one build at a
	// time, not one each, side by side (each holds its figures' memory).
	building bool
	next     func()
	// build makes the figures (figuresOf; tests count the builds).
	build func(*story.Story, *analysis.Report) []Figure
}

// figuresInBackground is the number of conflicts and checks above which
// the figures are built off the UI thread (a 5,000-article story has
// thousands; building them took a second).
const figuresInBackground = 200

// figureIcon marks a conflict or a check in the list.
func figureIcon(kind string) fyne.Resource {
	if kind == "conflict" {
		return theme.WarningIcon()
	}
	return theme.InfoIcon()
}

// buildFigures makes the Figures panel (once, in build).
func (u *UI) buildFigures() fyne.CanvasObject {
	p := &figuresPanel{selected: -1}
	p.list = newKeyList(
		func() int { return len(p.figs) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("conflict: template of a figure's title")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, l)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(p.figs[i].Title)
			c.Objects[1].(*widget.Icon).SetResource(figureIcon(p.figs[i].Kind))
		}, u.typedKey)
	p.list.OnSelected = func(i widget.ListItemID) {
		if !p.syncing {
			u.ShowFigure(i)
		}
	}
	p.detail = container.NewVBox()
	p.empty = widget.NewLabel("No conflicts between sources and no distances to check against the map.")
	p.empty.Wrapping = fyne.TextWrapWord
	p.empty.Hide()
	p.split = container.NewVSplit(p.list, container.NewVScroll(p.detail))
	p.split.SetOffset(0.4)
	p.obj = container.NewStack(p.split, container.NewPadded(p.empty))
	u.ux.figures = p
	return p.obj
}

// updateFigures lists the figures of the story shown (after a load or an
// edit) and clears the one drawn.
func (u *UI) updateFigures() {
	p := u.ux.figures
	if p == nil {
		return
	}
	s, rep := u.nav.Story(), u.nav.Report()
	if s == p.ofStory && rep == p.ofReport && s != nil {
		return // nothing the figures are made of changed
	}
	p.ofStory, p.ofReport = s, rep
	p.gen++
	gen := p.gen
	show := func(figs []Figure) {
		if gen != p.gen {
			return // a newer build was asked for
		}
		p.figs = figs
		// With no figures the note shows alone, not over an empty list
		// and an empty detail pane.
		if len(p.figs) == 0 && s != nil {
			p.empty.Show()
			p.split.Hide()
		} else {
			p.empty.Hide()
			p.split.Show()
		}
		p.list.Refresh()
		u.clearFigure()
	}
	if rep == nil || len(rep.Conflicts)+len(rep.Checks) <= figuresInBackground {
		show(figuresOf(s, rep))
		return
	}
	show(nil)
	p.next = func() {
		build := p.build
		if build == nil {
			build = figuresOf
		}
		go func() {
			figs := build(s, rep)
			fyne.Do(func() {
				p.building = false
				show(figs)
				p.startNext()
			})
		}()
	}
	p.startNext()
}

// startNext starts the build asked for last, unless one is running (it
// starts the next when it ends). UI thread only.
func (p *figuresPanel) startNext() {
	if p.building || p.next == nil {
		return
	}
	run := p.next
	p.building, p.next = true, nil
	run()
}

// Figures returns the figures the panel lists.
func (u *UI) Figures() []Figure {
	if u.ux.figures == nil {
		return nil
	}
	return u.ux.figures.figs
}

// ShowFigure selects figure i: the map highlights and frames its places and
// the route compared, or draws the great circle, and the panel tells who
// says what.
func (u *UI) ShowFigure(i int) {
	p := u.ux.figures
	if p == nil || i < 0 || i >= len(p.figs) {
		return
	}
	f := p.figs[i]
	p.selected = i
	u.mp.Highlight(f.Places, f.Route)
	u.mp.SetLines(f.Lines)
	if b, ok := u.figureBounds(f); ok {
		u.mp.FitBounds(b)
	}
	p.detail.RemoveAll()
	title := widget.NewLabelWithStyle(f.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	detail := widget.NewLabel(f.Detail)
	detail.Wrapping = fyne.TextWrapWord
	p.detail.Add(title)
	p.detail.Add(detail)
	for _, say := range f.Says {
		id := say.Source
		who := newKeyButton(say.Who, theme.DocumentIcon(), func() { u.SelectSource(id) }, u.typedKey)
		who.Importance = widget.LowImportance
		who.Alignment = widget.ButtonAlignLeading
		text := say.Line
		if say.Text != "" {
			text = fmt.Sprintf("%s — “%s”", say.Text, say.Line)
		}
		line := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		line.Wrapping = fyne.TextWrapWord
		p.detail.Add(container.NewVBox(who, line))
	}
	p.detail.Refresh()
	p.syncing = true
	p.list.Select(i)
	p.syncing = false
}

// clearFigure takes the figure drawn off the map (a new step or selection
// redraws the map's highlights itself).
func (u *UI) clearFigure() {
	p := u.ux.figures
	if p == nil || p.selected < 0 {
		return
	}
	p.selected = -1
	p.list.UnselectAll()
	p.detail.RemoveAll()
	p.detail.Refresh()
	u.mp.SetLines(nil)
}

// figureBounds is the box of a figure's places, route and lines.
func (u *UI) figureBounds(f Figure) (orb.Bound, bool) {
	var pts []orb.Point
	s := u.nav.Story()
	for _, id := range f.Places {
		if pl := s.PlaceByID(id); pl != nil {
			pts = append(pts, orb.Point{pl.Lon, pl.Lat})
		}
	}
	if r := s.RouteByID(f.Route); r != nil {
		pts = append(pts, r.Line...)
	}
	for _, l := range f.Lines {
		pts = append(pts, l...)
	}
	if len(pts) == 0 {
		return orb.Bound{}, false
	}
	return orb.MultiPoint(pts).Bound(), true
}
