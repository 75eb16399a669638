package geoparse

import (
	"slices"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/article"
)

// TestCRLFAndBOM parses the same article with LF, CRLF and a byte order
// mark: the places and their offsets into the sentences must agree.
func TestCRLFAndBOM(t *testing.T) {
	p := NewParser(guardWorld(t), nil)
	text := "PYONGYANG, North Korea — Leader Kim Jong Un left for Russia.\n\nHe will reach Vladivostok on Tuesday, " +
		"officials in Pyongyang said.\n"
	var ref []string
	for i, variant := range []string{
		text,
		strings.ReplaceAll(text, "\n", "\r\n"),
		"\ufeff" + strings.ReplaceAll(text, "\n", "\r\n"),
	} {
		a, err := article.Parse("variant.txt", []byte(variant))
		if err != nil {
			t.Fatal(err)
		}
		res := p.ParseArticle(a)
		got := found(res)
		for _, m := range res.Mentions {
			if s := a.Sentences[m.Sentence].Text[m.Start:m.End]; s != m.Surface {
				t.Errorf("variant %d: offsets give %q, surface %q", i, s, m.Surface)
			}
		}
		if i == 0 {
			ref = got
			want := []string{"PYONGYANG=g:pyongyang", "North Korea=country:KP", "Russia=country:RU", "Vladivostok=g:vlad", "Pyongyang=g:pyongyang"}
			if !slices.Equal(got, want) {
				t.Fatalf("LF: got %v, want %v", got, want)
			}
			if res.Focus != "g:pyongyang" {
				t.Errorf("focus %q, want the dateline g:pyongyang", res.Focus)
			}
			continue
		}
		if !slices.Equal(got, ref) {
			t.Errorf("variant %d: got %v, want %v", i, got, ref)
		}
	}
}

// FuzzParse runs the parser on arbitrary sentence text: no panic, and every
// mention's offsets must lie inside its sentence and give its surface.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"North Korean leader Kim Jong Un met Moon in Pyongyang.",
		"U.S. President Donald Trump flew to Đồng Đăng’s station.",
		"Russia's Sea of Japan coast, near Vladivostok.",
		"'s ' ’ U. S. . - -- A B C",
		"\xff\xfe invalid utf8 Brussels",
		"The Archbishop of Canterbury and Lula da Silva landed at Changi Airport; the Russia-Africa summit.",
		"The U.S. Coast Guard sailed from St. John's, Newfoundland, to Fresno, Calif., via Al-Nasiriyah and Ain al-Asad's",
		"the feast of St. Anne, the Catholic Church's Joint Declaration of Support for Ukraine, the Baltic states, Calif.",
		"In Kinshasa, crowds.\nThe Col du Tourmalet, the \"Tunnel of Friendship\", North Kivu, St George's Chapel said",
	} {
		f.Add(s)
	}
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	p := NewParser(g, nil)
	f.Fuzz(func(t *testing.T, s string) {
		parts := strings.Split(s, "\n")
		a := art(parts...)
		res := p.ParseArticle(a)
		for _, m := range res.Mentions {
			if m.Sentence < 0 || m.Sentence >= len(a.Sentences) {
				t.Fatalf("sentence %d out of range", m.Sentence)
			}
			txt := a.Sentences[m.Sentence].Text
			if m.Start < 0 || m.End > len(txt) || m.Start >= m.End || txt[m.Start:m.End] != m.Surface {
				t.Fatalf("bad offsets %d-%d in %q", m.Start, m.End, txt)
			}
		}
		if res.Focus == "" && len(res.Mentions) > 0 {
			t.Fatal("mentions but no focus")
		}
	})
}
