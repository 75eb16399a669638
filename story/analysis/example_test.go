package analysis_test

import (
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// Run analyses a loaded story: which sources report each claim (here one
// curated claim, matched in the text), and which places the articles name.
func ExampleRun() {
	fsys := fstest.MapFS{
		"articles/a.txt": {Data: []byte(" date 2024-03-04 Rail workers went on strike in Lyon on Monday.\n")},
		"articles/b.txt": {Data: []byte(" date 2024-03-05 A rail strike halted trains between Lyon and Marseille.\n")},
		"claims.json": {Data: []byte(`{"claims": [{"id": "strike", "label": "Rail workers strike",
			"matchers": ["/(went on|rail) strike/"]}]}`)},
	}
	s, problems := story.LoadFS(fsys, "example")
	if problems.HasErrors() {
		fmt.Println(problems)
		return
	}
	r, err := analysis.Run(s, analysis.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range r.Claims {
		fmt.Printf("%s (%s): %s\n", c.Label, c.Origin, strings.Join(c.Sources, ", "))
	}
	for _, p := range r.Places {
		fmt.Printf("%s: mentions %d, sources %s\n", p.Name, p.Mentions, strings.Join(p.Sources, ", "))
	}
	// Output:
	// Rail workers strike (curated): a, b
	// Lyon: mentions 2, sources a, b
	// Marseille: mentions 1, sources b
}
