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

// The memory policy of the headless commands: a soft memory limit of 3/4
// of the machine's memory (or of the cgroup's limit, when lower), so that
// nothing is swapped or killed, and the garbage collector's pacing from the
// story's size:
//
//   - a story of less than bigStoryText bytes of article text keeps the
//     default pacing (GOGC 100: the heap may grow to twice what is live);
//   - a bigger one gets bigStoryGCPercent (the heap grows to 1.5 times what
//     is live), trading some CPU in the collector for a third less peak
//     memory, where a corpus of 100,000 articles needs it.
//
// No limit is derived from an estimate of the story's heap: the limit this
// replaces (5/4 of 20 bytes per byte of text) sat below what was live once
// the analysis kept more per article, and the collector then ran back to
// back (a 10,000-article corpus took minutes instead of seconds). A limit
// of 3/4 of the machine is reached only by a story that would not fit
// anyway. GOMEMLIMIT and GOGC in the environment win.
const (
	// bigStoryText is the article text from which a story counts as big
	// (32 MiB: about 9,000 generated articles of 600 words).
	bigStoryText = 32 << 20
	// bigStoryGCPercent is the collector's pacing for a big story.
	bigStoryGCPercent = 50
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

// limitMemoryFor sets the collector's pacing for analysing s (see
// gcPercentFor); the limit stays the machine's.
func limitMemoryFor(s *story.Story) {
	if os.Getenv("GOGC") != "" || s == nil {
		return
	}
	var text int64
	for _, src := range s.Sources {
		if src.Article != nil {
			text += int64(len(src.Article.Text))
		}
	}
	debug.SetGCPercent(gcPercentFor(text))
}

// gcPercentFor is the collector's pacing (GOGC) for a story of text bytes
// of articles: 100, or bigStoryGCPercent from bigStoryText on.
func gcPercentFor(text int64) int {
	if text >= bigStoryText {
		return bigStoryGCPercent
	}
	return 100
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
