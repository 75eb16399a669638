package main

import (
	"math"
	"sort"
)

// settlement is one GeoNames populated place, any size: its country and
// first-order administrative code.
type settlement struct {
	cc, admin1 string
	lon, lat   float64
}

// minShare is the share of votes both ways that ties a GeoNames admin1
// code to a Natural Earth region (see approxRegionBounds).
const minShare = 0.6

// minPlaces is the fewest GeoNames places that make a region's box.
const minPlaces = 5

// approxRegionBounds gives Natural Earth regions without a polygon an
// approximate box (marked "~"): the box of the GeoNames populated places of
// the GeoNames first-order division that is the same region. The two are
// tied by votes: every place votes for the region whose nearest label
// point (one per part of the region) is nearest to it, in its country; a
// GeoNames code and a region are the same when at least minShare of the
// code's places vote for the region and at least minShare of the region's
// votes come from the code. Where the two datasets divide a country
// differently (French regions against departments) nothing is tied and no
// box is made. As a further check, the region must also be the one with the
// label point nearest to the median place of the code (a small region in
// the corner of a large division can otherwise win its votes). The box drops the outer 1 % of places on each side when
// there are 100 or more (stray coordinates). The region also gets the
// GeoNames admin1 code.
func (g *gazetteer) approxRegionBounds() {
	byCC := map[string][]*entry{}
	for _, e := range g.entries {
		if e.order == orderRegion && e.kind == "region" && len(e.labels) > 0 && e.cc != "" {
			byCC[e.cc] = append(byCC[e.cc], e)
		}
	}
	type key struct {
		cc, admin1 string
	}
	votes := map[key]map[*entry]int{}
	codeTotal := map[key]int{}
	regionTotal := map[*entry]int{}
	places := map[key][]int{}
	for i, s := range g.settlements {
		rs := byCC[s.cc]
		if len(rs) == 0 {
			continue
		}
		var best *entry
		bestD := math.Inf(1)
		kx := math.Cos(s.lat * math.Pi / 180)
		for _, r := range rs {
			for _, p := range r.labels {
				dx, dy := (p[0]-s.lon)*kx, p[1]-s.lat
				if d := dx*dx + dy*dy; d < bestD {
					best, bestD = r, d
				}
			}
		}
		k := key{s.cc, s.admin1}
		if votes[k] == nil {
			votes[k] = map[*entry]int{}
		}
		votes[k][best]++
		codeTotal[k]++
		regionTotal[best]++
		places[k] = append(places[k], i)
	}
	keys := make([]key, 0, len(votes))
	for k := range votes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].cc != keys[j].cc {
			return keys[i].cc < keys[j].cc
		}
		return keys[i].admin1 < keys[j].admin1
	})
	for _, k := range keys {
		for r, n := range votes[k] {
			if float64(n) < minShare*float64(codeTotal[k]) || float64(n) < minShare*float64(regionTotal[r]) ||
				g.nearestRegion(byCC[k.cc], places[k]) != r {
				continue
			}
			if r.admin1 == "" {
				r.admin1 = k.admin1
			}
			if len(places[k]) < minPlaces {
				continue
			}
			var lons, lats []float64
			for _, i := range places[k] {
				lons, lats = append(lons, g.settlements[i].lon), append(lats, g.settlements[i].lat)
			}
			b, ok := trimmedBounds(lons, lats)
			if !ok {
				continue
			}
			if r.bounds != nil {
				// a region with a polygon: measure the method against it
				g.boxCheck = append(g.boxCheck, overlap(b, *r.bounds))
				continue
			}
			b.approx = true
			r.bounds = &b
			g.nRegionApproxBox++
		}
	}
	g.settlements = nil
}

// trimmedBounds is boundsOf without the outer 1 % of points on each side
// (by latitude, and by longitude measured from the box's west edge) when
// there are at least 100.
func trimmedBounds(lons, lats []float64) (bounds, bool) {
	b, ok := boundsOf(lons, lats)
	if !ok || len(lons) < 100 {
		return b, ok
	}
	cut := len(lons) / 100
	ys := append([]float64(nil), lats...)
	sort.Float64s(ys)
	xs := make([]float64, len(lons))
	for i, x := range lons {
		xs[i] = math.Mod(x-b.w+720, 360) // east of the west edge, 0..360
	}
	sort.Float64s(xs)
	b.s, b.n = ys[cut], ys[len(ys)-1-cut]
	w, e := b.w+xs[cut], b.w+xs[len(xs)-1-cut]
	b.w, b.e = wrapLon(w), wrapLon(e)
	return b, true
}

// wrapLon brings a longitude of -540..540 into [-180, 180].
func wrapLon(x float64) float64 {
	switch {
	case x > 180:
		return x - 360
	case x < -180:
		return x + 360
	}
	return x
}

// nearestRegion returns the region (of rs) with the label point nearest to
// the median longitude and latitude of the settlements idx.
func (g *gazetteer) nearestRegion(rs []*entry, idx []int) *entry {
	lons := make([]float64, len(idx))
	lats := make([]float64, len(idx))
	for j, i := range idx {
		lons[j], lats[j] = g.settlements[i].lon, g.settlements[i].lat
	}
	sort.Float64s(lons)
	sort.Float64s(lats)
	lon, lat := lons[len(lons)/2], lats[len(lats)/2]
	kx := math.Cos(lat * math.Pi / 180)
	var best *entry
	bestD := math.Inf(1)
	for _, r := range rs {
		for _, p := range r.labels {
			dx, dy := (p[0]-lon)*kx, p[1]-lat
			if d := dx*dx + dy*dy; d < bestD {
				best, bestD = r, d
			}
		}
	}
	return best
}

// overlap is the intersection over union of two boxes (by area in degrees;
// boxes across the antimeridian are unwrapped first).
func overlap(a, b bounds) float64 {
	unwrap := func(x bounds) (w, e float64) {
		w, e = x.w, x.e
		if e < w {
			e += 360
		}
		return w, e
	}
	aw, ae := unwrap(a)
	bw, be := unwrap(b)
	iw := math.Max(0, math.Min(ae, be)-math.Max(aw, bw))
	ih := math.Max(0, math.Min(a.n, b.n)-math.Max(a.s, b.s))
	inter := iw * ih
	union := (ae-aw)*(a.n-a.s) + (be-bw)*(b.n-b.s) - inter
	if union <= 0 {
		return 0
	}
	return inter / union
}
