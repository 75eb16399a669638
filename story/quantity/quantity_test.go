package quantity

import (
	"testing"
	"unsafe"
)

func TestQuantityText(t *testing.T) {
	for _, c := range []struct {
		sentence   string
		start, end int32
		want       string
	}{
		{"a 420-mile trip", 2, 10, "420-mile"},
		{"a 420-mile trip", 0, 0, ""},
		{"a 420-mile trip", 2, 99, ""}, // past the sentence
		{"a 420-mile trip", 5, 2, ""},  // reversed
		{"a 420-mile trip", -1, 3, ""}, // negative
	} {
		q := Quantity{Sentence: c.sentence, Start: c.start, End: c.end}
		if got := q.Text(); got != c.want {
			t.Errorf("%q [%d:%d]: Text() = %q, want %q", c.sentence, c.start, c.end, got, c.want)
		}
	}
}

// TestQuantityTextIsExtracted checks that Text is the matched words for
// every quantity Extract finds.
func TestQuantityTextIsExtracted(t *testing.T) {
	qs := Extract("s", sents("The 420-mile trip took about 20 hours on Sept. 10, 2023."))
	var got []string
	for _, q := range qs {
		got = append(got, q.Text())
	}
	want := []string{"420-mile", "20 hours", "Sept. 10, 2023"}
	if len(got) != len(want) {
		t.Fatalf("texts %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("text %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// TestQuantitySize guards the record's layout: a big story keeps millions
// of quantities (184 bytes each on 64-bit, 224 before the text became a
// range of the sentence and the offsets 32-bit).
func TestQuantitySize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("the figure is for 64-bit platforms")
	}
	if got := unsafe.Sizeof(Quantity{}); got > 184 {
		t.Errorf("Quantity is %d bytes, want at most 184", got)
	}
}
