package main

import (
	"slices"
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
