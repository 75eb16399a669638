package story

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// rawEntry is an archive entry written with CreateRaw, so its header can
// state sizes and a checksum that differ from its data.
type rawEntry struct {
	name string
	data []byte
	// declared is the uncompressed size the header states; -1 for the truth.
	declared int64
	// badCRC writes a checksum that does not match the data.
	badCRC bool
}

// writeRawZip writes the base story (at the archive's root) and entries to
// a .zip in a temporary folder and returns its path.
func writeRawZip(t testing.TB, entries ...rawEntry) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range baseFiles() {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(data))
	}
	for _, e := range entries {
		var comp bytes.Buffer
		fw, _ := flate.NewWriter(&comp, flate.BestCompression)
		fw.Write(e.data)
		fw.Close()
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(e.data),
			CompressedSize64: uint64(comp.Len()), UncompressedSize64: uint64(len(e.data))}
		if e.declared >= 0 {
			h.UncompressedSize64 = uint64(e.declared)
		}
		if e.badCRC {
			h.CRC32++
		}
		w, err := zw.CreateRaw(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(comp.Bytes())
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

// allocated returns the bytes f allocates (all goroutines; tests here run
// one at a time).
func allocated(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// TestLoadZipBomb checks that each kind of zip bomb is refused with a
// message naming the entry and costs far less memory than it would inflate
// to: entries are refused on their declared sizes before being read.
func TestLoadZipBomb(t *testing.T) {
	big := bytes.Repeat([]byte("Kim took the armored train to Vladivostok.\n"), 4*MaxArticleBytes/43)
	small := []byte("Kim took the armored train to Vladivostok.\n")
	tests := []struct {
		name    string
		budget  int64 // storyBudget for the test; 0 keeps MaxStoryBytes
		entries []rawEntry
		want    string // a problem, "%s" is the zip's path
		// maxAlloc bounds what Load may allocate.
		maxAlloc uint64
	}{
		{"declared over the article limit", 0,
			[]rawEntry{{name: "articles/big.txt", data: big, declared: -1}},
			fmt.Sprintf(`articles/big.txt: zip entry "articles/big.txt" is %d bytes uncompressed, over the limit of %d bytes; not read`, len(big), MaxArticleBytes),
			1 << 20},
		{"declared sizes past the story budget", 256 << 10,
			[]rawEntry{
				{name: "articles/c.txt", data: big[:200<<10], declared: -1},
				{name: "articles/d.txt", data: big[:200<<10], declared: -1},
			},
			`%s: the .zip holds more than ` + fmt.Sprint(MaxStoryBytes) + ` bytes of story files uncompressed (MaxStoryBytes), passed at entry "articles/d.txt"; nothing read`,
			256 << 10},
		{"header claims less than the data", 0,
			[]rawEntry{{name: "articles/liar.txt", data: big, declared: 100}},
			`articles/liar.txt: zip entry "articles/liar.txt" is larger than its header says (100 bytes); the archive is damaged or hostile`,
			1 << 20},
		{"header claims nothing, data follows", 0,
			[]rawEntry{{name: "articles/zero.txt", data: big, declared: 0}},
			`articles/zero.txt: zip entry "articles/zero.txt" is larger than its header says (0 bytes); the archive is damaged or hostile`,
			1 << 20},
		{"header claims more than the data", 0,
			[]rawEntry{{name: "articles/short.txt", data: small, declared: 1000}},
			`articles/short.txt: zip entry "articles/short.txt" is shorter than its header says (1000 bytes); the archive is damaged`,
			1 << 20},
		{"header claims the article limit for a few bytes", 0,
			[]rawEntry{{name: "articles/short.txt", data: small, declared: MaxArticleBytes}},
			fmt.Sprintf(`articles/short.txt: zip entry "articles/short.txt" is shorter than its header says (%d bytes); the archive is damaged`, MaxArticleBytes),
			// far below the size claimed: nothing is allocated for it (the
			// process-wide count also takes in other goroutines' work, which
			// reached 289 KB once under the race detector)
			1 << 20},
		{"wrong checksum", 0,
			[]rawEntry{{name: "articles/crc.txt", data: small, declared: -1, badCRC: true}},
			`articles/crc.txt: zip entry "articles/crc.txt" fails its checksum; the archive is damaged`,
			1 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.budget > 0 {
				old := storyBudget
				storyBudget = tt.budget
				t.Cleanup(func() { storyBudget = old })
			}
			p := writeRawZip(t, tt.entries...)
			var s *Story
			var ps Problems
			a := allocated(func() { s, ps = Load(p) })
			want := strings.ReplaceAll(tt.want, "%s", p)
			if !hasProblem(ps, want) {
				t.Errorf("want\n  %s\ngot\n  %s", want, strings.ReplaceAll(ps.String(), "\n", "\n  "))
			}
			if s != nil {
				t.Error("a story with a broken entry must not load")
			}
			if a > tt.maxAlloc {
				t.Errorf("allocated %d KB, want under %d KB", a>>10, tt.maxAlloc>>10)
			}
			t.Logf("allocated %d KB", a>>10)
		})
	}
}

// TestReadZipEntry checks readZipEntry on its own: the buffer is the
// declared size (no doubling), and an entry declared over the limit is not
// opened.
func TestReadZipEntry(t *testing.T) {
	data := bytes.Repeat([]byte("Putin waited at the station.\n"), (4<<20)/29)
	p := writeRawZip(t, rawEntry{name: "articles/a.txt", data: data, declared: -1})
	r, err := zip.OpenReader(p)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var f *zip.File
	for _, zf := range r.File {
		if zf.Name == "articles/a.txt" {
			f = zf
		}
	}
	var got []byte
	a := allocated(func() { got, err = readZipEntry(f, MaxArticleBytes) })
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("read %d bytes, %v; want %d bytes", len(got), err, len(data))
	}
	// The buffer plus the inflater's state: well under the 2× of append growth.
	if limit := uint64(len(data)) + 256<<10; a > limit {
		t.Errorf("reading %d bytes allocated %d, want at most %d", len(data), a, limit)
	}
	t.Logf("reading %d bytes allocated %d", len(data), a)

	a = allocated(func() { got, err = readZipEntry(f, int64(len(data))-1) })
	if err != errOverLimit || got != nil {
		t.Errorf("declared over the limit: got %d bytes, %v; want errOverLimit", len(got), err)
	}
	if a > 4<<10 {
		t.Errorf("refusing on the declared size allocated %d bytes", a)
	}
}

// TestInflateBound checks that the bound on what an entry can inflate to
// holds for the most compressible data there is, stored and deflated.
func TestInflateBound(t *testing.T) {
	zeros := make([]byte, 4<<20)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, h := range []*zip.FileHeader{{Name: "deflated", Method: zip.Deflate}, {Name: "stored", Method: zip.Store}} {
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(zeros)
	}
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if b := inflateBound(f); b < f.UncompressedSize64 {
			t.Errorf("%s: %d bytes compressed to %d, bound %d", f.Name, f.UncompressedSize64, f.CompressedSize64, b)
		}
		data, err := readZipEntry(f, MaxArticleBytes)
		if err != nil || !bytes.Equal(data, zeros) {
			t.Errorf("%s: read %d bytes, %v", f.Name, len(data), err)
		}
	}
}
