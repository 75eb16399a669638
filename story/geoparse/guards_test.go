package geoparse

import (
	"slices"
	"testing"
)

// guardWorld has places named like people, common words and organisations.
func guardWorld(t *testing.T) *Gazetteer {
	return synth(t,
		rec("country:KP", "country", "North Korea", 40, 127, "KP", 0, "DPRK"),
		rec("country:US", "country", "United States", 38, -97, "US", 0, "U.S.", "US"),
		rec("country:RU", "country", "Russia", 60, 100, "RU", 0),
		rec("country:JO", "country", "Jordan", 31, 36, "JO", 0),
		rec("g:jordan", "city", "Jordan", 44.6, -93.6, "US", 6000),
		"D\tcountry:KP\tNorth Korean",
		"D\tcountry:RU\tRussian",
		rec("g:kim", "city", "Kim", 37.2, -103.4, "US", 20000),
		rec("g:moon", "city", "Moon", 40.5, -80.2, "US", 25000),
		rec("g:harris", "city", "Harris", 45.0, -93.0, "US", 30000),
		rec("g:putin", "city", "Putin", 50.0, 50.0, "RU", 20000),
		rec("g:police", "city", "Police", 53.55, 14.57, "PL", 33000),
		rec("g:mobile", "city", "Mobile", 30.69, -88.04, "US", 190000),
		rec("ne1:al", "region", "Alabama", 32.8, -86.8, "US", 0),
		rec("g:sunday", "city", "Sunday", 1.0, 1.0, "NG", 20000),
		rec("g:march", "city", "March", 52.55, 0.09, "GB", 22000),
		rec("g:forum", "city", "Forum", 2.0, 2.0, "XX", 20000),
		rec("g:brussels", "capital", "Brussels", 50.85, 4.35, "BE", 1000000, "Bruxelles"),
		rec("g:nyc", "city", "New York", 40.71, -74.0, "US", 8000000, "New York City"),
		rec("g:vlad", "seat", "Vladivostok", 43.1, 131.9, "RU", 600000),
		rec("g:pyongyang", "capital", "Pyongyang", 39.03, 125.75, "KP", 3000000),
		rec("g:dongdang", "city", "Đồng Đăng", 21.95, 106.7, "VN", 20000),
		rec("g:sjl", "seat", "Sant Julià de Lòria", 42.46, 1.49, "AD", 8000),
		rec("supp:fefu", "venue", "Far Eastern Federal University", 43.02, 131.89, "RU", 0),
		rec("supp:sea", "sea", "Sea of Japan", 40, 135, "", 0, "East Sea"),
		"W\tpolice", "W\tmobile", "W\tmarch", "W\tforum", "W\tmoon",
	)
}

func TestGuards(t *testing.T) {
	p := NewParser(guardWorld(t), nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"person names after a title or given name", []string{
			"North Korean leader Kim Jong Un met President Moon Jae-in and Vice President Kamala Harris."}, nil},
		{"a surname alone once the article named the person", []string{
			"Vice President Kamala Harris spoke.", "Harris said Kim would go.", "Kim Jong Un left."}, nil},
		{"President + surname", []string{"President Putin arrived in Vladivostok."}, []string{"Vladivostok=g:vlad"}},
		{"title before a single capitalised word", []string{"Mr. Harris and leader Kim left for Pyongyang."}, []string{"Pyongyang=g:pyongyang"}},
		{"common words at the start of a sentence", []string{"Police said the Mobile unit was ready."}, nil},
		{"common word after a locative", []string{"He flew to Mobile and then to Police."}, []string{"Mobile=g:mobile", "Police=g:police"}},
		{"common word before its container", []string{"The storm hit Mobile, Alabama."},
			[]string{"Mobile=g:mobile", "Alabama=ne1:al"}},
		{"common word before a place that does not hold it", []string{"The storm hit Mobile, Russia too."},
			[]string{"Russia=country:RU"}},
		{"lower case single words", []string{"the police presence and a mobile phone"}, nil},
		{"weekdays and months", []string{"They met on Sunday in March at the Forum."}, nil},
		{"demonyms are not places", []string{"Russian and North Korean officials met."}, nil},
		{"given and family names alone need a locative", []string{"Kim left for Pyongyang.", "He stayed in Kim."},
			[]string{"Pyongyang=g:pyongyang", "Kim=g:kim"}},
		{"organisation names", []string{"said the Brussels School of Governance and The New York Times."}, nil},
		{"the same places outside organisation names", []string{"He teaches in Brussels and lives in New York."},
			[]string{"Brussels=g:brussels", "New York=g:nyc"}},
		{"venue from the supplement", []string{"The forum is at the Far Eastern Federal University."},
			[]string{"Far Eastern Federal University=supp:fefu"}},
		{"possessives and multi-word names", []string{"Russia's navy sailed the Sea of Japan to North Korea's coast."},
			[]string{"Russia=country:RU", "Sea of Japan=supp:sea", "North Korea=country:KP"}},
		{"abbreviations only in upper case", []string{"U.S. and US officials told us."},
			[]string{"U.S.=country:US", "US=country:US"}},
		{"country before a title, named as a place too", []string{"U.S. President Donald Trump flew from DPRK to the U.S."},
			[]string{"U.S.=country:US", "DPRK=country:KP", "U.S.=country:US"}},
		{"all-capitals words are abbreviations except in a dateline", []string{"PYONGYANG, North Korea — MOBILE and KIM officials."},
			[]string{"PYONGYANG=g:pyongyang", "North Korea=country:KP"}},
		{"a given name that is also a country", []string{"Officials said the deal with Jordan held."},
			[]string{"Jordan=country:JO"}},
		{"sentence-initial stopword does not join a name", []string{"In Vladivostok, the streets were quiet."},
			[]string{"Vladivostok=g:vlad"}},
	} {
		got := found(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestNoPlacesFromPeople runs the embedded gazetteer over sentences full
// of person names (with and without titles, then the surname alone).
func TestNoPlacesFromPeople(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	res := p.ParseArticle(art(
		"North Korean leader Kim Jong Un and his sister Kim Yo Jong met President Vladimir Putin.",
		"Former President Donald Trump, Vice President Kamala Harris and adviser Jake Sullivan spoke.",
		"Ramon Pacheco Pardo, Sergei Shoigu, Dmitry Peskov and Mike Pompeo were quoted; so was Moon Jae-in.",
		"Kim said Putin, Trump, Harris, Sullivan, Pardo, Shoigu, Peskov, Pompeo and Moon agreed.",
		"Mr. Lincoln thanked Ms. Victoria Nuland and Dr. Jackson.",
	))
	if len(res.Mentions) != 0 {
		t.Errorf("places from person names: %v", found(res))
	}
}

// TestNamesInsideNames runs the embedded gazetteer over made-up sentences
// naming organisations, ships, people and events after places (the class
// of false places of issue 12), each with a row where the rule must not
// fire.
func TestNamesInsideNames(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string // surfaces found
	}{
		{"a country before an organisation's name", []string{
			"The Japan Foundation and the Qatar Investment Authority funded the Asia Society."}, nil},
		{"a country before an airline or a newspaper", []string{
			"Nigeria Air and Kenya Airways flew reporters of the Korea Herald to Cairo."}, []string{"Cairo"}},
		{"a country before an office title or a group code stays", []string{
			"The Japan G20 presidency ended as the Kenya President left Kenya."}, []string{"Japan", "Kenya", "Kenya"}},
		{"a ship named after a place", []string{
			"The cruiser Moskva sank.", "The carrier Liaoning and the icebreaker Yamal sailed past Okinawa."},
			[]string{"Okinawa"}},
		{"a ship bound for a place keeps it", []string{"The ship sailed to Murmansk; a ferry from Piraeus docked."},
			[]string{"Murmansk", "Piraeus"}},
		{"a university named after a place", []string{
			"A professor at the University of Chicago and a colleague at the School of Geneva disagreed."}, nil},
		{"an institute in a place keeps it", []string{"The Lowy Institute in Sydney published the poll."},
			[]string{"Sydney"}},
		{"declarations, dialogues, groups and summits", []string{
			"At the Manama Dialogue, the Astana Declaration and the Wagner Group were discussed before the Bali Summit."},
			nil},
		{"an event named with an en dash", []string{"Delegates at the Russia–Africa Summit spoke."}, nil},
		{"places joined by an en dash stay places", []string{"The Russia–Ukraine border was quiet."},
			[]string{"Russia", "Ukraine"}},
		{"a team named after its place", []string{"The Brazil striker and a Liverpool midfielder joined the Japan squad."},
			nil},
		{"players in a place keep it", []string{"Strikers from Brazil trained in Liverpool."}, []string{"Brazil", "Liverpool"}},
		{"a surname that is also a town", []string{"Chelsea Clinton spoke.", "Clinton said the trip was long."}, nil},
		{"a surname that is also a small capital", []string{"Lewis Hamilton won.", "Hamilton said the car was fast."},
			nil},
		{"the town written alone after a locative stays", []string{
			"Chelsea Clinton spoke.", "She grew up in Clinton, and Clinton has a river."}, []string{"Clinton", "Clinton"}},
		{"an aircraft or weapon named after a place", []string{
			"A Chinook helicopter and an Apache gunship landed beside a Kalashnikov rifle."}, nil},
		{"a helicopter over a place keeps it", []string{"Helicopters flew over Chinook, Montana."},
			[]string{"Chinook", "Montana"}},
		{"a ship in apposition after a ship noun", []string{
			"A more powerful tug, the Mexico, took over the tow near Genoa."}, []string{"Genoa"}},
		{"a country after a ship noun and a comma keeps it", []string{
			"Iran seized a tanker, the US said.", "They chartered a tug, the Mexico, Peru and Chile said."},
			[]string{"Iran", "US", "Mexico", "Peru", "Chile"}},
		{"a flag or a leak affair named after a country", []string{
			"Boats flying the Dutch and Vanuatu flags passed stalls selling Vatican flags.",
			"The Vatican leaks trial opened."}, nil},
		{"the flag of a country keeps it", []string{"They raised the flag of Vanuatu in Genoa."},
			[]string{"Vanuatu", "Genoa"}},
		{"a photo credit", []string{"Caption: The team at a news conference in Kunming / Xinhua",
			"Photo: Xinhua"}, []string{"Kunming"}},
		{"a place that ends a sentence keeps it", []string{"Photo taken in Genoa.", "They sailed to Genoa/Livorno."},
			[]string{"Genoa", "Genoa", "Livorno"}},
		{"two names joined by 'and' that only another place's alternate name spells whole", []string{
			"Patients came from the West Bank and Gaza."}, []string{"West Bank", "Gaza"}},
		{"a place's own name with 'and' stays whole", []string{"Bosnia and Herzegovina and Trinidad and Tobago voted."},
			[]string{"Bosnia and Herzegovina", "Trinidad and Tobago"}},
		{"a venue that describes speaks", []string{"The King flew home to London.",
			"Buckingham Palace described the change as a postponement."}, []string{"London"}},
		{"a name without the possessive of a place's own name is not that place", []string{
			"St John paramedics and the St John deputy director met them."}, nil},
		{"... with it, it is", []string{"They sailed to St. John's and on to St John's harbour."},
			[]string{"St. John's", "St John's"}},
		{"a name of its own that a guard turns down is no initials either", []string{
			"Envoys of the United States came.", "They met at the US-Africa Leaders Summit."}, []string{"United States"}},
		{"a race named after its country", []string{"He crashed at the Tour of Poland; his tour of Spain went on."},
			[]string{"Spain"}},
		{"St and Ste spell Saint and Sainte where the short form starts no name", []string{
			"Ships left St Lucia for St Vincent and the Grenadines and St. Petersburg."},
			[]string{"St Lucia", "St Vincent and the Grenadines", "St. Petersburg"}},
		{"... and a saint's venue keeps its name", []string{"Crowds filled St Giles' Cathedral in Edinburgh."},
			[]string{"St Giles' Cathedral", "Edinburgh"}},
		{"a name that can only be a small settlement, as a news source", []string{
			"The official Xinhua news agency said so, according to Xinhua.", "Xinhua reported it."}, nil},
		{"... or after a participle and by, or alone in brackets before a dash", []string{
			"Photographs released by Xinhua showed him.", "LHASA, July 23 (Xinhua) — Xi arrived."}, []string{"LHASA"}},
		{"a name that can only be a small settlement before a vehicle noun", []string{
			"They rode a Fuxing bullet train; the Fuxing trains are fast."}, nil},
		{"... a city's stays, and a train to a place", []string{"The Lhasa train left.", "A train to Lhasa left."},
			[]string{"Lhasa", "Lhasa"}},
		{"... a capital speaking for its government stays", []string{"Moscow said so, according to Beijing."},
			[]string{"Moscow", "Beijing"}},
		{"a small town's name between an article and a settlement noun describes it", []string{
			"They toured the English city and a Welsh town."}, nil},
		{"... a region or a big city stays, and so does a city's name without the article", []string{
			"Crowds filled the Texas town of Houston and the Moscow city centre.", "Fans cheered in Kalamata city."},
			[]string{"Texas", "Houston", "Moscow", "Kalamata"}},
		{"a place after a place qualifier is no surname", []string{
			"Crowds filled Upper Clinton.", "Clinton voted no."}, []string{"Clinton"}},
	} {
		var got []string
		for _, m := range p.ParseArticle(art(tc.text...)).Mentions {
			got = append(got, m.Surface)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}
