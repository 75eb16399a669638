package itinerary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/article"
	"github.com/storylens/storylens/story/geoparse"
)

// TestFromArticleWithGeoparse runs the real article reader and geoparser
// (embedded gazetteer) on a short article about a trip in South America.
func TestFromArticleWithGeoparse(t *testing.T) {
	g, err := geoparse.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := " date 2022-11-09\n\nChile's foreign minister flew from Santiago to Lima on Monday.\n\n" +
		"She returned to Santiago on Tuesday after talks in Lima.\n"
	a, err := article.Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d := FromArticle("el-pais", a, geoparse.NewParser(g, nil).ParseArticle(a))
	if d.Date.IsZero() || len(d.Sentences) != 2 {
		t.Fatalf("doc %+v", d)
	}
	r := Extract([]Doc{d}, Options{})
	if len(r.Trips) != 1 || len(r.Trips[0].Legs) != 2 {
		t.Fatalf("trips %+v notes %v", r.Trips, r.Notes)
	}
	out, back := r.Trips[0].Legs[0], r.Trips[0].Legs[1]
	if out.Mode != ModeAir || out.Date != "2022-11-07" || back.Date != "2022-11-08" || !back.Return ||
		out.From != back.To || out.To != back.From {
		t.Errorf("legs %+v / %+v", out, back)
	}
	if len(r.Venues) == 0 || r.Venues[0].PlaceID != out.To || !r.Venues[0].Approximate {
		t.Errorf("venues %+v", r.Venues)
	}
}

// TestGenevaArticles runs three short articles written for this test about
// the June 2021 Geneva summit (testdata/geneva-*.txt) through the real
// reader and geoparser: two travellers, each with their own trip.
func TestGenevaArticles(t *testing.T) {
	g, err := geoparse.Default()
	if err != nil {
		t.Fatal(err)
	}
	p := geoparse.NewParser(g, nil)
	var docs []Doc
	for _, name := range []string{"geneva-a.txt", "geneva-b.txt", "geneva-c.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(name, b)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, FromArticle(name, a, p.ParseArticle(a)))
	}
	r := Extract(docs, Options{})
	legs := map[string]map[string]Leg{} // traveller -> "From>To" names -> leg
	for _, tr := range r.Trips {
		names := map[string]string{}
		for _, s := range tr.Stops {
			names[s.PlaceID] = s.Name
		}
		if legs[tr.Traveller] == nil {
			legs[tr.Traveller] = map[string]Leg{}
		}
		for _, l := range tr.Legs {
			legs[tr.Traveller][names[l.From]+">"+names[l.To]] = l
		}
	}
	if len(legs) != 2 || legs["Biden"] == nil || legs["Putin"] == nil {
		for who := range legs {
			t.Logf("traveller %q", who)
		}
		t.Fatalf("%d travellers, want Biden and Putin", len(legs))
	}
	if l, ok := legs["Biden"]["London>Brussels"]; !ok || l.Date != "2021-06-13" {
		t.Errorf("Biden London>Brussels found %v, date %q", ok, l.Date)
	}
	if l, ok := legs["Biden"]["Genève>Washington"]; !ok || l.Mode != ModeAir || l.Date != "2021-06-16" {
		t.Errorf("Biden Genève>Washington found %v, mode %q, date %q", ok, l.Mode, l.Date)
	}
	if l, ok := legs["Putin"]["Genève>Moscow"]; !ok || !l.Return || l.Mode != ModeAir || l.Date != "2021-06-16" {
		t.Errorf("Putin Genève>Moscow found %v, return %v, mode %q, date %q", ok, l.Return, l.Mode, l.Date)
	}
	for who, ls := range legs {
		for k := range ls {
			if strings.HasPrefix(k, "Moscow>") && who == "Biden" {
				t.Errorf("%s has %s (\"Moscow said\" is no movement)", who, k)
			}
		}
	}
	if len(r.Venues) == 0 || !strings.HasPrefix(r.Venues[0].Name, "Gen") || !r.Venues[0].Approximate {
		t.Errorf("venues %+v", r.Venues)
	}
}
