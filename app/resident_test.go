package app

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/cli"
)

// residentChildEnv, when set to a folder of articles, makes
// TestResidentChild open it as the app does and print its resident size.
const residentChildEnv = "STORYLENS_RESIDENT_CHILD"

// BenchmarkBigStoryResident measures the resident size of the app opening
// the 5,000-article story (writeBigCorpus): each run is a child process
// (this test binary, TestResidentChild) that starts the chart engine, loads
// and analyses the story with the app's loader, applies it to the window
// (Fyne's test driver: no GPU driver, no X server), draws a frame, steps
// through the story and draws another. It reports the child's peak and final resident size
// (/proc/self/status VmHWM, VmRSS) with the command line's memory policy
// (Config.MemoryLimit = cli.MemoryLimit, as main.go gives it) and without
// (the Go default: the heap may grow to twice what is live), and the
// limit the policy set.
func BenchmarkBigStoryResident(b *testing.B) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		b.Skip("the resident size is read from /proc (Linux)")
	}
	dir := b.TempDir()
	if err := writeBigCorpus(dir); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, policy := range []string{"policy", "none"} {
			hwm, rss, limit, err := residentOfChild(dir, policy)
			if err != nil {
				b.Fatal(err)
			}
			if policy == "policy" {
				b.ReportMetric(float64(limit>>20), "MiB-limit")
			}
			b.ReportMetric(float64(hwm>>10), "MiB-peak-rss-"+policy)
			b.ReportMetric(float64(rss>>10), "MiB-rss-"+policy)
		}
	}
}

// residentOfChild runs TestResidentChild on dir and returns its peak and
// final resident size in KiB, and its soft memory limit in bytes.
func residentOfChild(dir, policy string) (hwm, rss, limit int64, err error) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestResidentChild$", "-test.v")
	cmd.Env = append(os.Environ(), residentChildEnv+"="+dir, "STORYLENS_RESIDENT_POLICY="+policy, "GOMEMLIMIT=")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return 0, 0, 0, fmt.Errorf("the child (%s): %v\n%s", policy, err, out.Bytes())
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "resident: "); ok {
			if _, err := fmt.Sscanf(rest, "hwm %d kB rss %d kB limit %d", &hwm, &rss, &limit); err != nil {
				return 0, 0, 0, fmt.Errorf("the child's line %q: %v", line, err)
			}
			return hwm, rss, limit, nil
		}
	}
	return 0, 0, 0, fmt.Errorf("the child (%s) printed no resident size:\n%s", policy, out.Bytes())
}

// TestResidentChild is BenchmarkBigStoryResident's child; it does nothing
// unless residentChildEnv names a folder.
func TestResidentChild(t *testing.T) {
	dir := os.Getenv(residentChildEnv)
	if dir == "" {
		t.Skip("run by BenchmarkBigStoryResident")
	}
	cfg := Config{Version: "test"}
	if os.Getenv("STORYLENS_RESIDENT_POLICY") == "policy" {
		cfg.MemoryLimit = cli.MemoryLimit
	}
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(defaultSize)
	u := NewUI(a, w, cfg, testOpts...)
	u.charts.start()
	u.showMap()
	res := u.Loader(dir, func(string) {})
	if res.Failed {
		t.Fatalf("loading %s: %v", dir, res.Problems)
	}
	u.loads++
	u.loaded(u.loads, res, dir, false)
	res = Loaded{} // the window holds what it shows, as after a real load
	w.Canvas().Capture()
	for i := 0; i < u.nav.Len(); i++ {
		u.GoTo(i)
	}
	w.Canvas().Capture()
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("resident: hwm %d kB rss %d kB limit %d\n", statusKB(status, "VmHWM"), statusKB(status, "VmRSS"), debug.SetMemoryLimit(-1))
}

// statusKB reads a "Name:   123 kB" line of /proc/self/status; 0 if none.
func statusKB(status []byte, name string) int64 {
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, name+":"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
