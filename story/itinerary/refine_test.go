package itinerary

import (
	"strings"
	"testing"
)

func TestCountryStopPlacedAtCity(t *testing.T) {
	// "left Hungary for Serbia" after Budapest and before Belgrade: the
	// cities the articles name in those countries.
	docs := []Doc{
		doc(t, "a", "2024-03-13",
			"Orbán met the visitors in Budapest on Monday.",
			"On Tuesday the delegation left Hungary for Serbia.",
			"In Belgrade the talks went on late into the night."),
		doc(t, "b", "2024-03-13", "Budapest had prepared the visit for months."),
	}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "budapest>belgrade::2024-03-12 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
	if len(r.Trips) == 1 && r.Trips[0].Legs[0].Coarse {
		t.Error("a leg between cities is not coarse")
	}
	if !strings.Contains(strings.Join(r.Notes, "; "), "Hungary → Budapest, Serbia → Belgrade") {
		t.Errorf("notes %q do not say which countries were placed", r.Notes)
	}
}

func TestCountryCityMostMentionedThenCapital(t *testing.T) {
	// Peru: Cusco is named twice, Lima once, so Cusco; Chile: only its
	// capital Santiago.
	docs := []Doc{doc(t, "a", "2024-03-13",
		"The team trained in Cusco and in Lima.",
		"Cusco welcomed them.",
		"Santiago is next.",
		"On Monday the team flew from Peru to Chile.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "cusco>santiago:air:2024-03-11 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}

func TestCountryWithoutCityStays(t *testing.T) {
	docs := []Doc{doc(t, "a", "2024-03-13", "The ship left Kenya for Russia on Monday.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "country:KE>country:RU:sea:2024-03-11 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
	if len(r.Trips) == 1 && !r.Trips[0].Legs[0].Coarse {
		t.Error("a leg between countries is coarse")
	}
}

func TestNamesakeTakesPlaceNearTheStory(t *testing.T) {
	// One article's "Paris" resolved to Paris, Texas: the story's other
	// places (Berlin, Brussels) are all near Paris, France.
	a := doc(t, "a", "2024-03-13", "Macron flew from Berlin to Paris on Monday.")
	b := doc(t, "b", "2024-03-13", "On Tuesday Macron left Paris for Brussels.")
	for i, m := range b.Sentences[0].Mentions {
		if m.Name == "Paris" {
			b.Sentences[0].Mentions[i] = Mention{PlaceID: "paris-tx", Name: "Paris", Kind: "city", Lat: 33.6609,
				Lon: -95.5555, Country: "US", Start: m.Start, End: m.End}
		}
	}
	r := Extract([]Doc{a, b}, Options{})
	if got, want := legString(r.Trips), "berlin>paris:air:2024-03-11 paris>brussels::2024-03-12 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}

func TestCountryOriginIsTheLastCityThere(t *testing.T) {
	// the traveller was last in Kyiv when "leaving Ukraine"; Warsaw is named
	// more often, but it is Poland's
	docs := []Doc{doc(t, "a", "2024-08-24",
		"The chancellor arrived in Warsaw on Wednesday.",
		"Warsaw was her first stop.",
		"On Thursday she travelled on to Kyiv by train.",
		"On Friday she left Ukraine for Athens.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "warsaw>kyiv:rail:2024-08-22 kyiv>athens::2024-08-23 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}

func TestCountryAfterCityInSentenceIsNoLeg(t *testing.T) {
	// "leave Poland for Kyiv ..., the first ... to visit Ukraine": Ukraine
	// is Kyiv's country, no leg "Kyiv -> Ukraine"
	docs := []Doc{doc(t, "a", "2024-08-21",
		"She arrived in Warsaw on Wednesday.",
		"Late on Thursday she was to leave Poland for Kyiv by overnight train, becoming the first chancellor to visit Ukraine since 1991.")}
	r := Extract(docs, Options{})
	if got, want := legString(r.Trips), "warsaw>kyiv:rail:2024-08-22 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}

func TestContinentIsNoStop(t *testing.T) {
	docs := []Doc{doc(t, "a", "2024-05-10",
		"The premier left Budapest on Friday, closing his first trip to Europe in five years.")}
	r := Extract(docs, Options{})
	for _, tr := range r.Trips {
		for _, l := range tr.Legs {
			if l.To == "europe" || l.From == "europe" {
				t.Errorf("leg to a continent: %s", legString(r.Trips))
			}
		}
	}
}

func TestFarLegDropped(t *testing.T) {
	// a road trip in the Balkans; an end 10,000 km from every other place
	// of the trip is an aside, unless a flight is told
	mk := func(text string) []Doc {
		return []Doc{doc(t, "a", "2024-03-13",
			"The minister drove from Athens to Belgrade on Monday.",
			"On Tuesday she drove from Belgrade to Budapest.",
			text)}
	}
	r := Extract(mk("On Wednesday she headed to Honolulu."), Options{})
	if got, want := legString(r.Trips), "athens>belgrade:road:2024-03-11 belgrade>budapest:road:2024-03-12 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
	r = Extract(mk("On Wednesday she flew to Honolulu."), Options{})
	if got := legString(r.Trips); !strings.Contains(got, "budapest>honolulu:air") {
		t.Errorf("a told flight is kept: %q", got)
	}
	// a departure with both ends stated is no aside
	r = Extract(mk("On Wednesday she left Budapest in the evening for Honolulu."), Options{})
	if got := legString(r.Trips); !strings.Contains(got, "budapest>honolulu") {
		t.Errorf("a stated departure is kept: %q", got)
	}
	// a far place that a told flight reaches is the trip's: the other
	// legs there stay ("arrived in Athens, leaving Honolulu" then "flew
	// home to Honolulu")
	r = Extract([]Doc{doc(t, "a", "2024-03-13",
		"The minister headed from Honolulu to Athens on Sunday.",
		"On Monday she drove from Athens to Belgrade.",
		"On Tuesday she flew home to Honolulu.")}, Options{})
	if got, want := legString(r.Trips), "honolulu>athens:air:2024-03-10 athens>belgrade:road:2024-03-11 belgrade>honolulu:air:2024-03-12 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
	// two places only: nothing to compare with, the leg stays
	r = Extract([]Doc{doc(t, "a", "2024-03-13", "She headed from Budapest to Honolulu.")}, Options{})
	if got := legString(r.Trips); !strings.Contains(got, "budapest>honolulu") {
		t.Errorf("a lone far leg is kept: %q", got)
	}
}

// TestCountryPlacedAtTheNextCity: a country reached is placed at the city
// of it that the next sentences name ("flew to Kenya. In Mombasa ..."),
// before the capital the articles also name.
func TestCountryPlacedAtTheNextCity(t *testing.T) {
	r := Extract([]Doc{doc(t, "a", "2024-03-13",
		"On Monday the minister flew from Lisbon to Kenya.",
		"In Mombasa she met the governor.",
		"Officials in Nairobi welcomed the visit.")}, Options{})
	if got, want := legString(r.Trips), "lisbon>mombasa:air:2024-03-11 |"; got != want {
		t.Errorf("legs %q, want %q", got, want)
	}
}
