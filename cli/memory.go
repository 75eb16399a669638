package cli

import (
	"bufio"
	"bytes"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/storylens/storylens/story"
)

// The memory policy of the headless commands. The garbage collector runs
// with its default pacing (GOGC 100: the heap may grow to twice what is
// live) under a soft memory limit that follows the machine and the story:
//
//   - before a story is read, the limit is 3/4 of the machine's memory (or
//     of the cgroup's limit, when lower), so that nothing is swapped or
//     killed;
//   - once it is read, the limit is 5/4 of the live heap the analysis of
//     that much text is expected to reach at its peak (heapBase plus
//     heapPerByte per byte of article text), never above the machine's 3/4;
//     a headless command gives a story whose doubled peak fits in
//     roomyLimit (1 GiB) that doubling instead, up to roomyLimit: the
//     collector's own pacing, which at 10,000 articles costs 2.6 CPU s
//     less than the tight limit (16.7 against 19.3 CPU s, 803 against 573
//     MB max RSS; BenchmarkAnalyzeJSON/10000 with GOMEMLIMIT 800 and 560
//     MiB). The desktop app keeps the 5/4 rule (MemoryLimit): its windows,
//     textures and the chart engine use memory outside the Go heap;
//   - after every collection, should the live heap come within 4/5 of the
//     limit (a story that needs more than expected), the limit is raised to
//     5/4 of it (never above the machine's 3/4): see guardLimit.
//
// The limit thus stays a quarter above what is live: near the peak the
// collector works harder instead of letting the heap double (on a big
// story the doubling is gigabytes), but it never runs back to back, as it
// did under the fixed 850 MiB limit this replaces once a story's live heap
// came near it (20,000 articles). A GOMEMLIMIT in the environment wins.
const (
	// heapBase and heapPerByte estimate the peak live heap of analysing
	// and writing a story from its bytes of article text, fitted to two
	// measurements (GODEBUG=gctrace=1, the largest heap left after a
	// collection, `analyze --json` of tools/gencorpus folders): 10,000
	// articles (36.5 MB of text) 432 MB, 100,000 (365 MB) 3.78 GB (628 MB
	// and 6.03 GB, 17 bytes per byte, before the exact sentence slices,
	// the routes framed as lines, the JSON written in pieces and discovery
	// moved beside the reading of the articles). The fixed part is the
	// gazetteer, the name indexes and the sea-route grid.
	// TestMemoryLimitFitsMeasuredPeaks keeps the limit between 5/4 and 3/2
	// of those peaks.
	heapBase    = 64 << 20
	heapPerByte = 11
	// minHeadlessLimit is the lowest limit the policy sets (256 MiB): the
	// gazetteer and the name indexes alone are about 100 MB live.
	minHeadlessLimit = 256 << 20
	// roomyLimit is the most a headless analysis's limit is raised to for
	// the collector's default doubling of the expected peak (1 GiB, the
	// memory issue 18 allows 10,000 articles).
	roomyLimit = 1 << 30
)

// setMemoryLimit sets the limit of a headless command before it reads a
// story: 3/4 of the machine's memory, none when that is unknown.
func setMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if total := machineMemory(); total > 0 {
		debug.SetMemoryLimit(total / 4 * 3)
	}
}

// limitMemoryFor sets the limit for analysing s headless (see
// headlessLimit).
func limitMemoryFor(s *story.Story) {
	if limit := headlessLimit(MemoryLimit(s), storyText(s), machineMemory()); limit > 0 {
		debug.SetMemoryLimit(limit)
		guardLimit(machineMemory() / 4 * 3)
	}
}

// MemoryLimit is the soft memory limit this policy gives the analysis of s
// on this machine (memoryLimit of its article text); 0 when GOMEMLIMIT is
// set (it wins) or s is nil. The desktop app sets its own limit from it
// (app.Config.MemoryLimit), so the two follow one policy.
func MemoryLimit(s *story.Story) int64 {
	if os.Getenv("GOMEMLIMIT") != "" || s == nil {
		return 0
	}
	return memoryLimit(storyText(s), machineMemory())
}

// storyText is the bytes of article text of s.
func storyText(s *story.Story) int64 {
	var text int64
	for _, src := range s.Sources {
		if src.Article != nil {
			text += int64(len(src.Article.Text))
		}
	}
	return text
}

// headlessLimit is the limit of a headless analysis of text bytes of
// articles, given the policy's limit (memoryLimit; 0 when GOMEMLIMIT is
// set, which wins): at least twice the expected peak heap, the collector's
// own pacing, as long as that is at most roomyLimit (and 3/4 of the
// machine's total, when known).
func headlessLimit(limit, text, total int64) int64 {
	if limit <= 0 {
		return limit
	}
	roomy := min(2*(heapBase+heapPerByte*text), roomyLimit)
	if total > 0 {
		roomy = min(roomy, total/4*3)
	}
	return max(limit, roomy)
}

// memoryLimit is the soft memory limit for analysing text bytes of
// articles on a machine with total bytes of memory (0 when unknown): 5/4 of
// the expected peak heap, at least minHeadlessLimit, at most 3/4 of total.
func memoryLimit(text, total int64) int64 {
	limit := max((heapBase+heapPerByte*text)/4*5, minHeadlessLimit)
	if total > 0 {
		limit = min(limit, total/4*3)
	}
	return limit
}

// machineMemory is the memory this process may use: the machine's
// (/proc/meminfo MemTotal) or its cgroup's limit (memory.max), whichever is
// lower; 0 when neither can be read (not Linux).
func machineMemory() int64 {
	total := int64(0)
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		total = memTotal(b)
	}
	if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if n := cgroupMax(b); n > 0 && (total == 0 || n < total) {
			total = n
		}
	}
	return total
}

// memTotal reads the MemTotal line of /proc/meminfo ("MemTotal: 24555560
// kB") as bytes; 0 when there is none.
func memTotal(meminfo []byte) int64 {
	sc := bufio.NewScanner(bytes.NewReader(meminfo))
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) != 2 || f[1] != "kB" {
			return 0
		}
		n, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil || n <= 0 || n > 1<<50 {
			return 0
		}
		return n << 10
	}
	return 0
}

// cgroupMax reads a cgroup v2 memory.max ("max" or a number of bytes);
// 0 for "max" or anything unreadable.
func cgroupMax(b []byte) int64 {
	n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	if err != nil || n <= 0 {
		return 0
	}
	return n
}
