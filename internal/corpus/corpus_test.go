package corpus

import (
	"bytes"
	"strings"
	"testing"
)

func TestGenerateIsDeterministicAndSized(t *testing.T) {
	a := Generate(Options{Articles: 20, Words: 600, Seed: 7})
	b := Generate(Options{Articles: 20, Words: 600, Seed: 7})
	c := Generate(Options{Articles: 20, Words: 600, Seed: 8})
	if len(a) != 20 {
		t.Fatalf("got %d articles, want 20", len(a))
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Text, b[i].Text) {
			t.Fatalf("article %d differs between runs with the same seed", i)
		}
		body := string(a[i].Text)
		if !strings.HasPrefix(body, "---\ntitle: ") {
			t.Fatalf("article %d has no front matter: %.40q", i, body)
		}
		_, rest, _ := strings.Cut(body[4:], "---\n")
		if n := len(strings.Fields(rest)); n < 600 || n > 700 {
			t.Errorf("article %d has %d words, want about 600", i, n)
		}
		if strings.Contains(body, "{") {
			t.Errorf("article %d has an unfilled placeholder", i)
		}
	}
	if bytes.Equal(a[0].Text, c[0].Text) {
		t.Error("different seeds gave the same article")
	}
}
