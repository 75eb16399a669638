package mapview

import (
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story/geoparse"
)

// Basemap labels: the names a web map writes on its background (countries,
// seas and oceans, first-level regions, populated places), taken from the
// embedded gazetteer and shown by zoom. Each label has a zoom range computed
// from the place alone (a country's or a sea's width, a town's population,
// a capital's rank), never from any story; within a view they are placed
// greedily by priority, after and around the story's own symbols and labels.

// labelClass is what a basemap label names; it decides its style.
type labelClass uint8

const (
	classCountry labelClass = iota
	classSea
	classRegion
	classCapital
	classCity
)

// baseLabel is one gazetteer place the basemap can name.
type baseLabel struct {
	name       string
	m          orb.Point // normalized Mercator
	class      labelClass
	minZ, maxZ float32 // shown when minZ <= zoom < maxZ
	prio       float32 // higher first
}

// labelGrid is the number of cells of the label index along each axis (a
// cell is a zoom-6 tile).
const labelGrid = 64

// labelIndex holds the basemap labels bucketed by Mercator cell, each
// bucket sorted by minZ, so a view reads only the labels of its cells that
// its zoom shows.
type labelIndex struct {
	labels []baseLabel
	cells  [labelGrid * labelGrid][]int32
}

// baseLabelFor decides whether a gazetteer place is a basemap label and
// with which zoom range and priority. The rules are general: a country or
// sea is named from the zoom at which its box is about 100 px wide; a
// populated place from a zoom set by its population (capitals 2 zooms
// and seats half a zoom earlier); first-level regions from zoom 5 to 10.
func baseLabelFor(p geoparse.Place) (baseLabel, bool) {
	l := baseLabel{name: p.Name, m: merc(orb.Point{p.Lon, p.Lat})}
	if math.Abs(p.Lat) > 84 { // beyond the Mercator map (Antarctica's point is the pole)
		return l, false
	}
	width := func(def float64) float64 {
		if p.Bounds == nil {
			return def
		}
		w := p.Bounds.E - p.Bounds.W
		if w < 0 {
			w += 360
		}
		return math.Max(w, 0.01)
	}
	switch {
	case p.Kind == geoparse.KindCountry && p.CC != "":
		// A state of today has its ISO code; the gazetteer's former ones
		// (Yugoslavia, Zaire, the New Hebrides), kept to read old names
		// in articles, have none and are not written on today's map.
		w := width(5)
		l.class = classCountry
		l.minZ = float32(math.Max(1.5, math.Log2(100/w)))
		l.maxZ = float32(math.Max(8, float64(l.minZ)+3))
		l.prio = 4000 + float32(10*math.Log2(w))
	case p.Kind == "sea" || p.Kind == "strait":
		w := width(180) // the supplement's oceans have no box
		l.class = classSea
		l.minZ = float32(math.Max(1.5, math.Log2(100/w)))
		l.maxZ = l.minZ + 7
		l.prio = 3500 + float32(10*math.Log2(w))
	case p.Kind == geoparse.KindRegion && strings.HasPrefix(p.ID, "ne1:"):
		w := width(1)
		l.class = classRegion
		l.minZ = float32(math.Max(5, math.Log2(60/w)))
		l.maxZ = 10
		l.prio = 1000 + float32(10*math.Log2(w))
	case p.Kind == geoparse.KindCapital || p.Kind == geoparse.KindSeat || p.Kind == geoparse.KindCity || p.Kind == geoparse.KindTown:
		z := popZoom(p.Pop)
		l.class, l.prio = classCity, 2000+float32(100*math.Log10(float64(p.Pop)+1))
		switch p.Kind {
		case geoparse.KindCapital:
			z = math.Max(3, z-2)
			l.class, l.prio = classCapital, l.prio+1000
		case geoparse.KindSeat:
			z -= 0.5
			l.prio += 50
		}
		l.minZ, l.maxZ = float32(z), 99
	default: // airports, continents, rivers, multi-country regions: not basemap labels
		return l, false
	}
	return l, l.name != ""
}

// popZoom is the zoom from which a populated place of pop people is named.
func popZoom(pop int64) float64 {
	for _, s := range []struct {
		pop int64
		z   float64
	}{{5e6, 4}, {1e6, 5}, {3e5, 6}, {1e5, 7}, {3e4, 8}, {1e4, 9}, {3e3, 10}} {
		if pop >= s.pop {
			return s.z
		}
	}
	return 11
}

// newLabelIndex builds the index of the gazetteer's basemap labels.
func newLabelIndex(g *geoparse.Gazetteer) *labelIndex {
	ix := &labelIndex{}
	g.Each(func(p geoparse.Place) bool {
		if l, ok := baseLabelFor(p); ok {
			ix.add(l)
		}
		return true
	})
	for c := range ix.cells {
		cell := ix.cells[c]
		sort.Slice(cell, func(a, b int) bool { return ix.labels[cell[a]].minZ < ix.labels[cell[b]].minZ })
	}
	return ix
}

func (ix *labelIndex) add(l baseLabel) {
	cx := min(labelGrid-1, max(0, int(l.m[0]*labelGrid)))
	cy := min(labelGrid-1, max(0, int(l.m[1]*labelGrid)))
	ix.labels = append(ix.labels, l)
	ix.cells[cy*labelGrid+cx] = append(ix.cells[cy*labelGrid+cx], int32(len(ix.labels)-1))
}

// visibleLabel is a basemap label in a view, at its device pixel position.
type visibleLabel struct {
	*baseLabel
	x, y float64
}

// maxLabelCands bounds the labels one frame tries to place.
const maxLabelCands = 500

// inView returns the labels v's zoom shows within v (and a margin), the
// world repeated east and west, highest priority first, at most
// maxLabelCands.
func (ix *labelIndex) inView(v view) []visibleLabel {
	z := float32(v.zoom + math.Log2(v.scale))
	halfW, halfH := float64(v.w)/2/v.world, float64(v.h)/2/v.world
	x0, x1 := v.center[0]-halfW, v.center[0]+halfW
	y0, y1 := math.Max(0, v.center[1]-halfH), math.Min(1, v.center[1]+halfH)
	cy0, cy1 := int(y0*labelGrid), min(labelGrid-1, int(y1*labelGrid))
	cx0, cx1 := int(math.Floor(x0*labelGrid)), int(math.Floor(x1*labelGrid))
	if cx1-cx0 >= 2*labelGrid {
		cx1 = cx0 + 2*labelGrid - 1
	}
	var out []visibleLabel
	for cy := cy0; cy <= cy1; cy++ {
		for cx := cx0; cx <= cx1; cx++ {
			wrap := math.Floor(float64(cx) / labelGrid)
			cell := ix.cells[cy*labelGrid+cx-int(wrap)*labelGrid]
			for _, i := range cell {
				l := &ix.labels[i]
				if l.minZ > z {
					break
				}
				if z >= l.maxZ {
					continue
				}
				x, y := v.toPx(orb.Point{l.m[0] + wrap, l.m[1]})
				if x < -100 || y < -40 || x > float64(v.w)+100 || y > float64(v.h)+40 {
					continue
				}
				out = append(out, visibleLabel{l, x, y})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].prio != out[b].prio {
			return out[a].prio > out[b].prio
		}
		return out[a].name < out[b].name
	})
	if len(out) > maxLabelCands {
		out = out[:maxLabelCands]
	}
	return out
}

// labelLoader builds the label index once, in the background or blocking.
type labelLoader struct {
	once  sync.Once
	ix    *labelIndex
	done  chan struct{} // closed once ix is set
	start atomic.Bool
	build func() *labelIndex
}

func newLabelLoader(build func() *labelIndex) *labelLoader {
	return &labelLoader{done: make(chan struct{}), build: build}
}

// labels builds the index of the embedded gazetteer's labels (nil if the
// gazetteer cannot be read); tests replace it.
var labels = newLabelLoader(func() *labelIndex {
	g, err := geoparse.Default()
	if err != nil {
		return nil
	}
	return newLabelIndex(g)
})

// load builds the index once, blocking.
func (l *labelLoader) load() *labelIndex {
	l.once.Do(func() {
		l.ix = l.build()
		close(l.done)
	})
	return l.ix
}

// preload starts load in a goroutine (once) and returns l.done.
func (l *labelLoader) preload() <-chan struct{} {
	if l.start.CompareAndSwap(false, true) {
		go l.load()
	}
	return l.done
}

// loadLabels builds the label index once from the embedded gazetteer,
// blocking; nil if the gazetteer cannot be read.
func loadLabels() *labelIndex { return labels.load() }

// PreloadLabels starts building the basemap labels (from the embedded
// gazetteer, a few hundred milliseconds) in a goroutine, if nothing has
// yet, and returns a channel closed when they are built. Interactive maps
// start it themselves on their first frame and redraw when it is done;
// calling it earlier (once the first window is up) has them sooner.
func PreloadLabels() <-chan struct{} { return labels.preload() }

// labelsNow returns the label index if it is built; otherwise it starts
// building it (PreloadLabels), calls ready once it is done (once per
// wait of this renderer), and returns nil.
func (rd *renderer) labelsNow(ready func()) *labelIndex {
	l := labels
	done := l.preload()
	select {
	case <-done:
		return l.ix
	default:
	}
	if rd.labelWait.CompareAndSwap(false, true) {
		go func() {
			<-done
			rd.labelWait.Store(false)
			ready()
		}()
	}
	return nil
}
