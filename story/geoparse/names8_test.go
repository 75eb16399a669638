package geoparse

import (
	"slices"
	"testing"
)

// TestDesignators runs the embedded gazetteer over made-up sentences that
// name a feature with a designator after a name the gazetteer holds
// without it, without the kind word the gazetteer's name has, or as "the"
// and a common word (issue 12, session 8).
func TestDesignators(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string // surface=kind
	}{
		{"a peninsula named after a region is found as the region, spanning the word", []string{
			"The storm crossed the Yucatán Peninsula and weakened.", "Volcanoes line the Kamchatka Peninsula."},
			[]string{"Yucatán Peninsula=region", "Kamchatka Peninsula=region"}},
		{"... but no town of the name is a peninsula", []string{"Troops landed on the Gallipoli Peninsula."}, nil},
		{"an island named with the island word in its own language", []string{
			"GIGLIO ISLAND, Italy (AP) — Tugs pulled the wreck away.", "Crowds watched from Giglio Island, a ferry ride from Rome."},
			[]string{"GIGLIO ISLAND=town", "Italy=country", "Giglio Island=town", "Rome=capital"}},
		{"... a region that the island word may not follow", []string{"Ferries sailed from Araucanía Island."}, nil},
		{"no town of the name is an island", []string{"The storm flattened homes on Union Island."}, nil},
		{"'the', a word and a name that ends its noun phrase is no town far off, its country named or not", []string{
			"In Brazil the helicopter flew over Manaus, where the dark Rio Negro runs."},
			[]string{"Brazil=country", "Manaus=seat", "Rio Negro=river"}},
		{"a region's name without its kind word", []string{"Pilgrims crossed Tibet to reach its capital.",
			"Tibet's monasteries reopened."}, []string{"Tibet=region", "Tibet=region"}},
		{"an island group's name as a plural", []string{"Veterans sailed back to the Falklands."},
			[]string{"Falklands=country"}},
		{"a given name inside a list of regions is the region", []string{
			"Crews from New South Wales, Victoria, Queensland and Tasmania flew in."},
			[]string{"New South Wales=region", "Victoria=region", "Queensland=region", "Tasmania=region"}},
		{"... not outside one", []string{"Crews from New South Wales and Victoria flew in.", "Victoria, his wife, left."},
			[]string{"New South Wales=region"}},
		{"'the' and a common word that names a sea, ending its noun phrase, is the sea", []string{
			"The Pacific has become a field of rivalry.", "It is the Atlantic's busiest lane."},
			[]string{"Pacific=sea", "Atlantic=sea"}},
		{"... not as an adjective", []string{"The Pacific island nations met."}, nil},
		{"... not a noun of land or water, a compass word or a word in a longer name", []string{
			"Fishermen on the Coast were warned.", "Northern leaders met.", "The Tibet Society spoke."}, nil},
		{"a kind word that continues a longer name is none", []string{
			"She spoke at the Yucatán Peninsula Research Institute."}, nil},
	} {
		got := foundKinds(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestVenueNamedAfterPerson checks that a small town before a venue name
// of the venue's own is part of that name, while a town before words that
// only describe the venue is its container.
func TestVenueNamedAfterPerson(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string // surface=kind
	}{
		{"a name of the venue's own after a small town", []string{
			"The minister was welcomed at Kingsford Smith Airport in Sydney."},
			[]string{"Kingsford Smith Airport=airport", "Sydney=seat"}},
		{"... only describing words after it", []string{
			"The minister was welcomed at Kingsford Railway Station in Sydney."},
			[]string{"Kingsford=town", "Kingsford Railway Station=station", "Sydney=seat"}},
	} {
		got := foundKinds(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestNamesOfStormsAndBodies runs the embedded gazetteer over made-up
// sentences where a town's name stands for a storm, a movement or a ship
// (issue 12, session 8), each with a row where the rule must not fire.
func TestNamesOfStormsAndBodies(t *testing.T) {
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
		{"a storm noun names a storm, alone later too", []string{
			"Hurricane Harvey flooded Houston.", "Damage from Harvey ran to billions of dollars."},
			[]string{"Houston"}},
		{"... without the storm noun the town stays", []string{"Crews drove from Harvey to New Orleans."},
			[]string{"Harvey", "New Orleans"}},
		{"... a storm noun in an institution's name names no storm", []string{
			"The National Hurricane Center in Miami issued a warning for Houston."},
			[]string{"National Hurricane Center", "Miami", "Houston"}},
		{"a far-off city whose name the article gives a beach is not where the beach is", []string{
			"The pope said Mass on Lobito beach, south of Iquique.", "Pilgrims slept at Lobito."},
			[]string{"Iquique"}},
		{"... a city near the article's places is", []string{"Crowds swam off Lobito beach, north of Benguela."},
			[]string{"Lobito", "Benguela"}},
		{"'the' and a town's name ending its noun phrase is no town far from the article's places", []string{
			"Crews in Halifax searched for the Titan.", "They met the crew of the Lobito."}, []string{"Halifax"}},
		{"... a town close to them is", []string{"Crews in Sydney searched for the Kingsford."},
			[]string{"Sydney", "Kingsford"}},
		{"... and so is a town after 'the' that describes something", []string{
			"Crews in Halifax met the Lobito police."}, []string{"Halifax", "Lobito"}},
		{"... and a river of the name is kept", []string{"The helicopter flew over the Rio Negro near Manaus."},
			[]string{"Rio Negro", "Manaus"}},
		{"an alternate name used as no place needs support", []string{
			"The talks in Cairo covered the war between Israel and Hamas.", "Hamas leaders were not invited."},
			[]string{"Cairo", "Israel"}},
		{"... an exonym used as a place does not", []string{"The envoys met in Geneva on Monday."},
			[]string{"Geneva"}},
		{"... nor one after a verb of leaving and 'for', a verb taking a place or a compass word and 'of'", []string{
			"Talks in Lima ended.", "A ferry bound for Geneva left.", "The minister will visit Geneva.",
			"Lyon lies 110 km south-west of Geneva."}, []string{"Lima", "Geneva", "Geneva", "Lyon", "Geneva"}},
		{"... nor one before a verb of position", []string{"Talks in Lima ended.", "Geneva lies on a lake."},
			[]string{"Lima", "Geneva"}},
		{"... an exonym neither used as a place nor near a place of the article needs support", []string{
			"Talks in Lima ended.", "Geneva was quiet."}, []string{"Lima"}},
		{"a ship's last word after a locative and 'the' is still the ship", []string{
			"The Costa Concordia was towed away from Italy.", "A flag flew from the Concordia."},
			[]string{"Italy"}},
		{"... and a surname after a locative and 'the' is still the person", []string{
			"Chelsea Clinton spoke.", "She drove to the Clinton library."}, nil},
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
