package mapview

import (
	"fmt"
	"image"
	"testing"
)

// TestLegendStaysSmall lays the legend out for every step of the bundled
// story (and its overview) on maps from 300×220 to 1920×1080 logical
// pixels at scales 1, 1.5 and 2: whatever its form, it covers at most
// legendMaxArea of the map and legendMaxWidth of its width; it is the full
// form on large maps and the compact one on the map tab of a 1024×700
// window at scale 1.5 (400×275 logical: app/testdata/main_1024x700_1.5.png).
func TestLegendStaysSmall(t *testing.T) {
	s, r := bundled(t)
	sc := newScene(s, r)
	rd := newRenderer()
	steps := []int{-2}
	for i := range s.Steps {
		steps = append(steps, i)
	}
	for _, size := range [][2]int{{300, 220}, {400, 275}, {437, 350}, {640, 480}, {1000, 640}, {1280, 800}, {1920, 1080}} {
		for _, scale := range []float64{1, 1.5, 2} {
			w, h := int(float64(size[0])*scale), int(float64(size[1])*scale)
			for _, step := range steps {
				f := &frame{view: view{w: w, h: h, scale: scale}, pal: paletteFor(false), scene: sc, legend: true}
				if step >= 0 {
					f.highlight = set(s.Steps[step].Places)
				}
				name := fmt.Sprintf("%dx%d@%g step %d", size[0], size[1], scale, step)
				es := legendEntries(f)
				l, ok := rd.layoutLegend(f, es)
				box := rd.legend(image.NewRGBA(image.Rect(0, 0, w, h)), f, false)
				if !ok {
					if !box.Empty() {
						t.Errorf("%s: no legend laid out but box %v", name, box)
					}
					if size[0] >= 400 {
						t.Errorf("%s: no legend on a map this large", name)
					}
					continue
				}
				if box != l.box {
					t.Errorf("%s: drawn box %v, laid out %v", name, box, l.box)
				}
				if a := float64(box.Dx()*box.Dy()) / float64(w*h); a > legendMaxArea {
					t.Errorf("%s: legend %v covers %.0f%% of the map", name, box, 100*a)
				}
				if float64(box.Dx()) > legendMaxWidth*float64(w) || !box.In(image.Rect(0, 0, w, h)) {
					t.Errorf("%s: legend %v too wide for %d×%d", name, box, w, h)
				}
				for i := range l.masks {
					tw, th := l.masks[i].size()
					txt := image.Rect(l.text[i].X, l.text[i].Y, l.text[i].X+tw, l.text[i].Y+th)
					if !txt.In(box.Inset(-1)) {
						t.Errorf("%s: %q at %v outside the legend %v", name, es[i].short, txt, box)
					}
				}
				if size == [2]int{400, 275} && scale == 1.5 && step == 1 {
					full := rd.fullLegend(es, scale).box
					t.Logf("%s: the full legend would cover %.0f%% of the map and %.0f%% of its width; drawn: %v, %.0f%%",
						name, 100*float64(full.Dx()*full.Dy())/float64(w*h), 100*float64(full.Dx())/float64(w),
						map[bool]string{true: "compact", false: "full"}[l.compact], 100*float64(box.Dx()*box.Dy())/float64(w*h))
				}
				switch {
				case size[0] >= 1000 && l.compact:
					t.Errorf("%s: compact legend on a large map", name)
				case size == [2]int{400, 275} && scale == 1.5 && !l.compact:
					t.Errorf("%s: full legend %v on the narrow layout's map tab", name, box)
				}
			}
		}
	}
}

// TestLegendNarrowGolden renders the arrival step of the bundled story at
// the size of the map tab of a 1024×700 window at FYNE_SCALE 1.5 (400×275
// logical pixels), where the legend takes its compact form.
func TestLegendNarrowGolden(t *testing.T) {
	s, r := bundled(t)
	img, err := Render(s, r, RenderOptions{Step: stepIndex(t, s, "2019-arrival"), Width: 400, Height: 275, Scale: 1.5})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "legend_narrow_400x275_1.5.png", img)
}
