package mapview

import (
	"image"
	"image/color"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	assetfonts "github.com/storylens/storylens/assets/fonts"
)

// fonts are the faces plain map text is drawn with: Liberation Sans,
// regular and bold (SIL OFL 1.1, embedded by assets/fonts, whose tests
// parse them), the charts' font, which has the letters GeoNames' names use
// (Vietnamese, the dotted and underlined letters of Arabic and Persian
// romanizations, ə); the Go fonts lack 72 of the gazetteer's runes. Text
// in other scripts, or right to left, is shaped from assets/fonts'
// fallback chain (see textCache.get).
func fonts() (reg, bold *opentype.Font) {
	reg, _ = assetfonts.Parse(assetfonts.LiberationSans)
	bold, _ = assetfonts.Parse(assetfonts.LiberationSansBold)
	return reg, bold
}

type faceKey struct {
	bold bool
	size float64
}

type maskKey struct {
	text string
	face faceKey
}

// textCache keeps font faces and rendered label masks between frames.
type textCache struct {
	mu    sync.Mutex
	faces map[faceKey]font.Face
	masks map[maskKey]*textMask
}

// textMask is a rendered string: an alpha mask and the baseline offset.
type textMask struct {
	mask   *image.Alpha
	ascent int
	// rtl is set when the text is a right-to-left paragraph (its first
	// strong letter is Hebrew or Arabic): a line of it aligns right.
	rtl bool

	// haloMu guards the halo masks drawn for it, by radius and colour
	// alpha (see haloMask).
	haloMu sync.Mutex
	halos  map[[2]int]*image.Alpha
}

// haloMask returns the mask of m's halo of radius hr for a halo colour of
// alpha ca, offset by (-hr, -hr): the coverage that drawing the mask in
// that colour at every offset within the radius would give
// (1 - Π(1 - a·ca)), computed once, so a halo is one composite.
func (m *textMask) haloMask(hr int, ca uint8) *image.Alpha {
	m.haloMu.Lock()
	defer m.haloMu.Unlock()
	k := [2]int{hr, int(ca)}
	if h, ok := m.halos[k]; ok {
		return h
	}
	b := m.mask.Bounds()
	w, h := b.Dx()+2*hr, b.Dy()+2*hr
	// keep[i] is Π(1 - a·ca) in 0..1 at each halo pixel.
	keep := make([]float32, w*h)
	for i := range keep {
		keep[i] = 1
	}
	fa := float32(ca) / 255
	for dy := -hr; dy <= hr; dy++ {
		for dx := -hr; dx <= hr; dx++ {
			if dx == 0 && dy == 0 || dx*dx+dy*dy > hr*hr+1 {
				continue
			}
			for y := 0; y < b.Dy(); y++ {
				row := m.mask.Pix[y*m.mask.Stride : y*m.mask.Stride+b.Dx()]
				o := (y+hr+dy)*w + hr + dx
				for x, a := range row {
					if a != 0 {
						keep[o+x] *= 1 - float32(a)/255*fa
					}
				}
			}
		}
	}
	img := image.NewAlpha(image.Rect(0, 0, w, h))
	for i, k := range keep {
		img.Pix[i] = uint8((1-k)*255 + 0.5)
	}
	if m.halos == nil {
		m.halos = map[[2]int]*image.Alpha{}
	}
	m.halos[k] = img
	return img
}

func newTextCache() *textCache {
	return &textCache{faces: map[faceKey]font.Face{}, masks: map[maskKey]*textMask{}}
}

func (tc *textCache) face(bold bool, size float64) font.Face {
	k := faceKey{bold, size}
	if f, ok := tc.faces[k]; ok {
		return f
	}
	reg, b := fonts()
	src := reg
	if bold {
		src = b
	}
	f, err := opentype.NewFace(src, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil
	}
	tc.faces[k] = f
	return f
}

// get renders (or reuses) the mask of text in the given face; the text is
// drawn as displayText maps it.
func (tc *textCache) get(text string, bold bool, size float64) *textMask {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	k := maskKey{text, faceKey{bold, size}}
	if m, ok := tc.masks[k]; ok {
		return m
	}
	f := tc.face(bold, size)
	if f == nil {
		return &textMask{mask: image.NewAlpha(image.Rect(0, 0, 1, 1))}
	}
	m := f.Metrics()
	asc, desc := m.Ascent.Ceil(), m.Descent.Ceil()
	text = displayText(text)
	var tm *textMask
	if assetfonts.Simple(text, bold) {
		// Liberation Sans alone, left to right: hinted, as ever.
		wd := font.MeasureString(f, text).Ceil()
		img := image.NewAlpha(image.Rect(0, 0, wd+2, asc+desc+2))
		d := font.Drawer{Dst: img, Src: image.Opaque, Face: f, Dot: fixed.P(1, asc+1)}
		d.DrawString(text)
		tm = &textMask{mask: img, ascent: asc + 1}
	} else if l, err := assetfonts.Shape(text, bold); err == nil {
		// Other scripts, right to left or joined: shaped, from the
		// fallback faces, unhinted.
		img, base := l.Mask(size, asc, desc, 1)
		tm = &textMask{mask: img, ascent: base}
	} else {
		tm = &textMask{mask: image.NewAlpha(image.Rect(0, 0, 1, 1))}
	}
	tm.rtl = assetfonts.RightToLeft(text)
	if len(tc.masks) > 4096 {
		tc.masks = map[maskKey]*textMask{}
	}
	tc.masks[k] = tm
	return tm
}

// size returns the mask's width and height.
func (m *textMask) size() (int, int) { b := m.mask.Bounds(); return b.Dx(), b.Dy() }

// drawText draws m with its top-left at (x, y), with a halo of radius hr
// pixels in halo colour (transparent halo: none).
func drawText(dst *image.RGBA, m *textMask, x, y int, col, halo color.Color, hr int) {
	if _, _, _, a := halo.RGBA(); a > 0 && hr > 0 {
		hc := color.NRGBAModel.Convert(halo).(color.NRGBA)
		hm := m.haloMask(hr, hc.A)
		hc.A = 255
		composite(dst, x-hr, y-hr, hm, hc)
	}
	composite(dst, x, y, m.mask, color.NRGBAModel.Convert(col).(color.NRGBA))
}
