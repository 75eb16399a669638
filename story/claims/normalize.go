package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// A token is one normalised word of a sentence, with the byte range of the
// word in the sentence it came from.
type token struct {
	word       string // normalised: lower case, folded, stemmed, synonyms mapped
	start, end int    // byte range in the sentence
	stop       bool   // a stop word
}

// foldRune folds r as the geoparser does (story/geoparse/fold.Rune, the one
// home of the fold): lower case, no diacritics, "ß" → "ss"; "" for runes
// that are not part of a word.
func foldRune(r rune) string { return fold.Rune(r) }

// isApostrophe reports whether r is a straight or curly apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize splits s into normalised words. Dotted acronyms ("U.S.") become
// one word ("us" is mapped to "usa"), possessive "'s" is dropped, hyphens
// split words ("far-eastern" is "far", "east"), digit groups are joined
// ("2,500" is "2500").
func tokenize(s string, dst []token) []token { return tokenizeIntern(s, dst, nil) }

// internWord is what tokenizeIntern makes of a word as read (folded, with
// any apostrophe): its normalised form, and whether it is a stop word.
type internWord struct {
	word string // "" for a word that normalises to nothing ("'s")
	stop bool
}

// normalizeWord is the normalised form of the word b as read, and whether
// it is a stop word; acronym says that b was read as a dotted acronym.
func normalizeWord(b string, acronym bool) internWord {
	w := b
	if n := strings.IndexByte(w, '\''); n >= 0 {
		w = w[:n] // possessive or contraction: keep the stem
	}
	if w == "" {
		return internWord{}
	}
	if acronym && w == "us" {
		w = "usa"
	}
	stop := stopWords[w]
	if !stop {
		w = stem(w)
	}
	return internWord{word: w, stop: stop}
}

// tokenizeIntern is tokenize with a map of the words seen so far and what
// they normalise to (nil for none), which saves allocating a string for
// each word again, and stemming it again.
func tokenizeIntern(s string, dst []token, intern map[string]internWord) []token {
	var arr [64]byte
	b := arr[:0]
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		f := foldRune(r)
		if f == "" {
			i += size
			continue
		}
		start := i
		b = b[:0]
		end := i
		acronym := false
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if f = foldRune(r); f != "" {
				b = append(b, f...)
				i += size
				end = i
				continue
			}
			// Apostrophe inside a word: keep for now, drop "'s" below.
			if isApostrophe(r) && i+size < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+size:]); foldRune(r2) != "" {
					b = append(b, '\'')
					i += size
					continue
				}
			}
			// "2,500": a comma or dot between digits.
			if (r == ',' || r == '.') && i+1 < len(s) && len(b) > 0 {
				last := b[len(b)-1]
				if last >= '0' && last <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
					if r == '.' {
						b = append(b, '.')
					}
					i++
					continue
				}
			}
			// "U.S.", "U.N.": single letters separated by dots.
			if r == '.' && i+1 < len(s) && (acronym || (len(b) == 1 && !(b[0] >= '0' && b[0] <= '9'))) {
				r2, s2 := utf8.DecodeRuneInString(s[i+1:])
				if f2 := foldRune(r2); f2 != "" && !(f2[0] >= '0' && f2[0] <= '9') {
					after := i + 1 + s2
					if after >= len(s) || foldRune(firstRune(s[after:])) == "" {
						acronym = true
						b = append(b, f2...)
						i = after
						end = i
						if i < len(s) && s[i] == '.' {
							i++
							end = i
						}
						continue
					}
				}
			}
			break
		}
		var nw internWord
		switch {
		case intern == nil || acronym:
			nw = normalizeWord(string(b), acronym)
		default:
			var ok bool
			if nw, ok = intern[string(b)]; !ok {
				k := string(b)
				nw = normalizeWord(k, false)
				intern[k] = nw
			}
		}
		if nw.word == "" {
			continue
		}
		dst = append(dst, token{word: nw.word, start: start, end: end, stop: nw.stop})
	}
	return joinPhrases(dst)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isDigitString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// phrases are two-word names folded into one word; keys are written as
// plain words and stemmed at start-up.
var phrases = func() map[[2]string]string {
	m := map[[2]string]string{}
	for _, p := range [][3]string{
		{"united", "states", "usa"},
		{"white", "house", "whitehouse"},
		{"covid", "19", "pandemic"},
		{"far", "east", "fareast"},
		{"far", "eastern", "fareast"},
		{"news", "agency", "agency"},
		{"state", "media", "statemedia"},
		{"prime", "minister", "primeminister"},
	} {
		m[[2]string{stem(p[0]), stem(p[1])}] = p[2]
	}
	return m
}()

// joinPhrases folds the two-word names of phrases into one token.
func joinPhrases(ts []token) []token {
	out := ts[:0]
	for i := 0; i < len(ts); i++ {
		// "Kim Jong Un" is one name.
		if i+2 < len(ts) && ts[i].word == "kim" && ts[i+1].word == "jong" && ts[i+2].word == "un" {
			out = append(out, token{word: "kim", start: ts[i].start, end: ts[i+2].end})
			i += 2
			continue
		}
		if i+1 < len(ts) {
			if w, ok := phrases[[2]string{ts[i].word, ts[i+1].word}]; ok {
				if w != "" {
					out = append(out, token{word: w, start: ts[i].start, end: ts[i+1].end})
				} else if len(out) > 0 {
					out[len(out)-1].end = ts[i+1].end
				}
				i++
				continue
			}
		}
		out = append(out, ts[i])
	}
	return out
}

// stem reduces an inflected word to a light stem, then maps news synonyms
// to one word ("told" and "announced" are "say").
func stem(w string) string {
	if s, ok := synonyms[w]; ok {
		return s
	}
	if isDigitString(w) || len(w) <= 3 {
		return w
	}
	s := w
	switch {
	case strings.HasSuffix(s, "ies") && len(s) > 4:
		s = s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "sses"):
		s = s[:len(s)-2]
	case strings.HasSuffix(s, "ss"), strings.HasSuffix(s, "us"), strings.HasSuffix(s, "is"):
	case strings.HasSuffix(s, "s"):
		s = s[:len(s)-1]
	}
	switch {
	case strings.HasSuffix(s, "ing") && len(s) > 5:
		s = undouble(s[:len(s)-3])
	case strings.HasSuffix(s, "ed") && len(s) > 4:
		s = undouble(s[:len(s)-2])
	case strings.HasSuffix(s, "ation") && len(s) > 7:
		s = s[:len(s)-5]
	case strings.HasSuffix(s, "ly") && len(s) > 5:
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "e") && len(s) > 4 {
		s = s[:len(s)-1]
	}
	if v, ok := synonyms[s]; ok {
		return v
	}
	return s
}

// undouble turns "stopp" into "stop".
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiousl", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}

// synonymGroups lists common news words that report the same thing. Each
// word (and the stems listed) maps to the group's first word.
var synonymGroups = [][]string{
	{"say", "said", "says", "saying", "told", "tell", "tells", "telling", "stated", "stating", "announced",
		"announce", "announces", "announcing", "announcement", "announc", "reported", "reporting", "report", "reports",
		"according", "accord", "confirmed", "confirm", "confirms", "confirming", "statement", "statements",
		"declared", "declare", "added", "claimed", "claim", "claims", "stat"},
	{"meet", "meets", "meeting", "meetings", "met", "summit", "summits", "talks", "talk", "talked",
		"negotiation", "negotiations", "negoti", "convene", "convened", "conven", "rendezvous"},
	{"arms", "weapon", "weapons", "ammunition", "munitions", "armament", "armaments"},
	{"trip", "trips", "visit", "visits", "visited", "visiting", "journey", "journeys", "travel", "travels",
		"traveled", "travelled", "venture", "ventur"},
	{"abroad", "international", "foreign", "overseas", "internation"},
	{"war", "wars", "invasion", "conflict", "conflicts", "assault", "offensive", "fighting"},
	{"warn", "warned", "warns", "warning", "caution", "cautioned", "cautions", "caut"},
	{"supply", "supplies", "supplied", "supplying", "provide", "provided", "provides", "providing", "provid",
		"deliver", "delivered", "delivering", "deliveri"},
	{"seek", "seeks", "seeking", "sought", "want", "wants", "wanted", "interested", "interest"},
	{"country", "countries", "nation", "nations"},
	{"russia", "russian", "russians"},
	{"korea", "korean", "koreans"},
	{"ukraine", "ukrainian", "ukrainians"},
	{"usa", "american", "americans", "america"},
	{"china", "chinese"},
	{"pandemic", "covid", "coronavirus"},
	{"east", "eastern"},
	{"west", "western"},
	{"north", "northern"},
	{"south", "southern"},
	{"come", "coming", "upcoming"},
	// a craft or person lost ("vanished", "disappeared", "went missing")
	// and people killed ("killed", "died", "dead")
	{"missing", "vanish", "vanished", "vanishes", "vanishing", "disappear", "disappeared", "disappears",
		"disappearing", "disappearance"},
	{"dead", "died", "die", "dies", "dying", "death", "deaths", "killed", "kill", "kills", "killing"},
	{"day", "days"},
}

var synonyms = func() map[string]string {
	m := map[string]string{}
	for _, g := range synonymGroups {
		for _, w := range g {
			m[w] = g[0]
		}
	}
	return m
}()

// stopWords are function words that carry no claim. Not the stopword list
// of story/geoparse or story/quantity, on purpose: those stop a capitalised
// name ("according", "first", "officials") or a counted phrase ("times",
// "percent"), words a claim's key keeps; this one also drops contraction
// fragments ("don", "t") and reflexive pronouns ("himself").
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are aren as at be
because been before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should
so some such than that the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours yourself
yourselves may might must shall upon within without via per whether though although however yet still even
mr mrs ms s t n don didn doesn isn wasn weren won wouldn couldn shouldn can't it's one's onto amid among
since ago`) {
		m[w] = true
	}
	return m
}()
