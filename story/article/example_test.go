package article_test

import (
	"fmt"

	"github.com/storylens/storylens/story/article"
)

// Parse reads an article file: front matter, paragraphs and sentences, each
// with its line in the file.
func ExampleParse() {
	a, err := article.Parse("01-harbour.md", []byte(`---
title: Tall ship reaches Lisbon
outlet: Harbour Times
date: 2026-06-02
---
The Statsraad Lehmkuhl sailed into Lisbon on Tuesday. It left Bergen on May 20.

Crowds lined the Tagus.
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Meta["outlet"], a.Date, len(a.Paragraphs), "paragraphs", a.Words, "words")
	for _, s := range a.Sentences {
		fmt.Printf("line %d: %s\n", s.Line, s.Text)
	}
	// Output:
	// Harbour Times 2026-06-02 2 paragraphs 18 words
	// line 6: The Statsraad Lehmkuhl sailed into Lisbon on Tuesday.
	// line 6: It left Bergen on May 20.
	// line 8: Crowds lined the Tagus.
}
