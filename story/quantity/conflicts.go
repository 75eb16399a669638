package quantity

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Tolerances say when two values of the same thing agree.
type Tolerances struct {
	// Relative: values agree when they differ by at most this fraction of the
	// smaller one. 0 means DefaultRelative.
	Relative float64
	// Approximate is the tolerance when either value is hedged ("about",
	// "nearly", "some"). 0 means DefaultApproximate.
	Approximate float64
}

// Default tolerances: 1% for stated values (2,500 miles = 4,023 km agrees
// with 4,000 km, 0.6%; 420 and 430 miles differ by 2.4%), 10% for hedged
// ones.
const (
	DefaultRelative    = 0.01
	DefaultApproximate = 0.10
)

// Conflict is one thing reported with values that differ beyond the
// tolerance.
type Conflict struct {
	// About names what the values measure: the kind, the places they share,
	// and what is counted or measured ("distance Pyongyang (trip)").
	About string
	Kind  string
	// Values are the values as stated, one per quantity, in input order.
	Values []Value
	// Sources are the distinct sources, in input order.
	Sources []string
	// Quantities are the quantities compared.
	Quantities []Quantity
	// Verdict says how much the extreme values differ, in the normalised
	// unit: "differ by 2.4% (16 km)".
	Verdict string
}

// isVague reports whether a qualifier is a vague plural ("thousands",
// "tens of thousands"): an order of magnitude, never a stated value.
func isVague(qual string) bool {
	for _, vg := range vague {
		if vg.phrase == qual {
			return true
		}
	}
	return false
}

func head(about string) string {
	f := strings.Fields(strings.ToLower(about))
	if len(f) == 0 {
		return ""
	}
	h := f[len(f)-1]
	if len(h) > 3 && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") {
		h = h[:len(h)-1]
	}
	return h
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// Conflicts groups the quantities that measure the same thing (sameThing,
// transitively) and reports each group whose values differ beyond the
// tolerance: the largest and smallest normalised values are compared
// relative to the smaller. Conflicts are in the order of their first
// quantity.
func Conflicts(qs []Quantity, tol Tolerances) []Conflict {
	if tol.Relative <= 0 {
		tol.Relative = DefaultRelative
	}
	if tol.Approximate <= 0 {
		tol.Approximate = DefaultApproximate
	}
	parent := make([]int, len(qs))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	linkSameThings(qs, func(i, j int) { parent[find(j)] = find(i) })
	groups := map[int][]int{}
	for i := range qs {
		if qs[i].Kind != Date {
			groups[find(i)] = append(groups[find(i)], i)
		}
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	// Members are in input order, so groups sort by their first quantity.
	slices.SortFunc(roots, func(x, y int) int { return cmp.Compare(groups[x][0], groups[y][0]) })
	var out []Conflict
	for _, r := range roots {
		if g := groups[r]; len(g) >= 2 {
			if c, ok := conflict(qs, g, tol); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

func conflict(qs []Quantity, g []int, tol Tolerances) (Conflict, bool) {
	lo, hi := g[0], g[0]
	hedged := false
	for _, i := range g {
		if qs[i].Normalized.Value < qs[lo].Normalized.Value {
			lo = i
		}
		if qs[i].Normalized.Value > qs[hi].Normalized.Value {
			hi = i
		}
		q := qs[i].Qualifier
		if approximate[q] || lowerBounds[q] || upperBounds[q] {
			hedged = true
		}
	}
	a, b := qs[lo].Normalized.Value, qs[hi].Normalized.Value
	if a <= 0 {
		return Conflict{}, false
	}
	t := tol.Relative
	if hedged {
		t = tol.Approximate
	}
	// A lower bound at or below the other value, or an upper bound at or
	// above it, agrees.
	if lowerBounds[qs[lo].Qualifier] || upperBounds[qs[hi].Qualifier] {
		return Conflict{}, false
	}
	rel := (b - a) / a
	if rel <= t {
		return Conflict{}, false
	}
	c := Conflict{Kind: qs[g[0]].Kind}
	var places []string
	seen := make(map[string]bool, len(g))
	c.Values = make([]Value, 0, len(g))
	c.Quantities = make([]Quantity, 0, len(g))
	for k, i := range g {
		q := qs[i]
		c.Values = append(c.Values, Value{q.Value, q.Unit})
		c.Quantities = append(c.Quantities, q)
		if !seen[q.Source] {
			seen[q.Source] = true
			c.Sources = append(c.Sources, q.Source)
		}
		if k == 0 {
			places = q.Places
		} else if q.Kind == Distance {
			places = intersect(places, q.Places)
		}
	}
	about := c.Kind
	if c.Kind == Distance && len(places) > 0 {
		about += " " + strings.Join(places, "–")
	}
	for _, i := range g {
		if qs[i].About != "" {
			about += " (" + qs[i].About + ")"
			break
		}
	}
	c.About = about
	c.Verdict = fmt.Sprintf("differ by %s (%s %s)", pct(rel), num(math.Abs(b-a)), qs[lo].Normalized.Unit)
	return c, true
}

// linkSameThings calls union(i, j) for enough pairs that two quantities end
// up connected exactly when a chain of sameThing pairs joins them, without
// comparing every pair: quantities are put in buckets of candidates (same
// kind and unit, and the same pair of places for distances; the same head
// noun and set of places for the others), and within a
// bucket every member is joined to a representative from another source.
// Vague amounts ("thousands", "tens of thousands") join none. Each step
// mirrors a rule of sameThing; the test checks the two agree on random
// input.
//
// The rules: a distance is the same thing as another only when both name
// at least two places and two of them are shared (the same pair: "250 km
// from Sydney" to Canberra and "4,300 km from Sydney" to Samoa are not),
// and both are the length of a trip or neither is (tripDistance: "a
// 420-mile trip from Pyongyang by armored train" follows the railway,
// "Vladivostok, 430 miles northeast of Pyongyang" is the straight line);
// a count, duration, percentage or sum of money when the head noun and
// what the sentence says of it (predicate: "rescued", "dead") are the same
// and the sentences name the same places, or none ("35,000 people" in Port
// Moresby and "600,000 people" in Dili are not, nor "a three-day visit to
// Poland and Ukraine" and "a two-day visit to Poland": a trip and one of
// its legs). Sizes of things and
// distances in an apposition to a noun that is no place (unrelatedDistance)
// join none.
func linkSameThings(qs []Quantity, union func(i, j int)) {
	type bucket struct {
		members []int
		// any and few hold up to two members of distinct sources: any of
		// all members, few of those with fewer than two places.
		any, few []int
	}
	buckets := map[string]*bucket{}
	add := func(key string, i int, few bool) {
		b := buckets[key]
		if b == nil {
			b = &bucket{}
			buckets[key] = b
		}
		b.members = append(b.members, i)
		keep := func(reps []int) []int {
			if len(reps) == 0 || (len(reps) == 1 && qs[reps[0]].Source != qs[i].Source) {
				return append(reps, i)
			}
			return reps
		}
		b.any = keep(b.any)
		if few {
			b.few = keep(b.few)
		}
	}
	for i := range qs {
		q := &qs[i]
		if q.Kind == Date || isVague(q.Qualifier) || unrelatedDistance(q) {
			continue
		}
		unit := q.Kind + "\x00" + q.Normalized.Unit + "\x00"
		places := slices.Clone(q.Places)
		slices.Sort(places)
		places = slices.Compact(places)
		if q.Kind != Distance {
			if h := head(q.About); h != "" {
				add("h\x00"+unit+h+"\x00"+predicate(q)+"\x00"+strings.Join(places, "\x00"), i, false)
			}
			continue
		}
		if len(places) < 2 {
			continue
		}
		way := "line\x00"
		if tripDistance(q) {
			way = "trip\x00"
		}
		for x := range places {
			for _, y := range places[x+1:] {
				add("2\x00"+unit+way+places[x]+"\x00"+y, i, false)
			}
		}
	}
	other := func(reps []int, i int) int {
		for _, r := range reps {
			if qs[r].Source != qs[i].Source {
				return r
			}
		}
		return -1
	}
	for key, b := range buckets {
		switch key[0] {
		case 'h', '2':
			// Every pair from distinct sources is the same thing.
			for _, i := range b.members {
				if r := other(b.any, i); r >= 0 {
					union(r, i)
				}
			}
		}
	}
}

// tripDistance reports whether a distance is the length of a trip along a
// way, not the straight line between its places: what it measures is a
// trip ("a 420-mile trip"), or its clause (between the commas around the
// number) tells of travel ("The convoy drove 300 km from Moscow to Omsk");
// "They were driven from Kalamata, a port city about 40 km outside Athens"
// places Kalamata.
func tripDistance(q *Quantity) bool {
	if hasTripWord(q.About) {
		return true
	}
	s, lo, hi := q.Sentence, int(q.Start), int(q.End)
	if lo < 0 || hi > len(s) || lo > hi {
		return false
	}
	from, to := 0, len(s)
	if i := strings.LastIndexAny(s[:lo], ",;:—("); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		from = i + n
	}
	if j := strings.IndexAny(s[hi:], ",;:—)"); j >= 0 {
		to = hi + j
	}
	return hasTripWord(s[from:to])
}
