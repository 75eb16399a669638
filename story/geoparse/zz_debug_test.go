package geoparse

import (
	"os"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/article"
)

func TestZZDebug(t *testing.T) {
	s := os.Getenv("GEO_DBG")
	if s == "" {
		t.Skip()
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser(g, nil)
	a := art(strings.Split(s, "|")...)
	if strings.HasPrefix(s, "@") {
		b, err := os.ReadFile(s[1:])
		if err != nil {
			t.Fatal(err)
		}
		a, err = article.Parse(s[1:], b)
		if err != nil {
			t.Fatal(err)
		}
	}
	res := p.ParseArticle(a)
	for _, m := range res.Mentions {
		t.Logf("%q -> %s %s (%s) %.3f,%.3f approx=%v in=%s", m.Surface, m.PlaceID, m.Name, m.Kind, m.Lat, m.Lon, m.Approximate, m.In)
	}
}
