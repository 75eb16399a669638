package claims

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitClauses(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		// cut: two claims in one sentence
		{"The freighter was steaming from Busan to Hamburg when a typhoon battered the coast and snapped its moorings.",
			[]string{"The freighter was steaming from Busan to Hamburg ", "when a typhoon battered the coast and snapped its moorings."}},
		{"The premier landed in Oslo on Sunday after a long overnight flight, becoming the first leader from the island to visit Norway.",
			[]string{"The premier landed in Oslo on Sunday after a long overnight flight, ", "becoming the first leader from the island to visit Norway."}},
		{"Exports of copper rose sharply in the spring; imports of grain fell for the third straight month.",
			[]string{"Exports of copper rose sharply in the spring; ", "imports of grain fell for the third straight month."}},
		{"The delegation toured the harbour district on Monday, after the minister opened the new container terminal.",
			[]string{"The delegation toured the harbour district on Monday, ", "after the minister opened the new container terminal."}},
		// a second "that" clause of the same verb tells a second claim
		{"Officials confirmed on Friday that the wreckage belonged to the missing plane, and that all six crew members had died.",
			[]string{"Officials confirmed on Friday that the wreckage belonged to the missing plane, ", "and that all six crew members had died."}},
		// no cut
		{"The agency said the wreckage belonged to the missing plane and that six crew members had died.", nil}, // no comma
		{"Officials confirmed that the plane was lost, and that was all.", nil},                                 // too short a clause
		{"The premier arrived after a long overnight flight from the island capital.", nil},                     // "after" without a comma
		{"The ferry docked, when it could.", nil},                                                               // too short a clause
		{"The mayor rarely leaves the city and, when she does, the trips are kept quiet by her staff.", nil},    // fronted when-clause
		{"The port of Varna, which handles most grain exports, reopened on Friday after repairs to the quay.", nil},
		{"The minister said \"we will rebuild the bridge when the floods recede\" at a press briefing in the capital.", nil},
		{"Short.", nil},
		{"", nil},
	} {
		sp := splitClauses(c.in)
		if sp == nil {
			sp = []clauseSpan{{0, len(c.in)}}
		}
		var got []string
		for _, s := range sp {
			got = append(got, c.in[s.start:s.end])
		}
		want := c.want
		if want == nil {
			want = []string{c.in}
		}
		if !slices.Equal(got, want) {
			t.Errorf("splitClauses(%q) = %q, want %q", c.in, got, want)
		}
	}
}

func TestClauseText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"when a typhoon battered the coast", "A typhoon battered the coast"},
		{"after the minister opened the terminal.", "The minister opened the terminal."},
		{"The freighter was steaming to Hamburg, ", "The freighter was steaming to Hamburg"},
		{"becoming the first leader to visit Norway", "becoming the first leader to visit Norway"},
		{"Exports rose;", "Exports rose"},
		{"and that all six crew members had died.", "All six crew members had died."},
		{"and the crew members had died.", "and the crew members had died."},
		{"and thatched roofs burned", "and thatched roofs burned"},
		{"that was the end of the talks", "that was the end of the talks"},
	} {
		if got := clauseText(c.in); got != c.want {
			t.Errorf("clauseText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSameLeg(t *testing.T) {
	sig := func(s string) *signature { return signatureOf(s, tokenize(s, nil)) }
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"The convoy drove from Lviv to Odesa overnight.", "The convoy reached Odesa after the drive from Lviv.", true},
		{"The envoy left Lisbon for Dakar on Tuesday.", "The envoy took the ferry from Lisbon.", true},
		{"The envoy flew from Lisbon to Dakar.", "The envoy flew from Madrid to Dakar.", false}, // another leg to the same end
		{"The envoy flew from Lisbon to Dakar.", "The envoy flew from Lisbon to Accra.", false},
		{"The envoy flew from Lisbon to Dakar.", "The envoy flew from Dakar to Lisbon.", false}, // no place on the same side
		{"The envoy flew to Dakar.", "The envoy spoke at length in the assembly.", false},       // no signature
		{"The envoy flew from Lisbon to Dakar.", "The talks in 2019 ended early.", false},       // only a year
	} {
		if got := sameLeg(sig(c.a), sig(c.b)); got != c.want {
			t.Errorf("sameLeg(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// A cluster that names two places on one side holds two legs.
	a, b := sig("The envoy flew from Lisbon to Dakar."), sig("The envoy flew from Lisbon to Accra.")
	if sameLeg(merge(a, b), sig("The envoy left Lisbon on Monday.")) {
		t.Errorf("sameLeg of a two-leg cluster")
	}
}

// Each claim of a compound sentence groups with its own paraphrases in other
// sources, and evidence names the whole sentence once.
func TestDiscoverClauses(t *testing.T) {
	filler := []string{
		"Officials gave few details of the programme.", "Security was tight across the city.",
		"The weather was warm and dry.", "Crowds gathered early near the station.",
		"Local television showed the arrival live.", "The schedule was released late on Monday.",
	}
	doc := func(src string, s ...string) Doc {
		var d Doc
		d.Source = src
		for i, x := range append(s, filler...) {
			d.Sentences = append(d.Sentences, sentence(i, x))
		}
		return d
	}
	docs := []Doc{
		doc("a", "The freighter Nordic Star was steaming from Busan to Hamburg when a typhoon snapped its anchor chain near the strait."),
		doc("b", "The Nordic Star had been bound for Hamburg, having left Busan a week earlier.",
			"A typhoon snapped the anchor chain of the freighter as it neared the strait."),
		doc("c", "The typhoon snapped the Nordic Star's anchor chain close to the strait, the coast guard said."),
	}
	gs := Discover(docs, Options{NoQuotes: true})
	var storm, route *Group
	for i := range gs {
		g := &gs[i]
		if strings.Contains(strings.ToLower(g.Label), "typhoon") {
			storm = g
		}
		if strings.Contains(g.Label, "Hamburg") {
			route = g
		}
		seen := map[string]bool{}
		for _, e := range g.Evidence {
			k := e.Source + ":" + e.Text
			if seen[k] {
				t.Errorf("%q: sentence twice in evidence: %q", g.Label, e.Text)
			}
			seen[k] = true
			if e.Text != docs[map[string]int{"a": 0, "b": 1, "c": 2}[e.Source]].Sentences[e.Sentence].Text {
				t.Errorf("%q: evidence %q is not sentence %d of %s", g.Label, e.Text, e.Sentence, e.Source)
			}
		}
	}
	if storm == nil || len(storm.Sources) != 3 {
		t.Fatalf("typhoon claim not in 3 sources: %+v", storm)
	}
	if strings.HasPrefix(storm.Label, "when") {
		t.Errorf("label opens with the conjunction: %q", storm.Label)
	}
	if route == nil || !slices.Equal(route.Sources, []string{"a", "b"}) {
		t.Errorf("route claim not in a and b: %+v", route)
	}
}

// A second "that" clause of one verb is its own claim: the sentence of a
// tells two, each stated alone by another source.
func TestDiscoverSecondThatClause(t *testing.T) {
	filler := []string{
		"Officials gave few details of the programme.", "Security was tight across the city.",
		"The weather was warm and dry.", "Crowds gathered early near the station.",
		"Local television showed the search live.", "The schedule was released late on Monday.",
	}
	doc := func(src string, s ...string) Doc {
		var d Doc
		d.Source = src
		for i, x := range append(s, filler...) {
			d.Sentences = append(d.Sentences, sentence(i, x))
		}
		return d
	}
	docs := []Doc{
		doc("a", "On Friday the harbour police confirmed that the wreckage found off Brindisi belonged to the missing seaplane, and that all six crew members were presumed dead after the crash."),
		doc("b", "Wreckage found off Brindisi on Friday belonged to the missing seaplane, the harbour police said."),
		doc("c", "All six crew members of the seaplane were presumed dead after the crash, officials said."),
	}
	gs := Discover(docs, Options{NoQuotes: true})
	var wreck, crew *Group
	for i := range gs {
		g := &gs[i]
		if strings.Contains(g.Label, "reckage") {
			wreck = g
		}
		if strings.Contains(g.Label, "crew") {
			crew = g
		}
	}
	if wreck == nil || !slices.Equal(wreck.Sources, []string{"a", "b"}) {
		t.Errorf("wreckage claim not in a and b: %+v", wreck)
	}
	if crew == nil || !slices.Equal(crew.Sources, []string{"a", "c"}) {
		t.Errorf("crew claim not in a and c: %+v", crew)
	}
	for _, g := range gs {
		if strings.HasPrefix(g.Label, "and that") {
			t.Errorf("label opens with the conjunction: %q", g.Label)
		}
	}
}

// TestClauseWordAt: the quick rule-outs of clauseWordAt never drop a word
// that cuts: it agrees with the clauseWords table for its words and others,
// with and without a comma before them.
func TestClauseWordAt(t *testing.T) {
	words := []string{"", "a", "and", "whe", "wh", "whenever", "w", "prompt", "promptings", "leavings", "xyz"}
	for w := range clauseWords {
		words = append(words, w)
	}
	for _, w := range words {
		for _, comma := range []bool{false, true} {
			k := clauseWords[w]
			want := uint8(0)
			if k == cutAlways || k == cutComma && comma {
				want = k
			}
			if got := clauseWordAt([]byte(w), comma); got != want {
				t.Errorf("clauseWordAt(%q, comma=%v) = %d, want %d", w, comma, got, want)
			}
		}
	}
}
