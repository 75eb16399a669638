package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// neMarine: named oceans, seas, gulfs, bays, straits and channels, with
// polygons.
const neMarine = "10m/physical/ne_10m_geography_marine_polys.json"

// marineKinds maps Natural Earth's featurecla to a gazetteer kind; other
// classes (river mouths, the reef, unnamed polygons) are not used.
var marineKinds = map[string]string{"ocean": "sea", "sea": "sea", "gulf": "sea", "bay": "sea", "sound": "sea",
	"channel": "sea", "fjord": "sea", "lagoon": "sea", "inlet": "sea", "strait": "strait"}

// marineName tidies a Natural Earth water name: spaces collapsed, names in
// capitals ("NORTH PACIFIC OCEAN") in title case, "Str." and "Sd." spelt
// out. ok is false for names with other abbreviations ("B. Inutil").
func marineName(s string) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "", false
	}
	if strings.ToUpper(s) == s {
		words := strings.Fields(strings.ToLower(s))
		for i, w := range words {
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			words[i] = string(r)
		}
		s = strings.Join(words, " ")
	}
	s = strings.NewReplacer("Str.", "Strait", "Sd.", "Sound").Replace(s)
	for _, w := range strings.Fields(s) {
		if strings.HasSuffix(w, ".") && w != "St." {
			return "", false
		}
	}
	return s, true
}

// addWaters adds Natural Earth's named water bodies: polygons of one name
// are one place, its point the area centroid of its largest polygon ring
// (approximate: it can fall outside a curved body), its bounds those of
// all its polygons.
func (g *gazetteer) addWaters(ne neSource) error {
	data, err := ne.read(neMarine)
	if err != nil {
		return err
	}
	fs, err := readFeatures(neMarine, data)
	if err != nil {
		return err
	}
	g.sources = append(g.sources, fmt.Sprintf("Natural Earth 10m marine polygons (public domain), GitHub %s at %s", neRepo, neCommit))
	type water struct {
		name, kind string
		alts       []string
		oceanPart  bool // Natural Earth class ocean
		lons, lats []float64
		best       float64 // area of the largest ring so far
		lat, lon   float64
	}
	byKey := map[string]*water{}
	for i := range fs {
		f := &fs[i]
		kind := marineKinds[f.str("featurecla")]
		name, ok := marineName(f.str("name"))
		if kind == "" || !ok {
			continue
		}
		ls, err := f.lines()
		if err != nil {
			return fmt.Errorf("%s: feature %d (%s): %w", neMarine, i, name, err)
		}
		k := fold.Key(name)
		w := byKey[k]
		if w == nil {
			w = &water{name: name, kind: kind}
			byKey[k] = w
		}
		w.oceanPart = w.oceanPart || f.str("featurecla") == "ocean"
		if alt, ok := marineName(f.str("namealt")); ok {
			w.alts = append(w.alts, alt)
		}
		for _, ring := range ls {
			for _, p := range ring {
				w.lons, w.lats = append(w.lons, p[0]), append(w.lats, p[1])
			}
			if a, lon, lat := ringCentroid(ring); a > w.best {
				w.best, w.lon, w.lat = a, lon, lat
			}
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		w := byKey[k]
		b, ok := boundsOf(w.lons, w.lats)
		if !ok || w.best == 0 {
			continue
		}
		e := &entry{id: "ne:" + strings.ReplaceAll(k, " ", "-"), kind: w.kind, name: w.name, lat: w.lat, lon: w.lon,
			bounds: &b, order: orderRegion, sortKey: "water:" + k}
		e.alts = g.cleanAlts(e.name, w.alts)
		if half, ok := strings.CutSuffix(w.name, " Ocean"); ok && w.oceanPart && len(strings.Fields(half)) >= 2 {
			// "the South Pacific", "the North Atlantic": two common words,
			// but a proper name written in capitals
			e.alts = append(e.alts, half)
		}
		g.entries = append(g.entries, e)
		g.nWater++
		g.nAltNames += len(e.alts)
	}
	return nil
}

// ringCentroid returns the area (square degrees, planar) and area centroid
// of a closed ring of [lon, lat] points.
func ringCentroid(ring [][2]float64) (area, lon, lat float64) {
	var a, cx, cy float64
	for i := range ring {
		p, q := ring[i], ring[(i+1)%len(ring)]
		c := p[0]*q[1] - q[0]*p[1]
		a += c
		cx += (p[0] + q[0]) * c
		cy += (p[1] + q[1]) * c
	}
	if a == 0 {
		return 0, 0, 0
	}
	return math.Abs(a / 2), cx / (3 * a), cy / (3 * a)
}
