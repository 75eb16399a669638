package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestCountryNames(t *testing.T) {
	fs, err := readFeatures("t", []byte(`{"features":[{"properties":{"ADMIN":"Turkey","NAME":"Turkey",
		"NAME_LONG":"Republic of Korea","BRK_NAME":"Dem. Rep. Korea","FORMAL_EN":"Republic of Turkey","NAME_ALT":"East Timor|Timor",
		"GEOUNIT":null,"NAME_CIAWF":"Korea, South","NAME_SORT":"Sorted"},"geometry":null}]}`))
	if err != nil {
		t.Fatal(err)
	}
	got := countryNames(&fs[0])
	want := []string{"Turkey", "Turkey", "Republic of Korea", "Republic of Turkey", "East Timor", "Timor"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDottedAbbrev(t *testing.T) {
	for _, c := range []struct{ abbrev, name, cc, kind, want string }{
		{"Calif.", "California", "US", "State", "Calif."},
		{" Alta. ", "Alberta", "CA", "Province", "Alta."},
		{"N.S.W.", "New South Wales", "AU", "State", "N.S.W."},
		{"Iowa", "Iowa", "US", "State", ""},                            // the name itself
		{"Alaska", "Alaska", "US", "State", ""},                        // no full stop
		{"M.Ger.", "Pará", "BR", "State", ""},                          // Brazil's are not used
		{"Qld", "Queensland", "AU", "State", ""},                       // without its full stop
		{"Hawaii.", "Hawaii", "US", "State", ""},                       // the name with a full stop
		{"D.C.", "District of Columbia", "US", "Federal District", ""}, // part of "Washington, D.C."
	} {
		if got := dottedAbbrev(c.abbrev, c.name, c.cc, c.kind); got != c.want {
			t.Errorf("dottedAbbrev(%q, %q, %q, %q) = %q, want %q", c.abbrev, c.name, c.cc, c.kind, got, c.want)
		}
	}
}

// The dotted abbreviation is written with the "." mark and replaces a
// plain name of the same key.
func TestDottedEncoded(t *testing.T) {
	g := &gazetteer{entries: []*entry{{id: "ne1:X", kind: "region", name: "California", cc: "US", order: orderRegion,
		dotted: []string{"Calif."}}}}
	_, names, err := g.encode()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(names))
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), "N\tcalif\t.0\n") || !strings.Contains(string(text), "N\tcalifornia\t0\n") {
		t.Errorf("names:\n%s", text)
	}
}
