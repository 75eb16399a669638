package claims

import "math"

// radixBits is the width of a radix sort digit: 2,048 counters fit in the
// L1 cache.
const radixBits = 11

// radixSort64 sorts a in ascending order with an LSD radix sort on 11-bit
// digits (passes whose digit is the same for every value are skipped);
// tmp is scratch space, grown as needed and returned for reuse.
func radixSort64(a, tmp []uint64) []uint64 {
	if len(a) < 256 {
		insertionSort64(a)
		return tmp
	}
	if cap(tmp) < len(a) {
		tmp = make([]uint64, len(a))
	}
	tmp = tmp[:len(a)]
	var count [1 << radixBits]int
	src, dst := a, tmp
	for shift := uint(0); shift < 64; shift += radixBits {
		clear(count[:])
		for _, v := range src {
			count[(v>>shift)&(1<<radixBits-1)]++
		}
		if count[(src[0]>>shift)&(1<<radixBits-1)] == len(src) {
			continue // every value has this digit
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, v := range src {
			d := (v >> shift) & (1<<radixBits - 1)
			dst[count[d]] = v
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
	return tmp
}

func insertionSort64(a []uint64) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// sortEdgesBySim sorts edges most similar first, stably (edges of equal
// similarity keep their order), with an LSD radix sort on the bits of the
// similarity (all similarities are positive, so their bits order like their
// values).
func sortEdgesBySim(es []edge) {
	if len(es) < 2 {
		return
	}
	tmp := make([]edge, len(es))
	var count [1 << radixBits]int
	src, dst := es, tmp
	key := func(e edge) uint32 { return ^math.Float32bits(e.sim) }
	for shift := uint(0); shift < 32; shift += radixBits {
		clear(count[:])
		for _, e := range src {
			count[(key(e)>>shift)&(1<<radixBits-1)]++
		}
		if count[(key(src[0])>>shift)&(1<<radixBits-1)] == len(src) {
			continue
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, e := range src {
			d := (key(e) >> shift) & (1<<radixBits - 1)
			dst[count[d]] = e
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &es[0] {
		copy(es, src)
	}
}
