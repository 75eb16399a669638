package claims

import (
	"math"
	"testing"
)

func vec(terms []uint64, w []float32) *centroid {
	c := newCentroid(&features{terms: terms, weights: w})
	return &c
}

// A merged centroid keeps its terms in the order they were added and its
// norm as the sum of the squared weights; merging the same clusters in the
// same order gives the same bits, and the cosine is the vectors' cosine.
func TestCentroidAdd(t *testing.T) {
	build := func() *centroid {
		x := vec([]uint64{1, 5, 9}, []float32{0.6, 0.8, 0})
		x.add(vec([]uint64{2, 5}, []float32{0.6, 0.8}))
		x.add(vec([]uint64{9, 11}, []float32{0.8, 0.6}))
		return x
	}
	x := build()
	wantTerms := []uint64{1, 5, 9, 2, 11}
	wantW := []float32{0.6, 1.6, 0.8, 0.6, 0.6}
	for i, term := range wantTerms {
		if x.terms[i] != term || math.Abs(float64(x.w[i]-wantW[i])) > 1e-6 || x.get(term) != x.w[i] {
			t.Fatalf("terms %v weights %v, want %v %v", x.terms, x.w, wantTerms, wantW)
		}
	}
	var n2 float64
	for _, w := range wantW {
		n2 += float64(w) * float64(w)
	}
	if math.Abs(x.norm2-n2) > 1e-6 {
		t.Errorf("norm2 = %v, want %v", x.norm2, n2)
	}
	// The single sentence's slices are not written to.
	single := []float32{0.6, 0.8, 0}
	y := vec([]uint64{1, 5, 9}, single)
	y.add(vec([]uint64{5}, []float32{1}))
	if single[1] != 0.8 {
		t.Errorf("add wrote into the sentence's weights: %v", single)
	}
	for run := 0; run < 20; run++ {
		z := build()
		q := vec([]uint64{5, 11}, []float32{0.8, 0.6})
		if z.norm2 != x.norm2 || z.cos(q) != x.cos(q) || z.cos(x) != x.cos(x) {
			t.Fatalf("run %d: norm2 %v cos %v, first %v %v", run, z.norm2, z.cos(q), x.norm2, x.cos(q))
		}
	}
	want := (1.6*0.8 + 0.6*0.6) / math.Sqrt(n2)
	if got := x.cos(vec([]uint64{5, 11}, []float32{0.8, 0.6})); math.Abs(got-want) > 1e-6 {
		t.Errorf("cos = %v, want %v", got, want)
	}
}
