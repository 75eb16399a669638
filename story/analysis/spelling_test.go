package analysis

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storylens/storylens/story"
)

func TestSpellingsUsual(t *testing.T) {
	for _, tt := range []struct {
		written []string
		want    string
	}{
		{nil, ""},
		{[]string{"COX'S BAZAR"}, ""}, // capitals say nothing of the spelling
		{[]string{"COX'S BAZAR", "Cox's Bazar"}, "Cox's Bazar"},
		{[]string{"Rafah", "Rafaḩ", "Rafaḩ"}, "Rafaḩ"},
		{[]string{"Rafah", "Rafaḩ"}, "Rafah"}, // a tie: the first seen
	} {
		var sp spellings
		for _, w := range tt.written {
			sp.add(w)
		}
		if got := sp.usual(); got != tt.want {
			t.Errorf("%q: usual %q, want %q", tt.written, got, tt.want)
		}
	}
}

// A gazetteer place takes the spelling its articles use when only accents
// and punctuation differ, everywhere the report names it (places, routes,
// steps); case alone and a story's own place names do not change.
func TestSpellAsWritten(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/a.txt": {Data: []byte(" date 2020-12-03\nCOX'S BAZAR, Bangladesh — Buses left Cox's Bazar on Thursday for Chittagong.\n" +
			"The convoy drove from Cox's Bazar to Chittagong along the St. Lawrence river road.\n")},
		"articles/b.txt": {Data: []byte(" date 2020-12-04\nRefugees who left Cox's Bazar reached Chittagong by bus on Friday.\n")},
	}
	s, problems := story.LoadFS(fsys, "spelling")
	if problems.HasErrors() {
		t.Fatal(problems)
	}
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range r.Places {
		names = append(names, p.Name)
		if strings.Contains(p.Name, "Bāzār") {
			t.Errorf("place %s keeps the gazetteer's spelling %q", p.ID, p.Name)
		}
	}
	if !strings.Contains(strings.Join(names, "|"), "Cox's Bazar") {
		t.Errorf("places %q: want Cox's Bazar as written", names)
	}
	for _, rt := range r.Routes {
		if strings.Contains(rt.Name, "Bāzār") {
			t.Errorf("route %q keeps the gazetteer's spelling", rt.Name)
		}
	}
	for _, st := range r.Steps {
		if strings.Contains(st.Title, "Bāzār") {
			t.Errorf("step %q keeps the gazetteer's spelling", st.Title)
		}
	}
}
