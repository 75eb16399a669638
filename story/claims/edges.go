package claims

// edge is a pair of sentences from different sources and their cosine
// similarity.
type edge struct {
	a, b uint32
	sim  float32
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
	low := thr * legThreshold
	keep := func(a, b uint32, s float64) bool {
		return s >= thr || s >= low && sameLeg(c.sigs[a], c.sigs[b]) && compatible(c.sigs[a], c.sigs[b])
	}
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
					if s := c.sim(a, b); keep(a, b, s) {
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
				if keep(a, b, s) {
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
