package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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

// signatureOf reads the signature of sentence s from its tokens; nil when it
// has none.
func signatureOf(s string, ts []token) *signature {
	var sg signature
	var buf [12]byte
	// word is token k as written, in lower case (ASCII; others "").
	word := func(k int) string {
		w := s[ts[k].start:ts[k].end]
		if len(w) > len(buf) {
			return ""
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		return string(buf[:len(w)]) // not kept: compared and dropped
	}
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		if t.end-t.start == 4 && ts[k].word[0] >= '1' && ts[k].word[0] <= '2' && isDigitString(t.word) {
			if y := atoi4(t.word); y >= 1900 && y <= 2099 && !slices.Contains(sg.years, uint16(y)) {
				sg.years = append(sg.years, uint16(y))
			}
			continue
		}
		w := t.word
		if !t.stop {
			if c := w[0]; c != 'a' && c != 'l' && c != 'r' && c != 't' && c != 'd' && c != 'q' && c != 'b' &&
				c != 'h' && c != 's' && c != 'f' {
				continue
			}
			w = word(k)
		}
		switch {
		case w == "from":
			sg.from = addPlace(sg.from, s, ts, k+1)
		case w == "to" || w == "into" || w == "towards" || w == "toward":
			sg.to = addPlace(sg.to, s, ts, k+1)
		case arriveWords[w]:
			sg.motion |= motionArrive
			if k+1 < len(ts) && (ts[k+1].word == "in" || ts[k+1].word == "at") {
				sg.to = addPlace(sg.to, s, ts, k+2)
			} else {
				sg.to = addPlace(sg.to, s, ts, k+1)
			}
		case departWords[w] || forWords[w]:
			if departWords[w] {
				sg.motion |= motionDepart
				sg.from = addPlace(sg.from, s, ts, k+1)
			}
			if forWords[w] && k+1 < len(ts) && ts[k+1].word == "for" {
				sg.to = addPlace(sg.to, s, ts, k+2)
			}
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
	if k < len(ts) && titles[strings.ToLower(s[ts[k].start:ts[k].end])] {
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

// titles open a person's name, not a place's.
var titles = map[string]bool{"president": true, "prime": true, "pope": true, "king": true, "queen": true,
	"prince": true, "princess": true, "mr": true, "mrs": true, "ms": true, "dr": true, "sir": true,
	"chancellor": true, "minister": true, "secretary": true, "general": true, "premier": true, "emperor": true}

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

// merge is the signature of a cluster holding a's and b's sentences.
func merge(a, b *signature) *signature {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
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
