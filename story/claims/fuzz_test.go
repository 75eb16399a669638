package claims

import (
	"strings"
	"testing"
)

func FuzzDiscover(f *testing.F) {
	f.Add("Kim will visit Russia \"in the coming days\".\nKim will visit Russia “in the coming days,” the Kremlin said.")
	f.Add("“unterminated\n”close first\n\"\"\n“”")
	f.Add("U.S. U.N. a.b.c. 2,500.5 Đồng Đăng ’s '")
	f.Add("Photo: x / AP\nJAKARTA, Indonesia — He flew from Jakarta to Dili in 2024.\n(Story continues below)\nBy Jane Doe")
	f.Add("RIO DE JANEIRO (AP) -- He left Rio for Lima.\nÉ—\nA —\n(\n©")
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		var docs []Doc
		for i, l := range lines {
			docs = append(docs, doc(string(rune('a'+i%3)), l, l+" "+l))
		}
		for _, g := range Discover(docs, Options{}) {
			if len(g.Sources) < 2 || g.ID == "" {
				t.Fatalf("bad group %+v", g)
			}
			for _, e := range g.Evidence {
				if e.Match != nil && (e.Match[0] < 0 || e.Match[1] > len(e.Text) || e.Match[0] > e.Match[1]) {
					t.Fatalf("bad match %v in %q", e.Match, e.Text)
				}
			}
		}
		_ = shorten(s)
	})
}

// FuzzSplitClauses: the clauses of any text are contiguous, non-empty and
// cover it, and Discover on docs with one source each (which compares
// clauses) gives evidence that is a whole sentence of its doc.
func FuzzSplitClauses(f *testing.F) {
	f.Add("The freighter was steaming from Busan to Hamburg when a typhoon battered the coast and snapped its moorings.")
	f.Add("Exports of copper rose sharply in the spring; imports of grain fell for the third straight month;;; ;")
	f.Add("The premier landed in Oslo on Sunday, after a long overnight flight, becoming the first leader to visit.")
	f.Add("when when when when when when when when when when when when when when, after, before; until")
	f.Fuzz(func(t *testing.T, s string) {
		if sp := splitClauses(s); sp != nil {
			if sp[0].start != 0 || sp[len(sp)-1].end != len(s) {
				t.Fatalf("clauses %v do not cover %q", sp, s)
			}
			for i, c := range sp {
				if c.start >= c.end || i > 0 && c.start != sp[i-1].end {
					t.Fatalf("clauses %v of %q", sp, s)
				}
			}
		}
		_ = clauseText(s)
		lines := strings.Split(s, ";")
		if len(lines) > 20 {
			lines = lines[:20]
		}
		var docs []Doc
		for i, l := range lines {
			docs = append(docs, doc(string(rune('a'+i)), s, l+" when "+l, l))
		}
		for _, g := range Discover(docs, Options{}) {
			for _, e := range g.Evidence {
				d := docs[e.Source[0]-'a']
				if e.Sentence < 0 || e.Sentence >= len(d.Sentences) || d.Sentences[e.Sentence].Text != e.Text {
					t.Fatalf("evidence %+v is not a sentence of %s", e, e.Source)
				}
				if e.Match != nil && (e.Match[0] < 0 || e.Match[1] > len(e.Text) || e.Match[0] > e.Match[1]) {
					t.Fatalf("bad match %v in %q", e.Match, e.Text)
				}
			}
		}
	})
}
