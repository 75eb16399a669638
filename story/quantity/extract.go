package quantity

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/story/article"
)

// Extract finds the quantities of one source's sentences, in order. Dates
// without a year keep the year unknown ("--09-10"); use ExtractDated to take
// it from the article's date.
func Extract(source string, sentences []article.Sentence) []Quantity {
	return ExtractDated(source, "", sentences)
}

// ExtractDated is Extract with the article's date (YYYY-MM-DD, or ""), which
// supplies the year of dates written without one ("Sept. 10-13") and of
// months named alone ("in February").
func ExtractDated(source, articleDate string, sentences []article.Sentence) []Quantity {
	year := 0
	if t, err := time.Parse("2006-01-02", articleDate); err == nil {
		year = t.Year()
	}
	// The quantities are gathered in a pooled buffer and copied out at
	// their length: a big story keeps every article's quantities until all
	// are read, and growing a slice of its own for each article allocated
	// about twice what is kept.
	sc := extractPool.Get().(*extractScratch)
	out, ts := sc.qs[:0], sc.ts[:0]
	for i, s := range sentences {
		n := len(out)
		out, ts = appendSentence(out, ts[:0], s.Text, year)
		for k := n; k < len(out); k++ {
			out[k].Source, out[k].Sentence, out[k].SentenceIndex = source, s.Text, int32(i)
		}
	}
	var res []Quantity
	if len(out) > 0 {
		res = append(make([]Quantity, 0, len(out)), out...)
	}
	clear(out) // the pool holds no article's text
	clear(ts[:cap(ts)])
	sc.qs, sc.ts = out[:0], ts[:0]
	extractPool.Put(sc)
	return res
}

// extractScratch is ExtractDated's reusable buffers.
type extractScratch struct {
	qs []Quantity
	ts []tok
}

var extractPool = sync.Pool{New: func() any { return &extractScratch{ts: make([]tok, 0, 64)} }}

// months maps month names and abbreviations (capitalised, as written) to
// their number.
var months = lexicon.CapitalisedMonths()

// starts marks the lower-case words that can start a quantity: a spelled
// number, the first word of a vague phrase, or a month (checked as written).
var starts = func() map[string]bool {
	m := map[string]bool{}
	for w := range spelled {
		m[w] = true
	}
	for _, vg := range vague {
		m[vg.words[0]] = true
	}
	for w := range months {
		m[strings.ToLower(w)] = true
	}
	return m
}()

// startShapes has a bit for the length, first and last letter of each word
// of starts (all a-z, at most 16 letters): most other words are told apart
// without a map look-up.
var startShapes = func() (b [16 * 26 * 26 / 64]uint64) {
	for w := range starts {
		k, ok := shape(w)
		if !ok {
			panic("quantity: start word not a-z or too long: " + w)
		}
		b[k/64] |= 1 << (k % 64)
	}
	return b
}()

// shape is the index of w's length, first and last letter in startShapes;
// false when w is empty, longer than 16 or does not start and end with a-z.
func shape[T string | []byte](w T) (int, bool) {
	n := len(w)
	if n == 0 || n > 16 {
		return 0, false
	}
	f, l := w[0], w[n-1]
	if f < 'a' || f > 'z' || l < 'a' || l > 'z' {
		return 0, false
	}
	return ((n-1)*26+int(f-'a'))*26 + int(l-'a'), true
}

// mayBeStart reports whether w's shape is that of a word of starts.
func mayBeStart[T string | []byte](w T) bool {
	k, ok := shape(w)
	return ok && startShapes[k/64]&(1<<(k%64)) != 0
}

// isStart reports whether the lower-case word w is in starts.
func isStart(w string) bool { return mayBeStart(w) && starts[w] }

// mayStart reports whether a date or number can start at t: parseDate and
// parseNumber find nothing at other tokens.
func mayStart(t *tok) bool { return t.num || t.sym || isStart(t.low) }

// mayHaveQuantity reports whether a token of s may start a quantity (see
// mayStart), without tokenising: false when s is ASCII with no digit, '$'
// or '%', and none of its words is in starts.
func mayHaveQuantity(s string) bool {
	var buf [16]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf || c >= '0' && c <= '9' || c == '$' || c == '%' {
			return true
		}
		if !asciiLetter(c) {
			i++
			continue
		}
		// A word as tokens reads it: letters and apostrophes (no digits
		// here), without final apostrophes.
		j := i + 1
		for j < len(s) && (asciiLetter(s[j]) || s[j] == '\'') {
			j++
		}
		k := j
		for s[k-1] == '\'' {
			k--
		}
		if k-i <= len(buf) {
			for n := i; n < k; n++ {
				buf[n-i] = s[n] | 0x20
			}
			if w := buf[:k-i]; mayBeStart(w) && starts[string(w)] {
				return true
			}
		}
		i = j
	}
	return false
}

// appendSentence appends the quantities of sentence s to out; ts is a
// buffer for its tokens, returned for reuse.
func appendSentence(out []Quantity, ts []tok, s string, refYear int) ([]Quantity, []tok) {
	if !mayHaveQuantity(s) {
		return out, ts
	}
	ts = appendTokens(ts, s)
	first := len(out)
	for i := 0; i < len(ts); {
		if !mayStart(&ts[i]) {
			i++
			continue
		}
		if n := notAmount(ts, i); n > 0 {
			i += n
			continue
		}
		if q, n := parseDate(s, ts, i, refYear); n > 0 {
			out = append(out, q)
			i += n
			continue
		}
		if q, n := parseNumber(s, ts, i); n > 0 {
			if q.Kind != "" { // "" : a speed, read and dropped
				out = append(out, q)
			}
			i += n
			continue
		}
		i++
	}
	for k := first; k < len(out); k++ {
		out[k].Places = namesNear(s, ts, int(out[k].Start), int(out[k].End), 8)
	}
	return out, ts
}

func day(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, d >= 1 && t.Day() == d && t.Month() == time.Month(m)
}

func daysSinceEpoch(t time.Time) float64 { return float64(t.Unix() / 86400) }

func isoDay(y, m, d int) string {
	if y == 0 {
		return string(pad(pad(append(make([]byte, 0, 7), "--"...), m, 2, '-'), d, 2, 0))
	}
	return string(pad(pad(pad(make([]byte, 0, 10), y, 4, '-'), m, 2, '-'), d, 2, 0))
}

// isoYear is "YYYY" and isoMonth "YYYY-MM".
func isoYear(y int) string     { return string(pad(make([]byte, 0, 4), y, 4, 0)) }
func isoMonth(y, m int) string { return string(pad(pad(make([]byte, 0, 7), y, 4, '-'), m, 2, 0)) }

// pad appends n with at least width digits (fmt's %0*d) and then sep,
// unless sep is 0.
func pad(b []byte, n, width int, sep byte) []byte {
	if n < 0 {
		b = fmt.Appendf(b, "%0*d", width, n)
	} else {
		var d [20]byte
		ds := strconv.AppendInt(d[:0], int64(n), 10)
		for k := len(ds); k < width; k++ {
			b = append(b, '0')
		}
		b = append(b, ds...)
	}
	if sep != 0 {
		b = append(b, sep)
	}
	return b
}

// yearAt returns the 4-digit year at ts[i], if it is one (1800-2099).
func yearAt(ts []tok, i int) (int, bool) {
	if i >= len(ts) || !ts[i].num || len(ts[i].text) != 4 || !allDigits(ts[i].text) {
		return 0, false
	}
	y, err := strconv.Atoi(ts[i].text)
	return y, err == nil && y >= 1800 && y <= 2099
}

// dayAt returns the day of month at ts[i], if it is one.
func dayAt(ts []tok, i int) (int, bool) {
	if i >= len(ts) || !ts[i].num || len(ts[i].text) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(ts[i].text)
	return d, err == nil && d >= 1 && d <= 31
}

// parseDate parses a date at ts[i]: "Sept. 10-13", "September 10, 2023",
// "January, 2020", "10 September 2023", a year ("in 2019"), or a month alone
// when refYear is known. n is the number of tokens used (0: no date).
func parseDate(s string, ts []tok, i, refYear int) (Quantity, int) {
	mk := func(n int, iso string, first time.Time) (Quantity, int) {
		end := ts[i+n-1].end
		return Quantity{Kind: Date, Value: daysSinceEpoch(first), Unit: "date",
			Normalized: Value{daysSinceEpoch(first), "date"}, ISO: iso,
			Start: int32(ts[i].start), End: int32(end)}, n
	}
	// "10 September 2023"
	if d, ok := dayAt(ts, i); ok && i+1 < len(ts) {
		if m, ok := months[ts[i+1].text]; ok && ts[i+1].clean() {
			if y, ok := yearAt(ts, i+2); ok && ts[i+2].clean() {
				if t, ok := day(y, m, d); ok {
					return mk(3, isoDay(y, m, d), t)
				}
			}
		}
	}
	// "2 July" with no year: a day of the article's year, never a count
	// of July
	if d, ok := dayAt(ts, i); ok && i+1 < len(ts) {
		if m, ok := months[ts[i+1].text]; ok && ts[i+1].clean() && strings.TrimSpace(ts[i+1].gap) == "" {
			yv := refYear
			if yv == 0 {
				yv = 2000 // a leap year, so that 29 February parses
			}
			if first, ok := day(yv, m, d); ok {
				q, n := mk(2, isoDay(refYear, m, d), first)
				if refYear == 0 {
					q.Value, q.Normalized.Value = 0, 0 // no year: no day number
				}
				return q, n
			}
		}
	}
	m, ok := months[ts[i].text]
	if !ok {
		if y, ok := yearAt(ts, i); ok && !countFollows(ts, i+1) && !(i > 0 && ts[i].hyphenated()) {
			t, _ := day(y, 1, 1)
			return mk(1, isoYear(y), t)
		}
		return Quantity{}, 0
	}
	if ts[i].text == "May" && i > 0 && !ts[i].capitalised() {
		return Quantity{}, 0
	}
	j := i + 1
	// Month Day[-Day2][, Year]
	if d, ok := dayAt(ts, j); ok && strings.TrimSpace(strings.TrimPrefix(ts[j].gap, ".")) == "" {
		d2, n := 0, 2
		if d2v, ok := dayAt(ts, j+1); ok && ts[j+1].hyphenated() && d2v > d {
			d2, n = d2v, 3
		}
		y, ys := refYear, false
		if yy, ok := yearAt(ts, i+n); ok && strings.TrimSpace(strings.Trim(ts[i+n].gap, " ,")) == "" {
			y, ys = yy, true
		}
		if ys {
			n++
		}
		yv := y
		if yv == 0 {
			yv = 2000 // a leap year, so that Feb. 29 parses
		}
		first, ok := day(yv, m, d)
		if !ok {
			return Quantity{}, 0
		}
		iso := isoDay(y, m, d)
		if d2 > 0 {
			if _, ok := day(yv, m, d2); !ok {
				return Quantity{}, 0
			}
			iso += "/" + isoDay(y, m, d2)
		}
		q, n := mk(n, iso, first)
		if y == 0 {
			q.Value, q.Normalized.Value = 0, 0 // no year: no day number
		}
		return q, n
	}
	// Month[,] Year
	if y, ok := yearAt(ts, j); ok && strings.TrimSpace(strings.Trim(ts[j].gap, " ,.")) == "" {
		t, _ := day(y, m, 1)
		return mk(2, isoMonth(y, m), t)
	}
	// A month alone, when the article's year is known; not an
	// abbreviation (ambiguous: "Mar", "Dec").
	if refYear > 0 && len(ts[i].text) > 4 || ts[i].text == "June" || ts[i].text == "July" {
		if refYear > 0 && i > 0 && (ts[i-1].low == "in" || ts[i-1].low == "since" || ts[i-1].low == "until" ||
			ts[i-1].low == "by" || ts[i-1].low == "from" || ts[i-1].low == "early" || ts[i-1].low == "late" ||
			ts[i-1].low == "mid" || ts[i-1].low == "last" || ts[i-1].low == "next") {
			t, _ := day(refYear, m, 1)
			return mk(1, isoMonth(refYear, m), t)
		}
	}
	return Quantity{}, 0
}

// countFollows reports whether the token at i makes the number before it a
// count or measure rather than a year ("2000 troops", "2000 miles").
func countFollows(ts []tok, i int) bool {
	if i >= len(ts) || !ts[i].clean() {
		return false
	}
	if _, ok := units[ts[i].low]; ok {
		return true
	}
	if _, ok := multipliers[ts[i].low]; ok {
		return true
	}
	w := ts[i].low
	return !ts[i].capitalised() && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!stopWords[w]
}

// stopWords end the noun phrase after a count. Not the stopword list of
// story/claims or story/geoparse, on purpose: it holds words that end a
// counted phrase without being function words ("times", "percent",
// "said"), and leaves out quantifiers that can stand inside one ("all",
// "some", "few", "most").
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"and": true, "or": true, "but": true, "by": true, "with": true, "from": true, "as": true, "is": true,
	"are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true,
	"that": true, "this": true, "which": true, "who": true, "it": true, "its": true, "their": true, "his": true,
	"her": true, "than": true, "more": true, "less": true, "after": true, "before": true, "since": true,
	"ago": true, "into": true, "will": true, "would": true, "said": true, "says": true, "while": true,
	"this's": true, "these": true, "those": true, "when": true, "where": true, "if": true, "not": true,
	"times": true, "percent": true, "per": true, "each": true, "every": true, "other": true, "also": true,
}

// spelledAt parses spelled numbers at ts[i] ("five", "twenty-five",
// "two hundred"); n is the tokens used.
func spelledAt(ts []tok, i int) (float64, int) {
	v, ok := spelled[ts[i].low]
	if !ok || ts[i].low == "hundred" {
		return 0, 0
	}
	n := 1
	if v >= 20 && v < 100 && i+1 < len(ts) && ts[i+1].hyphenated() {
		if u, ok := spelled[ts[i+1].low]; ok && u < 10 {
			v += u
			n++
		}
	}
	if i+n < len(ts) && ts[i+n].low == "hundred" && ts[i+n].clean() {
		v *= 100
		n++
	}
	return v, n
}

// parseNumber parses a number phrase at ts[i] with its unit and hedges.
func parseNumber(s string, ts []tok, i int) (Quantity, int) {
	start := i
	var v float64
	var n int
	qual := ""
	currency := ""
	if ts[i].sym && ts[i].text != "%" && i+1 < len(ts) && ts[i+1].num && ts[i+1].clean() {
		currency = currencySymbols[ts[i].text]
		i++
	}
	switch {
	case ts[i].num:
		f, err := strconv.ParseFloat(strings.ReplaceAll(ts[i].text, ",", ""), 64)
		if err != nil {
			return Quantity{}, 0
		}
		v, n = f, 1
	default:
		for _, vg := range vague {
			if matchWords(ts, i, vg.words) {
				v, n, qual = vg.value, len(vg.words), vg.phrase
				break
			}
		}
		if n == 0 {
			v, n = spelledAt(ts, i)
			if n == 0 || ts[i].low == "one" {
				return Quantity{}, 0
			}
			// "the two leaders": a reference, not a count.
			if i > 0 && (ts[i-1].low == "the" || ts[i-1].low == "these" || ts[i-1].low == "those" || ts[i-1].low == "both") {
				return Quantity{}, 0
			}
		}
	}
	j := i + n
	if j < len(ts) && ts[j].clean() {
		if m, ok := multipliers[ts[j].low]; ok && qual == "" {
			v *= m
			j++
		}
	}
	q := Quantity{Value: v}
	// Unit: "%", "420-mile", "430 miles", "nautical miles", "per cent".
	if currency != "" {
		q.Kind, q.Unit, q.Normalized = Money, currency, Value{v, currency}
	} else if j < len(ts) && ts[j].text == "%" {
		q.Kind, q.Unit, q.Normalized = Percent, "%", Value{v, "%"}
		j++
	} else if j < len(ts) && speedUnits[ts[j].low] && (ts[j].clean() || ts[j].hyphenated()) {
		return Quantity{}, j + 1 - start // "40 knots", "80 mph": a speed
	} else if u, k := unitAt(ts, j); k > 0 && qual == "" {
		q.Kind, q.Unit, q.Normalized = u.kind, u.name, Value{v * u.factor, u.norm}
		hy := ts[j].hyphenated()
		j += k
		if u.kind == Duration && j < len(ts) && ts[j].low == "old" && (ts[j].clean() || ts[j].hyphenated()) {
			return Quantity{}, j + 1 - start // "87-year-old", "85 years old": an age, not a span of the story
		}
		if n := speedAfter(ts, j); n > 0 && (u.kind == Distance || u.kind == Duration) {
			return Quantity{}, j + n - start // "80 km/h", "74 kilometres an hour"
		}
		if hy { // "420-mile trip": the noun after is what is measured
			q.About = nounAfter(s, ts, j)
		}
		if u.kind == Distance && j < len(ts) && ts[j].clean() {
			// "400 metres long": the size of a thing; "3,800 metres
			// down": a depth, unless "down" leads a way ("down the
			// coast").
			if dimensions[ts[j].low] && !(ts[j].low == "down" && j+1 < len(ts) && determiners[ts[j+1].low]) {
				q.About = ts[j].low
			} else if j+1 < len(ts) && ts[j+1].clean() && dimensions[ts[j].low+" "+ts[j+1].low] {
				q.About = ts[j].low + " " + ts[j+1].low
			}
		}
	} else {
		k := j
		if qual != "" && k < len(ts) && ts[k].low == "of" {
			k++
		}
		about := nounAfter(s, ts, k)
		if about == "" || v != math.Trunc(v) {
			// No noun, or a fraction ("a 7.8-magnitude quake", "magnitude
			// 7.8 struck"): a measure, not a count.
			return Quantity{}, 0
		}
		q.Kind, q.Unit, q.Normalized, q.About = Count, "count", Value{v, "count"}, about
	}
	// Hedges before and after.
	if qual == "" {
		for k, h := range qualifiersBefore {
			if w := qualifiersBeforeWords[k]; start >= len(w) && matchWords(ts, start-len(w), w) {
				qual = h
				break
			}
		}
		for k, h := range qualifiersAfter {
			if w := qualifiersAfterWords[k]; matchWords(ts, j, w) {
				if qual != "" {
					qual += " … "
				}
				qual += h
				j += len(w)
				break
			}
		}
	}
	q.Qualifier = qual
	if q.Kind == Distance && q.About == "" {
		// "at a depth of roughly 13,000 feet": the size of a thing.
		b := start
		if qual != "" {
			for k, h := range qualifiersBefore {
				if h == qual {
					if w := qualifiersBeforeWords[k]; matchWords(ts, start-len(w), w) {
						b -= len(w)
					}
					break
				}
			}
		}
		if b >= 2 && ts[b-1].low == "of" && ts[b-1].clean() && measureNouns[ts[b-2].low] {
			q.About = ts[b-2].low
		} else if b >= 1 && ts[b-1].low == "at" && (q.Unit == "foot" || q.Unit == "m") {
			// "cruising at 35,000 feet", "at about 4,000 metres": a height
			// or depth.
			q.About = "height"
		}
	}
	q.Start, q.End = int32(ts[start].start), int32(ts[j-1].end)
	return q, j - start
}

// matchWords reports whether the lower-case words w are at ts[i:].
func matchWords(ts []tok, i int, w []string) bool {
	if i < 0 || i+len(w) > len(ts) {
		return false
	}
	for k, x := range w {
		if ts[i+k].low != x || (k > 0 && !ts[i+k].clean()) {
			return false
		}
	}
	return true
}

// unitAt returns the unit at ts[i] (one or two words) and the tokens used.
func unitAt(ts []tok, i int) (unit, int) {
	if i >= len(ts) || !(ts[i].clean() || ts[i].hyphenated()) {
		return unit{}, 0
	}
	if i+1 < len(ts) && ts[i+1].clean() {
		if u, ok := units[ts[i].low+" "+ts[i+1].low]; ok {
			return u, 2
		}
	}
	if u, ok := units[ts[i].low]; ok {
		if ts[i].low == "won" && !ts[i].clean() {
			return unit{}, 0
		}
		return u, 1
	}
	return unit{}, 0
}

// joinWords returns the words of ts joined by single spaces: a slice of
// s when only single spaces separate them.
func joinWords(s string, ts []tok) string {
	if len(ts) == 0 {
		return ""
	}
	for k := 1; k < len(ts); k++ {
		if ts[k].gap != " " {
			w := make([]string, len(ts))
			for j := range ts {
				w[j] = ts[j].text
			}
			return strings.Join(w, " ")
		}
	}
	return s[ts[0].start:ts[len(ts)-1].end]
}

// nounAfter returns the words after a number up to a stop word or
// punctuation (at most 3): "North Koreans", "trip", "people".
func nounAfter(s string, ts []tok, i int) string {
	n := 0 // words taken: ts[i:i+n]
	for k := i; k < len(ts) && n < 3; k++ {
		if ts[k].num || ts[k].sym || stopWords[ts[k].low] || (k > i && !ts[k].clean() && !ts[k].hyphenated()) {
			break
		}
		if k == i && !(ts[k].clean() || ts[k].hyphenated()) {
			break
		}
		n++
		// A plural ends the noun phrase ("North Koreans work").
		if l := ts[k].low; (strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && len(l) > 3) || pluralNouns[l] {
			break
		}
		if n == 2 {
			break
		}
	}
	return joinWords(s, ts[i:i+n])
}

// pluralNouns are plurals without a final s.
var pluralNouns = map[string]bool{"people": true, "children": true, "men": true, "women": true, "police": true,
	"personnel": true, "staff": true, "cattle": true}

// notNames are capitalised words that are not names of places or people.
var notNames = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "It": true, "He": true, "She": true,
	"They": true, "This": true, "That": true, "But": true, "And": true, "After": true, "Before": true,
	"While": true, "When": true, "As": true, "If": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true, "President": true, "Mr": true,
	"Interestingly": true, "However": true, "Earlier": true, "Last": true, "Both": true, "His": true, "Her": true,
}

// locative are the words before a place name: "from Pyongyang", "northeast
// of Pyongyang", "between Moscow and Omsk". Names after other words ("Kim
// traveled") are more often people.
var locative = map[string]bool{"from": true, "to": true, "of": true, "in": true, "at": true, "near": true,
	"between": true, "and": true, "via": true, "toward": true, "towards": true, "into": true, "outside": true,
	"across": true, "reach": true, "reached": true, "reaching": true, "leave": true, "left": true}

// namesNear returns the capitalised names (runs of capitalised words)
// after a locative word within window tokens of the byte range [start,
// end), without possessive 's or months.
func namesNear(s string, ts []tok, start, end, window int) []string {
	first, last := -1, -1
	for k, t := range ts {
		if t.start >= start && first < 0 {
			first = k
		}
		if t.end <= end {
			last = k
		}
	}
	if first < 0 {
		return nil
	}
	lo, hi := max(0, first-window), min(len(ts)-1, last+window)
	var out []string
	for k := lo; k <= hi; k++ {
		if k >= first && k <= last {
			continue
		}
		t := ts[k]
		if !t.capitalised() || notNames[t.text] || months[t.text] > 0 || k == 0 || !locative[ts[k-1].low] {
			continue
		}
		k0 := k
		for k+1 <= hi && ts[k+1].capitalised() && ts[k+1].clean() && !notNames[ts[k+1].text] &&
			!strings.HasSuffix(ts[k].text, "'s") && !strings.HasSuffix(ts[k].text, "’s") {
			k++
		}
		n := joinWords(s, ts[k0:k+1])
		n = strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
		seen := false
		for _, o := range out {
			if o == n {
				seen = true
			}
		}
		if !seen {
			out = append(out, n)
		}
	}
	return out
}
