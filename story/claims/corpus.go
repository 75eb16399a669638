package claims

import (
	"slices"

	"github.com/storylens/storylens/internal/workers"
)

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
	// refs maps the clauses Discover compares (docs) back to sentences,
	// nil when no sentence was cut (see clauseDocs).
	refs [][]clauseRef
}

type quoteHit struct {
	key string
	occ quoteOcc
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
	interns := make([]map[string]internWord, runs)
	workers.Chunks(len(docs), w, chunk, func(_, lo, hi int) {
		k := lo / chunk
		var toks []token
		var buf []uint64
		seen[k] = map[string]int32{}
		interns[k] = map[string]internWord{}
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
				if !opt.NoQuotes && containsAnyRune(s.Text, "\"“”„«") {
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
