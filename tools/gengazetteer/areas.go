package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Named areas that are neither countries nor administrative regions:
// the subregions world-countries gives each country ("Caribbean",
// "Western Asia", "Central Europe") and Natural Earth's physical regions
// (mountain ranges, plateaus, deserts, peninsulas, basins, plains, deltas,
// coasts: "Pyrenees", "Arabian Peninsula", "Sahel"). Both are kind
// "region" (coarse: they never support a nearby name). An area one of
// whose names is already the name of a country, region, sea, strait,
// continent, river, canal, capital, seat or city is left out: that place
// is already there ("Central Asia", "Siberia", "South America"), or the
// name means the city more often than the area ("Gold Coast").

// neRegions: Natural Earth's physical region polygons.
const neRegions = "10m/physical/ne_10m_geography_regions_polys.7z"

// physicalClasses are the Natural Earth featurecla values used as
// regions; islandClasses those used as islands. Continents (in the
// supplement), lakes and the test feature are not used.
var physicalClasses = map[string]bool{"Range/mtn": true, "Plateau": true, "Desert": true, "Pen/cape": true,
	"Geoarea": true, "Coast": true, "Plain": true, "Delta": true, "Peninsula": true, "Basin": true, "Valley": true,
	"Lowland": true, "Tundra": true, "Isthmus": true, "Wetlands": true, "Gorge": true, "Foothills": true,
	"Depression": true}

var islandClasses = map[string]bool{"Island": true, "Island group": true}

// physicalAbbrev spells out Natural Earth's abbreviations of generic words.
var physicalAbbrev = strings.NewReplacer("Mts.", "Mountains", "Ra.", "Range", "Pen.", "Peninsula",
	"Plat.", "Plateau", "Mt.", "Mount")

// physicalName tidies a Natural Earth region name like marineName does:
// capitals to title case, generic abbreviations spelt out; ok is false for
// names with other abbreviations ("S. Dourada") or none.
func physicalName(s string) (string, bool) {
	s = strings.Join(strings.Fields(strings.TrimSpace(s)), " ")
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
	s = strings.Join(strings.Fields(physicalAbbrev.Replace(s+" ")), " ")
	for _, w := range strings.Fields(s) {
		if strings.HasSuffix(w, ".") {
			return "", false
		}
	}
	return s, true
}

// takenNames returns the folded names (and alternates) of the places an
// area may not duplicate, with their kinds.
func (g *gazetteer) takenNames() map[string]string {
	taken := map[string]string{}
	for _, e := range g.entries {
		switch e.kind {
		case "country", "region", "sea", "strait", "continent", "river", "canal", "capital", "seat", "city":
		default:
			continue
		}
		for _, n := range append([]string{e.name}, e.alts...) {
			taken[fold.Key(n)] = e.kind
		}
	}
	return taken
}

// areaKinds are the kinds of places that are areas like the ones added
// here: an area whose other name is one of them is already there.
var areaKinds = map[string]bool{"region": true, "continent": true, "sea": true, "river": true, "lake": true}

// properKinds are the kinds whose names are proper names even when made
// of common words (addFeature).
var properKinds = map[string]bool{"island": true, "cape": true, "waterfall": true, "pass": true}

// addArea adds a named area unless its name is taken, another of its
// names is an area's ("Eastern Asia" is the supplement's East Asia), or
// its name is one or two common English words only ("Central Highlands",
// "Coastal Plain": they would match ordinary text; three, "Great Bitter
// Lake", "Great Rift Valley", are a proper name). Another name that is a
// place of another kind is not used ("Southern Africa" is not also "South
// Africa"). It reports whether it added the area.
func (g *gazetteer) addArea(taken map[string]string, id, name string, alts []string, lat, lon float64, b *bounds) bool {
	return g.addFeature(taken, id, "region", name, alts, lat, lon, b)
}

// addFeature is addArea for any kind.
func (g *gazetteer) addFeature(taken map[string]string, id, kind, name string, alts []string, lat, lon float64, b *bounds) bool {
	// island, cape, waterfall and pass names are proper names even when
	// their words are common ones ("New Guinea", "Long Island", "Cape
	// Cod": the generic word makes them one)
	if taken[fold.Key(name)] != "" || !properKinds[kind] && len(strings.Fields(name)) <= 2 && g.allCommon(name) {
		return false
	}
	var keep []string
	for _, a := range alts {
		switch k := taken[fold.Key(a)]; {
		case areaKinds[k]:
			return false
		case k == "":
			keep = append(keep, a)
		}
	}
	e := &entry{id: id, kind: kind, name: name, lat: lat, lon: lon, bounds: b, order: orderRegion, sortKey: id}
	e.alts = g.cleanAlts(name, keep)
	for _, n := range append([]string{name}, e.alts...) {
		taken[fold.Key(n)] = kind
	}
	g.entries = append(g.entries, e)
	g.nAltNames += len(e.alts)
	return true
}

// addPhysical adds Natural Earth's physical regions: polygons of one name
// are one place, its point the area centroid of its largest ring, its
// bounds those of all its polygons (as for water bodies).
func (g *gazetteer) addPhysical(ne neSource, taken map[string]string) error {
	data, err := ne.read(neRegions)
	if err != nil {
		return err
	}
	fs, err := readFeatures(neRegions, data)
	if err != nil {
		return err
	}
	g.sources = append(g.sources, fmt.Sprintf("Natural Earth 10m physical region polygons (public domain), GitHub %s at %s: mountain ranges, plateaus, deserts, peninsulas, ..., islands and island groups", neRepo, neCommit))
	type area struct {
		name, kind string
		alts       []string
		lons, lats []float64
		best       float64
		lat, lon   float64
	}
	byKey := map[string]*area{}
	for i := range fs {
		f := &fs[i]
		cla := strings.TrimSpace(f.str("featurecla"))
		kind := "region"
		if islandClasses[cla] {
			kind = "island"
		} else if !physicalClasses[cla] {
			continue
		}
		name, ok := physicalName(f.str("name"))
		if !ok {
			continue
		}
		ls, err := f.lines()
		if err != nil {
			return fmt.Errorf("%s: feature %d (%s): %w", neRegions, i, name, err)
		}
		k := fold.Key(name)
		a := byKey[k]
		if a == nil {
			a = &area{name: name, kind: kind}
			byKey[k] = a
		}
		if alt, ok := physicalName(f.str("namealt")); ok {
			a.alts = append(a.alts, alt)
		}
		for _, ring := range ls {
			for _, p := range ring {
				a.lons, a.lats = append(a.lons, p[0]), append(a.lats, p[1])
			}
			if ar, lon, lat := ringCentroid(ring); ar > a.best {
				a.best, a.lon, a.lat = ar, lon, lat
			}
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := byKey[k]
		b, ok := boundsOf(a.lons, a.lats)
		if !ok || a.best == 0 {
			continue
		}
		if a.kind == "island" {
			if g.addFeature(taken, "neisle:"+strings.ReplaceAll(k, " ", "-"), "island", a.name, a.alts, a.lat, a.lon, &b) {
				g.nIsland++
			}
		} else if g.addArea(taken, "nephys:"+strings.ReplaceAll(k, " ", "-"), a.name, a.alts, a.lat, a.lon, &b) {
			g.nPhysical++
		}
	}
	return nil
}

// compassForms are the other English forms of a subregion's compass
// adjective ("Western Asia" is also "West Asia"; world-countries uses the
// UN's "Middle Africa", which English news calls "Central Africa").
var compassForms = []struct{ from, to string }{
	{"Northern ", "North "}, {"Southern ", "South "}, {"Eastern ", "East "}, {"Western ", "West "},
	{"South-Eastern ", "Southeast "}, {"South-Eastern ", "South-East "}, {"Southeast ", "South-East "},
	{"Southeast ", "Southeastern "}, {"Middle Africa", "Central Africa"},
}

// addSubregions adds world-countries' subregions: point the mean (on the
// sphere) of their countries' points, bounds the union of their countries'
// boxes when every one has a box and none crosses the antimeridian. Names
// with "and" ("Australia and New Zealand") are left out: they would match
// a list of two places.
func (g *gazetteer) addSubregions(members map[string][]string, taken map[string]string) {
	byID := map[string]*entry{}
	for _, e := range g.entries {
		byID[e.id] = e
	}
	subs := make([]string, 0, len(members))
	for s := range members {
		subs = append(subs, s)
	}
	sort.Strings(subs)
	for _, s := range subs {
		if s == "" || strings.Contains(s, " and ") {
			continue
		}
		var alts []string
		for _, c := range compassForms {
			if strings.HasPrefix(s, c.from) || s == c.from {
				alts = append(alts, c.to+strings.TrimPrefix(s, c.from))
			}
		}
		var x, y, z float64
		var lons, lats []float64
		boxed := true
		for _, id := range members[s] {
			e := byID[id]
			const rad = math.Pi / 180
			x += math.Cos(e.lat*rad) * math.Cos(e.lon*rad)
			y += math.Cos(e.lat*rad) * math.Sin(e.lon*rad)
			z += math.Sin(e.lat * rad)
			if e.bounds == nil || e.bounds.w > e.bounds.e {
				boxed = false
				continue
			}
			lons, lats = append(lons, e.bounds.w, e.bounds.e), append(lats, e.bounds.s, e.bounds.n)
		}
		lat := math.Atan2(z, math.Hypot(x, y)) * 180 / math.Pi
		lon := math.Atan2(y, x) * 180 / math.Pi
		var b *bounds
		if bb, ok := boundsOf(lons, lats); ok && boxed {
			b = &bb
		}
		slug := strings.ReplaceAll(fold.Key(s), " ", "-")
		if g.addArea(taken, "subregion:"+slug, s, alts, math.Round(lat*1e4)/1e4, math.Round(lon*1e4)/1e4, b) {
			g.nSubregion++
		}
	}
}

// neMapUnits: Natural Earth's admin-0 map units, the parts countries are
// drawn in: the nations of the United Kingdom, Belgium's regions,
// Portugal's islands, ...
const neMapUnits = "50m/cultural/ne_50m_admin_0_map_units.7z"

// addMapUnits adds the map units that are not a whole country (GEOUNIT
// other than ADMIN: "Scotland" in the United Kingdom), kind region, in
// their country, with Natural Earth's population estimate; point and
// bounds as for the physical regions.
func (g *gazetteer) addMapUnits(ne neSource, taken map[string]string) error {
	data, err := ne.read(neMapUnits)
	if err != nil {
		return err
	}
	fs, err := readFeatures(neMapUnits, data)
	if err != nil {
		return err
	}
	g.sources = append(g.sources, fmt.Sprintf("Natural Earth 50m admin-0 map units (public domain), GitHub %s at %s: parts of countries (Scotland, Wales, Flemish Region, ...)", neRepo, neCommit))
	type unit struct {
		name, cc   string
		pop        float64
		lons, lats []float64
		best       float64
		lat, lon   float64
	}
	var units []*unit
	for i := range fs {
		f := &fs[i]
		name, admin := strings.TrimSpace(f.str("GEOUNIT")), strings.TrimSpace(f.str("ADMIN"))
		if name == "" || name == admin {
			continue
		}
		ls, err := f.lines()
		if err != nil {
			return fmt.Errorf("%s: feature %d (%s): %w", neMapUnits, i, name, err)
		}
		u := &unit{name: name, cc: g.cca3[f.str("ADM0_A3")]}
		u.pop, _ = f.num("POP_EST")
		for _, ring := range ls {
			for _, p := range ring {
				u.lons, u.lats = append(u.lons, p[0]), append(u.lats, p[1])
			}
			if ar, lon, lat := ringCentroid(ring); ar > u.best {
				u.best, u.lon, u.lat = ar, lon, lat
			}
		}
		units = append(units, u)
	}
	sort.Slice(units, func(i, j int) bool { return units[i].name < units[j].name })
	for _, u := range units {
		b, ok := boundsOf(u.lons, u.lats)
		if !ok || u.best == 0 {
			continue
		}
		id := "neunit:" + strings.ReplaceAll(fold.Key(u.name), " ", "-")
		if g.addArea(taken, id, u.name, nil, u.lat, u.lon, &b) {
			e := g.entries[len(g.entries)-1]
			e.cc, e.pop = u.cc, int64(math.Max(u.pop, 0))
			g.nMapUnit++
		}
	}
	return nil
}

// Rivers and lakes: Natural Earth's river and lake centre lines (named
// rivers) and lake polygons (named lakes).
const (
	neRivers = "10m/physical/ne_10m_rivers_lake_centerlines.7z"
	neLakes  = "10m/physical/ne_10m_lakes.7z"
)

// riverNames returns the names of a Natural Earth river named bare
// ("Yamuna", "Congo"): the bare name unless another place has it or it is
// a common word, then "<name> River" and "River <name>"; names that
// already say river ("Albert Nile" no, "Tumen River" yes) are kept as
// they are.
func (g *gazetteer) riverNames(taken map[string]string, name string) []string {
	low := strings.ToLower(name)
	if strings.HasSuffix(low, " river") || strings.HasPrefix(low, "river ") || strings.HasPrefix(low, "rio ") ||
		strings.HasPrefix(low, "río ") {
		return []string{name}
	}
	var out []string
	if taken[fold.Key(name)] == "" && !g.allCommon(name) {
		out = append(out, name)
	}
	return append(out, name+" River", "River "+name)
}

// rioNames returns the Portuguese and Spanish form "Rio <name>" of a
// river's name ("the Rio Negro"; "Río" folds to the same key), as
// riverNames gives the English "<name> River": none for a name that
// already has a generic word.
// A town may have the same name (Rio Negro, Paraná): the parser chooses
// between them, so these forms are added whatever else has the name.
func rioNames(name string) []string {
	low := strings.ToLower(name)
	for _, w := range strings.Fields(low) {
		switch w {
		case "river", "rio", "río", "rivière", "fleuve", "creek":
			return nil
		}
	}
	return []string{"Rio " + name}
}

// lakeNames is riverNames for lakes: the name, and "Lake <name>" for a bare
// one ("Egridir").
func (g *gazetteer) lakeNames(taken map[string]string, name string) []string {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "lake", "lac", "lago", "lagoa", "loch", "lough", "reservoir", "sea", "see":
			return []string{name}
		}
	}
	var out []string
	if taken[fold.Key(name)] == "" && !g.allCommon(name) {
		out = append(out, name)
	}
	return append(out, "Lake "+name)
}

// addWatersOfLand adds the named rivers and lakes: features of one name
// are one place (namesakes far apart, several rivers called Negro, become
// one: the point is that of the longest line or largest polygon, the
// bounds those of all); its names from riverNames / lakeNames. A river
// or lake one of whose names is already a river's, lake's or area's is
// left out, as for areas.
func (g *gazetteer) addWatersOfLand(ne neSource, taken map[string]string) error {
	for _, src := range []struct{ path, kind, prefix string }{{neRivers, "river", "neriver:"}, {neLakes, "lake", "nelake:"}} {
		data, err := ne.read(src.path)
		if err != nil {
			return err
		}
		fs, err := readFeatures(src.path, data)
		if err != nil {
			return err
		}
		type water struct {
			name       string
			alts       []string // name_alt (English exonyms: "Danube" for Donau)
			lons, lats []float64
			box        bounds
			best       float64
			lat, lon   float64
		}
		// features of one name are one place when their boxes come
		// within a degree of each other (the parts of one river); farther
		// apart they are namesakes (the Negro of Brazil, of Argentina)
		byKey := map[string][]*water{}
		for i := range fs {
			f := &fs[i]
			cla := strings.TrimSpace(f.str("featurecla"))
			if src.kind == "river" && cla != "River" || src.kind == "lake" && cla != "Lake" && cla != "Reservoir" && cla != "Alkaline Lake" {
				continue
			}
			name := strings.Join(strings.Fields(f.str("name")), " ")
			if name == "" || strings.Contains(name, ".") || f.Geometry.Type == "" {
				continue // unnamed, abbreviated, or no geometry (a few rows have none)
			}
			ls, err := f.lines()
			if err != nil {
				return fmt.Errorf("%s: feature %d (%s): %w", src.path, i, name, err)
			}
			var lons, lats []float64
			var best, bLon, bLat float64
			for _, l := range ls {
				for _, p := range l {
					lons, lats = append(lons, p[0]), append(lats, p[1])
				}
				var size, lon, lat float64
				if src.kind == "lake" {
					size, lon, lat = ringCentroid(l)
				} else if len(l) > 0 {
					size = float64(len(l)) // vertices: the longest line, its middle vertex
					lon, lat = l[len(l)/2][0], l[len(l)/2][1]
				}
				if size > best {
					best, bLon, bLat = size, lon, lat
				}
			}
			box, ok := boundsOf(lons, lats)
			if !ok {
				continue
			}
			k := fold.Key(name)
			var w *water
			for _, c := range byKey[k] {
				if c.box.w-1 <= box.e && box.w <= c.box.e+1 && c.box.s-1 <= box.n && box.s <= c.box.n+1 {
					w = c
					break
				}
			}
			if w == nil {
				w = &water{name: name}
				byKey[k] = append(byKey[k], w)
			}
			if alt := strings.Join(strings.Fields(f.str("name_alt")), " "); src.kind == "river" && alt != "" &&
				!strings.Contains(alt, ".") && !slices.Contains(w.alts, alt) {
				w.alts = append(w.alts, alt)
			}
			w.lons, w.lats = append(w.lons, lons...), append(w.lats, lats...)
			w.box, _ = boundsOf(w.lons, w.lats)
			if best > w.best {
				w.best, w.lon, w.lat = best, bLon, bLat
			}
		}
		keys := make([]string, 0, len(byKey))
		for k := range byKey {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			ws := byKey[k]
			sort.SliceStable(ws, func(i, j int) bool { return ws[i].best > ws[j].best })
			names := g.riverNames(taken, ws[0].name)
			if src.kind == "lake" {
				names = g.lakeNames(taken, ws[0].name)
			}
			// the English names of a river ("Amazon" for Amazonas), those
			// no other place has yet: parts of one river with several
			// names (Jinsha, Chang Jiang: Yangtze) keep theirs
			for _, alt := range ws[0].alts {
				if byKey[fold.Key(alt)] != nil {
					continue // another river's own name: "Mekong" for the Lancang, its upper course
				}
				for _, n := range g.riverNames(taken, alt) {
					if taken[fold.Key(n)] == "" && !slices.Contains(names, n) {
						names = append(names, n)
					}
				}
			}

			for n, w := range ws {
				if w.best == 0 {
					continue
				}
				id := src.prefix + strings.ReplaceAll(k, " ", "-")
				if n > 0 {
					id += fmt.Sprintf("-%d", n+1)
				}
				b := w.box
				add := g.addFeature
				if n > 0 {
					add = g.addNamesake
				}
				if add(taken, id, src.kind, names[0], names[1:], math.Round(w.lat*1e4)/1e4, math.Round(w.lon*1e4)/1e4, &b) {
					if src.kind == "river" {
						// after the taken checks: "Rio Negro" is also two regions
						e := g.entries[len(g.entries)-1]
						n := len(e.alts)
						e.alts = g.cleanAlts(e.name, append(e.alts, rioNames(ws[0].name)...))
						g.nAltNames += len(e.alts) - n
						g.nRiver++
					} else {
						g.nLake++
					}
				}
			}
		}
	}
	g.sources = append(g.sources, fmt.Sprintf("Natural Earth 10m rivers and lake centre lines, 10m lakes (public domain), GitHub %s at %s: named rivers and lakes", neRepo, neCommit))
	return nil
}

// addNamesake adds another feature of the names the previous addFeature
// call took (a river of the same name elsewhere), whatever taken says.
func (g *gazetteer) addNamesake(taken map[string]string, id, kind, name string, alts []string, lat, lon float64, b *bounds) bool {
	if taken[fold.Key(name)] != kind {
		return false // the first of the name was not added
	}
	e := &entry{id: id, kind: kind, name: name, lat: lat, lon: lon, bounds: b, order: orderRegion, sortKey: id}
	e.alts = g.cleanAlts(name, alts)
	g.entries = append(g.entries, e)
	g.nAltNames += len(e.alts)
	return true
}
