package app

import (
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

// snapRadius is how near (in logical pixels) a click must be to a place's
// marker to make that place the stop; farther, the click makes a new place.
const snapRadius = 20

// routeDrawing is a route being drawn by clicking the map: each click adds
// a stop at the nearest place (within snapRadius) or at a new place there.
// A route not in the story yet is created at the second click (a route
// needs two points), with its first two stops, as one edit.
type routeDrawing struct {
	// doc is the story drawn on; opening another ends the drawing.
	doc               *document
	route, name, mode string
	// pending is the first click on a new route, waiting for the second.
	pending []drawnStop
	overlay *drawOverlay
	// banner says what clicks do; stopsLine lists the stops so far.
	banner, stopsLine *widget.Label
	done              *widget.Button
}

// drawnStop is one click: an existing place's id, or a new place.
type drawnStop struct {
	id    string
	place *story.Place // a new place, or nil
}

// StartDrawing puts the map in drawing mode for route (created with name
// and mode when the story has no such route): clicks add stops until
// Enter, Esc or the Done button. Panning and zooming still work.
func (u *UI) StartDrawing(route, name, mode string) {
	if u.doc == nil {
		u.showError(errNoStory)
		return
	}
	u.FinishDrawing()
	d := &routeDrawing{doc: u.doc, route: route, name: name, mode: mode}
	if r := u.doc.editor.View().RouteByID(route); r != nil && name == "" {
		d.name = r.Name
	}
	if d.name == "" {
		d.name = route
	}
	d.overlay = newDrawOverlay(u)
	d.banner = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.banner.Truncation = fyne.TextTruncateEllipsis
	d.stopsLine = widget.NewLabel("")
	d.stopsLine.Truncation = fyne.TextTruncateEllipsis
	d.done = widget.NewButtonWithIcon("Done", theme.ConfirmIcon(), u.FinishDrawing)
	d.done.Importance = widget.HighImportance
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	bar := container.NewStack(bg, container.NewBorder(nil, nil, nil, container.NewCenter(d.done),
		container.NewVBox(d.banner, d.stopsLine)))
	u.ed.drawing = d
	u.mapSlot.Objects = []fyne.CanvasObject{u.mp.Object(), d.overlay, container.NewVBox(bar)}
	u.mapSlot.Refresh()
	u.updateDrawBanner()
	u.win.Canvas().Focus(d.overlay)
}

// Drawing returns the id of the route being drawn, or "" when none is.
func (u *UI) Drawing() string {
	if u.ed.drawing == nil {
		return ""
	}
	return u.ed.drawing.route
}

// FinishDrawing leaves drawing mode; the stops added stay (each was an
// edit). A new route's single pending click is dropped.
func (u *UI) FinishDrawing() {
	d := u.ed.drawing
	if d == nil {
		return
	}
	u.ed.drawing = nil
	u.mapSlot.Objects = []fyne.CanvasObject{u.mp.Object()}
	u.mapSlot.Refresh()
	if u.doc != nil && u.doc.editor.View().RouteByID(d.route) != nil {
		u.status.SetText(fmt.Sprintf("Route %q: %d stops", d.name, len(u.doc.editor.View().RouteByID(d.route).Stops)))
	}
}

// updateDrawBanner says what the drawing does and what it has so far.
func (u *UI) updateDrawBanner() {
	d := u.ed.drawing
	if d == nil {
		return
	}
	s := u.doc.editor.View()
	var stops []string
	if r := s.RouteByID(d.route); r != nil {
		for _, id := range r.Stops {
			stops = append(stops, placeName(s, id))
		}
	}
	for _, p := range d.pending {
		if p.place != nil {
			stops = append(stops, p.place.Name+" (new)")
		} else {
			stops = append(stops, placeName(s, p.id))
		}
	}
	d.banner.SetText(fmt.Sprintf("Drawing “%s”: click to add a stop", d.name))
	if len(stops) > 0 {
		d.stopsLine.SetText("Stops: " + joinArrow(stops))
	} else {
		d.stopsLine.SetText("A click takes the place under it, or makes one; Enter or Esc finishes")
	}
}

// joinArrow joins names with arrows: "A → B → C".
func joinArrow(names []string) string {
	out := ""
	for i, n := range names {
		if i > 0 {
			out += " → "
		}
		out += n
	}
	return out
}

// nearestPlace returns the place of s whose marker is nearest to pixel
// (x, y) of a w×h view showing cam, within radius pixels, or "".
func nearestPlace(s *story.Story, cam story.Camera, w, h, x, y, radius float64) string {
	best, bestD := "", radius
	for _, p := range s.Places {
		px, py := mapview.ToPixel(cam, w, h, orb.Point{p.Lon, p.Lat})
		if d := math.Hypot(px-x, py-y); d <= bestD {
			best, bestD = p.ID, d
		}
	}
	return best
}

// drawClick adds the stop a click at pixel (x, y) of the w×h map makes.
func (u *UI) drawClick(x, y, w, h float64) {
	d := u.ed.drawing
	if d == nil {
		return
	}
	if u.doc != d.doc { // another story was opened meanwhile
		u.FinishDrawing()
		return
	}
	s := u.doc.editor.View()
	cam := u.mp.Camera()
	r := s.RouteByID(d.route)
	n := len(d.pending) + 1
	if r != nil {
		n += len(r.Stops)
	}
	stop := drawnStop{id: nearestPlace(s, cam, w, h, x, y, snapRadius)}
	if stop.id == "" {
		ll := mapview.FromPixel(cam, w, h, x, y)
		p := edit.PlaceAt(s, fmt.Sprintf("%s stop %d", d.name, n), ll[0], ll[1])
		stop = drawnStop{id: p.ID, place: &p}
	}
	// A second click on the last stop adds nothing.
	last := ""
	if len(d.pending) > 0 {
		last = d.pending[len(d.pending)-1].id
	} else if r != nil && len(r.Stops) > 0 {
		last = r.Stops[len(r.Stops)-1]
	}
	if stop.place == nil && stop.id == last {
		return
	}
	var ops []edit.Op
	if r == nil && len(d.pending) == 0 {
		d.pending = append(d.pending, stop)
		u.updateDrawBanner()
		return
	}
	if r == nil {
		clicks := append(d.pending, stop)
		var pts []orb.Point
		for _, c := range clicks {
			if c.place != nil {
				ops = append(ops, edit.AddPlace{Place: *c.place})
				pts = append(pts, orb.Point{c.place.Lon, c.place.Lat})
			} else {
				p := s.PlaceByID(c.id)
				pts = append(pts, orb.Point{p.Lon, p.Lat})
			}
		}
		ops = append(ops, edit.DrawRoute{ID: d.route, Name: d.name, Mode: d.mode, Points: pts})
		for i, c := range clicks {
			ops = append(ops, edit.AddStop{Route: d.route, At: i, Place: c.id})
		}
		d.pending = nil
	} else {
		if stop.place != nil {
			ops = append(ops, edit.AddPlace{Place: *stop.place})
		}
		ops = append(ops, edit.AddStop{Route: d.route, At: len(r.Stops), Place: stop.id})
	}
	label := "add stop"
	if r == nil {
		label = "draw route"
	}
	// Keep the view where the user is drawing (an edit shows the step
	// again, which may fly to its camera).
	if u.applyOrExplain(edit.Batch{Label: label, Ops: ops}) {
		u.mp.SetCamera(cam)
		u.mp.Highlight(u.nav.Focus().Places, d.route)
	}
	u.updateDrawBanner()
}

// drawOverlay lies over the map while a route is drawn: it takes clicks
// (drawClick) and the keys that finish, and passes drags and scrolls on to
// the map so that it still pans and zooms.
type drawOverlay struct {
	widget.BaseWidget
	u *UI
}

func newDrawOverlay(u *UI) *drawOverlay {
	o := &drawOverlay{u: u}
	o.ExtendBaseWidget(o)
	return o
}

// CreateRenderer draws nothing: the map shows through.
func (o *drawOverlay) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Tapped adds a stop where the map was clicked.
func (o *drawOverlay) Tapped(e *fyne.PointEvent) {
	sz := o.Size()
	o.u.drawClick(float64(e.Position.X), float64(e.Position.Y), float64(sz.Width), float64(sz.Height))
	if o.u.ed.drawing != nil {
		o.u.win.Canvas().Focus(o)
	}
}

// Scrolled zooms the map.
func (o *drawOverlay) Scrolled(e *fyne.ScrollEvent) { o.u.mp.Scrolled(e) }

// Dragged pans the map.
func (o *drawOverlay) Dragged(e *fyne.DragEvent) { o.u.mp.Dragged(e) }

// DragEnd ends a pan.
func (o *drawOverlay) DragEnd() { o.u.mp.DragEnd() }

// FocusGained is part of fyne.Focusable.
func (o *drawOverlay) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (o *drawOverlay) FocusLost() {}

// TypedRune is part of fyne.Focusable.
func (o *drawOverlay) TypedRune(rune) {}

// TypedKey finishes the drawing on Enter or Esc.
func (o *drawOverlay) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape:
		o.u.FinishDrawing()
	default:
		o.u.mp.HandleKey(e.Name)
	}
}
