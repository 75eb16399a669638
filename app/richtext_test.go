package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"
)

func TestBodyParagraphs(t *testing.T) {
	paras := bodyParagraphs("Kim made a *420-mile trip* by train. See [it](https://example.org/a) and [bad](javascript:void).\n\nSecond **para**.", false, nil)
	if len(paras) != 2 {
		t.Fatalf("%d paragraphs, want 2", len(paras))
	}
	var links, italic, bold []string
	for _, p := range paras {
		for _, r := range p {
			if r.link != nil {
				links = append(links, r.text)
			}
			if r.style.TextStyle.Italic {
				italic = append(italic, r.text)
			}
			if r.style.TextStyle.Bold {
				bold = append(bold, r.text)
			}
		}
	}
	if strings.Join(links, "|") != "it" {
		t.Errorf("links %q: only http(s) links may be clickable", links)
	}
	if strings.Join(italic, "|") != "420-mile trip" || strings.Join(bold, "|") != "para" {
		t.Errorf("italic %q, bold %q", italic, bold)
	}
	f := newFlowText()
	f.SetParagraphs(paras)
	if got := f.Text(); got != "Kim made a 420-mile trip by train. See it and bad.\n\nSecond para." {
		t.Errorf("text %q", got)
	}
}

// List items of a step body show their bullet or number before the text,
// each item a paragraph of its own.
func TestBodyParagraphsLists(t *testing.T) {
	var got []string
	for _, p := range bodyParagraphs("Stops:\n\n- Lisbon\n- Porto\n\n1. Arrive", false, nil) {
		var b strings.Builder
		for _, r := range p {
			b.WriteString(r.text)
		}
		got = append(got, b.String())
	}
	if strings.Join(got, "|") != "Stops:|• Lisbon|• Porto|1. Arrive" {
		t.Errorf("paragraphs %q", got)
	}
}

// The presentation's body is set in the sub-heading size.
func TestBodyParagraphsLarge(t *testing.T) {
	for _, large := range []bool{false, true} {
		p := bodyParagraphs("One *two*", large, nil)
		want := theme.SizeNameText
		if large {
			want = theme.SizeNameSubHeadingText
		}
		for _, r := range p[0] {
			if r.style.SizeName != want {
				t.Errorf("large %v: run %q size %q, want %q", large, r.text, r.style.SizeName, want)
			}
		}
	}
}
