package claims

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/article"
)

func TestFindQuotes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{`He said "pay a price" and “huge mistake.”`, []string{"pay a price", "huge mistake"}},
		{`"Open quote runs on`, []string{"Open quote runs on"}},
		{`no quotes`, nil},
		{`« guillemets »`, []string{"guillemets"}},
	} {
		var got []string
		for _, q := range findQuotes(c.in) {
			got = append(got, c.in[q.start:q.end])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("findQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWholeQuoteIsOneGroup: a quote two sources share whole is one quote
// group with the whole quote as its label, not a group per phrase inside
// it; two quotes of one sentence that do not touch stay apart.
func TestWholeQuoteIsOneGroup(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b string
		want []string // the quote groups' labels
	}{
		{"one quote, told two ways",
			`The mayor said "This bridge joins two cities" at the opening.`,
			`"This bridge joins two cities," the mayor told reporters.`,
			[]string{`Quote: "This bridge joins two cities"`}},
		{"two quotes apart",
			`She called it "a historic visit" and promised "deeper trade links" soon.`,
			`Officials spoke of "a historic visit" while others wanted "deeper trade links" first.`,
			[]string{`Quote: "a historic visit"`, `Quote: "deeper trade links"`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var docs []Doc
			for i, text := range []string{c.a, c.b} {
				a, err := article.Parse(fmt.Sprintf("%d.txt", i), []byte(text))
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, Doc{Source: fmt.Sprint(i), Sentences: a.Sentences})
			}
			var got []string
			for _, g := range Discover(docs, Options{}) {
				if g.Kind == KindQuote {
					got = append(got, g.Label)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("quote groups %q, want %q", got, c.want)
			}
		})
	}
}
