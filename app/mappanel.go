package app

import (
	"fyne.io/fyne/v2"

	"github.com/storylens/storylens/mapview/mapwidget"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// mapPanel is what the app needs from the map widget (mapwidget.Map).
type mapPanel interface {
	SetStory(s *story.Story, rep *analysis.Report)
	UpdateStory(s *story.Story, rep *analysis.Report)
	SetCamera(c story.Camera)
	ShowStep(i int)
	Highlight(placeIDs []string, routeID string)
	Camera() story.Camera
	ZoomIn()
	ZoomOut()
	Reset()
	HandleKey(k fyne.KeyName) bool
	PlayTrain(routeID string)
	SetDark(dark bool)
}

// mapWidget wraps mapwidget.Map.
type mapWidget struct{ *mapwidget.Map }

var _ mapPanel = mapWidget{}

// Object returns the widget to place in a container.
func (m mapWidget) Object() fyne.CanvasObject { return m.Map }

// newMapPanel builds the map, light or dark; taps on places and routes call
// the functions, and a marker dragged to a new position calls onMoved.
func newMapPanel(dark bool, onPlace, onRoute func(id string), onMoved func(id string, lon, lat float64)) mapWidget {
	return mapWidget{mapwidget.New(mapwidget.WithDark(dark), mapwidget.OnPlaceTapped(onPlace), mapwidget.OnRouteTapped(onRoute),
		mapwidget.OnPlaceMoved(onMoved))}
}
