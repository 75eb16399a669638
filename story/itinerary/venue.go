package itinerary

import (
	"sort"
	"strconv"
	"strings"
)

// Venue pattern strengths (see README.md).
const (
	strengthHeld     = 3   // "will be held at X", "took place at X"
	strengthHeldIn   = 2.5 // "will be held in X"
	strengthAt       = 2   // "talks at X", "met at X", "a ceremony at X"
	strengthHost     = 2   // "X will host", "X hosted"
	strengthEventIn  = 1.5 // "the summit in X", "met in X"
	strengthVisited  = 1   // a venue a traveller visits or reaches ("visited the War Memorial")
	bonusVenueKind   = 1   // the place is a venue, hotel, palace, ... not a settlement nor transport
	penaltyCoarse    = 1   // the place is a country, region, sea, ...
	minimumCandidate = 0.5
)

type venueBuild struct {
	v         Venue
	perSource map[string]float64
	seen      map[string]bool
	order     int
}

// venueSet collects venue candidates over all articles.
type venueSet struct {
	m map[string]*venueBuild
	// lastDest is the last settlement a traveller of the current article
	// reached (set by docHops): where an unplaced venue most likely is.
	lastDest *Mention
	// docCity is the article's first settlement (its dateline, most often):
	// where a venue named with no other place most likely is.
	docCity *Mention
}

func newVenueSet() *venueSet { return &venueSet{m: map[string]*venueBuild{}} }

// startDoc forgets the article context.
func (vs *venueSet) startDoc() { vs.lastDest, vs.docCity = nil, nil }

// reached records a settlement a traveller reached.
func (vs *venueSet) reached(m Mention) {
	if cityKinds[m.Kind] {
		vs.lastDest = &m
	}
}

// add finds venue candidates in one sentence.
func (vs *venueSet) add(s Sentence, toks []token, ev Evidence) {
	if vs.docCity == nil {
		for mi := range s.Mentions {
			// a settlement, or a dateline of any kind ("SINGAPORE — ...")
			if cityKinds[s.Mentions[mi].Kind] || s.Mentions[mi].Start == 0 && s.Index == 0 {
				m := s.Mentions[mi]
				vs.docCity = &m
				break
			}
		}
	}
	hasEvent := anyIn(toks, 0, len(toks), eventWords)
	hasHost := anyIn(toks, 0, len(toks), hostWords)
	if !hasEvent && !hasHost {
		return
	}
	unreal := mayBeUnrealised(toks)
	var names [][2]int // byte spans of unresolved venue names
	if hasEvent {
		names = vs.unresolved(s, toks, ev, unreal)
	}
	sp := spans(toks, len(s.Mentions))
	for mi, m := range s.Mentions {
		k, e := sp[mi][0], sp[mi][1]
		if k < 0 || covered(names, m) {
			continue
		}
		st := 0.0
		if gi := governor(toks, k); gi >= 0 && (negated(toks, gi) || unreal && (unrealised(toks, gi, e) || unmetPlanBefore(toks, gi))) {
			continue // "the summit at X was called off"
		}
		if gi := governor(toks, k); gi >= 0 && hasEvent && otherEdition(toks, gi) {
			continue // "the next summit will be held in X", "last year's talks in X"
		}
		if gi := governor(toks, k); gi >= 0 && hasEvent {
			moving := near(toks, gi, 4, arriveWords) || near(toks, gi, 4, stopWords)
			switch w := toks[gi].w; {
			case moving:
			case w == "at" && near(toks, gi, 4, heldWords):
				st = strengthHeld
			case w == "at":
				st = strengthAt
			case w == "in" && near(toks, gi, 3, heldWords):
				st = strengthHeldIn
			case w == "in" && eventBefore(toks, gi):
				st = strengthEventIn
			}
		}
		if hostAfter(toks, e) {
			st = max(st, strengthHost)
		}
		if st == 0 {
			continue
		}
		approx := m.Approximate
		switch {
		case coarseKinds[m.Kind]:
			st, approx = max(st-penaltyCoarse, minimumCandidate), true
		case cityKinds[m.Kind]:
			approx = true
		case transportKinds[m.Kind]:
			// "was met at Vnukovo airport": a greeting on arrival, no bonus
		case m.Kind != "":
			st += bonusVenueKind
		}
		vs.put(m.PlaceID, m, approx, st, ev)
	}
}

// visited records a venue (not a settlement, an area or transport) that a
// traveller reaches or visits: on a tour, the places visited are where the
// events are ("visited the Australian War Memorial").
func (vs *venueSet) visited(m Mention, ev Evidence) {
	if m.Kind == "" || cityKinds[m.Kind] || coarseKinds[m.Kind] || transportKinds[m.Kind] || m.Kind == "country" {
		return
	}
	vs.put(m.PlaceID, m, m.Approximate, strengthVisited+bonusVenueKind, ev)
}

// covered is true when m lies inside one of the spans ("New York" in "the
// Lotte New York Palace").
func covered(spans [][2]int, m Mention) bool {
	for _, sp := range spans {
		if m.Start >= sp[0] && m.End <= sp[1] {
			return true
		}
	}
	return false
}

// unresolved finds "at the Grand Hotel" (capitalised words ending in a
// venue noun, not itself a venue mention) and places it approximately at a
// settlement it contains ("the Lotte New York Palace"), else the first
// settlement of the sentence, else its first place of any kind, else the last
// settlement a traveller reached earlier in the article (a venue named with
// no place at all is skipped). After "held at the" any capitalised name
// counts ("will be held at the Kremlin"). It returns
// the byte spans of the names found. unreal is mayBeUnrealised of the
// sentence (a venue of a move that did not happen is none).
func (vs *venueSet) unresolved(s Sentence, toks []token, ev Evidence, unreal bool) [][2]int {
	var out [][2]int
	for i := 0; i+1 < len(toks); i++ {
		// "at the X Hall", "at X Abbey", "the service in X Chapel"
		if toks[i].w != "at" && (toks[i].w != "in" || !eventBefore(toks, i)) {
			continue
		}
		st0 := i + 1
		if toks[st0].w == "the" {
			st0++
		}
		j := st0
		for j < len(toks) && toks[j].cap && (j == st0 || !toks[j].brk) && !isDateWord(toks[j].w) {
			j++
		}
		head := j - 1 // the venue noun: "Palace" in "Palace of Holyroodhouse"
		if j > st0 && j+1 < len(toks) && toks[j].w == "of" && !toks[j].brk && toks[j+1].cap && !toks[j+1].brk {
			j++
			for j < len(toks) && toks[j].cap && !toks[j].brk && !isDateWord(toks[j].w) {
				j++
			}
		}
		held := near(toks, i, 4, heldWords) && st0 == i+2
		if j > st0 && (negated(toks, i) || unreal && (unrealised(toks, i, j-1) || unmetPlanBefore(toks, i))) {
			continue // "had been due to attend a banquet at the X Palace"
		}
		if j == st0 || !venueNouns[toks[head].w] && !venueNouns[toks[j-1].w] && !held || toks[head].place >= 0 {
			continue
		}
		if j == st0+1 && venueNouns[toks[st0].w] {
			continue // "at the Palace": no name to place
		}
		lo, hi := toks[st0].lo, toks[j-1].hi
		var inside, first, any, anyBefore *Mention
		for mi := range s.Mentions {
			m := &s.Mentions[mi]
			if any == nil {
				any = m
			}
			if anyBefore == nil && m.End <= lo {
				anyBefore = m
			}
			if !cityKinds[m.Kind] {
				continue
			}
			if m.Start >= lo && m.End <= hi && inside == nil {
				inside = m
			}
			// a city before the name, or right after it ("the Grand Hyatt
			// Hotel in Singapore"), not one of a later clause
			if first == nil && (m.End <= lo || inAfter(s.Text, hi, m.Start)) {
				first = m
			}
		}
		at := inside
		if at == nil {
			at = first
		}
		if at == nil {
			at = anyBefore // "In Singapore, ... at the National Stadium": a city-state
		}
		if at == nil {
			at = vs.lastDest
		}
		if at == nil {
			at = vs.docCity
		}
		if at == nil {
			at = any // a place named after the venue ("where the Vatican expects") comes last
		}
		if at == nil {
			continue
		}
		m := Mention{Name: s.Text[lo:hi], Kind: "venue", Lat: at.Lat, Lon: at.Lon, Approximate: true}
		st := float64(strengthAt)
		if held {
			st = strengthHeld
		}
		vs.put("", m, true, st+bonusVenueKind, ev)
		out = append(out, [2]int{lo, hi})
		i = j - 1
	}
	return out
}

// inAfter is true when text[hi:start] is "in" with at most a few words
// ("in", ", in", "in the city of").
func inAfter(text string, hi, start int) bool {
	if hi < 0 || start > len(text) || hi > start {
		return false
	}
	b := strings.TrimLeft(strings.ToLower(text[hi:start]), " ,")
	return (b == "in " || strings.HasPrefix(b, "in ")) && len(b) <= 20
}

// eventBefore is true when an event word comes right before token gi,
// skipping weekday and date words ("talks on Monday in X" does not count,
// "the summit in X" and "met Tuesday in X" do).
func eventBefore(toks []token, gi int) bool {
	for j := gi - 1; j >= 0 && j >= gi-3; j-- {
		w := toks[j].w
		if eventWords[w] {
			return true
		}
		if _, ok := weekdays[w]; ok || w == "late" || w == "early" || w == "later" {
			continue
		}
		return false
	}
	return false
}

// editionWords put an event at another time than the story's ("the next
// summit", "the previous talks", "the upcoming conference").
var editionWords = words("next previous upcoming forthcoming")

// lastTimes follow "last" when it means the one before ("last year's
// summit", "last month's talks"), not the final one ("the last working
// session").
var lastTimes = words("week week's month month's year year's time")

// metWords are the event verbs "last" can stand right before as "the time
// before" ("had last met in X"; "the last session" is the final one).
var metWords = words("met meet meets")

// otherEdition is true when the event word of the clause that governs a
// place at toks[gi] ("in" / "at") is another edition of the event: an
// edition word or "last" + a time (or "last" right before "met": "had
// last met in X") in the 4 words before the event word, in the
// clause. Such a place is no venue of the story ("the next summit would be
// held in X", "last month's summit in X").
func otherEdition(toks []token, gi int) bool {
	for j := gi - 1; j >= 0 && j >= gi-8; j-- {
		if eventWords[toks[j].w] {
			for k := j - 1; k >= 0 && k >= j-4; k-- {
				w := toks[k].w
				if editionWords[w] || w == "last" && (k+1 == j && metWords[toks[j].w] || lastTimes[toks[k+1].w]) {
					return true
				}
				if toks[k+1].brk {
					break
				}
			}
			return false
		}
		if toks[j+1].brk {
			return false
		}
	}
	return false
}

// hostAfter is true when "host", "hosts", "hosted" or "hosting" follows the
// place at token e ("X will host", "X, which hosted", "X is to host").
func hostAfter(toks []token, e int) bool {
	for j := e + 1; j < len(toks) && j <= e+4; j++ {
		if hostWords[toks[j].w] {
			return j == e+1 || !toks[j].brk
		}
		if !hostSkip[toks[j].w] {
			return false
		}
	}
	return false
}

func (vs *venueSet) put(id string, m Mention, approx bool, st float64, ev Evidence) {
	key := id
	if key == "" {
		key = "name:" + strings.ToLower(m.Name)
	}
	vb := vs.m[key]
	if vb == nil {
		vb = &venueBuild{v: Venue{PlaceID: id, Name: m.Name, Lat: m.Lat, Lon: m.Lon, Approximate: approx},
			perSource: map[string]float64{}, seen: map[string]bool{}, order: len(vs.m)}
		vs.m[key] = vb
	}
	if approx {
		vb.v.Approximate = true
	}
	if _, ok := vb.perSource[ev.Source]; !ok {
		vb.v.Sources = append(vb.v.Sources, ev.Source)
	}
	vb.perSource[ev.Source] = max(vb.perSource[ev.Source], st)
	k := ev.Source + "\x00" + strconv.Itoa(ev.Sentence)
	if !vb.seen[k] {
		vb.seen[k] = true
		vb.v.Evidence = append(vb.v.Evidence, ev)
	}
}

// merge adds the candidates of o (one article's, read on its own) to vs as
// if that article had been read into vs: new candidates come after vs's in
// o's order; known ones gain o's sources, scores and evidence.
func (vs *venueSet) merge(o *venueSet) {
	obs := make([]*venueBuild, 0, len(o.m))
	keys := make(map[*venueBuild]string, len(o.m))
	for k, vb := range o.m {
		obs = append(obs, vb)
		keys[vb] = k
	}
	sort.Slice(obs, func(i, j int) bool { return obs[i].order < obs[j].order })
	for _, ob := range obs {
		key := keys[ob]
		vb := vs.m[key]
		if vb == nil {
			vb = &venueBuild{v: Venue{PlaceID: ob.v.PlaceID, Name: ob.v.Name, Lat: ob.v.Lat, Lon: ob.v.Lon},
				perSource: map[string]float64{}, seen: map[string]bool{}, order: len(vs.m)}
			vs.m[key] = vb
		}
		if ob.v.Approximate {
			vb.v.Approximate = true
		}
		for _, src := range ob.v.Sources {
			if _, ok := vb.perSource[src]; !ok {
				vb.v.Sources = append(vb.v.Sources, src)
			}
			vb.perSource[src] = max(vb.perSource[src], ob.perSource[src])
		}
		for _, ev := range ob.v.Evidence {
			k := ev.Source + "\x00" + strconv.Itoa(ev.Sentence)
			if !vb.seen[k] {
				vb.seen[k] = true
				vb.v.Evidence = append(vb.v.Evidence, ev)
			}
		}
	}
}

// venues returns the candidates best first: by score (the sum over sources
// of each source's strongest pattern), then by sources, then first seen.
func (vs *venueSet) venues() []Venue {
	bs := make([]*venueBuild, 0, len(vs.m))
	for _, vb := range vs.m {
		vb.v.Score = 0
		for _, src := range vb.v.Sources {
			vb.v.Score += vb.perSource[src]
		}
		bs = append(bs, vb)
	}
	sort.Slice(bs, func(i, j int) bool {
		a, b := bs[i], bs[j]
		if a.v.Score != b.v.Score {
			return a.v.Score > b.v.Score
		}
		if len(a.v.Sources) != len(b.v.Sources) {
			return len(a.v.Sources) > len(b.v.Sources)
		}
		return a.order < b.order
	})
	out := make([]Venue, len(bs))
	for i, vb := range bs {
		out[i] = vb.v
	}
	return out
}
