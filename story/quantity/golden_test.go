package quantity

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/internal/corpus"
	"github.com/storylens/storylens/story/article"
)

var update = flag.Bool("update", false, "rewrite testdata/extract_golden.json")

const goldenFile = "testdata/extract_golden.json"

// goldenCorpus is the generated corpus the golden file records: 300 articles
// of about 600 words, seed 1.
var goldenCorpus = corpus.Options{Articles: 300, Words: 600, Seed: 1}

// goldenArticle is one parsed article for the golden and benchmark inputs.
type goldenArticle struct {
	Name string
	Date string
	Sent []article.Sentence
}

// seedArticles parses the bundled story's articles.
func seedArticles(tb testing.TB) []goldenArticle {
	tb.Helper()
	files, err := filepath.Glob("../../data/kimputin/articles/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("seed articles: %v (%d files)", err, len(files))
	}
	var out []goldenArticle
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := article.Parse(f, data)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, goldenArticle{filepath.Base(f), a.Date, a.Sentences})
	}
	return out
}

// corpusArticles parses generated articles.
func corpusArticles(tb testing.TB, o corpus.Options) []goldenArticle {
	tb.Helper()
	var out []goldenArticle
	for _, g := range corpus.Generate(o) {
		a, err := article.Parse(g.Name, g.Text)
		if err != nil {
			tb.Fatalf("%s: %v", g.Name, err)
		}
		out = append(out, goldenArticle{g.Name, a.Date, a.Sentences})
	}
	return out
}

// goldenQuantity is a Quantity without its source and sentence text (the
// article's name and the sentence's index, checked separately), so that the
// file stays small.
type goldenQuantity struct {
	Kind       string
	Value      float64
	Unit       string
	Normalized Value
	ISO        string   `json:",omitempty"`
	Qualifier  string   `json:",omitempty"`
	About      string   `json:",omitempty"`
	Places     []string `json:",omitempty"`
	Text       string
	Start, End int
	Sentence   int
}

// goldenJSON renders the quantities of each article, one per line.
func goldenJSON(tb testing.TB, arts []goldenArticle) []byte {
	tb.Helper()
	var b bytes.Buffer
	b.WriteString("[\n")
	for ai, a := range arts {
		fmt.Fprintf(&b, "{\"Article\": %q, \"Date\": %q, \"Quantities\": [\n", a.Name, a.Date)
		qs := ExtractDated(a.Name, a.Date, a.Sent)
		for qi, x := range qs {
			if x.SentenceIndex < 0 || int(x.SentenceIndex) >= len(a.Sent) || x.Sentence != a.Sent[x.SentenceIndex].Text || x.Source != a.Name {
				tb.Fatalf("%s: quantity %d: source %q, sentence %d is not the article's", a.Name, qi, x.Source, x.SentenceIndex)
			}
			line, err := json.Marshal(goldenQuantity{x.Kind, x.Value, x.Unit, x.Normalized, x.ISO, x.Qualifier,
				x.About, x.Places, x.Text(), int(x.Start), int(x.End), int(x.SentenceIndex)})
			if err != nil {
				tb.Fatal(err)
			}
			b.Write(line)
			if qi < len(qs)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString("]}")
		if ai < len(arts)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]\n")
	return b.Bytes()
}

// TestExtractGolden compares ExtractDated on the 5 seed articles and 300
// generated ones with the results recorded in testdata/extract_golden.json
// (go test -run TestExtractGolden -update rewrites it). It guards
// optimisations of the extractor against any change in what it finds.
func TestExtractGolden(t *testing.T) {
	arts := append(seedArticles(t), corpusArticles(t, goldenCorpus)...)
	got := goldenJSON(t, arts)
	if *update {
		if err := os.WriteFile(goldenFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", goldenFile, len(got))
		return
	}
	want, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatalf("%v (run go test -run TestExtractGolden -update to record it)", err)
	}
	if !json.Valid(want) {
		t.Fatalf("%s is not valid JSON", goldenFile)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	article := ""
	for i := 0; i < max(len(gl), len(wl)); i++ {
		g, w := "", ""
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if strings.HasPrefix(w, "{\"Article\"") {
			article = w
		}
		if g != w {
			t.Fatalf("%s line %d differs (in %s):\n got %s\nwant %s", goldenFile, i+1, article, g, w)
		}
	}
}
