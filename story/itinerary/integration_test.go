package itinerary

import (
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
