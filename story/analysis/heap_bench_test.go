package analysis

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/storylens/storylens/story"
)

// BenchmarkStageHeap reports the live heap (after a full collection) when
// each stage of Run starts, on a generated corpus of 1,000 or 10,000
// articles (-bench 'StageHeap/10000' -benchtime 1x), as MB metrics named by
// the stage: loaded, finding-shared-claims (the gazetteer and the curated
// claims ready; discovery then runs beside the reading of the articles),
// quantities-and-checks (the articles read, their places and quantities
// extracted, the discovered claims found), end (the report and the story).
// With workers 1 and without
// the journey (itinerary and sea routes), so that the figures are the
// per-article data's; the collections make it slow, so its ns/op is no
// speed figure.
func BenchmarkStageHeap(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			if n > 1000 && testing.Short() {
				b.Skip("short")
			}
			fsys := corpusFS(n)
			peak := map[string]float64{}
			var order []string
			live := func(stage string) {
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				name := strings.ReplaceAll(stage, " ", "-")
				if _, ok := peak[name]; !ok {
					order = append(order, name)
				}
				peak[name] = max(peak[name], float64(ms.HeapAlloc)/1e6)
			}
			for i := 0; i < b.N; i++ {
				s, problems := story.LoadFS(fsys, "corpus")
				if problems.HasErrors() {
					b.Fatal(problems.Err())
				}
				live("loaded")
				r, err := Run(s, Options{Workers: 1, NoJourney: true, Progress: func(stage string, done, total int) {
					if total == 0 {
						live(stage)
					}
				}})
				if err != nil {
					b.Fatal(err)
				}
				live("end")
				runtime.KeepAlive(r)
				runtime.KeepAlive(s)
			}
			for _, name := range order {
				b.ReportMetric(peak[name], name+"-MB")
			}
		})
	}
}
