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
		"AFG\tParwan\tWilayat-e Parwan\n" // a region in two rows: once
	got, err := parseAdmin1Names("t.gpkg", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		admin1Key("GRC", "Peloponnisos"): {"Peloponnese"},
		admin1Key("IND", "Orissa"):       {"State of Odisha", "Odisha"},
		admin1Key("AFG", "Parwan"):       {"Wilayat-e Parwan"},
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
func TestRegionGNNames(t *testing.T) {
	g := &gazetteer{english: map[string]bool{"central": true},
		admin1Names: map[string][]string{
			admin1Key("AAA", "Primor'ye"): {"Primorsky Krai"},
			admin1Key("AAA", "Central"):   {"Central Province"},
			admin1Key("BBB", "Primor'ye"): {"Wrong Country"},
		}}
	if err := g.addRegions(neFixture); err != nil {
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
	if g.nRegionGN != 2 {
		t.Errorf("%d regions with GeoNames names, want 2", g.nRegionGN)
	}
}
