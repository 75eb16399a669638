package charts

import (
	"bytes"
	"errors"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestExportAllFormats(t *testing.T) {
	r := renderer(t)
	dir := t.TempDir()
	var last, total int
	t0 := time.Now()
	files, err := Export(r, testReport(), "Story", ExportOptions{Dir: dir, Scale: 2, Width: 960, Height: 560,
		Progress: func(d, n int) { last, total = d, n }})
	if err != nil {
		t.Fatal(err)
	}
	n := len(All) * len(Formats)
	t.Logf("%d charts × %d formats in %v", len(All), len(Formats), time.Since(t0))
	if len(files) != n || last != n || total != n {
		t.Fatalf("%d files, progress %d/%d", len(files), last, total)
	}
	for _, id := range All {
		for _, f := range Formats {
			p := filepath.Join(dir, string(id)+"."+f)
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			switch f {
			case "png":
				cfg, err := png.DecodeConfig(bytes.NewReader(b))
				if err != nil || cfg.Width != 1920 || cfg.Height != 1120 {
					t.Errorf("%s: %dx%d %v, want 1920x1120", p, cfg.Width, cfg.Height, err)
				}
			case "svg":
				if !bytes.HasPrefix(b, []byte("<svg")) || !bytes.Contains(b, []byte("<text")) {
					t.Errorf("%s: not an SVG with text", p)
				}
			case "html":
				if !bytes.HasPrefix(b, []byte("<!DOCTYPE html>")) {
					t.Errorf("%s: not HTML", p)
				}
			}
		}
	}
	// A second export refuses to overwrite unless asked.
	if _, err := Export(r, testReport(), "Story", ExportOptions{Dir: dir, Formats: []string{"svg"}, Charts: []ID{Places}}); err == nil {
		t.Error("existing file overwritten without Overwrite")
	}
	if _, err := Export(r, testReport(), "Story", ExportOptions{Dir: dir, Formats: []string{"svg"}, Charts: []ID{Places}, Overwrite: true}); err != nil {
		t.Errorf("Overwrite: %v", err)
	}
}

// failAfter fails once n bytes went through.
type failAfter struct {
	w io.Writer
	n int
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("disk full")
	}
	if len(p) > f.n {
		p = p[:f.n]
	}
	n, err := f.w.Write(p)
	f.n -= n
	if err == nil && f.n <= 0 {
		err = errors.New("disk full")
	}
	return n, err
}

func TestExportFailedWriteLeavesNoFile(t *testing.T) {
	r := renderer(t)
	dir := t.TempDir()
	old := wrapWriter
	wrapWriter = func(w io.Writer) io.Writer { return &failAfter{w: w, n: 1000} }
	defer func() { wrapWriter = old }()
	files, err := Export(r, testReport(), "Story", ExportOptions{Dir: dir, Charts: []ID{Places}, Formats: []string{"png", "svg"}})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v, want disk full", err)
	}
	if len(files) != 0 {
		t.Errorf("reported files %v", files)
	}
	left, _ := os.ReadDir(dir)
	for _, e := range left {
		t.Errorf("left behind: %s", e.Name())
	}
}

func TestExportRejectsBadOptions(t *testing.T) {
	r := renderer(t)
	for name, o := range map[string]ExportOptions{
		"format": {Dir: t.TempDir(), Formats: []string{"gif"}},
		"chart":  {Dir: t.TempDir(), Charts: []ID{"pie"}},
		"scale":  {Dir: t.TempDir(), Scale: 100},
	} {
		if _, err := Export(r, testReport(), "", o); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
