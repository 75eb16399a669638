package lexicon

import "strings"

// titleAbbreviations are the titles written abbreviated with a full stop
// before a name ("Mr. Kim", "Gen. Gerasimov", "St. Anne", "Lac Ste. Anne"):
// such a full stop never ends a sentence.
const titleAbbreviations = `mr mrs ms dr st ste gen gov sen rep prof lt col capt sgt rev pres adm maj cmdr amb messrs`

// personTitles are the words, in lower case, written before a person's
// name: offices ("President Putin", "Prime Minister Modi"), ranks and
// honours ("Admiral", "Sir"), the words that open an office's name ("Vice",
// "Foreign", "Deputy"), kinship and occupations that head a name ("son
// Suleman", "spokesman Dmitry Peskov", "coach Lionel Scaloni"), a saint's
// title ("Saint", "St"), and the abbreviations above.
const personTitles = `president vice prime minister mr mrs ms miss dr sir dame lord lady king queen prince
princess emperor pope chancellor premier governor mayor senator representative congressman congresswoman
secretary chairman chairwoman chair leader spokesman spokeswoman spokesperson adviser advisor envoy ambassador
general admiral colonel lieutenant captain sergeant commander chief director judge justice professor reverend
father sister brother uncle aunt wife husband son daughter dictator ruler journalist reporter analyst
correspondent author ceo founder head official actor actress singer player coach saint foreign defense defence
deputy comrade marshal sheikh emir sultan ` + titleAbbreviations

// PersonTitles returns a new set of the lower-case words written before a
// person's name (see personTitles), without the words of except: a reader
// that needs fewer says which and why beside its call. The set is the
// caller's to change.
func PersonTitles(except ...string) map[string]bool {
	m := setOf(personTitles)
	for _, w := range except {
		delete(m, w)
	}
	return m
}

// TitleAbbreviations returns a new set of the titles written abbreviated
// with a full stop ("mr", "gen", "st"; lower case, without the
// stop), all of them in PersonTitles. The set is the caller's to change.
func TitleAbbreviations() map[string]bool {
	return setOf(titleAbbreviations)
}

// SaintTitles returns the titles in PersonTitles that open a saint's name,
// which is often a place's ("St. Petersburg", "Saint-Denis", "St.
// Anne").
func SaintTitles() []string { return []string{"saint", "st", "ste"} }

func setOf(words string) map[string]bool {
	f := strings.Fields(words)
	m := make(map[string]bool, len(f))
	for _, w := range f {
		m[w] = true
	}
	return m
}
