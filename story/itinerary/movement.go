package itinerary

import (
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// role is what a place is to a movement.
type role int

const (
	roleNone role = iota
	roleFrom      // origin
	roleTo        // destination
	roleVia       // passed through
	roleStop      // stopped at: a destination, or passed through when a destination precedes it
)

// continuation words join a further destination to an earlier one.
var continuation = words("then and on later")

// govWords are the words that can govern a place name (prepositions and
// verbs taking a place as object); a capitalised one still governs ("From").
var govWords = words("from to into toward towards onward for in at via through")

// governor returns the index of the word that governs the place starting at
// token k, walking back over articles, place nouns and capitalised words
// ("to the Russian port city of X"), or -1. It stops at punctuation and at
// another place.
func governor(toks []token, k int) int {
	steps := 0
	for j := k - 1; j >= 0 && steps < 7; j-- {
		if toks[j+1].brk {
			return -1
		}
		t := toks[j]
		if t.place >= 0 && !describesNext(toks, j) {
			return -1
		}
		if govWords[t.w] || originVerbs[t.w] || destVerbs[t.w] {
			return j
		}
		if skip[t.w] || t.cap {
			steps++
			continue
		}
		return j
	}
	return -1
}

// placeNouns name a kind of settlement ("the Amazon city of Manaus").
var placeNouns = words("city town port capital village resort")

// describesNext is true when the place word at toks[j] is the last of a
// place that describes the next one: a place noun and "of" follow it, then
// another place ("the Amazon city of Manaus", "the Black Sea port of
// Odesa").
func describesNext(toks []token, j int) bool {
	p := toks[j].place
	if p < 0 || j+1 < len(toks) && toks[j+1].place == p {
		return false
	}
	k := j + 1
	n := 0
	for k < len(toks) && placeNouns[toks[k].w] && !toks[k].brk {
		k, n = k+1, n+1
	}
	return n > 0 && k+1 < len(toks) && toks[k].w == "of" && !toks[k].brk && toks[k+1].place >= 0 && toks[k+1].place != p
}

// near is true when one of toks[i-n:i] is in s.
func near(toks []token, i, n int, s set) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if s[toks[j].w] {
			return true
		}
	}
	return false
}

// roleOf decides the role of mention mi (first token k, last token e),
// given the roles already decided for earlier mentions; unreal is
// mayBeUnrealised of the sentence.
func roleOf(s Sentence, toks []token, sp [][2]int, roles []role, mi int, hasCue, unreal bool) role {
	k, e := sp[mi][0], sp[mi][1]
	if k < 0 {
		return roleNone
	}
	// "the Lisbon-to-New York flight": a pair joined by "-to-", or by a dash
	// before a vehicle noun.
	if mi > 0 && sp[mi-1][1] >= 0 && hasCue {
		prev := s.Mentions[mi-1]
		if prev.End <= s.Mentions[mi].Start && prev.End >= 0 && s.Mentions[mi].Start <= len(s.Text) {
			between := strings.ToLower(strings.TrimSpace(s.Text[prev.End:s.Mentions[mi].Start]))
			if between == "-to-" || between == "–" || between == "—" || between == "-" {
				if between == "-to-" || vehicleAfter(toks, e) && !lineAfter(toks, e, sp[mi-1][0]) {
					roles[mi-1] = roleFrom
					return roleTo
				}
			}
		}
	}
	// "to Lisbon, Paris and Berlin": a list after a destination goes on,
	// unless it is an enumeration of three or more countries ("invitations
	// go to Argentina, Egypt, Ethiopia and Iran")
	if mi > 0 && roles[mi-1] == roleTo && listAfter(s, mi) && !countryEnumeration(s, mi) {
		if container(s, mi) {
			return roleNone // "to Iqaluit, Nunavut": where Iqaluit is
		}
		return roleTo
	}
	// "to the Amazon city of Manaus": the river tells where the city is
	if e >= 0 && describesNext(toks, e) {
		return roleNone
	}
	// "through Fort Providence and High Level": a list after a place
	// passed through goes on passing through
	if mi > 0 && roles[mi-1] == roleVia && listAfter(s, mi) && !countryEnumeration(s, mi) && !container(s, mi) {
		return roleVia
	}
	gi := governor(toks, k)
	if gi < 0 || inOrgName(s, mi, toks, e) {
		return roleNone
	}
	// "sank 80 km off the town of X", "went down 50 miles from X": where
	// the journey ended; a distance before "from" is a position, no origin
	if incidentAt(toks, gi) {
		return roleTo
	}
	// ... unless "to" and a place follow: "rode the 435 km from X to Y"
	// is the way travelled
	if toks[gi].w == "from" && gi > 0 && distanceUnits[toks[gi-1].w] && !(e+2 < len(toks) && toks[e+1].w == "to" && toks[e+2].place >= 0) {
		return roleNone
	}
	// "he will not go to Goma", "never visited X": no movement; nor "the
	// visit to X was called off", "had been due to fly to X", "could visit X"
	if negated(toks, gi) || unreal && unrealised(toks, gi, e) {
		return roleNone
	}
	w := toks[gi].w
	// "landed on the island of X in Y", "landed at Ramstein in
	// Germany": a country or region right after a place says where it is
	if (w == "in" || w == "at") && gi > 0 && toks[gi-1].place >= 0 && !toks[gi].brk && coarseKinds[s.Mentions[mi].Kind] {
		return roleNone
	}
	switch {
	case (w == "on" || w == "near") && near(toks, gi, 4, arriveWords):
		// "landed on the island of X", "arrived near X"; a country or
		// region just before is where X is ("landed on the peninsula near
		// X")
		if w == "near" && mi > 0 && roles[mi-1] == roleTo && coarseKinds[s.Mentions[mi-1].Kind] {
			roles[mi-1] = roleNone
		}
		return roleTo
	case (w == "toward" || w == "towards") && gi > 0 && figurativeToward[toks[gi-1].w]:
		// "steps towards Israel's integration": no movement
		return roleNone
	case w == "to" || w == "into" || w == "toward" || w == "towards" || w == "onward":
		if near(toks, gi, 8, cues) || tookTo(toks, gi) {
			return roleTo
		}
		// "... to Port Moresby on Friday and then to Dili"
		if near(toks, gi, 2, continuation) && slices.Contains(roles[:mi], roleTo) {
			return roleTo
		}
		// "from X to Y": X's last token right before "to"
		if gi > 0 && toks[gi-1].place >= 0 && roles[toks[gi-1].place] == roleFrom && hasCue {
			return roleTo
		}
	case w == "for":
		if near(toks, gi, 4, forWords) || nearOverTime(toks, gi, 4, forWords) {
			return roleTo
		}
		// "flew out of New Delhi on Sunday for Vietnam": an origin told
		// just before, with a cue
		if mi > 0 && roles[mi-1] == roleFrom && near(toks, gi, 10, cues) && !toks[gi].brk {
			return roleTo
		}
	case w == "out" && gi+1 < len(toks) && toks[gi+1].w == "of":
		// "flew out of X", "were brought out of the cave X"
		if near(toks, gi, 3, cues) || carriedOut(toks, gi) {
			return roleFrom
		}
	case w == "from":
		// "plans for the railway from Lhasa to Chengdu": where a line
		// runs, not a move, unless someone rides it
		if gi > 0 && infraNouns[toks[gi-1].w] && !toks[gi].brk && !rideBefore(toks, gi-1) {
			return roleNone
		}
		if near(toks, gi, 8, cues) {
			return roleFrom
		}
		// "From Lima, the minister continued to Santiago."
		if gi == 0 && hasCue {
			return roleFrom
		}
		// "from X to Y" with a cue elsewhere ("The flight from X to Y")
		if hasCue && e+2 < len(toks) && toks[e+1].w == "to" && toks[e+2].place >= 0 {
			return roleFrom
		}
	case w == "in" || w == "at":
		switch {
		case near(toks, gi, 4, arriveWords) || arrivedOverTime(toks, gi):
			return roleTo
		case toNounIn(toks, gi):
			// "flown by helicopter to the hospital in X"
			return roleTo
		case w == "in" && backIn(toks, gi):
			return roleTo // "was back in the Indian capital": a return
		case beganTrip(toks, gi):
			return roleTo // "began the trip on Friday in Sharm el-Sheikh": its first stop
		case near(toks, gi, 4, stopWords):
			return roleStop
		case w == "at" && near(toks, gi, 6, crossWords):
			return roleVia
		}
	case w == "via":
		if hasCue {
			return roleVia
		}
	case w == "through":
		// "passing through X", "passed through X" ("passing" alone is no
		// movement: "passing the presidency to Brazil")
		if near(toks, gi, 8, cues) || gi > 0 && (toks[gi-1].w == "passing" || toks[gi-1].w == "passed") {
			return roleVia
		}
		// "The drive from X to Y is 1,500 km, through Z": the way of the
		// sentence's move
		if hasCue && slices.Contains(roles[:mi], roleTo) {
			return roleVia
		}
	case originVerbs[w]:
		if w == "left" && gi > 0 && toks[gi-1].w == "the" {
			return roleNone // "on the left"
		}
		return roleFrom
	case destVerbs[w]:
		return roleTo
	}
	return roleNone
}

// forTimeWords are the words of a time phrase that may stand between
// "left X" and "for Y" without counting as words between them ("left Bali
// in the afternoon for Washington", "departed Lima early on Sunday for
// Quito").
var forTimeWords = words("in on at the early late this that morning afternoon evening night " +
	"monday tuesday wednesday thursday friday saturday sunday today tonight yesterday")

// nearOverTime is near over n words before token i, the words of a time
// phrase not counted (forTimeWords; at most 6 of them), never across
// punctuation.
func nearOverTime(toks []token, i, n int, s set) bool {
	counted, skipped := 0, 0
	for j := i - 1; j >= 0 && counted < n; j-- {
		if toks[j+1].brk {
			return false
		}
		if s[toks[j].w] {
			return true
		}
		if forTimeWords[toks[j].w] && toks[j].place < 0 && skipped < 6 {
			skipped++
			continue
		}
		counted++
	}
	return false
}

// clockWords are the words of a clock time or an approximate one ("at
// about 10 a.m.", "around 5 pm", "at noon").
var clockWords = words("a p m am pm about around roughly nearly noon midnight gmt utc local time")

// arrivedOverTime is true for "in" / "at" at toks[gi] after an arrive word
// and a time phrase only (at most 8 words of forTimeWords, clockWords and
// numbers): "landed on Sunday at about 10 a.m. at X", "arrived late on
// Friday evening in X". The periods of "a.m." are no clause break.
func arrivedOverTime(toks []token, gi int) bool {
	skipped := 0
	for j := gi - 1; j >= 0 && skipped <= 8; j-- {
		if toks[j+1].brk && toks[j].w != "m" && toks[j+1].w != "m" {
			return false
		}
		t := toks[j]
		if arriveWords[t.w] {
			return skipped > 0
		}
		if t.place >= 0 || !forTimeWords[t.w] && !clockWords[t.w] && strings.Trim(t.w, "0123456789") != "" {
			return false
		}
		skipped++
	}
	return false
}

// inOrgName is true for a country or region named as the first word of a
// longer name ("visited the U.S. Embassy in Warsaw", "the Russian
// Federation Council"): a capitalised word that is no place, weekday or
// month follows it with no punctuation between. The place is then no
// destination.
func inOrgName(s Sentence, mi int, toks []token, e int) bool {
	m := s.Mentions[mi]
	if m.Kind != "country" && m.Kind != "region" || e < 0 || e+1 >= len(toks) || m.End < 0 || m.End > toks[e+1].lo {
		return false
	}
	n := toks[e+1]
	return n.cap && strings.TrimSpace(s.Text[m.End:n.lo]) == "" && n.place < 0 && !isDateWord(n.w)
}

// takeWords take a traveller somewhere ("the week had taken him to X").
var takeWords = words("take takes took taken taking")

// figurativeToward are nouns that make "toward(s) X" after them a stance or
// an aim, not a way ("steps towards X's integration", "its policy toward X").
var figurativeToward = words("step steps progress effort efforts attitude attitudes policy policies approach " +
	"stance hostility overture overtures gesture gestures")

// carryWords move someone who does not move by themselves out of a place
// ("were brought out of the mine", "was carried out of the rubble"; not
// "pulled out of X", which is also a withdrawal).
var carryWords = words("brought taken carried lifted airlifted evacuated rescued")

// carriedOut is true for "out" at toks[gi] (before "of") with a carry word
// in the 2 words before it in its clause: "were brought out of X" is a move
// from X, a movement sentence by itself.
func carriedOut(toks []token, gi int) bool {
	if gi+1 >= len(toks) || toks[gi].w != "out" || toks[gi+1].w != "of" {
		return false
	}
	for j := gi - 1; j >= 0 && j >= gi-2; j-- {
		if toks[j+1].brk {
			return false
		}
		if carryWords[toks[j].w] {
			return true
		}
	}
	return false
}

// toNounIn is true for "in" / "at" at toks[gi] after "to" / "into", an
// optional article and one lower-case noun, with a movement cue before the
// "to": "flown to the hospital in X", "drove to a hotel in X" go to X.
func toNounIn(toks []token, gi int) bool {
	j := gi - 1
	if j < 0 || toks[j].cap || toks[j].place >= 0 || toks[j+1].brk || skip[toks[j].w] || govWords[toks[j].w] {
		return false
	}
	j--
	if j >= 0 && !toks[j+1].brk && determiners[toks[j].w] {
		j--
	}
	if j < 0 || toks[j+1].brk || (toks[j].w != "to" && toks[j].w != "into") {
		return false
	}
	return near(toks, j, 8, cues) || tookTo(toks, j)
}

// tookTo is true for "took him to X" at toks[gi] ("to"): a form of take and
// an object pronoun right before it.
func tookTo(toks []token, gi int) bool {
	return gi >= 2 && gi < len(toks) && toks[gi].w == "to" && objectPronouns[toks[gi-1].w] && takeWords[toks[gi-2].w] &&
		!toks[gi].brk && !toks[gi-1].brk
}

// journeyNouns name a whole journey.
var journeyNouns = words("trip tour visit journey")

// beginWords and endWords begin or end one ("began the trip", "ending a
// tour").
var (
	beginWords = words("began begun begins begin started starts start opened opens")
	endWords   = words("ending ended ends closing closed closes concluding concluded concludes wrapping")
)

// beganTrip is true for "in" / "at" at toks[gi] in a clause that begins a
// journey before it ("He began the trip on Friday at the summit in X",
// "started his tour in X"): X is the journey's first stop.
func beganTrip(toks []token, gi int) bool {
	for j := gi - 1; j >= 0; j-- {
		if journeyNouns[toks[j].w] {
			for k := j - 1; k >= 0 && k >= j-3; k-- {
				if beginWords[toks[k].w] {
					return true
				}
				if toks[k+1].brk {
					break
				}
			}
		}
		if toks[j].brk {
			return false
		}
	}
	return false
}

// endingTrip is true when the words right after a destination (its last
// token e) end a journey (", ending a trip that took him to ...", ",
// closing a six-day tour"): the move goes home.
func endingTrip(toks []token, e int) bool {
	if e < 0 || e+1 >= len(toks) || !endWords[toks[e+1].w] {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+5; k++ {
		if journeyNouns[toks[k].w] {
			return true
		}
		if toks[k].brk {
			return false
		}
	}
	return false
}

// incidentWords end a journey where they happen ("the boat sank off X").
var incidentWords = words("sank sunk capsized foundered aground crashed ditched")

// distanceUnits measure how far a position is from a place ("80 km off X",
// "50 miles from X", "47 nautical miles south-west of X").
var distanceUnits = words("km kilometres kilometers miles mile nautical metres meters")

// incidentAt is true when the place governed at toks[gi] is where an
// incident of the clause happened: "off" or "near" it, or a distance from
// or of it ("50 miles from X", "47 nautical miles south-west of X"), with
// an incident word (sank, capsized, ran aground, ...) before in the clause.
func incidentAt(toks []token, gi int) bool {
	w := toks[gi].w
	switch {
	case w == "off" || w == "near":
	case distanceUnits[w]:
	case (w == "from" || w == "of") && gi > 0 && distanceUnits[toks[gi-1].w]:
	default:
		return false
	}
	for j := gi; j >= 0 && j >= gi-16; j-- {
		if incidentWords[toks[j].w] {
			return true
		}
		if toks[j].brk && j < gi && !strings.ContainsAny(toks[j].w, "0123456789") && toks[j-1].w != "km" {
			// a clause break ends the search, but not the one in "80 km
			// (50 miles)"
			if j > 0 && distanceUnits[toks[j-1].w] {
				continue
			}
			return false
		}
	}
	return false
}

// negated is true when not / never / n't comes within the three words
// before the governor at token gi, in its clause ("will not go to X", "did
// not fly to X", "never visited X").
func negated(toks []token, gi int) bool {
	for j := gi - 1; j >= 0 && j >= gi-3; j-- {
		w := toks[j].w
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if toks[j].brk {
			return false
		}
	}
	return false
}

// thenBefore is true when "then" (or "later", "afterwards") comes within
// the eight words of the clause before token k ("then to East Timor and
// Singapore").
func thenBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch toks[j].w {
		case "then", "later", "afterwards":
			return true
		}
		if toks[j].brk {
			return false
		}
	}
	return false
}

// countryEnumeration is true when mention mi is in a list (see listAfter)
// of three or more countries or regions.
func countryEnumeration(s Sentence, mi int) bool {
	lo, hi := mi, mi
	for lo > 0 && listAfter(s, lo) {
		lo--
	}
	for hi+1 < len(s.Mentions) && listAfter(s, hi+1) {
		hi++
	}
	if hi-lo < 2 {
		return false
	}
	for k := lo; k <= hi; k++ {
		if !coarseKinds[s.Mentions[k].Kind] && s.Mentions[k].Kind != "country" {
			return false
		}
	}
	return true
}

// container is true when mention mi is a country or region written right
// after a settlement with a comma ("Iqaluit, Nunavut", "Nusa Dua, Bali"):
// the area the settlement is in, not a further destination.
func container(s Sentence, mi int) bool {
	a, b := s.Mentions[mi-1], s.Mentions[mi]
	if a.End < 0 || b.Start > len(s.Text) || a.End > b.Start || s.Text[a.End:b.Start] != ", " {
		return false
	}
	return (b.Kind == "country" || coarseKinds[b.Kind]) && !coarseKinds[a.Kind] && a.Kind != "country" && a.Kind != "continent"
}

// listAfter is true when only a list separator (", ", " and ", ", and ")
// stands between mention mi-1 and mention mi.
func listAfter(s Sentence, mi int) bool {
	a, b := s.Mentions[mi-1], s.Mentions[mi]
	if a.End < 0 || b.Start > len(s.Text) || a.End > b.Start {
		return false
	}
	switch s.Text[a.End:b.Start] {
	case ", ", " and ", ", and ":
		return true
	}
	return false
}

// messageNouns are things said or sent, which "come from" places without
// anyone moving.
var messageNouns = words("message messages condolence condolences tribute tributes congratulations greetings " +
	"letter letters call calls reaction reactions statement statements praise criticism condemnation " +
	"words news report reports appeal appeals offer offers")

// wordsMove is true when the subject before the movement word at toks[c]
// (the words from its clause's start) opens with a message noun, after
// articles and possessives ("Messages of condolence came from X", "Tributes
// poured in from X").
func wordsMove(toks []token, c int) bool {
	lo := 0
	for j := c; j > 0; j-- {
		if toks[j].brk {
			lo = j
			break
		}
	}
	for j := lo; j < c; j++ {
		w := toks[j].w
		if determiners[w] || toks[j].place >= 0 || w == "more" || w == "many" {
			continue
		}
		return messageNouns[w]
	}
	return false
}

// serviceVerbs after a vehicle noun tell a service in the present ("the
// trains run from X to Y", "ferries link X with Y", "flights operate from
// X"), not a journey.
var serviceVerbs = words("run runs operate operates ply plies link links connect connects serve serves")

// vehicleNouns are the vehicles of a service.
var vehicleNouns = words("train trains flight flights plane planes ferry ferries boat boats ship ships bus buses " +
	"jet jets service services")

// serviceOnly is true when every movement cue of the sentence is a vehicle
// noun followed by a service verb ("The express trains run from X to Y"):
// the sentence says where a service goes. A ride word or another cue
// ("he rode one of the trains that run from X to Y") still makes it a move.
func serviceOnly(toks []token) bool {
	service := false
	for j, t := range toks {
		if !cues[t.w] && !rideWords[t.w] || inName(toks, j) {
			continue
		}
		if j+1 < len(toks) && !toks[j+1].brk && serviceVerbs[toks[j+1].w] && vehicleNouns[t.w] {
			service = true
			continue
		}
		return false
	}
	return service
}

// infraNouns are lines a vehicle runs on ("the railway from X to Y", "the
// X-Y line"): they say where the line runs, not that anyone moved.
var infraNouns = words("railway railways railroad line lines road roads highway highways motorway expressway " +
	"pipeline bridge tunnel link corridor section")

// rideWords before a line make it a way travelled ("rode the railway from X
// to Y", "took the X-Y line").
var rideWords = words("rode ride rides riding took take takes taking travelled traveled travel travels " +
	"boarded aboard along")

// rideBefore is true when a ride word comes in the 5 words of the clause
// before toks[i].
func rideBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if rideWords[toks[j].w] {
			return true
		}
		if toks[j+1].brk {
			return false
		}
	}
	return false
}

// lineAfter is true when the noun after a dashed pair (its first token k,
// the second place's last token e) is a line, not a vehicle, and nobody
// rides it: "a briefing on the Lhasa-Nyingchi line".
func lineAfter(toks []token, e, k int) bool {
	for j := e + 1; j < len(toks) && j <= e+3; j++ {
		if infraNouns[toks[j].w] {
			return !rideBefore(toks, k)
		}
		if vehicleAfter(toks[j:j+1], -1) {
			return false
		}
	}
	return false
}

// vehicleAfter is true when a vehicle or route noun follows token e closely
// ("Paris–Berlin train").
func vehicleAfter(toks []token, e int) bool {
	for j := e + 1; j < len(toks) && j <= e+3; j++ {
		switch toks[j].w {
		case "flight", "flights", "train", "trains", "route", "service", "line", "railway", "highway",
			"road", "ferry", "journey", "trip", "crossing", "motorway", "express":
			return true
		}
	}
	return false
}

// move is one movement told by one sentence.
type move struct {
	from, to int // mention index or -1
	via      []int
	lo, hi   int // token range of the move's words (mode, subject)
	dlo, dhi int // token range of its dates
	// rel is where a relative clause about its last place begins (", where
	// he will hold talks on Friday"): its dates are not the move's.
	rel int
	ret bool
	// recap is true for a move told after a return in the same sentence
	// and not as coming next ("was back in Delhi after a tour that took him
	// to Warsaw"): a look back at the trip, not a move from home.
	recap bool
	// left is true when the origin is the object of a departure verb
	// ("left Bali ... for Washington"): with a destination told too, the
	// move is stated, not an aside
	left bool
	// inherited is true when the origin is the previous move's
	// destination, not told for this move
	inherited bool
	// transfer is a move the sentence implies between two others (see
	// withTransfers): no words, so no mode of its own
	transfer bool
	// back is a move of a way back told as "the same way" (sameWayBack):
	// after the way out, so it shares no date with it
	back bool
}

// quotedSpans are the byte ranges of the text between double quotes
// (straight or curly); an unclosed quote runs to the end.
func quotedSpans(text string) [][2]int {
	var out [][2]int
	open := -1
	for i, r := range text {
		switch {
		case r == '“' || r == '"' && open < 0:
			if open < 0 {
				open = i
			}
		case r == '”' || r == '"' && open >= 0:
			if open >= 0 {
				out = append(out, [2]int{open, i})
				open = -1
			}
		}
	}
	if open >= 0 {
		out = append(out, [2]int{open, len(text)})
	}
	return out
}

// inSpans is true when byte offset at lies inside one of the spans.
func inSpans(spans [][2]int, at int) bool {
	for _, sp := range spans {
		if at > sp[0] && at < sp[1] {
			return true
		}
	}
	return false
}

// fromTo is true when origin mention mi is followed by "to" and a
// destination ("from Y to Z").
func fromTo(toks []token, sp [][2]int, roles []role, mi int) bool {
	e := sp[mi][1]
	return mi+1 < len(roles) && roles[mi+1] == roleTo && e >= 0 && e+1 < len(toks) && toks[e+1].w == "to"
}

// sentenceMoves finds the movements of one sentence. A sentence can hold
// several ("flew from A to B and drove on to C" is A->B and B->C).
func sentenceMoves(s Sentence, toks []token) []move {
	hasCue := false
	for j, t := range toks {
		if cues[t.w] && !inName(toks, j) || tookTo(toks, j) || carriedOut(toks, j) || (t.w == "touched" && j+1 < len(toks) && toks[j+1].w == "down") ||
			(t.w == "passing" || t.w == "passed") && j+1 < len(toks) && toks[j+1].w == "through" {
			hasCue = true
			break
		}
	}
	incident := anyIn(toks, 0, len(toks), incidentWords)
	if !hasCue && !incident || len(s.Mentions) == 0 {
		return nil
	}
	// "Messages of condolence came from Moscow, Beijing and Baghdad": words
	// travel, nobody moves
	if c := firstCue(toks, 0, len(toks)); c < len(toks) && wordsMove(toks, c) {
		return nil
	}
	// "The trains run from X to Y in three hours": a service, nobody moves
	if serviceOnly(toks) {
		return nil
	}
	sp := spans(toks, len(s.Mentions))
	roles := make([]role, len(s.Mentions))
	quoted := quotedSpans(s.Text)
	unreal := mayBeUnrealised(toks)
	for mi := range s.Mentions {
		if inSpans(quoted, s.Mentions[mi].Start) {
			continue // quoted words ("Good to be back in Kyiv," he said) are no narrative
		}
		roles[mi] = roleOf(s, toks, sp, roles, mi, hasCue, unreal)
	}
	var out []move
	cur := move{from: -1, to: -1, lo: 0}
	own := false     // cur has a role of its own (not only the inherited origin)
	ownFrom := false // cur's origin is told, not inherited
	flush := func(nextLo int) {
		if own {
			out = append(out, cur)
		}
		prevTo := cur.to
		cur = move{from: prevTo, to: -1, lo: nextLo, inherited: prevTo >= 0}
		own, ownFrom = false, false
	}
	for mi, r := range roles {
		if r == roleNone {
			continue
		}
		m := s.Mentions[mi]
		if coarseKinds[m.Kind] && (r == roleVia || r == roleStop) {
			continue // a country passed through is no point on a route
		}
		k := sp[mi][0]
		gi := governor(toks, k)
		lo := k
		if gi >= 0 {
			lo = gi
		}
		switch r {
		case roleFrom:
			// "arrived in X from Y": an origin after the destination
			// belongs to the same move unless the move has its own origin,
			// or the origin has its own destination ("flew into X, then
			// rode a train from Y to Z")
			if own && (ownFrom || cur.to < 0 || fromTo(toks, sp, roles, mi)) {
				flush(lo)
			}
			cur.from, ownFrom, cur.inherited = mi, true, false
			cur.left = gi >= 0 && originVerbs[toks[gi].w]
		case roleTo:
			if cur.to >= 0 {
				flush(lo)
			}
			cur.to = mi
		case roleStop:
			// "After a stop in X, the ship reached Y": a stop before the
			// sentence's destination is passed through on the way there
			if cur.to >= 0 || slices.Contains(roles[mi+1:], roleTo) {
				cur.via = append(cur.via, mi)
			} else {
				cur.to = mi
			}
		case roleVia:
			cur.via = append(cur.via, mi)
		}
		own = true
	}
	flush(len(toks))
	// each move's words run from after the previous move's last place (the
	// first from the sentence start) to the next move's start
	// dates run from the move's first place word to the next move's ("to
	// Tokyo on Friday and then to Delhi": Friday is Tokyo's)
	for i := range out {
		out[i].dlo, out[i].dhi = out[i].lo, len(toks)
		if i == 0 {
			out[i].dlo = 0
		}
		if i+1 < len(out) {
			out[i].dhi = out[i+1].lo
		}
	}
	for i := range out {
		out[i].rel = len(toks)
		if e := lastToken(out[i], sp); e >= 0 {
			for j := e + 1; j < out[i].dhi; j++ {
				if toks[j].brk && relWords[toks[j].w] {
					out[i].rel, out[i].dhi = j, j
					break
				}
			}
		}
	}
	for i := range out {
		if i == 0 {
			out[i].lo = 0
		} else if e := lastToken(out[i-1], sp); e >= 0 && e+1 <= out[i].lo {
			out[i].lo = e + 1
		}
	}
	for i := range out {
		out[i].hi = len(toks)
		if i+1 < len(out) {
			out[i].hi = out[i+1].lo
		}
		// a return: "returned to X", "flew back to X", "on the return to X",
		// "left Y for X, ending a trip that ..."
		if to := out[i].to; to >= 0 {
			if gi := governor(toks, sp[to][0]); gi >= 0 {
				out[i].ret = returnWords[toks[gi].w] || near(toks, gi, 3, returnWords)
			}
			out[i].ret = out[i].ret || endingTrip(toks, sp[to][1])
		}
		if out[i].from >= 0 && out[i].from == out[i].to {
			out[i].from = -1
		}
		// "a journey to Kyiv on Monday: he flew into Rzeszow on Sunday": a
		// colon opens the detail of the move before it, not the next leg
		if i > 0 && out[i].inherited && out[i].from == out[i-1].to && colonBetween(s, toks, sp, out[i-1], out[i]) {
			out[i].from = -1
		}
		// "a trip that took him to Indonesia, ...": a country reached after
		// another destination of the sentence is no leg from it, unless
		// the text says it comes next ("then to East Timor")
		if i > 0 && out[i].from == out[i-1].to && out[i].to >= 0 && coarseKinds[s.Mentions[out[i].to].Kind] &&
			!thenBefore(toks, sp[out[i].to][0]) {
			out[i].from = -1
		}
		// "was back in New Delhi on Saturday after a tour that took him to
		// Warsaw": a destination told after a return, not as next, recaps
		// the trip that came before; it does not leave from home
		if i > 0 && out[i-1].ret && out[i].to >= 0 && !thenBefore(toks, sp[out[i].to][0]) {
			out[i].recap = true
			if out[i].from == out[i-1].to {
				out[i].from = -1
			}
		}
	}
	return sameWayBack(toks, sp, withTransfers(s, out))
}

// sameWayBack adds the legs of a return told as "came back the same way"
// ("rode a train from Przemysl to Kyiv and came back the same way, before
// flying on to Warsaw"): the moves of the sentence before it that lead, one
// from the other, to where it turns back, in reverse (Kyiv→Przemysl, then
// Przemysl→Rzeszow when a transfer came before), with no words of their own
// (not returns home: the trip goes on); a move after it that started at the turning point starts where
// the way back ends.
func sameWayBack(toks []token, sp [][2]int, ms []move) []move {
	at := -1
	for j := 2; j < len(toks); j++ {
		if toks[j].w == "way" && toks[j-1].w == "same" && toks[j-2].w == "the" && near(toks, j-2, 3, words("back came returned return returning went")) {
			at = j
			break
		}
	}
	if at < 0 {
		return ms
	}
	last := -1 // the last move before the words
	for i, m := range ms {
		if e := lastToken(m, sp); e >= 0 && e < at {
			last = i
		}
	}
	if last < 0 || ms[last].to < 0 || ms[last].from < 0 {
		return ms
	}
	var back []move
	for i := last; i >= 0; i-- {
		m := ms[i]
		if m.from < 0 || m.to < 0 || i < last && m.to != ms[i+1].from {
			break
		}
		back = append(back, move{from: m.to, to: m.from, lo: at, hi: at, dlo: at, dhi: at, rel: at, transfer: true, back: true})
	}
	out := append([]move{}, ms[:last+1]...)
	out = append(out, back...)
	turn, end := ms[last].to, back[len(back)-1].to
	for _, m := range ms[last+1:] {
		if m.from == turn && m.inherited {
			m.from = end
		}
		out = append(out, m)
	}
	return out
}

// transferKm is the farthest a transfer between two moves of a sentence
// may go.
const transferKm = 300

// withTransfers adds the transfer a sentence implies between a move's
// destination and the next move's own origin, when they are different
// settlements near each other ("flew into Rzeszow, then rode a train from
// Przemysl to Kyiv": Rzeszow to Przemysl). The transfer has no words of
// its own (no mode) and shares the arrival's date.
func withTransfers(s Sentence, ms []move) []move {
	var out []move
	for i, m := range ms {
		if i > 0 && m.from >= 0 && !m.inherited && !m.recap && !ms[i-1].recap && !ms[i-1].ret {
			if a := ms[i-1].to; a >= 0 && a != m.from && transferable(s.Mentions[a], s.Mentions[m.from]) {
				out = append(out, move{from: a, to: m.from, lo: m.lo, hi: m.lo, dlo: m.lo, dhi: m.lo, rel: m.lo, transfer: true})
			}
		}
		out = append(out, m)
	}
	return out
}

// transferable is true for two settlements (not countries, regions, seas)
// at most transferKm apart.
func transferable(a, b Mention) bool {
	if coarseKinds[a.Kind] || coarseKinds[b.Kind] || a.Kind == "continent" || b.Kind == "continent" {
		return false
	}
	return geo.DistanceHaversine(orb.Point{a.Lon, a.Lat}, orb.Point{b.Lon, b.Lat}) <= transferKm*1000
}

// colonBetween is true when a colon stands between the last place of move
// a and the first place of move b.
func colonBetween(s Sentence, toks []token, sp [][2]int, a, b move) bool {
	e := lastToken(a, sp)
	f := -1
	for _, i := range append([]int{b.from, b.to}, b.via...) {
		if i >= 0 && sp[i][0] >= 0 && (f < 0 || sp[i][0] < f) && i != b.from {
			f = sp[i][0]
		}
	}
	if e < 0 || f < 0 || e >= f || f >= len(toks) {
		return false
	}
	return strings.Contains(s.Text[toks[e].hi:toks[f].lo], ":")
}

func anyIn(toks []token, lo, hi int, s set) bool {
	for j := max(lo, 0); j < hi && j < len(toks); j++ {
		if s[toks[j].w] {
			return true
		}
	}
	return false
}

// lastToken is the last token of the places of m, or -1.
func lastToken(m move, sp [][2]int) int {
	e := -1
	for _, i := range append([]int{m.from, m.to}, m.via...) {
		if i >= 0 && sp[i][1] > e {
			e = sp[i][1]
		}
	}
	return e
}

// backIn is true for "<be> back in X" at toks[gi] ("in"): "Modi was back
// in the Indian capital on Saturday" is a return there. "Back in Moscow,
// officials said" sets a scene, not a journey: a form of "be" must come
// right before "back".
func backIn(toks []token, gi int) bool {
	if gi < 2 || toks[gi-1].w != "back" {
		return false
	}
	switch toks[gi-2].w {
	case "was", "were", "is", "are", "be", "been", "being", "'s":
		return true
	}
	return false
}
