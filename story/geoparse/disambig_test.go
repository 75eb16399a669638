package geoparse

import (
	"slices"
	"testing"
)

// world is a synthetic gazetteer for the disambiguation rules: two
// countries far apart, namesakes in both, and a border area.
func world(t *testing.T) *Gazetteer {
	return synth(t,
		rec("country:AA", "country", "Alphaland", 10, 10, "AA", 0),
		rec("country:BB", "country", "Betaland", 40, 60, "BB", 0),
		"D\tcountry:AA\tAlphalander",
		"D\tcountry:BB\tBetalander",
		// namesakes: a big one in BB, a small one in AA
		rec("g:1", "city", "Springfield", 40.5, 60.5, "BB", 2000000),
		rec("g:2", "city", "Springfield", 10.2, 10.1, "AA", 20000),
		// an unambiguous anchor next to the small Springfield
		rec("g:3", "city", "Lakeside", 10.4, 10.3, "AA", 50000),
		// class: a capital smaller than a city of the same name
		rec("g:4", "capital", "Capitola", 10.0, 11.0, "AA", 200000),
		rec("g:5", "city", "Capitola", 40.0, 61.0, "BB", 1000000),
		// population only
		rec("g:6", "city", "Twin", 10.0, 12.0, "AA", 30000),
		rec("g:7", "city", "Twin", 40.0, 62.0, "BB", 300000),
		// border town: small town next to AA places; big namesake in BB
		rec("g:8", "town", "Borderton", 10.6, 10.6, "AA", 2500),
		rec("g:9", "city", "Borderton", 41.0, 59.0, "BB", 800000),
		rec("g:10", "town", "Hamlet", 10.5, 10.5, "AA", 2000),
		rec("g:11", "seat", "Seatville", 40.2, 60.2, "BB", 50000),
		rec("g:12", "city", "Seatville", 10.3, 10.9, "AA", 100000),
		// known by an alternate name ("~" in the data): a minor place in BB
		// and a major one in AA
		"P\tg:13\tcity\tOldtown\t40.3\t60.3\tBB\t\t90000",
		"P\tg:14\tcity\tMegacity\t10.1\t10.8\tAA\t\t5000000",
		"N\tnicknameton\t~14",
		"N\tbigalias\t~15",
		// "Capitolia" names a capital and, as an alternate name, a bigger city
		"P\tg:15\tcapital\tCapitolia\t12.0\t12.0\tAA\t\t300000",
		"P\tg:16\tseat\tGreater Capitolia\t12.1\t12.1\tAA\t\t9000000",
		"N\tcapitolia\t16,~17",
		// same country, two provinces: a small seat near Lakeside, a big city far away
		"P\tg:17\tseat\tNewbury\t10.7\t10.2\tAA\t01\t9000",
		"P\tg:18\tcity\tNewbury\t14.0\t16.0\tAA\t07\t600000",
		"N\tnewbury\t18,19",
		// a capital and a smaller but not minor namesake in another country
		rec("g:20", "capital", "Athenia", 10.5, 11.5, "AA", 600000),
		rec("g:21", "seat", "Athenia", 40.6, 60.6, "BB", 150000),
		rec("country:CC", "country", "Gammaland", -30, -60, "CC", 0),
		// a minor city with a town for namesake, and an anchor near it
		rec("g:22", "city", "Farville", 40.1, 60.1, "BB", 20000),
		rec("g:24", "town", "Farville", -30.1, -60.1, "CC", 900),
		rec("g:23", "city", "Betacity", 40.4, 60.4, "BB", 500000),
		// a minor seat, the only place of its name, far from Lakeside
		rec("g:25", "seat", "Farvale", 40.2, 60.2, "BB", 3000),
		// a seat of its own name far away, and a city next to Lakeside that
		// has that name as an alternate one
		"P\tg:26\tseat\tSamara\t40.7\t60.7\tBB\t\t500000",
		"P\tg:27\tcity\tTemir\t10.45\t10.35\tAA\t\t170000",
		"N\tsamara\t27,~28",
		// a big capital, and a village of its name next to Betacity
		rec("g:28", "capital", "Buena", -30.5, -60.5, "CC", 2900000),
		rec("g:29", "town", "Buena", 40.45, 60.45, "BB", 1700),
		// a country whose capital GeoNames also calls by the country's name
		"P\tcountry:DD\tcountry\tDeltaland\t26\t36\tDD\t\t0",
		// a city 500 km from Athenia's seat namesake
		rec("g:31", "city", "Midtown", 45.0, 60.6, "BB", 200000),
		"P\tg:30\tcapital\tDeltaland City\t20.1\t30.1\tDD\t\t5000000",
		"N\tdeltaland city\t33",
		"N\tdeltaland\t31,~33",
		// a big capital, and a minor seat of its name next to the big Twin
		// and to Betacity
		rec("g:32", "capital", "Buenos", -30.6, -60.6, "CC", 2900000),
		rec("g:33", "seat", "Buenos", 40.1, 62.1, "BB", 9000),
		// a city next to Buena (a capital with a village namesake: resolved
		// among namesakes) and a bigger one of its name in Betaland, far off
		rec("g:40", "city", "Kingsford", -30.2, -60.2, "CC", 40000),
		rec("g:41", "city", "Kingsford", 41.5, 61.5, "BB", 150000),
		// a town next to the big Twin, and a city of its name next to Buena
		rec("g:42", "city", "Eton", -30.3, -60.3, "CC", 33000),
		rec("g:43", "town", "Eton", 40.2, 62.2, "BB", 2000),
		// a region of Betaland without bounds or admin code: it holds Betaland's places
		rec("r:beta", "region", "Betaregion", 41, 61, "BB", 0),
	)
}

func TestDisambiguation(t *testing.T) {
	p := NewParser(world(t), nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"no context: bigger population", []string{"They met in Springfield."}, []string{"Springfield=g:1"}},
		{"close to an unambiguous place in the article",
			[]string{"They met in Springfield.", "Later they drove to Lakeside."},
			[]string{"Springfield=g:2", "Lakeside=g:3"}},
		{"in a country the article names", []string{"Alphaland hosted talks in Springfield."},
			[]string{"Alphaland=country:AA", "Springfield=g:2"}},
		{"a demonym names the country", []string{"Alphalander officials met in Springfield."},
			[]string{"Springfield=g:2"}},
		{"proximity beats the country set", []string{"Betaland sent envoys to Springfield, near Lakeside."},
			[]string{"Betaland=country:BB", "Springfield=g:2", "Lakeside=g:3"}},
		{"feature class: capital over a bigger city", []string{"They flew to Capitola."}, []string{"Capitola=g:4"}},
		{"feature class: seat over a bigger city", []string{"They flew to Seatville."}, []string{"Seatville=g:11"}},
		{"population when class is equal", []string{"They flew to Twin."}, []string{"Twin=g:7"}},
		{"border town next to places in one country, not the bigger namesake",
			[]string{"The train crossed at Borderton, a short ride from Lakeside and Springfield in Alphaland."},
			[]string{"Borderton=g:8", "Lakeside=g:3", "Springfield=g:2", "Alphaland=country:AA"}},
		{"a minor place known by an alternate name needs support", []string{"They met in Nicknameton."}, nil},
		{"... which its country gives", []string{"They met in Nicknameton, Betaland."},
			[]string{"Nicknameton=g:13", "Betaland=country:BB"}},
		{"a major place needs none", []string{"They met in Bigalias."}, []string{"Bigalias=g:14"}},
		{"a name beats an alternate name", []string{"They flew to Capitolia."}, []string{"Capitolia=g:15"}},
		{"border town: not the bigger namesake in another province of the same country",
			[]string{"Lakeside and Newbury flooded."}, []string{"Lakeside=g:3", "Newbury=g:17"}},
		{"naming a country does not lift a namesake over a capital",
			[]string{"Betaland and Gammaland sent envoys.", "They flew on to Athenia."},
			[]string{"Betaland=country:BB", "Gammaland=country:CC", "Athenia=g:20"}},
		{"... but a place of the article close to it does",
			[]string{"Betaland sent envoys from Betacity to Athenia."},
			[]string{"Betaland=country:BB", "Betacity=g:23", "Athenia=g:21"}},
		{"... and without a country the capital", []string{"They flew to Athenia."}, []string{"Athenia=g:20"}},
		{"a minor city among namesakes far from all the article's places is dropped",
			[]string{"They left Lakeside and drove to Farville."}, []string{"Lakeside=g:3"}},
		{"... kept near one of them", []string{"They left Betacity and drove to Farville."},
			[]string{"Betacity=g:23", "Farville=g:22"}},
		{"... or alone", []string{"They drove to Farville."}, []string{"Farville=g:22"}},
		{"... or confirmed by its container", []string{"They left Lakeside for Farville, Betaland."},
			[]string{"Lakeside=g:3", "Farville=g:22", "Betaland=country:BB"}},
		{"the only place of its name, minor, with nothing for it in the article is dropped",
			[]string{"Officials in Lakeside reported the loss of the Farvale."}, []string{"Lakeside=g:3"}},
		{"... kept when the text uses it as a place", []string{"Officials in Lakeside flew to Farvale."},
			[]string{"Lakeside=g:3", "Farvale=g:25"}},
		{"... or lists it after one so used", []string{"Officials flew to Lakeside and Farvale."},
			[]string{"Lakeside=g:3", "Farvale=g:25"}},
		{"... or names its country", []string{"Officials in Lakeside and Betaland praised Farvale."},
			[]string{"Lakeside=g:3", "Betaland=country:BB", "Farvale=g:25"}},
		{"... or a region holding it", []string{"Officials in Lakeside and Betaregion praised Farvale."},
			[]string{"Lakeside=g:3", "Betaregion=r:beta", "Farvale=g:25"}},
		{"... or a place near it", []string{"Officials in Betacity praised the Farvale."},
			[]string{"Betacity=g:23", "Farvale=g:25"}},
		{"... or when it is the article's only place", []string{"Officials praised the Farvale."},
			[]string{"Farvale=g:25"}},
		{"... and a big city needs none", []string{"Officials in Lakeside praised the Betacity team."},
			[]string{"Lakeside=g:3", "Betacity=g:23"}},
		{"a name of a major place's own beats an alternate name close by",
			[]string{"They left Lakeside and flew to Samara."}, []string{"Lakeside=g:3", "Samara=g:26"}},
		{"a capital's own name beats a village of that name close by",
			[]string{"Betaland sent envoys from Betacity to Buena."},
			[]string{"Betaland=country:BB", "Betacity=g:23", "Buena=g:28"}},
		{"... and so does a minor namesake supported only by a place resolved among namesakes",
			[]string{"Betaland sent envoys from Twin to Buenos."},
			[]string{"Betaland=country:BB", "Twin=g:7", "Buenos=g:32"}},
		{"... unlike one next to an unambiguous place", []string{"Betaland sent envoys from Betacity to Buenos."},
			[]string{"Betaland=country:BB", "Betacity=g:23", "Buenos=g:33"}},
		{"naming a country does not lift a settlement over a namesake close to a place of the article",
			[]string{"Betaland sent envoys from Buena to Kingsford."},
			[]string{"Betaland=country:BB", "Buena=g:28", "Kingsford=g:40"}},
		{"a town close only to a place resolved among namesakes loses to a bigger namesake close to one",
			[]string{"Betaland sent envoys from Buena and Twin to Eton."},
			[]string{"Betaland=country:BB", "Buena=g:28", "Twin=g:7", "Eton=g:42"}},
		{"a country's own name beats its capital's alternate one",
			[]string{"They flew to Deltaland City.", "Deltaland signed."},
			[]string{"Deltaland City=g:30", "Deltaland=country:DD"}},
		{"... nor with a place of the article only within 1000 km",
			[]string{"Betaland sent envoys from Midtown to Athenia."},
			[]string{"Betaland=country:BB", "Midtown=g:31", "Athenia=g:20"}},
		{"a town needs a nearby place", []string{"They stopped in Hamlet."}, nil},
		{"a town near a resolved place", []string{"They stopped in Hamlet on the way to Lakeside."},
			[]string{"Hamlet=g:10", "Lakeside=g:3"}},
	} {
		got := found(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestTownInNamedRegion: a town with no place of the article near it is
// supported by a region the article names that holds it (bounds, or the
// point of a region without bounds within regionNearKm), not by a region
// elsewhere in its country. Made-up sentences, embedded gazetteer.
func TestTownInNamedRegion(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"a town in the region named", []string{"They flew to the Hautes-Pyrénées.", "She lived in Bagnères-de-Bigorre."},
			[]string{"Hautes-Pyrénées", "Bagnères-de-Bigorre"}},
		{"a town of the same country far from it is not supported", []string{"They flew to the Hautes-Pyrénées.",
			"She lived in Honfleur."}, []string{"Hautes-Pyrénées"}},
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
