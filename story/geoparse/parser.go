package geoparse

import (
	"cmp"
	"slices"
	"sync"

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
	// nativeRest indexes places by their name without a native article
	// or island word, built on first use (native.go).
	nativeOnce sync.Once
	nativeRest map[string][]int32
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
	story  bool
	alt    bool  // matched by a GeoNames alternate name only
	dotted bool  // matched by a dotted abbreviation ("Calif.")
	idx    int32 // into Parser.story or Gazetteer.places
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
	// feature: before a lower-case noun of a natural feature ("Lobito
	// beach"): the feature is named so; see featureAfter
	feature bool
	// theName: after a lower-case "the", ending its noun phrase ("over
	// the Rio Negro", "the Titan sank"): see theDrop
	theName   bool
	contained bool // narrowed by its container ("X, Y"): a town needs no nearby place
	located   bool // after a sentence's first word "In": may contain a venue of the next sentence
	afterLoc  bool // right after "in", "to", "into", "at", ... (areaLocatives)
	// afterTo: right after "to", "into", "towards", "for" (a destination;
	// "the" may sit between): see finerContainer
	afterTo bool
	// placeUse: after a locative ("to X", "in the X"), a verb that takes
	// a place ("visited X"), "bound for", "north of", before "lies", or
	// listed after a name so used ("to Bordeaux and X", "in Paris, X"):
	// the text uses the name as a place (dropUnsupported, exonyms)
	placeUse bool
	// capital: "the <demonym> capital" (demonymCapital); a name after it
	// and a comma is the capital's own, not its container ("the Ugandan
	// capital, Kampala")
	capital bool
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
	matches, reordered := p.initialsMatches(sents, matches)
	p.resolve(matches, countries)
	p.leadsGiveWay(venues, matches)
	p.dropAttributive(sents, matches)
	res := ArticleResult{}
	res.Mentions = p.mentions(a, matches, reordered)
	// venues do not count towards the focus: they sit at their container
	res.Focus = focus(res.Mentions, a, len(a.Sentences))
	if p.strayLeads(venues, matches, res.Focus) {
		res.Mentions = p.mentions(a, matches, reordered)
		res.Focus = focus(res.Mentions, a, len(a.Sentences))
	}
	if len(venues) > 0 {
		vs := p.placeVenues(venues, matches, res.Focus, a.Sentences)
		res.Mentions = mergeMentions(res.Mentions, vs)
		if res.Focus == "" {
			// only airports found by a venue phrase ("Changi Airport")
			res.Focus = focus(gazetteerOnly(vs), a, len(a.Sentences))
		}
	}
	return res
}

// mentions returns the chosen matches as mentions, in text order.
func (p *Parser) mentions(a *article.Article, matches []match, reordered bool) []Mention {
	chosen := 0
	for _, m := range matches {
		if m.chosen >= 0 {
			chosen++
		}
	}
	if chosen == 0 {
		return nil
	}
	out := make([]Mention, 0, chosen)
	for _, m := range matches {
		if m.chosen < 0 {
			continue
		}
		in := p.info(m.cands[m.chosen])
		out = append(out, Mention{PlaceID: in.id, Name: in.name, Lat: in.lat, Lon: in.lon, Kind: in.kind,
			Origin: in.origin, Sentence: m.sentence, Start: m.start, End: m.end, Surface: a.Sentences[m.sentence].Text[m.start:m.end]})
	}
	if reordered {
		// "PNG" after its full name: mentions are in text order
		slices.SortStableFunc(out, func(a, b Mention) int {
			return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start))
		})
	}
	return out
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
