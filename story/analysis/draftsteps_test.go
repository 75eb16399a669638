package analysis

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/article"
)

func TestInnerQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`The ferry left at noon.`, `The ferry left at noon.`},
		{`"The wreck is gone," the mayor said.`, `‘The wreck is gone,’ the mayor said.`},
		{`She called it "a long night" and left.`, `She called it ‘a long night’ and left.`},
		{`“We are home,” he said.`, `‘We are home,’ he said.`},
		{`The sign read ("Welcome").`, `The sign read (‘Welcome’).`},
		{`"Unclosed quotation…`, `‘Unclosed quotation…`},
	} {
		if got := innerQuotes(c.in); got != c.want {
			t.Errorf("innerQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A cited sentence that opens with a quotation is not wrapped in a second
// double mark.
func TestCiteBodyNoDoubledQuotes(t *testing.T) {
	s := &story.Story{Sources: []*story.Source{{ID: "a", Outlet: "The Daily"}}}
	got := citeBody(s, []Evidence{{Source: "a", Text: `"The ferry is gone," the captain said.`}})
	want := `“‘The ferry is gone,’ the captain said.” *(The Daily)*`
	if got != want {
		t.Errorf("citeBody = %q, want %q", got, want)
	}
	if strings.Contains(got, `“"`) {
		t.Errorf("doubled quotes in %q", got)
	}
}

// The overview counts articles, trips and legs in the right number.
func TestOverviewStepNumbers(t *testing.T) {
	one := &story.Story{Sources: []*story.Source{{ID: "a", Article: &article.Article{}}}}
	rt := &story.Route{ID: "inferred-trip-1"}
	j := &journey{routes: []*story.Route{rt}, legs: map[string][]LegReport{rt.ID: {{From: "x", To: "y"}}}}
	body := overviewStep(one, j).Body
	for _, w := range []string{"from 1 article.", "1 trip with 1 leg "} {
		if !strings.Contains(body, w) {
			t.Errorf("overview %q lacks %q", body, w)
		}
	}
	two := &story.Story{Sources: []*story.Source{{ID: "a", Article: &article.Article{}}, {ID: "b", Article: &article.Article{}}}}
	j.legs[rt.ID] = append(j.legs[rt.ID], LegReport{From: "y", To: "z"})
	j.routes = append(j.routes, &story.Route{ID: "inferred-trip-2"})
	body = overviewStep(two, j).Body
	for _, w := range []string{"from 2 articles.", "2 trips with 2 legs "} {
		if !strings.Contains(body, w) {
			t.Errorf("overview %q lacks %q", body, w)
		}
	}
	if strings.Contains(body, "(s)") {
		t.Errorf("overview %q writes (s)", body)
	}
}
