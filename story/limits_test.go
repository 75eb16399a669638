package story

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// zipEntry is one entry of a generated archive.
type zipEntry struct {
	name string
	data string
	mode fs.FileMode
}

// writeZip writes entries (after the base story's files, under prefix) to
// a .zip in a temporary folder and returns its path.
func writeZip(t testing.TB, prefix string, base map[string]string, extra ...zipEntry) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	var entries []zipEntry
	for k, v := range base {
		entries = append(entries, zipEntry{name: prefix + k, data: v})
	}
	entries = append(entries, extra...)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		if e.mode != 0 {
			h.SetMode(e.mode)
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(e.data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "story.zip")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func baseFiles() map[string]string { return fixture(func(map[string]string) {}) }

func hasProblem(ps Problems, want string) bool {
	for _, p := range ps {
		if p.String() == want {
			return true
		}
	}
	return false
}

func TestLoadZip(t *testing.T) {
	for _, prefix := range []string{"", "mystory/"} {
		p := writeZip(t, prefix, baseFiles(), zipEntry{name: "__MACOSX/._x", data: "junk"})
		s, ps := Load(p)
		if len(ps) != 0 || s == nil || len(s.Steps) != 2 || len(s.Sources) != 2 || s.Origin != p {
			t.Fatalf("prefix %q: problems:\n%s", prefix, ps)
		}
	}
}

func TestLoadZipBroken(t *testing.T) {
	lowBudget := func(t *testing.T) {
		old := storyBudget
		storyBudget = 64 << 10
		t.Cleanup(func() { storyBudget = old })
	}
	tests := []struct {
		name  string
		setup func(t *testing.T)
		extra []zipEntry
		want  string // "%s" is the zip's path
	}{
		{"dot-dot", nil, []zipEntry{{name: "articles/../../evil.txt", data: "x"}}, `%s: zip entry "articles/../../evil.txt" escapes the story folder (..); refusing the archive`},
		{"absolute", nil, []zipEntry{{name: "/etc/evil.txt", data: "x"}}, `%s: zip entry "/etc/evil.txt" is an absolute path; refusing the archive`},
		{"backslash", nil, []zipEntry{{name: `..\evil.txt`, data: "x"}}, `%s: zip entry "..\\evil.txt" contains a backslash; refusing the archive`},
		{"symlink", nil, []zipEntry{{name: "articles/link.txt", data: "/etc/passwd", mode: fs.ModeSymlink | 0o777}}, `%s: zip entry "articles/link.txt" is a symbolic link; refusing the archive`},
		{"article bomb", nil, []zipEntry{{name: "articles/big.txt", data: strings.Repeat("a", MaxArticleBytes+10)}}, `articles/big.txt: zip entry "articles/big.txt" is 5242890 bytes uncompressed, over the limit of 5242880 bytes; not read`},
		{"total bomb", lowBudget, []zipEntry{{name: "articles/c.txt", data: strings.Repeat("b", 40<<10)}, {name: "articles/d.txt", data: strings.Repeat("c", 40<<10)}},
			`%s: the .zip holds more than ` + fmt.Sprint(MaxStoryBytes) + ` bytes of story files uncompressed (MaxStoryBytes), passed at entry "articles/d.txt"; nothing read`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.setup != nil {
				tt.setup(t)
			}
			p := writeZip(t, "", baseFiles(), tt.extra...)
			start := time.Now()
			s, ps := Load(p)
			want := strings.ReplaceAll(tt.want, "%s", p)
			if !hasProblem(ps, want) {
				t.Errorf("want\n  %s\ngot\n  %s", want, strings.ReplaceAll(ps.String(), "\n", "\n  "))
			}
			if s != nil && ps.HasErrors() && strings.HasPrefix(want, p) {
				t.Errorf("an unsafe archive must give no story")
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestLoadZipTooManyEntries(t *testing.T) {
	var extra []zipEntry
	for i := 0; i <= MaxZipEntries; i++ {
		extra = append(extra, zipEntry{name: fmt.Sprintf("junk/%d", i)})
	}
	p := writeZip(t, "", nil, extra...)
	_, ps := Load(p)
	want := fmt.Sprintf("%s: %d entries in the .zip, over the limit of %d (MaxZipEntries)", p, MaxZipEntries+1, MaxZipEntries)
	if !hasProblem(ps, want) {
		t.Errorf("want %s\ngot %s", want, ps)
	}
}

// TestLoadZipLyingHeader stores an entry whose header claims 10 bytes but
// whose data inflates to 8 MB: reading must stop at the limit.
func TestLoadZipLyingHeader(t *testing.T) {
	var comp bytes.Buffer
	{
		zw := zip.NewWriter(&comp)
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: "x", Method: zip.Deflate})
		w.Write(bytes.Repeat([]byte("a"), 8<<20))
		zw.Close()
	}
	zr, err := zip.NewReader(bytes.NewReader(comp.Bytes()), int64(comp.Len()))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := zr.File[0].OpenRaw()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for k, v := range baseFiles() {
		w, _ := zw.Create(k)
		w.Write([]byte(v))
	}
	h := zr.File[0].FileHeader
	h.Name = "articles/liar.txt"
	h.UncompressedSize64 = 10
	w, err := zw.CreateRaw(&h)
	if err != nil {
		t.Fatal(err)
	}
	var rawBytes bytes.Buffer
	rawBytes.ReadFrom(raw)
	w.Write(rawBytes.Bytes())
	zw.Close()
	p := filepath.Join(t.TempDir(), "liar.zip")
	os.WriteFile(p, buf.Bytes(), 0o644)
	_, ps := Load(p)
	found := false
	for _, pr := range ps {
		if pr.File == "articles/liar.txt" && pr.Severity == SeverityError {
			found = true
		}
	}
	if !found {
		t.Errorf("lying header not caught:\n%s", ps)
	}
}

func TestLoadFolderSymlinkOutside(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("A secret outside the story."), 0o644)
	dir := t.TempDir()
	for k, v := range baseFiles() {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, k)), 0o755)
		os.WriteFile(filepath.Join(dir, k), []byte(v), 0o644)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "articles", "c.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}
	if err := os.Symlink("a.txt", filepath.Join(dir, "articles", "d.txt")); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "claims.json"))
	if err := os.Symlink(outside, filepath.Join(dir, "claims.json")); err != nil {
		t.Fatal(err)
	}
	s, ps := Load(dir)
	for _, want := range []string{
		"articles/c.txt: symbolic link points outside the story folder (or to nothing); not read",
		"claims.json: symbolic link points outside the story folder (or to nothing); not read",
	} {
		if !hasProblem(ps, want) {
			t.Errorf("want %s\ngot %s", want, ps)
		}
	}
	if d := s.SourceByID("d"); d == nil || d.Article == nil {
		t.Errorf("a symlink inside the folder must be read")
	}
	for _, src := range s.Sources {
		if strings.Contains(string(src.Raw), "secret") {
			t.Errorf("read a file outside the story through %s", src.File)
		}
	}
}

func TestLoadFolderArticlesDirSymlinkOutside(t *testing.T) {
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "x.txt"), []byte("A secret."), 0o644)
	dir := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dir, "articles")); err != nil {
		t.Skip("no symlinks:", err)
	}
	s, ps := Load(dir)
	want := "articles: cannot list articles: symbolic link points outside the story folder (or to nothing)"
	if !hasProblem(ps, want) {
		t.Errorf("want %s\ngot %s", want, ps)
	}
	if s != nil && len(s.Sources) != 0 {
		t.Errorf("read articles through a symlink outside")
	}
}

func TestValidateMatchBudget(t *testing.T) {
	old := matchCheckBudget
	matchCheckBudget = 100
	t.Cleanup(func() { matchCheckBudget = old })
	files := baseFiles()
	files["claims.json"] = strings.Replace(baseClaims, `"/special train/"`, `"/jet plane/"`, 1)
	s, ps := LoadFS(mapFS(files), "budget")
	n := 0
	for _, src := range s.Sources {
		n += len(src.Article.Text)
	}
	want := fmt.Sprintf("claims.json: warning: 2 matchers over %d bytes of text: too much to check that every matcher matches a sentence", n)
	if !hasProblem(ps, want) || len(ps) != 1 {
		t.Errorf("want only %s\ngot %s", want, ps)
	}
}

func TestLoadTooManyArticles(t *testing.T) {
	files := baseFiles()
	for i := 0; i < MaxArticles; i++ {
		files[fmt.Sprintf("articles/x%05d.txt", i)] = "x"
	}
	start := time.Now()
	s, ps := LoadFS(mapFS(files), "many")
	want := fmt.Sprintf("articles: %d article files, over the limit of %d (MaxArticles)", MaxArticles+2, MaxArticles)
	if s != nil || !hasProblem(ps, want) {
		t.Errorf("want %s\ngot %s", want, ps)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestLoadTooManyCoordinates(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 7 MB GeoJSON")
	}
	var b strings.Builder
	b.WriteString(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"r"},"geometry":{"type":"LineString","coordinates":[`)
	for i := 0; i <= MaxCoordinates; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("[1,2]")
	}
	b.WriteString("]}}]}")
	files := baseFiles()
	files["routes.geojson"] = b.String()
	start := time.Now()
	_, ps := LoadFS(mapFS(files), "coords")
	want := fmt.Sprintf("routes.geojson:1: features[0].geometry.coordinates[%d]: more than %d coordinates in one file (limit MaxCoordinates)", MaxCoordinates, MaxCoordinates)
	if !hasProblem(ps, want) {
		t.Errorf("want %s\ngot %s", want, ps)
	}
	t.Logf("1,000,001 coordinates refused in %v", time.Since(start))
}

func TestLoadNothingWritten(t *testing.T) {
	dir := t.TempDir()
	for k, v := range baseFiles() {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, k)), 0o755)
		os.WriteFile(filepath.Join(dir, k), []byte(v), 0o644)
	}
	before := listTree(t, dir)
	Load(dir)
	Load(writeZip(t, "", baseFiles()))
	if after := listTree(t, dir); after != before {
		t.Errorf("loading changed the folder:\n%s\n%s", before, after)
	}
}

func listTree(t *testing.T, dir string) string {
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		fi, _ := d.Info()
		fmt.Fprintf(&b, "%s %d %v\n", p, fi.Size(), fi.ModTime())
		return nil
	})
	return b.String()
}
