package claims

import "testing"

// Claims fold words as the geoparser does (story/geoparse/fold): "Straße"
// and "Strasse", "Æsir" and "Aesir" are the same word.
func TestFoldAgreesWithTheGeoparser(t *testing.T) {
	for _, pair := range [][2]string{{"Straße", "Strasse"}, {"Æsir", "Aesir"}, {"Łódź", "Lodz"}, {"Đà Nẵng", "Da Nang"}} {
		a, b := tokenize(pair[0], nil), tokenize(pair[1], nil)
		if len(a) != len(b) {
			t.Errorf("%q → %v, %q → %v", pair[0], a, pair[1], b)
			continue
		}
		for i := range a {
			if a[i].word != b[i].word {
				t.Errorf("%q → %q, %q → %q", pair[0], a[i].word, pair[1], b[i].word)
			}
		}
	}
}
