package claims

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/storylens/storylens/internal/lexicon"
)

// signature is what keeps two similar sentences about different legs or
// events apart: the places a sentence moves from and to ("from Jakarta",
// "to Papua New Guinea", "left Sydney", "arrived in Samoa", "bound for
// Rotterdam"), whether it tells of an arrival or a departure, and the
// years it names. Places are hashes of their normalised words.
type signature struct {
	from, to []uint64
	years    []uint16
	motion   uint8 // motionArrive | motionDepart
}

const (
	motionArrive = 1 << iota
	motionDepart
)

// arriveWords and departWords are motion words as written (lower case);
// the place after "in"/"at" an arrival word is where it went to, the place
// after a departure word is where it left from.
var arriveWords = map[string]bool{"arrive": true, "arrived": true, "arrives": true, "arriving": true,
	"arrival": true, "land": true, "landed": true, "lands": true, "landing": true, "reached": true,
	"reaches": true, "reach": true, "touched": true}

var departWords = map[string]bool{"depart": true, "departed": true, "departs": true, "departing": true,
	"departure": true, "left": true, "leave": true, "leaves": true, "leaving": true, "quit": true}

// forWords take "for <Place>" as a destination: "left for Rome", "bound
// for Rotterdam".
var forWords = map[string]bool{"left": true, "leave": true, "leaves": true, "leaving": true, "bound": true,
	"headed": true, "heading": true, "departed": true, "sailed": true, "sails": true, "flew": true}

// Bits of motionStems.
const (
	stemArrive = 1 << iota
	stemDepart
	stemFor
)

// motionStems maps the normalised (stemmed) forms of arriveWords,
// departWords and forWords to what they mark, so that a sentence's tokens
// are looked up without re-reading its text.
var motionStems = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(ws map[string]bool, bit uint8) {
		for w := range ws {
			for _, t := range tokenize(w, nil) {
				m[t.word] |= bit
			}
		}
	}
	add(arriveWords, stemArrive)
	add(departWords, stemDepart)
	add(forWords, stemFor)
	return m
}()

// motionFirst marks the first bytes of motionStems' keys: most tokens are
// ruled out without a map look-up.
var motionFirst = func() (b [256]bool) {
	for w := range motionStems {
		b[w[0]] = true
	}
	return b
}()

// signatureOf reads the signature of sentence s from its tokens; nil when it
// has none.
func signatureOf(s string, ts []token) *signature {
	var sg signature
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		w := t.word
		if len(w) == 4 && (w[0] == '1' || w[0] == '2') && t.end-t.start == 4 && isDigitString(w) {
			if y := atoi4(w); y >= 1900 && y <= 2099 && !slices.Contains(sg.years, uint16(y)) {
				sg.years = append(sg.years, uint16(y))
			}
			continue
		}
		if t.stop {
			switch w {
			case "from":
				sg.from = addPlace(sg.from, s, ts, k+1)
			case "to", "into", "toward", "towards":
				sg.to = addPlace(sg.to, s, ts, k+1)
			}
			continue
		}
		if len(w) < 4 || len(w) > 9 || !motionFirst[w[0]] {
			continue
		}
		bits := motionStems[w]
		if bits == 0 {
			continue
		}
		if bits&stemArrive != 0 {
			sg.motion |= motionArrive
			if k+1 < len(ts) && (ts[k+1].word == "in" || ts[k+1].word == "at") {
				sg.to = addPlace(sg.to, s, ts, k+2)
			} else {
				sg.to = addPlace(sg.to, s, ts, k+1)
			}
		}
		if bits&stemDepart != 0 {
			sg.motion |= motionDepart
			sg.from = addPlace(sg.from, s, ts, k+1)
		}
		if bits&stemFor != 0 && k+1 < len(ts) && ts[k+1].word == "for" {
			sg.to = addPlace(sg.to, s, ts, k+2)
		}
	}
	if len(sg.from) == 0 && len(sg.to) == 0 && len(sg.years) == 0 && sg.motion == 0 {
		return nil
	}
	return &sg
}

func atoi4(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// addPlace adds the name at ts[k] (after an optional "the"): a run of up to
// three capitalised words, hashed by their normalised words.
func addPlace(set []uint64, s string, ts []token, k int) []uint64 {
	if k < len(ts) && ts[k].word == "the" {
		k++
	}
	if k < len(ts) && titles[ts[k].word] {
		return set // "to President Lula": a person
	}
	h := uint64(0)
	for n := 0; k < len(ts) && n < 3; k, n = k+1, n+1 {
		r, _ := utf8.DecodeRuneInString(s[ts[k].start:])
		if !unicode.IsUpper(r) || (n > 0 && ts[k].start-ts[k-1].end > 1) {
			break
		}
		h = h*1099511628211 + hashWord(ts[k].word)
	}
	if h == 0 || slices.Contains(set, h) {
		return set
	}
	return append(set, h)
}

// titles open a person's name, not a place's (normalised, as tokens hold
// them): internal/lexicon's person titles without the saints' ("to St.
// Petersburg" goes to a place).
var titles = func() map[string]bool {
	m := map[string]bool{}
	for w := range lexicon.PersonTitles(lexicon.SaintTitles()...) {
		for _, t := range tokenize(w, nil) {
			m[t.word] = true
		}
	}
	return m
}()

func intersects(a, b []uint64) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// compatible reports whether sentences (or clusters) with signatures a and
// b can report the same thing: not A -> B against B -> A or B -> C (a place
// one leaves from is where the other goes to, and not where it leaves
// from too), not an arrival against a departure
// unless they name the same leg, not different years.
func compatible(a, b *signature) bool {
	if a == nil || b == nil {
		return true
	}
	if intersects(a.from, b.to) && !intersects(a.from, b.from) || intersects(a.to, b.from) && !intersects(a.to, b.to) {
		return false
	}
	if (a.motion == motionArrive && b.motion == motionDepart || a.motion == motionDepart && b.motion == motionArrive) &&
		!intersects(a.from, b.from) && !intersects(a.to, b.to) {
		return false
	}
	if len(a.years) > 0 && len(b.years) > 0 {
		shared := false
		for _, y := range a.years {
			shared = shared || slices.Contains(b.years, y)
		}
		if !shared {
			return false
		}
	}
	return true
}

// sameLeg reports whether a and b name a leg in common: a place both leave
// from or a place both go to ("from Poland to Kyiv" and "arrived after the
// night train from Poland"). Such sentences are held to a lower similarity
// (legThreshold): they share the claim's places, and what they share besides
// is often a paraphrase ("train" / "rail journey"). Whether they may be one
// claim at all is still compatible's call.
func sameLeg(a, b *signature) bool {
	if a == nil || b == nil || len(a.from) > 1 || len(b.from) > 1 || len(a.to) > 1 || len(b.to) > 1 {
		// A cluster that names several places on one side holds several
		// legs already: it gets no lower threshold.
		return false
	}
	sameFrom, sameTo := intersects(a.from, b.from), intersects(a.to, b.to)
	if !sameFrom && !sameTo {
		return false
	}
	// Both name where they go from (or to), and not the same place: another
	// leg, even when the other end is the same.
	return (sameFrom || len(a.from) == 0 || len(b.from) == 0) && (sameTo || len(a.to) == 0 || len(b.to) == 0)
}

// legThreshold is the similarity, as a fraction of the threshold, that two
// sentences (or clusters) naming the same leg need (sameLeg).
const legThreshold = 2.0 / 3

// merge is the signature of a cluster holding a's and b's sentences.
func merge(a, b *signature) *signature {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	if a.motion|b.motion == a.motion && subset(b.from, a.from) && subset(b.to, a.to) && subset16(b.years, a.years) {
		return a // nothing new: template sentences merge without copying
	}
	if a.motion|b.motion == b.motion && subset(a.from, b.from) && subset(a.to, b.to) && subset16(a.years, b.years) {
		return b
	}
	m := &signature{motion: a.motion | b.motion}
	m.from = union(a.from, b.from)
	m.to = union(a.to, b.to)
	for _, y := range append(slices.Clone(a.years), b.years...) {
		if !slices.Contains(m.years, y) {
			m.years = append(m.years, y)
		}
	}
	return m
}

func union(a, b []uint64) []uint64 {
	out := slices.Clone(a)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func subset(a, b []uint64) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func subset16(a, b []uint16) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
