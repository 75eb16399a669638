package cli

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/article"
)

func TestMemoryLimit(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		name        string
		text, total int64
		want        int64
	}{
		{"bundled story: the floor", 40 << 10, 24 << 30, minHeadlessLimit},
		{"10,000 generated articles", 36822400, 24 << 30, (heapBase + heapPerByte*36822400) / 4 * 5},
		{"100,000 generated articles on 24 GiB", 368286792, 24 << 30, (heapBase + heapPerByte*368286792) / 4 * 5},
		{"100,000 generated articles on 8 GiB: 3/4 of the machine", 368286792, 8 << 30, 6 << 30},
		{"unknown machine", 368286792, 0, (heapBase + heapPerByte*368286792) / 4 * 5},
	}
	for _, tt := range tests {
		got := memoryLimit(tt.text, tt.total)
		if got != tt.want {
			t.Errorf("%s: memoryLimit(%d, %d) = %d MiB, want %d MiB", tt.name, tt.text, tt.total, got/mib, tt.want/mib)
		}
		if tt.total > 0 && got > tt.total/4*3 {
			t.Errorf("%s: %d MiB is over 3/4 of the machine", tt.name, got/mib)
		}
	}
	// The limit grows with the text: never below the expected peak heap.
	for _, text := range []int64{1 << 20, 100 << 20, 1 << 30} {
		if got := memoryLimit(text, 0); got < heapBase+heapPerByte*text {
			t.Errorf("memoryLimit(%d) = %d, below the expected peak heap", text, got)
		}
	}
}

func TestMemTotal(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"MemTotal:       24555560 kB\nMemFree:        23000000 kB\n", 24555560 << 10},
		{"MemFree: 1 kB\nMemTotal: 2048 kB\n", 2048 << 10},
		{"MemTotal: 2048 MB\n", 0},
		{"MemTotal: lots kB\n", 0},
		{"MemTotal: -5 kB\n", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := memTotal([]byte(tt.in)); got != tt.want {
			t.Errorf("memTotal(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestCgroupMax(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"max\n", 0},
		{"4294967296\n", 4 << 30},
		{"", 0},
		{"-1", 0},
	}
	for _, tt := range tests {
		if got := cgroupMax([]byte(tt.in)); got != tt.want {
			t.Errorf("cgroupMax(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestMemoryLimitOfStory checks the exported policy the app reuses: the
// limit of a story's article text, none for no story or under GOMEMLIMIT.
func TestMemoryLimitOfStory(t *testing.T) {
	s := &story.Story{Sources: []*story.Source{
		{Article: &article.Article{Text: strings.Repeat("x", 30<<20)}},
		{},
	}}
	t.Setenv("GOMEMLIMIT", "")
	if got, want := MemoryLimit(s), memoryLimit(30<<20, machineMemory()); got != want {
		t.Errorf("MemoryLimit = %d, want memoryLimit of the text = %d", got, want)
	}
	if got := MemoryLimit(nil); got != 0 {
		t.Errorf("MemoryLimit(nil) = %d, want 0", got)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	if got := MemoryLimit(s); got != 0 {
		t.Errorf("MemoryLimit under GOMEMLIMIT = %d, want 0 (the environment wins)", got)
	}
}
