package mapview

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// RenderOptions control a headless Render.
type RenderOptions struct {
	// Step is the 0-based step to show; -1 is the last step, -2 an overview
	// of all places.
	Step int
	// Width and Height are logical pixels (1280×800 when zero); the image
	// is Width·Scale × Height·Scale device pixels.
	Width, Height int
	// Scale is the device pixel ratio (1 when zero).
	Scale float64
	// Dark selects the dark palette.
	Dark bool
	// Camera overrides the step's camera.
	Camera *story.Camera
	// Bounds, when set (and Camera is not), is the lon/lat box to fit
	// instead of the step's view.
	Bounds *orb.Bound
	// Highlight overrides the step's highlighted place ids.
	Highlight []string
	// Title and Subtitle, when set, are printed in a band across the top of
	// the image (for publishing); the map fills the rest of Height.
	Title, Subtitle string
}

// Render draws the map of story s (places from r when not nil) as step
// o.Step shows it, with legend, scale bar and attribution, headless.
func Render(s *story.Story, r *analysis.Report, o RenderOptions) (*image.RGBA, error) {
	if o.Width <= 0 {
		o.Width = 1280
	}
	if o.Height <= 0 {
		o.Height = 800
	}
	if o.Title != "" || o.Subtitle != "" {
		return renderWithTitle(s, r, o)
	}
	if o.Scale <= 0 {
		o.Scale = 1
	}
	if o.Width*o.Height > 1<<24 || o.Scale > 8 {
		return nil, fmt.Errorf("mapview: render size %dx%d at scale %g is too large", o.Width, o.Height, o.Scale)
	}
	sc := newScene(s, r)
	cam, hi, hr, err := sc.stepView(o.Step, float64(o.Width), float64(o.Height))
	if err != nil {
		return nil, err
	}
	switch {
	case o.Camera != nil:
		cam = *o.Camera
	case o.Bounds != nil:
		cam = fitCamera(*o.Bounds, float64(o.Width), float64(o.Height), 0, MaxZoom)
	}
	if o.Highlight != nil {
		hi = o.Highlight
	}
	step := o.Step
	if step == -1 {
		step = len(sc.steps) - 1
	}
	outside := sc.outside(step)
	w, h := int(math.Round(float64(o.Width)*o.Scale)), int(math.Round(float64(o.Height)*o.Scale))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	f := &frame{view: newView(cam, w, h, o.Scale), pal: paletteFor(o.Dark), scene: sc, highlight: set(hi), hiRoute: hr, legend: true, outside: outside}
	rd := newRenderer()
	rd.plain.Store(sc.imageMap)
	if err := rd.drawBase(img, f.view, f.pal); err != nil {
		return nil, err
	}
	rd.drawOverlay(img, f)
	return img, nil
}

// renderWithTitle draws o's title and subtitle in a band across the top
// and the map below it, the whole o.Width × o.Height.
func renderWithTitle(s *story.Story, r *analysis.Report, o RenderOptions) (*image.RGBA, error) {
	scale := o.Scale
	if scale <= 0 {
		scale = 1
	}
	rd := newRenderer()
	pal := paletteFor(o.Dark)
	var masks []*textMask
	if o.Title != "" {
		masks = append(masks, rd.text.get(o.Title, true, 18*scale))
	}
	if o.Subtitle != "" {
		masks = append(masks, rd.text.get(o.Subtitle, false, 12*scale))
	}
	pad := int(math.Round(10 * scale))
	band := pad
	for _, m := range masks {
		_, h := m.size()
		band += h + pad/2
	}
	band += pad / 2
	bandLogical := int(math.Ceil(float64(band) / scale))
	if o.Height-bandLogical < 100 {
		return nil, fmt.Errorf("map: %d pixels are too few for the title and a map; give at least %d", o.Height, bandLogical+100)
	}
	mo := o
	mo.Title, mo.Subtitle = "", ""
	mo.Height = o.Height - bandLogical
	m, err := Render(s, r, mo)
	if err != nil {
		return nil, err
	}
	w, h := m.Bounds().Dx(), m.Bounds().Dy()
	img := image.NewRGBA(image.Rect(0, 0, w, h+int(math.Round(float64(bandLogical)*scale))))
	bg := pal.panel
	bg.A = 255
	draw.Draw(img, img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	y := pad
	for _, tm := range masks {
		tw, th := tm.size()
		x := pad
		if tm.rtl {
			x = max(pad, w-pad-tw) // a right-to-left title reads from the right edge
		}
		drawText(img, tm, x, y, pal.panelText, color.Transparent, 0)
		y += th + pad/2
	}
	draw.Draw(img, image.Rect(0, img.Bounds().Dy()-h, w, img.Bounds().Dy()), m, image.Point{}, draw.Src)
	return img, nil
}

func set(ids []string) map[string]bool {
	m := map[string]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}
