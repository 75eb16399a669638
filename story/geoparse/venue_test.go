package geoparse

import (
	"slices"
	"strings"
	"testing"
)

func TestVenues(t *testing.T) {
	p := NewParser(contextWorld(t), nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"the venue name's own leading place is the container and a mention",
			[]string{"The plane landed at Vladivostok International Airport."},
			[]string{"Vladivostok=g:vlad", "Vladivostok International Airport=venue:vladivostok-international-airport@g:vlad"}},
		{"... and a gazetteer airport named otherwise near it is that airport",
			[]string{"The plane landed at Port Moresby International Airport."},
			[]string{"Port Moresby=g:pom", "Port Moresby International Airport=airport:AYPY"}},
		{"a gazetteer airport named after its city: the city is a mention too",
			[]string{"The plane landed at Port Moresby Jacksons International Airport."},
			[]string{"Port Moresby=g:pom", "Port Moresby Jacksons International Airport=airport:AYPY"}},
		{"... but not a namesake of its leading words far from it",
			[]string{"The plane landed at Eduardo Gomes International Airport."},
			[]string{"Eduardo Gomes International Airport=airport:SBEG"}},
		{"... and the airport alone where its name has no place", []string{"The plane landed at Jacksons International Airport."},
			[]string{"Jacksons International Airport=airport:AYPY"}},
		{"... but no venue without a container or such an airport", []string{"The plane landed at Smithers International Airport."},
			nil},
		{"in X right after the venue; a brand name is not its namesake city",
			[]string{"They stayed at the Shangri-La Hotel in Singapore."},
			[]string{"Shangri-La Hotel=venue:shangri-la-hotel@g:singapore", "Singapore=g:singapore"}},
		{"X's Y Hotel: the possessive place is a mention and the container",
			[]string{"Singapore's Shangri-La Hotel was full."},
			[]string{"Singapore=g:singapore", "Shangri-La Hotel=venue:shangri-la-hotel@g:singapore"}},
		{"X's Y Hotel: the possessive before the sentence's nearer place",
			[]string{"Vladivostok's Ritz Hotel, Seoul officials said, was full."},
			[]string{"Vladivostok=g:vlad", "Ritz Hotel=venue:ritz-hotel@g:vlad", "Seoul=g:seoul"}},
		{"the X hotel: the sentence's other place before the focus",
			[]string{"Talks opened in Vladivostok.", "Vladivostok hosted them.", "Delegates from Ussuriysk met at the Shangri-La hotel."},
			[]string{"Vladivostok=g:vlad", "Vladivostok=g:vlad", "Ussuriysk=g:ussuriysk",
				"Shangri-La hotel=venue:shangri-la-hotel@g:ussuriysk"}},
		{"... unless it lies in another country than the focus",
			[]string{"Talks opened in Singapore.", "Singapore hosted them.", "Delegates from Vladivostok met at the Shangri-La hotel."},
			[]string{"Singapore=g:singapore", "Singapore=g:singapore", "Vladivostok=g:vlad",
				"Shangri-La hotel=venue:shangri-la-hotel@g:singapore"}},
		{"the article's focus place",
			[]string{"Talks opened in Singapore.", "Delegates met at the Shangri-La hotel."},
			[]string{"Singapore=g:singapore", "Shangri-La hotel=venue:shangri-la-hotel@g:singapore"}},
		{"without a container no mention, and never the namesake city",
			[]string{"Delegates met at the Shangri-La hotel."}, nil},
		{"a coarse container gives way to a finer place in that country",
			[]string{"Talks opened in Vladivostok.", "Russia's Grand Hotel was full."},
			[]string{"Vladivostok=g:vlad", "Russia=country:RU", "Grand Hotel=venue:grand-hotel@g:vlad"}},
		{"near X right after the venue, in another country than the focus",
			[]string{"Talks opened in Vladivostok.", "Vladivostok hosted them.", "Earlier he prayed at the Hanam air base near Seoul."},
			[]string{"Vladivostok=g:vlad", "Vladivostok=g:vlad", "Hanam air base=venue:hanam-air-base@g:seoul", "Seoul=g:seoul"}},
		{"a region leading the name of a venue in a city of another country is not meant",
			[]string{"Mass was said at the Georgia Air Base in Seoul.", "Crowds filled the Georgia Air Base."},
			[]string{"Georgia Air Base=venue:georgia-air-base@g:seoul", "Seoul=g:seoul", "Georgia Air Base=venue:georgia-air-base@g:seoul"}},
		{"... but stays in a city of its own country, which places the venue",
			[]string{"Mass was said at the Russia Air Base in Vladivostok."},
			[]string{"Russia=country:RU", "Russia Air Base=venue:russia-air-base@g:vlad", "Vladivostok=g:vlad"}},
		{"an airstrip is named after its place", []string{"Crowds waited at the Ussuriysk airstrip."},
			[]string{"Ussuriysk=g:ussuriysk", "Ussuriysk airstrip=venue:ussuriysk-airstrip@g:ussuriysk"}},
		{"a prison, a beach: lower-case heads after the", []string{
			"He spent years in the Hoa Lo prison in Vladivostok.", "Mass was said on the Sedanka beach near Seoul."},
			[]string{"Hoa Lo prison=venue:hoa-lo-prison@g:vlad", "Vladivostok=g:vlad",
				"Sedanka beach=venue:sedanka-beach@g:seoul", "Seoul=g:seoul"}},
		{"a gate named after a town is not in it", []string{"Crowds filled the Ussuriysk Gate in Seoul."},
			[]string{"Ussuriysk Gate=venue:ussuriysk-gate@g:seoul", "Seoul=g:seoul"}},
		{"a prefix head: Joint Base X near a place",
			[]string{"Biden spoke at Joint Base Lewis-McChord near Ussuriysk.", "Ships left Naval Base Kitsap in Vladivostok."},
			[]string{"Joint Base Lewis-McChord=venue:joint-base-lewis-mcchord@g:ussuriysk", "Ussuriysk=g:ussuriysk",
				"Naval Base Kitsap=venue:naval-base-kitsap@g:vlad", "Vladivostok=g:vlad"}},
		{"... placed only by a place right after it, as institutions are; a lower-case joint base is none",
			[]string{"Biden spoke at Joint Base Lewis-McChord before flying to Seoul.", "They built a joint base in Seoul."},
			[]string{"Seoul=g:seoul", "Seoul=g:seoul"}},
		{"a castle named after its city (not a brand)", []string{"Tourists visited Vladivostok Castle."},
			[]string{"Vladivostok=g:vlad", "Vladivostok Castle=venue:vladivostok-castle@g:vlad"}},
		{"a palace is a brand", []string{"Tourists visited Vladivostok Palace."}, nil},
		{"a station named after its city",
			[]string{"The train reached Vladivostok Station."},
			[]string{"Vladivostok=g:vlad", "Vladivostok Station=venue:vladivostok-station@g:vlad"}},
		{"a forum after a locative is a venue", []string{"They spoke at the Vladivostok Forum."},
			[]string{"Vladivostok=g:vlad", "Vladivostok Forum=venue:vladivostok-forum@g:vlad"}},
		{"... otherwise an event name", []string{"The Vladivostok Forum ended."}, nil},
		{"a gazetteer venue is itself", []string{"They met at the Far Eastern Federal University."},
			[]string{"Far Eastern Federal University=supp:fefu"}},
		{"a descriptive phrase is not a venue", []string{"They reached the Russian port of Vladivostok."},
			[]string{"Vladivostok=g:vlad"}},
		{"nor a demonym with a lower-case head", []string{"They met at the Russian embassy in Seoul."}, []string{"Seoul=g:seoul"}},
		{"... nor a faith word with one", []string{"Talks opened in Seoul.", "They walked to the Catholic cathedral."},
			[]string{"Seoul=g:seoul"}},
		{"a denomination's Church is a body, not a building",
			[]string{"Talks opened in Seoul.", "He spoke of the Catholic Church's past and of the Russian Orthodox Church."},
			[]string{"Seoul=g:seoul"}},
		{"... but a church of that denomination with a name of its own is a venue",
			[]string{"They prayed at St Mary's Catholic Church in Seoul."},
			[]string{"St Mary's Catholic Church=venue:st-mary-catholic-church@g:seoul", "Seoul=g:seoul"}},
		{"... which a capitalised head makes a name", []string{"They met at the Russian Embassy in Seoul."},
			[]string{"Russian Embassy=venue:russian-embassy@g:seoul", "Seoul=g:seoul"}},
		{"a place before a head often named after people is part of the name, not a container",
			[]string{"The Hercules Center said Seoul would wait."}, []string{"Seoul=g:seoul"}},
		{"... but a capital leading an institution is its container",
			[]string{"Talks opened in Vladivostok.", "The president spoke at Seoul University."},
			[]string{"Vladivostok=g:vlad", "Seoul=g:seoul", "Seoul University=venue:seoul-university@g:seoul"}},
		{"not where things go after the venue",
			[]string{"Talks opened in Vladivostok.", "After the dinner at the Ritz Hotel the delegates flew to Seoul."},
			[]string{"Vladivostok=g:vlad", "Ritz Hotel=venue:ritz-hotel@g:vlad", "Seoul=g:seoul"}},
		{"... but where they went before it",
			[]string{"Talks opened in Vladivostok.", "The delegates flew to Seoul for a dinner at the Ritz Hotel."},
			[]string{"Vladivostok=g:vlad", "Seoul=g:seoul", "Ritz Hotel=venue:ritz-hotel@g:seoul"}},
		{"the sentence's settlements before its other places",
			[]string{"Officials from Vladivostok drove all the way to the Ritz Hotel near the Far Eastern Federal University."},
			[]string{"Vladivostok=g:vlad", "Ritz Hotel=venue:ritz-hotel@g:vlad", "Far Eastern Federal University=supp:fefu"}},
		{"an institution is not placed by the sentence", []string{"The Stimson Center said Seoul would wait."},
			[]string{"Seoul=g:seoul"}},
		{"... nor by the focus", []string{"Talks opened in Seoul.", "The Stimson Center said so."},
			[]string{"Seoul=g:seoul"}},
		{"... but by its possessive", []string{"Seoul's Stimson Center hosted the talks."},
			[]string{"Seoul=g:seoul", "Stimson Center=venue:stimson-center@g:seoul"}},
		{"a venue that speaks is an institution, not a place", []string{"Seoul's Stimson Center said so."},
			[]string{"Seoul=g:seoul"}},
		{"... which a lower-case word after it does not make", []string{"The Vladivostok Station hall was full."},
			[]string{"Vladivostok=g:vlad", "Vladivostok Station=venue:vladivostok-station@g:vlad"}},
		{"a lower-case head needs the or a possessive", []string{"A Vladivostok station was shut."}, []string{"Vladivostok=g:vlad"}},
		{"a title is not a venue name", []string{"President Park arrived in Seoul."}, []string{"Seoul=g:seoul"}},
		{"... but a title inside one is part of it", []string{"They stayed at the Grand Prince Hotel in Seoul."},
			[]string{"Grand Prince Hotel=venue:grand-prince-hotel@g:seoul", "Seoul=g:seoul"}},
		{"a hotel named brand, head, city is in that city, a mention",
			[]string{"They stayed at the Grand Prince Hotel Seoul."},
			[]string{"Grand Prince Hotel Seoul=venue:grand-prince-hotel-seoul@g:seoul", "Seoul=g:seoul"}},
		{"... not when more of the name follows", []string{"The Grand Hotel Seoul Tower opened."}, nil},
		{"... nor a bare Hotel X", []string{"The Hotel Seoul opened."}, nil},
		{"a quoted head of X", []string{"Talks opened in Seoul.", "They walked the \"Tunnel of Friendship\" to the mosque."},
			[]string{"Seoul=g:seoul", "Tunnel of Friendship=venue:tunnel-of-friendship@g:seoul"}},
		{"a head followed by more of the name", []string{"They met at Vladivostok Square Towers in Seoul."},
			[]string{"Seoul=g:seoul"}},
		{"... unless that is a head too", []string{"They met at Vladivostok Square Garden in Seoul."},
			[]string{"Vladivostok Square Garden=venue:vladivostok-square-garden@g:seoul", "Seoul=g:seoul"}},
		{"a possessive right before the head is part of the name", []string{"They prayed in St Giles' Cathedral in Seoul."},
			[]string{"St Giles' Cathedral=venue:st-giles-cathedral@g:seoul", "Seoul=g:seoul"}},
		{"... unless it is a place's", []string{"They prayed in Seoul's Cathedral."}, []string{"Seoul=g:seoul"}},
		{"... or the head is in lower case", []string{"Talks opened in Seoul.", "They saw the Pacific Fleet's museum."},
			[]string{"Seoul=g:seoul"}},
		{"head of X: a venue named after its head", []string{"Talks opened in Seoul.", "They toured the Museum of Modern Art."},
			[]string{"Seoul=g:seoul", "Museum of Modern Art=venue:museum-of-modern-art@g:seoul"}},
		{"... with the and name particles", []string{"Talks opened in Seoul.", "They met at the Palace of the Nations and the Cathedral of Notre-Dame du Congo."},
			[]string{"Seoul=g:seoul", "Palace of the Nations=venue:palace-of-the-nations@g:seoul",
				"Cathedral of Notre-Dame du Congo=venue:cathedral-of-notre-dame-du-congo@g:seoul"}},
		{"... but not a church body", []string{"Talks opened in Seoul.", "The Church of Scotland sent envoys."},
			[]string{"Seoul=g:seoul"}},
		{"... nor an authority", []string{"Talks opened in Seoul.", "The Port of Busan Authority agreed."},
			[]string{"Seoul=g:seoul"}},
		{"... nor a lower-case head", []string{"Talks opened in Seoul.", "They saw the museum of Modern Art."},
			[]string{"Seoul=g:seoul"}},
		{"a city of a million or more leading a plain venue is its container and a mention",
			[]string{"Crowds met at the Seoul Opera House."},
			[]string{"Seoul=g:seoul", "Seoul Opera House=venue:seoul-opera-house@g:seoul"}},
		{"... a smaller one is part of the name", []string{"Crowds met at the Vladivostok Peace Park."}, nil},
		{"a two-word head that is a whole name", []string{"Talks opened in Seoul.", "At Parliament House and the Opera House crowds waited."},
			[]string{"Seoul=g:seoul", "Parliament House=venue:parliament-house@g:seoul", "Opera House=venue:opera-house@g:seoul"}},
		{"... not after other words", []string{"Talks opened in Seoul.", "A Parliament House committee met."},
			[]string{"Seoul=g:seoul"}},
		{"... nor in lower case", []string{"Talks opened in Seoul.", "They met at the opera house."},
			[]string{"Seoul=g:seoul"}},
		{"a foreign head before a particle", []string{"Talks opened in Seoul.", "They drove up the Col du Tourmalet to the Hôtel des Invalides."},
			[]string{"Seoul=g:seoul", "Col du Tourmalet=venue:col-du-tourmalet@g:seoul",
				"Hôtel des Invalides=venue:hotel-des-invalides@g:seoul"}},
		{"... not in English order", []string{"Talks opened in Seoul.", "The Tourmalet Col and Lt Col Park were there."},
			[]string{"Seoul=g:seoul"}},
		{"... nor in lower case", []string{"Talks opened in Seoul.", "They saw the col du Tourmalet."},
			[]string{"Seoul=g:seoul"}},
		{"a country the sentence is in, not a focus in another country",
			[]string{"Talks opened in Seoul.", "Seoul hosted them.", "After a stop in Japan, where the war in China was discussed, they saw the Col du Tourmalet."},
			[]string{"Seoul=g:seoul", "Seoul=g:seoul", "Japan=country:JP", "China=country:CN",
				"Col du Tourmalet=venue:col-du-tourmalet@country:JP"}},
		{"... or the region it was taken to",
			[]string{"Talks opened in Seoul.", "Seoul hosted them.", "He flew him to the Amur region, where they climbed the Col du Tourmalet."},
			[]string{"Seoul=g:seoul", "Seoul=g:seoul", "Amur=r:amur", "Col du Tourmalet=venue:col-du-tourmalet@r:amur"}},
		{"... but not a country people come from",
			[]string{"Talks opened in Seoul.", "Envoys from Russia climbed the Col du Tourmalet."},
			[]string{"Seoul=g:seoul", "Russia=country:RU", "Col du Tourmalet=venue:col-du-tourmalet@g:seoul"}},
		{"... nor a country named after the venue",
			[]string{"Talks opened in Seoul.", "They saw the Col du Tourmalet before flying to Japan."},
			[]string{"Seoul=g:seoul", "Col du Tourmalet=venue:col-du-tourmalet@g:seoul", "Japan=country:JP"}},
		{"the settlement an earlier sentence opens with",
			[]string{"Talks opened in Singapore.", "Singapore hosted them.", "In Vladivostok, crowds waited.", "He met them at Martyrs' Stadium."},
			[]string{"Singapore=g:singapore", "Singapore=g:singapore", "Vladivostok=g:vlad",
				"Martyrs' Stadium=venue:martyrs-stadium@g:vlad"}},
		{"... not one named in passing",
			[]string{"Talks opened in Singapore.", "Singapore hosted them.", "The trip began in Vladivostok.", "He landed at Changi Airport."},
			[]string{"Singapore=g:singapore", "Singapore=g:singapore", "Vladivostok=g:vlad",
				"Changi Airport=venue:changi-airport@g:singapore"}},
		{"a settlement in apposition after the venue",
			[]string{"Talks opened in Singapore.", "Singapore hosted them.", "Photo: Crowds in Martyrs' Stadium, Vladivostok / AP"},
			[]string{"Singapore=g:singapore", "Singapore=g:singapore", "Martyrs' Stadium=venue:martyrs-stadium@g:vlad",
				"Vladivostok=g:vlad"}},
		{"... not one of a list",
			[]string{"Talks opened in Singapore.", "Singapore hosted them.", "Fans filled Martyrs' Stadium, Vladivostok and Seoul."},
			[]string{"Singapore=g:singapore", "Singapore=g:singapore", "Martyrs' Stadium=venue:martyrs-stadium@g:singapore",
				"Vladivostok=g:vlad", "Seoul=g:seoul"}},
		{"the same venue placed by its own words elsewhere in the article",
			[]string{"Talks opened in Singapore.", "Singapore hosted them.", "He spoke at the Grand Hotel in Vladivostok.",
				"Later the Grand Hotel was closed."},
			[]string{"Singapore=g:singapore", "Singapore=g:singapore", "Grand Hotel=venue:grand-hotel@g:vlad", "Vladivostok=g:vlad",
				"Grand Hotel=venue:grand-hotel@g:vlad"}},
	} {
		got := found(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestVenueMention checks the fields of a venue mention and that venues
// do not make their namesake the focus.
func TestVenueMention(t *testing.T) {
	p := NewParser(contextWorld(t), nil)
	a := art("Delegates met at the Shangri-La Hotel in Singapore.", "The Shangri-La Hotel was ringed by police.")
	res := p.ParseArticle(a)
	want := []string{"Shangri-La Hotel=venue:shangri-la-hotel@g:singapore", "Singapore=g:singapore",
		"Shangri-La Hotel=venue:shangri-la-hotel@g:singapore"}
	if got := found(res); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	m := res.Mentions[0]
	if m.Kind != "venue" || m.Origin != OriginContext || !m.Approximate || m.Precision != "city" || m.In != "g:singapore" ||
		m.Lat != 1.29 || m.Lon != 103.85 || a.Sentences[0].Text[m.Start:m.End] != "Shangri-La Hotel" {
		t.Errorf("venue mention %+v", m)
	}
	if s := res.Mentions[1]; s.Approximate || s.Precision != "" || s.In != "" {
		t.Errorf("place mention %+v", s)
	}
	if res.Focus != "g:singapore" {
		t.Errorf("focus %q", res.Focus)
	}
	res = p.ParseArticle(art("The plane landed at Port Moresby International Airport."))
	if k := res.Mentions[1].Kind; k != "airport" {
		t.Errorf("airport kind %q", k)
	}
}

// FuzzContext runs the context rules (venues, containers, kind words,
// compound names) on arbitrary text over the synthetic gazetteer: no
// panic, offsets give the surface, and every venue is placed at a
// container that is itself a place of the gazetteer, marked approximate.
func FuzzContext(f *testing.F) {
	for _, s := range []string{
		"Singapore's Shangri-La Hotel, in Singapore.",
		"Port Moresby International Airport\nthe Shangri-La hotel",
		"Charlevoix, Quebec, Canada and Atlanta, Georgia, U.S.",
		"the border town of Baro near Vladivostok; the island of Sado; Amur Region",
		"A C-130 Hercules, a Mercedes-Benz, the Seoul-Pyongyang line; Boeing 747",
		"at the Vladivostok Forum in Seoul's Grand Hotel Hotel Airport Airport",
		"'s Hotel - -Hotel Hotel- the Hotel of , , Quebec, ,Canada",
		"Port Moresby Jacksons International Airport, Canada, Quebec; Port Moresby Jacksons International Airport Hotel",
		"the Duke of Sado and Lula da Seoul; Prince Edward and Camilla; the Russia-China leaders' summit of",
		"the Cathedral of Notre-Dame du Sado du; Col du; the Museum of the; St Giles' Cathedral's Hotel",
		"In Seoul, crowds.\nat Martyrs' Stadium, Jacksons Airport, Port Moresby Airport said; the Seoul climate agreement",
		"After a stop in Japan, where the war in China, the Col du Tourmalet; New Seoul; Seoul Premier",
	} {
		f.Add(s)
	}
	g := contextWorld(f)
	p := NewParser(g, nil)
	f.Fuzz(func(t *testing.T, s string) {
		a := art(strings.Split(s, "\n")...)
		res := p.ParseArticle(a)
		for _, m := range res.Mentions {
			txt := a.Sentences[m.Sentence].Text
			if m.Start < 0 || m.End > len(txt) || m.Start >= m.End || txt[m.Start:m.End] != m.Surface {
				t.Fatalf("bad offsets %d-%d in %q", m.Start, m.End, txt)
			}
			if m.Origin != OriginContext {
				continue
			}
			if _, ok := g.Place(m.In); !ok || !m.Approximate || !strings.HasSuffix(m.PlaceID, "@"+m.In) ||
				!strings.HasPrefix(m.PlaceID, "venue:") {
				t.Fatalf("venue %+v", m)
			}
		}
		if res.Focus == "" && len(res.Mentions) > 0 {
			t.Fatal("mentions but no focus")
		}
	})
}

// TestCityStateVenues: a country no wider than cityStateKm contains the
// venues of an article about it; another country's place contains them
// only where the sentence takes things to it before the venue.
func TestCityStateVenues(t *testing.T) {
	g, err := Read(strings.NewReader(strings.Join([]string{
		"P\tcountry:SG\tcountry\tSingapore\t1.37\t103.8\tSG\t\t\t103.65,1.26,104.0,1.45\t\t",
		"P\tcountry:ID\tcountry\tIndonesia\t-5\t120\tID\t\t\t95,-11,141,6\t\t",
		"P\tg:jakarta\tcapital\tJakarta\t-6.2\t106.85\tID\t\t10000000\t\t\t",
		"P\tr:bali\tregion\tBali\t-8.4\t115.1\tID\t\t\t114.4,-8.9,115.8,-8.0\t\t",
		"P\tr:java\tregion\tJava\t-7\t110\tID\t\t\t105,-9,115,-5\t\t",
		"N\tsingapore\t0", "N\tindonesia\t1", "N\tjakarta\t2", "N\tbali\t3", "N\tjava\t4",
	}, "\n") + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"a city-state contains the venues of an article about it",
			[]string{"SINGAPORE — Mass was held at the National Stadium."},
			[]string{"SINGAPORE=country:SG", "National Stadium=venue:national-stadium@country:SG"}},
		{"... a large country does not", []string{"INDONESIA — Mass was held at the National Stadium."},
			[]string{"INDONESIA=country:ID"}},
		{"another country's city the sentence took him to before the venue",
			[]string{"SINGAPORE — The pope arrived.", "The week had taken him to Jakarta, where he visited the Istiqlal Mosque."},
			[]string{"SINGAPORE=country:SG", "Jakarta=g:jakarta", "Istiqlal Mosque=venue:istiqlal-mosque@g:jakarta"}},
		{"a region of the focus's country the sentence takes him to, away from the focus",
			[]string{"JAKARTA — The pope arrived.", "He flew to Bali, where he visited the Besakih Temple."},
			[]string{"JAKARTA=g:jakarta", "Bali=r:bali", "Besakih Temple=venue:besakih-temple@r:bali"}},
		{"... not one that holds the focus",
			[]string{"JAKARTA — The pope arrived.", "He flew on to Java, where he visited the Besakih Temple."},
			[]string{"JAKARTA=g:jakarta", "Java=r:java", "Besakih Temple=venue:besakih-temple@g:jakarta"}},
		{"... not one named after it",
			[]string{"SINGAPORE — The pope arrived.", "He visited the Istiqlal Mosque before his flight to Jakarta."},
			[]string{"SINGAPORE=country:SG", "Istiqlal Mosque=venue:istiqlal-mosque@country:SG", "Jakarta=g:jakarta"}},
	} {
		res := p.ParseArticle(art(tc.text...))
		if got := found(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
		for _, m := range res.Mentions {
			if m.In == "country:SG" && m.Precision != "city" {
				t.Errorf("%s: %s precision %q, want city", tc.rule, m.Surface, m.Precision)
			}
		}
	}
}

// TestStrayLeads: a venue name's leading place that is a settlement of
// another country than the focus, far from the article's other places and
// not named alone, is no mention ("Independence Square" in Accra); named
// alone, it stays. Made-up sentences, embedded gazetteer.
func TestStrayLeads(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string // surfaces
	}{
		{"a far namesake leading a square", []string{"Talks opened in Accra.", "Accra hosted them.",
			"Crowds gathered at Independence Square."}, []string{"Accra", "Accra", "Independence Square"}},
		{"... named alone it stays", []string{"Talks opened in Accra.", "Accra hosted them.",
			"Fans from Independence, Missouri, gathered at Independence Square."},
			[]string{"Accra", "Accra", "Independence", "Missouri", "Independence", "Independence Square"}},
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
