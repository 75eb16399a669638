package claims

import (
	"testing"

	"github.com/storylens/storylens/story/article"
)

func TestIsBoilerplate(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		// page furniture: no claim material
		{"Photo: Tugboats beside the stranded Ever Given in the Suez Canal / AFP", true},
		{"Visitors walk through the tunnel linking the mosque and the cathedral / Reuters", true},
		{"Leaders at the summit | Getty Images", true},
		{"(Story continues below)", true},
		{"Advertisement", true},
		{"Related: What a week-long closure of the canal could cost world trade", true},
		{"Read more: Kim's train, explained", true},
		{"By Jane Doe and John Roe", true},
		{"JAKARTA, Indonesia —", true},
		{"BRASILIA (dpa-AFX) —", true},
		{"The Associated Press contributed reporting.", true},
		{"Reporting by Jane Doe; Editing by John Roe", true},
		// reporting
		{"Photo opportunities were limited, officials said.", false},
		{"Advertisement boards lined the road to the stadium.", false},
		{"Related talks continue in Geneva next week.", false},
		{"By Tuesday, the ship had been freed.", false},
		{"JAKARTA, Indonesia — When Pope Francis reaches the Indonesian capital this week, he will visit a mosque.", false},
		{"Trade rose 5% / year, customs data showed.", false},
		{"NATO allies met in Brussels.", false},
	} {
		if got := IsBoilerplate(c.s); got != c.want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestLabelDropsDateline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"JAKARTA, Indonesia — When Pope Francis reaches the capital, he will visit the mosque.",
			"When Pope Francis reaches the capital, he will visit the mosque"},
		{"BRASILIA (dpa-AFX) — President Joe Biden will spend six days in South America.",
			"President Joe Biden will spend six days in South America"},
		{"HIROSHIMA -- Zelensky arrived on Saturday.", "Zelensky arrived on Saturday"},
		{"NAIROBI, Sept 10 (Reuters) — The ministers signed the accord on Sunday.", "The ministers signed the accord on Sunday"},
		{"LIMA, Nov. 14, 2024 (AFP) — The forum opened in the rain.", "The forum opened in the rain"},
		{"OSLO, May 7 — Talks resumed.", "Talks resumed"},
		{"PARIS, 12 people were hurt — police said.", "PARIS, 12 people were hurt — police said"},
		{"NATO, in 2024, grew.", "NATO, in 2024, grew"},
		{"US President Joe Biden arrived in Lima on Thursday.", "US President Joe Biden arrived in Lima on Thursday"},
		{"G7 leaders met in Hiroshima.", "G7 leaders met in Hiroshima"},
	} {
		if got := shorten(c.in); got != c.want {
			t.Errorf("shorten(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Sentences that share most words but report different legs, directions or
// events are not one claim; paraphrases of one leg are.
func TestCompatibleSignatures(t *testing.T) {
	sig := func(s string) *signature { return signatureOf(s, tokenize(s, nil)) }
	for _, c := range []struct {
		a, b string
		want bool
	}{
		// A -> B is not B -> C, nor B -> A
		{"The pope flew from Indonesia to Papua New Guinea on Friday.", "The pope flew from Papua New Guinea to Timor-Leste on Monday.", false},
		{"Kim left Pyongyang for Vladivostok on his armored train.", "Kim returned from Vladivostok to Pyongyang on his armored train.", false},
		{"The coffin was flown from Edinburgh to London.", "The coffin was flown to Edinburgh from London.", false},
		// arriving is not departing
		{"The King arrived on Wednesday aboard a chartered flight.", "The King departed on Wednesday aboard a chartered flight.", false},
		{"The King arrived in Samoa on Wednesday.", "The King left Samoa on Wednesday.", false},
		// the 2019 trip is not the 2023 trip
		{"Kim met Putin in Vladivostok in 2019 for summit talks.", "Kim met Putin in Vladivostok in 2023 for summit talks.", false},
		// the same leg in other words
		{"Pope Francis flew from Kinshasa to Juba on Friday.", "On Friday the pope flew from Kinshasa to Juba, South Sudan.", true},
		{"Charles and Camilla arrived in Samoa after a flight from Sydney.", "The King and Queen flew from Sydney to Samoa.", true},
		{"The King and Queen left Sydney for Samoa on Wednesday.", "The couple flew from Sydney to Samoa on Wednesday.", true},
		{"He is the first pope to visit Congo since 1985.", "No pope had visited Congo since John Paul II in 1985.", true},
		{"Modi spoke to President Zelensky.", "Modi travelled to Kyiv by train.", true}, // a title is no destination
		{"The ship was bound for Rotterdam.", "It was on its way from China to Rotterdam.", true},
	} {
		if got := compatible(sig(c.a), sig(c.b)); got != c.want {
			t.Errorf("compatible(%q, %q) = %v, want %v (%+v %+v)", c.a, c.b, got, c.want, sig(c.a), sig(c.b))
		}
	}
}

// In a corpus, the outbound and return legs stay apart even where their
// words are nearly the same.
func TestDiscoverKeepsLegsApart(t *testing.T) {
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
		doc("a", "The pope flew from Jakarta to Port Moresby aboard a chartered Alitalia jet."),
		doc("b", "The pope flew from Port Moresby to Dili aboard a chartered Alitalia jet."),
		doc("c", "The pope flew from Jakarta to Port Moresby on a chartered Alitalia jet."),
	}
	for _, g := range Discover(docs, Options{NoQuotes: true}) {
		has := map[string]bool{}
		for _, e := range g.Evidence {
			if e.Sentence == 0 { // the legs; the fillers are the same text in every doc
				has[e.Source] = true
			}
		}
		if has["b"] && (has["a"] || has["c"]) {
			t.Errorf("legs merged: %q %v", g.Label, g.Sources)
		}
	}
	found := false
	for _, g := range Discover(docs, Options{NoQuotes: true}) {
		found = found || len(g.Evidence) == 2 && g.Evidence[0].Sentence == 0 && g.Sources[0] == "a" && g.Sources[1] == "c"
	}
	if !found {
		t.Errorf("the same leg in a and c is not grouped")
	}
}

func sentence(i int, text string) article.Sentence {
	return article.Sentence{Paragraph: i, Line: i + 1, Text: text}
}

// A long label loses a short opening clause that sets the scene before it is
// cut, so that the cut keeps the claim; an opening clause that tells who
// stays.
func TestLabelDropsSceneSetting(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"A day after the state banquet in Lisbon, the Kenyan president took her Portuguese host on a long walk along the cliffs near Sintra on Wednesday for talks.",
			"The Kenyan president took her Portuguese host on a long walk along the cliffs near Sintra on Wednesday for talks"},
		{"On Tuesday, the two delegations signed a trade agreement covering coffee and flowers and machine tools after three rounds of talks that lasted all night.",
			"The two delegations signed a trade agreement covering coffee and flowers and machine tools after three rounds of talks that lasted all night"},
		// short enough: nothing is dropped
		{"On Tuesday, the delegations signed an agreement.", "On Tuesday, the delegations signed an agreement"},
	} {
		if got := shorten(c.in); got != c.want {
			t.Errorf("shorten(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
	// who, not when or where: never dropped
	for _, c := range []struct {
		clause string
		want   bool
	}{
		{"A day after the pomp of Lisbon", true},
		{"Two weeks later", true},
		{"In Nairobi", true},
		{"After the talks", true},
		{"A government spokesman", false},
		{"Ana Lima", false},
		{"Two ministers", false},
		{"The president", false},
	} {
		if got := sceneSetting(c.clause); got != c.want {
			t.Errorf("sceneSetting(%q) = %v, want %v", c.clause, got, c.want)
		}
	}
}
