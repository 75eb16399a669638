// Package testfixture builds the small stories tests share: [Story], the one
// the app and storyview tests read (two sources, three places, a route, two
// claims and three steps, with a report whose evidence offsets are computed
// from the article text), and [MapStory], the one the map tests draw.
package testfixture

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/story/article"
)

// Story builds a small story with two sources, three places, a route, two
// claims and three steps (an overview, an arrival, a summit), and a report
// whose evidence offsets are computed from the article text.
func Story(t testing.TB) (*story.Story, *analysis.Report) {
	t.Helper()
	texts := map[string]string{
		"a": "Kim Jong Un arrived in Vladivostok by armored train. He met Putin at the Vostochny cosmodrome.\n\nThe train crossed the border at Khasan.\n",
		"b": "Kim arrived in Vladivostok on Wednesday. The armored train travelled slowly.\n",
	}
	meta := map[string][3]string{"a": {"Summit at the cosmodrome", "Alpha News", "2023-09-13"}, "b": {"Kim reaches Vladivostok", "Beta Wire", "2019-04-24"}}
	s := &story.Story{Title: "Test trip", Origin: "fixture"}
	for _, id := range []string{"a", "b"} {
		art, err := article.Parse(id+".txt", []byte(texts[id]))
		if err != nil {
			t.Fatalf("parse %s: %v", id, err)
		}
		m := meta[id]
		s.Sources = append(s.Sources, &story.Source{ID: id, File: "articles/" + id + ".txt", Title: m[0], Outlet: m[1], Date: m[2], Article: art})
	}
	s.Places = []*story.Place{
		{ID: "vladivostok", Name: "Vladivostok", Kind: "city", Lon: 131.886, Lat: 43.115},
		{ID: "khasan", Name: "Khasan", Kind: "station", Lon: 130.781, Lat: 42.430},
		{ID: "vostochny", Name: "Vostochny cosmodrome", Kind: "venue", Lon: 128.334, Lat: 51.884},
	}
	s.Routes = []*story.Route{{ID: "train", Name: "Armored train", Mode: "rail", Stops: []string{"khasan", "vladivostok"},
		Line: orb.LineString{{130.781, 42.430}, {131.886, 43.115}}}}
	s.Claims = []*story.Claim{{ID: "by-train", Label: "Kim travelled by armored train", Matchers: []string{"armored train"}},
		{ID: "met-putin", Label: "Kim met Putin", Matchers: []string{"met Putin"}}}
	route := "train"
	s.Steps = []story.Step{
		{ID: "overview", Title: "Two trips by train", Body: "Kim went to Russia **twice**, in 2019 and 2023."},
		{ID: "arrival", Title: "Arrival in Vladivostok", Date: "2019-04-24", Body: "The *armored train* arrives. See [the report](https://example.org/r).",
			Places: []string{"vladivostok", "khasan"}, Route: &route, Claims: []string{"by-train"}, Sources: []string{"a", "b"},
			Camera: &story.Camera{Center: [2]float64{131.3, 42.8}, Zoom: 8}},
		{ID: "summit", Title: "Summit at Vostochny", Date: "2023-09-13", Body: "They met at the cosmodrome.",
			Places: []string{"vostochny"}, Claims: []string{"met-putin"}, Sources: []string{"a"},
			Camera: &story.Camera{Center: [2]float64{128.33, 51.88}, Zoom: 10}},
	}

	// Evidence: find each phrase's sentence and offsets in the parsed text.
	ev := func(src, phrase string) []analysis.Evidence {
		var out []analysis.Evidence
		for _, sent := range s.SourceByID(src).Article.Sentences {
			if i := strings.Index(strings.ToLower(sent.Text), strings.ToLower(phrase)); i >= 0 {
				out = append(out, analysis.Evidence{Source: src, Text: sent.Text, Line: sent.Line, Match: []int{i, i + len(phrase)}})
			}
		}
		if len(out) == 0 {
			t.Fatalf("fixture: %q not in %s", phrase, src)
		}
		return out
	}
	cat := func(lists ...[]analysis.Evidence) []analysis.Evidence {
		var out []analysis.Evidence
		for _, l := range lists {
			out = append(out, l...)
		}
		return out
	}
	rep := &analysis.Report{Schema: analysis.SchemaVersion, Title: s.Title}
	rep.Claims = []analysis.ClaimReport{
		{ID: "by-train", Label: "Kim travelled by armored train", Origin: "curated", Sources: []string{"a", "b"}, Evidence: cat(ev("a", "armored train"), ev("b", "armored train"))},
		{ID: "met-putin", Label: "Kim met Putin", Origin: "curated", Sources: []string{"a"}, Evidence: ev("a", "met Putin")},
	}
	vl := cat(ev("a", "Vladivostok"), ev("b", "Vladivostok"))
	rep.Places = []analysis.PlaceReport{
		{ID: "vladivostok", Name: "Vladivostok", Kind: "city", Origin: "story", Mentions: len(vl), Sources: []string{"a", "b"}, Evidence: vl},
		{ID: "khasan", Name: "Khasan", Kind: "station", Origin: "story", Mentions: 1, Sources: []string{"a"}, Evidence: ev("a", "Khasan")},
		{ID: "vostochny", Name: "Vostochny cosmodrome", Kind: "venue", Origin: "story", Mentions: 1, Sources: []string{"a"}, Evidence: ev("a", "Vostochny cosmodrome")},
	}
	for i := range rep.Places {
		p := s.PlaceByID(rep.Places[i].ID)
		rep.Places[i].Lat, rep.Places[i].Lon = p.Lat, p.Lon
	}
	rep.Sources = []analysis.SourceReport{
		{ID: "a", Title: meta["a"][0], Outlet: "Alpha News", Date: "2023-09-13", Places: []string{"vladivostok", "khasan", "vostochny"}, Claims: []string{"by-train", "met-putin"}},
		{ID: "b", Title: meta["b"][0], Outlet: "Beta Wire", Date: "2019-04-24", Places: []string{"vladivostok"}, Claims: []string{"by-train"}},
	}
	for _, st := range s.Steps {
		rep.Steps = append(rep.Steps, analysis.StepReport{ID: st.ID, Title: st.Title, Date: st.Date, Places: st.Places, Claims: st.Claims, Sources: st.Sources})
	}
	rep.Coverage = analysis.Coverage{Sources: []string{"a", "b"}, Claims: []string{"by-train", "met-putin"},
		Matrix: [][]bool{{true, true}, {true, false}}}
	return s, rep
}
