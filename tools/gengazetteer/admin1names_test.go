package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestGNNames(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Peloponnese", []string{"Peloponnese"}},
		{"State of Odisha", []string{"State of Odisha", "Odisha"}},
		{"Province of the Western Cape", []string{"Province of the Western Cape", "Western Cape"}},
		{"Respublika Sakha (Yakutiya)", []string{"Respublika Sakha"}},
		{"Kurskaya Oblast'", []string{"Kurskaya Oblast'", "Kurskaya Oblast"}},
		{"  Changwat   Trat ", []string{"Changwat Trat"}},
		{"Statehood of X", []string{"Statehood of X"}}, // not a prefix word
		{"(none)", nil},
		{"", nil},
	} {
		if got := gnNames(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("gnNames(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseAdmin1Names(t *testing.T) {
	data := "GRC\tPeloponnisos\tPeloponnese\n" +
		"IND\tOrissa\tState of Odisha\n" +
		"AFG\tParwan\tParwan\n" + // same as the name: nothing to add
		"AFG\tParwan\tWilayat-e Parwan\n" +
		"AFG\tParwan\tWilayat-e Parwan\n" + // a region in two rows: once
		"GBR\tCamden\tGreater London\n" + // the parent of two regions: neither
		"GBR\tMerton\tGreater London\n" +
		"GBR\tKent\tKent County\n" +
		"GBR\tMedway\tKent\n" // another region's own name: not used
	got, err := parseAdmin1Names("t.gpkg", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		admin1Key("GRC", "Peloponnisos"): {"Peloponnese"},
		admin1Key("IND", "Orissa"):       {"State of Odisha", "Odisha"},
		admin1Key("AFG", "Parwan"):       {"Wilayat-e Parwan"},
		admin1Key("GBR", "Kent"):         {"Kent County"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, bad := range []string{"GRC\tPeloponnisos\n", "\tX\tY\n"} {
		_, err := parseAdmin1Names("t.gpkg", []byte("IND\tOrissa\tState of Odisha\n"+bad))
		if err == nil || !strings.Contains(err.Error(), "t.gpkg: line 2") {
			t.Errorf("%q: error %v, want one naming t.gpkg line 2", bad, err)
		}
	}
}

// TestRegionGNNames: a region of the label points gets the GeoNames names
// of its GeoPackage row, joined by country code and name; a region whose own
// name is a common word ("Central") is kept under its GeoNames name.
// It also checks the bracket rule of region names.
func TestRegionGNNames(t *testing.T) {
	g := &gazetteer{english: map[string]bool{"central": true},
		admin1Names: map[string][]string{
			admin1Key("AAA", "Primor'ye"): {"Primorsky Krai"},
			admin1Key("AAA", "Central"):   {"Central Province"},
			admin1Key("BBB", "Primor'ye"): {"Wrong Country"},
		}}
	ne := mapSource{}
	for k, v := range neFixture {
		ne[k] = v
	}
	ne[neAdmin1Points] = strings.Replace(ne[neAdmin1Points], "}}]}", "}},\n"+
		`{"properties":{"adm1_code":"AAA-5","name":"Sakha (Yakutia)","iso_a2":"AA","adm0_sr":1},"geometry":{"type":"Point","coordinates":[25.0,15.0]}},`+"\n"+
		`{"properties":{"adm1_code":"AAA-6","name":"AAA-99 (Alphaland minor island)","iso_a2":"AA","adm0_sr":1},"geometry":{"type":"Point","coordinates":[26.0,16.0]}}]}`, 1)
	if !strings.Contains(ne[neAdmin1Points], "AAA-6") {
		t.Fatal("fixture not extended")
	}
	if err := g.addRegions(ne); err != nil {
		t.Fatal(err)
	}
	byID := map[string]*entry{}
	for _, e := range g.entries {
		byID[e.id] = e
	}
	if e := byID["ne1:AAA-1"]; e == nil || strings.Join(e.alts, "|") != "Primorye|Primorsky Krai" {
		t.Errorf("ne1:AAA-1: %+v, want alternates Primorye|Primorsky Krai", e)
	}
	if e := byID["ne1:AAA-2"]; e == nil || e.name != "Central Province" {
		t.Errorf("ne1:AAA-2: %+v, want it named Central Province", e)
	}
	// a name with another in brackets is both ("Sakha", "Yakutia"); a code is none
	if e := byID["ne1:AAA-5"]; e == nil || e.name != "Sakha" || strings.Join(e.alts, "|") != "Yakutia" {
		t.Errorf("ne1:AAA-5: %+v, want Sakha, also Yakutia", e)
	}
	if e := byID["ne1:AAA-6"]; e != nil {
		t.Errorf("ne1:AAA-6 kept: %+v", e)
	}
	if g.nRegionGN != 2 {
		t.Errorf("%d regions with GeoNames names, want 2", g.nRegionGN)
	}
}
