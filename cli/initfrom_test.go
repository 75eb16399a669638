package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/storylens/storylens/story"
)

// A plain folder of articles becomes a package that validates, reopens
// with the same steps, places and routes, and keeps every article's bytes.
func TestInitFromAFolderOfArticles(t *testing.T) {
	src := t.TempDir()
	arts := map[string]string{
		"01.md": "---\ntitle: Tall ship leaves Bergen\ndate: 2025-06-02\n---\nThe sail training ship left Bergen in Norway on Monday.\r\n\r\nShe will call at Plymouth before reaching Lisbon.\n",
		"02.md": "---\ntitle: Arrival in Plymouth\ndate: 2025-06-06\n---\nThe ship from Bergen arrived in Plymouth on Friday after four days at sea.\n",
		"03.md": "---\ntitle: Lisbon welcomes the ship\ndate: 2025-06-20\n---\nThe ship sailed from Plymouth to Lisbon and arrived on Friday. Lisbon will host the fleet for a week.\n",
	}
	for name, text := range arts {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Join(t.TempDir(), "voyage")
	code, out, stderr := run(t, "init", dir, "--from", src)
	if code != 0 {
		t.Fatalf("init --from: %d %s %s", code, out, stderr)
	}
	if code, out, _ := run(t, "validate", dir); code != 0 {
		t.Fatalf("validate of the written package: %d\n%s", code, out)
	}
	for name, text := range arts {
		b, err := os.ReadFile(filepath.Join(dir, "articles", name))
		if err != nil || !bytes.Equal(b, []byte(text)) {
			t.Errorf("article %s not copied byte for byte (%v)", name, err)
		}
		if b, _ := os.ReadFile(filepath.Join(src, name)); !bytes.Equal(b, []byte(text)) {
			t.Errorf("the user's article %s was modified", name)
		}
	}
	s, ps := story.Load(dir)
	if ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	if s.Draft {
		t.Error("the written package still opens as a draft")
	}
	if len(s.Places) < 3 || len(s.Steps) < 2 {
		t.Fatalf("package has %d places and %d steps", len(s.Places), len(s.Steps))
	}
	for _, st := range s.Steps {
		if len(st.Places) == 0 {
			t.Errorf("step %q has no places", st.ID)
		}
	}
	found := 0
	for _, p := range s.Places {
		if p.Origin == story.OriginGazetteer || p.Origin == story.OriginInferred {
			found++
		}
	}
	if found == 0 {
		t.Error("no place keeps its origin (gazetteer or inferred)")
	}
	for _, r := range s.Routes {
		if r.Origin != story.OriginInferred || !r.Approximate {
			t.Errorf("route %s: origin %q approximate %v, want inferred and approximate", r.ID, r.Origin, r.Approximate)
		}
	}
	if code, _, _ := run(t, "init", dir, "--from", src); code != ExitFailure {
		t.Errorf("second init into the same folder: exit %d, want 1", code)
	}
	if code, _, _ := run(t, "init", filepath.Join(t.TempDir(), "x"), "--from", filepath.Join(src, "missing")); code == 0 {
		t.Error("init --from a missing folder succeeded")
	}
}

// init writes a .zip package when the name ends in .zip: it validates,
// reopens with the same steps and places, and is never written over.
func TestInitWritesAZip(t *testing.T) {
	zip := filepath.Join(t.TempDir(), "bundled.zip")
	code, out, stderr := run(t, "init", zip)
	if code != 0 {
		t.Fatalf("init %s: %d %s %s", zip, code, out, stderr)
	}
	if code, out, _ := run(t, "validate", zip); code != 0 {
		t.Fatalf("validate of the written zip: %d\n%s", code, out)
	}
	want, ps := openStory("")
	if ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	got, ps := story.Load(zip)
	if ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	if len(got.Steps) != len(want.Steps) || len(got.Places) != len(want.Places) || len(got.Sources) != len(want.Sources) {
		t.Errorf("zip has %d steps, %d places, %d sources; want %d, %d, %d", len(got.Steps), len(got.Places), len(got.Sources),
			len(want.Steps), len(want.Places), len(want.Sources))
	}
	for i, src := range want.Sources {
		if !bytes.Equal(got.Sources[i].Raw, src.Raw) {
			t.Errorf("article %s not copied byte for byte", src.ID)
		}
	}
	before, _ := os.ReadFile(zip)
	if code, _, _ := run(t, "init", zip); code != ExitFailure {
		t.Errorf("second init onto the same zip: exit %d, want 1", code)
	}
	if after, _ := os.ReadFile(zip); !bytes.Equal(before, after) {
		t.Error("the existing zip was changed")
	}
}
