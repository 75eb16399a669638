package claims

import (
	"math"
	"slices"
	"strings"
)

// centroid is the sum of the unit vectors of a cluster's sentences. A
// single sentence's centroid is its own vector (terms, w); a merged one
// keeps its terms in the order they were added, with an index by term, so
// that adding a small cluster to a large one costs the size of the small
// one, and every sum over its terms (its norm, a dot product) is taken in
// that fixed order: the same clusters give the same figures to the last bit
// on every run (summing in map order made Cohesion differ between runs).
type centroid struct {
	terms []uint64
	w     []float32
	idx   map[uint64]int32 // terms[idx[t]] == t; nil for a single sentence
	norm2 float64
}

// newCentroid is the centroid of the single sentence f.
func newCentroid(f *features) centroid {
	return centroid{terms: f.terms, w: f.weights, norm2: 1}
}

func (x *centroid) size() int { return len(x.terms) }

func (x *centroid) get(t uint64) float32 {
	if x.idx != nil {
		if i, ok := x.idx[t]; ok {
			return x.w[i]
		}
		return 0
	}
	if i, ok := slices.BinarySearch(x.terms, t); ok {
		return x.w[i]
	}
	return 0
}

// add adds y to x; x should be the larger. x's new terms are appended in
// y's order.
func (x *centroid) add(y *centroid) {
	if x.idx == nil {
		// The single sentence's slices are shared with its features: copy.
		x.idx = make(map[uint64]int32, len(x.terms)+y.size())
		x.terms = append(make([]uint64, 0, len(x.terms)+y.size()), x.terms...)
		x.w = append(make([]float32, 0, len(x.w)+y.size()), x.w...)
		for i, t := range x.terms {
			x.idx[t] = int32(i)
		}
	}
	for j, t := range y.terms {
		w := y.w[j]
		i, ok := x.idx[t]
		if !ok {
			i = int32(len(x.terms))
			x.idx[t] = i
			x.terms = append(x.terms, t)
			x.w = append(x.w, 0)
		}
		old := x.w[i]
		nw := old + w
		x.norm2 += float64(nw)*float64(nw) - float64(old)*float64(old)
		x.w[i] = nw
	}
}

// dot is the dot product of x and y, summed over the smaller one's terms
// in its order.
func (x *centroid) dot(y *centroid) float64 {
	if x.idx == nil && y.idx == nil {
		return cosine(x.terms, x.w, y.terms, y.w)
	}
	if x.size() > y.size() {
		x, y = y, x
	}
	var s float64
	for i, t := range x.terms {
		s += float64(x.w[i]) * float64(y.get(t))
	}
	return s
}

func (x *centroid) cos(y *centroid) float64 {
	if x.norm2 <= 0 || y.norm2 <= 0 {
		return 0
	}
	return x.dot(y) / math.Sqrt(x.norm2*y.norm2)
}

// paraphraseGroups clusters the similar pairs by centroid linkage: pairs are
// taken most similar first, and two clusters merge only when their
// centroids are at least as similar as the threshold, so that a chain of
// pairwise similar sentences cannot join unrelated ones.
func (c *corpus) paraphraseGroups(opt Options, w int) []Group {
	edges := c.edges(opt, w)
	n := len(c.feats)
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = -1
	}
	size := make([]int32, n)
	cents := make([]*centroid, n) // by root
	// Every sentence's first centroid lives in one slab: one allocation
	// rather than one per sentence that has a pair.
	slab := make([]centroid, n)
	sigs := make([]*signature, n) // by root
	find := func(x uint32) uint32 {
		if parent[x] < 0 {
			parent[x], size[x] = int32(x), 1
			f := &c.feats[x]
			slab[x] = newCentroid(f)
			cents[x] = &slab[x]
			sigs[x] = c.sigs[x]
			return x
		}
		r := x
		for uint32(parent[r]) != r {
			r = uint32(parent[r])
		}
		for uint32(parent[x]) != r {
			nx := uint32(parent[x])
			parent[x] = int32(r)
			x = nx
		}
		return r
	}
	type rej struct {
		a, b   uint32
		sa, sb int32
	}
	rejected := map[rej]bool{}
	for _, e := range edges {
		ra, rb := find(e.a), find(e.b)
		if ra == rb {
			continue
		}
		if ra > rb {
			ra, rb = rb, ra
		}
		key := rej{ra, rb, size[ra], size[rb]}
		if rejected[key] {
			continue
		}
		thr := opt.Threshold
		if sameLeg(sigs[ra], sigs[rb]) {
			thr *= legThreshold
		}
		if !compatible(sigs[ra], sigs[rb]) || cents[ra].cos(cents[rb]) < thr {
			rejected[key] = true
			continue
		}
		if size[ra] < size[rb] {
			ra, rb = rb, ra
		}
		parent[rb] = int32(ra)
		size[ra] += size[rb]
		cents[ra].add(cents[rb])
		cents[rb] = nil
		sigs[ra], sigs[rb] = merge(sigs[ra], sigs[rb]), nil
	}
	members := map[uint32][]uint32{}
	for x := range parent {
		if parent[x] < 0 {
			continue
		}
		r := find(uint32(x))
		members[r] = append(members[r], uint32(x))
	}
	roots := make([]uint32, 0, len(members))
	for r, ms := range members {
		if len(ms) > 1 {
			roots = append(roots, r)
		}
	}
	res := make([]Group, len(roots))
	ok := make([]bool, len(roots))
	parallel(len(roots), w, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			ms := members[roots[i]] // members are in index order
			res[i], ok[i] = c.group(ms, cents[roots[i]])
		}
	})
	var out []Group
	for i := range res {
		if ok[i] {
			out = append(out, res[i])
		}
	}
	return out
}

// group builds a paraphrase group from cluster members (sorted global
// sentence indexes); ok is false for fewer than two sources.
func (c *corpus) group(ms []uint32, cent *centroid) (Group, bool) {
	g := Group{Kind: KindParaphrase, Origin: "discovered", Evidence: make([]Evidence, 0, len(ms))}
	best, bestText := -1.0, ""
	type cand struct {
		score float64
		text  string
	}
	// text is a member's text as a label: a clause cut from the middle of
	// a sentence loses the conjunction that opened it.
	text := func(f *features, s string) string {
		if c.refs != nil && c.refs[f.doc][f.idx].off > 0 {
			return clauseText(s)
		}
		return strings.TrimRight(s, " ,;")
	}
	cands := make([]cand, 0, len(ms))
	var sum float64
	seen := map[int32]bool{}
	for _, m := range ms {
		f := &c.feats[m]
		d := c.docs[f.doc]
		s := d.Sentences[f.idx]
		g.Evidence = append(g.Evidence, Evidence{Source: d.Source, Text: s.Text, Sentence: int(f.idx), Line: s.Line})
		if !seen[f.doc] {
			seen[f.doc] = true
			g.Sources = append(g.Sources, d.Source)
		}
		fc := centroid{terms: f.terms, w: f.weights, norm2: 1}
		score := cent.cos(&fc)
		sum += score
		cands = append(cands, cand{score, text(f, s.Text)})
		if score > best {
			best, bestText = score, text(f, s.Text)
		}
	}
	if len(g.Sources) < 2 {
		return g, false
	}
	g.Cohesion = sum / float64(len(ms))
	// The label is the shortest sentence nearly as central as the most
	// central one.
	label := bestText
	for _, cd := range cands {
		if cd.score >= 0.85*best && len(cd.text) < len(label) {
			label = cd.text
		}
	}
	g.Label = shorten(label)
	return g, true
}
