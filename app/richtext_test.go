package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

func TestBodySegments(t *testing.T) {
	segs := bodySegments("Kim made a *420-mile trip* by train. See [it](https://example.org/a) and [bad](javascript:alert(1)).\n\nSecond **para**.", false)
	var text strings.Builder
	var links []string
	italic := ""
	for _, s := range segs {
		switch s := s.(type) {
		case *widget.TextSegment:
			text.WriteString(s.Text)
			if s.Style.TextStyle.Italic {
				italic = s.Text
			}
		case *widget.HyperlinkSegment:
			text.WriteString(s.Text)
			links = append(links, s.URL.String())
		}
	}
	if len(links) != 1 || links[0] != "https://example.org/a" {
		t.Errorf("links %q: only http(s) links may be clickable", links)
	}
	if strings.TrimSpace(italic) != "420-mile trip" || !strings.HasPrefix(italic, " ") {
		t.Errorf("italic run %q: want the emphasis, starting with the space before it", italic)
	}
	if !strings.Contains(text.String(), "Second") || strings.Contains(text.String(), "*") {
		t.Errorf("text %q", text.String())
	}
}

func TestShiftSpacesKeepsText(t *testing.T) {
	in := []string{"a ", "b", "  c", "d "}
	var segs []widget.RichTextSegment
	for _, s := range in {
		segs = append(segs, &widget.TextSegment{Text: s, Style: widget.RichTextStyleInline})
	}
	segs = shiftSpaces(segs)
	var got []string
	for _, s := range segs {
		got = append(got, s.(*widget.TextSegment).Text)
	}
	if strings.Join(got, "") != strings.Join(in, "") {
		t.Errorf("text changed: %q", got)
	}
	for i, g := range got[:len(got)-1] {
		if strings.HasSuffix(g, " ") {
			t.Errorf("segment %d %q still ends with a space", i, g)
		}
	}
}

// List items of a step body show their bullet or number before the text,
// each item a paragraph of its own.
func TestBodySegmentsLists(t *testing.T) {
	segs := bodySegments("Stops:\n\n- Lisbon\n- Porto\n\n1. Arrive", false)
	var text []string
	for _, sg := range segs {
		if ts, ok := sg.(*widget.TextSegment); ok {
			text = append(text, ts.Text)
		}
	}
	got := strings.Join(text, "|")
	if got != "Stops:|•| Lisbon|•| Porto|1.| Arrive" { // shiftSpaces moves the space after the marker
		t.Errorf("segments %q", got)
	}
}
