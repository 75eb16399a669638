package story

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storylens/storylens/internal/limitread"
	"github.com/storylens/storylens/internal/workers"
	"github.com/storylens/storylens/story/article"
)

// Files of a story package.
const (
	StoryFile   = "story.json"
	PlacesFile  = "places.geojson"
	RoutesFile  = "routes.geojson"
	ClaimsFile  = "claims.json"
	SourcesFile = "sources.json"
	ArticlesDir = "articles"
)

// Load reads the story at path: a folder (a story package, or a folder of
// articles alone, which gives a draft) or a .zip of one. It reports every
// problem found, including those of Validate; the story is usable when
// Problems has no errors. Load never writes anything. Symbolic links inside
// a folder may not point outside it.
func Load(p string) (*Story, Problems) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, Problems{{File: p, Severity: SeverityError, Message: fmt.Sprintf("cannot open story: %v", unwrapPathError(err))}}
	}
	if !fi.IsDir() {
		if isZip(p) {
			return loadZip(p)
		}
		return nil, Problems{{File: p, Severity: SeverityError, Message: "not a story: want a folder or a .zip of one"}}
	}
	root, err := os.OpenRoot(p)
	if err != nil {
		return nil, Problems{{File: p, Severity: SeverityError, Message: fmt.Sprintf("cannot open story folder: %v", unwrapPathError(err))}}
	}
	defer root.Close()
	return LoadFS(root.FS(), p)
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isZip reports whether the file is named .zip or starts like one.
func isZip(p string) bool {
	if strings.EqualFold(filepath.Ext(p), ".zip") {
		return true
	}
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	var magic [4]byte
	_, err = io.ReadFull(f, magic[:])
	return err == nil && string(magic[:]) == "PK\x03\x04"
}

// LoadFS reads a story from fsys (its root is the story folder). origin
// names where it came from, for messages and Story.Origin. Whether symbolic
// links may leave the folder is up to fsys: Load passes an os.Root's FS,
// which refuses them; os.DirFS would follow them.
func LoadFS(fsys fs.FS, origin string) (*Story, Problems) {
	l := &loader{fsys: fsys, origin: origin, docs: map[string]*jsonDoc{}, budget: storyBudget, failed: map[string]bool{}}
	s := l.load()
	if s == nil {
		return nil, l.pl.ps
	}
	for _, p := range Validate(s) {
		if l.failed[p.File] && p.Path == "" {
			continue // already reported while reading the file
		}
		l.pl.ps = append(l.pl.ps, p)
	}
	for i, p := range l.pl.ps {
		if p.Line == 0 && p.Path != "" {
			l.pl.ps[i].Line = l.docs[p.File].line(p.Path)
		}
	}
	sortProblems(l.pl.ps)
	return s, l.pl.ps
}

// sortProblems orders problems by file, then line, keeping the order of
// discovery otherwise.
func sortProblems(ps Problems) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return fileRank(ps[i].File) < fileRank(ps[j].File) || fileRank(ps[i].File) == fileRank(ps[j].File) && ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
}

func fileRank(f string) int {
	switch f {
	case StoryFile:
		return 1
	case PlacesFile:
		return 2
	case RoutesFile:
		return 3
	case ClaimsFile:
		return 4
	case SourcesFile:
		return 5
	}
	if strings.Contains(f, "/") || strings.HasSuffix(f, ".txt") || strings.HasSuffix(f, ".md") {
		return 6
	}
	return 0
}

type loader struct {
	fsys    fs.FS
	origin  string
	pl      problemList
	docs    map[string]*jsonDoc
	budget  int64
	tooMany bool
	// failed marks files whose reading already produced an error.
	failed map[string]bool
}

// readFile reads name if it exists. It returns ok=false (and reports why)
// when it cannot be read; exists=false when there is no such file.
func (l *loader) readFile(name string, limit int64, what string) (data []byte, exists, ok bool) {
	fi, err := fs.Stat(l.fsys, name)
	if err != nil {
		if lfi, lerr := fs.Lstat(l.fsys, name); lerr == nil && lfi.Mode()&fs.ModeSymlink != 0 {
			l.fail(name, "symbolic link points outside the story folder (or to nothing); not read")
			return nil, true, false
		}
		if errors.Is(err, fs.ErrNotExist) {
			return nil, false, false
		}
		l.fail(name, "cannot read: %v", unwrapPathError(err))
		return nil, true, false
	}
	if !fi.Mode().IsRegular() {
		l.fail(name, "not a regular file")
		return nil, true, false
	}
	if fi.Size() > limit {
		l.fail(name, "%s is %d bytes, over the limit of %d bytes", what, fi.Size(), limit)
		return nil, true, false
	}
	if fi.Size() > l.budget {
		l.fail(name, "the story is over the limit of %d bytes read in all (MaxStoryBytes)", MaxStoryBytes)
		return nil, true, false
	}
	f, err := l.fsys.Open(name)
	if err != nil {
		l.fail(name, "cannot read: %v", unwrapPathError(err))
		return nil, true, false
	}
	defer f.Close()
	max := min(limit, l.budget)
	// The file may have grown since Stat: read at most one byte past the
	// limit, into a buffer sized from Stat.
	data, err = limitread.AtMost(f, fi.Size(), max+1)
	if err != nil {
		l.fail(name, "cannot read: %v", unwrapPathError(err))
		return nil, true, false
	}
	if int64(len(data)) > max {
		if max < limit {
			l.fail(name, "the story is over the limit of %d bytes read in all (MaxStoryBytes)", MaxStoryBytes)
		} else {
			l.fail(name, "%s is over the limit of %d bytes", what, limit)
		}
		return nil, true, false
	}
	l.budget -= int64(len(data))
	return data, true, true
}

func (l *loader) fail(file, format string, args ...any) {
	l.failed[file] = true
	l.pl.errorf(file, 0, "", format, args...)
}

func (l *loader) load() *Story {
	s := &Story{Origin: l.origin, sources: &sourceIndex{}}
	l.readArticles(s)
	if l.tooMany {
		return nil
	}
	meta := l.readSources()
	l.applyMeta(s, meta)

	if data, _, ok := l.readFile(PlacesFile, MaxGeoJSONBytes, "GeoJSON file"); ok {
		s.Places, l.docs[PlacesFile] = parsePlaces(PlacesFile, data, &l.pl)
	}
	if data, _, ok := l.readFile(RoutesFile, MaxGeoJSONBytes, "GeoJSON file"); ok {
		s.Routes, l.docs[RoutesFile] = parseRoutes(RoutesFile, data, &l.pl)
	}
	if data, _, ok := l.readFile(ClaimsFile, MaxJSONBytes, "JSON file"); ok {
		s.Claims, l.docs[ClaimsFile] = parseClaims(ClaimsFile, data, &l.pl)
	}
	data, exists, ok := l.readFile(StoryFile, MaxJSONBytes, "JSON file")
	switch {
	case ok:
		l.docs[StoryFile] = parseStoryJSON(StoryFile, data, s, &l.pl)
	case !exists:
		if len(s.Sources) == 0 {
			if !l.pl.ps.HasErrors() {
				l.pl.errorf(l.origin, 0, "", "not a story: no %s and no articles (.txt or .md files)", StoryFile)
			}
			return s
		}
		buildDraft(s)
	}
	return s
}

// articleFiles lists the article files: articles/*.txt|*.md if there is an
// articles folder, else the root's own .txt and .md files.
func (l *loader) articleFiles() (dir string, names []string, err error) {
	dir = "."
	if fi, err := fs.Stat(l.fsys, ArticlesDir); err == nil && fi.IsDir() {
		dir = ArticlesDir
	} else if lfi, lerr := fs.Lstat(l.fsys, ArticlesDir); err != nil && lerr == nil && lfi.Mode()&fs.ModeSymlink != 0 {
		return ArticlesDir, nil, errors.New("symbolic link points outside the story folder (or to nothing)")
	}
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		return dir, nil, err
	}
	for _, e := range entries {
		n := e.Name()
		ext := strings.ToLower(path.Ext(n))
		if ext != ".txt" && ext != ".md" || strings.HasPrefix(n, ".") {
			continue
		}
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			// A link inside the folder is followed; one that leaves it is
			// reported by readFile.
			if fi, err := fs.Stat(l.fsys, path.Join(dir, n)); err == nil {
				typ = fi.Mode().Type()
			}
		}
		switch {
		case typ.IsDir():
			// A folder named like an article is not one.
		case typ.IsRegular() || typ&fs.ModeSymlink != 0:
			names = append(names, n)
		default:
			// A FIFO, device or socket: never opened (a FIFO would block).
			l.pl.warnf(path.Join(dir, n), 0, "", "not a regular file; skipped (%s)", fileKind(typ))
		}
	}
	sort.Strings(names)
	return dir, names, nil
}

// fileKind names the type of a special file, for messages.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

func (l *loader) readArticles(s *Story) {
	dir, names, err := l.articleFiles()
	if err != nil {
		l.failed[dir] = true
		l.pl.errorf(dir, 0, "", "cannot list articles: %v", unwrapPathError(err))
		return
	}
	if len(names) > MaxArticles {
		l.tooMany = true
		l.pl.errorf(dir, 0, "", "%d article files, over the limit of %d (MaxArticles)", len(names), MaxArticles)
		return
	}
	// Files are read one by one (reading counts against the story's budget
	// and records problems); parsing, the costly part, runs on every core.
	srcs := make([]*Source, len(names))
	read := make([]bool, len(names))
	for i, n := range names {
		file := n
		if dir != "." {
			file = dir + "/" + n
		}
		srcs[i] = &Source{ID: strings.TrimSuffix(n, path.Ext(n)), File: file}
		if data, _, ok := l.readFile(file, MaxArticleBytes, "article"); ok {
			srcs[i].Raw, read[i] = data, true
		}
	}
	parsed := parseArticles(srcs, read)
	for i, src := range srcs {
		s.Sources = append(s.Sources, src)
		if !read[i] {
			continue
		}
		a, err := parsed[i].a, parsed[i].err
		if err != nil {
			var ae *article.Error
			if errors.As(err, &ae) {
				l.failed[src.File] = true
				l.pl.errorf(src.File, ae.Line, "", "%s", ae.Msg)
			} else {
				l.fail(src.File, "%v", err)
			}
			continue
		}
		src.Article = a
		src.Title = a.Meta["title"]
		src.Outlet = a.Meta["outlet"]
		src.URL = a.Meta["url"]
		src.Language = a.Meta["language"]
		src.Date = a.Date
	}
}

// parsedArticle is the result of parsing one article.
type parsedArticle struct {
	a   *article.Article
	err error
}

// parseArticles parses the articles that were read (read[i]) on all cores;
// result i belongs to srcs[i].
func parseArticles(srcs []*Source, read []bool) []parsedArticle {
	out := make([]parsedArticle, len(srcs))
	workers.Each(len(srcs), 0, func(i int) {
		if read[i] {
			out[i].a, out[i].err = article.ParseOwned(srcs[i].File, srcs[i].Raw) // Raw is never changed: Text shares it
		}
	})
	return out
}

// sourceMeta is one entry of sources.json.
type sourceMeta struct {
	ID           string `json:"id"`
	Title        string `json:"title,omitempty"`
	Outlet       string `json:"outlet,omitempty"`
	Date         string `json:"date,omitempty"`
	DateInferred bool   `json:"dateInferred,omitempty"`
	DateReason   string `json:"dateReason,omitempty"`
	URL          string `json:"url,omitempty"`
	Language     string `json:"language,omitempty"`
	Note         string `json:"note,omitempty"`
	path         string
}

var sourceKeys = []string{"id", "title", "outlet", "date", "dateInferred", "dateReason", "url", "language", "note"}

func (l *loader) readSources() []sourceMeta {
	data, _, ok := l.readFile(SourcesFile, MaxJSONBytes, "JSON file")
	if !ok {
		return nil
	}
	doc, top, ok := decodeDoc(SourcesFile, data, 4, &l.pl)
	l.docs[SourcesFile] = doc
	if !ok {
		return nil
	}
	top.unknown("sources")
	items, ok := top.elements("sources")
	if !ok {
		if _, present := top.m["sources"]; !present {
			l.pl.errorf(SourcesFile, 1, "", "no \"sources\" array")
		}
		return nil
	}
	var out []sourceMeta
	for i, raw := range items {
		o, ok := asObject(doc, &l.pl, elemPath("sources", i), raw)
		if !ok {
			continue
		}
		o.unknown(sourceKeys...)
		m := sourceMeta{path: o.path}
		o.get("id", &m.ID)
		o.get("title", &m.Title)
		o.get("outlet", &m.Outlet)
		o.get("date", &m.Date)
		o.get("dateInferred", &m.DateInferred)
		o.get("dateReason", &m.DateReason)
		o.get("url", &m.URL)
		o.get("language", &m.Language)
		o.get("note", &m.Note)
		out = append(out, m)
	}
	return out
}

// applyMeta fills sources from sources.json. What the article itself says
// (front matter, date prefix) wins.
func (l *loader) applyMeta(s *Story, meta []sourceMeta) {
	seen := map[string]string{}
	for _, m := range meta {
		if m.ID == "" {
			l.pl.errorf(SourcesFile, 0, m.path+".id", "source has no id")
			continue
		}
		if first, dup := seen[m.ID]; dup {
			l.pl.errorf(SourcesFile, 0, m.path+".id", "duplicate source id %q (first at %s)", m.ID, first)
			continue
		}
		seen[m.ID] = m.path
		src := s.SourceByID(m.ID)
		if src == nil {
			l.pl.warnf(SourcesFile, 0, m.path+".id", "no article file for source %q", m.ID)
			continue
		}
		src.loc = m.path
		if src.Title == "" {
			src.Title = m.Title
		}
		if src.Outlet == "" {
			src.Outlet = m.Outlet
		}
		if src.URL == "" {
			src.URL = m.URL
		}
		if src.Language == "" {
			src.Language = m.Language
		}
		src.Note = m.Note
		if src.Date == "" {
			src.Date, src.DateInferred, src.DateReason = m.Date, m.DateInferred, m.DateReason
		} else if m.Date != "" && m.Date != src.Date {
			l.pl.warnf(SourcesFile, 0, m.path+".date", "date %s differs from the article's own date %s, which wins", m.Date, src.Date)
		}
	}
	for _, src := range s.Sources {
		if src.Title == "" && src.Article != nil && len(src.Article.Paragraphs) > 0 && src.Article.Paragraphs[0].Heading {
			src.Title = src.Article.Paragraphs[0].Text
		}
	}
}

var claimKeys = []string{"id", "label", "topic", "matchers", "note"}

// parseClaims reads claims.json.
func parseClaims(file string, data []byte, pl *problemList) ([]*Claim, *jsonDoc) {
	doc, top, ok := decodeDoc(file, data, 4, pl)
	if !ok {
		return nil, doc
	}
	top.unknown("claims")
	items, ok := top.elements("claims")
	if !ok {
		if _, present := top.m["claims"]; !present {
			pl.errorf(file, 1, "", "no \"claims\" array")
		}
		return nil, doc
	}
	var claims []*Claim
	for i, raw := range items {
		o, ok := asObject(doc, pl, elemPath("claims", i), raw)
		if !ok {
			continue
		}
		o.unknown(claimKeys...)
		c := &Claim{loc: o.path}
		o.get("id", &c.ID)
		o.get("label", &c.Label)
		o.get("topic", &c.Topic)
		o.get("matchers", &c.Matchers)
		o.get("note", &c.Note)
		claims = append(claims, c)
	}
	return claims, doc
}

// keepExtra returns o's "extra" object merged with its unknown fields, so
// that nothing from an import is silently dropped; nil when there is none.
func keepExtra(o object, unknown []string) map[string]any {
	var extra map[string]any
	o.get("extra", &extra)
	for _, k := range unknown {
		var v any
		if json.Unmarshal(o.m[k], &v) == nil {
			if extra == nil {
				extra = map[string]any{}
			}
			extra[k] = v
		}
	}
	if len(extra) == 0 {
		return nil
	}
	return extra
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

var stepKeys = []string{"id", "title", "date", "body", "places", "route", "claims", "sources", "camera", "extra"}

// parseStoryJSON reads story.json into s.
func parseStoryJSON(file string, data []byte, s *Story, pl *problemList) *jsonDoc {
	doc, top, ok := decodeDoc(file, data, 5, pl)
	if !ok {
		return doc
	}
	s.Extra = keepExtra(top, top.unknown("title", "description", "venues", "steps", "extra"))
	if !top.get("title", &s.Title) || s.Title == "" {
		pl.warnf(file, 1, "title", "story has no title")
	}
	top.get("description", &s.Description)
	top.get("venues", &s.Venues)
	s.Venues = nilIfEmpty(s.Venues)
	items, ok := top.elements("steps")
	if !ok {
		if _, present := top.m["steps"]; !present {
			pl.errorf(file, 1, "steps", "story has no \"steps\" array")
		}
		return doc
	}
	s.Steps = make([]Step, 0, len(items))
	for i, raw := range items {
		var st Step
		o, ok := asObject(doc, pl, elemPath("steps", i), raw)
		if ok {
			unknown := o.unknown(stepKeys...)
			o.get("id", &st.ID)
			o.get("title", &st.Title)
			o.get("date", &st.Date)
			o.get("body", &st.Body)
			o.get("places", &st.Places)
			o.get("route", &st.Route)
			o.get("claims", &st.Claims)
			o.get("sources", &st.Sources)
			o.get("camera", &st.Camera)
			st.Extra = keepExtra(o, unknown)
			// An empty list and no list mean the same.
			st.Places, st.Claims, st.Sources = nilIfEmpty(st.Places), nilIfEmpty(st.Claims), nilIfEmpty(st.Sources)
		}
		s.Steps = append(s.Steps, st)
	}
	return doc
}
