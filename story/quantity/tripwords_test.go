package quantity

import "testing"

// tripWordCases are sentences and clauses with and without a trip word,
// including the cases where a word only starts like one, the two-word
// "by car", and the non-ASCII letters that fold to ASCII ones.
var tripWordCases = []struct {
	s    string
	want bool
}{
	{"a 420-mile trip from Pyongyang", true},
	{"The convoy drove 300 km from Moscow to Omsk", true},
	{"They were driven from Kalamata", true},
	{"He DRIVES there", true},
	{"the drivers waited", false},
	{"travellers and Travel-agents", true},
	{"railways", true},
	{"the trail", false},
	{"tripod", false},
	{"a_trip", false},
	{"3trip", false},
	{"by car", true},
	{"By Bus, then", true},
	{"by  car", false},
	{"by cars", false},
	{"nearby car", false},
	{"bycar", false},
	{"covering 40 km", true},
	{"the coverage", false},
	{"motorcade", true},
	{"motorcades", false},
	{"Pylos lies 50 km from Kalamata", false},
	{"ſail", false},
	{"xſail", true},
	{"wal\u212a", false},
	{"wal\u212aer", true},
	{"“trip”", true},
	{"fly—", true},
	{"", false},
	{"é trip é", true},
	{"\xff\xfetrip", true},
}

func TestHasTripWord(t *testing.T) {
	for _, c := range tripWordCases {
		if got := hasTripWord(c.s); got != c.want {
			t.Errorf("hasTripWord(%q) = %v, want %v", c.s, got, c.want)
		}
		if ref := tripWordsRe.MatchString(c.s); ref != c.want {
			t.Errorf("the case %q is wrong: tripWordsRe says %v", c.s, ref)
		}
	}
}

// FuzzHasTripWord holds hasTripWord to the regexp it stands for.
func FuzzHasTripWord(f *testing.F) {
	for _, c := range tripWordCases {
		f.Add(c.s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasTripWord(s), tripWordsRe.MatchString(s); got != want {
			t.Fatalf("hasTripWord(%q) = %v, the regexp says %v", s, got, want)
		}
	})
}
