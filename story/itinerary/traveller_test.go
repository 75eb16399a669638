package itinerary

import (
	"strings"
	"testing"
)

func TestSubject(t *testing.T) {
	tests := []struct{ text, want string }{
		{"President Joe Biden flew to Geneva on Tuesday.", "joe biden"},
		{"Putin's plane landed in Geneva.", "putin"},
		{"After the talks, Biden flew from Geneva to Washington.", "biden"},
		{"Prime Minister Narendra Modi arrived in Tokyo.", "narendra modi"},
		{"On Saturday Chancellor Olaf Scholz travelled to Beijing.", "olaf scholz"},
		{"Kenya's president flew from Nairobi to Addis Ababa.", ""}, // no name: the article's last traveller
		{"He returned to Delhi on Friday.", ""},
		{"His plane touched down in Lima.", ""},
		{"The ferry departed Helsinki at dawn.", ""},
		{"Air Force One landed in Tokyo.", ""},
		// the clause's first name, not the object closest to the cue
		{"Macron had embraced Olaf Scholz during a visit to Berlin.", "macron"},
		{"Like Angela Merkel and Boris Johnson before her, Meloni travelled to Kyiv by train.", "meloni"},
		// a speaker is not the traveller
		{"The Foreign Office said on Monday that the visit to Nairobi was planned.", ""},
		// the object of a preposition is not part of the name
		{"From Luanda Costa flew on to Lisbon.", "costa"},
		{"In Bergen Støre drove home.", "støre"},
		// an adjective before a title or a vehicle is not the traveller
		{"Kenyan President William Ruto flew to Tokyo.", "william ruto"},
		{"The Kenyan motorcade drove to Mombasa.", ""},
		// buildings and function words are not travellers
		{"The Grand Hall had been prepared before the coffin arrived in Vienna.", ""},
		{"There it was driven to Vienna.", ""},
		{"Photo: Lula waves as his plane leaves Lisbon.", "lula"},
		// a name after a preposition and "the" is a place or a thing
		{"Francis spent a night in the South Pacific, beginning a visit to Lima.", "francis"},
		{"The pope spent a night in the South Pacific, beginning a visit to Lima.", ""},
		// one capitalised word after "the" is a thing, not a person
		{"After the Mass the pope was to fly back to Lima.", ""},
		{"After the Mass, Francis flew back to Lima.", "francis"},
		// quantities, crowds and time zones are nobody
		{"Thousands of fans travelled to Lima for the final.", ""},
		{"Witnesses said the boat left Tobago overnight.", ""},
		{"21:37 CET — The train leaves Vienna for Budapest.", ""},
		// an opening participle clause has the main clause's subject
		{"Before crossing into Serbia, Orbán will spend a day in Budapest.", "orbán"},
		{"After landing in Vienna, President Ana Costa drove to Budapest.", "ana costa"},
		{"Before leaving Hanoi, he laid a wreath.", ""},
		{"Before the flight to Vienna, Costa met the press.", ""}, // no participle: the article's last traveller
	}
	for _, tt := range tests {
		s := sent(0, tt.text)
		toks := tokenize(s.Text, s.Mentions, nil)
		k, _ := subject(s.Text, toks, firstCue(toks, 0, len(toks)), nil)
		if got := strings.Join(k, " "); got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTripsPerTraveller(t *testing.T) {
	docs := []Doc{
		doc(t, "a", "2021-06-16",
			"President Joe Biden flew to Geneva from Brussels on Tuesday.",
			"Putin's plane landed in Geneva on Wednesday after a flight from Moscow.",
			"Putin flew back to Moscow on Wednesday evening."),
		doc(t, "b", "2021-06-17",
			"Biden flew from Geneva to Washington on Wednesday.",
			"He arrived in Washington late Wednesday."),
	}
	r := Extract(docs, Options{})
	var got []string
	for _, tr := range r.Trips {
		got = append(got, tr.Traveller+": "+legString([]Trip{tr}))
	}
	want := []string{
		"Joe Biden: brussels>geneva:air:2021-06-15 geneva>washington:air:2021-06-16 |",
		"Putin: moscow>geneva:air:2021-06-16 geneva>moscow:air:2021-06-16 |",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// "He arrived in Washington" is Biden's (the last traveller named in b)
	if n := len(r.Trips[0].Legs[1].Evidence); n != 2 {
		t.Errorf("Geneva-Washington evidence %d, want 2", n)
	}
}

func TestSubjectOpeningWord(t *testing.T) {
	// "Commercial" opens one sentence and is never capitalised elsewhere: a
	// common word, not a name; "Lula" is capitalised mid-sentence in
	// another article: a name.
	docs := []Doc{
		doc(t, "a", "2024-03-13", "Commercial flights to Tokyo resumed on Monday.",
			"Lula arrived in Tokyo on Tuesday."),
		doc(t, "b", "2024-03-13", "Brazil's President Lula left Brasília for Tokyo."),
	}
	names := &nameWords{docs: docs}
	for _, tt := range []struct {
		s    Sentence
		want string
	}{{docs[0].Sentences[0], ""}, {docs[0].Sentences[1], "lula"}} {
		toks := tokenize(tt.s.Text, tt.s.Mentions, nil)
		k, _ := subject(tt.s.Text, toks, firstCue(toks, 0, len(toks)), names.known)
		if got := strings.Join(k, " "); got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.s.Text, got, tt.want)
		}
	}
}

func TestTravellerNamedWithoutPlace(t *testing.T) {
	// "Joe Biden rode the same train" names who "He" is next; "Minister
	// Ana Costa greeted him before a motorcade took him" does not
	docs := []Doc{doc(t, "a", "2024-03-13",
		"Chancellor Olaf Scholz arrived in Vienna on Monday.",
		"President Joe Biden rode the same train last year.",
		"He travelled from Vienna to Budapest.",
		"Minister Ana Costa greeted him before a motorcade took him away.",
		"He then flew from Budapest to Geneva.")}
	r := Extract(docs, Options{})
	var got []string
	for _, tr := range r.Trips {
		got = append(got, tr.Traveller+": "+legString([]Trip{tr}))
	}
	want := "Joe Biden: vienna>budapest:: budapest>geneva:air: |"
	if len(got) == 0 || got[0] != want {
		t.Errorf("trips %q, want first %q", got, want)
	}
}

// TestTourThatTakesIsAnOverview: "the first stop of a tour that also takes
// her to A and B" tells where the journey goes, not a move from the first
// stop; the legs come from the moves told one by one.
func TestTourThatTakesIsAnOverview(t *testing.T) {
	docs := []Doc{doc(t, "a", "2024-03-13",
		"Ana Costa landed in Nairobi on Monday, the first stop of a tour that also takes her to Cairo and Addis Ababa.",
		"On Tuesday she flew from Nairobi to Addis Ababa.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "nairobi>addis-ababa:air:2024-03-12 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}

// TestVehicleNameIsNoTraveller: "rode a Tatra express train" names the
// train; the subject, found at the sentence's later cues too (subjectIn),
// is nobody named.
func TestVehicleNameIsNoTraveller(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The delegation then rode a Tatra express train from Vienna to Budapest.", ""},
		{"Then Ana Costa rode a Tatra express train from Vienna to Budapest.", "ana costa"},
	}
	for _, tt := range tests {
		s := sent(0, tt.text)
		toks := tokenize(s.Text, s.Mentions, nil)
		k, _ := subjectIn(s.Text, toks, 0, len(toks), nil)
		if got := strings.Join(k, " "); got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestBeforePlaceLooksBack: "Before Cairo, she spent two days in Paris and
// travelled to Berlin" tells what came before Cairo: no leg from Cairo.
func TestBeforePlaceLooksBack(t *testing.T) {
	docs := []Doc{doc(t, "a", "2024-03-16",
		"Ana Costa flew from Lisbon to Cairo on Friday.",
		"Before Cairo, Costa spent two days in Paris and travelled to Berlin.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "lisbon>cairo:air:2024-03-15 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Before Cairo, Costa spent two days in Paris.", true},
		{"Before Cairo she had been in Paris.", false}, // no comma: "Before Cairo she" is not the shape
		{"Before leaving Cairo, Costa met the press.", false},
	} {
		s := sent(0, tt.text)
		if got := beforePlace(tokenize(s.Text, s.Mentions, nil)); got != tt.want {
			t.Errorf("beforePlace(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestHeadsLeadsOrMoves: a form of "head" before a determiner or "of" leads
// a group ("who heads an association", "heads of state"), which is no
// movement cue and names no traveller; before a preposition or an adverb it
// moves.
func TestHeadsLeadsOrMoves(t *testing.T) {
	tests := []struct {
		text string
		want int // index of the first cue firstCue finds, -1 for none
	}{
		{"Marta Ruiz, who heads an association of farmers, said so.", -1},
		{"He headed the delegation and spoke at length.", -1},
		{"The heads of state said little.", -1},
		{"She heads to Paris on Monday.", 1},
		{"He headed home after the talks.", 1},
		{"Marta Ruiz, who heads the union, flew to Paris.", 6},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, nil, nil)
		c := firstCue(toks, 0, len(toks))
		if c == 0 && !cues[toks[0].w] {
			c = -1 // firstCue returns lo when it finds none
		}
		if c != tt.want {
			t.Errorf("%q: first cue at %d, want %d", tt.text, c, tt.want)
		}
	}
}

func TestSubjectAtLaterCue(t *testing.T) {
	// no name before "stop": the name before the next cue ("visit") is the
	// traveller; a pronoun before the first cue still means "the last one"
	for _, tt := range []struct{ text, want string }{
		{"Kenya is the first stop on Lula's first visit to Nairobi in years.", "lula"},
		{"He said the stop on Lula's visit to Nairobi was short.", ""},
	} {
		s := sent(0, tt.text)
		toks := tokenize(s.Text, s.Mentions, nil)
		k, _ := subjectIn(s.Text, toks, 0, len(toks), nil)
		if got := strings.Join(k, " "); got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A capitalised cue word inside a name ("the Northern Land Council") is no
// movement word: its sentence names no traveller for the "they" that
// follows, which then goes with the trip's traveller.
func TestCueInsideAName(t *testing.T) {
	for _, c := range []struct {
		text string
		cue  string // the word firstCue finds, "" for none
	}{
		{"Jane Okoro, who chairs the Northern Land Council, welcomed him.", ""},
		{"The Grand Tour Company sold tickets.", ""},
		{"She will land in Tokyo.", "land"},
		{"Tour operators were pleased.", "tour"}, // opens the sentence: not inside a name
	} {
		toks := tokenize(c.text, nil, nil)
		got := ""
		if j := firstCue(toks, 0, len(toks)); j < len(toks) && cues[toks[j].w] {
			got = toks[j].w
		}
		if got != c.cue {
			t.Errorf("firstCue(%q) = %q, want %q", c.text, got, c.cue)
		}
	}
	docs := []Doc{doc(t, "a", "2024-05-13",
		"President Ana Costa flew from Lisbon to Tokyo on Friday.",
		"Jane Okoro, who chairs the Northern Land Council, welcomed her.",
		"On Sunday they flew on to Sydney.")}
	r := Extract(docs, Options{})
	if len(r.Trips) != 1 || legString(r.Trips) != "lisbon>tokyo:air:2024-05-10 tokyo>sydney:air:2024-05-12 |" {
		t.Errorf("trips %s (%d), want one trip of Ana Costa", legString(r.Trips), len(r.Trips))
	}
}

// "The two presidents flew ..." is not the last person named alone: the hop's
// traveller is decided story-wide, so a day trip of the visitor and the host
// stays in the visitor's trip, not a trip of the host.
func TestPluralSubject(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The two presidents flew to Geneva.", true},
		{"Both leaders drove to Geneva.", true},
		{"On Tuesday, all three ministers travelled to Geneva.", true},
		{"The president flew to Geneva.", false},
		{"Two days later he flew to Geneva.", false},
		{"The couple flew to Geneva.", false},
	} {
		toks := tokenize(c.text, nil, nil)
		if got := pluralSubject(toks, firstCue(toks, 0, len(toks))); got != c.want {
			t.Errorf("pluralSubject(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	docs := []Doc{
		doc(t, "a", "2024-05-13",
			"President Ana Costa flew from Lisbon to Paris on Friday.",
			"On Monday she flew on to Berlin."),
		doc(t, "b", "2024-05-12",
			"President Marc Dubois welcomed Ana Costa in Paris on Friday.",
			"Dubois spoke about the visit to Paris.",
			"On Sunday the two presidents drove from Paris to Geneva."),
	}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "lisbon>paris:air:2024-05-10 paris>geneva:road:2024-05-12 paris>berlin:air:2024-05-13 |"; got != want {
		t.Errorf("legs\n got %s\nwant %s", got, want)
	}
}

// tripsBy writes each trip as "traveller: legs" joined by " | ".
func tripsBy(ts []Trip) string {
	var parts []string
	for _, t := range ts {
		var legs []string
		for _, l := range t.Legs {
			legs = append(legs, l.From+">"+l.To)
		}
		parts = append(parts, t.Traveller+": "+strings.Join(legs, " "))
	}
	return strings.Join(parts, " | ")
}

// TestTitleSubject: "the minister" is the last person the article named
// with that title who moves, not the last name told (a reporter who went
// along, a host who greeted her); with no such person the traveller is
// decided story-wide.
func TestTitleSubject(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string
	}{
		{"titled mover", []string{
			"Finance Minister Ana Costa flew from Lisbon to Paris on Monday.",
			"Foreign Minister Max Weber greeted her at the airport.",
			"A reporter, Rui Lopes, went along.",
			"On Tuesday the minister drove from Paris to Brussels."},
			"Ana Costa: lisbon>paris paris>brussels"},
		{"no titled mover", []string{
			"Ana Costa flew from Lisbon to Paris on Monday.",
			"A reporter, Rui Lopes, went along.",
			"On Tuesday the minister drove from Paris to Brussels."},
			"Ana Costa: lisbon>paris paris>brussels"},
		{"the prime minister then", []string{
			"Prime Minister Ana Costa flew from Lisbon to Paris on Monday.",
			"A reporter, Rui Lopes, went along.",
			"On Tuesday the prime minister then drove from Paris to Brussels."},
			"Ana Costa: lisbon>paris paris>brussels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract([]Doc{doc(t, "a", "2024-03-13", tt.texts...)}, Options{})
			if got := tripsBy(r.Trips); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTimeZoneIsNoTraveller: "21:37 CET — The train leaves X" names no one.
func TestTimeZoneIsNoTraveller(t *testing.T) {
	r := Extract([]Doc{doc(t, "a", "2024-03-13",
		"Ana Costa flew from Lisbon to Vienna on Tuesday.",
		"21:37 CET — The train leaves Vienna for Budapest.")}, Options{})
	if got, want := tripsBy(r.Trips), "Ana Costa: lisbon>vienna vienna>budapest"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCompanionsJoinTheMainTrip: someone whose places are all the main
// traveller's (a photographer who flew with her) is no trip of their own;
// a leader who flies in from elsewhere is.
func TestCompanionsJoinTheMainTrip(t *testing.T) {
	docs := []Doc{
		doc(t, "a", "2024-03-13",
			"Ana Costa flew from Lisbon to Paris on Monday.",
			"On Tuesday she drove from Paris to Brussels."),
		doc(t, "b", "2024-03-13",
			"Rui Lopes, a photographer, flew from Lisbon to Paris with her on Monday.",
			"Max Weber flew from Berlin to Paris on Monday."),
	}
	r := Extract(docs, Options{})
	if got, want := tripsBy(r.Trips), "Ana Costa: lisbon>paris paris>brussels | Max Weber: berlin>paris"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if l := r.Trips[0].Legs[0]; len(l.Sources) != 2 {
		t.Errorf("the photographer's flight is evidence of hers: sources %v", l.Sources)
	}
}

// TestCompanionMostlyTheMainTrip: a traveller who shares two thirds or
// more of their places with the main traveller (a programme that also
// names a hotel) joins the main trip; their move years before stays theirs.
// A quantity opening a sentence ("Thousands of fans") names nobody.
func TestCompanionMostlyTheMainTrip(t *testing.T) {
	docs := []Doc{
		doc(t, "a", "2024-03-14",
			"Ana Costa flew from Lisbon to Paris on Monday.",
			"On Tuesday she drove from Paris to Brussels.",
			"On Wednesday she flew from Brussels to Berlin."),
		doc(t, "b", "2024-03-14",
			"Rui Lopes flew from Lisbon to Paris on Monday.",
			"On Tuesday he drove from Paris to Brussels and visited the Capella Hotel.",
			"In 2019 Rui Lopes flew from Lisbon to Tokyo.",
			"Thousands waited for them in the rain.",
			"Thousands of fans flew from Lisbon to Paris on Monday."),
		doc(t, "c", "2024-03-14", "Ana Costa flew from Brussels to Berlin on Wednesday."),
	}
	r := Extract(docs, Options{})
	got := tripsBy(r.Trips)
	if !strings.HasPrefix(got, "Ana Costa: lisbon>paris paris>brussels") || !strings.Contains(got, "Rui Lopes: lisbon>tokyo") {
		t.Errorf("got %q", got)
	}
	if strings.Contains(got, "Rui Lopes: lisbon>paris") || strings.Contains(got, "Thousands") {
		t.Errorf("got %q", got)
	}
}
