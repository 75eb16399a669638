package article

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storylens/storylens/internal/race"
)

const seeds = "../../data/kimputin/articles"

func readSeed(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seeds, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if len(files) != 5 {
		t.Fatalf("found %d seed articles, want 5", len(files))
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		a, err := Parse(filepath.Base(f), b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		checkInvariants(t, a)
		if len(a.Paragraphs) == 0 || len(a.Sentences) < len(a.Paragraphs) || a.Words < 100 {
			t.Errorf("%s: %d paragraphs, %d sentences, %d words", f, len(a.Paragraphs), len(a.Sentences), a.Words)
		}
	}
}

func TestParseDatePrefix(t *testing.T) {
	a, err := Parse("001", readSeed(t, "001_cc5587881c9cf29a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Date != "2023-09-11" {
		t.Errorf("Date = %q, want 2023-09-11", a.Date)
	}
	if !strings.HasPrefix(a.Text, "North Korean leader") || a.Paragraphs[0].Line != 1 {
		t.Errorf("text starts %q at line %d", a.Text[:30], a.Paragraphs[0].Line)
	}
	if a.Paragraphs[1].Line != 3 {
		t.Errorf("second paragraph at line %d, want 3", a.Paragraphs[1].Line)
	}
	b, _ := Parse("003", readSeed(t, "003_86e7a0a32fc7023e.txt"))
	if b.Date != "" {
		t.Errorf("003 has no date in its text, got %q", b.Date)
	}
}

func TestParseDuplicatesOf000(t *testing.T) {
	raw := readSeed(t, "000_ba495233cfdc63c8.txt")
	a, err := Parse("000", raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Duplicates) != 2 {
		t.Fatalf("found %d duplicates, want 2: %+v", len(a.Duplicates), a.Duplicates)
	}
	wantPrefix := []string{"North Korea is one of the few countries", "Kim's last trip abroad in 2019"}
	lines := strings.Split(string(raw), "\n")
	for i, d := range a.Duplicates {
		if !strings.HasPrefix(d.Text, wantPrefix[i]) {
			t.Errorf("duplicate %d = %q", i, d.Text)
		}
		if lines[d.Line-1] != d.Text {
			t.Errorf("duplicate %d line %d is %q", i, d.Line, lines[d.Line-1])
		}
		orig := a.Paragraphs[0]
		for _, p := range a.Paragraphs {
			if p.Index == d.DuplicateOf {
				orig = p
			}
		}
		if orig.Index != d.DuplicateOf || orig.Text != d.Text || orig.Line >= d.Line {
			t.Errorf("duplicate %d: DuplicateOf %d points at %+v", i, d.DuplicateOf, orig)
		}
	}
	for _, p := range a.Paragraphs {
		n := 0
		for _, q := range a.Paragraphs {
			if q.Text == p.Text {
				n++
			}
		}
		if n != 1 {
			t.Errorf("paragraph kept %d times: %q", n, p.Text)
		}
	}
	// Words count only distinct paragraphs.
	total := countWords(a.Text)
	dup := 0
	for _, d := range a.Duplicates {
		dup += countWords(d.Text)
	}
	if a.Words != total-dup {
		t.Errorf("Words = %d, want %d - %d", a.Words, total, dup)
	}
}

func TestParseHeadings(t *testing.T) {
	a, _ := Parse("000", readSeed(t, "000_ba495233cfdc63c8.txt"))
	var heads []string
	for _, p := range a.Paragraphs {
		if p.Heading {
			heads = append(heads, p.Text)
		}
	}
	if len(heads) != 1 || heads[0] != "Secrecy and Security" {
		t.Errorf("headings = %q", heads)
	}
	b, _ := Parse("003", readSeed(t, "003_86e7a0a32fc7023e.txt"))
	if !b.Paragraphs[0].Heading || b.Paragraphs[1].Heading {
		t.Errorf("003 title heading=%v, first sentence heading=%v", b.Paragraphs[0].Heading, b.Paragraphs[1].Heading)
	}
}

func TestSentenceSplitting(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"U.S. before a name", "Kim's last trip abroad in 2019 was also to Vladivostok for his first summit with Putin after the collapse of North Korea's nuclear disarmament talks with former U.S. President Donald Trump.",
			[]string{"Kim's last trip abroad in 2019 was also to Vladivostok for his first summit with Putin after the collapse of North Korea's nuclear disarmament talks with former U.S. President Donald Trump."}},
		{"Sept. before a day", "Both Putin and Kim are scheduled to attend the Eastern economic Forum at the Far Eastern Federal University in Vladivostok, which runs from Sept. 10-13, though it is not immediately clear if their meeting will take place there. The meeting would mark Kim’s first summit.",
			[]string{"Both Putin and Kim are scheduled to attend the Eastern economic Forum at the Far Eastern Federal University in Vladivostok, which runs from Sept. 10-13, though it is not immediately clear if their meeting will take place there.", "The meeting would mark Kim’s first summit."}},
		{"curly quote ends", "Kim will visit Russia at the invitation of Putin “in the coming days,” according to a brief statement posted by the Kremlin. Pyongyang’s official Korean Central News Agency said the leaders would meet.",
			[]string{"Kim will visit Russia at the invitation of Putin “in the coming days,” according to a brief statement posted by the Kremlin.", "Pyongyang’s official Korean Central News Agency said the leaders would meet."}},
		{"quote inside period", `Harris cautioned against a partnership, calling it a “huge mistake.” In an interview broadcast on Sunday, Harris spoke.`,
			[]string{`Harris cautioned against a partnership, calling it a “huge mistake.”`, "In an interview broadcast on Sunday, Harris spoke."}},
		{"straight quote ends", `It would be a "huge mistake." Officials said so.`, []string{`It would be a "huge mistake."`, "Officials said so."}},
		{"quoted speech continues", `"It is bad news for Europe," he said. "It is further proof."`, []string{`"It is bad news for Europe," he said.`, `"It is further proof."`}},
		{"U.N. and U.S. lower-case", "Russia often criticizes the U.S. for refusing to make concessions, in defiance of a U.N. ban. Experts disagree.",
			[]string{"Russia often criticizes the U.S. for refusing to make concessions, in defiance of a U.N. ban.", "Experts disagree."}},
		{"U.S. ends before The", "Kim's missiles target the U.S. The summit is Tuesday.", []string{"Kim's missiles target the U.S.", "The summit is Tuesday."}},
		{"Mr. title", "Mr. Kim left on Sunday. Mrs. Lee stayed.", []string{"Mr. Kim left on Sunday.", "Mrs. Lee stayed."}},
		{"Ste. title", "She prayed at Lac Ste. Anne on Monday. Then she left.", []string{"She prayed at Lac Ste. Anne on Monday.", "Then she left."}},
		{"decimal", "The trip took 2.5 days. It ended.", []string{"The trip took 2.5 days.", "It ended."}},
		{"Feb. year", "Russia invaded in Feb. 2022 and the war goes on. Kyiv resists.", []string{"Russia invaded in Feb. 2022 and the war goes on.", "Kyiv resists."}},
		{"initials", "The historian John F. Kennedy Jr. wrote. Then J. R. R. Tolkien replied.", []string{"The historian John F. Kennedy Jr. wrote.", "Then J. R. R. Tolkien replied."}},
		{"question and exclamation", "Will they meet? Yes! They will.", []string{"Will they meet?", "Yes!", "They will."}},
		{"no final punctuation", "The Associated Press contributed reporting", []string{"The Associated Press contributed reporting"}},
		{"dash stays inside", "He was greeted with bread and salt -- as is tradition. Kim avoids flying.", []string{"He was greeted with bread and salt -- as is tradition.", "Kim avoids flying."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range sentenceSpans(tt.in) {
				got = append(got, tt.in[s[0]:s[1]])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestParseFrontMatterBOMAndCRLF(t *testing.T) {
	src := "---\ntitle: \"Kim arrives\"\noutlet: Reuters\ndate: 2019-04-24\nurl: https://example.org/a\nlanguage: en\n---\nFirst line. Second one.\n\nNext paragraph.\n"
	lf, err := Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	crlf, err := Parse("a.md", append([]byte("\xef\xbb\xbf"), strings.ReplaceAll(src, "\n", "\r\n")...))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []*Article{lf, crlf} {
		if a.Date != "2019-04-24" || a.Meta["title"] != "Kim arrives" || a.Meta["outlet"] != "Reuters" || a.Meta["language"] != "en" {
			t.Errorf("meta %v date %q", a.Meta, a.Date)
		}
		if len(a.Paragraphs) != 2 || a.Paragraphs[0].Line != 8 || a.Paragraphs[1].Line != 10 {
			t.Errorf("paragraphs %+v", a.Paragraphs)
		}
		if len(a.Sentences) != 3 || a.Sentences[1].Text != "Second one." || a.Sentences[2].Line != 10 {
			t.Errorf("sentences %+v", a.Sentences)
		}
		checkInvariants(t, a)
	}
	if lf.Text != crlf.Text {
		t.Errorf("CRLF/BOM text differs: %q vs %q", lf.Text, crlf.Text)
	}
}

func TestParseErrors(t *testing.T) {
	big := bytes.Repeat([]byte("a"), MaxArticleBytes+1)
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "x.txt: empty article"},
		{"blank", []byte(" \n\r\n\t"), "x.txt: empty article"},
		{"only date", []byte(" date 2023-09-11 "), "x.txt: empty article (no text"},
		{"binary", []byte("ab\ncd\x00ef"), "x.txt:2: binary file (NUL byte at offset 5)"},
		{"latin1", []byte("one\ntwo\nCaf\xe9"), "x.txt:3: not UTF-8 (invalid byte 0xe9 at offset 11)"},
		{"too big", big, "over the limit of 5242880 bytes"},
		{"unclosed", []byte("---\ntitle: a\nText."), "x.txt:1: front matter opened with --- is never closed"},
		{"bad line", []byte("---\ntitle: a\nno colon here\n---\nText."), `x.txt:3: front matter line "no colon here" is not "key: value"`},
		{"bad date", []byte("---\n\ndate: 2023-13-01\n---\nText."), `x.txt:3: front matter date "2023-13-01"`},
		{"dup key", []byte("---\ntitle: a\ntitle: b\n---\nText."), `x.txt:3: front matter key "title" given twice`},
		{"bad prefix date", []byte(" date 2023-02-30 Text."), `x.txt:1: date prefix "2023-02-30"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.txt", tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// checkInvariants asserts what must hold for any parsed article.
func checkInvariants(t testing.TB, a *Article) {
	t.Helper()
	last := 0
	for _, s := range a.Sentences {
		if s.Start < last || s.End <= s.Start || s.End > len(a.Text) || a.Text[s.Start:s.End] != s.Text {
			t.Fatalf("bad sentence %+v (text len %d, prev end %d)", s, len(a.Text), last)
		}
		if strings.TrimSpace(s.Text) != s.Text {
			t.Fatalf("sentence not trimmed: %q", s.Text)
		}
		last = s.End
	}
	for _, p := range a.Paragraphs {
		if p.DuplicateOf != -1 || p.Line < 1 || strings.TrimSpace(p.Text) == "" {
			t.Fatalf("bad paragraph %+v", p)
		}
	}
	for _, d := range a.Duplicates {
		if d.DuplicateOf < 0 || d.DuplicateOf >= d.Index {
			t.Fatalf("bad duplicate %+v", d)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"000_ba495233cfdc63c8.txt", "001_cc5587881c9cf29a.txt", "003_86e7a0a32fc7023e.txt"} {
		f.Add(readSeed(f, name))
	}
	for _, s := range []string{"", "\x00", "Caf\xe9", "---\ntitle: a\n---\nx", "---\nx", " date 2023-09-11 A. B. C.", "U.S. “a.” b.\r\n\r\nc", "\xef\xbb\xbf---\r\ndate: 2019-04-24\r\n---\r\nMr. X."} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("fuzz.txt", data)
		if err != nil {
			if a != nil {
				t.Fatal("article and error")
			}
			return
		}
		checkInvariants(t, a)
	})
}

func BenchmarkParse(b *testing.B) {
	data := readSeed(b, "000_ba495233cfdc63c8.txt")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("000", data); err != nil {
			b.Fatal(err)
		}
	}
}

func TestParseLargeArticleIsFast(t *testing.T) {
	// One huge paragraph of many short sentences, and one of many lines:
	// both must parse in linear time.
	var b strings.Builder
	for b.Len() < MaxArticleBytes-100 {
		b.WriteString("Kim left on Sept. 10. The U.S. said so. Mr. Kim came.\n")
	}
	start := time.Now()
	a, err := Parse("big.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second && !race.Enabled {
		t.Errorf("5 MB article took %v", d)
	}
	if a.Sentences[len(a.Sentences)-1].Line < 90000 {
		t.Errorf("last sentence line %d", a.Sentences[len(a.Sentences)-1].Line)
	}
}

func TestParseErrorIsStructured(t *testing.T) {
	_, err := Parse("articles/a.txt", []byte("x\n\xff"))
	var e *Error
	if !errors.As(err, &e) || e.File != "articles/a.txt" || e.Line != 2 || !strings.HasPrefix(e.Msg, "not UTF-8") {
		t.Fatalf("got %#v", err)
	}
}
