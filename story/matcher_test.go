package story

import (
	"strings"
	"testing"
)

func TestClaimMatcher(t *testing.T) {
	tests := []struct {
		matcher  string
		sentence string
		want     string // matched text, "" for no match
	}{
		{"in the coming days", `Kim will visit Russia at the invitation of Putin “in the coming days,” according to the Kremlin.`, "in the coming days"},
		{"In The   Coming\tDays", "visit Russia in the\ncoming  days.", "in the\ncoming  days"},
		{`"huge mistake"`, "calling it a “huge mistake.”", ""}, // the quote closes after the full stop
		{`"huge mistake.”`, `it would be a "huge mistake." for North Korea`, `"huge mistake."`},
		{"Kim's train", "Russian state media showed Kim’s train arriving.", "Kim’s train"},
		{"Kim’s train", "Russian state media showed Kim's train arriving.", "Kim's train"},
		{"train", "the trains left", ""},
		{"train", "the armored train left", "train"},
		{"U.S.", "former U.S. President Donald Trump", "U.S."},
		{"U.S.", "the USSR", ""},
		{"420-mile", "After his 420-mile trip from Pyongyang", "420-mile"},
		{"20-mile", "After his 420-mile trip", ""},
		{"/\\b4[23]0[- ]miles?\\b/", "a mere 430 miles northeast", "430 miles"},
		{"/pay (a|the) price/", "Pyongyang will “pay a price” if it follows through", "pay a price"},
		{"/KCNA/", "state news agency kcna also confirmed", "kcna"},
		{"Пхеньян", "поезд из ПХЕНЬЯНА", ""},
		{"Пхеньяна", "поезд из ПХЕНЬЯНА вышел", "ПХЕНЬЯНА"},
	}
	for _, tt := range tests {
		m, err := CompileClaim(&Claim{ID: "c", Matchers: []string{tt.matcher}})
		if err != nil {
			t.Fatalf("%q: %v", tt.matcher, err)
		}
		s, e, ok := m.Match(tt.sentence)
		got := ""
		if ok {
			got = tt.sentence[s:e]
		}
		if got != tt.want {
			t.Errorf("matcher %q on %q: got %q, want %q", tt.matcher, tt.sentence, got, tt.want)
		}
	}
}

func TestClaimMatcherOrderAndIndex(t *testing.T) {
	m, err := CompileClaim(&Claim{ID: "c", Matchers: []string{"absent phrase", "/arm(s|ored)/"}})
	if err != nil {
		t.Fatal(err)
	}
	i, s, e, ok := m.MatchIndex("supply arms to Russia")
	if !ok || i != 1 || s != 7 || e != 11 {
		t.Errorf("got %d %d %d %v", i, s, e, ok)
	}
}

func TestCompileClaimErrors(t *testing.T) {
	tests := []struct {
		matchers []string
		want     string
	}{
		{nil, `claim "x": no matchers`},
		{[]string{"ok", "/(unclosed/"}, `claim "x": matchers[1] "/(unclosed/": not a valid RE2 regular expression: missing closing )`},
		{[]string{"/(?<=a)b/"}, `claim "x": matchers[0] "/(?<=a)b/": not a valid RE2`},
		{[]string{"//"}, `matchers[0] "//": empty regular expression`},
		{[]string{"/a*/"}, `matchers[0] "/a*/": regular expression matches the empty string`},
		{[]string{"ok", "ok", "  "}, `matchers[2] "  ": empty phrase`},
	}
	for _, tt := range tests {
		_, err := CompileClaim(&Claim{ID: "x", Matchers: tt.matchers})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err %v, want %q", tt.matchers, err, tt.want)
		}
	}
}

func FuzzClaimMatcher(f *testing.F) {
	f.Add("in the coming days", `Kim will visit “in the coming days,” the Kremlin said.`)
	f.Add("/pay (a|the) price/", "Pyongyang will “pay a price”.")
	f.Add("Kim's", "Kim’s train")
	f.Add("/(/", "x")
	f.Add("ü", "Ü\xff")
	f.Fuzz(func(t *testing.T, matcher, sentence string) {
		m, err := CompileClaim(&Claim{ID: "f", Matchers: []string{matcher}})
		if err != nil {
			if !strings.Contains(err.Error(), `claim "f"`) {
				t.Fatalf("error does not name the claim: %v", err)
			}
			return
		}
		s, e, ok := m.Match(sentence)
		if ok && (s < 0 || e < s || e > len(sentence)) {
			t.Fatalf("bad range %d..%d in %d bytes", s, e, len(sentence))
		}
		if ok && e == s {
			t.Fatalf("empty match of %q in %q", matcher, sentence)
		}
	})
}
