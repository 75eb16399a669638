package lexicon

import "testing"

func TestPersonTitles(t *testing.T) {
	all := PersonTitles()
	for _, w := range []string{"president", "prime", "minister", "pope", "king", "sheikh", "spokesman", "mr", "gen",
		"st", "saint", "foreign", "deputy"} {
		if !all[w] {
			t.Errorf("PersonTitles() lacks %q", w)
		}
	}
	for _, w := range []string{"the", "visit", "moscow", "President", "mr."} {
		if all[w] {
			t.Errorf("PersonTitles() holds %q", w)
		}
	}
	// Every abbreviation and saint's title is a title.
	for w := range TitleAbbreviations() {
		if !all[w] {
			t.Errorf("abbreviation %q is not in PersonTitles()", w)
		}
	}
	for _, w := range SaintTitles() {
		if !all[w] {
			t.Errorf("saint's title %q is not in PersonTitles()", w)
		}
	}
	// except leaves words out, and each call gives a new set.
	some := PersonTitles(SaintTitles()...)
	if some["st"] || some["saint"] || some["ste"] || !some["pope"] {
		t.Errorf("PersonTitles(saints...) = %v", some)
	}
	some["moscow"] = true
	if PersonTitles()["moscow"] || !PersonTitles()["st"] {
		t.Error("PersonTitles shares its set between calls")
	}
	ab := TitleAbbreviations()
	if !ab["st"] || !ab["ste"] || !ab["mr"] || ab["president"] || ab["mt"] {
		t.Errorf("TitleAbbreviations() = %v", ab)
	}
}
