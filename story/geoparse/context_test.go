package geoparse

import (
	"slices"
	"testing"
)

// contextWorld is a synthetic gazetteer for the context rules: containers,
// kind words, venues and compound names.
func contextWorld(t testing.TB) *Gazetteer {
	return synth(t,
		rec("country:CA", "country", "Canada", 60, -95, "CA", 0),
		rec("country:US", "country", "United States", 38, -97, "US", 0, "U.S."),
		rec("country:GE", "country", "Georgia", 42, 43.5, "GE", 0),
		rec("country:RU", "country", "Russia", 60, 100, "RU", 0),
		rec("country:CN", "country", "China", 35, 103, "CN", 0),
		rec("country:JP", "country", "Japan", 36, 138, "JP", 0),
		rec("country:VA", "country", "Vatican", 41.9, 12.45, "VA", 0, "Vatican City"),
		"D\tcountry:VA\tVatican",
		"D\tcountry:RU\tRussian",
		"P\tr:qc\tregion\tQuebec\t52\t-72\tCA\t10\t0\tQuebec",
		"P\tg:quebec\tseat\tQuebec\t46.8\t-71.2\tCA\t10\t530000\tQuebec",
		"P\tr:ga\tregion\tGeorgia\t32.7\t-83.4\tUS\tGA\t0\tGeorgia",
		"P\tr:amur\tregion\tAmur\t52\t128\tRU\t05\t0\tAmur",
		rec("supp:amur-river", "river", "Amur", 52.9, 141.1, "", 0, "Amur River"),
		"P\tg:charlevoix-mi\tcity\tCharlevoix\t45.32\t-85.26\tUS\tMI\t2500\tCharlevoix",
		"P\tg:atlanta\tseat\tAtlanta\t33.75\t-84.39\tUS\tGA\t500000\tAtlanta",
		"P\tg:atlanta-ru\tcity\tAtlanta\t50\t50\tRU\t01\t20000\tAtlanta",
		"P\tg:lavoie\tcity\tLavoie\t47.5\t-70.2\tCA\t10\t30000\tLavoie",
		"P\tg:lavoie-us\tcity\tLavoie\t40\t-80\tUS\tPA\t90000\tLavoie",
		rec("g:seoul", "capital", "Seoul", 37.57, 126.98, "KR", 10000000),
		rec("g:vlad", "seat", "Vladivostok", 43.1, 131.9, "RU", 600000),
		rec("g:ussuriysk", "city", "Ussuriysk", 43.8, 131.95, "RU", 170000),
		// border town: a big namesake 600 km from the others, a small one near them
		rec("g:baro-far", "city", "Baro", 48.5, 131.9, "RU", 400000),
		rec("g:baro-ng", "city", "Baro", 8.6, 6.4, "NG", 300000),
		rec("g:frontera", "city", "Frontera", 48.5, 132.5, "RU", 400000),
		rec("g:frontera-cn", "city", "Frontera", 43.3, 131.2, "CN", 5000),
		rec("g:sado-city", "city", "Sado", 38.0, 138.4, "JP", 50000),
		rec("supp:sado", "island", "Sado", 38.0, 138.4, "JP", 0, "Sado Island"),
		rec("g:singapore", "capital", "Singapore", 1.29, 103.85, "SG", 5000000),
		rec("g:shangrila", "city", "Shangri-La", 27.8, 99.7, "CN", 150000),
		rec("g:pom", "capital", "Port Moresby", -9.44, 147.18, "PG", 360000),
		rec("airport:AYPY", "airport", "Port Moresby Jacksons International Airport", -9.44, 147.22, "PG", 0),
		rec("supp:fefu", "venue", "Far Eastern Federal University", 43.02, 131.89, "RU", 0),
		rec("g:mercedes", "city", "Mercedes", 26.15, -97.91, "US", 16000),
		rec("g:benz", "town", "Benz", 49.0, 8.4, "DE", 3000),
		rec("g:tumen", "city", "Tumen", 42.97, 129.84, "CN", 100000),
		rec("r:orla", "region", "Orla", -12.5, -41.7, "BR", 0),
		rec("g:negra", "city", "Negra", -3.0, -62.0, "BR", 3000000),
		rec("river:negra", "river", "Negra", -2.0, -63.0, "", 0, "Rio Negra"),
		rec("g:orla", "seat", "Salvo", -12.97, -38.5, "BR", 2700000, "Orla"),
		rec("g:khasan", "town", "Khasan", 42.43, 130.7, "RU", 700),
		rec("g:hercules", "city", "Hercules", 38.02, -122.29, "US", 26000),
		rec("g:boeing", "city", "Boeing", 10, 10, "XX", 50000),
		rec("g:pyongyang", "capital", "Pyongyang", 39.03, 125.75, "KP", 3000000),
		rec("airport:SBEG", "airport", "Eduardo Gomes International Airport", -3.04, -60.05, "BR", 0),
		rec("g:parnamirim", "seat", "Parnamirim", -5.92, -35.26, "BR", 200000, "Eduardo Gomes"),
		// a region named like its country's capital, indexed as "<name> Region"
		"P\tg:olympia\tcapital\tOlympia\t38.9\t-77.0\tUS\tDC\t700000\tOlympia",
		"P\tr:olympia\tregion\tOlympia\t47.3\t-120.8\tUS\tWA\t0\tOlympia Region",
		"P\tg:everett\tseat\tEverett\t47.98\t-122.2\tUS\tWA\t110000\tEverett",
		"P\tg:everett-ma\tcity\tEverett\t42.4\t-71.05\tUS\tMA\t46000\tEverett",
		// a place whose own name ends in a possessive, and namesakes without it
		"P\tr:nf\tregion\tNewland\t48.5\t-56\tCA\t05\t0\tNewland",
		"P\tg:st-jude-s\tseat\tSt. Jude's\t47.56\t-52.71\tCA\t05\t110000\tSt. Jude's",
		"P\tg:saint-jude\tcity\tSaint Jude\t45.27\t-66.06\tCA\t04\t900000\tSaint Jude|St. Jude",
	)
}

func TestContainers(t *testing.T) {
	p := NewParser(contextWorld(t), nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"a unique match that contradicts its container is dropped",
			[]string{"The summit was held in Charlevoix, Quebec, Canada."},
			[]string{"Quebec=r:qc", "Canada=country:CA"}},
		{"... the middle name of X, Y, Z is the region", []string{"They met in Lavoie, Quebec, Canada."},
			[]string{"Lavoie=g:lavoie", "Quebec=r:qc", "Canada=country:CA"}},
		{"... which is the city alone", []string{"They met in Quebec."}, []string{"Quebec=g:quebec"}},
		{"... and kept without a container", []string{"The summit was held in Charlevoix."},
			[]string{"Charlevoix=g:charlevoix-mi"}},
		{"the candidate inside the region", []string{"They met in Lavoie, Quebec."},
			[]string{"Lavoie=g:lavoie", "Quebec=r:qc"}},
		{"... not the bigger namesake without it", []string{"They met in Lavoie."}, []string{"Lavoie=g:lavoie-us"}},
		{"the container is the region holding the place, not the country of that name",
			[]string{"They flew to Atlanta, Georgia."}, []string{"Atlanta=g:atlanta", "Georgia=r:ga"}},
		{"a country container", []string{"They flew to Atlanta, Russia."},
			[]string{"Atlanta=g:atlanta-ru", "Russia=country:RU"}},
		{"a list of countries is not a container chain", []string{"Russia, China, Japan agreed."},
			[]string{"Russia=country:RU", "China=country:CN", "Japan=country:JP"}},
		{"a list ending in and", []string{"Officials from Seoul, Japan and China met."},
			[]string{"Seoul=g:seoul", "Japan=country:JP", "China=country:CN"}},
		{"and then is no list", []string{"They flew to Atlanta, Georgia, and then to Lavoie, Quebec."},
			[]string{"Atlanta=g:atlanta", "Georgia=r:ga", "Lavoie=g:lavoie", "Quebec=r:qc"}},
		{"a town confirmed by its container needs no nearby place", []string{"They left for Khasan, Russia."},
			[]string{"Khasan=g:khasan", "Russia=country:RU"}},
		{"... which it needs alone", []string{"They left for Khasan."}, nil},
		{"a region indexed as <name> Region is the container after a place", []string{"They flew to Everett, Olympia."},
			[]string{"Everett=g:everett", "Olympia=r:olympia"}},
		{"... but the bare name alone is the city", []string{"They flew to Olympia."}, []string{"Olympia=g:olympia"}},
		{"... and so after a place it does not hold", []string{"They flew to Seoul, Olympia."},
			[]string{"Seoul=g:seoul", "Olympia=g:olympia"}},
		{"a name written with a possessive is the place named so", []string{"They sailed from St. Jude's last week."},
			[]string{"St. Jude's=g:st-jude-s"}},
		{"... before its container too", []string{"They sailed from St. Jude's, Newland."},
			[]string{"St. Jude's=g:st-jude-s", "Newland=r:nf"}},
		{"... and before a named venue head", []string{"They sailed into St. Jude's Harbour."},
			[]string{"St. Jude's=g:st-jude-s", "St. Jude's Harbour=venue:st-jude-harbour@g:st-jude-s"}},
		{"... while the name without it is the bigger namesake", []string{"They sailed from St. Jude last week."},
			[]string{"St. Jude=g:saint-jude"}},
		{"a list of cities", []string{"Seoul, Vladivostok, Pyongyang."},
			[]string{"Seoul=g:seoul", "Vladivostok=g:vlad", "Pyongyang=g:pyongyang"}},
	} {
		got := found(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestBoundsOf reads a Bounds field by reflection, as regionBounds does
// for gazetteer data that carries one, and nothing from a Place without.
func TestBoundsOf(t *testing.T) {
	type box struct{ W, S, E, N float64 }
	type withBox struct {
		Name   string
		Bounds *box
	}
	if s, w, n, e, ok := boundsOf(withBox{Bounds: &box{W: 170, S: -20, E: -170, N: -10}}); !ok || s != -20 || w != 170 || n != -10 || e != -170 {
		t.Errorf("bounds %v %v %v %v %v", s, w, n, e, ok)
	}
	if _, _, _, _, ok := boundsOf(withBox{}); ok {
		t.Error("nil bounds read as a box")
	}
	if _, _, _, _, ok := boundsOf(struct{ Bounds int }{}); ok {
		t.Error("a non-box field read as a box")
	}
	if _, _, _, _, ok := boundsOf(3); ok {
		t.Error("a non-struct read as a box")
	}
	if _, _, _, _, ok := regionBounds(Place{Kind: "region"}); ok {
		t.Error("a region without bounds read as a box")
	}
	for _, tc := range []struct {
		lat, lon, s, w, n, e float64
		in                   bool
	}{
		{10, 10, 0, 0, 20, 20, true},
		{25, 10, 0, 0, 20, 20, false},
		{10, 25, 0, 0, 20, 20, false},
		{60, 179, 40, 170, 70, -170, true}, // across the antimeridian
		{60, -175, 40, 170, 70, -170, true},
		{60, 0, 40, 170, 70, -170, false},
	} {
		if got := inBox(tc.lat, tc.lon, tc.s, tc.w, tc.n, tc.e); got != tc.in {
			t.Errorf("inBox(%v, %v in %v %v %v %v) = %v", tc.lat, tc.lon, tc.s, tc.w, tc.n, tc.e, got)
		}
	}
}

func TestKindWords(t *testing.T) {
	p := NewParser(contextWorld(t), nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"X region is a region, not the river", []string{"Floods hit the Amur region."}, []string{"Amur=r:amur"}},
		{"... capitalised", []string{"Floods hit Amur Region."}, []string{"Amur=r:amur"}},
		{"a region named like its capital, before any kind word", []string{"Floods hit Olympia oblast."},
			[]string{"Olympia=r:olympia"}},
		{"a kind word inside a longer name is none", []string{"Floods hit the Amur State University."}, nil},
		{"X River is a river", []string{"Floods hit the Amur River."}, []string{"Amur River=supp:amur-river"}},
		{"X River without such a river is no mention", []string{"Boats crossed the Tumen River."}, nil},
		{"... and X alone the city", []string{"Boats reached Tumen."}, []string{"Tumen=g:tumen"}},
		{"X river (a name of the river, in any case)", []string{"Boats sailed the Amur river."},
			[]string{"Amur river=supp:amur-river"}},
		{"without a kind word the usual score", []string{"They sailed to Sado."}, []string{"Sado=supp:sado"}},
		{"the state of X is a region", []string{"He spoke in Salvo, in the state of Orla."},
			[]string{"Salvo=g:orla", "Orla=r:orla"}},
		{"... which the city's other name is without it", []string{"He spoke in Salvo.", "Crowds filled Orla."},
			[]string{"Salvo=g:orla", "Orla=g:orla"}},
		{"X, in Y: Y is X's container, the region", []string{"He spoke in Salvo, in Orla."},
			[]string{"Salvo=g:orla", "Orla=r:orla"}},
		{"a big city rather than the river of its name", []string{"They flew to Negra."}, []string{"Negra=g:negra"}},
		{"the X: the river rather than the city", []string{"They sailed up the Negra."}, []string{"Negra=river:negra"}},
		{"... also by its Portuguese name", []string{"They sailed up the Rio Negra."}, []string{"Rio Negra=river:negra"}},
		{"the state of X without such a region", []string{"He spoke of the state of Japan."}, []string{"Japan=country:JP"}},
		{"the island of X", []string{"They sailed to the island of Sado."}, []string{"Sado=supp:sado"}},
		{"the city of X", []string{"They drove to the city of Sado."}, []string{"Sado=g:sado-city"}},
		{"the border town of X: the namesake near the other places",
			[]string{"The train left Vladivostok and Ussuriysk for the border town of Frontera."},
			[]string{"Vladivostok=g:vlad", "Ussuriysk=g:ussuriysk", "Frontera=g:frontera-cn"}},
		{"... not a namesake 600 km from all of them",
			[]string{"The train left Vladivostok and Ussuriysk for the border town of Baro."},
			[]string{"Vladivostok=g:vlad", "Ussuriysk=g:ussuriysk"}},
		{"each occurrence in its own context",
			[]string{"The train left Vladivostok and Ussuriysk for Baro.", "It stopped in the border town of Baro."},
			[]string{"Vladivostok=g:vlad", "Ussuriysk=g:ussuriysk", "Baro=g:baro-far"}},
		{"... which is kept without the phrase",
			[]string{"The train left Vladivostok and Ussuriysk for Baro."},
			[]string{"Vladivostok=g:vlad", "Ussuriysk=g:ussuriysk", "Baro=g:baro-far"}},
	} {
		got := found(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

func TestCompoundNames(t *testing.T) {
	p := NewParser(contextWorld(t), nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"a place word hyphen-joined to a brand", []string{"He drove a Mercedes-Benz to the talks."}, nil},
		{"... even when the brand word is a small town's name too", []string{"He drove a Mercedes-Benz to Vladivostok."},
			[]string{"Vladivostok=g:vlad"}},
		{"... and the place alone", []string{"He drove to Mercedes."}, []string{"Mercedes=g:mercedes"}},
		{"two places joined by a hyphen", []string{"The Seoul-Pyongyang talks resumed."},
			[]string{"Seoul=g:seoul", "Pyongyang=g:pyongyang"}},
		{"a prefix is not a brand", []string{"Anti-Japan protests spread."}, []string{"Japan=country:JP"}},
		{"a place word after a model code", []string{"A C-130 Hercules landed."}, nil},
		{"... or before an alphanumeric one, countries included", []string{"Japan A320 jets landed."}, nil},
		{"a group name is not a model code", []string{"The Japan G20 presidency ended."}, []string{"Japan=country:JP"}},
		{"... before one", []string{"A Hercules C-130 landed."}, nil},
		{"... and a model number", []string{"A Boeing 747 landed."}, nil},
		{"an Arabic article before a city is part of how it is written", []string{"They flew to Al-Vladivostok."},
			[]string{"Vladivostok=g:vlad"}},
		{"... not before a town or a word", []string{"Al-Khasan and Al-Hercules said so."}, nil},
		{"a year is not a model number", []string{"After the 2018 Singapore talks, he flew to Hercules."},
			[]string{"Singapore=g:singapore", "Hercules=g:hercules"}},
		{"event names", []string{"He spoke at the Shangri-La Dialogue."}, nil},
		{"newspapers, countries included", []string{"The Japan Times said so."}, nil},
		{"... and the country alone", []string{"Japan said so."}, []string{"Japan=country:JP"}},
		{"the Vatican is a place, not a nationality", []string{"Vatican officials met in Vatican City."},
			[]string{"Vatican=country:VA", "Vatican City=country:VA"}},
		{"a demonym that is no country name is still a demonym", []string{"Russian officials met."}, nil},
	} {
		got := found(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestContainerIn: "X, in Y" names X's container as "X, Y" does, and a
// container confirms a minor settlement named by an alternate name, which
// otherwise needs a place close by or its country.
func TestContainerIn(t *testing.T) {
	g := synth(t,
		rec("g:seoul", "capital", "Seoul", 37.57, 126.98, "KR", 10000000),
		rec("r:odra", "region", "Odra", 20.6, 84.4, "IN", 0),
		"P\tg:konarka\tcity\tKonarka\t19.89\t86.10\tIN\t\t16834\tKonarka",
		"N\tkonark\t~2",
		rec("g:lavoie", "city", "Lavoie", 47.5, -70.2, "CA", 30000),
		rec("g:lavoie-in", "city", "Lavoie", 20.0, 85.0, "IN", 20000),
	)
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"X, in Y: the container confirms an alternate name", []string{"They flew to Seoul.", "He went to Konark, in Odra."},
			[]string{"Seoul=g:seoul", "Konark=g:konarka", "Odra=r:odra"}},
		{"X, Y: the same", []string{"They flew to Seoul.", "He went to Konark, Odra."},
			[]string{"Seoul=g:seoul", "Konark=g:konarka", "Odra=r:odra"}},
		{"... which needs one", []string{"They flew to Seoul.", "He went to Konark."},
			[]string{"Seoul=g:seoul"}},
		{"X, in Y picks the candidate inside Y", []string{"They met in Lavoie, in Odra."},
			[]string{"Lavoie=g:lavoie-in", "Odra=r:odra"}},
		{"... and X in Y (no comma) is no container", []string{"They met in Lavoie in Odra."},
			[]string{"Lavoie=g:lavoie", "Odra=r:odra"}},
	} {
		got := found(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestDottedAbbreviations: a region's abbreviation written with a full
// stop ("Calif.") is the region after a name and a comma, and only there.
func TestDottedAbbreviations(t *testing.T) {
	g := synth(t,
		"P\tr:ca\tregion\tCalifornia\t37\t-120\tUS\t\t0",
		"P\tg:fresno\tcity\tFresno\t36.7\t-119.8\tUS\t\t500000",
		"P\tg:calif\tcity\tCalif\t10\t10\tXX\t\t50000",
		"N\tcalifornia\t0", "N\tcalif\t.0,2", "N\tfresno\t1",
	)
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text string
		want []string
	}{
		{"after a place and a comma", "He grew up in Fresno, Calif., and left.", []string{"Fresno=g:fresno", "Calif.=r:ca"}},
		{"after a name not in the gazetteer", "He grew up in Smallville, Calif., and left.", []string{"Calif.=r:ca"}},
		{"not elsewhere", "They flew to Calif. on Monday.", []string{"Calif=g:calif"}},
		{"nor without its full stop", "They flew to Fresno, Calif on Monday.", []string{"Fresno=g:fresno", "Calif=g:calif"}},
	} {
		if got := found(p.ParseArticle(art(tc.text))); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestCapitalAndDistrictOf runs the embedded gazetteer over made-up
// sentences: a name after "the <demonym> capital" and a comma is the
// capital, not a container; "the X district of Y" is a district near the
// city Y, not a region or a namesake far away. Each has a row where the
// rule must not fire.
func TestCapitalAndDistrictOf(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text string
		want []string // surface=kind
	}{
		{"the capital in apposition", "He flew to the Ugandan capital, Kampala, on Friday.",
			[]string{"Ugandan capital=capital", "Kampala=capital"}},
		{"a city and its region stay a container", "He flew to Kampala, Uganda, on Friday.",
			[]string{"Kampala=capital", "Uganda=country"}},
		{"a district of a city is no region", "He toured the Buenos Aires district of Trujillo.",
			[]string{"Trujillo=seat"}},
		{"a district of a country is left to the region rules", "He toured the Chiang Rai district of Thailand.",
			[]string{"Chiang Rai=region", "Thailand=country"}},
		{"a district alone is a region", "He toured the Chiang Rai district.", []string{"Chiang Rai=region"}},
	} {
		got := foundKinds(p.ParseArticle(art(tc.text)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}
