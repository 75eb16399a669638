package story

import "testing"

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Élysée Palace":          "elysee-palace",
		"  St Giles' Cathedral ": "st-giles-cathedral",
		"N'Djili Airport":        "n-djili-airport",
		"Москва":                 "москва",
		"!!!":                    "",
		"2024-09-03":             "2024-09-03",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}
