package itinerary

import (
	"slices"
	"strings"
	"time"
)

// hop is one movement with its places resolved to mentions: the unit that
// trips are built from.
type hop struct {
	from, to *Mention // nil when the text gives none
	via      []Mention
	mode     string
	rank     int       // strength of the mode evidence (modeIn)
	date     time.Time // resolved date, zero when the text gives none
	when     time.Time // date, else the article date: used to group hops into trips
	ret      bool
	// earlier is true for a move told in the pluperfect ("The previous
	// week had taken him to Jakarta"): a flashback, evidence of a leg the
	// trip already has, never a leg of its own nor a place to chain from
	earlier bool
	// planned is true for a move told in the future or as a plan ("will
	// fly to X", "is due to travel to X")
	planned bool
	// home is true for a move "home" with no place named ("to fly him
	// home"): its destination is the trip's first origin (buildTrip)
	home bool
	// stated is true for a departure with both ends told by the sentence
	// ("left Bali in the afternoon for Washington"): not an aside, so the
	// far-leg rule keeps it
	stated bool
	// byArticle is true when when is only the article's date (the text
	// gives the move no time): a bound, not the move's day
	byArticle bool
	// back is a move of a way back told as "the same way"
	back  bool
	ev    Evidence
	order int // text order over all docs
	doc   int
	// person is the traveller as lower-case words ("joe", "biden"), told
	// or inherited from the article's last named traveller; personText as
	// written; traveller the canonical key (canonicalTravellers).
	person     []string
	personText string
	traveller  string
}

func (h hop) key() string {
	if h.from == nil || h.to == nil {
		return ""
	}
	return h.from.PlaceID + ">" + h.to.PlaceID
}

// docHops turns the movements of one article into hops, in text order, and
// chains them: an arrival with no origin starts from the previous
// destination (or the last departure) of the same traveller told by the
// same article (within 30 days).
func docHops(di int, d Doc, order *int, venues *venueSet, ref *refiner, names *nameWords) []hop {
	var out []hop
	var prevDate time.Time
	// the last place (not a country or region) each traveller reached or
	// left in this article, and when
	lastFineBy := map[string]*Mention{}
	homeBy := map[string]bool{} // the traveller's last move was a return
	lastWhenBy := map[string]time.Time{}
	var person []string
	var personText string
	type named struct {
		k   []string
		txt string
	}
	var seen []named
	var buf []token
	var s Sentence
	var toks []token
	dateline := datelineCity(d)
	reachedBy := map[string]bool{}   // travellers this article took somewhere
	byTitle := map[string][]titled{} // the people named with each title, in text order
	// setPerson makes the subject of the move words toks[lo:hi] (see
	// subjectIn) the article's traveller (strict: only a full name or a
	// possessive, "Joe Biden rode", "Biden's route")
	setPerson := func(lo, hi int, strict bool) {
		k, txt := subjectIn(s.Text, toks, lo, hi, names.known)
		if k == nil || strict && len(k) < 2 && trimPossessive(txt) == txt {
			return
		}
		cue := firstCue(toks, lo, hi)
		if strict {
			// "Minister X greeted him before a motorcade took him": X acts
			// on the traveller
			end := strings.Index(s.Text, txt) + len(txt)
			for j := 0; j < cue && j < len(toks); j++ {
				if toks[j].lo >= end && objectPronouns[toks[j].w] {
					return
				}
			}
		}
		person, personText = k, txt
		// "Xi" after "Xi Jinping" in the same article is the same person
		for _, p := range seen {
			if len(k) == 1 && samePerson(k, p.k) {
				person, personText = p.k, p.txt
				break
			}
		}
		if len(k) > 1 {
			seen = append(seen, named{k, txt})
		}
	}
	for si := range d.Sentences {
		s = d.Sentences[si]
		if linkLine(s.Text) {
			continue // "Read also: ...": the title of another story
		}
		buf = tokenize(s.Text, s.Mentions, buf)
		toks = buf
		future := futureIn(toks, !timelineEntry(s.Text, toks))
		dates := findDates(toks, d.Date, prevDate, future)
		named, days := "", 0 // the one day the sentence names
		for _, de := range dates {
			if de.known {
				prevDate = de.date
				if !de.date.IsZero() && de.date.Format(time.DateOnly) != named {
					named, days = de.date.Format(time.DateOnly), days+1
				}
			}
		}
		if days != 1 {
			named = ""
		}
		ev := Evidence{Source: d.Source, Sentence: s.Index, Text: s.Text, Day: named}
		venues.add(s, toks, ev)
		for _, p := range titledNames(s.Text, toks) {
			byTitle[p.title] = append(byTitle[p.title], p)
		}
		moves := sentenceMoves(s, toks)
		if len(moves) == 0 {
			// "Biden's route, kept secret, ...": a traveller named with a
			// movement word but no place is who "He" means next
			if c := firstCue(toks, 0, len(toks)); c < len(toks) && cues[toks[c].w] {
				setPerson(c, c+1, true)
			}
		}
		var inherit dateExpr
		prevEarlier, prevOverview := false, false
		for mi, mv := range moves {
			de, found := dateIn(dates, mv.dlo, mv.dhi)
			if !found {
				if mi > 0 && !anyIn(toks, mv.lo, mv.hi, later) && !mv.back {
					de = inherit // "flew to A and drove to B on Monday"
				} else if mi == 0 && len(moves) == 1 && len(dates) > 0 && dates[0].tok < mv.rel {
					de = dates[0]
				}
			}
			inherit = de
			mode, rank := modeIn(toks, mv.lo, mv.hi)
			if rank == 0 && !mv.transfer {
				// the sentence's mode, but not a recap's ("was back in X
				// after a tour that took him by train to Y")
				end := len(toks)
				if !mv.recap {
					for _, o := range moves[mi+1:] {
						if o.recap {
							end = min(end, o.lo)
						}
					}
				}
				mode, rank = modeIn(toks, 0, end)
			}
			// the subject of a sentence's first move; later moves share it;
			// "the president" is the last person the article named with
			// that title ("President Joe Biden"), not its last name
			untitled := false // "the president" with no president named who moves
			if mi == 0 {
				ts := titleSubject(toks, firstCue(toks, mv.lo, mv.hi))
				if p, ok := titledMover(byTitle[ts], out); ok {
					person, personText = p.key, p.txt
				} else if ts != "" {
					untitled = true
				} else {
					setPerson(mv.lo, mv.hi, false)
				}
			}
			h := hop{mode: mode, rank: rank, ret: mv.ret, back: mv.back, ev: ev, order: *order, doc: di,
				person: person, personText: personText, planned: future}
			// "The two presidents flew ...": more than the last one named;
			// the traveller is decided story-wide (assignTravellers), as
			// for "the president" when the article names no president
			// who moves (the last name may be a reporter's)
			if untitled || pluralSubject(toks, firstCue(toks, mv.lo, mv.hi)) {
				h.person, h.personText = nil, ""
			}
			*order++
			if de.known {
				h.date = de.date
			}
			h.when = h.date
			if h.when.IsZero() {
				if y := yearIn(dates, mv.dlo, mv.dhi, mv.rel, len(moves)); y != 0 && (d.Date.IsZero() || y != d.Date.Year()) {
					// "in 2019" in an article of 2023: another time; mid-year for grouping only
					h.when = time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC)
				} else if m := monthIn(dates, mv.dlo, mv.dhi); !m.IsZero() {
					h.when = m // "a visit to Moscow in March" in an August article
				} else if !d.Date.IsZero() {
					h.when, h.byArticle = day(d.Date), true
				}
			}
			// "the first stop of a tour that also takes him to X": an
			// overview, which leads from none of the sentence's places
			msp := spans(toks, len(s.Mentions))
			overview := tripThatTakes(toks, mv, msp) || mi > 0 && prevOverview && mv.inherited
			prevOverview = overview // "... takes him to A and B": the list goes on
			if overview && !found {
				// the date is the sentence's other move's, not the
				// overview's: it dates no leg (when still places it)
				h.date = time.Time{}
			}
			if mv.from >= 0 && !(overview && mv.inherited) {
				m := s.Mentions[mv.from]
				h.from = &m
			}
			if mv.to >= 0 {
				m := s.Mentions[mv.to]
				h.to = &m
			}
			h.stated = mv.left && mv.from >= 0 && mv.to >= 0 && !future
			h.from, h.to = ref.place(h.from, &s, lastFineBy[strings.Join(person, " ")]), ref.place(h.to, &s, nil, d.Sentences[si+1:min(si+3, len(d.Sentences))]...)
			// "his first trip to Europe": a continent is no stop of a route
			if h.from != nil && h.from.Kind == "continent" {
				h.from = nil
			}
			if h.to != nil && h.to.Kind == "continent" {
				h.to = nil
			}
			if h.from != nil && h.to != nil && h.from.PlaceID == h.to.PlaceID {
				h.from = nil // "left X for X": no movement between places
			}
			for _, v := range mv.via {
				h.via = append(h.via, *ref.place(&s.Mentions[v], &s, nil))
			}
			if rank == 0 {
				h.mode, h.rank = kindMode(h)
			}
			who := strings.Join(person, " ")
			// chain from the last city (not a country entered: its point is
			// no place on the way), told within 30 days
			last, lastWhen := lastFineBy[who], lastWhenBy[who]
			// ... and not when the move is earlier ("had flown to Warsaw on
			// Wednesday" after "arrived in Kyiv on Friday")
			told := pluperfect(toks, firstCue(toks, mv.lo, mv.hi)) || hadBefore(toks, mv.lo, firstPlace(mv, toks)) || mv.recap ||
				tripThatHad(toks, mv, msp) || overview || beforePlace(toks)
			if mi > 0 && prevEarlier {
				told = true // "had taken him to A, ... and to B": the whole sentence looks back
			}
			h.earlier, prevEarlier = told, told
			earlier := !h.when.IsZero() && !lastWhen.IsZero() && h.when.Before(lastWhen) || told
			// ... nor from home after the article told the return there, for
			// a move with no date of its own ("was back in Delhi on
			// Saturday. ... Modi crossed into Ukraine by train" looks back)
			if homeBy[who] && h.date.IsZero() {
				earlier = true
			}
			if h.from == nil && h.to != nil && !coarseKinds[h.to.Kind] && last != nil && !earlier &&
				last.PlaceID != h.to.PlaceID &&
				(h.when.IsZero() || lastWhen.IsZero() || absDays(h.when.Sub(lastWhen)) <= 30) {
				m := *last
				h.from = &m
			}
			// "The flight from Indonesia took five hours" in an article
			// datelined PORT MORESBY, before it takes the traveller anywhere:
			// the flight came here
			if h.from != nil && h.to == nil && dateline != nil && !isFuture(toks[min(mv.lo, len(toks)):max(min(firstPlace(mv, toks), len(toks)), min(mv.lo, len(toks)))]) && !h.earlier && !reachedBy[who] &&
				h.from.PlaceID != dateline.PlaceID && !coarseKinds[h.from.Kind] && cameHere(toks, mv) {
				m := *dateline
				h.to = &m
			}
			// "their first night in Sydney, when they landed after the long
			// flight from London": a departure alone with a landing told,
			// ends at the place the sentence sets it in
			if h.from != nil && h.to == nil && !h.earlier && !future {
				if k := landedIn(s, toks, moves, h.from.PlaceID); k >= 0 {
					m := *ref.place(&s.Mentions[k], &s, nil)
					h.to = &m
				}
			}
			if h.to != nil && !h.earlier {
				reachedBy[who] = true
			}
			// a flashback ("had taken him to X") is not where the traveller
			// is now: the next move does not start there
			for _, p := range []*Mention{h.from, h.to} {
				if p != nil && !coarseKinds[p.Kind] && !h.earlier {
					m := *p
					lastFineBy[who] = &m
				}
			}
			if !h.earlier && (h.to != nil || h.from != nil) {
				homeBy[who] = h.ret && h.to != nil
			}
			if !h.earlier {
				lastWhenBy[who] = h.when
			}
			// a flashback origin: "X arrived in Moscow on Monday. X flew from
			// Beijing ..." gives the earlier arrival its origin
			if h.from != nil && h.to == nil {
				for k := len(out) - 1; k >= 0; k-- {
					o := &out[k]
					if !samePerson(o.person, person) {
						continue
					}
					if o.from == nil && o.to != nil && o.to.PlaceID != h.from.PlaceID && !coarseKinds[o.to.Kind] &&
						o.ev.Sentence >= s.Index-2 {
						m := *h.from
						o.from = &m
					}
					break
				}
			}
			if h.to != nil {
				if !h.ret && !h.earlier {
					venues.reached(*h.to) // going home or a flashback: not where events are
				}
				venues.visited(*h.to, ev)
			}
			out = append(out, h)
		}
		// "... back to Poland, where his aircraft was waiting to fly him
		// home": a move home after the sentence's last move, from where
		// that move ended
		if n := len(moves); n > 0 && len(out) > 0 {
			if j := homeAfter(toks, lastToken(moves[n-1], spans(toks, len(s.Mentions)))); j >= 0 {
				last := out[len(out)-1]
				from := last.to
				if from == nil || coarseKinds[from.Kind] {
					from = lastFineBy[strings.Join(last.person, " ")]
				}
				if from != nil && !last.earlier {
					m := *from
					h := hop{from: &m, mode: last.mode, rank: last.rank, ret: true, home: true, ev: last.ev,
						order: *order, doc: di, person: last.person, personText: last.personText, planned: future}
					*order++
					if de, ok := dateIn(dates, j, len(toks)); ok && de.known {
						h.date = de.date
					}
					h.when = h.date
					if h.when.IsZero() && !d.Date.IsZero() {
						h.when = day(d.Date)
					}
					out = append(out, h)
				}
			}
		}
		// "The programme takes him to A, B and C, and then to D": an
		// overview of the whole route, which the article then tells stop by
		// stop; the next move does not start where the overview ends
		if summaryMoves(moves) && len(out) > 0 {
			delete(lastFineBy, strings.Join(out[len(out)-1].person, " "))
		}
	}
	return out
}

// linkLabels open a line that links to another story ("Read also: ...",
// "Related: ...", "See also: ...").
var linkLabels = []string{"read also:", "also read:", "read more:", "related:", "see also:", "more:", "recommended:",
	"watch:", "listen:"}

// linkLine is true for a line that names another story: a link label and
// the other story's title, not the article's own narrative.
func linkLine(text string) bool {
	t := strings.TrimLeft(text, " \t")
	for _, l := range linkLabels {
		if len(t) >= len(l) && strings.EqualFold(t[:len(l)], l) {
			return true
		}
	}
	return false
}

// summaryMoves is true for the moves of a sentence that lists three or more
// destinations one after the other ("takes him to A, B and C, and then to D
// and E"): an overview of a route rather than one step of it.
func summaryMoves(ms []move) bool {
	n := 0
	for _, m := range ms {
		if m.to >= 0 && m.inherited && !m.transfer && !m.back {
			n++
		}
	}
	return n >= 2
}

// titledMover is the last of ps (people named with one title) who is the
// traveller of one of hs (the article's moves so far): "the president" is
// the president who travels, not the host named as "President X" who
// greeted him.
func titledMover(ps []titled, hs []hop) (titled, bool) {
	for i := len(ps) - 1; i >= 0; i-- {
		for _, h := range hs {
			if len(h.person) > 0 && samePerson(h.person, ps[i].key) {
				return ps[i], true
			}
		}
	}
	return titled{}, false
}

// landedIn is the mention a sentence with an arrival word and no
// destination sets the arrival in: a settlement (not a country or region)
// after "in" or "at" that no move uses and that is not the origin
// ("their first night in Sydney, when they landed after the flight from
// London"), the nearest one before the arrival word; else -1.
func landedIn(s Sentence, toks []token, moves []move, origin string) int {
	for _, mv := range moves {
		if mv.to >= 0 || len(mv.via) > 0 {
			return -1
		}
	}
	arr := -1
	for j, t := range toks {
		if landWords[t.w] {
			arr = j
			break
		}
	}
	if arr < 0 {
		return -1
	}
	sp := spans(toks, len(s.Mentions))
	best := -1
	for mi, m := range s.Mentions {
		k := sp[mi][0]
		if k < 0 || k > arr || coarseKinds[m.Kind] || m.Kind == "continent" || m.PlaceID == origin {
			continue
		}
		used := false
		for _, mv := range moves {
			used = used || mv.from == mi
		}
		if gi := governor(toks, k); !used && gi >= 0 && (toks[gi].w == "in" || toks[gi].w == "at") {
			best = mi
		}
	}
	return best
}

// landWords tell an arrival without naming where ("when they landed").
var landWords = words("landed arrived touched")

// pluralSubject is true when the clause before the cue at token c opens
// with a group of people named by number ("the two presidents", "both
// leaders", "all three ministers").
func pluralSubject(toks []token, c int) bool {
	cs := 0
	for j := min(c, len(toks)-1); j > 0; j-- {
		if toks[j].brk {
			cs = j
			break
		}
	}
	for j := cs; j < c && j < cs+4; j++ {
		if !groupCounts[toks[j].w] {
			continue
		}
		for k := j + 1; k < c && k <= j+2; k++ {
			if peopleNouns[toks[k].w] {
				return true
			}
		}
	}
	return false
}

// groupCounts and peopleNouns make a plural subject ("the two leaders").
var (
	groupCounts = words("two three four both all")
	peopleNouns = words("presidents leaders men women ministers heads delegations prime premiers kings monarchs chancellors")
)

// homeVerbs take "home" as a destination ("flew home", "fly him home",
// "headed back home").
var homeVerbs = words("fly flew flown flies flying return returned returns returning head headed heads " +
	"heading go went goes going travel travelled traveled travels sail sailed drive drove driven back")

// homeAfter is the index of a "home" that is a destination after token e
// ("to fly him home"; not "home secretary", "at home", "on the way home",
// "home to Britain", which names the place), or -1.
func homeAfter(toks []token, e int) int {
	for j := max(e+1, 1); j < len(toks); j++ {
		if toks[j].w != "home" {
			continue
		}
		if j+1 < len(toks) && !toks[j+1].brk && (toks[j+1].w == "to" || toks[j+1].place >= 0 || !timeWords[toks[j+1].w]) {
			continue // "home to Britain", "home secretary", "home country"
		}
		if toks[j-1].w == "at" || toks[j-1].w == "way" || negated(toks, j) {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if homeVerbs[toks[k].w] {
				return j
			}
			if toks[k].brk && k < j-1 {
				break
			}
		}
	}
	return -1
}

// timeWords may follow a "home" that is a destination ("flew home on
// Sunday", "home that evening").
var timeWords = words("on in at that this late early after before by the for with and then later")

// pluperfect is true when "had" comes right before the cue at token i
// (or one adverb before it: "had already left").
func pluperfect(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if toks[j].w == "had" || toks[j].w == "'d" {
			return true
		}
	}
	return false
}

// hadBefore is true when "had" comes in toks[lo:hi] in the clause of
// toks[hi], or before a relative clause or an "and" that continues it
// ("The previous week had taken him to Jakarta"; not "The Opera
// House had lit its sails on their first night, when they landed after the
// flight from London", where "had" is another clause's).
func hadBefore(toks []token, lo, hi int) bool {
	for j := min(hi, len(toks)) - 1; j >= max(lo, 0); j-- {
		if toks[j].w == "had" || toks[j].w == "'d" {
			return true
		}
		// a relative clause of a place the pluperfect told ("had taken
		// him to Jakarta, where he visited the mosque") or a list that goes
		// on ("..., and to Papua New Guinea") is still that clause
		if toks[j].brk && !relWords[toks[j].w] && toks[j].w != "and" {
			return false
		}
	}
	return false
}

// tripThatHad is true for a journey noun, "to X" and a restrictive
// relative clause in the pluperfect ("replaces an official trip to Brasília
// that Biden had promised", "the visit to Kyiv that he had planned"): a trip
// looked back on or never made, not a move of the story.
func tripThatHad(toks []token, mv move, sp [][2]int) bool {
	if mv.to < 0 || sp[mv.to][0] < 2 {
		return false
	}
	k, e := sp[mv.to][0], sp[mv.to][1]
	if toks[k-1].w != "to" || !journeyNouns[toks[k-2].w] && (k < 3 || !journeyNouns[toks[k-3].w]) {
		return false
	}
	if e+1 >= len(toks) || toks[e+1].brk || toks[e+1].w != "that" && toks[e+1].w != "which" {
		return false
	}
	for j := e + 2; j < len(toks) && j <= e+5; j++ {
		if toks[j].brk {
			return false
		}
		if toks[j].w == "had" || toks[j].w == "'d" {
			return true
		}
	}
	return false
}

// beforePlace is true for a sentence that opens with "Before" and a place
// alone ("Before Saudi Arabia, Biden spent two days in Jerusalem and
// travelled to Bethlehem"): it tells what came before the place the story
// is at, a look back.
func beforePlace(toks []token) bool {
	if len(toks) < 3 || toks[0].w != "before" || toks[1].place < 0 {
		return false
	}
	p := toks[1].place
	for j := 2; j < len(toks); j++ {
		if toks[j].place != p {
			return toks[j].brk
		}
	}
	return false
}

// overviewFill are the words that may stand between "a tour that" and
// "takes him to X" ("a tour that will also take him to X").
var overviewFill = words("also will would then later eventually is was")

// tripThatTakes is true for a destination told in a relative clause of a
// journey noun ("the first stop of a tour that also takes him to X",
// "a trip which will take her to X"): an overview of the journey, which
// the story then tells move by move; like a flashback it makes no leg from
// the sentence's other place.
func tripThatTakes(toks []token, mv move, sp [][2]int) bool {
	if mv.to < 0 || sp[mv.to][0] < 0 {
		return false
	}
	gi := governor(toks, sp[mv.to][0])
	if gi < 0 || !tookTo(toks, gi) {
		return false
	}
	j := gi - 3 // before the take word
	for n := 0; j >= 0 && n < 3 && overviewFill[toks[j].w] && !toks[j+1].brk; n++ {
		j--
	}
	if j < 1 || toks[j+1].brk || toks[j].w != "that" && toks[j].w != "which" || toks[j].brk && toks[j].w == "that" {
		return false
	}
	return journeyNouns[toks[j-1].w]
}

// firstPlace is the index of the first token of any place of the move.
func firstPlace(mv move, toks []token) int {
	lo := len(toks)
	for k := range toks {
		p := toks[k].place
		if p >= 0 && (p == mv.from || p == mv.to || slices.Contains(mv.via, p)) {
			lo = k
			break
		}
	}
	return lo
}

// later words say a move comes after the previous one: it does not share
// its date ("on Friday and then to Dili").
var later = words("then later afterwards after before")

// yearIn is the year of a bare year expression ("in 2019") in toks[lo:hi],
// or anywhere before the relative clause rel of a sentence with one move
// ("went to the cathedral, where militants struck in 2010" is not 2010),
// or 0.
func yearIn(ds []dateExpr, lo, hi, rel, moves int) int {
	for _, d := range ds {
		if d.year != 0 && (moves == 1 && d.tok < rel || d.tok >= lo && d.tok < hi) {
			return d.year
		}
	}
	return 0
}

// monthIn is the month of a month expression ("in March") in toks[lo:hi],
// or zero.
func monthIn(ds []dateExpr, lo, hi int) time.Time {
	for _, d := range ds {
		if !d.month.IsZero() && d.tok >= lo && d.tok < hi {
			return d.month
		}
	}
	return time.Time{}
}

// dateIn returns the first date expression whose token lies in [lo, hi).
func dateIn(ds []dateExpr, lo, hi int) (dateExpr, bool) {
	for _, d := range ds {
		if d.tok >= lo && d.tok < hi && d.year == 0 {
			return d, true
		}
	}
	return dateExpr{}, false
}

// kindMode is the mode suggested by the kinds of a hop's places ("landed at
// X airport" gives air even without a verb).
func kindMode(h hop) (string, int) {
	for _, m := range []*Mention{h.to, h.from} {
		if m != nil && kindModes[m.Kind] != "" {
			return kindModes[m.Kind], 1
		}
	}
	return "", 0
}

// absDays is |d| in whole days.
func absDays(d time.Duration) int {
	if d < 0 {
		d = -d
	}
	return int(d / (24 * time.Hour))
}

// cameHere is true when a departure alone (move mv) is told with a word of
// coming (cameWords) before its origin or after it in the origin's own
// clause: "The flight from Indonesia took five hours", "Air Force One from
// Delhi landed at noon"; not "Before leaving Hanoi, he stopped at the
// memorial, where the pilot's plane came down in 1967", whose coming is
// another clause's.
func cameHere(toks []token, mv move) bool {
	fp := firstPlace(mv, toks)
	if anyIn(toks, mv.lo, fp, cameWords) {
		return true
	}
	for j := fp + 1; j < mv.hi && j < len(toks); j++ {
		if toks[j].brk || relWords[toks[j].w] {
			return false
		}
		if cameWords[toks[j].w] {
			return true
		}
	}
	return false
}

// datelineCity is the settlement an article's first sentence opens with
// (its dateline: "PORT MORESBY, Papua New Guinea — ..."), or nil.
func datelineCity(d Doc) *Mention {
	if len(d.Sentences) == 0 {
		return nil
	}
	s := d.Sentences[0]
	for i := range s.Mentions {
		if m := s.Mentions[i]; m.Start == 0 && cityKinds[m.Kind] {
			return &m
		}
	}
	return nil
}
