package claims_test

import (
	"fmt"
	"strings"

	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/claims"
)

// Discover groups the sentences of different sources that report the same
// thing (here with repeated-quote groups turned off).
func ExampleDiscover() {
	texts := map[string]string{
		"a": "The mayor opened the new bridge over the river on Friday. Heavy rain flooded the old market square.",
		"b": "On Friday the new river bridge was opened by the mayor. Tickets for the concert sold out in an hour.",
	}
	var docs []claims.Doc
	for _, id := range []string{"a", "b"} {
		a, err := article.Parse(id+".txt", []byte(texts[id]))
		if err != nil {
			fmt.Println(err)
			return
		}
		docs = append(docs, claims.Doc{Source: id, Sentences: a.Sentences})
	}
	for _, g := range claims.Discover(docs, claims.Options{NoQuotes: true}) {
		fmt.Printf("%s [%s]: %s\n", g.Label, g.Kind, strings.Join(g.Sources, ", "))
		for _, e := range g.Evidence {
			fmt.Printf("  %s: %s\n", e.Source, e.Text)
		}
	}
	// Output:
	// On Friday the new river bridge was opened by the mayor [paraphrase]: a, b
	//   a: The mayor opened the new bridge over the river on Friday.
	//   b: On Friday the new river bridge was opened by the mayor.
}
