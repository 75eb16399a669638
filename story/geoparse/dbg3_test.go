package geoparse

import "testing"

func TestDbg3(t *testing.T) {
	g, _ := Default()
	p := NewParser(g, nil)
	for _, s := range [][]string{
		{"The Queen died at Balmoral Castle.", "On Tuesday the coffin was to be flown to London for the lying in state at Westminster Hall."},
		{"It was to rest overnight in the Bow Room before being taken to Westminster Hall on Wednesday afternoon for the lying in state."},
		{"The coffin of Queen Elizabeth II was drawn through the streets of Westminster on a gun carriage on Wednesday afternoon, from Buckingham Palace to Westminster Hall, where it will lie in state."},
	} {
		for _, m := range p.ParseArticle(art(s...)).Mentions {
			t.Logf("%s -> %s %s (%.2f,%.2f) in=%s prec=%s", m.Surface, m.PlaceID, m.Kind, m.Lat, m.Lon, m.In, m.Precision)
		}
		t.Log("--")
	}
}
