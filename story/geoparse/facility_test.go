package geoparse

import (
	"slices"
	"testing"
)

// facilityWorld is a synthetic gazetteer of airports named otherwise than
// news writes them.
func facilityWorld(t testing.TB) *Gazetteer {
	return synth(t,
		rec("country:SG", "country", "Singapore", 1.37, 103.8, "SG", 0),
		rec("country:AU", "country", "Australia", -27, 133, "AU", 0),
		rec("airport:WSSS", "airport", "Singapore Changi Airport", 1.35, 103.99, "SG", 0),
		rec("airport:WSAC", "airbase", "Changi Air Base", 1.34, 103.98, "SG", 0),
		rec("g:sydney", "seat", "Sydney", -33.87, 151.21, "AU", 4600000),
		rec("airport:YSSY", "airport", "Sydney Kingsford Smith International Airport", -33.95, 151.18, "AU", 0),
		rec("airport:YSBK", "airport", "Sydney Bankstown Airport", -33.92, 150.99, "AU", 0),
		rec("g:perth", "seat", "Perth", -31.95, 115.86, "AU", 2000000),
		rec("airport:YPPH", "airport", "Perth International Airport", -31.94, 115.97, "AU", 0),
		rec("g:perth-uk", "city", "Perth", 56.4, -3.43, "GB", 47000),
		rec("airport:EGPT", "airport", "Perth Scone Airport", 56.44, -3.37, "GB", 0),
		rec("airport:RODN", "airbase", "Kadena Air Base", 26.35, 127.77, "JP", 0, "DNA"),
	)
}

// An airport code counts only where it is written as one: after a
// locative, in brackets or before "airport"; otherwise the capitals are an
// acronym of news text.
func TestAirportCodeContext(t *testing.T) {
	p := NewParser(facilityWorld(t), nil)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The dead were taken away so that DNA samples could be taken.", nil},
		{"DNA tests followed.", nil},
		{"The jets flew to DNA on Monday.", []string{"DNA=airport:RODN"}},
		{"The jets landed at Kadena (DNA) on Monday.", []string{"DNA=airport:RODN"}},
		{"The DNA airport was closed.", []string{"DNA=airport:RODN"}},
	} {
		got := found(p.ParseArticle(art(tc.text)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}

func TestFacilityNamedOtherwise(t *testing.T) {
	p := NewParser(facilityWorld(t), nil)
	for _, tc := range []struct {
		rule string
		text []string
		want []string
	}{
		{"the only airport whose name holds the phrase's words", []string{"SINGAPORE — The plane touched down at Changi Airport."},
			[]string{"SINGAPORE=country:SG", "Changi Airport=airport:WSSS"}},
		{"... an airport, not the air base of that name", []string{"The plane touched down at Changi Airport."},
			[]string{"Changi Airport=airport:WSSS"}},
		{"two airports near the container: the venue at its city", []string{"They left from Sydney Airport."},
			[]string{"Sydney=g:sydney", "Sydney Airport=venue:sydney-airport@g:sydney"}},
		{"the one near the container", []string{"They flew to Perth Airport in Western Australia, Australia."},
			[]string{"Perth=g:perth", "Perth Airport=airport:YPPH", "Australia=country:AU"}},
		{"no airport of those words: a venue as before", []string{"They flew to Sydney Seaplane Airport."},
			[]string{"Sydney=g:sydney", "Sydney Seaplane Airport=venue:sydney-seaplane-airport@g:sydney"}},
	} {
		got := found(p.ParseArticle(art(tc.text...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// BenchmarkFacilityIndex builds the lazy facility index of a parser over
// the embedded gazetteer (once per parser, on the first airport phrase
// that no gazetteer name matches).
func BenchmarkFacilityIndex(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if len(NewParser(g, nil).facilityIndex()) == 0 {
			b.Fatal("no facilities")
		}
	}
	b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
