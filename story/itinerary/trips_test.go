package itinerary

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func TestTripsMergeSources(t *testing.T) {
	// Three outlets tell the same journey; 2024-03-13 is a Wednesday.
	docs := []Doc{
		doc(t, "wire", "2024-03-13",
			"Kenya's president flew from Nairobi to Addis Ababa on Monday for an African Union meeting.",
			"He returned to Nairobi on Wednesday."),
		doc(t, "daily", "2024-03-12",
			"The president arrived in Addis Ababa on Monday.",
			"He met the prime minister at the Sheraton Hotel on Tuesday."),
		doc(t, "radio", "2024-03-14",
			"The presidential jet landed in Addis Ababa on Monday after a flight from Nairobi."),
	}
	r := Extract(docs, Options{})
	want := "nairobi>addis-ababa:air:2024-03-11 addis-ababa>nairobi::2024-03-13 |"
	if got := legString(r.Trips); got != want {
		t.Fatalf("legs\n got %s\nwant %s", got, want)
	}
	out := r.Trips[0].Legs[0]
	if src := strings.Join(sorted(out.Sources), ","); src != "daily,radio,wire" || len(out.Evidence) != 3 {
		t.Errorf("outbound sources %v evidence %d", out.Sources, len(out.Evidence))
	}
	back := r.Trips[0].Legs[1]
	if !back.Return || strings.Join(back.Sources, ",") != "wire" {
		t.Errorf("return leg %+v", back)
	}
	var stops []string
	for _, s := range r.Trips[0].Stops {
		stops = append(stops, s.PlaceID+"@"+s.Date)
	}
	if got := strings.Join(stops, " "); got != "nairobi@2024-03-11 addis-ababa@2024-03-11 nairobi@2024-03-13" {
		t.Errorf("stops %s", got)
	}
}

func TestTripsOutboundAndReturnAreTwoLegs(t *testing.T) {
	docs := []Doc{doc(t, "a", "2023-06-20",
		"On Saturday the chancellor flew from Berlin to Lisbon.",
		"She flew back from Lisbon to Berlin on Monday.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "berlin>lisbon:air:2023-06-17 lisbon>berlin:air:2023-06-19 |"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestTripsYearsApartAreTwoTrips(t *testing.T) {
	docs := []Doc{
		doc(t, "a", "2019-04-26", "The leader travelled by train from Moscow to Beijing on Wednesday."),
		doc(t, "b", "2023-09-14", "The leader again took the train from Moscow to Beijing on Tuesday."),
		doc(t, "c", "2023-09-15", "He arrived in Beijing on Tuesday."),
	}
	r := Extract(docs, Options{})
	want := "moscow>beijing:rail:2019-04-24 | moscow>beijing:rail:2023-09-12 |"
	if got := legString(r.Trips); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	if r.Trips[0].ID != "trip-1" || r.Trips[1].ID != "trip-2" {
		t.Errorf("ids %s %s", r.Trips[0].ID, r.Trips[1].ID)
	}
	if n := len(r.Trips[1].Legs[0].Sources); n != 2 {
		t.Errorf("2023 leg has %d sources, want 2 (b and c)", n)
	}
}

func TestTripsReturnEndsTrip(t *testing.T) {
	// Within 30 days, but the first trip came home before the second left.
	docs := []Doc{doc(t, "a", "2024-05-20",
		"On May 2 the prime minister flew from Delhi to Dhaka.",
		"He returned to Delhi on May 4.",
		"On May 15 he flew from Delhi to Tokyo.")}
	r := Extract(docs, Options{})
	want := "delhi>dhaka:air:2024-05-02 dhaka>delhi::2024-05-04 | delhi>tokyo:air:2024-05-15 |"
	if got := legString(r.Trips); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestTripsChainAndVia(t *testing.T) {
	docs := []Doc{doc(t, "a", "2022-11-08",
		"The foreign minister left Lima on Sunday.",
		"He arrived in Santiago the next day.",
		"From Santiago he drove to Buenos Aires via Montevideo.")}
	r := Extract(docs, Options{})
	// the departure (Sunday) and the arrival (the next day) tie: the earlier
	want := "lima>santiago:air:2022-11-06 santiago>buenos-aires:road::via=montevideo |"
	if got := legString(r.Trips); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	var stops []string
	for _, s := range r.Trips[0].Stops {
		stops = append(stops, s.PlaceID)
	}
	if got := strings.Join(stops, " "); got != "lima santiago montevideo buenos-aires" {
		t.Errorf("stops %s", got)
	}
}

func TestNotes(t *testing.T) {
	tests := []struct {
		docs []Doc
		want string
	}{
		{nil, "no articles"},
		{[]Doc{doc(t, "a", "2024-01-01", "Moscow said the talks were useful.")}, "no movement found"},
		{[]Doc{doc(t, "a", "", "He flew from Paris to Berlin.")}, "no dates"},
		{[]Doc{doc(t, "a", "2024-01-01", "He arrived in Tokyo on Monday.")}, "no known origin"},
	}
	for _, tt := range tests {
		r := Extract(tt.docs, Options{})
		if !strings.Contains(strings.Join(r.Notes, "; "), tt.want) {
			t.Errorf("notes %q, want %q", r.Notes, tt.want)
		}
	}
}

func TestTripsBareYearIsAnotherTrip(t *testing.T) {
	// An article of 2024 recalls a trip of 2019: two trips, not one.
	docs := []Doc{doc(t, "a", "2024-02-10",
		"The prime minister flew from Delhi to Tokyo on Thursday.",
		"In 2019 he had flown from Delhi to Tokyo for the same talks.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "delhi>tokyo:air: | delhi>tokyo:air:2024-02-08 |"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestTripsCountryArrivalMakesNoLeg(t *testing.T) {
	// "crossed into Hungary" is evidence of a crossing, not a leg from Vienna
	// to the middle of Hungary; the next city chains from Vienna. (Hungary is
	// placed at Budapest, the city named there, so the crossing votes for
	// the leg's date with the arrival: Tuesday.)
	docs := []Doc{doc(t, "a", "2024-02-10",
		"The convoy left Vienna on Monday.",
		"It crossed into Hungary on Tuesday.",
		"It reached Budapest on Tuesday evening.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "vienna>budapest:road:2024-02-06 |"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestTripsWithoutLegsAreLeftOut(t *testing.T) {
	docs := []Doc{doc(t, "a", "2024-02-10", "Putin arrived in Ankara on Friday.")}
	r := Extract(docs, Options{})
	if len(r.Trips) != 0 || !slices.Contains(r.Notes, "1 trip left out: its traveller reaches a place but no article says from where") {
		t.Errorf("trips %v notes %v", r.Trips, r.Notes)
	}
}

func TestCoarseLegMarked(t *testing.T) {
	docs := []Doc{doc(t, "a", "2024-02-10", "The president flew from Belgrade to Russia on Friday.")}
	r := Extract(docs, Options{})
	if len(r.Trips) != 1 || !r.Trips[0].Legs[0].Coarse {
		t.Fatalf("trips %+v", r.Trips)
	}
}

func TestTwoMovesInOneSentence(t *testing.T) {
	docs := []Doc{doc(t, "a", "2024-02-10",
		"On Monday she flew from Lima to Santiago and then drove to Buenos Aires.")}
	r := Extract(docs, Options{})
	// the second move has its own mode and does not share "Monday" after "then"
	if got, want := legString(r.Trips), "lima>santiago:air:2024-02-05 santiago>buenos-aires:road: |"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestDateBelongsToItsMove(t *testing.T) {
	docs := []Doc{doc(t, "a", "2024-02-10",
		"The envoy flew from Ankara to Tokyo on Friday and then to Delhi.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "ankara>tokyo:air:2024-02-09 tokyo>delhi:air: |"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestFlashbackOrigin(t *testing.T) {
	docs := []Doc{doc(t, "a", "2023-03-20",
		"Chinese President Xi Jinping arrived in Moscow on Monday for a state visit.",
		"Xi flew from Beijing and was met by a deputy prime minister.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "beijing>moscow:air:2023-03-20 |"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if len(r.Trips) == 1 && r.Trips[0].Traveller != "Xi Jinping" {
		t.Errorf("traveller %q", r.Trips[0].Traveller)
	}
}

func TestNoChainBackInTime(t *testing.T) {
	docs := []Doc{doc(t, "a", "2024-08-23",
		"The prime minister arrived in Vienna on Friday after a train journey from Budapest.",
		"He had flown to Berlin on Wednesday for talks.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "budapest>vienna:rail:2024-08-23 |"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestRelativeClauseDateIsNotTheMove(t *testing.T) {
	// "where ... opens on Monday" dates the summit, not the flight
	docs := []Doc{doc(t, "a", "2024-03-13",
		"In the evening the minister flew on to Geneva, where the conference opens on Monday.")}
	r := Extract(docs, Options{})
	if len(r.Trips) > 0 {
		for _, l := range r.Trips[0].Legs {
			if l.Date != "" {
				t.Errorf("leg %s>%s dated %s by the relative clause", l.From, l.To, l.Date)
			}
		}
	}
	toks := tokenize(docs[0].Sentences[0].Text, docs[0].Sentences[0].Mentions, nil)
	ms := sentenceMoves(docs[0].Sentences[0], toks)
	if len(ms) != 1 || ms[0].rel >= len(toks) || toks[ms[0].rel].w != "where" {
		t.Errorf("moves %+v: the relative clause is not cut", ms)
	}
}

func TestSpanAndMonthAreOtherTimes(t *testing.T) {
	// "since 1991" is no time of the move; "in March" (in an August article)
	// is another month: no chain from the August stop to it
	docs := []Doc{doc(t, "a", "2024-08-23",
		"The premier arrived in Vienna on Friday.",
		"It is the first visit by a premier to Vienna since 1991.",
		"The trip is his second this year, after a visit to Tokyo in March.")}
	r := Extract(docs, Options{})
	for _, tr := range r.Trips {
		for _, l := range tr.Legs {
			if l.From == "vienna" && l.To == "tokyo" {
				t.Errorf("leg from August to March: %s", legString(r.Trips))
			}
		}
	}
	toks := tokenize("after a visit to Tokyo in March", nil, nil)
	ds := findDates(toks, time.Date(2024, 8, 23, 0, 0, 0, 0, time.UTC), time.Time{}, false)
	if len(ds) != 1 || ds[0].known || ds[0].month.Format(time.DateOnly) != "2024-03-15" {
		t.Errorf("in March: %+v", ds)
	}
	toks = tokenize("the first since 1991", nil, nil)
	if ds := findDates(toks, time.Date(2024, 8, 23, 0, 0, 0, 0, time.UTC), time.Time{}, false); len(ds) != 1 || ds[0].year != 0 {
		t.Errorf("since 1991: %+v", ds)
	}
}

func TestMainTravellerFirst(t *testing.T) {
	// Two sources move Lula, one moves Sánchez, whose trip is told first
	// and dated earlier: Lula's trip still comes first.
	docs := []Doc{
		doc(t, "a", "2024-03-13", "Prime Minister Sánchez flew from Brussels to Lisbon on Monday.",
			"Lula flew from Lisbon to Paris on Tuesday."),
		doc(t, "b", "2024-03-14", "Lula left Paris for Berlin on Wednesday."),
	}
	r := Extract(docs, Options{})
	if len(r.Trips) != 2 || r.Trips[0].Traveller != "Lula" || r.Trips[1].Traveller != "Sánchez" {
		var got []string
		for _, tr := range r.Trips {
			got = append(got, tr.Traveller)
		}
		t.Errorf("trips %q, want Lula's first", got)
	}
}

func TestStopBeforeArrivalIsNoReturn(t *testing.T) {
	// "After a stop in Suez, the ship reached Mombasa": Suez -> Mombasa,
	// never a leg back from Mombasa to Suez
	docs := []Doc{
		doc(t, "a", "2025-06-02", "The ship left Istanbul on Monday."),
		doc(t, "b", "2025-06-20", "After a stop in Suez, the ship reached Mombasa on Friday."),
	}
	r := Extract(docs, Options{})
	got := legString(r.Trips)
	if strings.Contains(got, "mombasa>suez") || !strings.Contains(got, "mombasa") {
		t.Errorf("legs %q: want Mombasa reached, no leg back to Suez", got)
	}
	r = Extract(docs[1:], Options{})
	if got, want := legString(r.Trips), "suez>mombasa:sea:2025-06-20 |"; got != want {
		t.Errorf("alone: legs %q, want %q", got, want)
	}
}

func TestFlashbackIsEvidenceOnly(t *testing.T) {
	// "had taken him from Cairo to Berlin" looks back at a place the trip
	// reaches: no second leg into Berlin
	docs := []Doc{doc(t, "a", "2024-03-14",
		"Lula flew from Lisbon to Paris on Tuesday.",
		"On Wednesday he flew on to Berlin.",
		"In the previous weeks he had travelled from Cairo to Berlin by train.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "lisbon>paris:air:2024-03-12 paris>berlin:air:2024-03-13 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}

func TestFlashbackArrivalMakesNoLeg(t *testing.T) {
	// the place a flashback reached is not where the next move starts
	docs := []Doc{doc(t, "a", "2024-03-14",
		"Lula flew from Lisbon to Paris on Tuesday.",
		"The previous week had taken him to Cairo.",
		"On Friday he is due to fly on to Berlin.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "lisbon>paris:air:2024-03-12 paris>berlin:air:2024-03-15 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}

func TestPlannedLegContradicted(t *testing.T) {
	// a plan ("will fly ... to Cusco on Monday") that the done move of the
	// same day contradicts (to Santiago) is left out; an uncontradicted plan
	// counts
	docs := []Doc{
		doc(t, "a", "2024-03-09", "She will fly from Lima to Cusco on Monday.",
			"On Tuesday she will travel on to Buenos Aires."),
		doc(t, "b", "2024-03-12", "On Monday she flew from Lima to Santiago instead."),
	}
	r := Extract(docs, Options{})
	got := legString(r.Trips)
	if strings.Contains(got, "lima>cusco") || !strings.Contains(got, "lima>santiago:air:2024-03-11") {
		t.Errorf("legs %q: want Lima>Santiago and no Lima>Cusco", got)
	}
	r = Extract(docs[:1], Options{})
	if got, want := legString(r.Trips), "lima>cusco:air:2024-03-11 cusco>buenos-aires:air:2024-03-12 |"; got != want {
		t.Errorf("plans alone: legs %q, want %q", got, want)
	}
}

// A departure alone, told in the past before the article takes the
// traveller anywhere, ends where the article is datelined.
func TestDepartureToDateline(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  string
	}{
		{"the flight from", []string{"Port Moresby, Papua New Guinea — The pope touched down on Friday.", "The flight from Singapore took about five hours."},
			"singapore>port-moresby:air: |"},
		{"flew down from, then a plan", []string{"Lisbon, Portugal — The King spent Monday in the capital.",
			"The couple flew down from Paris in the morning and were due to fly back in the evening."}, "paris>lisbon:air: |"},
		// must not fire
		{"a plan", []string{"Lisbon, Portugal — The King spent Monday in the capital.", "The couple will fly from Paris on Friday."}, ""},
		{"from the dateline itself", []string{"Lisbon, Portugal — The King spent Monday there.", "The flight from Lisbon took two hours."}, ""},
		{"no dateline", []string{"The King spent Monday in Lisbon.", "The flight from Paris took two hours."}, ""},
		{"after a move the article told", []string{"Lisbon, Portugal — The King arrived in Berlin on Monday.", "The flight from Paris took two hours."},
			"paris>berlin:air:2024-10-21 |"},
		{"no journey word", []string{"Lisbon, Portugal — The King spent Monday there.", "Envoys from Paris were there."}, ""},
		{"the coming is another clause's", []string{"Lisbon, Portugal — The King spent Monday there.",
			"Before leaving Paris on Sunday, he stopped at the old airfield, where the first airliner came down in 1920."}, ""},
		{"coming after the origin, in its clause", []string{"Lisbon, Portugal — The King spent Monday there.",
			"The royal jet from Paris landed at noon."}, "paris>lisbon:air: |"},
	} {
		r := Extract([]Doc{doc(t, "a", "2024-10-21", tc.texts...)}, Options{})
		if got := legString(r.Trips); got != tc.want {
			t.Errorf("%s: legs %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A return told alone ("the night train back to Nairobi") is a leg back from
// where the traveller was, not evidence of the outbound leg that first
// reached the place; a tour recapped after the return ("was back in Nairobi
// after a tour that took her to Mombasa") is evidence, not a leg from home.
func TestTripsReturnAloneIsNoOutboundEvidence(t *testing.T) {
	// 2024-05-18 is a Saturday.
	docs := []Doc{
		doc(t, "wire", "2024-05-16",
			"The minister flew from Addis Ababa to Nairobi on Wednesday.",
			"On Thursday she took the train to Mombasa."),
		doc(t, "daily", "2024-05-18",
			"She spent Friday in Mombasa and then boarded the night train back to Nairobi.",
			"The minister was back in Addis Ababa on Saturday after a tour that took her to Nairobi and then, by train, to Mombasa."),
	}
	r := Extract(docs, Options{})
	want := "addis-ababa>nairobi:air:2024-05-15 nairobi>mombasa:rail:2024-05-16 mombasa>nairobi:rail:2024-05-17 nairobi>addis-ababa::2024-05-18 |"
	if got := legString(r.Trips); got != want {
		t.Fatalf("legs\n got %s\nwant %s", got, want)
	}
	if l := r.Trips[0].Legs; l[0].Return || !l[2].Return || !l[3].Return {
		t.Errorf("return flags %v %v %v, want only the legs back", l[0].Return, l[2].Return, l[3].Return)
	}
}

// "home" after a movement verb, with no place named, goes back to the
// trip's first origin; "home secretary", "at home" and "the way home" move
// nobody.
func TestTripsHomeIsTheFirstOrigin(t *testing.T) {
	docs := []Doc{
		doc(t, "wire", "2024-05-16",
			"The minister flew from Tokyo to Hanoi on Monday.",
			"On Wednesday she flew on to Singapore, where her jet was waiting to fly her home."),
	}
	r := Extract(docs, Options{})
	want := "tokyo>hanoi:air:2024-05-13 hanoi>singapore:air:2024-05-15 singapore>tokyo:air: |"
	if got := legString(r.Trips); got != want {
		t.Fatalf("legs\n got %s\nwant %s", got, want)
	}
	if l := r.Trips[0].Legs[2]; !l.Return {
		t.Errorf("the leg home is no return: %+v", l)
	}
	for _, c := range []struct {
		text string
		home bool
	}{
		{"to fly her home.", true},
		{"she flew home on Sunday.", true},
		{"and headed back home that evening.", true},
		{"met the home secretary.", false},
		{"flew home to Tokyo.", false},
		{"stayed at home.", false},
		{"stopped there on the way home.", false},
		{"will not fly home.", false},
		{"a home game.", false},
	} {
		toks := tokenize(c.text, nil, nil)
		if got := homeAfter(toks, -1) >= 0; got != c.home {
			t.Errorf("homeAfter(%q) = %v, want %v", c.text, got, c.home)
		}
	}
}

// A departure alone in a sentence that tells a landing ends at the place the
// sentence sets the landing in; "had" in another clause makes it no
// flashback.
func TestTripsLandedIn(t *testing.T) {
	// 2024-05-13 is a Monday.
	docs := []Doc{
		doc(t, "daily", "2024-05-13",
			"Crowds had filled the harbour on the minister's first evening in Auckland last Friday, when she landed after a long flight from Tokyo."),
	}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "tokyo>auckland:air:2024-05-10 |"; got != want {
		t.Errorf("legs %s, want %s", got, want)
	}
	// No landing told, or the place is the origin's: no leg.
	for _, text := range []string{
		"Crowds filled the harbour in Auckland after the minister's flight from Tokyo.",
		"She landed in Auckland after a flight from Tokyo on Friday.",
	} {
		r := Extract([]Doc{doc(t, "x", "2024-05-13", text)}, Options{})
		t.Logf("%q: %s", text, legString(r.Trips))
		if strings.Contains(legString(r.Trips), "auckland>") {
			t.Errorf("%q: %s", text, legString(r.Trips))
		}
	}
}

// TestTripsUndatedMoveOfARecapArticle: an article written after the trip
// tells a move with no time of its own after a dated one; the move belongs
// to the trip its article is telling, not to a new trip at the article's
// date (after the trip's return).
func TestTripsUndatedMoveOfARecapArticle(t *testing.T) {
	docs := []Doc{
		doc(t, "a", "2024-03-06",
			"On Monday the minister flew from Lima to Santiago.",
			"On Wednesday she flew back to Lima."),
		doc(t, "b", "2024-03-09",
			"The minister flew from Lima to Santiago on Monday.",
			"A motorcade then took her to Buenos Aires for a dinner."),
	}
	r := Extract(docs, Options{})
	if len(r.Trips) != 1 {
		t.Fatalf("%d trips, want 1: %s", len(r.Trips), legString(r.Trips))
	}
	if got := legString(r.Trips); !strings.Contains(got, "santiago>buenos-aires:road") {
		t.Errorf("legs %q: the motorcade is missing", got)
	}
}

// TestTripsUndatedLegBeforeTheNextDeparture: an undated leg that ends where
// dated legs leave goes before the first of them on or after its article's
// date, not before the last one.
func TestTripsUndatedLegBeforeTheNextDeparture(t *testing.T) {
	docs := []Doc{
		doc(t, "a", "2024-03-09",
			"On Wednesday the minister flew from Lima to Santiago.",
			"On Thursday she flew back from Santiago to Lima.",
			"On Friday she flew from Lima to Buenos Aires."),
		doc(t, "b", "2024-03-05",
			"The minister flew by helicopter from Cusco to Lima."),
	}
	r := Extract(docs, Options{})
	got := legString(r.Trips)
	if i, j := strings.Index(got, "cusco>lima"), strings.Index(got, "lima>santiago"); i < 0 || j < 0 || i > j {
		t.Errorf("legs %q: the helicopter to Lima goes before the flight to Santiago", got)
	}
}

// TestTripsLeavingHomeComesFirst: an undated leg from the place the trip
// returns to is the outbound leg: first, not after the return that
// arrives there.
func TestTripsLeavingHomeComesFirst(t *testing.T) {
	docs := []Doc{
		doc(t, "a", "2024-03-13", "The minister flew from Lisbon to Paris."),
		doc(t, "b", "2024-03-13",
			"On Tuesday she drove from Paris to Berlin.",
			"On Wednesday she flew back to Lisbon."),
	}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "lisbon>paris:air: paris>berlin:road:2024-03-12 berlin>lisbon:air:2024-03-13 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}

// TestPlannedLegNotContradictedByItsArea: a done leg to the river, region
// or country the planned destination is in is vaguer, not another
// destination; a done leg to another country contradicts the plan.
func TestPlannedLegNotContradictedByItsArea(t *testing.T) {
	plan := doc(t, "a", "2024-03-09", "On Monday the president will fly from Lima to Manaus.")
	r := Extract([]Doc{plan, doc(t, "b", "2024-03-12", "On Monday he flew from Lima to the Amazon.")}, Options{})
	if got := legString(r.Trips); !strings.Contains(got, "lima>manaus") {
		t.Errorf("legs %q: the flight to the Amazon does not contradict the plan to Manaus", got)
	}
	r = Extract([]Doc{plan, doc(t, "b", "2024-03-12", "On Monday he flew from Lima to Chile.")}, Options{})
	if got := legString(r.Trips); strings.Contains(got, "lima>manaus") {
		t.Errorf("legs %q: the flight to Chile contradicts the plan to Manaus", got)
	}
}

// TestFlashbackReachesItsClauses: a look back in the pluperfect covers its
// relative clauses and the list that goes on ("had seen her in Hanoi,
// where she visited X, and in Delhi"): none of it is a leg from where the
// traveller is now.
func TestFlashbackReachesItsClauses(t *testing.T) {
	r := Extract([]Doc{doc(t, "a", "2024-03-13",
		"On Tuesday the minister flew from Tokyo to Singapore.",
		"The previous week had seen her at talks in Hanoi, where she visited the Sofitel Legend Metropole Hotel, and in Delhi.")}, Options{})
	if got, want := legString(r.Trips), "tokyo>singapore:air:2024-03-12 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}

// TestNoChainFromHomeAfterTheReturn: after an article tells the traveller
// back home, a move with no date of its own looks back at the trip; it is
// no new leg from home.
func TestNoChainFromHomeAfterTheReturn(t *testing.T) {
	r := Extract([]Doc{doc(t, "a", "2024-03-15",
		"On Monday the minister flew from Lisbon to Nairobi.",
		"On Tuesday she drove to Mombasa.",
		"On Thursday she was back in Lisbon.",
		"Like other envoys before her, she travelled to Mombasa by road.")}, Options{})
	if got, want := legString(r.Trips), "lisbon>nairobi:air:2024-03-11 nairobi>mombasa:road:2024-03-12 mombasa>lisbon:air:2024-03-14 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}

// TestRelativeClauseYearIsNotTheMove: "drove to X, where a summit was held
// in 2010" is a move of the article's time, not of 2010: it stays in the
// trip.
func TestRelativeClauseYearIsNotTheMove(t *testing.T) {
	r := Extract([]Doc{doc(t, "a", "2024-03-13",
		"On Monday the minister flew from Lisbon to Geneva.",
		"Later she drove from Geneva to Vienna, where a summit was held in 2010.")}, Options{})
	if len(r.Trips) != 1 {
		t.Errorf("%d trips, want 1: %s", len(r.Trips), legString(r.Trips))
	}
}

// TestMoveInsideTheCityContradictsNoPlan: a motorcade to a palace in the
// city does not cancel the planned flight from the city on the same day.
func TestMoveInsideTheCityContradictsNoPlan(t *testing.T) {
	r := Extract([]Doc{
		doc(t, "a", "2024-03-10", "The minister flew from Lisbon to Geneva on Sunday.",
			"On Monday she will fly from Geneva to Vienna."),
		doc(t, "b", "2024-03-11", "On Monday a motorcade took her from Geneva to the Palais des Nations."),
	}, Options{})
	if got := legString(r.Trips); !strings.Contains(got, "geneva>vienna") {
		t.Errorf("legs %q: the planned flight to Vienna is kept", got)
	}
}

// TestSameWayBackIsAfterTheWayOut: the way back of "came back the same
// way" comes after the way out and takes no date from it, nor from an
// arrival told elsewhere at the place it ends ("landed in Vienna on
// Sunday" is the way out's).
func TestSameWayBackIsAfterTheWayOut(t *testing.T) {
	r := Extract([]Doc{
		doc(t, "a", "2024-03-13",
			"On Sunday the minister flew into Vienna, took a train from Budapest to Belgrade and came back the same way, before flying on to Paris."),
		doc(t, "b", "2024-03-13", "The minister landed in Vienna on Sunday."),
	}, Options{})
	got := legString(r.Trips)
	if !strings.Contains(got, "budapest>vienna::") || !strings.Contains(got, "belgrade>budapest::") {
		t.Errorf("legs %q: the way back is undated", got)
	}
	if i, j := strings.Index(got, "budapest>belgrade"), strings.Index(got, "belgrade>budapest"); i < 0 || j < i {
		t.Errorf("legs %q: the way back comes after the way out", got)
	}
}

// TestTripThatHadIsNoMove: "a trip to X that she had promised" looks back
// on (or never made) a trip; "flew to X, which had hosted the talks" is a
// move whose place the clause describes.
func TestTripThatHadIsNoMove(t *testing.T) {
	r := Extract([]Doc{doc(t, "a", "2024-03-13",
		"On Monday the minister flew from Lima to Santiago.",
		"The visit replaces a trip to Cusco that she had promised last year.")}, Options{})
	if got, want := legString(r.Trips), "lima>santiago:air:2024-03-11 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
	r = Extract([]Doc{doc(t, "a", "2024-03-13",
		"On Monday the minister flew from Lima to Santiago.",
		"On Tuesday she flew to Cusco, which had hosted the talks.")}, Options{})
	if got := legString(r.Trips); !strings.Contains(got, "santiago>cusco") {
		t.Errorf("legs %q: the flight to Cusco is a move", got)
	}
}

// The notes count in the right number: "1 arrival", "2 arrivals".
func TestNotesNumber(t *testing.T) {
	for _, c := range []struct {
		texts []string
		want  string
	}{
		{[]string{"Kim arrived in Tokyo on Monday."}, "1 arrival with no known origin"},
	} {
		var docs []Doc
		for i, text := range c.texts {
			docs = append(docs, doc(t, string(rune('a'+i)), "2024-01-01", text))
		}
		notes := strings.Join(Extract(docs, Options{}).Notes, "; ")
		if !strings.Contains(notes, c.want) || strings.Contains(notes, "(s)") {
			t.Errorf("%q: notes %q, want %q and no (s)", c.texts, notes, c.want)
		}
	}
	if got := pick(2, " starts", " start"); got != " start" {
		t.Errorf("pick(2) = %q", got)
	}
}

// TestTripsAfterAnOverview: a sentence that lists the whole route ("takes
// him to A, B and C") is an overview; the article's next move with no
// origin does not start where the overview ends.
func TestTripsAfterAnOverview(t *testing.T) {
	d := doc(t, "preview", "2024-03-04",
		"The programme takes him to Lima, Cusco and Santiago.",
		"He will fly to Buenos Aires at the end.")
	toks := tokenize(d.Sentences[0].Text, d.Sentences[0].Mentions, nil)
	if !summaryMoves(sentenceMoves(d.Sentences[0], toks)) {
		t.Errorf("%q: no overview", d.Sentences[0].Text)
	}
	hs := docHops(0, d, new(int), newVenueSet(), newRefiner([]Doc{d}), &nameWords{docs: []Doc{d}})
	for _, h := range hs {
		if h.to != nil && h.to.Name == "Buenos Aires" && h.from != nil {
			t.Errorf("after an overview: %s > Buenos Aires", h.from.Name)
		}
	}
	// Two destinations are a step, not an overview.
	s := sent(0, "He flew to Lima and then to Cusco.")
	if summaryMoves(sentenceMoves(s, tokenize(s.Text, s.Mentions, nil))) {
		t.Errorf("%q: read as an overview", s.Text)
	}
}

// TestTripsOrderOfUndatedLegs: a leg told with no time by an article dated
// before the trip comes after the trip's first dated leg, not before it; a
// place the trip leaves on a later day is no home ("flew back to Santiago
// for the night" puts no leg from Santiago first); the way home to where the
// first dated leg left from, undated, ends the trip.
func TestTripsOrderOfUndatedLegs(t *testing.T) {
	docs := []Doc{
		doc(t, "early", "2024-03-01",
			"The minister flew from Santiago to Cusco.",
			"She then flew back to Santiago for the night."),
		doc(t, "day1", "2024-03-09",
			"On Friday the minister flew from Tokyo to Lima."),
		doc(t, "day3", "2024-03-11",
			"On Sunday the minister flew from Santiago to Buenos Aires.",
			"From Buenos Aires the minister was to drive to the airport and fly back to Tokyo."),
	}
	r := Extract(docs, Options{})
	got := legString(r.Trips)
	want := "tokyo>lima:air:2024-03-08 santiago>cusco:air: cusco>santiago:air: santiago>buenos-aires:air:2024-03-10 buenos-aires>tokyo:air: |"
	if got != want {
		t.Errorf("legs\n got %s\nwant %s", got, want)
	}
}

// TestTripsLongLegIsFlown: a leg of 1,500 km or more that no word gives a
// mode is air; a shorter one, or one to a country, keeps no mode.
func TestTripsLongLegIsFlown(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The minister left Lisbon for Nairobi on Monday.", "lisbon>nairobi:air:2024-03-11 |"},   // 6,500 km
		{"The minister left Nairobi for Mombasa on Monday.", "nairobi>mombasa::2024-03-11 |"},    // 440 km
		{"The minister left Tokyo for Kenya on Monday.", "tokyo>country:KE::2024-03-11 |"},       // an area
		{"The minister drove from Lisbon to Paris on Monday.", "lisbon>paris:road:2024-03-11 |"}, // told
	}
	for _, tt := range tests {
		r := Extract([]Doc{doc(t, "a", "2024-03-13", tt.text)}, Options{})
		if got := legString(r.Trips); got != tt.want {
			t.Errorf("%q: legs %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestCoarseEndMergesIntoTheFineLeg: "left Bavaria for Vienna" and "arrived
// in Vienna from Munich" on the same day are one leg, Munich > Vienna; a
// region end with no fine leg to fold into stays.
func TestCoarseEndMergesIntoTheFineLeg(t *testing.T) {
	docs := []Doc{
		doc(t, "a", "2024-03-13", "On Wednesday the chancellor left Bavaria for Vienna by train."),
		doc(t, "b", "2024-03-14", "The chancellor arrived in Vienna on Wednesday from Munich."),
	}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "munich>vienna:rail:2024-03-13 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
	if len(r.Trips) == 1 && len(r.Trips[0].Legs) == 1 && len(r.Trips[0].Legs[0].Sources) != 2 {
		t.Errorf("the leg has sources %v, want both articles", r.Trips[0].Legs[0].Sources)
	}
	alone := []Doc{doc(t, "a", "2024-03-13", "On Wednesday the chancellor left Bavaria for Vienna by train.")}
	if got, want := legString(Extract(alone, Options{}).Trips), "bavaria>vienna:rail:2024-03-13 |"; got != want {
		t.Errorf("alone: legs %q, want %q", got, want)
	}
}
