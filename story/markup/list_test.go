package markup

import (
	"testing"
)

func TestLists(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantPlain string
		wantHTML  string
	}{
		{"bullets", "Stops:\n\n- Lisbon\n- *Porto*\n  by train\n\nAfter.",
			"Stops:\n\n• Lisbon\n• Porto by train\n\nAfter.",
			"<p>Stops:</p>\n<ul>\n<li>Lisbon</li>\n<li><em>Porto</em> by train</li>\n</ul>\n<p>After.</p>\n"},
		{"star bullets right after a line", "Stops:\n* Lisbon\n* Porto",
			"Stops:\n\n• Lisbon\n• Porto",
			"<p>Stops:</p>\n<ul>\n<li>Lisbon</li>\n<li>Porto</li>\n</ul>\n"},
		{"ordered from 3", "3. Arrive\n4) Leave",
			"3. Arrive\n4. Leave",
			"<ol start=\"3\">\n<li>Arrive</li>\n<li>Leave</li>\n</ol>\n"},
		{"bullet then ordered are two lists", "- a\n1. b",
			"• a\n\n1. b",
			"<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>b</li>\n</ol>\n"},
		{"not a list: emphasis, a year, a dash word", "*x* 2023. Then\n\n-dash\n\n1234. no",
			"x 2023. Then\n\n-dash\n\n1234. no",
			"<p><em>x</em> 2023. Then</p>\n<p>-dash</p>\n<p>1234. no</p>\n"},
		{"indented four spaces is text", "    - code-like",
			"- code-like",
			"<p>- code-like</p>\n"},
		{"an empty item is dropped", "- \n- b",
			"• b",
			"<ul>\n<li>b</li>\n</ul>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.in)
			if got := d.PlainText(); got != tt.wantPlain {
				t.Errorf("plain text\n got %q\nwant %q", got, tt.wantPlain)
			}
			if got := d.HTML(); got != tt.wantHTML {
				t.Errorf("HTML\n got %q\nwant %q", got, tt.wantHTML)
			}
		})
	}
}
