package geoparse

import (
	"reflect"
	"slices"
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Context rules: kind words around a name ("Amur region", "the island of
// X", "the border town of X") and containers ("Charlevoix, Quebec,
// Canada"). See README.md, Disambiguation.

// regionBounds returns the bounding box of a region record (degrees; west
// exceeds east across the antimeridian) and whether it has one: the
// Place's Bounds field (a pointer to a struct of W, S, E, N), read by
// reflection so that this package builds with gazetteer data with or
// without bounds. Without bounds a region contains the places of its
// country and first-order administrative code. It is called only for
// "X, Y" containers, rarely.
func regionBounds(p Place) (south, west, north, east float64, ok bool) { return boundsOf(p) }

// boundsOf reads the box of a struct's Bounds field (see regionBounds).
func boundsOf(v any) (south, west, north, east float64, ok bool) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct {
		return 0, 0, 0, 0, false
	}
	f := rv.FieldByName("Bounds")
	if !f.IsValid() || f.Kind() != reflect.Pointer || f.IsNil() || f.Elem().Kind() != reflect.Struct {
		return 0, 0, 0, 0, false
	}
	b := f.Elem()
	var box [4]float64
	for i, name := range [4]string{"S", "W", "N", "E"} {
		x := b.FieldByName(name)
		if !x.IsValid() || !x.CanFloat() {
			return 0, 0, 0, 0, false
		}
		box[i] = x.Float()
	}
	return box[0], box[1], box[2], box[3], true
}

// kindContext narrows the candidates of the name at toks[i:e] by the kind
// words after it ("Amur region": a region if one is a candidate, and
// never a river; "Amur River": only a river) or before it ("the state of
// Bahia": a region if one is a candidate) and returns the kind the words
// before it ask for ("the island of X": an island; "the town/city/village
// of X": a settlement; "the port (city) of X": a port or settlement), which resolve
// prefers by kindBonus, and whether the name is a border town ("the
// border town of X"), which must lie near another place of the article.
// Filtering reuses cands.
func (p *Parser) kindContext(toks []fold.Token, i, e int, cands []cand) (_ []cand, prefer kindPref, border bool) {
	if e < len(toks) && toks[e].GapBefore == " " && !toks[e-1].Possessive && !continues(toks, e+1) {
		switch k := toks[e].Key; {
		case k == "district" && e+2 < len(toks) && toks[e+1].Key == "of" && !toks[e+1].Cap && toks[e+2].Cap:
			// "the Buenos Aires district of Trujillo": a district of a city
			// is near it, not a first-level region or a namesake far away
			if near, ok := p.districtOf(toks, e+2, cands); ok {
				return near, preferNone, false
			}
			fallthrough
		case regionWords[k]:
			if c := p.keep(cands, func(k string) bool { return k == "region" }); len(c) > 0 {
				return c, preferNone, false
			}
			// "Lviv oblast", "Khabarovsk Krai", "the Moscow region": the
			// region named like its capital, indexed as "<name> Region" or
			// with another kind word ("Moscow Oblast")
			if c := p.regionByKindWord(fold.JoinKeys(toks[i:e], ' '), k); len(c) > 0 {
				return c, preferNone, false
			}
			return p.keep(cands, func(k string) bool { return k != "river" }), preferNone, false
		case riverWords[k]:
			// a river, or no mention: "Tumen River" is not the city Tumen
			return p.keep(cands, func(k string) bool { return k == "river" }), preferNone, false
		case islandWords[k] && toks[e].Cap:
			// an island, or a settlement named with an island word
			// ("Giglio Island" is Isola del Giglio), or no mention: "Union
			// Island" is no town called Union
			return p.keepInfo(cands, func(in info) bool { return in.kind == "island" || islandNamed(in.name) }),
				preferNone, false
		case peninsulaWords[k] && toks[e].Cap:
			// the region or island that names the peninsula ("the Yucatán
			// Peninsula": the state of Yucatán; "Kamchatka Peninsula"), or
			// no mention: "the Gallipoli Peninsula" is no town
			return p.keep(cands, func(k string) bool { return k == "region" || k == "island" }), preferNone, false
		}
	}
	if i >= 1 && toks[i-1].Key == "the" && !toks[i-1].Cap && toks[i].GapBefore == " " {
		// "the Rio Negro", "the Mississippi": English puts "the" before a
		// river or a sea, not before a town
		return cands, preferWater, false
	}
	if i < 2 || toks[i-1].Key != "of" || toks[i-1].Cap || toks[i-2].Cap || toks[i].GapBefore != " " {
		return cands, preferNone, false
	}
	if regionWords[toks[i-2].Key] {
		// "the state of Bahia", "the province of Quebec": only region
		// candidates if there are any, as with the kind word after a name
		if c := p.keep(cands, func(k string) bool { return k == "region" }); len(c) > 0 {
			return c, preferNone, false
		}
		return cands, preferNone, false
	}
	prefer, ok := kindNouns[toks[i-2].Key]
	if !ok {
		return cands, preferNone, false
	}
	if prefer == preferSettlement && i >= 3 {
		switch toks[i-3].Key {
		case "border":
			border = true
		case "port":
			prefer = preferPort // "the port city of X"
		}
	}
	return cands, prefer, border
}

// islandNamed reports whether a place's own name says it is an island:
// an island word first in a Romance language ("Isola del Giglio", "Isla
// de Chiloé", "Île de Ré") or last in English ("Kangaroo Island").
func islandNamed(name string) bool {
	k := fold.Key(name)
	for _, w := range []string{"isola ", "isla ", "ile ", "ilha ", "ilhas ", "islas ", "iles "} {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return strings.HasSuffix(k, " island") || strings.HasSuffix(k, " isle")
}

// districtOf: when the name at toks[j] names settlements only (the city of
// "the X district of Y"), it returns the candidates of X that are
// settlements within districtKm of one of them (none: X is a district no
// dataset here holds) and true; else false ("the Chiang Rai district of
// Thailand" is left to the region rules).
func (p *Parser) districtOf(toks []fold.Token, j int, cands []cand) ([]cand, bool) {
	if p.g == nil {
		return nil, false
	}
	var hb [8]hit
	var bb [64]byte
	hits, _ := p.lookup(toks, j, bb[:0], hb[:0])
	var city []info
	for _, h := range hits {
		if !h.hasGaz || len(h.story) > 0 {
			continue
		}
		for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
			in := p.info(cand{idx: r.place})
			if !settlement(in.kind) {
				return nil, false
			}
			city = append(city, in)
		}
		break // the longest name
	}
	if len(city) == 0 {
		return nil, false
	}
	var out []cand
	for _, c := range cands {
		in := p.info(c)
		if !settlement(in.kind) {
			continue
		}
		for _, y := range city {
			if distanceKm(in.lat, in.lon, y.lat, y.lon) <= districtKm {
				out = append(out, c)
				break
			}
		}
	}
	return out, true
}

// districtKm is how far from its city a district named in "the X district
// of Y" may lie.
const districtKm = 30.0

// regionByKindWord returns the regions named key + a kind word: the one
// written (kind), then "region", then the other kind words; nil if none.
func (p *Parser) regionByKindWord(key, kind string) []cand {
	for _, w := range append([]string{kind, "region"}, regionKindWords...) {
		e := p.g.index.find(key + " " + w)
		if e == nil || e.span < 0 {
			continue
		}
		var out []cand
		sp := p.g.spans[e.span]
		for _, r := range p.g.refs[sp.start : sp.start+sp.n] {
			if p.g.places[r.place].Kind == KindRegion {
				out = append(out, cand{idx: r.place, alt: r.alt})
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// kindPref is the kind of place the words before a name ask for.
type kindPref uint8

// Kinds asked for by "the town of", "the port of", "the island of".
const (
	preferNone kindPref = iota
	preferSettlement
	preferPort
	preferIsland
	preferWater
)

// kindBonus is added to a candidate of the kind the words before its name
// ask for ("the city of X").
const kindBonus = 4.0

// preferred reports whether a candidate's kind is the one asked for: a
// port may be a port or a settlement.
func preferred(prefer kindPref, kind string) bool {
	switch prefer {
	case preferSettlement:
		return settlement(kind)
	case preferPort:
		return kind == "port" || settlement(kind)
	case preferIsland:
		return kind == "island"
	case preferWater:
		return kind == "river" || kind == "sea" || kind == "lake" || kind == "strait" || kind == "canal"
	}
	return false
}

// keep returns the candidates whose kind passes, in place (cands is
// changed only when some pass); nil when none does.
func (p *Parser) keep(cands []cand, pass func(kind string) bool) []cand {
	return p.keepInfo(cands, func(in info) bool { return pass(in.kind) })
}

// keepInfo filters cands in place to those whose info passes; nil if
// none does.
func (p *Parser) keepInfo(cands []cand, pass func(in info) bool) []cand {
	n := 0
	for _, c := range cands {
		if pass(p.info(c)) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := cands[:0]
	for _, c := range cands {
		if pass(p.info(c)) {
			out = append(out, c)
		}
	}
	return out
}

// applyContainers narrows names followed by their container: in "X, Y"
// and "X, Y, Z" where Y (or Z) may be a country or region, X keeps only
// its candidates inside one of them, and Y only the containers holding
// them ("Atlanta, Georgia" is the state, not the country). When no
// candidate of X is inside and Y can only be a container, X is dropped
// (its candidates contradict the container). X is left alone when it
// may itself be coarse (a list: "Russia, China") or a story place, and
// chains of more than three names or followed by "and"/"or" and another
// name are lists ("Seoul, Japan and China"). X narrowed to candidates
// inside its container is marked contained: a town needs no other support
// then. ms are one sentence's matches.
func (p *Parser) applyContainers(text string, ms []match) {
	for a := 0; a+1 < len(ms); {
		// the chain of names separated by commas only, from a
		b := a + 1
		for b < len(ms) && ms[b-1].end <= ms[b].start && !ms[b-1].capital && containerLink(text[ms[b-1].end:ms[b].start]) {
			b++
		}
		if b-a < 2 || b-a > 3 || b < len(ms) && ms[b-1].end <= ms[b].start && listJoin(text[ms[b-1].end:ms[b].start]) {
			a = b
			continue
		}
		if b-a == 3 {
			p.middleRegion(&ms[a+1], &ms[a+2])
		}
		for x := b - 2; x >= a; x-- {
			if !p.constrainNamed(&ms[x], &ms[x+1]) && x+2 < b {
				p.constrainNamed(&ms[x], &ms[x+2]) // "Charlevoix, Quebec (a city too), Canada"
			}
		}
		a = b
	}
}

// containerLink reports whether the text between two names links a place
// to its container: a comma ("Split, Croatia") or a comma and "in"
// ("Konark, in Odisha", "Sandton, in Johannesburg").
func containerLink(between string) bool {
	// the possessive ending of a name ("St. John's, Newfoundland") is
	// outside the match when the name has no place with it
	between = between[possessiveLen(between):]
	switch strings.TrimSpace(between) {
	case ",", ", in":
		return true
	}
	return false
}

// listJoin reports whether the text between two names joins a list: "and",
// ", and", "or", "&" ("Seoul, Japan and China"; but not "Atlanta,
// Georgia, and then Tbilisi").
func listJoin(between string) bool {
	switch strings.Trim(between, " ,") {
	case "and", "or", "&":
		return true
	}
	return false
}

// constrainNamed applies container y to x (constrain), y also standing
// for the region indexed as "<y> Region": a region named like its
// country's capital or a first-order seat is indexed so (the bare name is
// the city), but after a place and a comma the name is its container
// ("Everett, Washington" is the state; "Khimki, Moscow" the region). The
// region stays a candidate of y only when it is what holds x.
func (p *Parser) constrainNamed(x, y *match) bool {
	n := len(y.cands)
	y.cands = p.appendRegionNamed(y.key, y.cands)
	if len(y.cands) == n {
		return p.constrain(x, y)
	}
	added := slices.Clone(y.cands[n:]) // constrain filters y.cands in place
	settled := p.constrain(x, y)
	onlyAdded := len(y.cands) > 0
	for _, c := range y.cands {
		onlyAdded = onlyAdded && slices.Contains(added, c)
	}
	if !onlyAdded {
		out := y.cands[:0]
		for _, c := range y.cands {
			if !slices.Contains(added, c) {
				out = append(out, c)
			}
		}
		y.cands = out
	}
	return settled
}

// appendRegionNamed appends to cands the regions indexed as "<key>
// region" that are not among them already.
func (p *Parser) appendRegionNamed(key string, cands []cand) []cand {
	for _, c := range cands {
		if c.story || p.g.places[c.idx].Kind == KindRegion {
			return cands // a region of that name is there already
		}
	}
	e := p.g.index.find(key + " region")
	if e == nil || e.span < 0 {
		return cands
	}
	sp := p.g.spans[e.span]
	for _, r := range p.g.refs[sp.start : sp.start+sp.n] {
		if p.g.places[r.place].Kind == KindRegion {
			cands = append(cands, cand{idx: r.place, alt: r.alt})
		}
	}
	return cands
}

// constrain applies container y to x (see applyContainers); it reports
// whether x was settled: narrowed, dropped or left alone as a possible
// list. It is not settled when y cannot be a container or when y may be
// one but holds none of x's candidates and may also be something else.
func (p *Parser) constrain(x, y *match) bool {
	yc := 0
	for _, c := range y.cands {
		if !c.story && containerKind(p.g.places[c.idx].Kind) {
			yc++
		}
	}
	if yc == 0 {
		return false
	}
	for _, c := range x.cands {
		if c.story || coarse(p.g.places[c.idx].Kind) {
			return true
		}
	}
	var inX, inY uint64 // bit sets of candidates inside / holding (first 64)
	for xi, xc := range x.cands {
		for yi, cc := range y.cands {
			if xi >= 64 || yi >= 64 || cc.story || !containerKind(p.g.places[cc.idx].Kind) {
				continue
			}
			if inside(&p.g.places[xc.idx], &p.g.places[cc.idx]) {
				inX |= 1 << xi
				inY |= 1 << yi
			}
		}
	}
	if inX == 0 {
		if yc < len(y.cands) {
			return false
		}
		x.cands = x.cands[:0]
		return true
	}
	x.cands = pick(x.cands, inX)
	y.cands = pick(y.cands, inY)
	x.contained = true
	return true
}

// middleRegion narrows the middle name of "X, Y, Z" to its regions inside
// country Z, when it has some ("Charlevoix, Quebec, Canada": the province,
// not the city).
func (p *Parser) middleRegion(y, z *match) {
	var set uint64
	for yi, c := range y.cands {
		if yi >= 64 || c.story || p.g.places[c.idx].Kind != "region" {
			continue
		}
		for _, zc := range z.cands {
			if !zc.story && p.g.places[zc.idx].Kind == "country" && inside(&p.g.places[c.idx], &p.g.places[zc.idx]) {
				set |= 1 << yi
			}
		}
	}
	if set != 0 {
		y.cands = pick(y.cands, set)
	}
}

// pick keeps the candidates whose bit is set, in place.
func pick(cands []cand, set uint64) []cand {
	out := cands[:0]
	for i, c := range cands {
		if i < 64 && set&(1<<i) != 0 {
			out = append(out, c)
		}
	}
	return out
}

// containerKind reports whether a place of this kind can contain others
// in "X, Y".
func containerKind(kind string) bool { return kind == "country" || kind == "region" }

// inside reports whether place x lies in country or region y: the same
// country code; for a region also the same first-order administrative
// code when both have one, and inside its bounds when it has them. A
// region without a country code contains what lies in its bounds.
func inside(x, y *Place) bool {
	if y.Kind == "country" {
		return x.CC != "" && x.CC == y.CC
	}
	s, w, n, e, ok := regionBounds(*y)
	if ok && !inBox(x.Lat, x.Lon, s, w, n, e) {
		return false
	}
	if y.CC == "" {
		return ok
	}
	if x.CC != y.CC {
		return false
	}
	return y.Admin1 == "" || x.Admin1 == "" || x.Admin1 == y.Admin1
}

// inBox reports whether a point lies in a box; w > e for a box across the
// antimeridian.
func inBox(lat, lon, s, w, n, e float64) bool {
	if lat < s || lat > n {
		return false
	}
	if w <= e {
		return w <= lon && lon <= e
	}
	return lon >= w || lon <= e
}
