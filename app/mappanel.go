package app

// PLACEHOLDER until mapview.Map lands: same method names as the real widget,
// so that switching is a change of this file only.

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// mapPanel is what the app needs from the map widget.
type mapPanel interface {
	Object() fyne.CanvasObject
	SetStory(s *story.Story, rep *analysis.Report)
	ShowStep(i int)
	Highlight(placeIDs []string, routeID string)
	Camera() story.Camera
	ZoomIn()
	ZoomOut()
	Reset()
	OnPlaceTapped(func(id string))
	OnRouteTapped(func(id string))
}

// renderMap draws the map of step i headless (for exports and slides).
var renderMap = func(s *story.Story, rep *analysis.Report, step, w, h int, scale float64, dark bool) (*image.RGBA, error) {
	img := image.NewRGBA(image.Rect(0, 0, int(float64(w)*scale), int(float64(h)*scale)))
	bg := color.RGBA{0xdd, 0xe8, 0xf0, 0xff}
	if dark {
		bg = color.RGBA{0x1b, 0x26, 0x33, 0xff}
	}
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = bg.R, bg.G, bg.B, bg.A
	}
	return img, nil
}

// placeholderMap shows the step's camera as text.
type placeholderMap struct {
	box       *fyne.Container
	text      *canvas.Text
	s         *story.Story
	cam       story.Camera
	places    []string
	route     string
	onPlace   func(string)
	onRoute   func(string)
	lastFocus int
}

func newMapPanel() mapPanel {
	m := &placeholderMap{text: canvas.NewText("Map", theme.Color(theme.ColorNameForeground))}
	m.text.Alignment = fyne.TextAlignCenter
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	m.box = container.NewStack(bg, container.NewCenter(m.text))
	return m
}

func (m *placeholderMap) Object() fyne.CanvasObject { return m.box }

func (m *placeholderMap) SetStory(s *story.Story, rep *analysis.Report) {
	m.s = s
	m.ShowStep(0)
}

func (m *placeholderMap) ShowStep(i int) {
	if m.s == nil || i < 0 || i >= len(m.s.Steps) {
		return
	}
	st := m.s.Steps[i]
	if st.Camera != nil {
		m.cam = *st.Camera
	} else {
		ids := st.Places
		if len(ids) == 0 {
			for _, p := range m.s.Places {
				ids = append(ids, p.ID)
			}
		}
		m.cam = fit(m.s, ids)
	}
	m.redraw()
}

// fit is a rough camera around places (the real map fits to its size).
func fit(s *story.Story, ids []string) story.Camera {
	minLon, minLat, maxLon, maxLat := 180.0, 90.0, -180.0, -90.0
	n := 0
	for _, id := range ids {
		if p := s.PlaceByID(id); p != nil {
			minLon, maxLon = math.Min(minLon, p.Lon), math.Max(maxLon, p.Lon)
			minLat, maxLat = math.Min(minLat, p.Lat), math.Max(maxLat, p.Lat)
			n++
		}
	}
	if n == 0 {
		return story.Camera{Center: [2]float64{0, 0}, Zoom: 2}
	}
	span := math.Max(maxLon-minLon, maxLat-minLat)
	z := 12.0
	if span > 0 {
		z = math.Max(2, math.Min(12, math.Log2(360/span)))
	}
	return story.Camera{Center: [2]float64{(minLon + maxLon) / 2, (minLat + maxLat) / 2}, Zoom: z}
}

func (m *placeholderMap) Highlight(placeIDs []string, routeID string) {
	m.places, m.route = placeIDs, routeID
	m.redraw()
}

func (m *placeholderMap) redraw() {
	m.text.Text = fmt.Sprintf("Map (loading) — %.3f, %.3f z%.1f — %d places", m.cam.Center[0], m.cam.Center[1], m.cam.Zoom, len(m.places))
	m.text.Refresh()
}

func (m *placeholderMap) Camera() story.Camera            { return m.cam }
func (m *placeholderMap) ZoomIn()                         { m.cam.Zoom++; m.redraw() }
func (m *placeholderMap) ZoomOut()                        { m.cam.Zoom--; m.redraw() }
func (m *placeholderMap) Reset()                          { m.ShowStep(0) }
func (m *placeholderMap) OnPlaceTapped(f func(id string)) { m.onPlace = f }
func (m *placeholderMap) OnRouteTapped(f func(id string)) { m.onRoute = f }
