package story

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzFile seeds f with every broken fixture's version of file, then
// loads the base story with file replaced by the fuzzed bytes. Loading must
// never panic, every problem must name a file, and a story with no errors
// must validate cleanly.
func fuzzFile(f *testing.F, file string) {
	f.Add([]byte(baseFiles()[file]))
	for _, tt := range brokenCases {
		if tt.name == "geojson too big" || tt.name == "article too big" {
			continue
		}
		if v, ok := fixture(tt.edit)[file]; ok {
			f.Add([]byte(v))
		}
	}
	f.Add([]byte(strings.Repeat("[", 100)))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"x"},"geometry":{"type":"Point","coordinates":[1e400,NaN]}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		files := baseFiles()
		files[file] = string(data)
		s, ps := LoadFS(mapFS(files), "fuzz")
		checkProblems(t, s, ps)
	})
}

func checkProblems(t *testing.T, s *Story, ps Problems) {
	for _, p := range ps {
		if p.File == "" || p.Message == "" || (p.Severity != SeverityError && p.Severity != SeverityWarning) {
			t.Fatalf("bad problem %#v", p)
		}
	}
	if s != nil && !ps.HasErrors() {
		if v := Validate(s); v.HasErrors() {
			t.Fatalf("loaded without errors but Validate says:\n%s", v)
		}
		for _, st := range s.Steps {
			_ = st.Title
		}
	}
}

func FuzzLoadStoryJSON(f *testing.F) { fuzzFile(f, StoryFile) }

func FuzzGeoJSON(f *testing.F) {
	// Places and routes share the reader; fuzz both with the same input.
	for _, file := range []string{PlacesFile, RoutesFile} {
		f.Add([]byte(baseFiles()[file]))
		for _, tt := range brokenCases {
			if tt.name == "geojson too big" {
				continue
			}
			if v, ok := fixture(tt.edit)[file]; ok {
				f.Add([]byte(v))
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, file := range []string{PlacesFile, RoutesFile} {
			files := baseFiles()
			files[file] = string(data)
			s, ps := LoadFS(mapFS(files), "fuzz")
			checkProblems(t, s, ps)
		}
	})
}

func FuzzClaims(f *testing.F) { fuzzFile(f, ClaimsFile) }

func FuzzSources(f *testing.F) { fuzzFile(f, SourcesFile) }

// FuzzZip loads arbitrary bytes as a .zip. Seeds are a valid story archive
// and the broken archives of the limits tests.
func FuzzZip(f *testing.F) {
	dir := f.TempDir()
	add := func(entries []zipEntry) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, e := range entries {
			h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
			if e.mode != 0 {
				h.SetMode(e.mode)
			}
			w, _ := zw.CreateHeader(h)
			w.Write([]byte(e.data))
		}
		zw.Close()
		f.Add(buf.Bytes())
	}
	var base []zipEntry
	for k, v := range baseFiles() {
		base = append(base, zipEntry{name: k, data: v})
	}
	add(base)
	add(append(base, zipEntry{name: "../evil.txt", data: "x"}))
	add(append(base, zipEntry{name: "articles/l.txt", data: "/etc/passwd", mode: 0o777 | os.ModeSymlink}))
	add([]zipEntry{{name: "s/story.json", data: "{"}, {name: "s/articles/a.txt", data: "x"}})
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "f.zip")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		s, ps := Load(p)
		checkProblems(t, s, ps)
	})
}
