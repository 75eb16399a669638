package itinerary

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// knownByScan is the first implementation of nameWords.known, a substring
// search over every sentence for each word asked: the oracle for the
// one-pass index.
func knownByScan(docs []Doc, w string) bool {
	r, sz := utf8.DecodeRuneInString(w)
	capW := string(unicode.ToUpper(r)) + w[sz:]
	opens := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			for off := 0; ; {
				i := strings.Index(s.Text[off:], capW)
				if i < 0 {
					break
				}
				i += off
				off = i + len(capW)
				if off < len(s.Text) {
					if r2, _ := utf8.DecodeRuneInString(s.Text[off:]); isWordRune(r2) {
						continue
					}
				}
				if i == 0 {
					if opens++; opens == 2 {
						return true
					}
					continue
				}
				if midSentence(s.Text[:i]) {
					return true
				}
			}
		}
	}
	return false
}

func TestNameWordsIndexMatchesTheScan(t *testing.T) {
	docs := benchDocs(t, 40)
	docs = append(docs, Doc{Source: "x", Sentences: []Sentence{
		{Text: "Biden flew to Geneva. Putin said so."}, {Text: "Biden left. \"Kim arrived,\" said McKim."},
		{Text: "The Élysée palace; Élysée again, and O'Brien met DiMaggio."}, {Text: "Biden returned."},
	}})
	n := &nameWords{docs: docs}
	words := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, w := range strings.FieldsFunc(s.Text, func(r rune) bool { return !isWordRune(r) }) {
				words[strings.ToLower(w)] = true
			}
		}
	}
	if len(words) < 50 {
		t.Fatalf("only %d words to compare", len(words))
	}
	for w := range words {
		if got, want := n.known(w), knownByScan(docs, w); got != want {
			t.Errorf("known(%q) = %v, the scan says %v", w, got, want)
		}
	}
}
