package geoparse

import (
	"bytes"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storylens/storylens/assets/gazetteer"
)

func TestDefaultLoads(t *testing.T) {
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	u0, s0 := cpuTimes()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	u1, s1 := cpuTimes()
	var after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("embedded gazetteer: %d places, loaded in %v wall, CPU %v user + %v system, heap +%.1f MB", g.Len(), took,
		u1-u0, s1-s0, float64(after.HeapAlloc-before.HeapAlloc)/1e6)
	if p, ok := g.Place("country:RU"); !ok || p.Name != "Russia" {
		t.Errorf("Place(country:RU) = %v, %v", p, ok)
	}
	for _, tc := range []struct{ name, id string }{
		{"Vladivostok", "geonames:2013348"},
		{"Pyongyang", "geonames:1871859"},
		{"Russia", "country:RU"},
		{"U.S.", "country:US"},
		{"Texas", "ne1:USA-3536"},
		{"Primorye", "ne1:RUS-2611"},
		{"Vladivostok International Airport", "airport:UHWW"},
		{"Vladivostok Airport", "airport:UHWW"},
		{"VVO", "airport:UHWW"},
		{"Ramstein Air Base", "airport:ETAR"},
		{"Sea of Japan", "ne:sea-of-japan"},
		{"Khasan", "geonames:2022586"}, // 776 people, at the Russia-North Korea border
	} {
		found := false
		for _, p := range g.Lookup(tc.name) {
			found = found || p.ID == tc.id
		}
		if !found {
			t.Errorf("Lookup(%q) = %v, want it to include %s", tc.name, g.Lookup(tc.name), tc.id)
		}
	}
}

// TestDefaultKinds checks the new record kinds of the embedded gazetteer:
// a region and a country have their bounds, an airport its codes.
func TestDefaultKinds(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id, kind   string
		w, s, e, n float64 // bounds, or all 0 for none
		iata, icao string
	}{
		// Texas from its Natural Earth 50m polygon
		{id: "ne1:USA-3536", kind: KindRegion, w: -106.67, s: 25.87, e: -93.53, n: 36.50},
		// Russia crosses the antimeridian: W > E
		{id: "country:RU", kind: KindCountry, w: 19.60, s: 41.19, e: -169.73, n: 81.86},
		{id: "ne:sea-of-japan", kind: "sea", w: 126.36, s: 32.45, e: 142.21, n: 51.91},
		{id: "airport:UHWW", kind: KindAirport, iata: "VVO", icao: "UHWW"},
		{id: "airport:ETAR", kind: KindAirbase, iata: "RMS", icao: "ETAR"},
		{id: "geonames:2022586", kind: KindTown},
		// islands, and a former country (ISO 3166-3) from the supplement
		{id: "neisle:new-guinea", kind: "island", w: 130.95, s: -10.70, e: 150.87, n: -0.35},
		{id: "supp:soviet-union", kind: KindCountry},
	} {
		p, ok := g.Place(tc.id)
		if !ok {
			t.Errorf("%s: missing", tc.id)
			continue
		}
		if p.Kind != tc.kind || p.IATA != tc.iata || p.ICAO != tc.icao {
			t.Errorf("%s: kind %s, codes %q %q; want %s, %q %q", tc.id, p.Kind, p.IATA, p.ICAO, tc.kind, tc.iata, tc.icao)
		}
		wantBounds := tc.w != 0 || tc.s != 0 || tc.e != 0 || tc.n != 0
		if (p.Bounds != nil) != wantBounds {
			t.Errorf("%s: bounds %v, want bounds: %v", tc.id, p.Bounds, wantBounds)
			continue
		}
		if b := p.Bounds; b != nil {
			if math.Abs(b.W-tc.w) > 0.01 || math.Abs(b.S-tc.s) > 0.01 || math.Abs(b.E-tc.e) > 0.01 || math.Abs(b.N-tc.n) > 0.01 || b.Approximate {
				t.Errorf("%s: bounds %+v, want %v,%v,%v,%v", tc.id, *b, tc.w, tc.s, tc.e, tc.n)
			}
		}
	}
}

// TestDefaultNames checks names that come from the Natural Earth columns
// and classes added for issue 12: a country's English name, a river's
// English name, an ocean half without "Ocean", a former country.
func TestDefaultNames(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, id := range map[string]string{"Turkey": "country:TR", "Amazon": "neriver:amazonas",
		"South Pacific": "ne:south-pacific-ocean", "USSR": "supp:soviet-union", "Yugoslavia": "supp:yugoslavia"} {
		var ids []string
		for _, p := range g.Lookup(name) {
			ids = append(ids, p.ID)
		}
		if !slices.Contains(ids, id) {
			t.Errorf("%s: %v, want %s among them", name, ids, id)
		}
	}
}

// TestReadBounds is a table test of the bounds field of P records.
func TestReadBounds(t *testing.T) {
	for _, tc := range []struct {
		field string
		want  *Bounds
		err   string
	}{
		{"", nil, ""},
		{"-106.6683,25.8705,-93.5306,36.5012", &Bounds{W: -106.6683, S: 25.8705, E: -93.5306, N: 36.5012}, ""},
		{"170,50,-170,60", &Bounds{W: 170, S: 50, E: -170, N: 60}, ""},
		{"~1,2,3,4", &Bounds{W: 1, S: 2, E: 3, N: 4, Approximate: true}, ""},
		{"1,2,3", nil, "want 4 comma-separated numbers"},
		{"1,2,3,4,5", nil, "want 4 comma-separated numbers"},
		{"1,x,3,4", nil, "want 4 comma-separated numbers"},
		{"1,5,3,4", nil, "south above north"},
		{"181,2,3,4", nil, "out of range"},
	} {
		in := "P\tx\tregion\tX\t1\t2\t\t\t\t" + tc.field + "\t\t\n"
		g, err := Read(strings.NewReader(in))
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), "line 1: bounds") {
				t.Errorf("bounds %q: error %v, want %q", tc.field, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("bounds %q: %v", tc.field, err)
			continue
		}
		got := g.places[0].Bounds
		if (got == nil) != (tc.want == nil) || (got != nil && *got != *tc.want) {
			t.Errorf("bounds %q = %v, want %v", tc.field, got, tc.want)
		}
	}
	g, err := Read(strings.NewReader("P\tairport:UHWW\tairport\tV\t1\t2\tRU\t\t\t\tVVO\tUHWW\n"))
	if err != nil || g.places[0].IATA != "VVO" || g.places[0].ICAO != "UHWW" {
		t.Errorf("airport codes: %v, %+v", err, g.places)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"P\tx\tcity\tX\t1\t2\n", "line 1: 6 fields"},
		{"P\tx\tcity\tX\t1\t2\t\t\t\t\n", "line 1: 10 fields in a P record, want 9 or 12"},
		{"P\tx\tcity\tX\t100\t2\t\t\t\n", "line 1: bad lat/lon"},
		{"# c\nQ\tx\n", "line 2: unknown record type"},
		{"D\txish\t3\n", "line 1: bad place index"},
		{"P\tx\tcity\tX\t1\t2\t\t\tmany\n", "bad population"},
		{"P\tx\tcity\tX\t1\t2\t\t\t\nN\tx\t0,1\n", "line 2: bad place index \"1\""},
		{"P\tx\tcity\tX\t1\t2\t\t\t\nN\tx\t0\nN\tx\t0\n", "line 3: name \"x\" listed twice"},
	} {
		_, err := Read(strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Read(%q) error = %v, want %q", tc.in, err, tc.want)
		}
	}
	if _, err := Load(strings.NewReader("not gzip")); err == nil {
		t.Error("Load of non-gzip data: no error")
	}
}

// TestLoadOneStream loads the two embedded parts as one gzip stream (Load)
// and compares with the parallel loader.
func TestLoadOneStream(t *testing.T) {
	one, err := Load(bytes.NewReader(append(append([]byte{}, gazetteer.Places...), gazetteer.Names...)))
	if err != nil {
		t.Fatal(err)
	}
	two, err := loadParts(gazetteer.Places, gazetteer.Names)
	if err != nil {
		t.Fatal(err)
	}
	if one.Len() != two.Len() || one.index.names() != two.index.names() || len(one.refs) != len(two.refs) || one.maxTokens != two.maxTokens {
		t.Errorf("one stream: %d places %d names; two parts: %d places %d names", one.Len(), one.index.names(), two.Len(), two.index.names())
	}
	if _, err := loadParts(gazetteer.Places[:100], gazetteer.Names); err == nil {
		t.Error("truncated places: no error")
	}
	if _, err := loadParts(gazetteer.Places, []byte("junk")); err == nil {
		t.Error("bad names: no error")
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := loadParts(gazetteer.Places, gazetteer.Names); err != nil {
			b.Fatal(err)
		}
	}
}

// TestParseDecimal checks that the fast coordinate parser gives exactly
// strconv.ParseFloat's value, and rejects what ParseFloat rejects.
func TestParseDecimal(t *testing.T) {
	for _, s := range []string{"0", "-0", "43.1056", "-43.1056", "131.8735", "60", "-97", "0.1", "89.9999",
		"-179.9999", "1.5e3", "", "-", ".", "1.2.3", "abc", "12345678901234567", "0.000000000000000001", "7."} {
		got, ok := parseDecimal(s)
		want, err := strconv.ParseFloat(s, 64)
		if ok != (err == nil) || (ok && math.Float64bits(got) != math.Float64bits(want)) {
			t.Errorf("parseDecimal(%q) = %v, %v; ParseFloat: %v, %v", s, got, ok, want, err)
		}
	}
	// every 4-decimal value in a range, as the generator writes them
	for i := -1800000; i <= 1800000; i += 7 {
		s := strconv.FormatFloat(float64(i)/1e4, 'f', 4, 64)
		got, _ := parseDecimal(s)
		want, _ := strconv.ParseFloat(s, 64)
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("parseDecimal(%q) = %v, ParseFloat %v", s, got, want)
		}
	}
}

// FuzzRead feeds arbitrary gazetteer text to Read: it must return a
// gazetteer or an error, never panic, and a gazetteer it returns must
// answer lookups of its own names.
func FuzzRead(f *testing.F) {
	f.Add("P\tx\tregion\tX\t1\t2\tAA\t\t\t-1,0,3,4\t\t\nN\tx\t0\n")
	f.Add("P\tairport:A\tairport\tA\t1\t2\tAA\t\t\t\tAAA\tAAAA\nN\taaa\t^0\nW\tx\n")
	f.Add("P\tx\tcity\tX\t1\t2\t\t\t5\nP\ty\tcity\tY\t1\t2\t\t\t\nN\tx\t0,~1\nD\txish\t0\n")
	f.Add("P\tx\tregion\tX\t1\t2\t\t\t\t~170,5,-170,6\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		g, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, p := range g.places {
			if b := p.Bounds; b != nil && (b.S > b.N || math.Abs(b.W) > 180 || math.Abs(b.E) > 180) {
				t.Fatalf("bounds %+v accepted", *b)
			}
			g.Lookup(p.Name)
			g.Place(p.ID)
		}
	})
}
