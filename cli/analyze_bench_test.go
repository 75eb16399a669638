//go:build linux

package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"

	"github.com/storylens/storylens/internal/corpus"
)

// bench100kEnv, set to 1, adds the 100,000-article case to
// BenchmarkAnalyzeJSON (it writes 368 MB of articles to a temporary folder
// and takes minutes).
const bench100kEnv = "STORYLENS_BENCH_100K"

// analyzeChildEnv names the folder the helper process analyses.
const analyzeChildEnv = "STORYLENS_ANALYZE_CHILD"

// BenchmarkAnalyzeJSON measures `storylens analyze DIR --json > /dev/null`
// on a tools/gencorpus folder of 1,000, 10,000 (not with -short) and, when
// STORYLENS_BENCH_100K=1, 100,000 articles of about 600 words, written to a
// temporary folder. Each run is a process of its own (this test binary,
// running TestAnalyzeChild), so that its memory policy is the command's and
// its peak resident memory its own: besides ns/op it reports the process's
// CPU seconds (user + system) and max RSS in MB.
//
//	go test ./cli -run '^$' -bench AnalyzeJSON -benchtime 1x
//	STORYLENS_BENCH_100K=1 go test ./cli -run '^$' -bench 'AnalyzeJSON/100000' -benchtime 1x -timeout 30m
func BenchmarkAnalyzeJSON(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			if n > 1000 && testing.Short() {
				b.Skip("-short: only the 1,000-article corpus")
			}
			if n > 10000 && os.Getenv(bench100kEnv) != "1" {
				b.Skipf("the 100,000-article corpus runs only with %s=1", bench100kEnv)
			}
			dir, text := writeCorpus(b, n)
			b.ResetTimer()
			var cpu, rss, out float64
			for i := 0; i < b.N; i++ {
				c, r, o := analyzeChild(b, dir)
				cpu += c
				rss = max(rss, r)
				out = o
			}
			b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
			b.ReportMetric(rss, "maxRSS-MB")
			b.ReportMetric(float64(text)/1e6, "text-MB")
			b.ReportMetric(out/1e6, "json-MB")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(n), "µs/article")
		})
	}
}

// writeCorpus writes a generated corpus of n articles into a temporary
// folder, as tools/gencorpus does, and returns the folder and the bytes
// written.
func writeCorpus(b *testing.B, n int) (string, int64) {
	b.Helper()
	dir := b.TempDir()
	arts := filepath.Join(dir, "articles")
	if err := os.Mkdir(arts, 0o755); err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, a := range corpus.Generate(corpus.Options{Articles: n, Words: 600, Seed: 1}) {
		if err := os.WriteFile(filepath.Join(arts, a.Name), a.Text, 0o644); err != nil {
			b.Fatal(err)
		}
		size += int64(len(a.Text))
	}
	return dir, size
}

// analyzeChild runs analyze DIR --json in a child process and returns its
// CPU seconds, max RSS in MB and the bytes of JSON it wrote.
func analyzeChild(b *testing.B, dir string) (cpu, rssMB, jsonBytes float64) {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestAnalyzeChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), analyzeChildEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("analyze %s: %v\n%s", dir, err, out)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		b.Fatal("no resource usage for the child process")
	}
	cpu = (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	m := regexp.MustCompile(jsonBytesLine + ` (\d+)`).FindSubmatch(out)
	if m == nil {
		b.Fatalf("the child did not say how much JSON it wrote:\n%s", out)
	}
	n, _ := strconv.ParseFloat(string(m[1]), 64)
	return cpu, float64(ru.Maxrss) / 1024, n // Linux: Maxrss is in KiB
}

// jsonBytesLine starts the line on which TestAnalyzeChild says how many
// bytes of JSON it wrote.
const jsonBytesLine = "analyze-json-bytes"

// countWriter counts what is written to it and drops it.
type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// TestAnalyzeChild is BenchmarkAnalyzeJSON's child process: it does nothing
// unless STORYLENS_ANALYZE_CHILD names a story folder, which it analyses
// as `storylens analyze DIR --json > /dev/null` does.
func TestAnalyzeChild(t *testing.T) {
	dir := os.Getenv(analyzeChildEnv)
	if dir == "" {
		return
	}
	var out countWriter
	if code := Main([]string{"analyze", dir, "--json"}, Env{Stdout: &out, Stderr: os.Stderr}); code != ExitOK {
		t.Fatalf("analyze %s: exit %d", dir, code)
	}
	fmt.Printf("%s %d\n", jsonBytesLine, out.n)
}
