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
)

// loadZip reads a story from a .zip of a story folder. The story may be at
// the root of the archive or inside one top-level folder. Entries are
// checked before anything is read: names that escape the folder (absolute
// paths, "..", backslashes, drive letters) and symbolic links are refused,
// and so is an archive with more than MaxZipEntries entries. Only files a
// story uses are decompressed, each through a reader that stops one byte
// past its limit, never trusting the sizes written in the archive.
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
	root := zipRoot(files)
	fsys := fstest.MapFS{}
	budget := storyBudget
	for _, f := range files {
		rel, ok := strings.CutPrefix(f.Name, root)
		if !ok || rel == "" || !storyFileName(rel) {
			continue
		}
		limit := int64(MaxJSONBytes)
		switch {
		case strings.HasSuffix(rel, ".geojson"):
			limit = MaxGeoJSONBytes
		case !strings.HasSuffix(rel, ".json"):
			limit = MaxArticleBytes
		}
		data, err := readZipEntry(f, min(limit, budget))
		if errors.Is(err, errOverLimit) {
			if budget < limit {
				pl.errorf(origin, 0, "", "the .zip holds more than %d bytes of story files uncompressed (MaxStoryBytes); stopped reading at %s", MaxStoryBytes, f.Name)
				return nil, pl.ps
			}
			pl.errorf(rel, 0, "", "over the limit of %d bytes uncompressed", limit)
			continue
		}
		if err != nil {
			pl.errorf(rel, 0, "", "cannot read from the .zip: %v", err)
			continue
		}
		budget -= int64(len(data))
		fsys[rel] = &fstest.MapFile{Data: data, Mode: 0o644, ModTime: f.Modified}
	}
	return fsys, pl.ps
}

var errOverLimit = errors.New("over the limit")

// readZipEntry decompresses f, reading at most limit+1 bytes.
func readZipEntry(f *zip.File, limit int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if int64(len(data)) > limit {
		return nil, errOverLimit
	}
	return data, err
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
