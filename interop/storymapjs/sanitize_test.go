package storymapjs

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/storylens/storylens/story/markup"
)

func TestToMarkdown(t *testing.T) {
	tests := []struct {
		name, in, want string
		removed        []string
	}{
		{"plain", "Hello world", "Hello world", nil},
		{"paragraphs", "<p>One</p><p>Two</p>", "One\n\nTwo", nil},
		{"br", "One<br><br>Two", "One\n\nTwo", nil},
		{"emphasis", "<i>a</i> <em>b</em>", "*a* *b*", nil},
		{"strong", "<b>a</b> <strong>b</strong>", "**a** **b**", nil},
		{"space moved outside", "x<b> bold </b>y", "x **bold** y", nil},
		{"empty emphasis", "a<em> </em>b", "a b", nil},
		{"entities", "Tom &amp; Jerry &lt;3 &#x2019; &eacute;", "Tom & Jerry <3 \u2019 \u00e9", nil},
		{"markdown escaped", "5 * 3 [x] a\\b", `5 \* 3 \[x\] a\\b`, nil},
		{"http link", `<a href="https://e.org/a b(c)">go</a>`, "[go](https://e.org/a%20b%28c%29)", nil},
		{"mailto link", `<a href="mailto:a@b.org">mail</a>`, "[mail](mailto:a@b.org)", nil},
		{"javascript link", `<a href="javascript:alert(1)">x</a>`, "x", []string{"link to javascript:"}},
		{"relative link", `<a href="/about">about</a>`, "about", []string{"link without an http(s) or mailto scheme"}},
		{"script", "a<script>alert(1)</script>b", "ab", []string{"<script>"}},
		{"style", "<style>p{}</style>a", "a", []string{"<style>"}},
		{"iframe", `a<iframe src="https://x"></iframe>`, "a", []string{"<iframe>"}},
		{"on attribute", `<p onclick="x()">a</p>`, "a", []string{"onclick attribute"}},
		{"img onerror", `a<img src=x onerror=alert(1)>`, "a", []string{"<img>", "onerror attribute"}},
		{"unknown tag unwrapped", "<blink>a</blink>", "a", []string{"<blink> (unwrapped)"}},
		{"span kept silently", `<span class="c">a</span>`, "a", nil},
		{"comment", "a<!-- hidden -->b", "ab", []string{"comment"}},
		{"brackets in link label", `<a href="http://e.org">[1]</a>`, "[(1)](http://e.org)", nil},
		{"unclosed tags", "<p><b>a<i>b", "**a*b***", nil},
		{"nested same", "<i>a <em>b</em></i>", "*a b*", nil},
		{"whitespace collapsed", "  a \n\t b  ", "a b", nil},
		{"bullet list", "<p>Stops:</p><ul><li>Lisbon</li><li><b>Porto</b></li></ul><p>End</p>", "Stops:\n\n- Lisbon\n- **Porto**\n\nEnd", nil},
		{"numbered list with paragraphs in items", "<ol><li><p>Arrive</p></li><li>Talks</li></ol>", "1. Arrive\n2. Talks", nil},
		{"nested list numbered on its own", "<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>", "1. a\n- b\n2. c", nil},
		{"text that looks like a list stays text", "<p>- not a list</p><p>1. nor this</p>", `\- not a list` + "\n\n" + `1\. nor this`, nil},
		{"display none hidden", `a<div style="DISPLAY : none">secret <b>x</b></div>b`, "ab", []string{"hidden <div> with its content", "style attribute"}},
		{"hidden attribute", `a<span hidden>secret</span>b`, "ab", []string{"hidden <span> with its content"}},
		{"visibility hidden nested same tag", `<div style="visibility:hidden"><div>x</div>y</div>z`, "z", []string{"hidden <div> with its content", "style attribute"}},
		{"visible style kept", `<span style="color:red">a</span>`, "a", []string{"style attribute"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, removed := ToMarkdown(tc.in)
			if got != tc.want {
				t.Errorf("ToMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if !reflect.DeepEqual(removed, tc.removed) && !(len(removed) == 0 && len(tc.removed) == 0) {
				t.Errorf("removed = %q, want %q", removed, tc.removed)
			}
		})
	}
}

// The Markdown the sanitiser writes reads back, through the step body
// parser, as the text and styles of the HTML.
func TestToMarkdownParsesBack(t *testing.T) {
	md, _ := ToMarkdown(`<p>A <b>bold</b> and <i>soft</i> <a href="https://e.org/">link</a> with 5 * 3 [x].</p><p>Second</p>`)
	d := markup.Parse(md)
	if len(d.Blocks) != 2 {
		t.Fatalf("got %d paragraphs from %q, want 2", len(d.Blocks), md)
	}
	if got, want := d.PlainText(), "A bold and soft link with 5 * 3 [x].\n\nSecond"; got != want {
		t.Errorf("plain text %q, want %q", got, want)
	}
	var strong, em, link bool
	for _, in := range d.Blocks[0].Inlines {
		strong = strong || (in.Strong && in.Text == "bold")
		em = em || (in.Emphasis && in.Text == "soft")
		link = link || (in.URL == "https://e.org/" && in.Text == "link")
	}
	if !strong || !em || !link {
		t.Errorf("styles lost: strong %v em %v link %v in %+v", strong, em, link, d.Blocks[0].Inlines)
	}
}

// Lists survive the round trip: the Markdown the sanitiser writes parses
// back as list items, and renders again as HTML lists.
func TestListsParseBack(t *testing.T) {
	md, _ := ToMarkdown("<ul><li>Lisbon</li><li>Porto</li></ul><ol><li>Arrive</li></ol><p>2. text</p>")
	d := markup.Parse(md)
	var kinds []markup.ListKind
	for _, b := range d.Blocks {
		kinds = append(kinds, b.List)
	}
	want := []markup.ListKind{markup.Bullet, markup.Bullet, markup.Ordered, markup.NotList}
	if !reflect.DeepEqual(kinds, want) {
		t.Fatalf("blocks of %q: kinds %v, want %v", md, kinds, want)
	}
	if got := d.PlainText(); got != "• Lisbon\n• Porto\n\n1. Arrive\n\n2. text" {
		t.Errorf("plain text %q", got)
	}
	if h := d.HTML(); !strings.Contains(h, "<ul>\n<li>Lisbon</li>\n<li>Porto</li>\n</ul>") || !strings.Contains(h, "<ol>\n<li>Arrive</li>\n</ol>") {
		t.Errorf("HTML %q", h)
	}
}

func TestToPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim&#x2019;s <i>armored</i> train", "Kim\u2019s armored train"},
		{"Park Here<br><small><a href='https://x'>Cafe</a></small>", "Park Here Cafe"},
		{"a<script>alert(1)</script>b", "ab"},
		{"  spaced\n out ", "spaced out"},
		{"5 * 3", "5 * 3"},
	}
	for _, tc := range tests {
		if got, _ := ToPlainText(tc.in); got != tc.want {
			t.Errorf("ToPlainText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if _, removed := ToPlainText("<b onmouseover=x>a</b><style>b{}</style>"); strings.Join(removed, ",") != "<style>,onmouseover attribute" {
		t.Errorf("removed = %q", removed)
	}
}

// Deeply nested markup must not make sanitising quadratic (building an
// HTML5 tree from 100k nested <div>s takes minutes; the tokenizer does not).
func TestToMarkdownDeepNestingIsLinear(t *testing.T) {
	for _, tag := range []string{"<div>", "<span>", "<a href=\"http://x\">", "<b><i>"} {
		src := strings.Repeat(tag, 100000) + "end"
		done := make(chan string, 1)
		go func() {
			md, _ := ToMarkdown(src)
			done <- md
		}()
		select {
		case md := <-done:
			if !strings.HasSuffix(md, "end") && !strings.Contains(md, "end") {
				t.Errorf("%s: text lost: ...%q", tag, md[max(0, len(md)-40):])
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%s x 100000: ToMarkdown did not finish in 30 s", tag)
		}
	}
}

// FuzzToMarkdown checks that sanitising never panics and that every link
// the step body parser finds in the result is http, https or mailto.
func FuzzToMarkdown(f *testing.F) {
	f.Add(`<p>a <b>b</b> <a href="https://e.org/(x)">c</a></p>`)
	f.Add(`<a href="javascript:alert(1)">x</a><script>y</script><b><i>z</b></i>`)
	f.Add(`<a href="http://x"><a href="mailto:y">[z]</a></a>*\[`)
	f.Fuzz(func(t *testing.T, src string) {
		md, _ := ToMarkdown(src)
		for _, b := range markup.Parse(md).Blocks {
			for _, in := range b.Inlines {
				if in.URL == "" {
					continue
				}
				if _, ok := safeLink(in.URL); !ok {
					t.Fatalf("unsafe link %q from %q (markdown %q)", in.URL, src, md)
				}
			}
		}
		ToPlainText(src)
	})
}
