package itinerary

import (
	"slices"
	"sort"
	"strings"
)

// Who travels. Trips are per traveller: a story about a summit often tells
// two leaders' journeys, which must not chain into one.

// personSkip are capitalised words that are not part of a traveller's name:
// titles, function words that open sentences, and generic subjects.
var personSkip = words("president vice prime minister mr mrs ms dr sir king queen prince princess emperor pope " +
	"chancellor premier governor mayor senator secretary chairman leader general admiral foreign defence " +
	"defense deputy envoy ambassador spokesman spokeswoman officials official state supreme " +
	"the a an on in at after before during when while then later earlier and but as by from to for with " +
	"last next this that his her their its he she they it we after air force one")

// pronouns are words and generic subjects that refer back to the last
// traveller named in the article.
var pronouns = words("he she they his her their")

// subject returns the traveller named before token cue: the capitalised
// run closest before the verb ("President Joe Biden flew", "Putin's plane
// landed"), as lower-case words and as written. It returns nil when a
// pronoun comes first ("He flew", "His plane landed") or no name is found
// ("The minister flew"): the caller then takes the article's last traveller.
func subject(text string, toks []token, cue int) (key []string, surface string) {
	end := -1
	for j := min(cue, len(toks)) - 1; j >= 0; j-- {
		t := toks[j]
		isName := t.cap && t.place < 0 && !personSkip[trimPossessive(t.w)] && !isDateWord(t.w)
		if end < 0 {
			if pronouns[t.w] {
				return nil, ""
			}
			if isName {
				end = j
			}
			continue
		}
		if !isName || toks[j+1].brk {
			return runKey(toks, j+1, end), text[toks[j+1].lo:toks[end].hi]
		}
	}
	if end < 0 {
		return nil, ""
	}
	return runKey(toks, 0, end), text[toks[0].lo:toks[end].hi]
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

// firstCue is the index of the first movement cue in toks[lo:hi], or lo.
func firstCue(toks []token, lo, hi int) int {
	for j := max(lo, 0); j < hi && j < len(toks); j++ {
		if cues[toks[j].w] {
			return j
		}
	}
	return lo
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
