package itinerary

import (
	"sort"
	"strings"
	"testing"
	"time"
)

// place is a test gazetteer row.
type place struct {
	id, kind string
	lat, lon float64
}

// testPlaces are real places around the world (GeoNames-like coordinates).
var testPlaces = map[string]place{
	"Lisbon":                         {"lisbon", "capital", 38.7167, -9.1333},
	"New York":                       {"new-york", "city", 40.7143, -74.006},
	"Paris":                          {"paris", "capital", 48.8534, 2.3488},
	"Berlin":                         {"berlin", "capital", 52.5244, 13.4105},
	"Moscow":                         {"moscow", "capital", 55.7522, 37.6156},
	"Beijing":                        {"beijing", "capital", 39.9075, 116.3972},
	"Hanoi":                          {"hanoi", "capital", 21.0245, 105.8412},
	"Singapore":                      {"singapore", "capital", 1.2897, 103.8501},
	"Washington":                     {"washington", "capital", 38.8951, -77.0364},
	"Nairobi":                        {"nairobi", "capital", -1.2833, 36.8167},
	"Mombasa":                        {"mombasa", "city", -4.0547, 39.6636},
	"Addis Ababa":                    {"addis-ababa", "capital", 9.025, 38.7469},
	"Lima":                           {"lima", "capital", -12.0432, -77.0282},
	"Cusco":                          {"cusco", "city", -13.5226, -71.9673},
	"Buenos Aires":                   {"buenos-aires", "capital", -34.6132, -58.3772},
	"Montevideo":                     {"montevideo", "capital", -34.9033, -56.1882},
	"Sydney":                         {"sydney", "city", -33.8678, 151.2073},
	"Auckland":                       {"auckland", "city", -36.8485, 174.7633},
	"Honolulu":                       {"honolulu", "city", 21.3069, -157.8583},
	"Tokyo":                          {"tokyo", "capital", 35.6895, 139.6917},
	"Geneva":                         {"geneva", "city", 46.2022, 6.1457},
	"Vienna":                         {"vienna", "capital", 48.2085, 16.3721},
	"Budapest":                       {"budapest", "capital", 47.4984, 19.0404},
	"Delhi":                          {"delhi", "capital", 28.6519, 77.2315},
	"Dhaka":                          {"dhaka", "capital", 23.7104, 90.4074},
	"Cairo":                          {"cairo", "capital", 30.0626, 31.2497},
	"Suez":                           {"suez", "city", 29.9737, 32.5263},
	"Cape Town":                      {"cape-town", "city", -33.9258, 18.4232},
	"Johannesburg":                   {"johannesburg", "city", -26.2023, 28.0436},
	"Istanbul":                       {"istanbul", "city", 41.0138, 28.9497},
	"Ankara":                         {"ankara", "capital", 39.9199, 32.8543},
	"Russia":                         {"country:RU", "country", 61.5, 105.3},
	"Port Moresby":                   {"port-moresby", "capital", -9.4431, 147.1797},
	"Kenya":                          {"country:KE", "country", 0.5, 38.0},
	"Brussels":                       {"brussels", "capital", 50.8505, 4.3488},
	"Hungary":                        {"country:HU", "country", 47.0, 19.5},
	"Serbia":                         {"country:RS", "country", 44.0, 21.0},
	"Belgrade":                       {"belgrade", "capital", 44.804, 20.4651},
	"Helsinki Airport":               {"hel-airport", "airport", 60.3172, 24.9633},
	"Helsinki":                       {"helsinki", "capital", 60.1695, 24.9354},
	"Tallinn":                        {"tallinn", "capital", 59.437, 24.7535},
	"Reykjavik":                      {"reykjavik", "capital", 64.1355, -21.8954},
	"Sofitel Legend Metropole Hotel": {"metropole", "hotel", 21.0255, 105.8561},
	"Palais des Nations":             {"palais", "venue", 46.2266, 6.1405},
	"Capella Hotel":                  {"capella", "hotel", 1.2492, 103.8246},
	"Santiago":                       {"santiago", "capital", -33.4569, -70.6483},
	"Mexico City":                    {"mexico-city", "capital", 19.4285, -99.1277},
	"Guadalajara":                    {"guadalajara", "city", 20.6668, -103.3918},
}

// morePlaces are further test places, kept out of testPlaces so that the
// benchmark corpus (built from testPlaces) stays the same.
var morePlaces = map[string]place{
	"Peru":                   {"country:PE", "country", -10, -76},
	"Chile":                  {"country:CL", "country", -30, -71},
	"Europe":                 {"europe", "continent", 50, 15},
	"Athens":                 {"athens", "capital", 37.9838, 23.7278},
	"Greece":                 {"country:GR", "country", 39, 22},
	"Kyiv":                   {"kyiv", "capital", 50.4547, 30.5238},
	"Ukraine":                {"country:UA", "country", 49, 32},
	"Poland":                 {"country:PL", "country", 52, 19.5},
	"Warsaw":                 {"warsaw", "capital", 52.2298, 21.0118},
	"Manaus":                 {"manaus", "city", -3.1019, -60.025},
	"Amazon":                 {"amazon", "river", -3.4, -58.5},
	"Geneva Airport":         {"gva", "airport", 46.2381, 6.109},
	"Hotel Intercontinental": {"intercontinental", "hotel", 46.2236, 6.1372},
	// made-up places of a rescue: a cave near a town, a city 50 km away
	"Blue Hollow cave": {"blue-hollow", "cave", 10.05, 20.05},
	"Ridgeton":         {"ridgeton", "town", 10.08, 20.06},
	"Port Ellis":       {"port-ellis", "city", 9.62, 20.02},
	// a region and a city in it
	"Bavaria": {"bavaria", "region", 48.9, 11.4},
	"Munich":  {"munich", "city", 48.137, 11.575},
}

// testCountries are the country codes of some testPlaces ids.
var testCountries = map[string]string{"budapest": "HU", "belgrade": "RS", "nairobi": "KE", "mombasa": "KE",
	"moscow": "RU", "lima": "PE", "cusco": "PE", "santiago": "CL", "berlin": "DE", "paris": "FR", "brussels": "BE", "athens": "GR", "kyiv": "UA", "warsaw": "PL",
	"bavaria": "DE", "munich": "DE"}

// sent makes a Sentence, finding every testPlaces name in the text (the
// longest at each position), as geoparse would.
func sent(i int, text string) Sentence {
	s := Sentence{Index: i, Text: text}
	names := make([]string, 0, len(testPlaces)+len(morePlaces))
	for n := range testPlaces {
		names = append(names, n)
	}
	for n := range morePlaces {
		names = append(names, n)
	}
	sort.Slice(names, func(a, b int) bool { return len(names[a]) > len(names[b]) })
	used := make([]bool, len(text))
	for _, n := range names {
		from := 0
		for {
			k := strings.Index(text[from:], n)
			if k < 0 {
				break
			}
			k += from
			from = k + len(n)
			free := true
			for j := k; j < k+len(n); j++ {
				free = free && !used[j]
			}
			if !free {
				continue
			}
			for j := k; j < k+len(n); j++ {
				used[j] = true
			}
			p, ok := testPlaces[n]
			if !ok {
				p = morePlaces[n]
			}
			s.Mentions = append(s.Mentions, Mention{PlaceID: p.id, Name: n, Kind: p.kind, Lat: p.lat, Lon: p.lon,
				Start: k, End: k + len(n), Country: testCountries[p.id]})
		}
	}
	sort.Slice(s.Mentions, func(a, b int) bool { return s.Mentions[a].Start < s.Mentions[b].Start })
	return s
}

// doc makes a Doc of sentences; date is YYYY-MM-DD or "".
func doc(t testing.TB, source, date string, texts ...string) Doc {
	t.Helper()
	d := Doc{Source: source}
	if date != "" {
		var err error
		d.Date, err = time.Parse(time.DateOnly, date)
		if err != nil {
			t.Fatal(err)
		}
	}
	for i, tx := range texts {
		d.Sentences = append(d.Sentences, sent(i, tx))
	}
	return d
}

// legString writes legs as "from>to:mode:date" joined by spaces.
func legString(ts []Trip) string {
	var parts []string
	for _, t := range ts {
		for _, l := range t.Legs {
			s := l.From + ">" + l.To + ":" + l.Mode + ":" + l.Date
			if len(l.Via) > 0 {
				s += ":via=" + strings.Join(l.Via, ",")
			}
			parts = append(parts, s)
		}
		parts = append(parts, "|")
	}
	return strings.Join(parts, " ")
}
