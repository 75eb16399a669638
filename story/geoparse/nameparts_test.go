package geoparse

import (
	"slices"
	"testing"
)

// namesWorld is a synthetic gazetteer for the name-part rules: places
// that are also parts of titles, people's and events' names.
func namesWorld(t testing.TB) *Gazetteer {
	return synth(t,
		rec("country:US", "country", "United States", 38, -97, "US", 0, "US", "U.S."),
		rec("country:FR", "country", "France", 46, 2, "FR", 0),
		rec("country:RU", "country", "Russia", 60, 100, "RU", 0),
		rec("country:CN", "country", "China", 35, 103, "CN", 0),
		rec("country:JO", "country", "Jordan", 31, 36, "JO", 0),
		rec("country:IL", "country", "Israel", 31.5, 34.8, "IL", 0),
		rec("country:IT", "country", "Italy", 42.8, 12.8, "IT", 0),
		rec("cont:africa", "continent", "Africa", 7, 21, "", 0),
		rec("cont:asia", "continent", "Asia", 29, 89, "", 0),
		rec("supp:pacific", "sea", "Pacific", 0, -160, "", 0, "Pacific Ocean"),
		rec("supp:middle-east", "region", "Middle East", 27, 45, "", 0),
		rec("ne1:USA-3563", "region", "Alaska", 64, -150, "US", 0),
		rec("g:york", "city", "York", 53.96, -1.08, "GB", 150000),
		rec("g:canterbury", "city", "Canterbury", 51.28, 1.08, "GB", 55000),
		rec("g:lourdes", "city", "Lourdes", 43.1, -0.05, "FR", 15000),
		rec("g:paris", "capital", "Paris", 48.85, 2.35, "FR", 2100000),
		rec("g:lyon", "seat", "Lyon", 45.76, 4.84, "FR", 500000),
		rec("g:silva", "seat", "Sylva", 35.37, -83.23, "US", 2600, "Silva"),
		rec("g:midi", "seat", "Midi", 20, 40, "SA", 30000),
		rec("g:bordeaux", "seat", "Bordeaux", 44.84, -0.58, "FR", 250000),
		rec("g:prince-edward", "city", "Prince Edward", 44, -77.2, "CA", 25000),
		rec("g:prince-george", "city", "Prince George", 53.9, -122.7, "CA", 75000),
		rec("g:pei", "region", "Prince Edward Island", 46.3, -63.2, "CA", 0),
		rec("g:camilla", "seat", "Camilla", 31.23, -84.21, "US", 5000),
		rec("g:st-george", "city", "St. George", 37.1, -113.6, "US", 90000, "St George", "Saint George"),
		rec("g:st-petersburg", "city", "St. Petersburg", 59.94, 30.31, "RU", 5000000, "St Petersburg"),
		rec("g:seoul", "capital", "Seoul", 37.57, 126.98, "KR", 10000000),
		rec("g:pyongyang", "capital", "Pyongyang", 39.03, 125.75, "KP", 3000000),
		rec("g:lisbon", "capital", "Lisbon", 38.72, -9.14, "PT", 500000),
		rec("g:madrid", "capital", "Madrid", 40.42, -3.7, "ES", 3000000),
		rec("g:minsk", "capital", "Minsk", 53.9, 27.57, "BY", 2000000),
		rec("country:GN", "country", "Guinea", 10, -10, "GN", 0),
		rec("g:england", "city", "England", 35, -91.9, "US", 2800),
		rec("r:nsw", "region", "New South Wales", -32.5, 147.3, "AU", 0),
		rec("r:nord-kivu", "region", "Nord-Kivu", -0.66, 28.59, "CD", 0),
		rec("g:nord-kivu", "city", "Nord Kivu", 50, 3, "FR", 20000),
		rec("country:KP", "country", "North Korea", 40, 127, "KP", 0),
		rec("g:kivu", "city", "Kivu", -2, 29, "CD", 20000),
		rec("g:king-island", "city", "King Island", -39.9, 144, "AU", 1600),
	)
}

func TestNameParts(t *testing.T) {
	p := NewParser(namesWorld(t), nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"a title + of + place is a title", []string{"The Duke of York and the Archbishop of Canterbury came."}, nil},
		{"... an honour too, with the", []string{"He holds the Order of the United States."}, nil},
		{"... and a devotion", []string{"Pilgrims prayed to Our Lady of Lourdes."}, nil},
		{"... and an organisation", []string{"The Syrian Association of France and the Bank of Italy met."}, nil},
		{"... a church, a regiment, a flag", []string{"The Church of France, the Royal Regiment of Italy and the Royal Standard of France came."}, nil},
		{"... but not an organisation in the place", []string{"An association in France and a bank of Italy met."},
			[]string{"France=country:FR", "Italy=country:IT"}},
		{"... but not after a lower-case word", []string{"The cathedral of Canterbury was full."},
			[]string{"Canterbury=g:canterbury"}},
		{"... nor after a ruler's or an official's title", []string{"The Mayor of Paris met the King of France."},
			[]string{"Paris=g:paris", "France=country:FR"}},
		{"... nor for the place alone", []string{"He flew to York and Canterbury."},
			[]string{"York=g:york", "Canterbury=g:canterbury"}},
		{"a person's name particle: da, von der", []string{"Luiz Lula da Silva met Ursula von der Bordeaux."}, nil},
		{"... a foreign name's: de, du, de la", []string{"After the Tour de France, La Dépêche du Midi wrote."}, nil},
		{"... not after a lower-case word", []string{"Wine from the Côte and de Bordeaux."},
			[]string{"Bordeaux=g:bordeaux"}},
		{"... nor an article alone", []string{"Crowds chanted Vive la France."}, []string{"France=country:FR"}},
		{"... and the place alone", []string{"They drove to Bordeaux and Sylva."},
			[]string{"Bordeaux=g:bordeaux", "Sylva=g:silva"}},
		{"royal title + name is a person", []string{"Princess Anne and Prince Edward walked behind."}, nil},
		{"... but a place after a locative", []string{"The train reached Prince George."},
			[]string{"Prince George=g:prince-george"}},
		{"... or a geographic noun second", []string{"King Island's dairies grew."}, []string{"King Island=g:king-island"}},
		{"... and a longer name", []string{"They flew to Prince Edward Island."},
			[]string{"Prince Edward Island=g:pei"}},
		{"a name joined by and to a given name is a person", []string{"Charles and Camilla waved."}, nil},
		{"... and to a pronoun or a title", []string{"He and Camilla waved.", "The King and Camilla waved."}, nil},
		{"... either way round", []string{"Camilla and Charles waved."}, nil},
		{"... not a country", []string{"Trade between Jordan and Israel grew."},
			[]string{"Jordan=country:JO", "Israel=country:IL"}},
		{"... nor a possessive", []string{"Justin Trudeau and Italy's Meloni arrived."}, []string{"Italy=country:IT"}},
		{"... nor after a locative", []string{"Roads to Charles and Camilla were closed."}, []string{"Camilla=g:camilla"}},
		{"a saint's possessive before a capitalised word is a church", []string{"A service in St George's Chapel."}, nil},
		{"... not a city's", []string{"St. Petersburg's Hermitage Museum reopened."},
			[]string{"St. Petersburg=g:st-petersburg", "Hermitage Museum=venue:hermitage-museum@g:st-petersburg"}},
		{"... nor the saint's city alone", []string{"They drove to St. George."}, []string{"St. George=g:st-george"}},
		{"hyphen-joined places before an event noun are an event",
			[]string{"After the Russia-Africa summit and the Asia-Pacific Economic Cooperation forum, leaders met."}, nil},
		{"... also after a lower-case word", []string{"The China-Africa leaders' dialogue ended."}, nil},
		{"... a name of several words inside the chain too", []string{"The China-Middle East-Africa Economic Corridor opened."}, nil},
		{"... but not before a route", []string{"The China-Middle East route reopened."},
			[]string{"China=country:CN", "Middle East=supp:middle-east"}},
		{"... but talks and trains keep their places", []string{"The Seoul-Pyongyang talks and the Lisbon-Madrid train resumed."},
			[]string{"Seoul=g:seoul", "Pyongyang=g:pyongyang", "Lisbon=g:lisbon", "Madrid=g:madrid"}},
		{"... and a summit in a place keeps it", []string{"The Seoul summit opened."}, []string{"Seoul=g:seoul"}},
		{"a summit named after a region or continent is an event", []string{"The Middle East summit and the Asia forum opened."}, nil},
		{"... and a community a body", []string{"He spoke to the Middle East community, founded in 1973."}, nil},
		{"a place before a lower-case Arabic article and a hyphenated name is part of that name",
			[]string{"A rocket hit the York al-Asad air base, far from Lyon."}, []string{"Lyon=g:lyon"}},
		{"... but a country's keeps it", []string{"The France summit opened."}, []string{"France=country:FR"}},
		{"... and a state's", []string{"The Alaska summit opened."}, []string{"Alaska=ne1:USA-3563"}},
		{"... and so does the region alone", []string{"Leaders of the Middle East met at a summit."}, []string{"Middle East=supp:middle-east"}},
		{"an agreement named after a place", []string{"He left the Paris climate agreement and the Minsk accords."}, nil},
		{"... but not an agreement reached there", []string{"An agreement was reached in Paris."},
			[]string{"Paris=g:paris"}},
		{"... nor the place's own word", []string{"The Paris talks led to an agreement."}, []string{"Paris=g:paris"}},
		{"a place in New X is not X", []string{"The island of New Guinea and New England are far apart."}, nil},
		{"... but X alone is", []string{"They flew to Guinea."}, []string{"Guinea=country:GN"}},
		{"... and so after a sentence's first word New", []string{"New US sanctions hit Russia."},
			[]string{"US=country:US", "Russia=country:RU"}},
		{"... and a New X of the gazetteer is itself", []string{"They flew to New South Wales."},
			[]string{"New South Wales=r:nsw"}},
		{"a place before an office title is a mention", []string{"The New South Wales Premier and the Lyon Mayor met."},
			[]string{"New South Wales=r:nsw", "Lyon=g:lyon"}},
		{"... but not before another capitalised word", []string{"The Lyon Opera reopened."}, nil},
		{"an English compass word before a region's native name", []string{"Fighting spread in North Kivu province."},
			[]string{"North Kivu=r:nord-kivu"}},
		{"... only a region of that name", []string{"Fighting spread in South Kivu."}, nil},
		{"... and not when the English name is known", []string{"Envoys flew to North Korea."},
			[]string{"North Korea=country:KP"}},
		{"... nor inside a longer name", []string{"The North Kivu Times wrote."}, nil},
		{"a body's name, countries included", []string{"The US Congress and the US Air Force agreed."}, nil},
		{"... written with a dotted abbreviation", []string{"The U.S. Coast Guard and the U.S. Navy searched."}, nil},
		{"... as any longer name after one", []string{"The U.S. Geological Survey reported it."}, nil},
		{"... but not a country before an office title or at a sentence's end", []string{"U.S. President Smith flew to the U.S. on Monday."},
			[]string{"U.S.=country:US", "U.S.=country:US"}},
		{"a sea's or a town's name before a group noun is a group, not the place", []string{"Envoys of the Pacific states and the York nations met."}, nil},
		{"... but a country or region of the name stays", []string{"Leaders of the Middle East states and the Alaska nations met."},
			[]string{"Middle East=supp:middle-east", "Alaska=ne1:USA-3563"}},
		{"a board, agency or diocese of a place is a body", []string{"The Transportation Safety Board of France, the Space Agency of Italy and the Archdiocese of Lyon said so."}, nil},
		{"... but not a kind of place", []string{"The city of Lyon said so."}, []string{"Lyon=g:lyon"}},
		{"a saint after a devotion noun and of is the saint", []string{"Pilgrims kept the feast of St. George at the shrine of Saint George."}, nil},
		{"... a church's dedication too", []string{"Mass was said in the Cathedral of St. George."}, nil},
		{"... but not after a kind of place", []string{"They reached the city of St. George."}, []string{"St. George=g:st-george"}},
		{"a place inside a document's title", []string{"They signed a Joint Declaration of Support for France and the Treaty of Friendship with Italy."}, nil},
		{"... but not after a locative", []string{"The Declaration was signed in Paris."}, []string{"Paris=g:paris"}},
		{"... nor without a title", []string{"Support for France grew."}, []string{"France=country:FR"}},
		{"... but not the country alone", []string{"The US agreed, and US forces left."},
			[]string{"US=country:US", "US=country:US"}},
	} {
		got := found(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// "the <demonym> capital" is the country's one capital.
func TestDemonymCapital(t *testing.T) {
	p := NewParser(synth(t,
		rec("country:PT", "country", "Portugal", 39.6, -8, "PT", 0),
		rec("country:ZA", "country", "South Africa", -29, 24, "ZA", 0),
		rec("g:lisbon", "capital", "Lisbon", 38.72, -9.14, "PT", 500000),
		rec("g:porto", "city", "Porto", 41.15, -8.61, "PT", 230000),
		rec("g:pretoria", "capital", "Pretoria", -25.7, 28.2, "ZA", 700000),
		rec("g:cape-town", "capital", "Cape Town", -33.9, 18.4, "ZA", 3400000),
		"D\tcountry:PT\tPortuguese", "D\tcountry:ZA\tSouth African",
	), nil)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"He landed in the Portuguese capital on Monday.", []string{"Portuguese capital=g:lisbon"}},
		{"He flew from Porto to the Portuguese capital.", []string{"Porto=g:porto", "Portuguese capital=g:lisbon"}},
		// not a capital word, or a country of two capitals
		{"The Portuguese capital markets fell.", nil},
		{"He was in the Portuguese capital city.", []string{"Portuguese capital=g:lisbon"}},
		{"Portuguese Capital Partners invested.", nil},
		{"He reached the South African capital.", nil},
		{"The Portuguese government met.", nil},
	} {
		got := found(p.ParseArticle(art(tc.text)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}
