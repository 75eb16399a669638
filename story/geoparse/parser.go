package geoparse

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// Origins of a mention.
const (
	OriginStory     = "story"
	OriginGazetteer = "gazetteer"
)

// Mention is one place named in one sentence of an article.
type Mention struct {
	PlaceID  string
	Name     string // the place's name (not necessarily as written)
	Lat, Lon float64
	Kind     string
	Origin   string // OriginStory or OriginGazetteer
	Sentence int    // index into Article.Sentences
	Start    int    // byte offset in the sentence text
	End      int    // byte offset in the sentence text (exclusive)
	Surface  string // the text as written
	// Approximate is true when the point is not the place's own: a venue
	// (Origin OriginContext) placed at the place it is in.
	Approximate bool
	// Precision is how fine the point is: "" for a place at its own point;
	// for a venue "city" when placed at a settlement, else the container's
	// kind ("country", "region", "island", "venue", ...).
	Precision string
	// In is the id of the place a venue is in (its container); "" for
	// places.
	In string
}

// ArticleResult is what ParseArticle finds in one article.
type ArticleResult struct {
	// Mentions in text order.
	Mentions []Mention
	// Focus is the id of the place the article is about (see README.md), or
	// "" when it names no place.
	Focus string
}

// Parser finds places in articles. It is safe for concurrent use.
type Parser struct {
	g          *Gazetteer
	story      []*story.Place
	storyNames map[string][]int32
	storyPre   map[string]struct{}
	maxTokens  int
	// facWords indexes gazetteer facilities by distinctive name word,
	// built on first use (facility.go).
	facOnce  sync.Once
	facWords map[string][]int32
	// capitals maps a country code to its one capital (capital.go), built
	// on first use.
	capOnce  sync.Once
	capitals map[string]int32
}

// NewParser returns a parser over a gazetteer (nil: story places only) and
// the places a story defines. A story place's name or alias hides every
// gazetteer place of the same name.
func NewParser(g *Gazetteer, storyPlaces []*story.Place) *Parser {
	p := &Parser{g: g, storyNames: map[string][]int32{}, storyPre: map[string]struct{}{}}
	if g != nil {
		p.maxTokens = g.maxTokens
	}
	for _, sp := range storyPlaces {
		if sp == nil {
			continue
		}
		idx := int32(len(p.story))
		p.story = append(p.story, sp)
		for _, name := range append([]string{sp.Name}, sp.Aliases...) {
			k := fold.Key(name)
			if k == "" {
				continue
			}
			dup := false
			for _, j := range p.storyNames[k] {
				dup = dup || j == idx
			}
			if !dup {
				p.storyNames[k] = append(p.storyNames[k], idx)
			}
			n := 1
			for i := 0; i < len(k); i++ {
				if k[i] == ' ' {
					p.storyPre[k[:i]] = struct{}{}
					n++
				}
			}
			if n > p.maxTokens {
				p.maxTokens = n
			}
		}
	}
	return p
}

// cand is one place a matched name may refer to.
type cand struct {
	story bool
	alt   bool  // matched by a GeoNames alternate name only
	idx   int32 // into Parser.story or Gazetteer.places
}

// match is one accepted name occurrence before disambiguation.
type match struct {
	sentence   int
	start, end int // byte offsets in the sentence
	key        string
	cands      []cand
	chosen     int32    // index into cands, -1 when dropped
	prefer     kindPref // kind asked for by the words before ("the island of X"), see kindContext
	border     bool     // "the border town of X": needs a place of the article close by
	contained  bool     // narrowed by its container ("X, Y"): a town needs no nearby place
	located    bool     // after a sentence's first word "In": may contain a venue of the next sentence
	afterLoc   bool     // right after "in", "to", "into", "at", ... (areaLocatives)
	// afterTo: right after "to", "into", "towards", "for" (a destination;
	// "the" may sit between): see finerContainer
	afterTo bool
}

// info is what disambiguation needs to know of a candidate.
type info struct {
	id, name, kind, cc string
	lat, lon           float64
	pop                int64
	origin             string
	place              *Place // the gazetteer record, nil for a story place
}

// cityState reports whether the place is a country no wider than
// cityStateKm by its own bounds: a venue in it may be placed at its point
// (venue.go).
func (in info) cityState() bool {
	gp := in.place
	return gp != nil && gp.Kind == "country" && gp.Bounds != nil && !gp.Bounds.Approximate && gp.Bounds.W <= gp.Bounds.E &&
		distanceKm(gp.Bounds.S, gp.Bounds.W, gp.Bounds.N, gp.Bounds.E) <= cityStateKm
}

func (p *Parser) info(c cand) info {
	if c.story {
		sp := p.story[c.idx]
		return info{id: sp.ID, name: sp.Name, kind: sp.Kind, lat: sp.Lat, lon: sp.Lon, origin: OriginStory}
	}
	gp := &p.g.places[c.idx]
	return info{id: gp.ID, name: gp.Name, kind: gp.Kind, cc: gp.CC, lat: gp.Lat, lon: gp.Lon, pop: gp.Pop, origin: OriginGazetteer,
		place: gp}
}

// cityStateKm is the widest (corner to corner) a country may be for a
// venue in it to be placed at its point: Singapore (43 km), Monaco, the
// Vatican, Bahrain, Malta.
const cityStateKm = 60.0

// ParseArticle finds and resolves the places an article names.
func (p *Parser) ParseArticle(a *article.Article) ArticleResult {
	if a == nil || len(a.Sentences) == 0 {
		return ArticleResult{}
	}
	// one token buffer for the whole article, one sub-slice per sentence,
	// reused across articles
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	buf := sc.toks[:0]
	if cap(sc.sents) < len(a.Sentences) {
		sc.sents = make([][]fold.Token, len(a.Sentences))
	}
	sents := sc.sents[:len(a.Sentences)]
	for i, s := range a.Sentences {
		start := len(buf)
		buf = fold.AppendTokens(buf, s.Text)
		sents[i] = buf[start:len(buf):len(buf)]
	}
	sc.toks, sc.sents = buf, sents
	persons := p.personTokens(sents, sc.persons)
	var matches []match
	var venues []venue
	countries := sc.countries
	for si, toks := range sents {
		base := len(matches)
		text := a.Sentences[si].Text
		matches, sc.hits, sc.key = p.findInSentence(si, text, toks, persons, countries, matches, sc.hits, sc.key)
		if p.g != nil {
			p.applyContainers(text, matches[base:])
		}
		venues = p.findVenues(si, text, toks, matches, base, venues)
	}
	p.resolve(matches, countries)
	res := ArticleResult{}
	chosen := 0
	for _, m := range matches {
		if m.chosen >= 0 {
			chosen++
		}
	}
	if chosen > 0 {
		res.Mentions = make([]Mention, 0, chosen)
	}
	for _, m := range matches {
		if m.chosen < 0 {
			continue
		}
		in := p.info(m.cands[m.chosen])
		res.Mentions = append(res.Mentions, Mention{PlaceID: in.id, Name: in.name, Lat: in.lat, Lon: in.lon, Kind: in.kind,
			Origin: in.origin, Sentence: m.sentence, Start: m.start, End: m.end, Surface: a.Sentences[m.sentence].Text[m.start:m.end]})
	}
	// venues do not count towards the focus: they sit at their container
	res.Focus = focus(res.Mentions, a, len(a.Sentences))
	if len(venues) > 0 {
		vs := p.placeVenues(venues, matches, res.Focus)
		res.Mentions = mergeMentions(res.Mentions, vs)
		if res.Focus == "" {
			// only airports found by a venue phrase ("Changi Airport")
			res.Focus = focus(gazetteerOnly(vs), a, len(a.Sentences))
		}
	}
	return res
}

// gazetteerOnly returns the mentions that are not context venues.
func gazetteerOnly(ms []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		if m.Origin != OriginContext {
			out = append(out, m)
		}
	}
	return out
}

// scratch holds the token buffers of one ParseArticle call; they are
// reused by later calls (scratchPool) so that tokenising allocates nothing
// once the buffers are large enough.
type scratch struct {
	toks      []fold.Token
	sents     [][]fold.Token
	hits      []hit
	key       []byte
	persons   map[string]bool
	countries map[string]bool
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{toks: make([]fold.Token, 0, 1024), persons: map[string]bool{}, countries: map[string]bool{}}
}}

// release clears the buffers (they point into the article's text) and
// returns them to the pool.
func (sc *scratch) release() {
	clear(sc.toks[:cap(sc.toks)])
	clear(sc.sents[:cap(sc.sents)])
	clear(sc.hits[:cap(sc.hits)])
	clear(sc.persons)
	clear(sc.countries)
	scratchPool.Put(sc)
}

// hit is one name found at a token position: n tokens long.
type hit struct {
	n       int
	story   []int32
	gaz     span
	demonym int32 // -1 if none
	hasGaz  bool
}

// lookup returns the names that start at token i, longest first.
func (p *Parser) lookup(toks []fold.Token, i int, buf []byte, hits []hit) ([]hit, []byte) {
	hits = hits[:0]
	buf = buf[:0]
	for n := 1; n <= p.maxTokens && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if n > 1 {
			// names do not run across sentence punctuation or brackets
			if !joinable(t.GapBefore) {
				break
			}
			buf = append(buf, ' ')
		}
		buf = append(buf, t.Key...)
		h := hit{n: n, demonym: -1}
		found := false
		var e *nameEntry
		if s, ok := p.storyNames[string(buf)]; ok {
			h.story = s
			found = true
		}
		if p.g != nil {
			e = p.g.index.findBytes(buf)
			if e != nil && e.span >= 0 {
				h.gaz = p.g.spans[e.span]
				h.hasGaz = true
				found = true
			}
			if e != nil && e.demonym >= 0 {
				h.demonym = e.demonym
				found = true
			}
		}
		if found {
			hits = append(hits, h)
		}
		_, more := p.storyPre[string(buf)]
		if !more && e != nil {
			more = e.prefix
		}
		if !more {
			break
		}
	}
	// longest first
	for l, r := 0, len(hits)-1; l < r; l, r = l+1, r-1 {
		hits[l], hits[r] = hits[r], hits[l]
	}
	return hits, buf
}

// joinable reports whether the text between two words may sit inside a
// multi-word name: spaces, a hyphen, an apostrophe or a full stop
// ("U.S.", "Petropavlovsk-Kamchatsky", "St. Petersburg").
func joinable(gap string) bool {
	if len(gap) > 3 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '-', '.', '\'':
		default:
			return false
		}
	}
	return true
}

func (p *Parser) findInSentence(si int, text string, toks []fold.Token, persons map[string]bool,
	countries map[string]bool, out []match, hits []hit, buf []byte) ([]match, []hit, []byte) {
	placeEnd := -1 // token index after the last accepted place name
	for i := 0; i < len(toks); {
		if !toks[i].Cap {
			i++ // every name must start with a capital (see accept)
			continue
		}
		hits, buf = p.lookup(toks, i, buf, hits)
		if p.g != nil && compassNative[toks[i].Key] != nil && (len(hits) == 0 || hits[0].n == 1) {
			// "North Kivu" is the region Nord-Kivu
			if m, ok := p.nativeCompass(si, toks, i); ok {
				out = append(out, m)
				placeEnd = i + 2
				i += 2
				continue
			}
		}
		advanced := false
		for hi, h := range hits {
			cands, isDemonym := p.accept(text, toks, i, h, persons, placeEnd)
			if isDemonym {
				countries[p.g.places[h.demonym].CC] = true
				if m, ok := p.demonymCapital(si, toks, i, i+h.n, h.demonym); ok {
					// "the East Timorese capital" is Dili
					out = append(out, m)
					placeEnd = i + h.n + 1
					i++
				}
			} else if len(cands) == 0 {
				continue
			} else if cands, prefer, border := p.kindContext(toks, i, i+h.n, cands); len(cands) > 0 {
				if h.n > 1 && p.facilities(cands) {
					// "Port Moresby Jacksons International Airport": Port Moresby too
					out = p.leadingPlace(si, text, toks, i, hits[hi+1:], persons, buf, out, cands)
				}
				end := toks[i+h.n-1].End
				if last := toks[i+h.n-1]; last.Dotted && len(last.Key) == 1 && h.n > 1 {
					end++ // the final full stop of "U.S."
				}
				located := i == 1 && toks[0].Key == "in" // "In Kinshasa, ..." sets the scene
				out = append(out, match{sentence: si, start: toks[i].Start, end: end,
					key: string(buf[:keyLen(toks, i, h.n)]), cands: cands, prefer: prefer, border: border, located: located,
					afterLoc: i > 1 && areaLocatives[toks[i-1].Key] && !toks[i-1].Cap ||
						i > 1 && toks[i-1].Key == "the" && areaLocatives[toks[i-2].Key] && !toks[i-2].Cap,
					afterTo: afterWord(toks, i, destinationWords)})
				placeEnd = i + h.n
			}
			i += h.n
			advanced = true
			break
		}
		if !advanced {
			i++
		}
	}
	return out, hits, buf
}

// keyLen is the byte length of the key of n tokens from i.
func keyLen(toks []fold.Token, i, n int) int {
	l := n - 1
	for _, t := range toks[i : i+n] {
		l += len(t.Key)
	}
	return l
}

// accept applies the guards to a name found at token i. It returns the
// candidates that survive, or isDemonym when the words are a demonym
// ("North Korean"), which is not a place mention.
//
// placeEnd is the token index after the last accepted place name of the
// sentence, -1 if none.
func (p *Parser) accept(text string, toks []fold.Token, i int, h hit, persons map[string]bool, placeEnd int) (cands []cand, isDemonym bool) {
	first := toks[i]
	last := toks[i+h.n-1]
	surfaceUpper := fold.AllUpper(text[first.Start:last.End])
	if !first.Cap {
		return nil, false // lower case: "police presence", "far east"
	}
	// a demonym, unless it is also its own country's name ("Vatican")
	if len(h.story) == 0 && h.demonym >= 0 && !p.namesOwnCountry(h) {
		return nil, true
	}
	if h.n == 1 && weekdaysMonths[first.Key] {
		return nil, false
	}
	// people: "Harris" after "Kamala Harris", "President Moon"
	if h.n == 1 && persons[first.Key] {
		return nil, false
	}
	if i > 0 && titles[toks[i-1].Key] && joinable(first.GapBefore) {
		return nil, false
	}
	// story places override the gazetteer
	if len(h.story) > 0 {
		for _, s := range h.story {
			cands = append(cands, cand{story: true, idx: s})
		}
	} else {
		// an all-capitals word ("NATO") is an abbreviation, not a place
		// name, except at the start of a sentence (a dateline: "SEOUL, ...")
		// or in an all-capitals sentence
		shouting := h.n == 1 && first.Upper && i > 0 && !fold.AllUpper(text)
		for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
			if r.abbrev && !surfaceUpper || !r.abbrev && shouting {
				continue
			}
			if r.abbrev && h.n == 1 && p.isFacility(r.place) && !codeContext(toks, i) {
				continue // "DNA samples" is no flight to Kadena Air Base
			}
			cands = append(cands, cand{idx: r.place, alt: r.alt})
		}
		if len(cands) == 0 {
			return nil, false
		}
	}
	allCountries, anyCountry := true, false
	for _, c := range cands {
		isCountry := !c.story && p.g.places[c.idx].Kind == "country"
		allCountries = allCountries && isCountry
		anyCountry = anyCountry || isCountry
	}
	// part of a longer capitalised name: "Brussels School of Governance",
	// "The New York Times", "Kim Jong Un"; a country may be followed by
	// one ("U.S. President", "Russia Today").
	if i > 0 {
		prev := toks[i-1]
		if prev.Cap && !stopwords[prev.Key] && !prev.Possessive && first.GapBefore == " " && !prev.Dotted &&
			!(cityAfterHotel(toks, i, i+h.n) && p.anySettlement(cands)) {
			return nil, false
		}
	}
	if e := i + h.n; e < len(toks) && !last.Possessive {
		next := toks[e]
		if next.Cap && !stopwords[next.Key] && next.GapBefore == " " {
			switch {
			case venueFollows(toks, i, e):
				// the container of a venue: "Port Moresby International Airport"
			case p.majorSettlement(cands) && plainVenueFollows(toks, i, e):
				// a big city leading a plain venue: "Sydney Opera House"
			case (regionWords[next.Key] || riverWords[next.Key]) && !continues(toks, e+1):
				// a kind word: "Amur Region", "Amur River" (kindContext),
				// not "Moscow State University"
			case officeTitles[next.Key]:
				// the place's office holder: "the New South Wales Premier"
			case nameSuffixes[next.Key]:
				return nil, false // "Japan Times", "Shangri-La Dialogue"
			case !allCountries:
				return nil, false
			}
		}
		if brandFollows(toks, e) {
			return nil, false // "the Shangri-La hotel" is not in Shangri-La
		}
		if !next.Cap && next.GapBefore == " " && eventNouns[next.Key] && p.allAreas(cands) {
			return nil, false // "the East Asia summit" is an event's name, held in a city
		}
	}
	// brand, model and product names: "Mercedes-Benz", "C-130 Hercules"
	if p.hyphenCompound(toks, i, i+h.n, placeEnd == i) || modelCoded(toks, i, i+h.n) {
		return nil, false
	}
	// titles, people, events, bodies: "Duke of York", "Lula da Silva",
	// "Prince Edward", "Russia-Africa summit", "US Congress"
	if len(h.story) == 0 && p.partOfName(toks, i, i+h.n, placeEnd, persons, anyCountry) {
		return nil, false
	}
	// single words that are also common English words ("Police", "Mobile",
	// "Split") or given and family names ("Kim", "Victoria") need a locative
	// before them; "the" may sit between for features ("on the Pacific coast")
	// but not for towns ("at the Forum").
	if h.n == 1 && len(h.story) == 0 && !allCountries && (p.g.common[first.Key] || givenNames[first.Key]) {
		j := i - 1
		if j > 0 && toks[j].Key == "the" && p.anyFeature(cands) {
			j--
		}
		if j < 0 || !locatives[toks[j].Key] || toks[j].Cap {
			// only a country of that name remains possible ("Jordan")
			var cs []cand
			for _, c := range cands {
				if !c.story && p.g.places[c.idx].Kind == "country" {
					cs = append(cs, c)
				}
			}
			return cs, false
		}
	}
	return cands, false
}

// namesOwnCountry reports whether a demonym hit is also a name of the
// country it belongs to ("Vatican" for the Vatican): then it is a place.
func (p *Parser) namesOwnCountry(h hit) bool {
	if !h.hasGaz {
		return false
	}
	for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
		if r.place == h.demonym {
			return true
		}
	}
	return false
}

// anyFeature reports whether a candidate is a feature rather than a
// settlement (a sea, region, island, river, ...).
func (p *Parser) anyFeature(cands []cand) bool {
	for _, c := range cands {
		switch p.info(c).kind {
		case "capital", "seat", "city", "town":
		default:
			return true
		}
	}
	return false
}

// personTokens finds person names in the article: capitalised runs after a
// title ("President Vladimir Putin", "leader Kim Jong Un") or starting with
// a common given or family name and at least two words long ("Kamala
// Harris"). It returns the folded words of those runs; a single word from
// the set is not taken as a place anywhere in the article. They are added
// to persons (empty, reused across articles), which it returns.
func (p *Parser) personTokens(sents [][]fold.Token, persons map[string]bool) map[string]bool {
	for _, toks := range sents {
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if !t.Cap || stopwords[t.Key] {
				continue
			}
			// a venue head after a title is a venue's name: "Grand Prince Hotel"
			_, isHead := venueHeads[t.Key]
			titled := i > 0 && titles[toks[i-1].Key] && !isHead &&
				(t.GapBefore == " " || (toks[i-1].Dotted && t.GapBefore == ". "))
			given := givenNames[t.Key]
			if !titled && !given {
				continue
			}
			j := i + 1
			for j < len(toks) && !toks[j-1].Possessive && toks[j].Cap && !stopwords[toks[j].Key] &&
				(toks[j].GapBefore == " " || toks[j].GapBefore == "-") {
				j++
			}
			if !titled && j-i < 2 {
				continue
			}
			if p.isPlaceRun(toks[i:j]) {
				continue
			}
			for _, r := range toks[i:j] {
				persons[r.Key] = true
			}
			i = j - 1
		}
	}
	return persons
}

// isPlaceRun reports whether the run is itself a place name or starts with
// a country name or demonym ("Russia", "North Korean").
func (p *Parser) isPlaceRun(run []fold.Token) bool {
	hits, _ := p.lookup(run, 0, nil, nil)
	for _, h := range hits {
		if h.n == len(run) || h.demonym >= 0 {
			return true
		}
		if h.hasGaz {
			for _, r := range p.g.refs[h.gaz.start : h.gaz.start+h.gaz.n] {
				if p.g.places[r.place].Kind == "country" {
					return true
				}
			}
		}
	}
	return false
}

// Disambiguation weights (see README.md). A candidate's score is its
// importance plus support from the article; the highest score wins.
const (
	nearKm = 300.0  // "close"
	midKm  = 1000.0 // "same region"
	// nearBonus and midBonus are added for an unambiguous place of the
	// article within nearKm or midKm; half as much for a place resolved
	// among namesakes.
	nearBonus = 5.0
	midBonus  = 1.5
	// countryBonus is added when the candidate lies in a country the
	// article names (or names the people of: "North Korean").
	countryBonus = 2.5
	// altPenalty is taken from a candidate found by a GeoNames alternate
	// name: "New Delhi" is New Delhi (the capital) before Delhi (whose
	// alternate names include "New Delhi").
	altPenalty = 1.0
	// majorPop: a place this big (or a capital, country or supplement
	// feature) may be found by an alternate name without support.
	majorPop = 1000000
	// exonymPop: a city this big may be found without support by an
	// alternate name that is a spelling of its own (an exonym: "Geneva"
	// for Genève, "Lisbon" for Lisboa), see exonym.
	exonymPop = 100000
)

// exonym reports whether the folded alternate name key looks like another
// spelling of the place's own name (they start with the same three
// letters), as exonyms mostly do ("geneva"/"Genève", "warsaw"/"Warszawa"),
// unlike GeoNames' odd alternates ("Google" for Topeka).
func exonym(key, name string) bool {
	k, n := []rune(key), []rune(fold.Key(name))
	return len(k) >= 3 && len(n) >= 3 && k[0] == n[0] && k[1] == n[1] && k[2] == n[2]
}

// coarse kinds are too large for their point to support a nearby name.
func coarse(kind string) bool {
	switch kind {
	case "country", "continent", "sea", "region", "river", "strait":
		return true
	}
	return false
}

// settlement reports whether kind is a GeoNames populated place.
func settlement(kind string) bool {
	switch kind {
	case "capital", "seat", "city", "town":
		return true
	}
	return false
}

// importance ranks candidates without context: feature class, then
// population (log10). A capital counts as 100 times its population, a seat
// as 3 times, a town as a tenth.
func importance(in info) float64 {
	v := math.Log10(float64(in.pop) + 1)
	switch in.kind {
	case "country":
		v += 10
	case "capital":
		v += 2
	case "seat":
		v += 0.5
	case "city":
	case "town":
		v -= 1
	default: // supplement features: islands, rivers, venues, regions...
		v += 6
	}
	if in.origin == OriginStory {
		v += 20
	}
	return v
}

// anchor is a resolved non-coarse place that supports nearby candidates.
type anchor struct {
	key      string
	lat, lon float64
	x, y, z  float64 // unit vector of lat, lon
	weight   float64 // 1 for unambiguous names, 0.5 for resolved namesakes
}

// unitVector returns the point on the unit sphere of a latitude and
// longitude in degrees.
func unitVector(lat, lon float64) (x, y, z float64) {
	const rad = math.Pi / 180
	sLat, cLat := math.Sincos(lat * rad)
	sLon, cLon := math.Sincos(lon * rad)
	return cLat * cLon, cLat * sLon, sLat
}

// chordBand returns the squared straight-line distance through the unit
// sphere of a great-circle distance in km, less and more a relative margin
// far larger than the rounding error of either computation.
func chordBand(km float64) (lo, hi float64) {
	c := 2 * math.Sin(km/(2*earthRadiusKm))
	return c * c * (1 - 1e-9), c * c * (1 + 1e-9)
}

// Squared chord bounds of nearKm and midKm: a pair clearly inside or
// outside them is classified by the chord alone (a few multiplications);
// only a pair within the margin of a threshold is measured by distanceKm,
// so the outcome is exactly that of comparing distanceKm with the
// thresholds.
var (
	nearChordLo, nearChordHi = chordBand(nearKm)
	midChordLo, midChordHi   = chordBand(midKm)
)

// addAnchor appends an anchor unless an equal one (same name, point and
// weight) is there already: support takes a maximum over the anchors, so
// duplicates change nothing.
func addAnchor(anchors []anchor, key string, lat, lon, weight float64) []anchor {
	for _, a := range anchors {
		if a.key == key && a.lat == lat && a.lon == lon && a.weight == weight {
			return anchors
		}
	}
	x, y, z := unitVector(lat, lon)
	return append(anchors, anchor{key: key, lat: lat, lon: lon, x: x, y: y, z: z, weight: weight})
}

// support returns the proximity bonus of a candidate and whether some
// anchor lies within nearKm.
func support(in info, key string, anchors []anchor) (bonus float64, near bool) {
	x, y, z := unitVector(in.lat, in.lon)
	for i := range anchors {
		a := &anchors[i]
		if a.key == key {
			continue // a name does not support itself
		}
		dx, dy, dz := x-a.x, y-a.y, z-a.z
		c2 := dx*dx + dy*dy + dz*dz
		if c2 > midChordHi {
			continue // farther than midKm: no bonus
		}
		b := 0.0
		switch {
		case c2 < nearChordLo:
			b = nearBonus * a.weight
			near = true
		case c2 > nearChordHi && c2 < midChordLo:
			b = midBonus * a.weight
		default: // within the margin of a threshold: measure exactly
			d := distanceKm(in.lat, in.lon, a.lat, a.lon)
			switch {
			case d <= nearKm:
				b = nearBonus * a.weight
				near = true
			case d <= midKm:
				b = midBonus * a.weight
			}
		}
		bonus = math.Max(bonus, b)
	}
	return bonus, near
}

// resolve picks one candidate per match (see README.md for the rules).
func (p *Parser) resolve(ms []match, countries map[string]bool) {
	var anchors []anchor
	for i := range ms {
		m := &ms[i]
		m.chosen = -1
		if len(m.cands) == 1 && !m.cands[0].alt {
			in := p.info(m.cands[0])
			if in.kind == "town" {
				continue
			}
			m.chosen = 0
			if in.kind == "country" {
				countries[in.cc] = true
			} else if !coarse(in.kind) {
				anchors = addAnchor(anchors, m.key, in.lat, in.lon, 1)
			}
		}
	}
	unambiguous := len(anchors)
	// Anchors and countries change only between the passes, so within a
	// pass a name with the same candidates and context (sameContext)
	// resolves the same way at every occurrence: done holds the last match
	// resolved per name.
	done := make(map[string]int, len(ms))
	for pass := 0; pass < 2; pass++ {
		clear(done)
		for i := range ms {
			m := &ms[i]
			if len(m.cands) == 1 && !m.cands[0].alt && m.chosen >= 0 {
				continue
			}
			if j, ok := done[m.key]; ok && slices.Equal(ms[j].cands, m.cands) && sameContext(&ms[j], m) {
				m.chosen = ms[j].chosen
				continue
			}
			done[m.key] = i
			// a border town must lie within nearKm of another place of the
			// article, when the article names one
			border := m.border && otherAnchor(anchors, m.key)
			others, capital := -1, -1 // otherAnchor, hasCapital: computed when first needed
			best, bestScore := -1, 0.0
			for ci, c := range m.cands {
				in := p.info(c)
				bonus, near := support(in, m.key, anchors)
				inC := in.cc != "" && countries[in.cc]
				// towns need a place close by; places named by an alternate
				// name need a place close by or their country, unless major
				if (in.kind == "town" && !m.contained || border) && !near {
					continue
				}
				// a minor settlement needs a place of the article within
				// midKm when the article names other places
				if bonus == 0 && !m.contained && minor(in) {
					if others < 0 {
						others = b2i(otherAnchor(anchors, m.key))
					}
					if others == 1 {
						continue
					}
				}
				// naming a country does not lift a namesake over a capital
				if inC && bonus == 0 && in.kind != "capital" && settlement(in.kind) {
					if capital < 0 {
						capital = b2i(p.hasCapital(m.cands))
					}
					if capital == 1 {
						inC = false
					}
				}
				if c.alt && settlement(in.kind) && in.kind != "capital" && in.pop < majorPop && !near && !inC &&
					!(in.pop >= exonymPop && exonym(m.key, in.name)) {
					continue
				}
				score := importance(in) + bonus
				if c.alt {
					score -= altPenalty
				}
				if inC {
					score += countryBonus
				}
				if preferred(m.prefer, in.kind) {
					score += kindBonus
				}
				if best < 0 || score > bestScore {
					best, bestScore = ci, score
				}
			}
			m.chosen = int32(best)
		}
		if pass == 0 {
			// names resolved among namesakes support the others, at half weight
			anchors = anchors[:unambiguous]
			for _, m := range ms {
				if m.chosen < 0 || (len(m.cands) == 1 && !m.cands[0].alt) {
					continue
				}
				in := p.info(m.cands[m.chosen])
				if in.kind == "country" {
					countries[in.cc] = true
				} else if !coarse(in.kind) {
					anchors = addAnchor(anchors, m.key, in.lat, in.lon, 0.5)
				}
			}
		}
	}
}

// minorPop: a settlement (not a capital) smaller than this needs a place
// of the article within midKm when the article names other places.
const minorPop = 100000

// minor reports whether a candidate is a settlement that is not a capital
// and has fewer than minorPop people.
func minor(in info) bool {
	return settlement(in.kind) && in.kind != "capital" && in.pop < minorPop && in.origin != OriginStory
}

// anySettlement reports whether a candidate is a settlement.
func (p *Parser) anySettlement(cands []cand) bool {
	for _, c := range cands {
		if settlement(p.info(c).kind) {
			return true
		}
	}
	return false
}

// majorSettlement reports whether a candidate is a settlement of at least
// majorPop people: such a city leading a plain venue name is its container
// ("Sydney Opera House", "Hiroshima Peace Memorial Park"), unlike the
// towns and given names that lead memorials and centres ("Lincoln
// Memorial", "Wilson Center").
func (p *Parser) majorSettlement(cands []cand) bool {
	for _, c := range cands {
		if !c.story && settlement(p.g.places[c.idx].Kind) && p.g.places[c.idx].Pop >= majorPop {
			return true
		}
	}
	return false
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// hasCapital reports whether a candidate is a capital.
func (p *Parser) hasCapital(cands []cand) bool {
	for _, c := range cands {
		if !c.story && p.g.places[c.idx].Kind == "capital" {
			return true
		}
	}
	return false
}

// sameContext reports whether two matches of one name were found in the
// same context (kind words, border, container), so resolve the same way.
func sameContext(a, b *match) bool {
	return a.prefer == b.prefer && a.border == b.border && a.contained == b.contained
}

// otherAnchor reports whether an anchor has a name other than key.
func otherAnchor(anchors []anchor, key string) bool {
	for i := range anchors {
		if anchors[i].key != key {
			return true
		}
	}
	return false
}

// earthRadiusKm is the Earth radius of orb/geo, the project's one Earth
// distance (geo.DistanceHaversine), in km.
const earthRadiusKm = orb.EarthRadius / 1000

// distanceKm is the great-circle distance in km (orb/geo's haversine).
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	return geo.DistanceHaversine(orb.Point{lon1, lat1}, orb.Point{lon2, lat2}) / 1000
}

// focus picks the article's focus place: the dateline place if the first
// sentence starts with one ("SEOUL, South Korea ―"); else the non-coarse
// place with the highest position-weighted mention count (a mention in
// sentence s of n weighs 1 + (n-s)/n); else the same among all places.
// Ties go to the place mentioned first.
func focus(ms []Mention, a *article.Article, n int) string {
	if len(ms) == 0 {
		return ""
	}
	if m := ms[0]; m.Sentence == 0 && strings.TrimSpace(a.Sentences[0].Text[:m.Start]) == "" && fold.AllUpper(m.Surface) {
		rest := strings.TrimLeft(a.Sentences[0].Text[m.End:], " ")
		if strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "―") || strings.HasPrefix(rest, "—") ||
			strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "(") {
			return m.PlaceID
		}
	}
	pick := func(fine bool) string {
		score := map[string]float64{}
		var order []string
		for _, m := range ms {
			if fine && coarse(m.Kind) {
				continue
			}
			if _, ok := score[m.PlaceID]; !ok {
				order = append(order, m.PlaceID)
			}
			score[m.PlaceID] += 1 + float64(n-m.Sentence)/float64(n)
		}
		best := ""
		for _, id := range order {
			if best == "" || score[id] > score[best] {
				best = id
			}
		}
		return best
	}
	if f := pick(true); f != "" {
		return f
	}
	return pick(false)
}
