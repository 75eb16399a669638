package claims

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/storylens/storylens/internal/workers"
	"github.com/storylens/storylens/story/article"
)

// Doc is one source's sentences.
type Doc struct {
	Source    string
	Sentences []article.Sentence
}

// Group kinds.
const (
	KindParaphrase = "paraphrase" // sentences that report the same thing
	KindQuote      = "quote"      // a direct quote repeated across sources
	KindCurated    = "curated"    // a curated claim from claims.json
)

// Group is a claim: sentences from at least two sources that report the
// same thing (or, for curated claims, the sentences its matchers find).
type Group struct {
	// ID is "d:" + a short hash of the normalised label for discovered
	// groups, or the curated claim's id.
	ID string
	// Label is a short representative statement, or `Quote: "..."`.
	Label string
	// Kind is KindParaphrase, KindQuote or KindCurated.
	Kind string
	// Origin is "discovered" or "curated".
	Origin string
	// Topic is the curated claim's topic, if any.
	Topic string
	// Sources are the distinct sources, in document order.
	Sources []string
	// Evidence are the sentences, in document and sentence order.
	Evidence []Evidence
	// Merged are the ids of discovered groups folded into a curated claim
	// by Merge.
	Merged []string
	// Cohesion is the mean cosine similarity of the evidence sentences to
	// the group's centroid (paraphrase groups only).
	Cohesion float64
}

// Evidence is one sentence from one source.
type Evidence struct {
	Source string
	Text   string
	// Sentence is the sentence's index in its Doc.
	Sentence int
	// Line is the sentence's 1-based line in the article file.
	Line int
	// Match is the byte range [start, end) of the matched words in Text,
	// when known (quotes, curated matchers).
	Match []int
}

// DefaultThreshold is the TF-IDF cosine similarity above which two
// sentences from different sources are taken to report the same thing. See
// README.md for why 0.3.
const DefaultThreshold = 0.3

// Options tune Discover. The zero value is the documented default.
type Options struct {
	// Threshold is the cosine similarity for a pair and for merging two
	// groups (centroid linkage); 0 means DefaultThreshold.
	Threshold float64
	// MinWords is the fewest content words a sentence needs to be
	// compared; 0 means 4.
	MinWords int
	// Workers is the number of goroutines; 0 means GOMAXPROCS.
	Workers int
	// ExactLimit: with at most this many comparable sentences every pair is
	// compared exactly; above it candidates come from MinHash LSH. 0 means
	// 2000; a negative value always uses LSH.
	ExactLimit int
	// NoQuotes turns off repeated-quote groups.
	NoQuotes bool
}

func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.MinWords <= 0 {
		o.MinWords = 4
	}
	if o.ExactLimit == 0 {
		o.ExactLimit = 2000
	}
	return o
}

type edge struct {
	a, b uint32
	sim  float32
}

// corpus is the per-sentence state shared by the steps of Discover.
type corpus struct {
	docs  []Doc
	offs  []int // offs[d] is the global index of docs[d].Sentences[0]
	feats []features
	df    map[uint64]int32
	n     int // sentences with at least one content word
	hits  []quoteHit
	// rep[i] is the first sentence (i itself, or an earlier one) with the
	// same text as sentence i, found while tokenizing; sentences with the
	// same text share their word vectors and are hashed once. Synthetic
	// and wire corpora repeat sentences often.
	rep []int32
	// selfSim[r] is the cosine of representative r's vector with itself
	// (the similarity of two sentences with r's text).
	selfSim []float64
	// sigs[i] is sentence i's signature (direction, motion, years), nil
	// when it has none; shared by sentences with the same text.
	sigs []*signature
}

type quoteHit struct {
	key string
	occ quoteOcc
}

// Discover groups sentences from different sources that report the same
// thing, and direct quotes repeated across sources. Groups are ordered by
// number of sources, then evidence, then id. It never fails: text that yields
// no words simply takes part in no group.
func Discover(docs []Doc, opt Options) []Group {
	opt = opt.withDefaults()
	w := workerCount(opt.Workers)
	c := analyse(docs, opt, w)
	var groups []Group
	groups = append(groups, c.paraphraseGroups(opt, w)...)
	if !opt.NoQuotes {
		groups = append(groups, c.quoteGroups()...)
	}
	assignIDs(groups)
	sortGroups(groups)
	return groups
}

// analyse tokenizes every sentence (in parallel), counts document
// frequencies and weighs the word vectors.
func analyse(docs []Doc, opt Options, w int) *corpus {
	c := &corpus{docs: docs, offs: make([]int, len(docs)+1)}
	for i, d := range docs {
		c.offs[i+1] = c.offs[i] + len(d.Sentences)
	}
	c.feats = make([]features, c.offs[len(docs)])
	c.rep = make([]int32, len(c.feats))
	c.sigs = make([]*signature, len(c.feats))
	mult := make([]int32, len(c.feats)) // sentences with rep i's text
	// One contiguous run of documents per worker, its state indexed by the
	// run (not by whichever goroutine took it): which sentence stands for
	// a repeated text, and the order of the quote hits, are then the same
	// on every run (with dynamic chunks they followed the scheduling, and
	// 3 of 2,105 claims of a 100,000-article corpus changed between runs).
	chunk := max(1, (len(docs)+w-1)/w)
	runs := max(1, (len(docs)+chunk-1)/chunk)
	hits := make([][]quoteHit, runs)
	seen := make([]map[string]int32, runs)
	interns := make([]map[string]string, runs)
	workers.Chunks(len(docs), w, chunk, func(_, lo, hi int) {
		k := lo / chunk
		var toks []token
		var buf []uint64
		seen[k] = map[string]int32{}
		interns[k] = map[string]string{}
		first, intern := seen[k], interns[k]
		for d := lo; d < hi; d++ {
			for j, s := range docs[d].Sentences {
				g := c.offs[d] + j
				if r, ok := first[s.Text]; ok {
					// The same text as an earlier sentence of this
					// run of documents (so r < g).
					f := &c.feats[r]
					c.feats[g] = features{doc: int32(d), idx: int32(j), terms: f.terms, tf: f.tf}
					c.rep[g] = r
					c.sigs[g] = c.sigs[r]
					mult[r]++
					hs := hits[k]
					for _, h := range hs[f.hitLo:f.hitHi] {
						h.occ.sent = int32(g)
						hits[k] = append(hits[k], h)
					}
					continue
				}
				first[s.Text] = int32(g)
				c.rep[g] = int32(g)
				if IsBoilerplate(s.Text) {
					// Captions, credits, ad markers: no words, no quotes.
					c.feats[g] = features{doc: int32(d), idx: int32(j)}
					mult[g] = 1
					continue
				}
				toks = tokenizeIntern(s.Text, toks[:0], intern)
				var terms []uint64
				var tf []uint16
				terms, tf, buf = contentTerms(s.Text, toks, buf)
				c.sigs[g] = signatureOf(s.Text, toks)
				c.feats[g] = features{doc: int32(d), idx: int32(j), terms: terms, tf: tf}
				mult[g] = 1
				if !opt.NoQuotes && strings.ContainsAny(s.Text, "\"“”„«") {
					lo := int32(len(hits[k]))
					quoteKeys(s.Text, toks, func(key string, o quoteOcc) {
						o.sent = int32(g)
						hits[k] = append(hits[k], quoteHit{key, o})
					})
					c.feats[g].hitLo, c.feats[g].hitHi = lo, int32(len(hits[k]))
				}
			}
		}
	})
	// Document frequencies: a text's words count once per sentence with
	// that text.
	c.df = map[uint64]int32{}
	for i, m := range mult {
		if m == 0 {
			continue // not a representative
		}
		for _, t := range c.feats[i].terms {
			c.df[t] += m
		}
	}
	for _, h := range hits {
		c.hits = append(c.hits, h...)
	}
	for i := range c.feats {
		if len(c.feats[i].terms) > 0 {
			c.n++
		}
	}
	c.selfSim = make([]float64, len(c.feats))
	parallel(len(c.feats), w, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			if c.rep[i] == int32(i) {
				f := &c.feats[i]
				f.weigh(c.df, c.n)
				c.selfSim[i] = cosine(f.terms, f.weights, f.terms, f.weights)
			}
		}
	})
	for i := range c.feats {
		if r := c.rep[i]; r != int32(i) {
			c.feats[i].weights, c.feats[i].tf = c.feats[r].weights, nil
		}
	}
	return c
}

func (c *corpus) sim(a, b uint32) float64 {
	fa, fb := &c.feats[a], &c.feats[b]
	return cosine(fa.terms, fa.weights, fb.terms, fb.weights)
}

// termIDs numbers the words in the order of their hashes (so that a
// sentence's ids are sorted like its terms) and returns the ids of the
// words of the sentences in elig (shared by sentences with the same text)
// and the number of words.
func (c *corpus) termIDs(elig []uint32, w int) ([][]uint32, int) {
	hs := make([]uint64, 0, len(c.df))
	for h := range c.df {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	idOf := make(map[uint64]uint32, len(hs))
	for i, h := range hs {
		idOf[h] = uint32(i)
	}
	ids := make([][]uint32, len(c.feats))
	parallel(len(elig), w, func(_, lo, hi int) {
		for _, i := range elig[lo:hi] {
			if c.rep[i] != int32(i) {
				continue
			}
			ts := c.feats[i].terms
			v := make([]uint32, len(ts))
			for x, t := range ts {
				v[x] = idOf[t]
			}
			ids[i] = v
		}
	})
	for _, i := range elig {
		if r := c.rep[i]; r != int32(i) {
			ids[i] = ids[r]
		}
	}
	return ids, len(hs)
}

// edges returns the pairs of sentences from different sources whose cosine
// similarity is at least opt.Threshold, most similar first.
func (c *corpus) edges(opt Options, w int) []edge {
	elig := make([]uint32, 0, len(c.feats))
	for i, f := range c.feats {
		if len(f.terms) >= opt.MinWords {
			elig = append(elig, uint32(i))
		}
	}
	// Edges are collected per chunk, so that their concatenation is in
	// (a, b) order; a stable sort by similarity then gives the order
	// "most similar first, then a, then b".
	var per [][]edge
	thr := opt.Threshold
	if opt.ExactLimit > 0 && len(elig) <= opt.ExactLimit {
		chunk := chunkSize(len(elig), w)
		per = make([][]edge, (len(elig)+chunk-1)/chunk)
		parallel(len(elig), w, func(_, lo, hi int) {
			var out []edge
			for x := lo; x < hi; x++ {
				a := elig[x]
				for _, b := range elig[x+1:] {
					if c.feats[a].doc == c.feats[b].doc {
						continue
					}
					if s := c.sim(a, b); s >= thr {
						out = append(out, edge{a, b, float32(s)})
					}
				}
			}
			per[lo/chunk] = out
		})
	} else {
		// Words in more than 5% of sentences (at least 25) are the story's
		// boilerplate ("Kim", "Putin"): LSH hashes the other words.
		maxDF := int32(max(25, c.n/20))
		lshTerms := make([][]uint64, len(c.feats))
		docOf := make([]int32, len(c.feats))
		for i := range c.feats {
			docOf[i] = c.feats[i].doc
		}
		for _, i := range elig {
			if r := c.rep[i]; r != int32(i) {
				lshTerms[i] = lshTerms[r] // same text: same words
				continue
			}
			var t []uint64
			for _, h := range c.feats[i].terms {
				if c.df[h] <= maxDF {
					t = append(t, h)
				}
			}
			if len(t) < 2 {
				t = c.feats[i].terms
			}
			lshTerms[i] = t
		}
		cands := lshCandidates(lshTerms, c.rep, docOf, w)
		ids, nv := c.termIDs(elig, w)
		chunk := chunkSize(len(cands), w)
		per = make([][]edge, (len(cands)+chunk-1)/chunk)
		dense := make([][]float32, w)
		parallel(len(cands), w, func(k, lo, hi int) {
			// Candidates come sorted by a: a's vector is spread over a
			// dense array once, and each b gathers from it. The products
			// of shared words are summed in the same (word) order as
			// cosine does, so the similarities are the same to the bit.
			if dense[k] == nil {
				dense[k] = make([]float32, nv)
			}
			d := dense[k]
			out := make([]edge, 0, hi-lo)
			cur := ^uint32(0)
			for _, p := range cands[lo:hi] {
				a, b := uint32(p>>32), uint32(p)
				var s float64
				if ra := c.rep[a]; ra == c.rep[b] {
					s = c.selfSim[ra] // the same words: computed once
				} else {
					if a != cur {
						if cur != ^uint32(0) {
							for _, id := range ids[cur] {
								d[id] = 0
							}
						}
						cur = a
						aw := c.feats[a].weights
						for x, id := range ids[a] {
							d[id] = aw[x]
						}
					}
					bw := c.feats[b].weights
					for x, id := range ids[b] {
						s += float64(d[id]) * float64(bw[x])
					}
				}
				if s >= thr {
					out = append(out, edge{a, b, float32(s)})
				}
			}
			if cur != ^uint32(0) {
				for _, id := range ids[cur] {
					d[id] = 0
				}
			}
			per[lo/chunk] = out
		})
	}
	total := 0
	for _, p := range per {
		total += len(p)
	}
	out := make([]edge, 0, total)
	for _, p := range per {
		out = append(out, p...)
	}
	sortEdgesBySim(out)
	return out
}

// centroid is the sum of the unit vectors of a cluster's sentences. A
// single sentence's centroid is its own vector (terms, w); a merged one
// is a map, so that adding a small cluster to a large one costs the size of
// the small one.
type centroid struct {
	terms []uint64
	w     []float32
	m     map[uint64]float32
	norm2 float64
}

func newCentroid(f *features) *centroid {
	return &centroid{terms: f.terms, w: f.weights, norm2: 1}
}

func (x *centroid) size() int {
	if x.m != nil {
		return len(x.m)
	}
	return len(x.terms)
}

// each calls fn for every term and weight.
func (x *centroid) each(fn func(t uint64, w float32)) {
	if x.m != nil {
		for t, w := range x.m {
			fn(t, w)
		}
		return
	}
	for i, t := range x.terms {
		fn(t, x.w[i])
	}
}

func (x *centroid) get(t uint64) float32 {
	if x.m != nil {
		return x.m[t]
	}
	if i, ok := slices.BinarySearch(x.terms, t); ok {
		return x.w[i]
	}
	return 0
}

// add adds y to x; x should be the larger.
func (x *centroid) add(y *centroid) {
	if x.m == nil {
		x.m = make(map[uint64]float32, len(x.terms)+y.size())
		for i, t := range x.terms {
			x.m[t] = x.w[i]
		}
		x.terms, x.w = nil, nil
	}
	y.each(func(t uint64, w float32) {
		old := x.m[t]
		nw := old + w
		x.norm2 += float64(nw)*float64(nw) - float64(old)*float64(old)
		x.m[t] = nw
	})
}

// dot is the dot product of x and y.
func (x *centroid) dot(y *centroid) float64 {
	if x.m == nil && y.m == nil {
		return cosine(x.terms, x.w, y.terms, y.w)
	}
	if x.size() > y.size() {
		x, y = y, x
	}
	var s float64
	x.each(func(t uint64, w float32) { s += float64(w) * float64(y.get(t)) })
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
	sigs := make([]*signature, n) // by root
	find := func(x uint32) uint32 {
		if parent[x] < 0 {
			parent[x], size[x] = int32(x), 1
			f := &c.feats[x]
			cents[x] = newCentroid(f)
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
		if !compatible(sigs[ra], sigs[rb]) || cents[ra].cos(cents[rb]) < opt.Threshold {
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
		cands = append(cands, cand{score, s.Text})
		if score > best {
			best, bestText = score, s.Text
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

// quoteGroups makes a group of every quoted phrase that at least two sources
// quote. A phrase is dropped when a shorter phrase inside it is quoted by the
// same sentences or more, and when all its words are the story's boilerplate
// (each in more than 10% of sentences, and in more than 3).
func (c *corpus) quoteGroups() []Group {
	occs := map[string][]quoteOcc{}
	for _, h := range c.hits {
		occs[h.key] = append(occs[h.key], h.occ)
	}
	sentSet := func(os []quoteOcc) []int32 {
		var s []int32
		for _, o := range os {
			s = append(s, o.sent)
		}
		slices.Sort(s)
		return slices.Compact(s)
	}
	specific := func(key string) bool {
		limit := max(3, c.n/10)
		for _, w := range strings.Fields(key) {
			if stopWords[w] {
				continue
			}
			if int(c.df[hashWord(w)]) <= limit {
				return true
			}
		}
		return false
	}
	toks := map[string][]token{} // tokens of quoting sentences, by text
	keys := make([]string, 0, len(occs))
	for k := range occs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var out []Group
	for _, key := range keys {
		os := occs[key]
		srcs := map[int32]bool{}
		for _, o := range os {
			srcs[c.feats[o.sent].doc] = true
		}
		if len(srcs) < 2 || !specific(key) {
			continue
		}
		mine := sentSet(os)
		words := strings.Fields(key)
		subsumed := false
		for i := 0; i < len(words) && !subsumed; i++ {
			for j := i + 1; j <= len(words); j++ {
				if j-i == len(words) {
					continue
				}
				sub := strings.Join(words[i:j], " ")
				if so, ok := occs[sub]; ok && isSubset(mine, sentSet(so)) {
					subsumed = true
					break
				}
			}
		}
		if subsumed {
			continue
		}
		out = append(out, c.quoteGroup(key, os, toks))
	}
	return out
}

// isSubset reports whether sorted a is a subset of sorted b.
func isSubset(a, b []int32) bool {
	i := 0
	for _, x := range b {
		if i < len(a) && a[i] == x {
			i++
		}
	}
	return i == len(a)
}

func (c *corpus) quoteGroup(key string, os []quoteOcc, toks map[string][]token) Group {
	slices.SortFunc(os, func(a, b quoteOcc) int {
		if c := cmp.Compare(a.sent, b.sent); c != 0 {
			return c
		}
		return cmp.Compare(a.start, b.start)
	})
	g := Group{Kind: KindQuote, Origin: "discovered"}
	// Extend the phrase with the stop words most occurrences quote
	// around it ("in the coming days").
	nb, na := commonAffix(os, func(o quoteOcc) []string { return o.before }),
		commonAffix(os, func(o quoteOcc) []string { return o.after })
	var label string
	last := int32(-1)
	seen := map[int32]bool{}
	for _, o := range os {
		if o.sent == last {
			continue // one piece of evidence per sentence
		}
		last = o.sent
		f := &c.feats[o.sent]
		d := c.docs[f.doc]
		s := d.Sentences[f.idx]
		start, end := o.start, o.end
		if len(o.before) >= nb && len(o.after) >= na {
			ts, ok := toks[s.Text]
			if !ok {
				ts = tokenize(s.Text, nil)
				toks[s.Text] = ts
			}
			start, end = extendWords(ts, start, end, nb, na)
		}
		if label == "" || (len(o.before) >= nb && len(o.after) >= na && len(s.Text[start:end]) < len(label)) {
			label = s.Text[start:end]
		}
		g.Evidence = append(g.Evidence, Evidence{Source: d.Source, Text: s.Text, Sentence: int(f.idx), Line: s.Line,
			Match: []int{start, end}})
		if !seen[f.doc] {
			seen[f.doc] = true
			g.Sources = append(g.Sources, d.Source)
		}
	}
	g.Label = fmt.Sprintf("Quote: %q", strings.Join(strings.Fields(label), " "))
	return g
}

// commonAffix returns how many of the stop words next to the phrase (before
// or after) more than half of the occurrences share.
func commonAffix(os []quoteOcc, side func(quoteOcc) []string) int {
	n := 0
	for {
		count := map[string]int{}
		for _, o := range os {
			if s := side(o); len(s) > n {
				count[s[n]]++
			}
		}
		ok := false
		for _, v := range count {
			if 2*v > len(os) {
				ok = true
			}
		}
		if !ok {
			return n
		}
		n++
	}
}

// extendWords widens [start, end) of a sentence by nb words before and na
// after; ts are the sentence's tokens.
func extendWords(ts []token, start, end, nb, na int) (int, int) {
	for i, t := range ts {
		if t.start == start && i-nb >= 0 {
			start = ts[i-nb].start
		}
		if t.end == end && i+na < len(ts) {
			end = ts[i+na].end
		}
	}
	return start, end
}

// assignIDs gives every discovered group the id "d:" + 8 hex digits of the
// hash of its normalised label, with "-2", "-3" ... on collisions.
func assignIDs(gs []Group) {
	// Groups with the same label (a template sentence with different
	// figures in each group) are numbered in the order of their first
	// sentence, so that ids do not depend on map order.
	first := func(g Group) (string, int) {
		if len(g.Evidence) == 0 {
			return "", 0
		}
		return g.Evidence[0].Source, g.Evidence[0].Sentence
	}
	slices.SortFunc(gs, func(a, b Group) int {
		if c := cmp.Compare(a.Label, b.Label); c != 0 {
			return c
		}
		as, ai := first(a)
		bs, bi := first(b)
		if c := cmp.Compare(as, bs); c != 0 {
			return c
		}
		if c := cmp.Compare(ai, bi); c != 0 {
			return c
		}
		return cmp.Compare(len(a.Evidence), len(b.Evidence))
	})
	seen := map[string]int{}
	for i := range gs {
		if gs[i].ID != "" {
			continue
		}
		var words []string
		for _, t := range tokenize(gs[i].Label, nil) {
			words = append(words, t.word)
		}
		id := fmt.Sprintf("d:%08x", uint32(hashWord(strings.Join(words, " "))>>32))
		seen[id]++
		if seen[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, seen[id])
		}
		gs[i].ID = id
	}
}

// sortGroups orders groups by number of sources, then evidence, then id.
func sortGroups(gs []Group) {
	slices.SortStableFunc(gs, func(a, b Group) int {
		if c := cmp.Compare(len(b.Sources), len(a.Sources)); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b.Evidence), len(a.Evidence)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}
