package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTgz writes an npm-style tarball with the given files.
func writeTgz(t *testing.T, path string, files map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// geonamesRow builds one cities500 line (19 columns).
func geonamesRow(id, name, ascii, alts, lat, lon, fclass, fcode, cc, admin1, pop string) string {
	return strings.Join([]string{id, name, ascii, alts, lat, lon, fclass, fcode, cc, "", admin1, "", "", "", pop, "", "10", "Etc/UTC", "2020-01-01"}, "\t")
}

func fixture(t *testing.T, supplement string) (cities, countries, words, supp string) {
	dir := t.TempDir()
	cities = filepath.Join(dir, "cities.tgz")
	writeTgz(t, cities, map[string]string{"package/dist/cities500.txt": strings.Join([]string{
		geonamesRow("1", "Bigcity", "Bigcity", "Grossstadt,hai can wai,BGC,Гранд,The meeting,White House,Bigcity", "10.0", "20.0", "P", "PPL", "AA", "01", "500000"),
		geonamesRow("2", "Tinyseat", "Tinyseat", "Petitsiege", "10.5", "20.5", "P", "PPLA2", "AA", "01", "800"),
		geonamesRow("3", "Smalltown", "Smalltown", "Kleinstadt", "11.0", "21.0", "P", "PPL", "AA", "02", "3000"),
		geonamesRow("4", "Hamletto", "Hamletto", "", "11.5", "21.5", "P", "PPL", "AA", "02", "900"),
		geonamesRow("5", "Oldquarter", "Oldquarter", "", "10.1", "20.1", "P", "PPLX", "AA", "01", "4000"),
		geonamesRow("11", "Newquarter", "Newquarter", "Neuviertel", "10.3", "20.3", "P", "PPLX", "AA", "01", "90000"),
		geonamesRow("6", "Mountain", "Mountain", "", "12.0", "22.0", "T", "MT", "AA", "01", "0"),
		geonamesRow("7", "Đồng Đăng", "Dong Dang", "", "21.9", "106.7", "P", "PPL", "VN", "01", "20000"),
		geonamesRow("8", "Police", "Police", "", "53.5", "14.5", "P", "PPL", "PL", "01", "33000"),
		geonamesRow("10", "Votingham", "Votingham", "", "10.2", "20.2", "P", "PPL", "AA", "01", "10"),
		geonamesRow("9", "Regio", "Regio", "", "30.0", "30.0", "P", "PPLA", "AA", "03", "40000"),
	}, "\n") + "\n"})
	countries = filepath.Join(dir, "countries.tgz")
	writeTgz(t, countries, map[string]string{"package/countries.json": `[
{"name":{"common":"Alphaland","official":"Republic of Alphaland"},"cca2":"AA","altSpellings":["AA","Alfa"],"latlng":[10,20],"demonyms":{"eng":{"f":"Alphalander","m":"Alphalander"}}}]`})
	words = filepath.Join(dir, "words.tgz")
	writeTgz(t, words, map[string]string{
		"package/english-words-10.json": `["the","meeting","police","white","house","Monday"]`,
		"package/english-words-20.json": `["mountain"]`,
		"package/english-words-35.json": `[]`,
	})
	supp = filepath.Join(dir, "supplement.tsv")
	if err := os.WriteFile(supp, []byte(supplement), 0o644); err != nil {
		t.Fatal(err)
	}
	return
}

const goodSupplement = "# comment\n" +
	"supp:isle\tisland\tBig Isle\tBig Island|Isle Grande\t10.2\t20.2\tAA\thand-entered test\n" +
	"country:AA\talias\tA.L.\tAlpha\t\t\t\tabbreviation\n"

func TestBuildRules(t *testing.T) {
	cities, countries, words, supp := fixture(t, goodSupplement)
	g, err := build(cities, countries, words, supp)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*entry{}
	for _, e := range g.entries {
		byID[e.id] = e
	}
	for id, kind := range map[string]string{
		"geonames:1": "city", "geonames:2": "seat", "geonames:3": "town", "geonames:7": "city",
		"geonames:11": "town", // a city district of at least minDistrictPop: a town, whatever its population
		"country:AA":  "country", "supp:isle": "island",
	} {
		if e := byID[id]; e == nil || e.kind != kind {
			t.Errorf("%s: %+v, want kind %s", id, e, kind)
		}
	}
	for _, id := range []string{"geonames:4", "geonames:5", "geonames:6"} {
		if byID[id] != nil {
			t.Errorf("%s kept, want it pruned (population, PPLX under minDistrictPop, not class P)", id)
		}
	}
	// alternate names: Latin script, starting upper case, not codes, not all common words
	if got := strings.Join(byID["geonames:1"].alts, "|"); got != "Grossstadt" {
		t.Errorf("Bigcity alternate names %q, want only Grossstadt", got)
	}
	for _, id := range []string{"geonames:3", "geonames:11"} {
		if got := byID[id].alts; len(got) != 0 {
			t.Errorf("%s: town alternate names %q, want none", id, got)
		}
	}
	if g.nDistrict != 1 {
		t.Errorf("%d city districts kept, want 1", g.nDistrict)
	}
	if got := strings.Join(byID["country:AA"].alts, "|"); got != "Republic of Alphaland|Alfa|A.L.|Alpha" {
		t.Errorf("country names %q", got)
	}
	if got := strings.Join(g.words, ","); got != "police" {
		t.Errorf("common-word flags %q, want police", got)
	}
	places, names, err := g.encode()
	if err != nil {
		t.Fatal(err)
	}
	data := append(append([]byte{}, places...), names...)
	// deterministic
	g2, err := build(cities, countries, words, supp)
	if err != nil {
		t.Fatal(err)
	}
	places2, names2, err := g2.encode()
	if err != nil {
		t.Fatal(err)
	}
	data2 := append(append([]byte{}, places2...), names2...)
	if !bytes.Equal(data, data2) {
		t.Error("two builds from the same inputs differ")
	}
	zr, err := gzip.NewReader(bytes.NewReader(data)) // reads both gzip members
	if err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	if _, err := raw.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\nN\tdong dang\t", "\nN\ta l\t^0\n", "\nN\tgrossstadt\t~", "\nD\talphalander\t0\n", "\nW\tpolice\n"} {
		if !strings.Contains(raw.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestSupplementErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"supp:x\tisland\tX\t\t1\t2\tAA\n", "line 1: 7 columns"},
		{"supp:x\tisland\tX\t\t1\t2\tAA\t\n", "line 1: empty provenance"},
		{"supp:x\tisland\tX\t\t91\t2\tAA\tp\n", "line 1: bad lat/lon"},
		{"x\tisland\tX\t\t1\t2\tAA\tp\n", "must start with supp:"},
		{"# c\ncountry:ZZ\talias\tZ\t\t\t\t\tp\n", "line 2: alias for unknown id"},
		{"supp:x\tisland\tX\t\t1\t2\tAA\tp\nsupp:x\tisland\tX\t\t1\t2\tAA\tp\n", "line 2: duplicate id"},
	} {
		cities, countries, words, supp := fixture(t, tc.in)
		_, err := build(cities, countries, words, supp)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("supplement %q: error %v, want %q", tc.in, err, tc.want)
		}
	}
}

// TestCommittedSupplement checks that the committed supplement parses and
// that every row has a provenance note.
func TestCommittedSupplement(t *testing.T) {
	cities, countries, words, _ := fixture(t, "")
	data, err := os.ReadFile("supplement.tsv")
	if err != nil {
		t.Fatal(err)
	}
	// alias rows refer to real countries; keep only feature rows here
	var rows []string
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") && !strings.Contains(l, "\talias\t") && !strings.Contains(l, "\tdemonym\t") {
			rows = append(rows, l)
		}
	}
	supp := filepath.Join(t.TempDir(), "s.tsv")
	if err := os.WriteFile(supp, []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := build(cities, countries, words, supp)
	if err != nil {
		t.Fatal(err)
	}
	if g.nSupp != len(rows) || g.nSupp < 30 {
		t.Errorf("%d supplement places from %d rows", g.nSupp, len(rows))
	}
}
