package geoparse

import (
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/storylens/storylens/assets/gazetteer"
	"github.com/storylens/storylens/story/article"
)

// benchArticle builds an article of about 600 words from the seeds'
// sentences, in order.
func benchArticle(tb testing.TB) *article.Article {
	files, err := filepath.Glob(filepath.Join("..", "..", "data", "kimputin", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatal("no seed articles", err)
	}
	sort.Strings(files)
	out := &article.Article{}
	for _, f := range files {
		a := loadSeed(tb, filepath.Base(f))
		for _, s := range a.Sentences {
			if out.Words >= 600 {
				return out
			}
			out.Sentences = append(out.Sentences, s)
			out.Words += len(strings.Fields(s.Text))
		}
	}
	return out
}

// BenchmarkParseArticle parses one ~600-word article with the embedded
// gazetteer already loaded.
func BenchmarkParseArticle(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	p := NewParser(g, nil)
	a := benchArticle(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.ParseArticle(a)
	}
	b.ReportMetric(float64(a.Words), "words")
}

// TestGazetteerMemory reports the heap the loaded gazetteer takes (run with
// -v); it fails only if it grows past a generous bound.
func TestGazetteerMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	g, err := loadParts(gazetteer.Places, gazetteer.Names)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	mb := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	t.Logf("loaded gazetteer: %d places, %.1f MiB of heap", g.Len(), mb)
	runtime.KeepAlive(g)
	if mb > 200 {
		t.Errorf("gazetteer takes %.1f MiB", mb)
	}
}

// BenchmarkParseCorpusArticle parses synthetic ~600-word articles from
// internal/corpus (parsed with story/article), the embedded gazetteer
// already loaded. cpu-ms/op is process CPU time (getrusage), steadier than
// wall time on a loaded machine.
func BenchmarkParseCorpusArticle(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	p := NewParser(g, nil)
	arts := corpusArticles(b, 200)
	words := 0
	for _, a := range arts {
		words += a.Words
	}
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		p.ParseArticle(arts[i%len(arts)])
	}
	b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(words)/float64(len(arts)), "words")
}

// BenchmarkLoadGazetteer decodes and indexes the embedded gazetteer (what
// Default does once per process).
func BenchmarkLoadGazetteer(b *testing.B) {
	b.ReportAllocs()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := loadParts(gazetteer.Places, gazetteer.Names); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
