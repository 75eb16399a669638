package claims

import (
	"strings"
	"testing"
)

func TestFindQuotes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{`He said "pay a price" and “huge mistake.”`, []string{"pay a price", "huge mistake"}},
		{`"Open quote runs on`, []string{"Open quote runs on"}},
		{`no quotes`, nil},
		{`« guillemets »`, []string{"guillemets"}},
	} {
		var got []string
		for _, q := range findQuotes(c.in) {
			got = append(got, c.in[q.start:q.end])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("findQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
