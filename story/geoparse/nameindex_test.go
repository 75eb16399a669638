package geoparse

import (
	"fmt"
	"strings"
	"testing"
)

// TestNameIndex builds an index over records of names, demonyms and
// prefixes (sized too small, so that it grows) and checks every key
// against a map built the plain way.
func TestNameIndex(t *testing.T) {
	var text strings.Builder
	type rec struct {
		off, n  int
		span    int32
		demonym int32
		prefix  bool
	}
	var recs []rec
	want := map[string]nameEntry{}
	for i := 0; i < 5000; i++ {
		key := fmt.Sprintf("k%d", i%3000) // keys 0..1999 come twice
		r := rec{off: text.Len(), n: len(key), span: -1, demonym: -1}
		switch {
		case i < 3000:
			r.span = int32(i)
		case i%2 == 0:
			r.demonym = int32(i)
		default:
			r.prefix = true
		}
		text.WriteString(key + "\n")
		recs = append(recs, r)
		w, ok := want[key]
		if !ok {
			w = nameEntry{span: -1, demonym: -1}
		}
		if r.span >= 0 {
			w.span = r.span
		}
		if r.demonym >= 0 {
			w.demonym = r.demonym
		}
		w.prefix = w.prefix || r.prefix
		want[key] = w
	}
	x := newNameIndex(text.String(), 10)
	for _, r := range recs {
		x.add(r.off, r.n, r.span, r.demonym, r.prefix)
	}
	if err := x.build(); err != nil {
		t.Fatal(err)
	}
	if len(x.entries) != len(want) {
		t.Errorf("%d entries, want %d", len(x.entries), len(want))
	}
	for key, w := range want {
		e, eb := x.find(key), x.findBytes([]byte(key))
		if e == nil || e != eb {
			t.Fatalf("find(%q) = %v, findBytes %v", key, e, eb)
		}
		if e.span != w.span || e.demonym != w.demonym || e.prefix != w.prefix {
			t.Errorf("%q: span %d demonym %d prefix %v, want %d %d %v", key, e.span, e.demonym, e.prefix, w.span, w.demonym, w.prefix)
		}
	}
	for _, key := range []string{"", "k", "k3000", "x1"} {
		if e := x.find(key); e != nil {
			t.Errorf("find(%q) = %+v, want nil", key, *e)
		}
	}
	if x.names() != 3000 {
		t.Errorf("names() = %d, want 3000", x.names())
	}
}

// TestNameIndexDuplicateName checks that a name with two records is an
// error naming the later record's line.
func TestNameIndexDuplicateName(t *testing.T) {
	text := "a\nb\na\n"
	x := newNameIndex(text, 3)
	x.baseLine = 10
	x.add(0, 1, 0, -1, false)
	x.add(2, 1, 1, -1, false)
	x.add(4, 1, 2, -1, false)
	err := x.build()
	if err == nil || !strings.Contains(err.Error(), `line 13: name "a" listed twice`) {
		t.Errorf("err = %v", err)
	}
}
