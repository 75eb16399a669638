package itinerary

import (
	"fmt"
	"reflect"
	"sort"
	"testing"
)

// benchSentences are the sentence shapes of the benchmark corpus: movement,
// venue, and plain reporting (most sentences of news move nobody).
var benchSentences = []string{
	"The prime minister flew from %s to %s on Tuesday morning for two days of talks.",
	"Officials said the visit had been planned for months.",
	"He arrived in %s late Sunday after a long train journey from %s.",
	"The summit will be held at the Grand Hotel in %s, the foreign ministry said.",
	"Analysts in %s said the meeting was unlikely to produce a deal.",
	"The delegation returned to %s the next day.",
	"Markets in %s were calm as the talks began.",
	"The motorcade drove through %s on the way to %s.",
	"A spokesman declined to comment on the schedule.",
	"Talks at the Palais des Nations in %s continued into the night.",
}

// benchDocs makes n articles of 30 sentences about places of testPlaces.
func benchDocs(b testing.TB, n int) []Doc {
	names := make([]string, 0, len(testPlaces))
	for k, p := range testPlaces {
		if p.kind != "country" {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	docs := make([]Doc, n)
	for i := range docs {
		texts := make([]string, 30)
		for j := range texts {
			tpl := benchSentences[(i+j)%len(benchSentences)]
			p1, p2 := names[(i*7+j)%len(names)], names[(i*13+j*3+1)%len(names)]
			switch c := countVerbs(tpl); c {
			case 0:
				texts[j] = tpl
			case 1:
				texts[j] = fmt.Sprintf(tpl, p1)
			default:
				texts[j] = fmt.Sprintf(tpl, p1, p2)
			}
		}
		docs[i] = doc(b, fmt.Sprintf("src-%d", i), fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28), texts...)
	}
	return docs
}

func countVerbs(s string) int {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '%' && s[i+1] == 's' {
			n++
		}
	}
	return n
}

// BenchmarkExtract: 1,000 articles of 30 sentences (mentions given). It
// reports ns/op (wall) and cpu-ns/op (user+system CPU of the process from
// getrusage, steadier on a shared machine; it includes the GC).
func BenchmarkExtract(b *testing.B) {
	docs := benchDocs(b, 1000)
	b.ReportAllocs()
	var r *Result
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		r = Extract(docs, Options{})
		n++
	}
	if cpu := cpuTime() - cpu0; cpu > 0 && n > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
	}
	b.ReportMetric(float64(len(r.Trips)), "trips")
	b.ReportMetric(float64(countLegs(r.Trips)), "legs")
}

// TestExtractDeterministic: the same input gives the same result (no map
// order leaks into the output).
func TestExtractDeterministic(t *testing.T) {
	docs := benchDocs(t, 40)
	a, b := Extract(docs, Options{}), Extract(docs, Options{})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs differ")
	}
	if countLegs(a.Trips) == 0 || len(a.Venues) == 0 {
		t.Fatalf("corpus yields %d legs, %d venues", countLegs(a.Trips), len(a.Venues))
	}
}

// BenchmarkExtractStory: a story-sized input, 10 articles of 30 sentences.
func BenchmarkExtractStory(b *testing.B) {
	docs := benchDocs(b, 10)
	b.ReportAllocs()
	for b.Loop() {
		Extract(docs, Options{})
	}
}
