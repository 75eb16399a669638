package geoparse

import (
	"slices"
	"testing"
)

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
