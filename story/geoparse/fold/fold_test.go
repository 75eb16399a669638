package fold

import (
	"testing"
	"unicode/utf8"
)

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Đồng Đăng", "dong dang"},
		{"Sant Julià de Lòria", "sant julia de loria"},
		{"U.S.", "u s"},
		{"Petropavlovsk-Kamchatsky", "petropavlovsk kamchatsky"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"  New   York ", "new york"},
		{"O'Hare", "o'hare"},
		{"vladivostok", "vladivostok"},
		{"", ""},
	} {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokens(t *testing.T) {
	text := "Russia’s far east, U.S. officials' visit to Kim's train in Đồng Đăng."
	toks := Tokens(text, nil)
	var keys []string
	for _, tk := range toks {
		keys = append(keys, tk.Key)
	}
	want := []string{"russia", "far", "east", "u", "s", "officials", "visit", "to", "kim", "train", "in", "dong", "dang"}
	if len(keys) != len(want) {
		t.Fatalf("keys %q, want %q", keys, want)
	}
	for i := range want {
		if keys[i] != want[i] {
			t.Fatalf("keys %q, want %q", keys, want)
		}
	}
	if !toks[0].Possessive || text[toks[0].Start:toks[0].End] != "Russia" || !toks[0].Cap {
		t.Errorf("token 0: %+v", toks[0])
	}
	if !toks[5].Possessive || toks[1].Cap || !toks[3].Dotted || !toks[8].Possessive {
		t.Errorf("flags: %+v %+v %+v %+v", toks[5], toks[1], toks[3], toks[8])
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Russia’s far east", "U.S.", "O'Hare's", "'s'", "\xff", "Đồng-Đăng"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokens(s, nil) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			prev = tk.End
			if !utf8.ValidString(tk.Key) && utf8.ValidString(s) {
				t.Fatalf("invalid key %q", tk.Key)
			}
		}
	})
}

// Rune agrees with Word rune by rune.
func TestRuneAgreesWithWord(t *testing.T) {
	for _, r := range "aZ09éÉßæÆøŁđĐœþıÅçñ" {
		if got, want := Rune(r), Word(string(r)); got != want {
			t.Errorf("Rune(%q) = %q, Word = %q", r, got, want)
		}
	}
	for _, r := range " .,-'’—\t€" {
		if got := Rune(r); got != "" {
			t.Errorf("Rune(%q) = %q, want none", r, got)
		}
	}
	if Rune('ß') != "ss" || Rune('Æ') != "ae" {
		t.Errorf("ß %q, Æ %q", Rune('ß'), Rune('Æ'))
	}
}

func TestJoinKeys(t *testing.T) {
	for _, tc := range []struct {
		text string
		sep  byte
		want string
	}{
		{"Sant Julià de Lòria", ' ', "sant julia de loria"},
		{"St Giles' Cathedral", '-', "st-giles-cathedral"},
		{"Đồng Đăng", '-', "dong-dang"},
		{"", ' ', ""},
	} {
		if got := JoinKeys(Tokens(tc.text, nil), tc.sep); got != tc.want {
			t.Errorf("JoinKeys(%q, %q) = %q, want %q", tc.text, tc.sep, got, tc.want)
		}
		if tc.sep == ' ' && JoinKeys(Tokens(tc.text, nil), ' ') != Key(tc.text) {
			t.Errorf("JoinKeys(%q) differs from Key", tc.text)
		}
	}
}
