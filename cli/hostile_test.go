package cli

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/storylens/storylens/assets/echartsjs"
	"github.com/storylens/storylens/story"
)

// Hostile input through the real command line (issue 7 §1, §3, §4): every
// case builds a story in a temporary folder, runs the commands a user would,
// and checks the exit code, the message, the time taken, that nothing
// panics and that nothing is written.

// hostileTimeLimit is the most one command may take on a hostile story
// (raceSlowdown times more under the race detector, which slows code down
// several-fold).
const hostileTimeLimit = 10 * time.Second * raceSlowdown

// result is one run of Main.
type result struct {
	code     int
	out, err string
	took     time.Duration
	panicked any
}

func (r result) text() string { return r.out + r.err }

// hangLimit is how long runMain waits before calling a command hung.
const hangLimit = 3 * hostileTimeLimit

// runMain runs Main, catching a panic instead of crashing the test binary,
// and giving up (code -2) on a command that hangs.
func runMain(args ...string) result {
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		var r result
		var out, errb bytes.Buffer
		defer func() {
			r.took = time.Since(start)
			r.out, r.err = out.String(), errb.String()
			if p := recover(); p != nil {
				r.panicked = p
				r.code = -1
			}
			done <- r
		}()
		r.code = Main(args, Env{Stdout: &out, Stderr: &errb, OpenGUI: func(string) error {
			panic("OpenGUI called")
		}})
	}()
	select {
	case r := <-done:
		return r
	case <-time.After(hangLimit):
		return result{code: -2, took: time.Since(start), err: fmt.Sprintf("hung: no answer after %v", hangLimit)}
	}
}

// firstLine returns the first line of s that matches re (or the first line).
func firstLine(s string, re *regexp.Regexp) string {
	for _, l := range strings.Split(s, "\n") {
		if re != nil && re.MatchString(l) {
			return l
		}
	}
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// Base story: small and valid, mutated by each case.
const (
	baseStory = `{
  "title": "Hostile test story",
  "steps": [
    {
      "id": "leave",
      "title": "Kim leaves Pyongyang",
      "date": "2023-09-10",
      "body": "Kim leaves by train.",
      "places": ["pyongyang"],
      "claims": ["train"],
      "sources": ["a"]
    }
  ]
}
`
	basePlaces = `{
  "type": "FeatureCollection",
  "features": [
    {
      "type": "Feature",
      "properties": {"id": "pyongyang", "name": "Pyongyang", "kind": "city", "provenance": "test"},
      "geometry": {"type": "Point", "coordinates": [125.75, 39.03]}
    }
  ]
}
`
	baseClaims = `{
  "claims": [
    {
      "id": "train",
      "label": "Kim travels by armored train",
      "matchers": ["armored train"]
    }
  ]
}
`
	baseArticle = "---\ntitle: Kim leaves\noutlet: Test Wire\ndate: 2023-09-10\n---\nKim Jong Un left Pyongyang on Sunday by armored train.\n"
)

// writeFiles writes name → content below dir.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// baseStoryDir writes the valid base story into a new folder.
func baseStoryDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "story")
	writeFiles(t, dir, map[string]string{
		"story.json":      baseStory,
		"places.geojson":  basePlaces,
		"claims.json":     baseClaims,
		"articles/a.txt":  baseArticle,
		"articles/b.txt":  "---\ntitle: Putin waits\noutlet: Other Wire\ndate: 2023-09-11\n---\nPutin waited in Vladivostok for the armored train.\n",
		"articles/c.md":   "---\ntitle: The summit\noutlet: Third Wire\ndate: 2023-09-13\n---\nThe two leaders met.\n",
		"PROVENANCE.md.x": "not read",
	})
	return dir
}

// treeHash hashes every name, mode, link target and content below root,
// without following symbolic links.
func treeHash(t testing.TB, root string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		fmt.Fprintf(h, "%s\x00%v\x00", rel, fi.Mode())
		switch {
		case fi.Mode()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "->%s\x00", target)
		case fi.Mode().IsRegular():
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			_, err = io.Copy(h, f)
			f.Close()
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("hash %s: %v", root, err)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// listNames lists the names in dir (sorted), for spotting stray temp files.
func listNames(t testing.TB, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

// deepJSON returns n nested arrays around a 0.
func deepJSON(n int) string {
	return strings.Repeat("[", n) + "0" + strings.Repeat("]", n)
}

// zipEntry is one entry of a test archive. raw, when set, is written with
// CreateRaw (already deflated; crc and sizes as given in hdr).
type zipEntry struct {
	hdr  zip.FileHeader
	data string
	raw  []byte
}

// writeZip writes entries as a .zip at p.
func writeZip(t testing.TB, p string, entries []zipEntry) {
	t.Helper()
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, e := range entries {
		hdr := e.hdr
		if e.raw != nil {
			w, err := zw.CreateRaw(&hdr)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.Write(e.raw); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if hdr.Method == 0 && hdr.Mode()&fs.ModeSymlink == 0 {
			hdr.Method = zip.Deflate
		}
		w, err := zw.CreateHeader(&hdr)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, e.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// baseZipEntries is the base story as archive entries below "story/".
func baseZipEntries() []zipEntry {
	return []zipEntry{
		{hdr: zip.FileHeader{Name: "story/story.json"}, data: baseStory},
		{hdr: zip.FileHeader{Name: "story/places.geojson"}, data: basePlaces},
		{hdr: zip.FileHeader{Name: "story/claims.json"}, data: baseClaims},
		{hdr: zip.FileHeader{Name: "story/articles/a.txt"}, data: baseArticle},
	}
}

// repetitiveArticle returns a reader of n bytes of valid article text.
func repetitiveArticle(n int64) io.Reader {
	line := "Kim Jong Un travelled to Vladivostok by armored train to meet Putin.\n"
	return io.LimitReader(&repeatReader{s: line}, n)
}

type repeatReader struct {
	s string
	i int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.s[r.i:])
		n += c
		r.i = (r.i + c) % len(r.s)
	}
	return n, nil
}

// deflated compresses n bytes of repetitive article text once, so an
// archive can hold it many times via CreateRaw.
func deflated(t testing.TB, n int64) (raw []byte, crc uint32) {
	t.Helper()
	var b bytes.Buffer
	fw, err := flate.NewWriter(&b, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	c := crc32.NewIEEE()
	if _, err := io.Copy(io.MultiWriter(fw, c), repetitiveArticle(n)); err != nil {
		t.Fatal(err)
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), c.Sum32()
}

// bombEntries returns count entries, each inflating to size bytes, whose
// headers state uncompressed size claimed.
func bombEntries(t testing.TB, count int, size int64, claimed uint64) []zipEntry {
	raw, crc := deflated(t, size)
	var es []zipEntry
	for i := range count {
		es = append(es, zipEntry{
			hdr: zip.FileHeader{Name: fmt.Sprintf("story/articles/bomb%05d.txt", i), Method: zip.Deflate,
				CRC32: crc, CompressedSize64: uint64(len(raw)), UncompressedSize64: claimed},
			raw: raw,
		})
	}
	return es
}

// hostileCase is one hostile story. build returns the path to give the CLI
// (a folder or a .zip) and the folder to check for changes.
type hostileCase struct {
	name  string
	build func(t *testing.T) (path, watch string)
	// want matches the line that names the file and says what is wrong.
	want *regexp.Regexp
	// valid marks a story that must load (exit 0), only fast.
	valid bool
	// maxAlloc, when set, bounds the bytes allocated by validate.
	maxAlloc uint64
}

// mkfifo makes a named pipe at p: opening it for reading would block.
// The mkfifo command keeps this file building where syscall has no Mkfifo.
func mkfifo(t *testing.T, p string) {
	os.Remove(p)
	if out, err := exec.Command("mkfifo", p).CombinedOutput(); err != nil {
		t.Skipf("mkfifo: %v %s", err, out)
	}
}

// folderCase mutates the base story folder.
func folderCase(mutate func(t *testing.T, dir string)) func(t *testing.T) (string, string) {
	return func(t *testing.T) (string, string) {
		dir := baseStoryDir(t)
		mutate(t, dir)
		return dir, dir
	}
}

// zipCase writes the entries as story.zip in a folder of its own.
func zipCase(entries func(t *testing.T) []zipEntry) func(t *testing.T) (string, string) {
	return func(t *testing.T) (string, string) {
		dir := filepath.Join(t.TempDir(), "zipdir")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, "story.zip")
		es := entries(t)
		writeZip(t, p, es)
		if fi, err := os.Stat(p); err == nil {
			t.Logf("story.zip: %d entries, %d KB", len(es), fi.Size()>>10)
		}
		return p, dir
	}
}

func files(m map[string]string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) { writeFiles(t, dir, m) }
}

// pointGeoJSON is places.geojson with one point at coords (raw JSON).
func pointGeoJSON(coords string) string {
	return strings.Replace(basePlaces, "[125.75, 39.03]", coords, 1)
}

func hostileCases() []hostileCase {
	q := regexp.QuoteMeta
	return []hostileCase{
		{name: "article over MaxArticleBytes", build: folderCase(func(t *testing.T, dir string) {
			f, err := os.Create(filepath.Join(dir, "articles", "big.txt"))
			if err != nil {
				t.Fatal(err)
			}
			// Sparse: the size is checked before anything is read.
			if err := f.Truncate(story.MaxArticleBytes + 1); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}), want: regexp.MustCompile(q("articles/big.txt") + `.*over the limit of ` + fmt.Sprint(story.MaxArticleBytes))},
		{name: "binary file named .txt", build: folderCase(files(map[string]string{
			"articles/bin.txt": "Kim went\x00\x01\x02\xff by train",
		})), want: regexp.MustCompile(q("articles/bin.txt") + `.*(binary|NUL)`)},
		{name: "invalid UTF-8 article", build: folderCase(files(map[string]string{
			"articles/latin1.txt": "Kim went to Vladivostok.\nPutin said \xe9t\xe9 \xff.\n",
		})), want: regexp.MustCompile(q("articles/latin1.txt") + `:2.*UTF-8`)},
		{name: "empty article", build: folderCase(files(map[string]string{"articles/empty.txt": ""})),
			want: regexp.MustCompile(q("articles/empty.txt") + `.*empty`)},
		{name: "front matter only article", build: folderCase(files(map[string]string{
			"articles/fm.txt": "---\ntitle: Nothing\n---\n",
		})), want: regexp.MustCompile(q("articles/fm.txt") + `.*empty`)},
		{name: "more than MaxArticles articles", build: folderCase(func(t *testing.T, dir string) {
			for i := range story.MaxArticles + 1 {
				f, err := os.Create(filepath.Join(dir, "articles", fmt.Sprintf("n%05d.txt", i)))
				if err != nil {
					t.Fatal(err)
				}
				f.Close()
			}
		}), want: regexp.MustCompile(`articles.*` + `\d+ article files, over the limit of ` + fmt.Sprint(story.MaxArticles))},
		{name: "places.geojson over MaxGeoJSONBytes", build: folderCase(func(t *testing.T, dir string) {
			if err := os.Truncate(filepath.Join(dir, "places.geojson"), story.MaxGeoJSONBytes+1); err != nil {
				t.Fatal(err)
			}
		}), want: regexp.MustCompile(q("places.geojson") + `.*over the limit of ` + fmt.Sprint(story.MaxGeoJSONBytes))},
		{name: "routes.geojson over MaxCoordinates", build: folderCase(func(t *testing.T, dir string) {
			var b strings.Builder
			b.WriteString(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"r","name":"R","mode":"rail","provenance":"t"},"geometry":{"type":"LineString","coordinates":[`)
			for i := range story.MaxCoordinates + 1 {
				if i > 0 {
					b.WriteByte(',')
				}
				b.WriteString("[1,2]")
			}
			b.WriteString("]}}]}\n")
			writeFiles(t, dir, map[string]string{"routes.geojson": b.String()})
		}), want: regexp.MustCompile(q("routes.geojson") + `.*` + fmt.Sprint(story.MaxCoordinates))},
		{name: "story.json deeper than MaxJSONDepth", build: folderCase(files(map[string]string{
			"story.json": strings.Replace(baseStory, `"title": "Hostile test story",`, `"title": "Hostile test story", "deep": `+deepJSON(story.MaxJSONDepth)+",", 1),
		})), want: regexp.MustCompile(q("story.json") + `:2.*(deep|nest)`)},
		{name: "story.json nested a million deep", build: folderCase(files(map[string]string{
			"story.json": deepJSON(1_000_000),
		})), want: regexp.MustCompile(q("story.json") + `.*(deep|nest)`)},
		{name: "claims.json deeper than MaxJSONDepth", build: folderCase(files(map[string]string{
			"claims.json": strings.Replace(baseClaims, `"matchers": ["armored train"]`, `"matchers": ["armored train"], "x": `+deepJSON(story.MaxJSONDepth), 1),
		})), want: regexp.MustCompile(q("claims.json") + `:6.*(deep|nest)`)},
		{name: "places.geojson deeper than MaxJSONDepth", build: folderCase(files(map[string]string{
			"places.geojson": pointGeoJSON(deepJSON(story.MaxJSONDepth)),
		})), want: regexp.MustCompile(q("places.geojson") + `:7.*(deep|nest)`)},
		{name: "NaN coordinate", build: folderCase(files(map[string]string{"places.geojson": pointGeoJSON("[NaN, 39]")})),
			want: regexp.MustCompile(q("places.geojson") + `:7`)},
		{name: "Infinity coordinate", build: folderCase(files(map[string]string{"places.geojson": pointGeoJSON("[Infinity, 39]")})),
			want: regexp.MustCompile(q("places.geojson") + `:7`)},
		{name: "1e999 coordinate", build: folderCase(files(map[string]string{"places.geojson": pointGeoJSON("[1e999, 39]")})),
			want: regexp.MustCompile(q("places.geojson") + `:7.*`)},
		{name: "latitude out of range", build: folderCase(files(map[string]string{"places.geojson": pointGeoJSON("[125.75, 95]")})),
			want: regexp.MustCompile(q("places.geojson") + `:7.*(latitude|range|-90)`)},
		{name: "longitude out of range", build: folderCase(files(map[string]string{"places.geojson": pointGeoJSON("[-181, 39]")})),
			want: regexp.MustCompile(q("places.geojson") + `:7.*(longitude|range|-180)`)},
		{name: "zip entry ../evil.txt", build: zipCase(func(*testing.T) []zipEntry {
			return append(baseZipEntries(), zipEntry{hdr: zip.FileHeader{Name: "../evil.txt"}, data: "evil"})
		}), want: regexp.MustCompile(`story\.zip.*\.\./evil\.txt.*escapes`)},
		{name: "zip entry with absolute path", build: zipCase(func(*testing.T) []zipEntry {
			return append(baseZipEntries(), zipEntry{hdr: zip.FileHeader{Name: "/tmp/evil.txt"}, data: "evil"})
		}), want: regexp.MustCompile(`story\.zip.*/tmp/evil\.txt.*absolute`)},
		{name: "zip symlink entry", build: zipCase(func(*testing.T) []zipEntry {
			h := zip.FileHeader{Name: "story/articles/passwd.txt", Method: zip.Store}
			h.SetMode(fs.ModeSymlink | 0o777)
			return append(baseZipEntries(), zipEntry{hdr: h, data: "/etc/passwd"})
		}), want: regexp.MustCompile(`story\.zip.*articles/passwd\.txt.*symbolic link`)},
		{name: "zip bomb past MaxStoryBytes", build: zipCase(func(t *testing.T) []zipEntry {
			n := story.MaxStoryBytes/story.MaxArticleBytes + 2
			return append(baseZipEntries(), bombEntries(t, n, story.MaxArticleBytes, story.MaxArticleBytes)...)
		}), want: regexp.MustCompile(`story\.zip.*more than ` + fmt.Sprint(story.MaxStoryBytes) + ` bytes`), maxAlloc: 200 << 20},
		{name: "zip bomb of entries over MaxArticleBytes", build: zipCase(func(t *testing.T) []zipEntry {
			// Each entry inflates to 4× the article limit; the archive stays small.
			return append(baseZipEntries(), bombEntries(t, 100, 4*story.MaxArticleBytes, 4*story.MaxArticleBytes)...)
		}), want: regexp.MustCompile(`bomb00000\.txt.*over the limit of ` + fmt.Sprint(story.MaxArticleBytes)), maxAlloc: 200 << 20},
		{name: "zip header lies about sizes", build: zipCase(func(t *testing.T) []zipEntry {
			// Claims 100 bytes; inflates to twice the article limit.
			return append(baseZipEntries(), bombEntries(t, 1, 2*story.MaxArticleBytes, 100)...)
		}), want: regexp.MustCompile(`bomb00000\.txt`), maxAlloc: 200 << 20},
		{name: "zip with more than MaxZipEntries entries", build: zipCase(func(*testing.T) []zipEntry {
			es := baseZipEntries()
			for i := range story.MaxZipEntries + 1 {
				es = append(es, zipEntry{hdr: zip.FileHeader{Name: fmt.Sprintf("story/x/%05d", i), Method: zip.Store}})
			}
			return es
		}), want: regexp.MustCompile(`story\.zip.*entries in the \.zip, over the limit of ` + fmt.Sprint(story.MaxZipEntries))},
		{name: "zip that is not a zip", build: func(t *testing.T) (string, string) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"story.zip": "PK\x03\x04 and then garbage"})
			return filepath.Join(dir, "story.zip"), dir
		}, want: regexp.MustCompile(`story\.zip.*not a readable \.zip`)},
		{name: "FIFO named places.geojson", build: folderCase(func(t *testing.T, dir string) {
			mkfifo(t, filepath.Join(dir, "places.geojson"))
		}), want: regexp.MustCompile(q("places.geojson") + `.*not a regular file`)},
		{name: "FIFO named as an article (skipped unopened, story loads)", valid: true, build: folderCase(func(t *testing.T, dir string) {
			mkfifo(t, filepath.Join(dir, "articles", "pipe.txt"))
		}), want: regexp.MustCompile(`ok \(3 sources`)},
		{name: "symlink to a file outside the story folder", build: folderCase(func(t *testing.T, dir string) {
			secret := filepath.Join(t.TempDir(), "secret.txt")
			writeFiles(t, filepath.Dir(secret), map[string]string{"secret.txt": "Kim's secret travel plan by train.\n"})
			if err := os.Symlink(secret, filepath.Join(dir, "articles", "secret.txt")); err != nil {
				t.Skipf("symlink: %v", err)
			}
		}), want: regexp.MustCompile(q("articles/secret.txt") + `.*symbolic link`)},
		{name: "symlinked story.json outside the folder", build: folderCase(func(t *testing.T, dir string) {
			other := filepath.Join(t.TempDir(), "story.json")
			writeFiles(t, filepath.Dir(other), map[string]string{"story.json": baseStory})
			os.Remove(filepath.Join(dir, "story.json"))
			if err := os.Symlink(other, filepath.Join(dir, "story.json")); err != nil {
				t.Skipf("symlink: %v", err)
			}
		}), want: regexp.MustCompile(q("story.json") + `.*symbolic link`)},
		{name: "story.json is not JSON", build: folderCase(files(map[string]string{
			"story.json": "title: not json\nsteps: []\n",
		})), want: regexp.MustCompile(q("story.json") + `:1`)},
		{name: "matcher is an invalid regexp", build: folderCase(files(map[string]string{
			"claims.json": strings.Replace(baseClaims, `"armored train"`, `"armored train", "/(unclosed[/"`, 1),
		})), want: regexp.MustCompile(q("claims.json") + `:6.*(regexp|regular expression|missing)`)},
		{name: "matcher catastrophic for backtracking (valid, RE2 is linear)", valid: true, build: folderCase(func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{
				"claims.json":       strings.Replace(baseClaims, `"armored train"`, `"armored train", "/(a+)+$/", "/(x+x+)+y/", "/(.*a){20}/"`, 1),
				"articles/aaaa.txt": strings.Repeat("a", 200_000) + "!\n" + strings.Repeat("x", 100_000) + "\n",
			})
		}), want: regexp.MustCompile(`ok|claim-frequency`)},
	}
}

func TestHostileStories(t *testing.T) {
	if testing.Short() {
		t.Skip("builds large hostile stories")
	}
	for _, tc := range hostileCases() {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			path, watch := tc.build(t)
			wantCode := ExitFailure
			if tc.valid {
				wantCode = ExitOK
			}
			before := treeHash(t, watch)
			outDir := filepath.Join(t.TempDir(), "out")
			for _, args := range [][]string{
				{"validate", path},
				{"analyze", path, "--json"},
				{"export", "charts", path, "--out", outDir, "--format", "svg", "--chart", "claim-frequency"},
			} {
				var ms0, ms1 runtime.MemStats
				if tc.maxAlloc > 0 && args[0] == "validate" {
					runtime.GC()
					runtime.ReadMemStats(&ms0)
				}
				r := runMain(args...)
				alloc := ""
				if tc.maxAlloc > 0 && args[0] == "validate" {
					runtime.ReadMemStats(&ms1)
					a := ms1.TotalAlloc - ms0.TotalAlloc
					alloc = fmt.Sprintf(" [allocated %d MB]", a>>20)
					if a > tc.maxAlloc {
						t.Errorf("%s: allocated %d MB, want under %d MB", args[0], a>>20, tc.maxAlloc>>20)
					}
				}
				t.Logf("%-8s %6.2fs exit %d%s: %s", args[0], r.took.Seconds(), r.code, alloc, firstLine(r.text(), tc.want))
				if r.panicked != nil {
					t.Fatalf("%v panicked: %v", args, r.panicked)
				}
				if r.code != wantCode {
					t.Errorf("%v: exit %d, want %d\n%s", args, r.code, wantCode, r.text())
				}
				if r.took > hostileTimeLimit {
					t.Errorf("%v took %v, over %v", args, r.took, hostileTimeLimit)
				}
				if args[0] == "validate" && !tc.want.MatchString(r.text()) {
					t.Errorf("%v: no line matching %q in\n%s", args, tc.want, r.text())
				}
				if !tc.valid && args[0] != "validate" && !strings.Contains(r.err, "nothing done") {
					t.Errorf("%v: stderr does not say nothing was done:\n%s", args, r.err)
				}
			}
			if !tc.valid {
				if _, err := os.Stat(outDir); !os.IsNotExist(err) {
					t.Errorf("export charts created %s (%v)", outDir, err)
				}
			}
			if after := treeHash(t, watch); after != before {
				t.Errorf("the story's folder changed")
			}
		})
	}
}

// TestHostileSafeWrites checks §3 through the CLI: no overwrite without
// --force, a clear error and no stray file when the destination cannot be
// written, and init never touching a non-empty folder.
func TestHostileSafeWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("renders charts and a map")
	}
	dir := baseStoryDir(t)
	storyHash := treeHash(t, dir)
	parent := t.TempDir()
	outDir := filepath.Join(parent, "out")
	writeFiles(t, parent, map[string]string{"out/claim-frequency.svg": "old chart", "map.png": "old map", "blocker": "a regular file"})
	before := listNames(t, parent)
	outBefore := listNames(t, outDir)

	for _, tc := range []struct {
		name string
		args []string
		want *regexp.Regexp
	}{
		{"charts over an existing file", []string{"export", "charts", dir, "--out", outDir, "--format", "svg", "--chart", "claim-frequency"},
			regexp.MustCompile(regexp.QuoteMeta(filepath.Join(outDir, "claim-frequency.svg")) + `.*(exists|force)`)},
		{"map over an existing file", []string{"export", "map", dir, "--out", filepath.Join(parent, "map.png")},
			regexp.MustCompile(regexp.QuoteMeta(filepath.Join(parent, "map.png")) + `.*(exists|force)`)},
		{"charts below a regular file", []string{"export", "charts", dir, "--out", filepath.Join(parent, "blocker", "sub"), "--format", "svg", "--chart", "claim-frequency"},
			regexp.MustCompile(regexp.QuoteMeta(filepath.Join(parent, "blocker")) + `.*not a directory`)},
		{"map below a regular file", []string{"export", "map", dir, "--out", filepath.Join(parent, "blocker", "map.png")},
			regexp.MustCompile(regexp.QuoteMeta(filepath.Join(parent, "blocker")) + `.*not a directory`)},
	} {
		r := runMain(tc.args...)
		t.Logf("%-30s %6.2fs exit %d: %s", tc.name, r.took.Seconds(), r.code, firstLine(r.err, tc.want))
		if r.panicked != nil {
			t.Fatalf("%s: panic %v", tc.name, r.panicked)
		}
		if r.code != ExitFailure {
			t.Errorf("%s: exit %d, want 1\n%s", tc.name, r.code, r.text())
		}
		if !tc.want.MatchString(r.err) {
			t.Errorf("%s: stderr does not match %q:\n%s", tc.name, tc.want, r.err)
		}
	}
	if got := listNames(t, parent); strings.Join(got, "|") != strings.Join(before, "|") {
		t.Errorf("files in the export parent changed: %v, was %v", got, before)
	}
	if got := listNames(t, outDir); strings.Join(got, "|") != strings.Join(outBefore, "|") {
		t.Errorf("files in the chart folder changed: %v, was %v", got, outBefore)
	}
	for name, want := range map[string]string{"out/claim-frequency.svg": "old chart", "map.png": "old map", "blocker": "a regular file"} {
		if b, _ := os.ReadFile(filepath.Join(parent, name)); string(b) != want {
			t.Errorf("%s now holds %q, want %q", name, b, want)
		}
	}

	initDir := filepath.Join(t.TempDir(), "mine")
	writeFiles(t, initDir, map[string]string{"notes.txt": "mine", "story.json": "{}"})
	initHash := treeHash(t, initDir)
	r := runMain("init", initDir)
	t.Logf("%-30s %6.2fs exit %d: %s", "init into a non-empty folder", r.took.Seconds(), r.code, firstLine(r.err, nil))
	if r.code != ExitFailure || !strings.Contains(r.err, initDir) {
		t.Errorf("init into a non-empty folder: exit %d, want 1 naming the folder\n%s", r.code, r.text())
	}
	if treeHash(t, initDir) != initHash {
		t.Error("init changed a non-empty folder")
	}
	if treeHash(t, dir) != storyHash {
		t.Error("exports changed the story folder")
	}
}

// Payloads a hostile story carries in every text it can.
const (
	xssScript = `</script><script>alert(1)</script>`
	xssImg    = `<img src=x onerror=alert(1)>`
)

// xssStoryDir writes a valid story whose every text is hostile.
func xssStoryDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "xss")
	jsq := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	body := "Kim " + xssScript + " " + xssImg + " [click](javascript:alert(1)) ![x](http://evil.example/x.png) " +
		`<a href="javascript:alert(1)">raw</a> <iframe src="https://evil.example/"></iframe>`
	writeFiles(t, dir, map[string]string{
		"story.json": `{
  "title": ` + jsq("Story "+xssScript) + `,
  "description": ` + jsq(xssImg) + `,
  "steps": [
    {"id": "overview", "title": ` + jsq("Overview "+xssScript) + `, "body": ` + jsq(body) + `, "places": ["pyongyang", "vladivostok"], "claims": ["train"], "sources": ["a", "b"]},
    {"id": "leave", "title": ` + jsq("Leave "+xssImg) + `, "date": "2023-09-10", "body": ` + jsq(body) + `,
     "places": ["pyongyang"], "claims": ["train", "img"], "sources": ["a"],
     "extra": {"media": {"url": "javascript:alert(1)", "caption": ` + jsq(xssImg) + `, "credit": ` + jsq(xssScript) + `},
               "background": {"url": "http://evil.example/bg.png"}}}
  ]
}
`,
		"places.geojson": `{"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"id": "pyongyang", "name": ` + jsq("Pyongyang "+xssImg) + `, "kind": "city", "provenance": "test"},
  "geometry": {"type": "Point", "coordinates": [125.75, 39.03]}},
 {"type": "Feature", "properties": {"id": "vladivostok", "name": "Vladivostok", "kind": "city", "provenance": "test"},
  "geometry": {"type": "Point", "coordinates": [131.87, 43.11]}}]}
`,
		"claims.json": `{"claims": [
 {"id": "train", "label": ` + jsq("Train "+xssScript) + `, "topic": ` + jsq(xssImg) + `, "matchers": ["armored train"]},
 {"id": "img", "label": ` + jsq(xssImg) + `, "matchers": ["Vladivostok"]}]}
`,
		"articles/a.txt": "---\ntitle: A " + xssScript + "\noutlet: " + xssImg + "\nurl: javascript:alert(1)\ndate: 2023-09-10\n---\nKim Jong Un left Pyongyang by armored train for Vladivostok.\n",
		"articles/b.txt": "---\ntitle: B " + xssImg + "\noutlet: Wire\nurl: http://evil.example/b\ndate: 2023-09-11\n---\nPutin waited in Vladivostok for the armored train. " + xssScript + "\n",
	})
	return dir
}

// loadingElements are the elements whose URL attributes a browser fetches.
var loadingElements = map[string]bool{"script": true, "img": true, "link": true, "iframe": true, "frame": true,
	"embed": true, "object": true, "video": true, "audio": true, "source": true, "track": true, "image": true, "use": true, "input": true}

// urlAttrs are attributes that hold a URL.
var urlAttrs = map[string]bool{"src": true, "href": true, "xlink:href": true, "data": true, "action": true,
	"formaction": true, "poster": true, "srcset": true, "background": true, "ping": true}

// checkNode reports script-capable markup below n: on* attributes,
// javascript: URLs, remote loads and refresh redirects.
func checkNode(t *testing.T, where string, n *html.Node) {
	t.Helper()
	nodes := []*html.Node{n}
	for c := range n.Descendants() {
		nodes = append(nodes, c)
	}
	for _, c := range nodes {
		if c.Type != html.ElementNode {
			continue
		}
		for _, a := range c.Attr {
			key := strings.ToLower(a.Key)
			if a.Namespace != "" {
				key = a.Namespace + ":" + key
			}
			val := strings.ToLower(strings.TrimSpace(a.Val))
			switch {
			case strings.HasPrefix(key, "on"):
				t.Errorf("%s: <%s %s=%q>: event handler attribute", where, c.Data, a.Key, a.Val)
			case urlAttrs[key] && (strings.HasPrefix(val, "javascript:") || strings.HasPrefix(val, "vbscript:") || strings.HasPrefix(val, "data:text/html")):
				t.Errorf("%s: <%s %s=%q>: script URL", where, c.Data, a.Key, a.Val)
			case urlAttrs[key] && loadingElements[c.Data] && (strings.HasPrefix(val, "http:") || strings.HasPrefix(val, "https:") || strings.HasPrefix(val, "//")):
				t.Errorf("%s: <%s %s=%q>: loads a remote resource", where, c.Data, a.Key, a.Val)
			case c.Data == "meta" && key == "http-equiv" && val == "refresh":
				t.Errorf("%s: <meta http-equiv=refresh>", where)
			}
		}
	}
}

// attr returns n's attribute key.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// TestHostileContentNeverRuns checks §4: a story whose texts are script
// payloads exports chart pages with only Storylens' own scripts, and a
// StoryMapJS file whose HTML texts are inert.
func TestHostileContentNeverRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("renders charts")
	}
	dir := xssStoryDir(t)
	if r := runMain("validate", dir); r.code != ExitOK {
		t.Fatalf("the hostile-text story should be valid: exit %d\n%s", r.code, r.text())
	}
	out := filepath.Join(t.TempDir(), "charts")
	r := runMain("export", "charts", dir, "--out", out, "--format", "html,svg")
	t.Logf("export charts html,svg: %.2fs exit %d", r.took.Seconds(), r.code)
	if r.code != ExitOK || r.panicked != nil {
		t.Fatalf("export charts: exit %d %v\n%s", r.code, r.panicked, r.text())
	}
	pages, _ := filepath.Glob(filepath.Join(out, "*.html"))
	if len(pages) == 0 {
		t.Fatal("no HTML exported")
	}
	payloadSeen := map[string]bool{}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		for _, raw := range []string{xssScript, xssImg, "alert(1)</script>"} {
			if bytes.Contains(b, []byte(raw)) {
				t.Errorf("%s: payload %q appears unescaped", name, raw)
			}
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkNode(t, name, doc)
		var exec []string
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode || n.Data != "script" {
				continue
			}
			if src, ok := attr(n, "src"); ok {
				t.Errorf("%s: <script src=%q>", name, src)
			}
			text := nodeText(n)
			typ, _ := attr(n, "type")
			if typ == "application/json" {
				if strings.ContainsAny(text, "<>") {
					t.Errorf("%s: JSON data block holds a raw < or >", name)
				}
				var v any
				if err := json.Unmarshal([]byte(text), &v); err != nil {
					t.Errorf("%s: JSON data block does not parse: %v", name, err)
				}
				for _, pl := range []string{xssScript, xssImg} {
					if strings.Contains(fmt.Sprint(v), pl) {
						payloadSeen[pl] = true
					}
				}
				continue
			}
			exec = append(exec, text)
		}
		if len(exec) != 2 {
			t.Errorf("%s: %d executable scripts, want 2 (echarts and the chart's own)", name, len(exec))
			continue
		}
		if strings.TrimSpace(exec[0]) != strings.TrimSpace(echartsjs.MinJS) {
			t.Errorf("%s: the first script is not the inlined echarts", name)
		}
		if strings.Contains(exec[1], "alert(") || len(exec[1]) > 4096 {
			t.Errorf("%s: the chart's own script carries story text (%d bytes)", name, len(exec[1]))
		}
	}
	for _, pl := range []string{xssScript, xssImg} {
		if !payloadSeen[pl] {
			t.Errorf("payload %q does not appear (escaped, as data) in any chart page", pl)
		}
	}

	svgs, _ := filepath.Glob(filepath.Join(out, "*.svg"))
	for _, p := range svgs {
		b, _ := os.ReadFile(p)
		d := xml.NewDecoder(bytes.NewReader(b))
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Errorf("%s: not well-formed XML: %v", filepath.Base(p), err)
				break
			}
			if se, ok := tok.(xml.StartElement); ok {
				if se.Name.Local == "script" || se.Name.Local == "foreignObject" {
					t.Errorf("%s: <%s> element", filepath.Base(p), se.Name.Local)
				}
				for _, a := range se.Attr {
					if a.Name.Space == "xmlns" || a.Name.Local == "xmlns" {
						continue
					}
					v := strings.ToLower(strings.TrimSpace(a.Value))
					if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") || strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "http") {
						t.Errorf("%s: <%s %s=%q>", filepath.Base(p), se.Name.Local, a.Name.Local, a.Value)
					}
				}
			}
		}
	}

	smj := filepath.Join(t.TempDir(), "story.json")
	r = runMain("export", "storymapjs", dir, "--out", smj)
	t.Logf("export storymapjs: %.2fs exit %d", r.took.Seconds(), r.code)
	if r.code != ExitOK {
		t.Fatalf("export storymapjs: exit %d\n%s", r.code, r.text())
	}
	b, err := os.ReadFile(smj)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	// StoryMapJS shows every text as HTML and loads media and background URLs.
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				walk(path+"."+k, c)
			}
		case []any:
			for i, c := range x {
				walk(fmt.Sprintf("%s[%d]", path, i), c)
			}
		case string:
			low := strings.ToLower(strings.TrimSpace(x))
			if strings.HasPrefix(low, "javascript:") {
				t.Errorf("storymapjs %s = %q: script URL", path, x)
			}
			if strings.HasSuffix(path, ".url") && (strings.HasPrefix(low, "http:") || strings.HasPrefix(low, "https:") || strings.HasPrefix(low, "//")) {
				// StoryMapJS loads remote map tiles anyway; a remote media
				// URL is a note, not a failure.
				t.Logf("note: storymapjs %s = %q: StoryMapJS would load it", path, x)
			}
			nodes, err := html.ParseFragment(strings.NewReader(x), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
			if err != nil {
				t.Errorf("storymapjs %s: %v", path, err)
				return
			}
			for _, n := range nodes {
				checkNode(t, "storymapjs "+path, n)
				for c := range n.Descendants() {
					if c.Type == html.ElementNode && (c.Data == "script" || c.Data == "iframe" || c.Data == "img") {
						t.Errorf("storymapjs %s: <%s> element in %q", path, c.Data, x)
					}
				}
				if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "iframe" || n.Data == "img") {
					t.Errorf("storymapjs %s: <%s> element in %q", path, n.Data, x)
				}
			}
		}
	}
	walk("$", v)
	if !strings.Contains(string(b), "alert(1)") {
		t.Error("storymapjs: the payload text vanished instead of being escaped")
	}
}

// FuzzMainValidate writes a story.json and one article from the fuzz input
// and runs validate: it must never panic and must exit 0 or 1.
func FuzzMainValidate(f *testing.F) {
	f.Add(baseStory, []byte(baseArticle))
	f.Add("", []byte(""))
	f.Add("title: not json", []byte("Kim\x00went"))
	f.Add(`{"title": "x", "deep": `+deepJSON(story.MaxJSONDepth+1)+`}`, []byte("Putin said \xe9t\xe9\n"))
	f.Add(deepJSON(10000), []byte("---\ntitle: x\n---\n"))
	f.Add(strings.Replace(baseStory, "Kim leaves Pyongyang", xssScript, 1), []byte("---\ntitle: "+xssImg+"\n---\nKim by armored train.\n"))
	f.Add(`{"title": "x", "steps": [{"id": "a", "date": "2023-02-30", "places": ["nowhere"], "camera": {"center": [1e999, 0], "zoom": -1}}]}`, []byte("date 2023-09-10 Kim"))
	f.Add(`{"steps": [{"id": "a", "claims": ["train"]}, {"id": "a"}]}`, []byte("\ufeff---\r\ndate: 99999-01-01\r\n---\r\nx"))
	f.Fuzz(func(t *testing.T, storyJSON string, art []byte) {
		dir := t.TempDir()
		if err := os.Mkdir(filepath.Join(dir, "articles"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "story.json"), []byte(storyJSON), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "articles", "a.txt"), art, 0o644); err != nil {
			t.Fatal(err)
		}
		r := runMain("validate", dir)
		if r.panicked != nil {
			t.Fatalf("panic: %v", r.panicked)
		}
		if r.code != ExitOK && r.code != ExitFailure {
			t.Fatalf("exit %d\n%s", r.code, r.text())
		}
		if r.code == ExitFailure && !strings.Contains(r.out, "error(s)") {
			t.Fatalf("exit 1 without a summary:\n%s", r.text())
		}
	})
}
