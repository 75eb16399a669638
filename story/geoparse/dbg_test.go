package geoparse

import "testing"

func TestDbg(t *testing.T) {
	g, _ := Default()
	for _, n := range []string{"UAE", "U.A.E.", "Turkey", "Türkiye", "Anchorage", "Britain", "Odisha", "Orissa", "Bahia", "New Guinea", "Peloponnese", "Messinia", "Soviet Union", "Yugoslavia", "Gulf", "Persian Gulf", "English Channel", "Canton", "Yantian", "Sandton", "Redfern", "Heliopolis", "Essequibo", "Balmoral", "Bharat", "Indo-Pacific", "Amazon", "Konark", "Moata'a", "Whitehall", "Hyde Park", "Cape of Good Hope", "Firth of Forth", "Scottish Highlands", "Palam", "Port Tewfik", "Maasvlakte"} {
		var s []string
		for _, p := range g.Lookup(n) {
			s = append(s, p.ID+"/"+p.Kind+"/"+p.Name+"/"+p.CC)
			if len(s) > 5 {
				break
			}
		}
		t.Logf("%s: %d %v common=%v", n, len(g.Lookup(n)), s, g.IsCommonWord(n))
	}
}
