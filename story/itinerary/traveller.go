package itinerary

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storylens/storylens/internal/lexicon"
)

// Who travels. Trips are per traveller: a story about a summit often tells
// two leaders' journeys, which must not chain into one.

// personSkip are capitalised words that are not part of a traveller's name:
// titles, function words that open sentences, and generic subjects.
var personSkip = words("president vice prime minister mr mrs ms dr sir king queen prince princess emperor pope " +
	"chancellor premier governor mayor senator secretary chairman leader general admiral foreign defence " +
	"defense deputy envoy ambassador spokesman spokeswoman officials official state supreme " +
	"the a an on in at after before during when while then later earlier and but as by from to for with " +
	"last next this that his her their its he she they it we after air force one according there here photo " +
	"video related " +
	// quantities and groups that open a sentence ("Thousands had waited")
	"thousands hundreds millions dozens tens scores crowds fans witnesses survivors passengers migrants " +
	"refugees pilgrims protesters residents reporters journalists police " +
	// time zones after a clock time ("21:37 CET — The train leaves ...")
	"utc gmt cet cest eet eest wet bst ist est edt cst cdt mst mdt pst pdt jst kst aest aedt msk")

// titles come before a name; a capitalised word right before one ("Indian
// Prime Minister ...") is not the name. They are internal/lexicon's person
// titles without "head" and "chair", which after a name are its verb
// ("Macron and Xi head to the Pyrenees").
var titles = set(lexicon.PersonTitles("head", "chair"))

// subjectTitles are the title nouns that, after "the", stand for a person
// named with that title before ("the president" after "President Joe
// Biden"); a title of several words is known by its last ("the prime
// minister": minister).
var subjectTitles = words("president minister king queen prince princess emperor pope pontiff chancellor " +
	"premier governor mayor senator secretary chairman envoy ambassador sheikh emir sultan")

// titleAux may stand between a title subject and its movement word ("the
// president then flew", "the pope had travelled").
var titleAux = words("then later also finally had has have was were is are will would")

// titledNames are the people a sentence names right after a title word
// ("US President Joe Biden": president, [joe biden]), in text order.
func titledNames(text string, toks []token) []titled {
	var out []titled
	for j := 0; j+1 < len(toks); j++ {
		t := toks[j]
		if !t.cap || !subjectTitles[t.w] || toks[j+1].brk {
			continue
		}
		hi := j
		for k := j + 1; k < len(toks) && k <= j+4; k++ {
			n := toks[k]
			if !n.cap || n.place >= 0 || (k > j+1 && n.brk) || personSkip[trimPossessive(n.w)] || isDateWord(n.w) {
				break
			}
			hi = k
		}
		if hi > j {
			out = append(out, titled{title: t.w, key: runKey(toks, j+1, hi), txt: text[toks[j+1].lo:toks[hi].hi]})
			j = hi
		}
	}
	return out
}

// titled is a person named with a title.
type titled struct {
	title string
	key   []string
	txt   string
}

// titleSubject is the title noun of a subject "the <title>" right before
// the movement word at token c ("the president reached", "the prime
// minister then flew"), over at most two words of titleAux, in c's
// clause; "" when there is none.
func titleSubject(toks []token, c int) string {
	if c <= 0 || c >= len(toks) {
		return ""
	}
	j := c - 1
	for n := 0; n < 2 && j >= 0 && titleAux[toks[j].w] && !toks[j+1].brk; n++ {
		j--
	}
	if j < 1 || toks[j+1].brk || !subjectTitles[toks[j].w] {
		return ""
	}
	k := j - 1
	if k >= 1 && titles[toks[k].w] && !toks[j].brk { // "the prime minister"
		k--
	}
	if toks[k].w != "the" || toks[k+1].brk {
		return ""
	}
	return toks[j].w
}

// groupNouns are vehicles and groups that a capitalised adjective can
// describe ("the Indian motorcade", "a Russian delegation").
var groupNouns = words("motorcade convoy delegation delegations plane aircraft jet jets team officials troops " +
	"forces government side party delegates entourage navy army vessel ship ships warship warships flotilla")

// reportWords follow a speaker, who is not the traveller ("X said the
// visit ...").
var reportWords = words("said says told announced reported stated added confirmed")

// objectPreps before a capitalised run make it an object, not a subject.
var objectPreps = words("from in at to into for with by via of")

// objectPronouns after a name and before the cue show the name acting on
// the traveller ("X greeted him before a motorcade took him").
var objectPronouns = words("him her them")

// pronouns are words and generic subjects that refer back to the last
// traveller named in the article.
var pronouns = words("he she they his her their")

// subject returns the traveller named before token cue, as lower-case
// words and as written: the first capitalised run of the cue's clause (from
// the last punctuation before it), else the run closest before the clause
// ("President Joe Biden flew", "Putin's plane landed", "Modi had hugged
// Vladimir Putin during a visit" is Modi). A run is no traveller when a
// reporting verb follows it ("The Ministry of External Affairs said ... the
// visit"), when it is the object of a preposition ("From Rio Biden flew":
// Rio is dropped, Biden stays), or when it is a lone first word of the
// sentence that the articles never capitalise elsewhere ("Commercial
// flights"); known(w) tells that (nil: every word is known). It returns
// nil when a pronoun comes first ("He flew", "His plane landed") or no name
// is found ("The minister flew"): the caller then takes the article's last
// traveller.
func subject(text string, toks []token, cue int, known func(string) bool) (key []string, surface string) {
	key, surface, _ = subjectAt(text, toks, cue, known)
	return key, surface
}

// subjectIn is subject at the first cue of toks[lo:hi], else at the next
// ones while no pronoun and no name is found ("France is the first stop on
// Xi's first visit": Xi, before "visit").
func subjectIn(text string, toks []token, lo, hi int, known func(string) bool) ([]string, string) {
	for j := max(lo, 0); j < hi && j < len(toks); j++ {
		if !cues[toks[j].w] || nounAfterDeterminer(toks, j) {
			continue
		}
		k, txt, pron := subjectAt(text, toks, j, known)
		if k != nil || pron {
			return k, txt
		}
	}
	return subject(text, toks, lo, known)
}

// subjectAt is subject; pron tells that a pronoun came first.
func subjectAt(text string, toks []token, cue int, known func(string) bool) (key []string, surface string, pron bool) {
	cue = min(cue, len(toks))
	isName := func(t token) bool {
		return t.cap && t.place < 0 && !personSkip[trimPossessive(t.w)] && !isDateWord(t.w)
	}
	cs := 0 // the cue's clause starts here
	for j := cue; j > 0; j-- {
		if j < len(toks) && toks[j].brk {
			cs = j
			break
		}
	}
	type run struct{ lo, hi int } // inclusive token range
	var runs []run
	pronAt := -1 // first pronoun of the clause
	for j := 0; j < cue; j++ {
		if pronouns[toks[j].w] && j >= cs && pronAt < 0 {
			pronAt = j
		}
		if !isName(toks[j]) {
			continue
		}
		if n := len(runs); n > 0 && runs[n-1].hi == j-1 && !toks[j].brk {
			runs[n-1].hi = j
		} else {
			runs = append(runs, run{j, j})
		}
	}
	valid := func(r run) (run, bool) {
		// "Chinese President Xi Jinping": a run right before a title
		// describes the name that follows it
		if r.hi+1 < len(toks) && titles[toks[r.hi+1].w] && !toks[r.hi+1].brk {
			return r, false
		}
		// "St Giles' Cathedral", "the Bow Room": a building, not a person
		if venueNouns[trimPossessive(toks[r.hi].w)] || toks[r.hi].w == "room" {
			return r, false
		}
		// "the Indian motorcade drove": an adjective of a vehicle or a
		// group, whose traveller is the one told before
		if r.hi+1 < len(toks) && groupNouns[toks[r.hi+1].w] && trimPossessive(toks[r.hi].w) == toks[r.hi].w {
			return r, false
		}
		for k := r.hi + 1; k < cue && k <= r.hi+3; k++ {
			if reportWords[toks[k].w] {
				return r, false
			}
		}
		// "touched down in the South Pacific": after a preposition and
		// "the", a place or a thing, never a person
		if r.lo > 1 && toks[r.lo-1].w == "the" && objectPreps[toks[r.lo-2].w] && !toks[r.lo].brk && !toks[r.lo-1].brk {
			return r, false
		}
		// "rode a Tatra express train", "an Air Lanka flight": a name after
		// "a" / "an" and before a vehicle noun names the vehicle
		if r.lo > 0 && (toks[r.lo-1].w == "a" || toks[r.lo-1].w == "an") && !toks[r.lo].brk && vehicleWithin(toks, r.hi, 2) {
			return r, false
		}
		// "After the Mass the pope was to fly", "the Vatican": one
		// capitalised word after "the" is a thing or a body, not a person
		if r.lo == r.hi && r.lo > 0 && toks[r.lo-1].w == "the" && !toks[r.lo].brk {
			return r, false
		}
		if r.lo > 0 && !toks[r.lo].brk && objectPreps[toks[r.lo-1].w] {
			if r.lo == r.hi {
				return r, false
			}
			r.lo++
		}
		w := toks[r.lo].w
		if r.lo == 0 && r.lo == r.hi && known != nil && trimPossessive(w) == w && !known(w) {
			return r, false
		}
		return r, true
	}
	out := func(r run) ([]string, string, bool) {
		return runKey(toks, r.lo, r.hi), text[toks[r.lo].lo:toks[r.hi].hi], false
	}
	// "Before crossing into Serbia, Orbán will spend a day in Budapest":
	// the subject of an opening participle clause is the main clause's,
	// told right after the comma
	if b := participleClauseEnd(toks, cs, cue); b > 0 {
		if pronouns[toks[b].w] {
			return nil, "", true
		}
		lo := b
		for lo < len(toks) && personSkip[toks[lo].w] && (lo == b || !toks[lo].brk) {
			lo++ // "After landing, President X ..."
		}
		hi := lo - 1
		for hi+1 < len(toks) && isName(toks[hi+1]) && (hi+1 == lo || !toks[hi+1].brk) {
			hi++
		}
		if hi >= lo {
			if v, ok := valid(run{lo, hi}); ok {
				return out(v)
			}
		}
	}
	for _, r := range runs {
		if r.hi < cs {
			continue
		}
		if pronAt >= 0 && pronAt < r.lo {
			return nil, "", true
		}
		if v, ok := valid(r); ok {
			return out(v)
		}
	}
	if pronAt >= 0 {
		return nil, "", true
	}
	for i := len(runs) - 1; i >= 0; i-- {
		if r := runs[i]; r.hi < cs {
			if v, ok := valid(r); ok {
				return out(v)
			}
		}
	}
	return nil, "", false
}

// participleOpeners open a participle clause at the start of a sentence
// ("Before leaving X, ...", "After landing in X, ...").
var participleOpeners = words("before after while on upon since when")

// participleClauseEnd is the first token after the comma of a sentence
// that opens with a participle clause holding the cue at toks[cue]
// ("Before crossing into X, NAME ..."), or -1. cs is where the cue's clause
// starts (0: the sentence's first clause).
func participleClauseEnd(toks []token, cs, cue int) int {
	if cs != 0 || cue < 1 || cue > 2 || cue >= len(toks) || !participleOpeners[toks[0].w] ||
		!strings.HasSuffix(toks[cue].w, "ing") {
		return -1
	}
	for b := cue + 1; b < len(toks) && b <= cue+10; b++ {
		if toks[b].brk {
			return b
		}
	}
	return -1
}

// vehicleWithin is true when a vehicle noun comes in the n words after
// token e, in its clause ("Tatra express train").
func vehicleWithin(toks []token, e, n int) bool {
	for j := e + 1; j < len(toks) && j <= e+n; j++ {
		if toks[j].brk {
			return false
		}
		if vehicleNouns[toks[j].w] {
			return true
		}
	}
	return false
}

// nameWords tells which words the articles capitalise other than as the
// first word of a sentence or clause, or use to open at least two
// sentences: those can be names when they open one. The articles are read
// once, on the first question, into the set of such words.
type nameWords struct {
	docs  []Doc
	names map[string]bool // capitalised words known as names
}

func (n *nameWords) known(w string) bool {
	if n.names == nil {
		n.index()
	}
	r, sz := utf8.DecodeRuneInString(w)
	return n.names[string(unicode.ToUpper(r))+w[sz:]]
}

// index reads every sentence once: a capitalised word (a maximal run of
// letters and digits) is a name when some occurrence stands mid-sentence
// (after a word and a separator, see midSentence) or when two sentences
// open with it.
func (n *nameWords) index() {
	n.names = map[string]bool{}
	opens := map[string]int{}
	for _, d := range n.docs {
		for _, s := range d.Sentences {
			text := s.Text
			for i := 0; i < len(text); {
				r, sz := utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r) {
					i += sz
					continue
				}
				j := i + sz
				for j < len(text) {
					r2, sz2 := utf8.DecodeRuneInString(text[j:])
					if !isWordRune(r2) {
						break
					}
					j += sz2
				}
				if unicode.IsUpper(r) {
					word := text[i:j]
					switch {
					case i == 0:
						if opens[word]++; opens[word] >= 2 {
							n.names[word] = true
						}
					case midSentence(text[:i]):
						n.names[word] = true
					}
				}
				i = j
			}
		}
	}
}

// midSentence is true when the text before a word ends in a word and a
// separator (space, hyphen, apostrophe), not in punctuation that opens a
// sentence or clause, and not inside a longer word.
func midSentence(before string) bool {
	t := strings.TrimRightFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '\'' || r == '’' })
	if len(t) == len(before) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return isWordRune(r)
}

func runKey(toks []token, lo, hi int) []string {
	var out []string
	for k := lo; k <= hi; k++ {
		out = append(out, trimPossessive(toks[k].w))
	}
	return out
}

func isDateWord(w string) bool {
	w = trimPossessive(w)
	_, wd := weekdays[w]
	_, mo := months[w]
	return wd || mo
}

// inName is true when token j is a capitalised word right after another
// capitalised one: part of a name ("the Northern Land Council", "Grand
// Tour"), not a movement word.
func inName(toks []token, j int) bool {
	return j > 0 && toks[j].cap && toks[j-1].cap && !toks[j].brk && toks[j].place < 0
}

// firstCue is the index of the first movement cue in toks[lo:hi], or lo
// ("its sails" is no cue, nor "Land" in "the Northern Land Council").
func firstCue(toks []token, lo, hi int) int {
	for j := max(lo, 0); j < hi && j < len(toks); j++ {
		if cues[toks[j].w] && !nounAfterDeterminer(toks, j) && !inName(toks, j) && !leads(toks, j) {
			return j
		}
	}
	return lo
}

// headWords are the forms of "head", a movement ("heads to X", "headed
// home") or a lead ("heads a farmers' union").
var headWords = words("head heads headed heading")

// leads is true for a form of "head" at toks[j] that leads a group rather
// than moves: a determiner or "of" right after it ("who heads an
// association", "headed the delegation", "heads of state").
func leads(toks []token, j int) bool {
	if !headWords[toks[j].w] || j+1 >= len(toks) || toks[j+1].brk {
		return false
	}
	n := toks[j+1].w
	return determiners[n] || n == "of"
}

// canonicalTravellers gives each hop a canonical traveller key: a one-word name
// ("Putin") joins the most frequent longer name that contains it
// ("Vladimir Putin"); hops with no name keep "" until assignTravellers.
// It returns the display name of each key (the longest written form).
func canonicalTravellers(hs []hop) map[string]string {
	runs := map[string]int{}
	for _, h := range hs {
		if len(h.person) > 1 {
			runs[strings.Join(h.person, " ")]++
		}
	}
	// word -> most frequent run containing it (ties: alphabetical)
	byWord := map[string]string{}
	keys := make([]string, 0, len(runs))
	for k := range runs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, w := range strings.Fields(k) {
			if b, ok := byWord[w]; !ok || runs[k] > runs[b] {
				byWord[w] = k
			}
		}
	}
	display := map[string]string{}
	for i := range hs {
		h := &hs[i]
		if len(h.person) == 0 {
			continue
		}
		k := strings.Join(h.person, " ")
		if len(h.person) == 1 {
			if r, ok := byWord[k]; ok {
				k = r
			}
		}
		h.traveller = k
		if txt := trimPossessive(h.personText); len(txt) > len(display[k]) {
			display[k] = txt
		}
	}
	return display
}

// assignTravellers gives hops without a traveller the traveller of a hop
// with the same origin and destination, else of a hop reaching the same
// place, else the traveller with the most hops.
func assignTravellers(hs []hop) {
	count := map[string]int{}
	byKey := map[string]string{}
	byTo := map[string]string{}
	for _, h := range hs {
		if h.traveller == "" {
			continue
		}
		count[h.traveller]++
		if k := h.key(); k != "" && byKey[k] == "" {
			byKey[k] = h.traveller
		}
		if h.to != nil && byTo[h.to.PlaceID] == "" {
			byTo[h.to.PlaceID] = h.traveller
		}
	}
	top, n := "", 0
	for t, c := range count {
		if c > n || c == n && t < top {
			top, n = t, c
		}
	}
	for i := range hs {
		h := &hs[i]
		if h.traveller != "" {
			continue
		}
		switch {
		case h.key() != "" && byKey[h.key()] != "":
			h.traveller = byKey[h.key()]
		case h.to != nil && byTo[h.to.PlaceID] != "":
			h.traveller = byTo[h.to.PlaceID]
		default:
			h.traveller = top
		}
	}
}

// samePerson is true for equal names, or a one-word name and a longer name
// containing it ("Xi", "Xi Jinping").
func samePerson(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == len(b) {
		return slices.Equal(a, b)
	}
	return len(a) == 1 && slices.Contains(b, a[0])
}

// joinCompanions gives the main traveller's key to the hops of every other
// traveller whose places are all places the main traveller reaches or
// leaves, or two or more of them and two thirds of its settlements and
// venues, counting only their moves within gap of a move of the main
// traveller; those moves join (one years before stays theirs): a reporter
// who "went along", a host who "flew with him", a time zone or a crowd read
// as a name. Someone who comes from elsewhere (another leader flying in
// from their own capital) keeps their own trip.
func joinCompanions(hs []hop, gap time.Duration) {
	main := mainTraveller(hs)
	var mainWhen []time.Time // sorted
	for _, h := range hs {
		if h.traveller == main && !h.when.IsZero() {
			mainWhen = append(mainWhen, h.when)
		}
	}
	sort.Slice(mainWhen, func(i, j int) bool { return mainWhen[i].Before(mainWhen[j]) })
	// near: within gap of a move of the main traveller (undated: yes)
	near := func(t time.Time) bool {
		if t.IsZero() {
			return true
		}
		k := sort.Search(len(mainWhen), func(i int) bool { return !mainWhen[i].Before(t.Add(-gap)) })
		return k < len(mainWhen) && !mainWhen[k].After(t.Add(gap))
	}
	places := map[string]map[string]bool{} // traveller -> place id -> the place is an area
	for _, h := range hs {
		if h.traveller != main && !near(h.when) {
			continue
		}
		if places[h.traveller] == nil {
			places[h.traveller] = map[string]bool{}
		}
		for _, m := range []*Mention{h.from, h.to} {
			if m != nil {
				places[h.traveller][m.PlaceID] = coarseKinds[m.Kind] || m.Kind == "continent"
			}
		}
	}
	join := map[string]bool{}
	for w, ps := range places {
		if w == main || len(ps) == 0 {
			continue
		}
		shared, fine := 0, 0
		for id, coarse := range ps {
			if _, ok := places[main][id]; ok {
				shared++
			}
			if !coarse {
				fine++
			}
		}
		// all its places, or two or more and two thirds of its
		// settlements and venues ("the Holy Father" of a programme that
		// also names a church)
		join[w] = shared == len(ps) || shared >= 2 && 3*shared >= 2*fine
	}
	// a move of theirs at another time (a visit years before) stays theirs
	for i := range hs {
		if join[hs[i].traveller] && near(hs[i].when) {
			hs[i].traveller = main
		}
	}
}
