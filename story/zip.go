package story

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"testing/fstest"

	"github.com/storylens/storylens/internal/limitread"
)

// loadZip reads a story from a .zip of a story folder. The story may be at
// the root of the archive or inside one top-level folder. Entries are
// checked before anything is read: names that escape the folder (absolute
// paths, "..", backslashes, drive letters) and symbolic links are refused,
// and so is an archive with more than MaxZipEntries entries. Only files a
// story uses are decompressed. The uncompressed size each entry declares is
// checked against its limit, and the declared sizes together against
// MaxStoryBytes, before any entry is read; archive/zip fails a read once an
// entry yields more than it declared, so a zip bomb costs at most the limit.
func loadZip(p string) (*Story, Problems) {
	r, err := zip.OpenReader(p)
	if errors.Is(err, zip.ErrInsecurePath) && r != nil {
		err = nil // unsafeZipName reports each such entry
	}
	if err != nil {
		return nil, Problems{{File: p, Severity: SeverityError, Message: fmt.Sprintf("not a readable .zip: %v", unwrapPathError(err))}}
	}
	defer r.Close()
	fsys, probs := zipFS(p, &r.Reader)
	if probs.HasErrors() {
		return nil, probs
	}
	s, more := LoadFS(fsys, p)
	return s, append(probs, more...)
}

// zipFS checks the archive and copies the story's files into memory.
func zipFS(origin string, r *zip.Reader) (fstest.MapFS, Problems) {
	var pl problemList
	if len(r.File) > MaxZipEntries {
		pl.errorf(origin, 0, "", "%d entries in the .zip, over the limit of %d (MaxZipEntries)", len(r.File), MaxZipEntries)
		return nil, pl.ps
	}
	var files []*zip.File
	for _, f := range r.File {
		name := f.Name
		if reason := unsafeZipName(name); reason != "" {
			pl.errorf(origin, 0, "", "zip entry %q %s; refusing the archive", name, reason)
			continue
		}
		if f.Mode()&fs.ModeSymlink != 0 {
			pl.errorf(origin, 0, "", "zip entry %q is a symbolic link; refusing the archive", name)
			continue
		}
		if f.Mode()&fs.ModeType != 0 && !f.Mode().IsDir() {
			pl.errorf(origin, 0, "", "zip entry %q is not a regular file; refusing the archive", name)
			continue
		}
		if strings.HasPrefix(name, "__MACOSX/") || strings.HasSuffix(name, "/") || f.Mode().IsDir() {
			continue
		}
		files = append(files, f)
	}
	if pl.ps.HasErrors() {
		return nil, pl.ps
	}

	// Check the declared sizes before decompressing anything.
	type entry struct {
		f     *zip.File
		rel   string
		limit int64
	}
	root := zipRoot(files)
	var entries []entry
	var declared uint64
	for _, f := range files {
		rel, ok := strings.CutPrefix(f.Name, root)
		if !ok || rel == "" || !storyFileName(rel) {
			continue
		}
		limit := zipEntryLimit(rel)
		if f.UncompressedSize64 > uint64(limit) {
			pl.errorf(rel, 0, "", "zip entry %q is %d bytes uncompressed, over the limit of %d bytes; not read", f.Name, f.UncompressedSize64, limit)
			continue
		}
		declared += f.UncompressedSize64 // each term is at most MaxGeoJSONBytes: no overflow
		if declared > uint64(storyBudget) {
			pl.errorf(origin, 0, "", "the .zip holds more than %d bytes of story files uncompressed (MaxStoryBytes), passed at entry %q; nothing read", MaxStoryBytes, f.Name)
			return nil, pl.ps
		}
		entries = append(entries, entry{f, rel, limit})
	}

	fsys := fstest.MapFS{}
	budget := storyBudget
	for _, e := range entries {
		data, err := readZipEntry(e.f, min(e.limit, budget))
		// Whatever was inflated counts, even when the entry is refused:
		// a backstop should the declared sizes ever not bound the reads.
		budget -= int64(len(data))
		switch {
		case errors.Is(err, errOverLimit):
			// Each declared size is within its own limit (checked above),
			// so only the story's budget can be short.
			pl.errorf(origin, 0, "", "the .zip holds more than %d bytes of story files uncompressed (MaxStoryBytes); stopped reading at entry %q", MaxStoryBytes, e.f.Name)
			return nil, pl.ps
		case errors.Is(err, errLonger):
			pl.errorf(e.rel, 0, "", "zip entry %q is larger than its header says (%d bytes); the archive is damaged or hostile", e.f.Name, e.f.UncompressedSize64)
		case errors.Is(err, io.ErrUnexpectedEOF):
			pl.errorf(e.rel, 0, "", "zip entry %q is shorter than its header says (%d bytes); the archive is damaged", e.f.Name, e.f.UncompressedSize64)
		case errors.Is(err, zip.ErrChecksum):
			pl.errorf(e.rel, 0, "", "zip entry %q fails its checksum; the archive is damaged", e.f.Name)
		case err != nil:
			pl.errorf(e.rel, 0, "", "cannot read zip entry %q: %v", e.f.Name, err)
		default:
			fsys[e.rel] = &fstest.MapFile{Data: data, Mode: 0o644, ModTime: e.f.Modified}
		}
	}
	return fsys, pl.ps
}

// zipEntryLimit is the size limit of the story file rel.
func zipEntryLimit(rel string) int64 {
	switch {
	case strings.HasSuffix(rel, ".geojson"):
		return MaxGeoJSONBytes
	case strings.HasSuffix(rel, ".json"):
		return MaxJSONBytes
	}
	return MaxArticleBytes
}

var (
	errOverLimit = errors.New("over the limit")
	errLonger    = errors.New("larger than its header says")
)

// readZipEntry decompresses f into a buffer of its declared size, which
// must not exceed limit. It returns errOverLimit when the declared size is
// over limit (nothing is read), errLonger when the entry yields more than
// it declared, io.ErrUnexpectedEOF when less, and zip.ErrChecksum when its
// CRC is wrong. On error, data holds what was read, for accounting.
func readZipEntry(f *zip.File, limit int64) (data []byte, err error) {
	if f.UncompressedSize64 > uint64(max(limit, 0)) {
		return nil, errOverLimit
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	// The buffer is the declared size, unless the compressed data cannot
	// possibly inflate that far: then a header that lies upwards costs no
	// more than the archive's own bytes allow.
	// (AtMost's buffer is size + 1 bytes; it reads on, still bounded, only
	// if inflateBound was wrong.)
	data, err = limitread.AtMost(rc, int64(min(f.UncompressedSize64, inflateBound(f)))-1, int64(f.UncompressedSize64))
	if err == nil && uint64(len(data)) < f.UncompressedSize64 {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		return data, zipReadErr(err)
	}
	// Read once more: this is where archive/zip checks for extra bytes
	// and compares the checksum.
	var probe [1]byte
	switch m, err := io.ReadFull(rc, probe[:]); {
	case m > 0:
		return data, errLonger
	case err == io.EOF:
		return data, nil
	default:
		return data, zipReadErr(err)
	}
}

// maxDeflateRatio is the most DEFLATE can expand: a 258-byte match coded
// in as little as 2 bits gives 1032 bytes per compressed byte.
const maxDeflateRatio = 1032

// inflateBound is the most bytes f's compressed data can inflate to. The
// compressed size bounds what the decompressor may read.
func inflateBound(f *zip.File) uint64 {
	switch f.Method {
	case zip.Store:
		return f.CompressedSize64
	case zip.Deflate:
		if f.CompressedSize64 < 1<<40 {
			return f.CompressedSize64*maxDeflateRatio + 1024
		}
	}
	return f.UncompressedSize64
}

// zipReadErr says what archive/zip's read error means for an entry whose
// declared size bounds the read: ErrFormat is its answer to an entry that
// yields more bytes than its header declares.
func zipReadErr(err error) error {
	switch {
	case errors.Is(err, zip.ErrFormat):
		return errLonger
	case err == io.EOF:
		return io.ErrUnexpectedEOF
	}
	return err
}

// storyFileName reports whether rel (relative to the story root) is a file
// a story reads: the JSON files, or .txt/.md articles at the root or in
// articles/.
func storyFileName(rel string) bool {
	switch rel {
	case StoryFile, PlacesFile, RoutesFile, ClaimsFile, SourcesFile:
		return true
	}
	dir, base := path.Split(rel)
	if dir != "" && dir != ArticlesDir+"/" || strings.HasPrefix(base, ".") {
		return false
	}
	ext := strings.ToLower(path.Ext(base))
	return ext == ".txt" || ext == ".md"
}

// zipRoot returns "" when the story is at the archive's root, or "dir/"
// when every entry is inside one top-level folder.
func zipRoot(files []*zip.File) string {
	top := ""
	for _, f := range files {
		dir, _, found := strings.Cut(f.Name, "/")
		if !found {
			return ""
		}
		if top == "" {
			top = dir
		} else if dir != top {
			return ""
		}
	}
	if top == "" {
		return ""
	}
	return top + "/"
}

// unsafeZipName says why an entry name may not be used, or "".
func unsafeZipName(name string) string {
	switch {
	case name == "":
		return "has an empty name"
	case strings.Contains(name, "\\"):
		return "contains a backslash"
	case strings.HasPrefix(name, "/"):
		return "is an absolute path"
	case len(name) >= 2 && name[1] == ':':
		return "starts with a drive letter"
	case strings.ContainsRune(name, 0):
		return "contains a NUL byte"
	}
	for _, part := range strings.Split(strings.TrimSuffix(name, "/"), "/") {
		if part == ".." {
			return "escapes the story folder (..)"
		}
	}
	if !fs.ValidPath(strings.TrimSuffix(name, "/")) {
		return "is not a clean relative path"
	}
	return ""
}
