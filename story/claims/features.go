package claims

import (
	"math"
	"slices"
	"unicode"
)

// features is the bag of normalised content words of one sentence, as
// sorted word hashes with TF-IDF weights (L2-normalised once document
// frequencies are known).
type features struct {
	doc, idx int32
	terms    []uint64
	weights  []float32
	tf       []uint16
	// hitLo, hitHi are the range of this sentence's quote keys in its
	// worker's list (used to copy them to later sentences with the same
	// text).
	hitLo, hitHi int32
}

// useBigrams adds pairs of adjacent content words ("coming day",
// "economic forum") to the bag of words.
var useBigrams = false

// entityBoost counts a name (a capitalised word that does not open the
// sentence) or a number twice in its sentence, so that paraphrases that
// share the names and figures of a claim weigh more than those sharing
// common words.
var entityBoost = true

// isEntity reports whether token t of s is a capitalised word or a number.
func isEntity(s string, t token) bool {
	c := s[t.start]
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 && unicode.IsUpper(firstRune(s[t.start:]))
}

// hashWord is 64-bit FNV-1a.
func hashWord(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// contentTerms hashes the content words of ts (stop words and single
// letters dropped) into sorted unique terms with counts.
func contentTerms(s string, ts []token, buf []uint64) ([]uint64, []uint16, []uint64) {
	buf = buf[:0]
	prev := uint64(0)
	for k, t := range ts {
		if t.stop || len(t.word) < 2 {
			continue
		}
		h := hashWord(t.word)
		buf = append(buf, h)
		if entityBoost && k > 0 && isEntity(s, t) {
			buf = append(buf, h) // names and numbers count twice
		}
		if useBigrams && prev != 0 {
			buf = append(buf, mix64(prev*31+h))
		}
		prev = h
	}
	if len(buf) == 0 {
		return nil, nil, buf
	}
	slices.Sort(buf)
	distinct := 1
	for i := 1; i < len(buf); i++ {
		if buf[i] != buf[i-1] {
			distinct++
		}
	}
	terms := make([]uint64, 0, distinct) // exact: millions of sentences keep them
	tf := make([]uint16, 0, distinct)
	for i, h := range buf {
		if i > 0 && h == buf[i-1] {
			if tf[len(tf)-1] < math.MaxUint16 {
				tf[len(tf)-1]++
			}
			continue
		}
		terms = append(terms, h)
		tf = append(tf, 1)
	}
	return terms, tf, buf
}

// idf is the smoothed inverse document frequency of a word found in df of
// n sentences.
func idf(df, n int) float64 { return math.Log(float64(n+1) / float64(df)) }

// weigh sets f.weights to (1 + ln tf) * idf, L2-normalised, and drops tf.
func (f *features) weigh(df map[uint64]int32, n int) {
	f.weights = make([]float32, len(f.terms))
	var sum float64
	for i, t := range f.terms {
		w := (1 + math.Log(float64(f.tf[i]))) * idf(int(df[t]), n)
		f.weights[i] = float32(w)
		sum += w * w
	}
	if sum > 0 {
		inv := float32(1 / math.Sqrt(sum))
		for i := range f.weights {
			f.weights[i] *= inv
		}
	}
	f.tf = nil
}

// cosine of two L2-normalised sparse vectors with sorted terms.
func cosine(at []uint64, aw []float32, bt []uint64, bw []float32) float64 {
	var s float64
	i, j := 0, 0
	for i < len(at) && j < len(bt) {
		switch {
		case at[i] == bt[j]:
			s += float64(aw[i]) * float64(bw[j])
			i++
			j++
		case at[i] < bt[j]:
			i++
		default:
			j++
		}
	}
	return s
}
