package quantity

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// sameThing reports whether a and b measure the same thing: same kind and
// normalised unit, from different sources, and for distances the places
// near them overlap (at least one shared name, two when both name two or
// more), for other kinds the same noun (last word of About, without a
// plural s), the same predicate and the same set of places. Dates are never
// compared.
func sameThing(a, b *Quantity) bool {
	if a.Kind != b.Kind || a.Normalized.Unit != b.Normalized.Unit || a.Kind == Date || a.Source == b.Source ||
		isVague(a.Qualifier) || isVague(b.Qualifier) || unrelatedDistance(a) || unrelatedDistance(b) {
		return false
	}
	shared := len(intersect(a.Places, b.Places))
	if a.Kind == Distance {
		return shared >= 2 && tripDistance(a) == tripDistance(b)
	}
	ha, hb := head(a.About), head(b.About)
	return ha != "" && ha == hb && predicate(a) == predicate(b) && samePlaces(a.Places, b.Places)
}

// pairwiseGroups is the definition linkSameThings implements: quantities
// joined by chains of sameThing pairs, compared pair by pair.
func pairwiseGroups(qs []Quantity) []int {
	parent := make([]int, len(qs))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			x = parent[x]
		}
		return x
	}
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if sameThing(&qs[i], &qs[j]) {
				parent[find(j)] = find(i)
			}
		}
	}
	out := make([]int, len(qs))
	for i := range qs {
		out[i] = find(i)
	}
	return out
}

func linkedGroups(qs []Quantity) []int {
	parent := make([]int, len(qs))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			x = parent[x]
		}
		return x
	}
	linkSameThings(qs, func(i, j int) { parent[find(j)] = find(i) })
	out := make([]int, len(qs))
	for i := range qs {
		out[i] = find(i)
	}
	return out
}

// samePartition reports whether a and b put the same indices together.
func samePartition(a, b []int) bool {
	ab, ba := map[int]int{}, map[int]int{}
	for i := range a {
		if x, ok := ab[a[i]]; ok && x != b[i] {
			return false
		}
		if x, ok := ba[b[i]]; ok && x != a[i] {
			return false
		}
		ab[a[i]], ba[b[i]] = b[i], a[i]
	}
	return true
}

func TestLinkSameThingsMatchesPairwise(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	places := []string{"Pyongyang", "Vladivostok", "Khasan", "Seoul", "Moscow"}
	abouts := []string{"", "trip", "North Koreans", "agreements", "people", "the trips"}
	for trial := 0; trial < 400; trial++ {
		n := 2 + rng.IntN(14)
		qs := make([]Quantity, n)
		for i := range qs {
			q := &qs[i]
			q.Source = fmt.Sprint("s", rng.IntN(4))
			switch rng.IntN(4) {
			case 0, 1:
				q.Kind, q.Normalized.Unit = Distance, "km"
			case 2:
				q.Kind, q.Normalized.Unit = Count, "count"
			default:
				q.Kind, q.Normalized.Unit = Duration, "h"
			}
			q.About = abouts[rng.IntN(len(abouts))]
			q.Qualifier = []string{"", "", "about", "thousands"}[rng.IntN(4)]
			for k := rng.IntN(4); k > 0; k-- {
				q.Places = append(q.Places, places[rng.IntN(len(places))])
			}
		}
		if want, got := pairwiseGroups(qs), linkedGroups(qs); !samePartition(want, got) {
			t.Fatalf("trial %d: grouping differs\npairwise %v\nlinked   %v\n%+v", trial, want, got, qs)
		}
	}
}

func BenchmarkConflicts(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	places := []string{"Pyongyang", "Vladivostok", "Khasan", "Seoul", "Moscow", "Tokyo", "Beijing", "Kyiv"}
	qs := make([]Quantity, 30000)
	for i := range qs {
		q := &qs[i]
		q.Source = fmt.Sprint("s", rng.IntN(10000))
		q.Kind, q.Unit, q.Normalized.Unit = Distance, "mile", "km"
		q.Value = float64(100 + rng.IntN(900))
		q.Normalized.Value = q.Value * 1.609344
		q.Places = []string{places[rng.IntN(len(places))], places[rng.IntN(len(places))]}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Conflicts(qs, Tolerances{})
	}
}

// samePlaces reports whether a and b name the same places (as sets).
func samePlaces(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			return false
		}
	}
	return true
}
