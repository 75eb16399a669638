package claims

import "math"

// radixBits is the width of a radix sort digit: 2,048 counters fit in the
// L1 cache.
const radixBits = 11

// radixSort sorts a in ascending order of key, stably, with an LSD radix
// sort on radixBits-bit digits of the key's low keyBits bits (passes whose
// digit is the same for every element are skipped); tmp is scratch space,
// grown as needed and returned for reuse.
func radixSort[T any](a, tmp []T, keyBits uint, key func(T) uint64) []T {
	if len(a) < 2 {
		return tmp
	}
	if cap(tmp) < len(a) {
		tmp = make([]T, len(a))
	}
	tmp = tmp[:len(a)]
	var count [1 << radixBits]int
	src, dst := a, tmp
	for shift := uint(0); shift < keyBits; shift += radixBits {
		clear(count[:])
		for _, v := range src {
			count[(key(v)>>shift)&(1<<radixBits-1)]++
		}
		if count[(key(src[0])>>shift)&(1<<radixBits-1)] == len(src) {
			continue // every element has this digit
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, v := range src {
			d := (key(v) >> shift) & (1<<radixBits - 1)
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

// radixSort64 sorts a in ascending order (an insertion sort below 256
// values, radixSort above); tmp is scratch space, returned for reuse.
func radixSort64(a, tmp []uint64) []uint64 {
	if len(a) < 256 {
		insertionSort64(a)
		return tmp
	}
	return radixSort(a, tmp, 64, func(v uint64) uint64 { return v })
}

func insertionSort64(a []uint64) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// sortEdgesBySim sorts edges most similar first, stably (edges of equal
// similarity keep their order), by radixSort on the complemented bits of
// the similarity (all similarities are positive, so their bits order like
// their values).
func sortEdgesBySim(es []edge) {
	radixSort(es, nil, 32, func(e edge) uint64 { return uint64(^math.Float32bits(e.sim)) })
}
