package claims

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/storylens/storylens/story/article"
)

// Sentence templates for the synthetic corpus; {P} is a person, {C} a city,
// {O} an organisation, {N} a number, {V} a reporting verb, {W} a weapon word.
var templates = []string{
	"{P} will visit {C} in the coming days at the invitation of {P}, the {O} {V} on Monday.",
	"The {O} {V} that {P} arrived in {C} to attend the economic forum.",
	"{P} {V} the talks in {C} would focus on {W} and energy supplies.",
	"Officials in {C} {V} {N} people had gathered near the station.",
	"The trip from {C} to {C} was expected to take {N} hours or more.",
	"{P} warned that {C} would \"pay a price\" if it supplied {W}.",
	"According to the {O}, {C} is seeking to buy {W} from {C}.",
	"It would be a \"huge mistake\" for {C} to send {W} to {C}, {P} {V}.",
	"The {O} has {V} that {N} trucks crossed the border near {C}.",
	"Security was stepped up at the main station in {C} ahead of the visit.",
	"{P} last travelled abroad in {N}, when he met {P} in {C}.",
	"Markets in {C} closed {N} points higher after the announcement by the {O}.",
	"The weather in {C} was mild, with rain expected later in the week.",
	"{P} praised the harvest and visited a factory outside {C}.",
	"Analysts at the {O} said the summit signals a split over the war.",
	"The delegation from {C} included {N} officials and {N} journalists.",
	"{P} and {P} signed an agreement on railways and ports in {C}.",
	"Police in {C} closed several streets for the motorcade of {P}.",
	"The {O} reported that the train passed through {C} late on Sunday.",
	"Sanctions imposed by the {O} ban the sale of {W} to {C}.",
	"{P} told reporters in {C} that negotiations were advancing actively.",
	"A spokesman for the {O} declined to comment on the reports from {C}.",
	"The forum in {C} runs from Sept. {N} to {N} and draws {N} guests.",
	"Residents of {C} lined the streets to watch the armoured train.",
	"{P} has not travelled abroad since the pandemic closed the borders of {C}.",
	"The ministry in {C} said it was monitoring developments closely.",
	"Food and technology are what {C} wants in exchange for {W}.",
	"The newspaper in {C} {V} that {P} left late on Sunday night.",
	"{N} workers from {C} are employed in the timber industry of {C}.",
	"The {O} said it had nothing to say about a possible visit by {P}.",
}

var (
	fillP = []string{"Kim Jong Un", "Vladimir Putin", "Moon Jae-in", "Jake Sullivan", "Kamala Harris", "Dmitry Peskov",
		"Sergei Shoigu", "Xi Jinping", "Antony Blinken", "Yoon Suk Yeol", "Fumio Kishida", "Olaf Scholz"}
	fillC = []string{"Pyongyang", "Vladivostok", "Moscow", "Seoul", "Khasan", "Ussuriysk", "Beijing", "Tokyo",
		"Washington", "Kyiv", "Rajin", "Chongjin", "Hamhung", "Brussels", "Hanoi", "Đồng Đăng"}
	fillO = []string{"Kremlin", "White House", "KCNA", "Interfax", "Yonhap", "Reuters", "United Nations",
		"State Department", "Chosun Ilbo", "Associated Press"}
	fillV = []string{"said", "told reporters", "announced", "stated", "reported", "confirmed"}
	fillW = []string{"weapons", "arms", "ammunition", "artillery shells", "missiles", "munitions"}
)

// syntheticDocs makes n articles of about perDoc sentences from templates.
func syntheticDocs(n, perDoc int, seed uint64) []Doc {
	r := rand.New(rand.NewPCG(seed, 7))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	docs := make([]Doc, n)
	for i := range docs {
		d := Doc{Source: fmt.Sprintf("s%05d", i)}
		for j := 0; j < perDoc; j++ {
			t := templates[r.IntN(len(templates))]
			var b strings.Builder
			for k := 0; k < len(t); k++ {
				if t[k] == '{' && k+2 < len(t) && t[k+2] == '}' {
					switch t[k+1] {
					case 'P':
						b.WriteString(pick(fillP))
					case 'C':
						b.WriteString(pick(fillC))
					case 'O':
						b.WriteString(pick(fillO))
					case 'V':
						b.WriteString(pick(fillV))
					case 'W':
						b.WriteString(pick(fillW))
					case 'N':
						fmt.Fprint(&b, r.IntN(3000))
					}
					k += 2
					continue
				}
				b.WriteByte(t[k])
			}
			d.Sentences = append(d.Sentences, article.Sentence{Paragraph: j, Line: j + 1, Text: b.String()})
		}
		docs[i] = d
	}
	return docs
}

func benchDiscover(b *testing.B, n int) {
	measureDiscover(b, syntheticDocs(n, 30, 1))
}

// measureDiscover runs Discover on docs and reports CPU seconds (which show
// the work done independently of other load on the machine: wall time on a
// shared machine varies), groups and the peak heap above the heap before
// the run (the docs).
func measureDiscover(b *testing.B, docs []Doc) {
	b.ReportAllocs()
	b.ResetTimer()
	var groups int
	runtime.GC()
	base := heapBytes()
	stop := watchPeakHeap()
	cpu0 := cpuTime()
	for b.Loop() {
		groups = len(Discover(docs, Options{}))
	}
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(groups), "groups")
	b.ReportMetric(float64(stop()-base)/1e6, "peak-heap-MB")
}

// BenchmarkDiscover1k and BenchmarkDiscover10k: 1,000 and 10,000 synthetic
// articles of 30 sentences (run with -benchtime=1x).
func BenchmarkDiscover1k(b *testing.B)  { benchDiscover(b, 1000) }
func BenchmarkDiscover10k(b *testing.B) { benchDiscover(b, 10000) }

// benchCorpus runs Discover on n articles of ~600 words from internal/corpus
// (the corpus `storylens analyze` is measured on in issue 3).
func benchCorpus(b *testing.B, n int) {
	measureDiscover(b, corpusDocs(b, n))
}

// BenchmarkDiscoverCorpus1k and BenchmarkDiscoverCorpus10k: 1,000 and
// 10,000 articles of internal/corpus (run with -benchtime=1x).
func BenchmarkDiscoverCorpus1k(b *testing.B)  { benchCorpus(b, 1000) }
func BenchmarkDiscoverCorpus10k(b *testing.B) { benchCorpus(b, 10000) }

// heapBytes is the memory of live and not yet swept heap objects.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// watchPeakHeap samples heapBytes every millisecond until the returned
// function is called, which returns the largest value seen.
func watchPeakHeap() func() uint64 {
	done := make(chan struct{})
	res := make(chan uint64)
	go func() {
		peak := heapBytes()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				res <- max(peak, heapBytes())
				return
			case <-t.C:
				peak = max(peak, heapBytes())
			}
		}
	}()
	return func() uint64 {
		close(done)
		return <-res
	}
}
