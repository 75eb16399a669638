package analysis

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/storylens/storylens/internal/corpus"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/claims"
)

// corpusFS is a folder of generated articles, as a user's draft story.
func corpusFS(n int) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, a := range corpus.Generate(corpus.Options{Articles: n, Words: 600, Seed: 1}) {
		fsys["articles/"+a.Name] = &fstest.MapFile{Data: a.Text, Mode: 0o644}
	}
	return fsys
}

// BenchmarkLoadAndAnalyze measures what `storylens analyze DIR --json` does
// apart from reading files from disk and printing: parse every article,
// build the draft story, and analyse it, with no memory limit (the
// command's policy and its max RSS are measured by cli's
// BenchmarkAnalyzeJSON). It reports the bytes allocated per run. Run the
// 10,000 case with -bench 'LoadAndAnalyze/10000' -benchtime 1x; the
// 100,000 case runs only with STORYLENS_BENCH_100K=1.
func BenchmarkLoadAndAnalyze(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			if n > 1000 && testing.Short() {
				b.Skip("short")
			}
			if n > 10000 && os.Getenv("STORYLENS_BENCH_100K") != "1" {
				b.Skip("the 100,000-article corpus runs only with STORYLENS_BENCH_100K=1")
			}
			fsys := corpusFS(n)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				s, problems := story.LoadFS(fsys, "corpus")
				if problems.HasErrors() {
					b.Fatal(problems.Err())
				}
				if _, err := Run(s, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(n)*1000, "µs/article")
		})
	}
}

func TestAnalyzeDraftCorpus(t *testing.T) {
	s, problems := story.LoadFS(corpusFS(40), "corpus")
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	if !s.Draft || len(s.Steps) != 41 {
		t.Fatalf("draft %v with %d steps, want a draft with an overview and 40 article steps", s.Draft, len(s.Steps))
	}
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Places) < 10 {
		t.Errorf("%d places found in 40 generated articles naming dozens of cities", len(r.Places))
	}
	if len(r.Steps) > MaxDraftSteps || len(r.Steps) < 2 {
		t.Errorf("%d draft steps for 40 articles, want 2 to %d", len(r.Steps), MaxDraftSteps)
	}
	withPlaces := 0
	for _, st := range r.Steps[1:] {
		if len(st.Places) > 0 {
			withPlaces++
		}
		if testing.Verbose() {
			t.Logf("%s %s %q %v", st.ID, st.Date, st.Title, st.Places)
		}
	}
	if withPlaces < len(r.Steps[1:])*9/10 {
		t.Errorf("only %d of %d draft steps got places", withPlaces, len(r.Steps)-1)
	}
	discovered := 0
	for _, c := range r.Claims {
		if c.Origin == "discovered" && len(c.Sources) >= 2 {
			discovered++
		}
	}
	if discovered == 0 {
		t.Error("no shared claims discovered in a corpus that repeats quotes across outlets")
	}
}

// TestDraftCorpusLegClaimsCounted checks, on a generated draft corpus, that
// the claims of the legs (found while the steps are framed) are counted
// like every other claim: in each of their sources' claims and in the
// coverage; and that the report does not depend on how many workers made it.
func TestDraftCorpusLegClaimsCounted(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	fsys := corpusFS(200)
	var reports [2][]byte
	for k, w := range []int{1, 3} {
		s, problems := story.LoadFS(fsys, "corpus")
		if problems.HasErrors() {
			t.Fatal(problems.Err())
		}
		r, err := Run(s, Options{Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		bySource := map[string][]string{}
		for _, src := range r.Sources {
			bySource[src.ID] = src.Claims
		}
		col := map[string]int{}
		for j, id := range r.Coverage.Claims {
			col[id] = j
		}
		row := map[string]int{}
		for i, id := range r.Coverage.Sources {
			row[id] = i
		}
		legs := 0
		for _, c := range r.Claims {
			if c.Topic != claims.KindLeg {
				continue
			}
			legs++
			j, ok := col[c.ID]
			if !ok {
				t.Fatalf("leg claim %s not in the coverage", c.ID)
			}
			for _, src := range c.Sources {
				if !slices.Contains(bySource[src], c.ID) {
					t.Errorf("source %s does not list its leg claim %s", src, c.ID)
				}
				if !r.Coverage.Matrix[row[src]][j] {
					t.Errorf("coverage[%s][%s] false for a leg claim of the source", src, c.ID)
				}
			}
		}
		if legs == 0 {
			t.Fatal("no leg claims in a generated corpus whose articles retell the same legs")
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		reports[k] = b
	}
	if !bytes.Equal(reports[0], reports[1]) {
		t.Error("the report with 1 worker differs from the report with 3")
	}
}
