package story

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/storylens/storylens/internal/safefile"
)

// WritePackage writes s as an editable story package in dir: story.json,
// articles/ (each article's raw bytes unchanged), places.geojson,
// routes.geojson, claims.json and sources.json. dir is created if needed
// and must be empty; every file is written atomically (internal/safefile),
// so a failure leaves no partial file. Loading the package gives back s.
func WritePackage(s *Story, dir string) error {
	files, err := packageFiles(s)
	if err != nil {
		return fmt.Errorf("write story package: %w", err)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("write story package: %s is not empty", dir)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("write story package: %w", err)
	}
	if err := os.MkdirAll(filepath.Join(dir, ArticlesDir), 0o755); err != nil {
		return fmt.Errorf("write story package: %w", err)
	}
	for _, f := range files {
		if err := safefile.WriteFile(filepath.Join(dir, filepath.FromSlash(f.name)), f.data, safefile.Options{}); err != nil {
			return fmt.Errorf("write story package: %w", err)
		}
	}
	return nil
}

// packageFile is one file of a story package: its slash-separated name in
// the package and its bytes.
type packageFile struct {
	name string
	data []byte
}

// packageFiles encodes s as the files of a story package: story.json,
// places.geojson, routes.geojson, claims.json, sources.json, then each
// article under articles/ with its raw bytes unchanged. Article names are
// checked before anything is encoded.
func packageFiles(s *Story) ([]packageFile, error) {
	if s == nil {
		return nil, errors.New("no story")
	}
	names := map[string]bool{}
	var arts []packageFile
	for _, src := range s.Sources {
		name, err := articleFileName(src)
		if err != nil {
			return nil, err
		}
		if names[strings.ToLower(name)] {
			return nil, fmt.Errorf("two sources write %s", name)
		}
		names[strings.ToLower(name)] = true
		data := src.Raw
		if data == nil {
			if src.Article == nil {
				return nil, fmt.Errorf("source %q has no text", src.ID)
			}
			data = []byte(src.Article.Text)
		}
		arts = append(arts, packageFile{ArticlesDir + "/" + name, data})
	}
	docs := []struct {
		name string
		v    any
	}{
		{StoryFile, struct {
			Title       string         `json:"title"`
			Description string         `json:"description,omitempty"`
			Venues      []string       `json:"venues,omitempty"`
			Steps       []Step         `json:"steps"`
			Extra       map[string]any `json:"extra,omitempty"`
		}{s.Title, s.Description, s.Venues, nonNil(s.Steps), s.Extra}},
		{PlacesFile, placesCollection(s.Places)},
		{RoutesFile, routesCollection(s.Routes)},
		{ClaimsFile, struct {
			Claims []*Claim `json:"claims"`
		}{nonNil(s.Claims)}},
		{SourcesFile, struct {
			Sources []sourceMeta `json:"sources"`
		}{sourcesMeta(s.Sources)}},
	}
	var files []packageFile
	for _, d := range docs {
		data, err := marshal(d.v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.name, err)
		}
		files = append(files, packageFile{d.name, data})
	}
	return append(files, arts...), nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// articleFileName is the name under articles/ for src: its own file name
// when that is a plain .txt or .md name matching its id, else id + ".txt".
func articleFileName(src *Source) (string, error) {
	base := path.Base(strings.ReplaceAll(src.File, "\\", "/"))
	ext := strings.ToLower(path.Ext(base))
	if src.File != "" && (ext == ".txt" || ext == ".md") && strings.TrimSuffix(base, path.Ext(base)) == src.ID && filepath.IsLocal(base) {
		return base, nil
	}
	name := src.ID + ".txt"
	if src.ID == "" || strings.ContainsAny(src.ID, `/\`) || !filepath.IsLocal(name) || strings.HasPrefix(src.ID, ".") {
		return "", fmt.Errorf("source id %q cannot be a file name", src.ID)
	}
	return name, nil
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

type featureCollection struct {
	Type     string    `json:"type"`
	Features []feature `json:"features"`
}

type feature struct {
	Type       string         `json:"type"`
	Properties map[string]any `json:"properties"`
	Geometry   geometry       `json:"geometry"`
}

type geometry struct {
	Type        string `json:"type"`
	Coordinates any    `json:"coordinates"`
}

func placesCollection(places []*Place) featureCollection {
	fc := featureCollection{Type: "FeatureCollection", Features: []feature{}}
	for _, p := range places {
		props := map[string]any{"id": p.ID, "name": p.Name}
		if len(p.Aliases) > 0 {
			props["aliases"] = p.Aliases
		}
		setIf(props, "kind", p.Kind)
		setIf(props, "provenance", p.Provenance)
		if p.Approximate {
			props["approximate"] = true
		}
		setIf(props, "precision", p.Precision)
		if !p.FromStory() {
			props["origin"] = p.Origin
		}
		fc.Features = append(fc.Features, feature{"Feature", props, geometry{"Point", [2]float64{p.Lon, p.Lat}}})
	}
	return fc
}

func routesCollection(routes []*Route) featureCollection {
	fc := featureCollection{Type: "FeatureCollection", Features: []feature{}}
	for _, r := range routes {
		props := map[string]any{"id": r.ID, "name": r.Name}
		setIf(props, "mode", r.Mode)
		if len(r.Stops) > 0 {
			props["stops"] = r.Stops
		}
		setIf(props, "provenance", r.Provenance)
		if r.Approximate {
			props["approximate"] = true
		}
		if r.Origin != "" && r.Origin != OriginStory {
			props["origin"] = r.Origin
		}
		coords := make([][2]float64, len(r.Line))
		for i, p := range r.Line {
			coords[i] = [2]float64{p[0], p[1]}
		}
		fc.Features = append(fc.Features, feature{"Feature", props, geometry{"LineString", coords}})
	}
	return fc
}

func setIf(m map[string]any, k, v string) {
	if v != "" {
		m[k] = v
	}
}

func sourcesMeta(srcs []*Source) []sourceMeta {
	out := []sourceMeta{}
	for _, s := range srcs {
		out = append(out, sourceMeta{ID: s.ID, Title: s.Title, Outlet: s.Outlet, Date: s.Date, DateInferred: s.DateInferred,
			DateReason: s.DateReason, URL: s.URL, Language: s.Language, Note: s.Note})
	}
	return out
}
