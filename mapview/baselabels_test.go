package mapview

import (
	"bytes"
	"fmt"
	"image"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/geoparse"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// TestBaseLabelsGolden renders the basemap with its labels by zoom and no
// story at zoom 3 (Europe and the Mediterranean), 6 (south-east Brazil)
// and 11 (Istanbul), and the names with letters beyond Latin-1 that
// GeoNames gives at zoom 8 around Al Ḩillah (Iraq: ḩ, ḑ, ţ) and in the Red
// River delta (Vietnam) (regenerate with -update and look at them).
func TestBaseLabelsGolden(t *testing.T) {
	for _, c := range []struct {
		name     string
		lon, lat float64
		zoom     float64
	}{
		{"europe", 15, 46, 3},
		{"brazil_southeast", -45, -22, 6},
		{"istanbul", 28.98, 41.03, 11},
		{"iraq_hillah", 44.42, 32.48, 8},
		{"vietnam_red_river_delta", 106.2, 20.6, 8},
	} {
		t.Run(c.name, func(t *testing.T) {
			cam := story.Camera{Center: [2]float64{c.lon, c.lat}, Zoom: c.zoom}
			img, err := Render(nil, nil, RenderOptions{Width: 900, Height: 600, Camera: &cam})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, fmt.Sprintf("labels_z%g_%s.png", c.zoom, c.name), img)
		})
	}
}

func TestBaseLabelRules(t *testing.T) {
	box := func(w, e float64) *geoparse.Bounds { return &geoparse.Bounds{W: w, S: 0, E: e, N: 1} }
	for _, c := range []struct {
		p          geoparse.Place
		ok         bool
		class      labelClass
		minZ, maxZ float32
	}{
		{geoparse.Place{ID: "country:RU", Kind: "country", CC: "RU", Name: "Russia", Bounds: box(19.6, -169)}, true, classCountry, 1.5, 8},
		{geoparse.Place{ID: "country:FR", Kind: "country", CC: "FR", Name: "France", Bounds: box(-5, 10)}, true, classCountry, 2.737, 8},
		{geoparse.Place{ID: "country:SG", Kind: "country", CC: "SG", Name: "Singapore", Bounds: box(103.6, 104.1)}, true, classCountry, 7.644, 10.644},
		{geoparse.Place{ID: "supp:yugoslavia", Kind: "country", Name: "Yugoslavia"}, false, 0, 0, 0}, // a former state: no ISO code
		{geoparse.Place{ID: "supp:pacific", Kind: "sea", Name: "Pacific Ocean"}, true, classSea, 1.5, 8.5},
		{geoparse.Place{ID: "ne:bosporus", Kind: "strait", Name: "Bosporus", Bounds: box(28.9, 29.2)}, true, classSea, 8.381, 15.381},
		{geoparse.Place{ID: "ne1:PRT-1", Kind: "region", Name: "Lisboa"}, true, classRegion, 5.907, 10},
		{geoparse.Place{ID: "supp:balkans", Kind: "region", Name: "Balkans"}, false, 0, 0, 0},
		{geoparse.Place{ID: "geonames:1", Kind: "capital", Name: "Lisbon", Pop: 517802}, true, classCapital, 4, 99},
		{geoparse.Place{ID: "geonames:2", Kind: "city", Name: "Porto", Pop: 249633}, true, classCity, 7, 99},
		{geoparse.Place{ID: "geonames:3", Kind: "seat", Name: "Braga", Pop: 121595}, true, classCity, 6.5, 99},
		{geoparse.Place{ID: "geonames:4", Kind: "town", Name: "Khasan", Pop: 776}, true, classCity, 11, 99},
		{geoparse.Place{ID: "geonames:5", Kind: "capital", Name: "Tokyo", Pop: 8336599}, true, classCapital, 3, 99},
		{geoparse.Place{ID: "airport:LPPT", Kind: "airport", Name: "Lisbon Airport"}, false, 0, 0, 0},
		{geoparse.Place{ID: "supp:europe", Kind: "continent", Name: "Europe"}, false, 0, 0, 0},
	} {
		l, ok := baseLabelFor(c.p)
		if ok != c.ok {
			t.Errorf("%s: label %v, want %v", c.p.Name, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if l.class != c.class || math.Abs(float64(l.minZ-c.minZ)) > 0.01 || math.Abs(float64(l.maxZ-c.maxZ)) > 0.01 {
			t.Errorf("%s: class %d zooms %.3f-%.3f, want class %d zooms %.3f-%.3f", c.p.Name, l.class, l.minZ, l.maxZ, c.class, c.minZ, c.maxZ)
		}
	}
}

// placedNames draws the labels of a story-less view and returns their
// texts by class.
func placedNames(t *testing.T, lon, lat, zoom float64, taken []image.Rectangle) ([]placedBase, map[labelClass][]string) {
	t.Helper()
	ix := loadLabels()
	if ix == nil {
		t.Fatal("no label index")
	}
	v := newView(story.Camera{Center: [2]float64{lon, lat}, Zoom: zoom}, 1280, 800, 1)
	ls := newRenderer().placeBaseLabels(ix.inView(v), 1, image.Rect(0, 0, 1280, 800), taken, map[string]bool{})
	by := map[labelClass][]string{}
	for _, l := range ls {
		by[l.vl.class] = append(by[l.vl.class], l.vl.name)
	}
	return ls, by
}

func has(names []string, n string) bool {
	for _, s := range names {
		if s == n {
			return true
		}
	}
	return false
}

// TestBaseLabelsByZoom checks the density by zoom: countries and seas and
// the largest capitals at zoom 3, regions and cities at 6, towns and no
// country at 11, more populated places as the zoom grows.
func TestBaseLabelsByZoom(t *testing.T) {
	_, z3 := placedNames(t, 15, 46, 3, nil)
	_, z6 := placedNames(t, -45, -22, 6, nil)
	_, z11 := placedNames(t, 28.98, 41.03, 11, nil)
	for _, c := range []struct {
		by    map[labelClass][]string
		class labelClass
		name  string
		want  bool
	}{
		{z3, classCountry, "France", true},
		{z3, classSea, "Norwegian Sea", true},
		{z3, classCapital, "Moscow", true},
		{z3, classCity, "Porto", false},
		{z6, classRegion, "Minas Gerais", true},
		{z6, classCity, "Rio de Janeiro", true},
		{z6, classCountry, "Brazil", false},
		{z11, classCapital, "Ankara", false},
		{z11, classCountry, "Turkey", false},
		{z11, classSea, "Bosporus", true},
	} {
		if got := has(c.by[c.class], c.name); got != c.want {
			t.Errorf("class %d %q placed: %v, want %v (placed %v)", c.class, c.name, got, c.want, c.by[c.class])
		}
	}
	if len(z3[classCity]) >= len(z6[classCity]) || len(z6[classCity]) > len(z11[classCity])+len(z11[classCapital])+40 {
		t.Errorf("populated places at z3/z6/z11: %d/%d/%d, want more at 6 than 3", len(z3[classCity]), len(z6[classCity]), len(z11[classCity]))
	}
	if len(z11[classCountry]) != 0 {
		t.Errorf("country labels at zoom 11: %v", z11[classCountry])
	}
}

// TestBaseLabelsAvoidTakenBoxes places the labels of a dense view around
// boxes taken by the story and checks that none covers a taken box or
// another label, and that one of two records of one name is dropped.
func TestBaseLabelsAvoidTakenBoxes(t *testing.T) {
	var taken []image.Rectangle
	for x := 0; x < 1280; x += 160 {
		for y := 0; y < 800; y += 120 {
			taken = append(taken, image.Rect(x+20, y+20, x+90, y+50))
		}
	}
	ls, _ := placedNames(t, 2.35, 48.86, 8, taken)
	if len(ls) < 10 {
		t.Fatalf("only %d labels placed around Paris at zoom 8", len(ls))
	}
	seen := map[string]bool{}
	var boxes []image.Rectangle
	for _, l := range ls {
		if seen[l.vl.name] {
			t.Errorf("%q placed twice", l.vl.name)
		}
		seen[l.vl.name] = true
		bs := []image.Rectangle{l.box}
		if l.dot > 0 {
			r := int(math.Ceil(l.dot + 1))
			bs = append(bs, image.Rect(int(math.Round(l.vl.x))-r, int(math.Round(l.vl.y))-r, int(math.Round(l.vl.x))+r, int(math.Round(l.vl.y))+r))
		}
		for _, b := range bs {
			if overlapsAny(b, taken) {
				t.Errorf("%q at %v covers a taken box", l.vl.name, b)
			}
			if overlapsAny(b, boxes) {
				t.Errorf("%q at %v covers another label", l.vl.name, b)
			}
		}
		boxes = append(boxes, bs...)
	}
}

// TestStoryNamesNotRepeated checks that the basemap does not name again a
// place the story names.
func TestStoryNamesNotRepeated(t *testing.T) {
	s, r := testStory()
	sc := newScene(s, r)
	skip := map[string]bool{}
	for _, p := range sc.places {
		skip[fold.Key(p.Name)] = true
	}
	ix := loadLabels()
	v := newView(story.Camera{Center: [2]float64{131.88, 43.11}, Zoom: 9}, 1280, 800, 1)
	for _, l := range newRenderer().placeBaseLabels(ix.inView(v), 1, image.Rect(0, 0, 1280, 800), nil, skip) {
		if strings.EqualFold(l.vl.name, "Vladivostok") {
			t.Errorf("the basemap names Vladivostok, which the story names itself")
		}
	}
}

// TestPainterDoesNotWaitForLabels paints frames while the label index is
// still being built: they come without basemap labels (and without the
// gazetteer's credit), the painter asks for a redraw when the index is
// ready, and the next frame has them.
func TestPainterDoesNotWaitForLabels(t *testing.T) {
	ix := loadLabels()
	release := make(chan struct{})
	saved := labels
	labels = newLabelLoader(func() *labelIndex { <-release; return ix })
	defer func() { labels = saved }()

	redrawn := make(chan struct{}, 8)
	p := NewPainter(func() {
		select {
		case redrawn <- struct{}{}:
		default:
		}
	})
	<-baseDone
	st := FrameState{Camera: story.Camera{Center: [2]float64{15, 46}, Zoom: 4}}
	// paint paints until two frames in a row are the same (past the
	// first, half-resolution ones).
	paint := func() []byte {
		prev := append([]byte(nil), p.Paint(600, 400, 1, st).Pix...)
		for i := 0; i < 200; i++ {
			time.Sleep(30 * time.Millisecond)
			cur := p.Paint(600, 400, 1, st).Pix
			if bytes.Equal(prev, cur) {
				return prev
			}
			prev = append(prev[:0], cur...)
		}
		t.Fatal("the frames did not settle")
		return nil
	}
	start := time.Now()
	p.Paint(600, 400, 1, st)
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("a frame took %v while the labels were being built", d)
	}
	before := paint()
	for len(redrawn) > 0 {
		<-redrawn
	}
	close(release)
	select {
	case <-redrawn:
	case <-time.After(10 * time.Second):
		t.Fatal("no redraw asked for when the labels were ready")
	}
	if after := paint(); bytes.Equal(before, after) {
		t.Error("the frame after the labels were ready has no labels")
	}
}

// Today's map names today's states: over the Balkans and central Africa
// Serbia and the Democratic Republic of the Congo, not the gazetteer's
// former Yugoslavia and Zaire (kept to read old articles).
func TestBaseLabelsNameTodaysStates(t *testing.T) {
	for _, c := range []struct {
		lon, lat, zoom float64
		now, then      string
	}{{21, 44, 5, "Serbia", "Yugoslavia"}, {23, -3, 4, "DR Congo", "Zaire"}} {
		_, by := placedNames(t, c.lon, c.lat, c.zoom, nil)
		if has(by[classCountry], c.then) {
			t.Errorf("%s written on today's map (countries %v)", c.then, by[classCountry])
		}
		if !has(by[classCountry], c.now) {
			t.Errorf("%s not written (countries %v)", c.now, by[classCountry])
		}
	}
}
