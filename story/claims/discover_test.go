package claims

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/story/article"
)

func doc(src string, sents ...string) Doc {
	d := Doc{Source: src}
	for i, s := range sents {
		d.Sentences = append(d.Sentences, article.Sentence{Paragraph: i, Line: i + 1, Text: s})
	}
	return d
}

// Sentences that share only the story's names must not be grouped.
func TestBoilerplateNotGrouped(t *testing.T) {
	docs := []Doc{
		doc("a", "North Korean leader Kim Jong Un inspected a fertiliser factory in the countryside.",
			"Kim Jong Un of North Korea praised the harvest of potatoes this autumn.",
			"The weather in Seoul was mild with light rain expected later."),
		doc("b", "North Korea's Kim Jong Un watched a football match between two army teams.",
			"Kim Jong Un and North Korea remain under United Nations sanctions over missiles.",
			"Stock markets in Tokyo closed higher on strong exporter earnings."),
	}
	for _, g := range Discover(docs, Options{}) {
		t.Errorf("unexpected group %q from %v", g.Label, g.Sources)
	}
}

func TestParaphraseAndQuote(t *testing.T) {
	docs := []Doc{
		doc("a", "The Kremlin said Kim Jong Un will visit Russia in the coming days at Putin's invitation.",
			"Officials said it would be a \"huge mistake\" to send arms."),
		doc("b", "Kim will visit Russia at the invitation of Putin “in the coming days,” the Kremlin announced.",
			"Harris called the arms deal a “huge mistake.”"),
		doc("c", "Bananas are yellow and rich in potassium, nutritionists told reporters."),
	}
	gs := Discover(docs, Options{})
	var para, quote *Group
	for i := range gs {
		switch gs[i].Kind {
		case KindParaphrase:
			if para == nil {
				para = &gs[i]
			}
		case KindQuote:
			if strings.Contains(gs[i].Label, "huge mistake") {
				quote = &gs[i]
			}
		}
	}
	if para == nil || strings.Join(para.Sources, ",") != "a,b" || !strings.HasPrefix(para.ID, "d:") {
		t.Fatalf("paraphrase group missing or wrong: %+v", gs)
	}
	if quote == nil || quote.Label != `Quote: "huge mistake"` || len(quote.Sources) != 2 {
		t.Fatalf("quote group missing or wrong: %+v", gs)
	}
	for _, e := range quote.Evidence {
		if got := e.Text[e.Match[0]:e.Match[1]]; got != "huge mistake" {
			t.Errorf("quote match %q in %q", got, e.Text)
		}
	}
	// Ids are stable: the same input gives the same ids.
	again := Discover(docs, Options{Workers: 1})
	if len(again) != len(gs) {
		t.Fatalf("%d groups then %d", len(gs), len(again))
	}
	for i := range gs {
		if gs[i].ID != again[i].ID || gs[i].Label != again[i].Label {
			t.Errorf("group %d: %s %q then %s %q", i, gs[i].ID, gs[i].Label, again[i].ID, again[i].Label)
		}
	}
}

// The result does not depend on the number of workers or on map order.
func TestDeterministicSeeds(t *testing.T) {
	docs := seedDocs(t)
	for _, exact := range []int{0, -1} {
		a := Discover(docs, Options{Workers: 1, ExactLimit: exact})
		for run := 0; run < 3; run++ {
			b := Discover(docs, Options{Workers: 2, ExactLimit: exact})
			if len(a) != len(b) {
				t.Fatalf("exact=%d: %d groups then %d", exact, len(a), len(b))
			}
			for i := range a {
				if a[i].ID != b[i].ID || len(a[i].Evidence) != len(b[i].Evidence) {
					t.Errorf("exact=%d group %d: %s (%d) then %s (%d)", exact, i, a[i].ID, len(a[i].Evidence), b[i].ID, len(b[i].Evidence))
				}
			}
		}
	}
}
