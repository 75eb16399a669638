package story

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func roundTrip(t *testing.T, s *Story) *Story {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "pkg")
	if err := WritePackage(s, dir); err != nil {
		t.Fatal(err)
	}
	back, ps := Load(dir)
	if len(ps) != 0 {
		t.Fatalf("reloaded package has problems:\n%s", ps)
	}
	back.Origin = s.Origin
	for _, src := range s.Sources {
		raw, err := os.ReadFile(filepath.Join(dir, "articles", filepath.Base(src.File)))
		if err != nil || string(raw) != string(src.Raw) {
			t.Errorf("%s: raw bytes not written unchanged (%v)", src.File, err)
		}
	}
	return back
}

func TestWritePackageRoundTrip(t *testing.T) {
	s, ps := LoadFS(baseFS(), "base")
	if len(ps) != 0 {
		t.Fatal(ps)
	}
	back := roundTrip(t, s)
	if !reflect.DeepEqual(s, back) {
		t.Errorf("round trip differs:\n%+v\n%+v", s, back)
	}
}

func TestWritePackageRoundTripBundled(t *testing.T) {
	s, ps := Load("../data/kimputin")
	if ps.HasErrors() {
		t.Fatal(ps)
	}
	back := roundTrip(t, s)
	for i := range s.Steps {
		if !reflect.DeepEqual(s.Steps[i], back.Steps[i]) {
			t.Errorf("step %d differs:\n%+v\n%+v", i, s.Steps[i], back.Steps[i])
		}
	}
	if !reflect.DeepEqual(s, back) {
		t.Errorf("round trip of the bundled story differs")
	}
}

func TestWritePackageDraftBecomesStory(t *testing.T) {
	s, _ := Load("../data/kimputin/articles")
	back := roundTrip(t, s)
	if back.Draft || len(back.Steps) != len(s.Steps) || back.Steps[1].Body != s.Steps[1].Body {
		t.Errorf("draft written and reloaded: draft=%v steps %d", back.Draft, len(back.Steps))
	}
}

func TestWritePackageRefuses(t *testing.T) {
	s, _ := LoadFS(baseFS(), "base")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("mine"), 0o644)
	err := WritePackage(s, dir)
	if err == nil || !strings.Contains(err.Error(), "is not empty") {
		t.Errorf("non-empty dir: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("wrote into a non-empty dir: %d entries", len(entries))
	}
	evil := &Story{Title: "x", Sources: []*Source{{ID: "../../evil", File: "../../evil.txt", Raw: []byte("x")}}}
	out := filepath.Join(t.TempDir(), "out")
	if err := WritePackage(evil, out); err == nil || !strings.Contains(err.Error(), "cannot be a file name") {
		t.Errorf("escaping source id: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "..", "..", "evil.txt")); err == nil {
		t.Errorf("wrote outside the package")
	}
	ro := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(ro, 0o555)
	if os.Getuid() != 0 {
		if err := WritePackage(s, filepath.Join(ro, "pkg")); err == nil {
			t.Errorf("unwritable parent: no error")
		}
	}
}
