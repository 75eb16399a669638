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
