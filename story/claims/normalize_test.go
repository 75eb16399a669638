package claims

import (
	"slices"
	"strings"
	"testing"
)

func words(s string) string {
	var out []string
	for _, t := range tokenize(s, nil) {
		if !t.stop {
			out = append(out, t.word)
		}
	}
	return strings.Join(out, " ")
}

func TestTokenize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Kim Jong Un told reporters", "kim say reporter"},
		{"The U.S. said", "usa say"},
		{"the United States announced", "usa say"},
		{"Đồng Đăng station", "dong dang station"},
		{"North Korea’s weapons, arms and ammunition", "north korea arms arms arms"},
		{"far-eastern city", "fareast city"},
		{"2,500 miles", "2500 mile"},
		{"meetings, summits and talks", "meet meet meet"},
		{"in the coming days", "come day"},
		{"the yacht vanished; the crew disappeared and went missing", "yacht missing crew missing went missing"},
		{"six were killed, four died, two dead, the deaths", "six dead four dead two dead dead"},
		{"", ""},
		{"!!! ??? ...", ""},
	} {
		if got := words(c.in); got != c.want {
			t.Errorf("words(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	s := "Kim’s “huge mistake”, U.S. said."
	for _, tk := range tokenize(s, nil) {
		if tk.start < 0 || tk.end > len(s) || tk.start >= tk.end {
			t.Fatalf("bad range %+v in %q", tk, s)
		}
	}
}

func TestShorten(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Kim will visit Russia, the Kremlin said Monday.", "Kim will visit Russia"},
		{"Earlier, South Korean media reported Kim had left.", "South Korean media reported Kim had left"},
		{"Pyongyang was warned, saying it would pay a price.", "Pyongyang was warned, saying it would pay a price"},
		{"Russia seeks ammunition from North Korea to refill reserves, according to U.S. officials.",
			"Russia seeks ammunition from North Korea to refill reserves"},
	} {
		if got := shorten(c.in); got != c.want {
			t.Errorf("shorten(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	long := strings.Repeat("word ", 60)
	if got := shorten(long); len(got) > maxLabel+len("…") {
		t.Errorf("shorten of %d bytes gave %d bytes", len(long), len(got))
	}
}

// TestTokenizeInternSameTokens: with a map shared across sentences,
// tokenizeIntern gives the tokens tokenize gives, for words seen before in
// another form (an acronym, a possessive, a stop word, a stemmed word).
func TestTokenizeInternSameTokens(t *testing.T) {
	intern := map[string]internWord{}
	for _, s := range []string{
		"The U.S. envoy said the talks were running late.",
		"Us and them: the US envoy's talks ran late, us said.",
		"Kim's train arrived; the trains' crews rested, 2,500 km later.",
		"U.N. officials and the UN's officials met the U.S.",
		"'s 's' ' the's",
	} {
		for pass := 0; pass < 2; pass++ {
			got := tokenizeIntern(s, nil, intern)
			want := tokenize(s, nil)
			if !slices.Equal(got, want) {
				t.Errorf("pass %d of %q:\n got %v\nwant %v", pass, s, got, want)
			}
		}
	}
}
