package limitread

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
)

// TestAtMost checks the bounded read: the expected size is only a hint, and
// never more than n bytes are returned.
func TestAtMost(t *testing.T) {
	tests := []struct {
		name    string
		content string
		size, n int64
		want    string
	}{
		{"size as stated", "abcdef", 6, 11, "abcdef"},
		{"grew since stat", "abcdefgh", 3, 11, "abcdefgh"},
		{"grew past n", "abcdefghijklmnop", 3, 11, "abcdefghijk"},
		{"shrank since stat", "abc", 6, 11, "abc"},
		{"empty", "", 0, 11, ""},
		{"at n exactly", "abcdefghijk", 11, 11, "abcdefghijk"},
		{"negative size", "abc", -1, 11, "abc"},
		{"n zero", "abc", 3, 0, ""},
	}
	for _, tt := range tests {
		got, err := AtMost(strings.NewReader(tt.content), tt.size, tt.n)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

// TestAtMostOneBuffer: a file of the stated size is read into one buffer of
// that size, not grown by doubling.
func TestAtMostOneBuffer(t *testing.T) {
	data := strings.Repeat("x", 1<<20)
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	got, _ := AtMost(strings.NewReader(data), int64(len(data)), 5<<20)
	runtime.ReadMemStats(&b)
	if len(got) != len(data) {
		t.Fatalf("read %d bytes, want %d", len(got), len(data))
	}
	if n := b.TotalAlloc - a.TotalAlloc; n > 1<<20+64<<10 { // one buffer, rounded up to its size class
		t.Errorf("reading 1 MB allocated %d bytes", n)
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name    string
		content string
		size    int64
		want    string
		err     string
	}{
		{"within", "abc", 3, "abc", ""},
		{"at the limit", "abcde", 5, "abcde", ""},
		{"stated over", "abcdef", 6, "", "x.json: 6 bytes, over the limit of 5 bytes"},
		{"grew over", "abcdefgh", 2, "", "x.json: over the limit of 5 bytes"},
		{"size unknown", "abcdefgh", -1, "", "x.json: over the limit of 5 bytes"},
	}
	for _, tt := range tests {
		got, err := Read(strings.NewReader(tt.content), "x.json", tt.size, 5)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err || !errors.Is(err, ErrTooLarge) {
				t.Errorf("%s: err %v, want %q (ErrTooLarge)", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	_, err := Read(iotest.ErrReader(io.ErrClosedPipe), "y.txt", -1, 5)
	if err == nil || !strings.HasPrefix(err.Error(), "y.txt: ") || !errors.Is(err, io.ErrClosedPipe) || errors.Is(err, ErrTooLarge) {
		t.Errorf("read error: %v", err)
	}
}

// TestReadStopsAtTheLimit: a reader that never ends costs limit + 1 bytes.
func TestReadStopsAtTheLimit(t *testing.T) {
	var r endless
	_, err := Read(&r, "/dev/zero", -1, 1000)
	if !errors.Is(err, ErrTooLarge) || r.n > 1001 {
		t.Errorf("err %v after %d bytes", err, r.n)
	}
}

type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) { e.n += len(p); return len(p), nil }

func TestFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.json")
	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(small, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(big, make([]byte, 100), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := File(small, 10); err != nil || string(b) != "{}" {
		t.Errorf("small: %q %v", b, err)
	}
	for _, tc := range []struct{ path, want string }{
		{big, big + ": 100 bytes, over the limit of 10 bytes"},
		{dir, dir + ": is a folder, want a file"},
		{filepath.Join(dir, "none.json"), "open " + filepath.Join(dir, "none.json") + ": no such file or directory"},
	} {
		if _, err := File(tc.path, 10); err == nil || err.Error() != tc.want {
			t.Errorf("%s: err %v, want %q", tc.path, err, tc.want)
		}
	}
	var tl *TooLargeError
	if _, err := File(big, 10); !errors.As(err, &tl) || tl.Size != 100 || tl.Limit != 10 || tl.Name != big {
		t.Errorf("big: %#v", tl)
	}
}
