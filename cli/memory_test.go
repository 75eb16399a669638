package cli

import (
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

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
		{"100,000 generated articles on 6 GiB: 3/4 of the machine", 368286792, 6 << 30, 4608 << 20},
		{"100,000 generated articles on 4 GiB: 3/4 of the machine", 368286792, 4 << 30, 3 << 30},
	}
	for _, tt := range tests {
		got := memoryLimit(tt.text, tt.total)
		if got != tt.want {
			t.Errorf("%s: memoryLimit(%d, %d) = %d MiB, want %d MiB", tt.name, tt.text, tt.total, got/mib, tt.want/mib)
		}
	}
	// A small story's limit is the floor.
	for _, text := range []int64{0, 40 << 10, 3_650_000} {
		if got := memoryLimit(text, 24<<30); got != minHeadlessLimit {
			t.Errorf("memoryLimit(%d) = %d MiB, want the floor %d MiB", text, got/mib, minHeadlessLimit/mib)
		}
	}
	// The limit grows with the text and stays 5/4 above the estimate.
	prev := int64(0)
	for _, text := range []int64{1 << 20, 100 << 20, 1 << 30, 4 << 30} {
		got := memoryLimit(text, 0)
		if got < (heapBase+heapPerByte*text)/4*5 || got < prev {
			t.Errorf("memoryLimit(%d) = %d, below 5/4 of the expected peak heap or of a smaller story's", text, got)
		}
		prev = got
	}
}

// TestMemoryLimitFitsMeasuredPeaks checks the limit against the peak live
// heaps measured with GODEBUG=gctrace=1 on `analyze --json` of
// tools/gencorpus folders (see heapBase): at least 5/4 of each, so that the
// collector does not run back to back, and at most 3/2, so that the heap
// is kept nearer what is live than the collector's default doubling.
func TestMemoryLimitFitsMeasuredPeaks(t *testing.T) {
	for _, m := range []struct {
		articles   int
		text, peak int64
	}{
		{10_000, 36_540_000, 432_000_000},
		{100_000, 365_400_000, 3_780_000_000},
	} {
		limit := memoryLimit(m.text, 0)
		if r := float64(limit) / float64(m.peak); r < 1.25 || r > 1.5 {
			t.Errorf("%d articles: limit %d MB is %.2f × the measured peak %d MB, want 1.25 to 1.5",
				m.articles, limit/1e6, r, m.peak/1e6)
		}
	}
}

func TestRaisedLimit(t *testing.T) {
	const gib = 1 << 30
	tests := []struct {
		name                 string
		live, limit, ceiling int64
		want                 int64
	}{
		{"well under the limit", 1 * gib, 2 * gib, 12 * gib, 2 * gib},
		{"at 4/5 of the limit", 8 * gib / 5, 2 * gib, 12 * gib, 2 * gib},
		{"near the limit: 5/4 of live", 9 * gib / 5, 2 * gib, 12 * gib, 9 * gib / 5 / 4 * 5},
		{"over the limit: 5/4 of live", 4 * gib, 2 * gib, 12 * gib, 5 * gib},
		{"at most the ceiling", 11 * gib, 2 * gib, 12 * gib, 12 * gib},
		{"never lowered by the ceiling", 13 * gib, 14 * gib, 12 * gib, 14 * gib},
		{"no ceiling", 20 * gib, 20 * gib, 0, 25 * gib},
		{"no limit", 20 * gib, math.MaxInt64, 12 * gib, math.MaxInt64},
	}
	for _, tt := range tests {
		if got := raisedLimit(tt.live, tt.limit, tt.ceiling); got != tt.want {
			t.Errorf("%s: raisedLimit(%d, %d, %d) = %d, want %d", tt.name, tt.live, tt.limit, tt.ceiling, got, tt.want)
		}
	}
}

// TestGuardRaisesLimit sets a limit below what is live and checks that the
// guard raises it after a collection.
func TestGuardRaisesLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	keep := make([]byte, 64<<20)
	for i := range keep {
		keep[i] = byte(i)
	}
	debug.SetMemoryLimit(32 << 20)
	guardLimit(0)
	defer guardLimit(0)
	deadline := time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) <= 32<<20 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if got := debug.SetMemoryLimit(-1); got < int64(len(keep))/4*5 {
		t.Errorf("limit %d MiB with %d MiB live, want at least 5/4 of it", got>>20, len(keep)>>20)
	}
	runtime.KeepAlive(keep)
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

// TestHeadlessLimit checks the headless analysis's limit: the collector's
// doubling of the expected peak while that fits in roomyLimit, the
// policy's 5/4 above it, never above 3/4 of the machine.
func TestHeadlessLimit(t *testing.T) {
	const mib = 1 << 20
	for _, tt := range []struct {
		name        string
		text, total int64
		want        int64
	}{
		{"10,000 generated articles: twice the peak", 36_540_000, 24 << 30, 2 * (heapBase + heapPerByte*36_540_000)},
		{"20,000: the roomy limit", 73_080_000, 24 << 30, max(roomyLimit, (heapBase+heapPerByte*73_080_000)/4*5)},
		{"100,000: 5/4 of the peak", 365_400_000, 24 << 30, (heapBase + heapPerByte*365_400_000) / 4 * 5},
		{"10,000 on a 1 GiB machine: 3/4 of it", 36_540_000, 1 << 30, 768 << 20},
		{"a small story: at least the floor", 40 << 10, 24 << 30, minHeadlessLimit},
	} {
		got := headlessLimit(memoryLimit(tt.text, tt.total), tt.text, tt.total)
		if got != tt.want {
			t.Errorf("%s: %d MiB, want %d MiB", tt.name, got/mib, tt.want/mib)
		}
	}
	if got := headlessLimit(0, 36_540_000, 24<<30); got != 0 {
		t.Errorf("with GOMEMLIMIT set (limit 0) the headless limit is %d, want 0", got)
	}
}
