package itinerary

import (
	"strings"
	"testing"
)

// movesOf writes the movements of one sentence as "from>to(via)" joined by
// spaces, with "?" for a missing place, "/r" for a return and "/b" for a
// move told after a return as a look back (recap).
func movesOf(text string) string {
	s := sent(0, text)
	toks := tokenize(s.Text, s.Mentions, nil)
	var parts []string
	for _, m := range sentenceMoves(s, toks) {
		name := func(i int) string {
			if i < 0 {
				return "?"
			}
			return s.Mentions[i].Name
		}
		p := name(m.from) + ">" + name(m.to)
		if len(m.via) > 0 {
			var vs []string
			for _, v := range m.via {
				vs = append(vs, name(v))
			}
			p += "(" + strings.Join(vs, ",") + ")"
		}
		if m.ret {
			p += "/r"
		}
		if m.recap {
			p += "/b"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

func TestMovementPatterns(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"from X to Y", "The president flew from Lisbon to New York on Saturday.", "Lisbon>New York"},
		{"X-to-Y", "The Lisbon-to-New York flight was delayed by two hours.", "Lisbon>New York"},
		{"dash and vehicle", "The Paris–Berlin train was cancelled.", "Paris>Berlin"},
		{"arrived in", "Ethiopia's prime minister arrived in Nairobi on Tuesday.", "?>Nairobi"},
		{"was back in", "The prime minister was back in Nairobi on Saturday.", "?>Nairobi/r"},
		{"back in, a scene", "Back in Nairobi, officials said the talks went well.", ""},
		{"arrived in X from Y", "He arrived in Hanoi late Sunday after a train journey from Beijing.", "Beijing>Hanoi"},
		{"landed on the island of", "The seaplane landed on the island of Honolulu before dawn.", "?>Honolulu"},
		{"arrived near", "The convoy arrived near Tokyo late on Sunday.", "?>Tokyo"},
		{"near, no arrival word", "Talks near Tokyo ended late on Sunday.", ""},
		{"landed near", "The balloon landed near Geneva after six hours aloft.", "?>Geneva"},
		{"landed on a country near a city: the city", "The glider landed on Chile's coast near Santiago.", "?>Santiago"},
		{"landed on, a day", "He landed on Monday in Lisbon.", "?>Lisbon"},
		{"on, no arrival word", "The talks on Hungary ended late.", ""},
		{"a country after the place says where it is", "The plane landed at Santiago in Chile on Friday.", "?>Santiago"},
		{"a country after the place, arrived in", "She arrived in Lima in Peru on Friday.", "?>Lima"},
		{"landed, a clock time, at", "The pope landed on Sunday at about 10 a.m. at Helsinki Airport.", "?>Helsinki Airport"},
		{"arrived, a time of day, in", "She arrived late on Friday evening in Nairobi.", "?>Nairobi"},
		{"arrived, words that are no time, at", "He arrived on Monday for talks at the Palais des Nations.", ""},
		{"a distance from X to Y is the way", "They covered the 240 km from Vienna to Budapest by train.", "Vienna>Budapest"},
		{"a service runs", "The trains run from Vienna to Budapest in under three hours.", ""},
		{"a ferry service", "The ferry runs from Helsinki to Tallinn every hour.", ""},
		{"a ride on a service", "He rode one of the trains that run from Vienna to Budapest.", "Vienna>Budapest"},
		{"the train ran, a journey", "The first train ran from Vienna to Budapest on Friday.", "Vienna>Budapest"},
		{"landed at", "The delegation landed at Helsinki Airport shortly after noon.", "?>Helsinki Airport"},
		{"left X for Y", "She left Nairobi for Mombasa by train on Tuesday morning.", "Nairobi>Mombasa"},
		{"left X at a time for Y", "The minister left Tokyo in the afternoon for Nairobi.", "Tokyo>Nairobi"},
		{"left X on a day for Y", "She left Lima early on Sunday for Santiago.", "Lima>Santiago"},
		{"left, words between are no time", "He left the party over a row about funding for Nairobi.", ""},
		{"from X to Y after a destination", "He flew into Lisbon, then rode a train from Paris to Berlin.", "?>Lisbon Paris>Berlin"},
		{"a transfer between two moves", "He flew into Vienna on Sunday, then rode a train from Budapest to Belgrade.", "?>Vienna Vienna>Budapest Budapest>Belgrade"},
		{"arrived in X from Y, no transfer", "He arrived in Vienna from Budapest.", "Budapest>Vienna"},
		{"a colon opens the detail", "It began with a trip to Budapest on Monday: he flew into Vienna on Sunday night.", "?>Budapest ?>Vienna"},
		{"a country in an organisation's name", "She visited the Kenya Wildlife Service on Tuesday.", ""},
		{"a country before a weekday", "He flew to Kenya Tuesday.", "?>Kenya"},
		{"took her to", "The week took her to Nairobi and Mombasa.", "?>Nairobi Nairobi>Mombasa"},
		{"took, no pronoun", "The talks took place in Nairobi.", ""},
		{"a city and its country", "On Friday she flew to Mombasa, Kenya, for talks.", "?>Mombasa"},
		{"a list of cities", "The tour will take him to Nairobi, Mombasa and Cairo.", "?>Nairobi Nairobi>Mombasa Mombasa>Cairo"},
		{"touched down at", "The pope touched down at Helsinki Airport on Friday.", "?>Helsinki Airport"},
		{"touched, not down", "She touched on the talks in Helsinki.", ""},
		{"began the trip in", "She began the trip on Friday at a summit in Nairobi.", "?>Nairobi"},
		{"began, no journey", "The talks began on Friday in Nairobi.", ""},
		{"ending a trip", "She left Tokyo for Lisbon, ending a trip that had also taken her to Hanoi.", "Tokyo>Lisbon/r ?>Hanoi/b"},
		{"ending, no journey", "She flew from Tokyo to Lisbon, ending weeks of talks.", "Tokyo>Lisbon"},
		{"sank off", "The ferry sank on Wednesday 80 km (50 miles) off the coast of Mombasa.", "?>Mombasa"},
		{"capsized miles from", "The boat capsized about 40 nautical miles south of Mombasa.", "?>Mombasa"},
		{"a distance from is no origin", "On Monday he drove to a camp about 80 km from Nairobi.", ""},
		{"off, no incident", "The ferry left Mombasa and anchored off Nairobi.", "Mombasa>?"},
		{"the same way back", "She flew into Vienna, took a train from Budapest to Belgrade and came back the same way, before flying on to Paris.",
			"?>Vienna Vienna>Budapest Budapest>Belgrade Belgrade>Budapest Budapest>Vienna Vienna>Paris"},
		{"quoted words", "\"Good to be back in Vienna,\" she said on arrival.", ""},
		{"quoted, curly", "She said: “We flew to Vienna on Monday.”", ""},
		{"passed through", "He passed through Vienna on Monday.", "?>?(Vienna)"},
		{"passing, no movement", "The summit ended with Kenya passing the presidency to Hungary.", ""},
		{"flew out of X for Y", "He flew out of Nairobi on Sunday for Tokyo after the talks.", "Nairobi>Tokyo"},
		{"departed", "The ferry departed Helsinki at dawn.", "Helsinki>?"},
		{"departed from", "The ship departed from Suez on Monday.", "Suez>?"},
		{"headed to", "Protesters headed to Ankara in buses.", "?>Ankara"},
		{"headed for", "The motorcade headed for Johannesburg after the rally.", "?>Johannesburg"},
		{"crossed into", "The convoy crossed into Hungary overnight.", "?>Hungary"},
		{"crossed the border at", "Refugees crossed the border into Serbia at Belgrade.", "?>Serbia(Belgrade)"},
		{"passing through", "The train to Budapest, passing through Vienna, was full.", "?>Budapest(Vienna)"},
		{"via", "He flew to Auckland via Sydney.", "?>Auckland(Sydney)"},
		{"stopped in", "The minister stopped in Istanbul on the way home.", "?>Istanbul"},
		{"stopping in after destination", "He flew on to Tokyo, stopping in Honolulu.", "?>Tokyo(Honolulu)"},
		{"returned to", "The prime minister returned to Delhi on Friday.", "?>Delhi/r"},
		{"flew back", "She flew back to Lima from Cusco.", "Cusco>Lima/r"},
		{"will visit", "The chancellor will visit Cairo next week.", "?>Cairo"},
		{"came to a halt at", "The plane came to a halt at Helsinki Airport that afternoon.", "?>Helsinki Airport"},
		{"docked at", "The ferry docked at Mombasa on Monday.", "?>Mombasa"},
		{"flew out of", "The chancellor flew out of Berlin on Sunday night.", "Berlin>?"},
		{"out of, no cue", "Ten firms pulled out of Berlin.", ""},
		{"brought out of", "The miners were brought out of the Blue Hollow cave on Tuesday.", "Blue Hollow cave>?"},
		{"evacuated out of", "Hundreds were evacuated out of Mombasa by ship.", "Mombasa>?"},
		{"taken out of, not carried", "The book was taken from a shelf; Paris was out of reach.", ""},
		{"steps towards", "Officials said the journey had broader aims, among them steps towards Russia's integration.", ""},
		{"headed towards", "The convoy headed towards Mombasa at dawn.", "?>Mombasa"},
		{"to the hospital in", "The boys were flown by helicopter to the hospital in Port Ellis.", "?>Port Ellis"},
		{"drove to a hotel in", "She drove to a hotel in Nairobi after the talks.", "?>Nairobi"},
		{"to the noun in, no cue", "He gave a speech to the parliament in Vienna.", ""},
		{"a noun in, no to", "The boys were flown to safety and treated at the hospital in Port Ellis.", ""},
		{"en route to", "The aircraft was en route to Reykjavik when it turned back.", "?>Reykjavik"},
		{"travelled to the city of", "Delegates travelled to the Mexican city of Guadalajara.", "?>Guadalajara"},
		{"two legs in one sentence", "He flew from Lima to Santiago and then drove to Buenos Aires.", "Lima>Santiago Santiago>Buenos Aires"},
		{"took the train", "The leaders took the train from Vienna to Budapest.", "Vienna>Budapest"},
		{"sailed", "The vessel sailed from Cape Town to Montevideo.", "Cape Town>Montevideo"},
		{"visited a list", "Last year she visited Dhaka and Delhi.", "?>Dhaka Dhaka>Delhi"},
		{"and then to", "He will travel on to Tokyo on Friday and then to Delhi.", "?>Tokyo Tokyo>Delhi"},
		{"recap of countries", "She returned to Lima, ending a trip that took her to Russia and Hungary.", "?>Lima/r ?>Russia/b ?>Hungary"},
		{"recap after a return", "The minister was back in Nairobi on Sunday after a tour that took her to Cairo and then to Addis Ababa.", "?>Nairobi/r ?>Cairo/b Cairo>Addis Ababa"},
		{"recap of cities after returned", "He returned to Tokyo on Friday, ending a trip that took him to Hanoi and Singapore.", "?>Tokyo/r ?>Hanoi/b Hanoi>Singapore"},
		{"then after a return is next", "She flew back to Lima and then on to Cusco.", "?>Lima/r Lima>Cusco"},
		{"then to a country", "The envoy will fly to Tokyo, then to Kenya and Russia.", "?>Tokyo Tokyo>Kenya Kenya>Russia"},
		{"list after to", "The trip will take him to Lisbon, Paris and Berlin.", "?>Lisbon Lisbon>Paris Paris>Berlin"},
		{"from X to a list", "The tour took her from Lima to Santiago, Buenos Aires and Montevideo.", "Lima>Santiago Santiago>Buenos Aires Buenos Aires>Montevideo"},
		{"then to a list", "The pope will fly on Friday to Tokyo, then to Hanoi and Singapore.", "?>Tokyo Tokyo>Hanoi Hanoi>Singapore"},
		{"stop before the destination", "After a stop in Suez, the ship reached Mombasa.", "?>Mombasa(Suez)"},
		{"a place that describes the next", "The trip took him from Lima to the Amazon city of Manaus.", "Lima>Manaus"},
		{"a region's port of", "She sailed to the Kenya port of Mombasa.", "?>Mombasa"},
		{"a place noun alone", "He flew to the Amazon and on to Manaus.", "?>Amazon Amazon>Manaus"},
		{"refuelling on the way", "After refuelling at Tokyo, the plane takes off again for Honolulu.", "?>Honolulu(Tokyo)"},
		{"took off for", "The jet took off for Hanoi at noon.", "?>Hanoi"},
		{"a line from X to Y", "He visited a farm and heard about the railway from Nairobi to Mombasa.", ""},
		{"a dashed line", "On Friday he visited the depot of the Nairobi-Mombasa line.", ""},
		{"riding a line", "On Friday he rode the railway from Nairobi to Mombasa.", "Nairobi>Mombasa"},
		{"riding a dashed line", "He rode the Nairobi-Mombasa line on Friday.", "Nairobi>Mombasa"},
		{"through after the move", "The drive from Nairobi to Addis Ababa is about 1,200 km long, through Mombasa and Cairo.", "Nairobi>Addis Ababa(Mombasa,Cairo)"},
		{"through, no move", "The river runs through Mombasa and Cairo.", ""},
		{"messages came from", "Messages of condolence came from Moscow, Beijing and Tokyo.", ""},
		{"tributes came", "On Monday, tributes came from Paris and Berlin.", ""},
		{"a person came from", "The minister came from Tokyo on Monday.", "Tokyo>?"},
		{"negated", "Most notably, he will not go to Mombasa.", ""},
		{"never visited", "He never visited Cairo during the war.", ""},
		{"didn't fly", "She didn't fly to Lima but drove to Cusco.", "?>Cusco"},
		{"not only", "The minister flew to Lima, not Cusco.", "?>Lima"},
		{"enumeration of countries", "The invitations go to Kenya, Hungary, Serbia and Russia.", "?>Kenya"},
		{"list of speakers is no list", "Moscow, Beijing and Tokyo condemned the flight.", ""},
		{"list without a destination", "He flew out of Berlin, Paris and Lisbon remained closed.", "Berlin>?"},
		{"From X, ... continued to", "From Lima, the minister continued to Santiago.", "Lima>Santiago"},
		{"who flew into", "Macron, who flew into Beijing on Wednesday, will travel to Tokyo on Friday.", "?>Beijing Beijing>Tokyo"},
		{"after arriving", "After arriving in Nairobi, she drove to Mombasa.", "?>Nairobi Nairobi>Mombasa"},
		// must not fire
		{"speaking in", "Sunak, speaking in Paris, said the talks would resume.", ""},
		{"officials from, after an arrival", "He landed in Tokyo, where he was greeted by officials from Beijing.", "?>Tokyo"},
		{"tour of", "He left for a 12-day tour of Cusco and Lima.", ""},
		{"said", "Moscow said the talks had been useful.", ""},
		{"Washington said", "Washington said it would send more aid to Cairo.", ""},
		{"officials from", "Officials from Tokyo said the visit was private.", ""},
		{"flight of stairs", "He climbed a flight of stairs in Paris.", ""},
		{"trained", "She trained in Berlin as a doctor.", ""},
		{"on the left", "On the left of Moscow's delegation sat the envoy.", ""},
		{"no place", "The president flew home on Sunday.", ""},
		{"summit in", "The summit in Geneva lasted two days.", ""},
		{"born in", "Born in Lima, he moved abroad as a child.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := movesOf(tt.text); got != tt.want {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestModes(t *testing.T) {
	tests := []struct{ text, want string }{
		{"He flew to Tokyo.", ModeAir},
		{"Air Force One landed in Tokyo.", ModeAir},
		{"His plane touched down in Delhi.", ModeAir},
		{"The jet left Paris for Berlin.", ModeAir},
		{"He took an overnight train from Vienna to Budapest.", ModeRail},
		{"The carriage reached Moscow on time.", ModeRail},
		{"The motorcade drove from Lima to Cusco.", ModeRoad},
		{"A convoy headed to Belgrade along the highway.", ModeRoad},
		{"She travelled to Mombasa by car.", ModeRoad},
		{"The ferry sailed from Helsinki to Tallinn.", ModeSea},
		{"The ship left Suez through the canal.", ModeSea},
		{"He arrived in Cairo by sea.", ModeSea},
		// the vehicle beats the infrastructure: a train into a port city
		{"The train arrived at the port of Mombasa.", ModeRail},
		// a place name is not a mode word: "Port Moresby" is not sea
		{"He flew from Tokyo to Port Moresby.", ModeAir},
		{"He went from Tokyo to Port Moresby.", ""},
		// a flight's length is a flight
		{"He reached Tokyo after a flight of about 13 hours.", ModeAir},
		{"He reached Tokyo after a flight of 9,000 km.", ModeAir},
		// a word that says what the place is, not how he went
		{"On the 18th he goes north to Mombasa, a port in the south.", ""},
		{"He went to Mombasa, where the port was closed.", ModeSea}, // not an appositive: a known limit
		// the drive to the airport is the way to the plane
		{"After the Mass he was to drive to the airport and fly back to Tokyo.", ModeAir},
		{"He drove to Helsinki Airport.", ModeRoad},
		// must not set a mode
		{"He climbed a flight of stairs and then went to Paris.", ""},
		{"Soldiers went to Berlin to train recruits.", ""},
		{"A road map for peace was discussed before he went to Geneva.", ""},
		{"He went to Vienna.", ""},
		{"The theatre lit its sails before he went to Sydney.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			s := sent(0, tt.text)
			toks := tokenize(s.Text, s.Mentions, nil)
			if got, _ := modeIn(toks, 0, len(toks)); got != tt.want {
				t.Errorf("mode %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLinkLine: a line that links to another story ("Read also: ...") tells
// no move of this one.
func TestLinkLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Read also: Why the minister flew from Lisbon to Paris", true},
		{"Related: Protesters march from Vienna to Budapest", true},
		{"See also: the 2019 visit", true},
		{"He read also the papers before he flew to Paris.", false},
		{"The related talks moved from Lisbon to Paris.", false},
	}
	for _, tt := range tests {
		if got := linkLine(tt.text); got != tt.want {
			t.Errorf("linkLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	docs := []Doc{doc(t, "a", "2024-03-13", "Read also: Why the minister flew from Lisbon to Paris on Monday")}
	if r := Extract(docs, Options{}); len(r.Trips) != 0 {
		t.Errorf("a link line gave trips %q", legString(r.Trips))
	}
}
