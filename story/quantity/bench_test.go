package quantity

import (
	"testing"

	"github.com/storylens/storylens/internal/corpus"
)

// BenchmarkExtract runs ExtractDated on generated articles of about 600
// words, one article per op: ns/op and allocs/op are per article. It also
// reports wall-ns/article (b.Elapsed) and cpu-ns/article (user+system CPU
// time of the process from getrusage, which includes the garbage collector
// and is steadier than wall time on a loaded machine).
func BenchmarkExtract(b *testing.B) {
	arts := corpusArticles(b, corpus.Options{Articles: 200, Words: 600, Seed: 3})
	b.ReportAllocs()
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		a := arts[n%len(arts)]
		ExtractDated(a.Name, a.Date, a.Sent)
		n++
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "wall-ns/article")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/article")
	}
}
