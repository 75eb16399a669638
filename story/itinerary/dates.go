package itinerary

import (
	"strconv"
	"strings"
	"time"
)

// dateExpr is a date found in a sentence.
type dateExpr struct {
	tok  int       // index of its first token
	date time.Time // resolved date (UTC midnight); zero when unresolvable
	// known is false for vague expressions ("last week") that are recognised
	// only so that no weaker rule reads them.
	known bool
	// year is set (and known false) for a bare year ("in 2019"): not a day,
	// but it places the movement in another year than the article's.
	year int
	// month is set (and known false) for a month of another month than the
	// article's ("in March"): the 15th of it, for grouping only.
	month time.Time
}

// day returns t at UTC midnight.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// findDates returns the date expressions of a sentence in text order.
// docDate is the article date (zero: unknown), prev the last date resolved
// earlier in the article (for "the next day"), future whether the sentence
// speaks of the future (weekdays then resolve forward).
//
// Rules: a weekday is the latest such day on or before the article date, or
// the next one on or after it in a future sentence; "last"/"next" before the
// weekday exclude the article date itself. "yesterday", "today", "tomorrow"
// are relative to the article date. "the next day", "the following day", "a
// day later", "two days later" are relative to prev. "Sept. 10", "September
// 10, 2023", "10 September" take the given year, or else, like weekdays, the
// latest such day on or before the article date (the first on or after it in
// a future sentence); a weekday right before such a date ("Sunday,
// September 11") is that date. "last week", "last month", "earlier this
// year" are vague and give no date.
func findDates(toks []token, docDate, prev time.Time, future bool) []dateExpr {
	var out []dateExpr
	hasDoc := !docDate.IsZero()
	docDay := day(docDate)
	for i := 0; i < len(toks); i++ {
		w := toks[i].w
		prevW := ""
		if i > 0 {
			prevW = toks[i-1].w
		}
		next := func(k int) string {
			if i+k < len(toks) {
				return toks[i+k].w
			}
			return ""
		}
		switch {
		case w == "yesterday" || w == "today" || w == "tomorrow":
			if !hasDoc {
				out = append(out, dateExpr{tok: i})
				continue
			}
			off := map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}[w]
			out = append(out, dateExpr{tok: i, date: docDay.AddDate(0, 0, off), known: true})
		case weekdayOK(toks, i):
			wd := time.Weekday(weekdays[trimPossessive(w)])
			if !hasDoc {
				out = append(out, dateExpr{tok: i})
				continue
			}
			// "on Sunday, September 11": the date the weekday introduces
			if i+1 >= len(toks) {
				// no date after it
			} else if d, n, ok := explicitDate(toks, i+1, docDay, hasDoc, future); ok && hasDoc && d.known {
				d.tok = i
				out = append(out, d)
				i += n
				continue
			}
			strict := prevW == "last" || prevW == "next"
			fwd := future || prevW == "next"
			if prevW == "last" {
				fwd = false
			}
			out = append(out, dateExpr{tok: i, date: nearestWeekday(docDay, wd, fwd, strict), known: true})
		case (w == "next" || w == "following") && (next(1) == "day" || next(1) == "morning") && prevW == "the":
			out = append(out, relative(i-1, prev, 1))
		case numberWords[w] > 0 && (next(1) == "day" || next(1) == "days") && next(2) == "later":
			out = append(out, relative(i, prev, numberWords[w]))
			i += 2
		case (w == "last" || w == "next" || w == "this") && (next(1) == "week" || next(1) == "month" || next(1) == "year"):
			out = append(out, dateExpr{tok: i})
			i++
		case w == "earlier" || w == "recently":
			if next(1) == "this" || w == "recently" {
				out = append(out, dateExpr{tok: i})
			}
		default:
			if d, n, ok := explicitDate(toks, i, docDay, hasDoc, future); ok {
				out = append(out, d)
				i += n - 1
			} else if d, ok := ordinalDay(toks, i, docDay, prev, hasDoc, future); ok {
				out = append(out, d)
			} else if y := bareYear(w); y != 0 {
				if prevW == "since" || prevW == "until" || prevW == "till" {
					// "the first visit since 1991": a span, not when the move was
					out = append(out, dateExpr{tok: i})
				} else if n := next(1); (n == "to" || n == "until" || n == "till" || n == "and") && bareYear(next(2)) != 0 {
					// "the dictatorship of 1973 to 1990": a period, not when the move was
					out = append(out, dateExpr{tok: i})
					i += 2
				} else {
					out = append(out, dateExpr{tok: i, year: y})
				}
			} else if mo, ok := months[w]; ok && toks[i].cap && (prevW == "in" || prevW == "since") && w != "may" && hasDoc {
				// "a visit to Moscow in March": a month, not a day
				out = append(out, monthExpr(i, mo, docDay, future))
			}
		}
	}
	return out
}

// weekdayOK is true for a weekday name used as a day ("on Saturday", "late
// Sunday"), not in a name ("Good Friday", "Black Monday" are still days and
// resolve; "Friday's" is a possessive and also counts).
func weekdayOK(toks []token, i int) bool {
	_, ok := weekdays[trimPossessive(toks[i].w)]
	return ok && toks[i].cap
}

// trimPossessive drops a final "'s" or "’s".
func trimPossessive(w string) string {
	for _, s := range []string{"'s", "’s"} {
		if len(w) > len(s) && w[len(w)-len(s):] == s {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

func relative(tok int, prev time.Time, days int) dateExpr {
	if tok < 0 {
		tok = 0
	}
	if prev.IsZero() {
		return dateExpr{tok: tok}
	}
	return dateExpr{tok: tok, date: prev.AddDate(0, 0, days), known: true}
}

// nearestWeekday is the latest wd on or before d (or strictly before when
// strict), or with fwd the first on or after d (strictly after when strict).
func nearestWeekday(d time.Time, wd time.Weekday, fwd, strict bool) time.Time {
	if fwd {
		n := (int(wd) - int(d.Weekday()) + 7) % 7
		if n == 0 && strict {
			n = 7
		}
		return d.AddDate(0, 0, n)
	}
	n := (int(d.Weekday()) - int(wd) + 7) % 7
	if n == 0 && strict {
		n = 7
	}
	return d.AddDate(0, 0, -n)
}

// explicitDate reads "Sept. 10", "September 10, 2023", "10 September 2023"
// at token i; n is the number of tokens it used.
func explicitDate(toks []token, i int, docDay time.Time, hasDoc, future bool) (dateExpr, int, bool) {
	num := func(k int) (int, bool) {
		if k >= len(toks) || toks[k].w[0] < '0' || toks[k].w[0] > '9' {
			return 0, false
		}
		w := toks[k].w
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if len(w) > 2 && w[len(w)-2:] == suf {
				w = w[:len(w)-2]
				break
			}
		}
		v, err := strconv.Atoi(w)
		return v, err == nil
	}
	year := func(k int) (int, bool) {
		v, ok := num(k)
		if ok && v >= 1900 && v <= 2200 && k < len(toks) && len(toks[k].w) == 4 {
			return v, true
		}
		return 0, false
	}
	var m, d, used int
	if mo, ok := months[toks[i].w]; ok && toks[i].cap {
		if v, ok := num(i + 1); ok && v >= 1 && v <= 31 && len(toks[i+1].w) <= 4 {
			m, d, used = mo, v, 2
		}
	} else if v, ok := num(i); ok && v >= 1 && v <= 31 && i+1 < len(toks) {
		if mo, ok := months[toks[i+1].w]; ok && toks[i+1].cap {
			m, d, used = mo, v, 2
		}
	}
	if used == 0 {
		return dateExpr{}, 0, false
	}
	y, hasYear := year(i + used)
	if hasYear {
		used++
	}
	if !hasYear {
		if !hasDoc {
			return dateExpr{tok: i}, used, true
		}
		// like a weekday: the latest on or before the article date, or in a
		// future sentence the first on or after it; but a day up to
		// scheduleDays ahead of the article is that day, not the same day
		// of last year (a programme told in the present: "July 26 begins
		// with an open-air Mass", in an article of June 24)
		y := docDay.Year()
		c := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if !future && c.After(docDay) && c.Sub(docDay) > scheduleDays*24*time.Hour {
			y--
		} else if future && c.Before(docDay) {
			y++
		}
		return validDay(i, time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), m, d), used, true
	}
	return validDay(i, time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), m, d), used, true
}

// scheduleDays is how far ahead of its article a month and day with no year
// may lie and still be read in the article's year when the sentence does not
// speak of the future (beyond, it is last year's).
const scheduleDays = 60

// ordinalWords may follow "the 18th" when it is a day ("On the 18th he
// goes north", "on the 16th and say Mass"); any other word makes it a rank
// ("the 18th floor", "the 5th anniversary").
var ordinalWords = words("and or he she they it we the a at in with when before after his her their")

// ordinalDay reads "the 18th" at token i (after "the", before punctuation,
// the end or a word of ordinalWords) as a day of the month the article is
// at: of prev's month or the month before or after, whichever is nearest prev, else
// like a date with no month: the latest such day on or before the article
// date, the first on or after it in a future sentence.
func ordinalDay(toks []token, i int, docDay, prev time.Time, hasDoc, future bool) (dateExpr, bool) {
	w := toks[i].w
	if i == 0 || toks[i-1].w != "the" || len(w) < 3 || len(w) > 4 || !hasDoc {
		return dateExpr{}, false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
	default:
		return dateExpr{}, false
	}
	n, err := strconv.Atoi(w[:len(w)-2])
	if err != nil || n < 1 || n > 31 {
		return dateExpr{}, false
	}
	if i+1 < len(toks) && !toks[i+1].brk && !ordinalWords[toks[i+1].w] {
		return dateExpr{}, false
	}
	base := docDay
	if !prev.IsZero() {
		base = day(prev)
	}
	c := time.Date(base.Year(), base.Month(), n, 0, 0, 0, 0, time.UTC)
	switch {
	case !prev.IsZero():
		// the one nearest prev: of its month, the month before or after
		for _, dm := range []int{-1, 1} {
			o := time.Date(base.Year(), base.Month()+time.Month(dm), n, 0, 0, 0, 0, time.UTC)
			if o.Day() == n && (c.Day() != n || absDays(o.Sub(base)) < absDays(c.Sub(base))) {
				c = o
			}
		}
	case !future && c.After(docDay):
		c = time.Date(base.Year(), base.Month()-1, n, 0, 0, 0, 0, time.UTC)
	case future && c.Before(docDay):
		c = time.Date(base.Year(), base.Month()+1, n, 0, 0, 0, 0, time.UTC)
	}
	return validDay(i-1, c, int(c.Month()), n), true
}

// monthExpr is a month without a day ("in March"): not a day (known is
// false), but when it is not the article's month, its year-month
// (the latest on or before the article date, the first after it in a
// future sentence) places the move at another time.
func monthExpr(tok, m int, docDay time.Time, future bool) dateExpr {
	if time.Month(m) == docDay.Month() {
		return dateExpr{tok: tok}
	}
	y := docDay.Year()
	if !future && time.Month(m) > docDay.Month() {
		y--
	} else if future && time.Month(m) < docDay.Month() {
		y++
	}
	return dateExpr{tok: tok, month: time.Date(y, time.Month(m), 15, 0, 0, 0, 0, time.UTC)}
}

// validDay rejects dates such as 31 April that time.Date normalises.
func validDay(tok int, t time.Time, m, d int) dateExpr {
	if int(t.Month()) != m || t.Day() != d {
		return dateExpr{tok: tok}
	}
	return dateExpr{tok: tok, date: t, known: true}
}

// isFuture is true when the sentence speaks of the future: "will", "'ll",
// "shall", "tomorrow", "next week", "is (was) expected/scheduled/due/set
// to", "was to leave", "plans to", or the present of a movement verb ("he
// flies to X on Sunday": a scheduled move).
func isFuture(toks []token) bool { return futureIn(toks, true) }

// futureIn is isFuture; with present false the present of a movement verb
// is not a plan (a timeline entry tells what happened in the present).
func futureIn(toks []token, present bool) bool {
	for i, t := range toks {
		if futureWords[t.w] || len(t.w) > 3 && t.w[len(t.w)-3:] == "'ll" {
			return true
		}
		be := t.w == "is" || t.w == "are" || t.w == "be" || t.w == "was" || t.w == "were"
		if be && i+2 < len(toks) && futureAfterIs[toks[i+1].w] && toks[i+2].w == "to" {
			return true
		}
		// "was to leave", "is to fly": a plan, told then or now
		if be && i+2 < len(toks) && toks[i+1].w == "to" && cues[toks[i+2].w] {
			return true
		}
		// "On Sunday he flies to Manaus": the present of a movement verb
		// tells a scheduled move
		// ("lit its sails", "the returns" are nouns)
		if present && scheduledPresent[t.w] && (i == 0 || !determiners[toks[i-1].w]) {
			return true
		}
		if (t.w == "plans" || t.w == "plan" || t.w == "intends") && i+1 < len(toks) && toks[i+1].w == "to" ||
			t.w == "plans" && i+1 < len(toks) && (toks[i+1].w == "a" || toks[i+1].w == "an") && i > 0 && !determiners[toks[i-1].w] {
			return true
		}
		if t.w == "next" && i+1 < len(toks) && (toks[i+1].w == "week" || toks[i+1].w == "month") {
			return true
		}
	}
	return false
}

// bareYear reads a four-digit year from 1900 to 2199, or 0.
func bareYear(w string) int {
	if len(w) != 4 || w[0] < '1' || w[0] > '2' {
		return 0
	}
	y, err := strconv.Atoi(w)
	if err != nil || y < 1900 || y > 2199 {
		return 0
	}
	return y
}

// partsOfDay open a timeline entry ("Morning — The helicopter leaves for X").
var partsOfDay = words("morning afternoon evening night noon midday dawn midnight")

// timelineEntry is true for a sentence that opens with a clock time or a
// part of the day and a dash ("08:30 — The pope lands at X", "21:37 CET
// (22:37) — The train leaves X", "Evening — The plane takes off for X"): a
// live timeline, whose present tense tells what happened.
func timelineEntry(text string, toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	first := toks[0].w
	if !partsOfDay[first] && (first[0] < '0' || first[0] > '9') {
		return false
	}
	for j := 1; j < len(toks) && j <= 6; j++ {
		if toks[j].brk {
			between := text[toks[j-1].hi:toks[j].lo]
			if strings.ContainsAny(between, "—–") || strings.Contains(between, " - ") {
				return true
			}
			if !strings.ContainsAny(between, "():.") {
				return false
			}
		}
	}
	return false
}
