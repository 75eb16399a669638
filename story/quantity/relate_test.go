package quantity

import (
	"testing"

	"github.com/paulmach/orb"
)

// A distance is checked only against the places the sentence relates it
// to. Each row: the sentence, the focus place of its article (added by the
// lookup with Start -1, as story/analysis does, "" for none), and the
// expected pair ("" when no great-circle check must be made).
func TestRelatedPlaces(t *testing.T) {
	points := map[string]orb.Point{
		"Lima": {-77.04, -12.05}, "Manaus": {-60.02, -3.12}, "Rio de Janeiro": {-43.2, -22.9},
		"Sydney": {151.21, -33.87}, "Canberra": {149.13, -35.28}, "Pyongyang": pyongyang, "Vladivostok": vladivostok,
		"Singapore": {103.82, 1.35}, "Kyiv": {30.52, 50.45}, "Przemyśl": {22.77, 49.78}, "Budapest": {19.04, 47.5},
		"Belgrade": {20.46, 44.82}, "Juba": {31.58, 4.85}, "Rome": {12.5, 41.9}, "Jakarta": {106.85, -6.21},
		"Istiqlal Mosque": {106.8313, -6.17},
	}
	for _, c := range []struct {
		s, focus, want string
	}{
		// must fire
		{"Singapore is about 5,000 km from Pyongyang.", "", "Singapore-Pyongyang"},
		{"Przemyśl lies about 560 kilometres west of Kyiv in a straight line.", "", "Przemyśl-Kyiv"},
		{"Vladivostok, which is a mere 430 miles northeast of Pyongyang, hosts the forum.", "", "Vladivostok-Pyongyang"},
		{"Manaus and Rio de Janeiro are about 2,850 kilometres apart.", "", "Manaus-Rio de Janeiro"},
		{"The railway between Budapest and Belgrade, a line of about 350 kilometres, is being rebuilt.", "", "Budapest-Belgrade"},
		{"On Sunday he flies 2,100 km from Lima to Manaus.", "", "Lima-Manaus"},
		{"He had come from the summit in Lima, about 2,100 kilometres to the west.", "Manaus", "Lima-Manaus"},
		{"The plane was due in Rome, some 4,500 kilometres to the north.", "Juba", "Rome-Juba"},
		{"It lies 250 km north-east of Canberra.", "Sydney", "Sydney-Canberra"},
		{"The city lies about 560 kilometres west of Kyiv.", "Przemyśl", "Przemyśl-Kyiv"},
		// must not fire: the number is not about a pair the sentence names
		{"The pope left Jakarta, where 4,000 km of coast await, and flew on to Manaus.", "", ""},
		{"A line that stretched for about 10 miles along the river to Kyiv.", "", ""},
		{"The airport lies about 40 kilometres east of the city, near Juba.", "Rome", ""},
		{"Sydney is 250 km away.", "", ""},
		// nor when the subject is a thing or a person, not the article's place
		{"The convoy is driven about 60 km east to Przemyśl.", "Kyiv", ""},
		{"The ferry went down about 50 miles from Sydney.", "Canberra", ""},
		{"The wreck lies roughly 700 km south of Singapore.", "Jakarta", ""},
		{"It sank late on Tuesday, some 47 nautical miles south-west of Sydney.", "Canberra", ""},
		{"Pyongyang is 500 km away, Vladivostok said.", "", ""},
		{"He walked in Jakarta, and the tree can grow 50 metres tall.", "Manaus", ""},
		{"The tunnel runs 28.3 metres beneath a road from the Istiqlal Mosque to Jakarta.", "", ""},
	} {
		lookup := func(s string) []Place {
			ps := PlacesByName(points)(s)
			if c.focus != "" && len(ps) == 1 && ps[0].Name != c.focus {
				ps = append(ps, Place{Name: c.focus, Point: points[c.focus], Start: -1, End: -1})
			}
			return ps
		}
		cs := Checks(Extract("x", sents(c.s)), lookup, nil)
		got := ""
		for _, ch := range cs {
			if ch.Computed.Method == "great-circle" {
				got = ch.From + "-" + ch.To
			}
		}
		if got != c.want {
			t.Errorf("%q: checked %q, want %q", c.s, got, c.want)
		}
	}
}

// FocusEnd: the article's place may stand for a distance's unnamed end
// only where Checks lets it.
func TestFocusEnd(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"After his 420-mile trip from Pyongyang by armored train, he was greeted.", true},
		{"It lies 250 km north-east of Canberra.", true},
		{"He had come from the summit in Lima, about 2,100 kilometres to the west.", true},
		{"The trawler sank about 80 km from Pylos.", false},
		{"The wreck lies roughly 700 km south of Singapore.", false},
		{"Survivors said the boat, 30 metres long, was overloaded.", false},
	} {
		qs := Extract("x", sents(c.s))
		got := false
		for i := range qs {
			if qs[i].Kind == Distance && FocusEnd(&qs[i]) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("FocusEnd(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
