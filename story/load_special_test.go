package story

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"
)

// noOpenFS fails the test when a file in never is opened.
type noOpenFS struct {
	fstest.MapFS
	t     *testing.T
	never map[string]bool
}

func (f noOpenFS) Open(name string) (fs.File, error) {
	if f.never[name] {
		f.t.Errorf("%s was opened", name)
	}
	return f.MapFS.Open(name)
}

// TestLoadSpecialArticle checks that a special file named like an article
// is skipped with a warning naming it, without being opened, and that the
// story still loads.
func TestLoadSpecialArticle(t *testing.T) {
	for _, tt := range []struct {
		mode fs.FileMode
		want string
	}{
		{fs.ModeNamedPipe, "articles/pipe.txt: warning: not a regular file; skipped (a FIFO)"},
		{fs.ModeSocket, "articles/pipe.txt: warning: not a regular file; skipped (a socket)"},
		{fs.ModeDevice | fs.ModeCharDevice, "articles/pipe.txt: warning: not a regular file; skipped (a character device)"},
		{fs.ModeDevice, "articles/pipe.txt: warning: not a regular file; skipped (a device)"},
	} {
		m := baseFS()
		m["articles/pipe.txt"] = &fstest.MapFile{Mode: tt.mode | 0o644}
		m["articles/folder.md/x"] = &fstest.MapFile{Data: []byte("not an article"), Mode: 0o644}
		s, ps := LoadFS(noOpenFS{m, t, map[string]bool{"articles/pipe.txt": true}}, "special")
		if !hasProblem(ps, tt.want) {
			t.Errorf("want %s\ngot %s", tt.want, ps)
		}
		if ps.HasErrors() || s == nil || len(s.Sources) != 2 {
			t.Errorf("%v: the story should load with its 2 articles; problems:\n%s", tt.mode, ps)
		}
		for _, p := range ps {
			if p.File == "articles/folder.md" || p.File == "articles/folder.md/x" {
				t.Errorf("a folder named like an article is not one: %s", p)
			}
		}
	}
}

// TestLoadFIFOArticle loads a real story folder holding a FIFO named like
// an article and a link to it: opening either would block forever.
func TestLoadFIFOArticle(t *testing.T) {
	dir := t.TempDir()
	for name, data := range baseFiles() {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fifo := filepath.Join(dir, "articles", "pipe.txt")
	if out, err := exec.Command("mkfifo", fifo).CombinedOutput(); err != nil {
		t.Skipf("mkfifo: %v %s", err, out)
	}
	if err := os.Symlink("pipe.txt", filepath.Join(dir, "articles", "link.md")); err != nil {
		t.Skipf("symlink: %v", err)
	}
	type result struct {
		s  *Story
		ps Problems
	}
	done := make(chan result, 1)
	go func() {
		s, ps := Load(dir)
		done <- result{s, ps}
	}()
	select {
	case r := <-done:
		for _, want := range []string{
			"articles/pipe.txt: warning: not a regular file; skipped (a FIFO)",
			"articles/link.md: warning: not a regular file; skipped (a FIFO)",
		} {
			if !hasProblem(r.ps, want) {
				t.Errorf("want %s\ngot %s", want, r.ps)
			}
		}
		if r.ps.HasErrors() || r.s == nil || len(r.s.Sources) != 2 {
			t.Errorf("the story should load with its 2 articles; problems:\n%s", r.ps)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Load blocked on the FIFO")
	}
}
