package itinerary

import (
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
	ev       Evidence
	order    int // text order over all docs
	doc      int
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
func docHops(di int, d Doc, order *int, venues *venueSet) []hop {
	var out []hop
	var prevDate time.Time
	lastBy := map[string]*Mention{} // last place each traveller reached or left, in this article
	lastWhenBy := map[string]time.Time{}
	var person []string
	var personText string
	var buf []token
	for _, s := range d.Sentences {
		buf = tokenize(s.Text, s.Mentions, buf)
		toks := buf
		future := isFuture(toks)
		dates := findDates(toks, d.Date, prevDate, future)
		for _, de := range dates {
			if de.known {
				prevDate = de.date
			}
		}
		ev := Evidence{Source: d.Source, Sentence: s.Index, Text: s.Text}
		venues.add(s, toks, ev)
		moves := sentenceMoves(s, toks)
		var inherit dateExpr
		for mi, mv := range moves {
			de, found := dateIn(dates, mv.lo, mv.hi)
			if !found {
				if mi > 0 {
					de = inherit
				} else if len(moves) == 1 && len(dates) > 0 {
					de = dates[0]
				}
			}
			inherit = de
			mode, rank := modeIn(toks, mv.lo, mv.hi)
			if rank == 0 {
				mode, rank = modeIn(toks, 0, len(toks))
			}
			if k, txt := subject(s.Text, toks, firstCue(toks, mv.lo, mv.hi)); k != nil {
				person, personText = k, txt
			}
			h := hop{mode: mode, rank: rank, ret: mv.ret, ev: ev, order: *order, doc: di,
				person: person, personText: personText}
			*order++
			if de.known {
				h.date = de.date
			}
			h.when = h.date
			if h.when.IsZero() && !d.Date.IsZero() {
				h.when = day(d.Date)
			}
			if mv.from >= 0 {
				m := s.Mentions[mv.from]
				h.from = &m
			}
			if mv.to >= 0 {
				m := s.Mentions[mv.to]
				h.to = &m
			}
			if h.from != nil && h.to != nil && h.from.PlaceID == h.to.PlaceID {
				h.from = nil // "left X for X": no movement between places
			}
			for _, v := range mv.via {
				h.via = append(h.via, s.Mentions[v])
			}
			if rank == 0 {
				h.mode, h.rank = kindMode(h)
			}
			who := strings.Join(person, " ")
			last, lastWhen := lastBy[who], lastWhenBy[who]
			if h.from == nil && h.to != nil && last != nil && last.PlaceID != h.to.PlaceID &&
				(h.when.IsZero() || lastWhen.IsZero() || h.when.Sub(lastWhen) <= 30*24*time.Hour) {
				m := *last
				h.from = &m
			}
			if h.to != nil {
				m := *h.to
				lastBy[who] = &m
			} else if h.from != nil {
				m := *h.from
				lastBy[who] = &m
			}
			lastWhenBy[who] = h.when
			out = append(out, h)
		}
	}
	return out
}

// dateIn returns the first date expression whose token lies in [lo, hi).
func dateIn(ds []dateExpr, lo, hi int) (dateExpr, bool) {
	for _, d := range ds {
		if d.tok >= lo && d.tok < hi {
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
