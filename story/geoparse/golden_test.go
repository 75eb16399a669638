package geoparse

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"sync"
	"testing"

	"github.com/storylens/storylens/internal/corpus"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/article"
)

var update = flag.Bool("update", false, "rewrite testdata/parse_golden.json")

const goldenFile = "testdata/parse_golden.json"

// goldenArticles are the five seed articles and 300 synthetic corpus
// articles (internal/corpus, seed 7), parsed with story/article.
func goldenArticles(tb testing.TB) (names []string, arts []*article.Article) {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "data", "kimputin", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatal("no seed articles", err)
	}
	sort.Strings(files)
	for _, f := range files {
		names = append(names, "seed/"+filepath.Base(f))
		arts = append(arts, loadSeed(tb, filepath.Base(f)))
	}
	return append(names, corpusNames(300)...), append(arts, corpusArticles(tb, 300)...)
}

func corpusNames(n int) []string {
	var out []string
	for _, c := range corpus.Generate(corpus.Options{Articles: n, Seed: 7}) {
		out = append(out, "corpus/"+c.Name)
	}
	return out
}

// corpusArticles parses n synthetic ~600-word articles (seed 7).
func corpusArticles(tb testing.TB, n int) []*article.Article {
	tb.Helper()
	var out []*article.Article
	for _, c := range corpus.Generate(corpus.Options{Articles: n, Seed: 7}) {
		a, err := article.Parse(c.Name, c.Text)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// goldenResult is one article's result in testdata/parse_golden.json, one
// line per article; a mention is "sentence:start-end surface=id|name|kind|
// origin|lat,lon".
type goldenResult struct {
	Article  string   `json:"article"`
	Story    bool     `json:"story_places,omitempty"` // parsed with the bundled story's places
	Focus    string   `json:"focus"`
	Mentions []string `json:"mentions"`
}

func newGolden(name string, story bool, res ArticleResult) goldenResult {
	r := goldenResult{Article: name, Story: story, Focus: res.Focus, Mentions: []string{}}
	for _, m := range res.Mentions {
		r.Mentions = append(r.Mentions, fmt.Sprintf("%d:%d-%d %s=%s|%s|%s|%s|%s,%s", m.Sentence, m.Start, m.End,
			m.Surface, m.PlaceID, m.Name, m.Kind, m.Origin,
			strconv.FormatFloat(m.Lat, 'g', -1, 64), strconv.FormatFloat(m.Lon, 'g', -1, 64)))
	}
	return r
}

// TestParseGolden checks ParseArticle's mentions and focus on the seeds
// (with and without the bundled story's places) and on 300 corpus articles
// against testdata/parse_golden.json (go test -run TestParseGolden -update
// rewrites it). It guards speed work against any change in what is found.
func TestParseGolden(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	st, probs := story.Load(filepath.Join("..", "..", "data", "kimputin"))
	if st == nil {
		t.Fatal("bundled story:", probs)
	}
	plain, withStory := NewParser(g, nil), NewParser(g, st.Places)
	names, arts := goldenArticles(t)
	var got []goldenResult
	for i, a := range arts {
		got = append(got, newGolden(names[i], false, plain.ParseArticle(a)))
		if i < 5 {
			got = append(got, newGolden(names[i], true, withStory.ParseArticle(a)))
		}
	}
	data := []byte("[\n")
	for i, r := range got {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		data = append(data, line...)
		if i < len(got)-1 {
			data = append(data, ',')
		}
		data = append(data, '\n')
	}
	data = append(data, "]\n"...)
	if *update {
		if err := os.WriteFile(goldenFile, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(want, data) {
		return
	}
	var wantRes []goldenResult
	if err := json.Unmarshal(want, &wantRes); err != nil {
		t.Fatal(err)
	}
	if len(wantRes) != len(got) {
		t.Fatalf("%d results, golden has %d", len(got), len(wantRes))
	}
	bad := 0
	for i := range got {
		a, _ := json.Marshal(got[i])
		b, _ := json.Marshal(wantRes[i])
		if !bytes.Equal(a, b) {
			bad++
			if bad <= 3 {
				t.Errorf("%s (story places %v):\n got %s\nwant %s", got[i].Article, got[i].Story, a, b)
			}
		}
	}
	t.Errorf("%s", fmt.Sprintf("%d of %d results differ from %s", bad, len(got), goldenFile))
}

// TestParseConcurrent parses articles from several goroutines at once (the
// parser reuses pooled buffers) and checks each result against a
// sequential parse.
func TestParseConcurrent(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	arts := corpusArticles(t, 40)
	want := make([]goldenResult, len(arts))
	for i, a := range arts {
		want[i] = newGolden("", false, p.ParseArticle(a))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(arts))
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := range arts {
				i := (k + w*7) % len(arts)
				got := newGolden("", false, p.ParseArticle(arts[i]))
				if !slices.Equal(got.Mentions, want[i].Mentions) || got.Focus != want[i].Focus {
					errs <- fmt.Sprintf("worker %d, article %d: result differs from the sequential parse", w, i)
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
