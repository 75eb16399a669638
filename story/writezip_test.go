package story

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/storylens/storylens/internal/safefile"
)

func TestWriteZipRoundTrip(t *testing.T) {
	s, ps := LoadFS(baseFS(), "base")
	if len(ps) != 0 {
		t.Fatal(ps)
	}
	p := filepath.Join(t.TempDir(), "story.zip")
	if err := WriteZip(s, p, false); err != nil {
		t.Fatal(err)
	}
	back, ps := Load(p)
	if len(ps) != 0 {
		t.Fatalf("reloaded zip has problems:\n%s", ps)
	}
	back.Origin = s.Origin
	if !reflect.DeepEqual(s, back) {
		t.Errorf("zip round trip differs:\n%+v\n%+v", s, back)
	}
	// Every article is in the archive byte for byte.
	r, err := zip.OpenReader(p)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got := map[string][]byte{}
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		got[f.Name] = data
	}
	for _, src := range s.Sources {
		name, _ := articleFileName(src)
		if !bytes.Equal(got[ArticlesDir+"/"+name], src.Raw) {
			t.Errorf("%s: not in the zip byte for byte", name)
		}
	}
	// The same story gives the same archive.
	q := filepath.Join(t.TempDir(), "again.zip")
	if err := WriteZip(s, q, false); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(p)
	b, _ := os.ReadFile(q)
	if !bytes.Equal(a, b) {
		t.Error("writing the same story twice gave different archives")
	}
}

func TestWriteZipOverwriteAndFailure(t *testing.T) {
	s, _ := LoadFS(baseFS(), "base")
	p := filepath.Join(t.TempDir(), "story.zip")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteZip(s, p, false); !errors.Is(err, safefile.ErrExists) {
		t.Fatalf("an existing file was not refused: %v", err)
	}
	if data, _ := os.ReadFile(p); string(data) != "old" {
		t.Error("a refused write changed the file")
	}
	// A source that cannot be written fails before the file is touched.
	bad := *s
	bad.Sources = append([]*Source{{ID: "../x"}}, s.Sources...)
	if err := WriteZip(&bad, p, true); err == nil {
		t.Fatal("a source id that is no file name was accepted")
	}
	if data, _ := os.ReadFile(p); string(data) != "old" {
		t.Error("a failed write changed the file")
	}
	if err := WriteZip(s, p, true); err != nil {
		t.Fatal(err)
	}
	if _, ps := Load(p); ps.HasErrors() {
		t.Fatal(ps)
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Errorf("%d files beside the zip (a temporary file left?)", len(entries))
	}
}
