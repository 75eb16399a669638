package claims

import "slices"

// LSH parameters: lshBands bands of lshRows MinHash values each. Two
// sentences whose word sets have Jaccard similarity J share at least one
// band with probability 1-(1-J^lshRows)^lshBands: 0.48 at J=0.2, 0.78 at
// J=0.3, 0.94 at J=0.4, 0.99 at J=0.5.
const (
	lshBands = 16
	lshRows  = 2
	// bucketAllPairs: buckets up to this size are compared pairwise; in
	// larger buckets every member is compared with the bucket's first
	// member (and the first member from another source), which keeps the
	// number of comparisons linear when many near-identical sentences
	// share a bucket.
	bucketAllPairs = 8
)

// mix64 is the splitmix64 finalizer, a fast 64-bit hash mixer.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// bandKey returns the LSH key of one band: the lshRows MinHash values of
// terms under the band's hash functions, hashed together.
func bandKey(terms []uint64, band int) uint64 {
	key := mix64(uint64(band) + 0x9e3779b97f4a7c15)
	for r := 0; r < lshRows; r++ {
		seed := mix64(uint64(band*lshRows+r+1) * 0x9e3779b97f4a7c15)
		m := ^uint64(0)
		for _, t := range terms {
			// terms are already well-mixed 64-bit hashes: one multiply
			// and shift permute them well enough.
			h := (t ^ seed) * 0xbf58476d1ce4e5b9
			h ^= h >> 31
			if h < m {
				m = h
			}
		}
		key = mix64(key ^ m)
	}
	return key
}

// idBits is how many low bits of a packed bucket entry hold the sentence
// index; the high bits hold the band key. Corpora with more sentences use
// fewer key bits (more false candidates, still verified).
func idBits(n int) uint {
	b := uint(20)
	for n >= 1<<b && b < 40 {
		b++
	}
	return b
}

// lshCandidates returns candidate pairs (packed a<<32|b with a<b) of
// sentences from different documents that share at least one LSH band.
// lshTerms[i] are the words sentence i is hashed on; rep[i] <= i is a
// sentence with the same words (whose band keys are reused).
func lshCandidates(lshTerms [][]uint64, rep []int32, docOf []int32, w int) []uint64 {
	bits := idBits(len(lshTerms))
	mask := uint64(1)<<bits - 1
	perWorker := make([][]uint64, workerCount(w))
	entries := make([][]uint64, len(perWorker))
	anchors := make([][]uint32, len(perWorker))
	keys := make([][]uint64, len(perWorker))
	tmps := make([][]uint64, len(perWorker))
	parallel(lshBands, len(perWorker), func(k, lo, hi int) {
		var bucket []uint32
		if perWorker[k] == nil {
			perWorker[k] = make([]uint64, 0, len(lshTerms)*(lshBands/len(perWorker))+16)
		}
		if anchors[k] == nil {
			anchors[k] = make([]uint32, len(lshTerms))
			for i := range anchors[k] {
				anchors[k][i] = ^uint32(0)
			}
		}
		if keys[k] == nil {
			keys[k] = make([]uint64, len(lshTerms))
		}
		key := keys[k]
		for band := lo; band < hi; band++ {
			es := entries[k][:0]
			for i, t := range lshTerms {
				if len(t) == 0 {
					continue
				}
				if r := rep[i]; r != int32(i) {
					key[i] = key[r]
				} else {
					key[i] = bandKey(t, band) &^ mask
				}
				es = append(es, key[i]|uint64(i))
			}
			tmps[k] = sortEntries(es, tmps[k], bits)
			out := perWorker[k]
			for s := 0; s < len(es); {
				e := s + 1
				for e < len(es) && es[e]&^mask == es[s]&^mask {
					e++
				}
				if e-s > 1 {
					bucket = bucket[:0]
					for _, x := range es[s:e] {
						bucket = append(bucket, uint32(x&mask))
					}
					out = bucketPairs(bucket, docOf, anchors[k], out)
				}
				s = e
			}
			perWorker[k] = out
			entries[k] = es
		}
	})
	// Each worker's pairs are sorted and made unique in place, then merged:
	// a pair is found in several bands (a third of them on a generated
	// corpus), and sorting all of them at once held them three times over
	// (the workers', the copy and the sort's scratch).
	var tmp []uint64
	total := 0
	for k, p := range perWorker {
		tmp = sortPairs(p, tmp, bits)
		perWorker[k] = slices.Compact(p)
		total += len(perWorker[k])
	}
	return mergeUnique(perWorker, total)
}

// sortEntries sorts a band's packed entries (key<<bits | index, without the
// key's low bits), which are in ascending order of index, into ascending
// order: sorting them stably on the key bits alone gives the same order with
// the radix passes over the index bits left out. tmp is scratch space,
// returned for reuse.
func sortEntries(es, tmp []uint64, bits uint) []uint64 {
	if len(es) < 256 {
		insertionSort64(es)
		return tmp
	}
	return radixSort(es, tmp, 64-bits, func(v uint64) uint64 { return v >> bits })
}

// sortPairs sorts packed pairs a<<32|b of sentence indices below 1<<bits
// into ascending order. It packs them closer first, a<<bits|b, which orders
// them alike, so that the radix sort makes passes over 2*bits bits rather
// than 64. tmp is scratch space, returned for reuse.
func sortPairs(ps, tmp []uint64, bits uint) []uint64 {
	if len(ps) < 256 {
		insertionSort64(ps)
		return tmp
	}
	mask := uint64(1)<<bits - 1
	for i, p := range ps {
		ps[i] = p>>32<<bits | p&mask
	}
	tmp = radixSort(ps, tmp, 2*bits, func(v uint64) uint64 { return v })
	for i, p := range ps {
		ps[i] = p>>bits<<32 | p&mask
	}
	return tmp
}

// mergeUnique is the sorted union of sorted lists of unique values, of
// total values in all.
func mergeUnique(lists [][]uint64, total int) []uint64 {
	out := make([]uint64, 0, total)
	if len(lists) > 8 { // many lists: sorting the lot is quicker than merging them
		for _, l := range lists {
			out = append(out, l...)
		}
		radixSort64(out, nil)
		return slices.Compact(out)
	}
	heads := make([]int, len(lists))
	for {
		k := -1
		for j, l := range lists {
			if heads[j] < len(l) && (k < 0 || l[heads[j]] < lists[k][heads[k]]) {
				k = j
			}
		}
		if k < 0 {
			return out
		}
		v := lists[k][heads[k]]
		heads[k]++
		if len(out) == 0 || out[len(out)-1] != v {
			out = append(out, v)
		}
	}
}

func pack(a, b uint32) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(b)
}

// bucketPairs appends the pairs to compare within one bucket. anchor[i]
// remembers the member a sentence was last paired with in a large bucket,
// so that the same pair found again in the next band is not repeated.
func bucketPairs(bucket []uint32, docOf []int32, anchor []uint32, out []uint64) []uint64 {
	if len(bucket) < 2 {
		return out
	}
	if len(bucket) <= bucketAllPairs {
		for i := range bucket {
			for j := i + 1; j < len(bucket); j++ {
				if docOf[bucket[i]] != docOf[bucket[j]] {
					out = append(out, pack(bucket[i], bucket[j]))
				}
			}
		}
		return out
	}
	first := bucket[0]
	other := -1
	for i, e := range bucket {
		if docOf[e] != docOf[first] {
			other = i
			break
		}
	}
	for i, e := range bucket[1:] {
		a := first
		if docOf[e] == docOf[first] {
			if other < 0 || i+1 == other {
				continue
			}
			a = bucket[other]
		}
		if anchor[e] == a {
			continue
		}
		anchor[e] = a
		out = append(out, pack(a, e))
	}
	return out
}
