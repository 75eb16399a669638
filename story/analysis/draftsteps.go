package analysis

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/story"
)

// MaxDraftSteps caps the steps a draft gets, whatever the number of
// articles: an overview and at most MaxDraftSteps-1 others.
const MaxDraftSteps = 30

// maxCited caps the sentences a draft step cites.
const maxCited = 3

// draftSteps tells a draft story (a folder of articles) as steps: an
// overview, then one step per leg of each trip the articles describe and
// one at each venue, in date order (a leg without a date keeps its place
// in its trip). Without a journey or a venue it falls back to the steps
// the loader made (one per article), grouped by day, then by week, when
// there are more than MaxDraftSteps. The overview says what was found and
// why the draft is thin when it is.
func draftSteps(s *story.Story, j *journey, names map[string]string, at map[string]orb.Point) []story.Step {
	type dated struct {
		st   story.Step
		date string
		rank float64 // sources: what is kept when there are too many
	}
	var items []dated
	for _, rt := range j.routes {
		for n, l := range j.legs[rt.ID] {
			id := rt.ID
			st := story.Step{
				ID:      fmt.Sprintf("%s-leg-%d", strings.TrimPrefix(id, "inferred-"), n+1),
				Title:   legTitle(names, l),
				Date:    l.Date,
				Places:  append(append([]string{l.From}, l.Via...), l.To),
				Route:   &id,
				Sources: append([]string{}, l.Sources...),
				Body:    citeBody(s, l.Evidence),
			}
			items = append(items, dated{st, l.Date, float64(len(l.Sources))})
		}
	}
	for _, v := range topVenues(j.venues) {
		date := venueDate(j, at, v, commonDate(s, v.Sources))
		st := story.Step{
			ID:      "venue-" + story.Slug(v.Name),
			Title:   "At " + v.Name,
			Date:    date,
			Places:  []string{v.ID},
			Sources: append([]string{}, v.Sources...),
			Body:    citeBody(s, v.Evidence),
		}
		items = append(items, dated{st, date, float64(len(v.Sources)) + 0.5})
	}
	var steps []story.Step
	overview := overviewStep(s, j)
	if len(items) == 0 {
		steps = fallbackSteps(s)
		if len(steps) > 0 && steps[0].ID == "overview" {
			steps[0].Body = overview.Body
			steps[0].Title = overview.Title
		}
		return steps
	}
	// Undated items take the date of the item before them, so that they
	// keep their place in the trip.
	last := ""
	for i := range items {
		if items[i].date == "" {
			items[i].date = last
		}
		last = items[i].date
	}
	// ... and those before any dated item the date of the first dated one
	// after them (a trip that opens undated stays before its dated legs).
	next := ""
	for i := len(items) - 1; i >= 0; i-- {
		if items[i].date == "" {
			items[i].date = next
		}
		next = items[i].date
	}
	if len(items) > MaxDraftSteps-1 {
		keep := make([]int, len(items))
		for i := range keep {
			keep[i] = i
		}
		sort.SliceStable(keep, func(a, b int) bool { return items[keep[a]].rank > items[keep[b]].rank })
		keep = keep[:MaxDraftSteps-1]
		sort.Ints(keep)
		kept := make([]dated, 0, len(keep))
		for _, i := range keep {
			kept = append(kept, items[i])
		}
		items = kept
	}
	// by date, undated last (a consistent order: "" is after every date)
	sort.SliceStable(items, func(a, b int) bool {
		da, db := items[a].date, items[b].date
		if (da == "") != (db == "") {
			return db == ""
		}
		return da < db
	})
	steps = append(steps, overview)
	ids := map[string]bool{"overview": true}
	for _, it := range items {
		id := it.st.ID
		for n := 2; ids[id]; n++ {
			id = fmt.Sprintf("%s-%d", it.st.ID, n)
		}
		ids[id] = true
		it.st.ID = id
		steps = append(steps, it.st)
	}
	return steps
}

// overviewStep is the draft's first step: every source, and a body saying
// what Storylens found and what it could not.
func overviewStep(s *story.Story, j *journey) story.Step {
	st := story.Step{ID: "overview", Title: "Overview"}
	var srcs []*story.Source
	for _, src := range s.Sources {
		if src.Article != nil {
			srcs = append(srcs, src)
			st.Sources = append(st.Sources, src.ID)
		}
	}
	st.Date = story.DateSpan(srcs)
	var b strings.Builder
	fmt.Fprintf(&b, "A draft built by Storylens from %s.", lexicon.Count(len(srcs), "article"))
	legs := 0
	for _, rt := range j.routes {
		legs += len(j.legs[rt.ID])
	}
	if legs > 0 {
		fmt.Fprintf(&b, " It found %s with %s in the text", lexicon.Count(len(j.routes), "trip"), lexicon.Count(legs, "leg"))
		if vs := topVenues(j.venues); len(vs) > 0 {
			fmt.Fprintf(&b, " and the venue %s", story.EscapeMarkup(vs[0].Name))
		}
		b.WriteString(": routes are drawn through the places named and are approximate.")
	} else if vs := topVenues(j.venues); len(vs) > 0 {
		fmt.Fprintf(&b, " It found the venue %s but no journey in the text.", story.EscapeMarkup(vs[0].Name))
	}
	if len(j.notes) > 0 {
		b.WriteString(" Notes: " + story.EscapeMarkup(strings.Join(j.notes, "; ")) + ".")
	}
	b.WriteString(" Edit the steps, places and routes, then save the story.")
	st.Body = b.String()
	return st
}

// fallbackSteps are the loader's steps (an overview and one per article),
// grouped by day, then by ISO week, then by month when there are more than
// MaxDraftSteps.
func fallbackSteps(s *story.Story) []story.Step {
	if len(s.Steps) <= MaxDraftSteps {
		return append([]story.Step(nil), s.Steps...)
	}
	keys := []func(string) string{
		func(d string) string { return d },
		func(d string) string {
			y, w := parseDay(d).ISOWeek()
			return fmt.Sprintf("%d-W%02d", y, w)
		},
		func(d string) string { return d[:7] },
		func(d string) string { return d[:4] },
	}
	for _, key := range keys {
		steps := groupSteps(s, key)
		if len(steps) <= MaxDraftSteps || len(steps) == 0 {
			return steps
		}
	}
	return groupSteps(s, func(string) string { return "all" })
}

// groupSteps is an overview and one step per group of articles with the
// same key of their date (undated ones together, last).
func groupSteps(s *story.Story, key func(string) string) []story.Step {
	out := []story.Step{s.Steps[0]}
	byKey := map[string]int{}
	for _, src := range s.Sources {
		if src.Article == nil {
			continue
		}
		k := "undated"
		if !parseDay(src.Date).IsZero() {
			k = key(src.Date)
		}
		i, ok := byKey[k]
		if !ok {
			i = len(out)
			byKey[k] = i
			title := "Articles of " + k
			if k == "undated" {
				title = "Articles without a date"
			}
			out = append(out, story.Step{ID: "articles-" + story.Slug(k), Title: title})
		}
		out[i].Sources = append(out[i].Sources, src.ID)
		if d := src.Date; !parseDay(d).IsZero() {
			out[i].Date = widen(out[i].Date, d)
		}
	}
	rest := out[1:]
	sort.SliceStable(rest, func(a, b int) bool {
		if (rest[a].Date == "") != (rest[b].Date == "") {
			return rest[a].Date != ""
		}
		return rest[a].Date < rest[b].Date
	})
	for i := range rest {
		rest[i].Body = lexicon.Count(len(rest[i].Sources), "article") + "."
	}
	return out
}

// widen extends the day or range r with day d.
func widen(r, d string) string {
	if r == "" {
		return d
	}
	lo, hi, _ := strings.Cut(r, "/")
	if hi == "" {
		hi = lo
	}
	if d < lo {
		lo = d
	}
	if d > hi {
		hi = d
	}
	if lo == hi {
		return lo
	}
	return lo + "/" + hi
}

// topVenues are the venues scoring at least half the best one (at most 2).
func topVenues(vs []VenueReport) []VenueReport {
	var out []VenueReport
	for _, v := range vs {
		if len(out) == 2 || (len(out) > 0 && v.Score < out[0].Score/2) {
			break
		}
		out = append(out, v)
	}
	return out
}

// legTitle is "Bergen to Plymouth by sea".
func legTitle(names map[string]string, l LegReport) string {
	name := func(id string) string {
		if n := names[id]; n != "" {
			return n
		}
		return id
	}
	t := name(l.From) + " to " + name(l.To)
	switch l.Mode {
	case "air":
		t += " by air"
	case "rail":
		t += " by train"
	case "road":
		t += " by road"
	case "sea":
		t += " by sea"
	}
	if l.Return {
		t = "Return: " + t
	}
	return t
}

// innerQuotes writes the double quotation marks of a cited sentence as
// single ones (‘ ’), since the citation itself is in double marks: a
// sentence that opens with a quotation reads “‘The debris…’ he said”, not
// “"The debris…". A straight mark opens a quotation at the start or after a
// space or an opening bracket and closes it elsewhere.
func innerQuotes(s string) string {
	if !strings.ContainsAny(s, "\"“”") {
		return s
	}
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		switch r {
		case '“':
			r = '‘'
		case '”':
			r = '’'
		case '"':
			if prev == ' ' || prev == '(' || prev == '[' || prev == '—' || prev == '–' {
				r = '‘'
			} else {
				r = '’'
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// citeBody quotes up to maxCited sentences, one source each, naming it:
// “…” (Outlet).
func citeBody(s *story.Story, ev []Evidence) string {
	var b strings.Builder
	seen := map[string]bool{}
	n := 0
	for _, e := range ev {
		if n == maxCited || seen[e.Source] {
			continue
		}
		seen[e.Source] = true
		n++
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		text := innerQuotes(story.Shorten(strings.Join(strings.Fields(e.Text), " "), 300))
		fmt.Fprintf(&b, "“%s” *(%s)*", story.EscapeMarkup(text), story.EscapeMarkup(sourceLabel(s, e.Source)))
	}
	return b.String()
}

// sourceLabel names a source: its outlet, else its title, else its id.
func sourceLabel(s *story.Story, id string) string {
	src := s.SourceByID(id)
	switch {
	case src == nil:
		return id
	case src.Outlet != "":
		return src.Outlet
	case src.Title != "":
		return story.Shorten(src.Title, 60)
	}
	return id
}

// venueArrivalKm is how near a leg must end to a venue for its date to be
// the day the traveller reached the venue.
const venueArrivalKm = 60

// venueDate is the day of the event at venue v (pos: the places' positions):
// the day its sentences name most often ("the open-air Mass at the stadium
// on July 26"; the earlier on a tie) among those in the week after the day
// the traveller reached it, for a traveller may reach a city days before the
// event there; else the day it was reached: the date of an outbound leg that
// ends within venueArrivalKm of it (of those, the one nearest to the
// articles' date, for stories of several trips); else articles, the date
// most of v's sources carry. Articles written before the event would
// otherwise date it by the preview.
func venueDate(j *journey, pos map[string]orb.Point, v VenueReport, articles string) string {
	reached := arrivalDate(j, pos, v, articles)
	if reached == "" {
		return ""
	}
	// A named day counts when it comes after the day the traveller reached
	// the venue (which the arrival's own sentences name) and within
	// venueStayDays of it: a sentence about the venue may name another day
	// (a preview's "next week", a month read in the wrong year, an
	// anniversary), and a stay is days, not weeks.
	from := parseDay(reached)
	var near []string
	for _, d := range j.venueDays[v.ID] {
		if t := parseDay(d); !t.IsZero() && !from.IsZero() && t.After(from) && t.Sub(from) <= venueStayDays*24*time.Hour {
			near = append(near, d)
		}
	}
	if day := mostNamed(near); day != "" {
		return day
	}
	return reached
}

// venueStayDays is how many days after reaching a venue a day its
// sentences name may be the day of the event there.
const venueStayDays = 7

// arrivalDate is the day the traveller reached venue v: the date of an
// outbound leg that ends within venueArrivalKm of it (see venueDate), else
// articles.
func arrivalDate(j *journey, pos map[string]orb.Point, v VenueReport, articles string) string {
	at := orb.Point{v.Lon, v.Lat}
	ref := parseDay(articles)
	best, bestGap := "", time.Duration(-1)
	for _, rt := range j.routes {
		for _, l := range j.legs[rt.ID] {
			d := parseDay(l.Date)
			if l.Return || d.IsZero() {
				continue
			}
			to, ok := pos[l.To]
			if !ok || geo.DistanceHaversine(at, to) > venueArrivalKm*1000 {
				continue
			}
			gap := time.Duration(0)
			if !ref.IsZero() {
				gap = d.Sub(ref)
				if gap < 0 {
					gap = -gap
				}
			}
			if bestGap < 0 || gap < bestGap || (gap == bestGap && l.Date < best) {
				best, bestGap = l.Date, gap
			}
		}
	}
	if best == "" {
		return articles
	}
	return best
}

// mostNamed is the day named most often in days (the earlier on a tie; ""
// for none).
func mostNamed(days []string) string {
	count := map[string]int{}
	best := ""
	for _, d := range days {
		count[d]++
		if c := count[d]; best == "" || c > count[best] || (c == count[best] && d < best) {
			best = d
		}
	}
	return best
}

// commonDate is the date most of the sources carry ("" when none).
func commonDate(s *story.Story, ids []string) string {
	count := map[string]int{}
	best := ""
	for _, id := range ids {
		if src := s.SourceByID(id); src != nil && !parseDay(src.Date).IsZero() {
			count[src.Date]++
			if c := count[src.Date]; c > count[best] || (c == count[best] && src.Date < best) {
				best = src.Date
			}
		}
	}
	return best
}
