// Command gencorpus writes a synthetic corpus of news articles (a folder of
// articles, which Storylens opens as a draft story) for benchmarks:
//
//	go run ./tools/gencorpus -n 10000 -words 600 -out /tmp/corpus10k
//	storylens analyze /tmp/corpus10k --json > /dev/null
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/storylens/storylens/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	words := flag.Int("words", 600, "approximate words per article")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("out", "", "folder to create (must not exist)")
	flag.Parse()
	if *out == "" {
		log.Fatal("gencorpus: -out DIR is required")
	}
	dir := filepath.Join(*out, "articles")
	if _, err := os.Stat(*out); err == nil {
		log.Fatalf("gencorpus: %s exists; give a new folder", *out)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, a := range corpus.Generate(corpus.Options{Articles: *n, Words: *words, Seed: *seed}) {
		if err := os.WriteFile(filepath.Join(dir, a.Name), a.Text, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Printf("wrote %d articles to %s\n", *n, dir)
}
