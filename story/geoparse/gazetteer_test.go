package geoparse

import (
	"bytes"
	"math"
	"runtime"
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
		{"Russky Island", "supp:russky-island"},
		{"U.S.", "country:US"},
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

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"P\tx\tcity\tX\t1\t2\n", "line 1: 6 fields"},
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
