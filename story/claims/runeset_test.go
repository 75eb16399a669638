package claims

import (
	"strings"
	"testing"
)

// runeSets are the sets claims looks for.
var runeSets = []string{"\"“”„«»", "\"“”„«", "\"“”"}

func TestContainsAnyRune(t *testing.T) {
	for _, c := range []struct {
		s, set string
		want   bool
	}{
		{"He said “no” to it", "\"“”„«»", true},
		{"He said no — to it", "\"“”„«»", false},
		{"«Non»", "\"“”", false},
		{"«Non»", "\"“”„«", true},
		{"a \"b\"", "\"“”", true},
		{"", "\"“”", false},
		{"\xe2\x80", "\"“”", false},
		{"\xe2\xe2\x80\x9c", "\"“”", true},
		{"\x80\x9c", "\"“”", false},
	} {
		if got := containsAnyRune(c.s, c.set); got != c.want {
			t.Errorf("containsAnyRune(%q, %q) = %v, want %v", c.s, c.set, got, c.want)
		}
		if ref := strings.ContainsAny(c.s, c.set); ref != c.want {
			t.Errorf("the case %q, %q is wrong: strings.ContainsAny says %v", c.s, c.set, ref)
		}
	}
}

// FuzzContainsAnyRune holds containsAnyRune to strings.ContainsAny on the
// sets claims uses.
func FuzzContainsAnyRune(f *testing.F) {
	f.Add("He said “no” — «non»")
	f.Add("\xe2\xe2\x80\x9c\xc2")
	f.Fuzz(func(t *testing.T, s string) {
		for _, set := range runeSets {
			if got, want := containsAnyRune(s, set), strings.ContainsAny(s, set); got != want {
				t.Fatalf("containsAnyRune(%q, %q) = %v, strings.ContainsAny says %v", s, set, got, want)
			}
		}
	})
}
