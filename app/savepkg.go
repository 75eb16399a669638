package app

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/internal/safefile"
	"github.com/storylens/storylens/story"
)

// ProblemsError is a story that cannot be saved because story.Validate
// finds errors in it; nothing was written.
type ProblemsError struct {
	// Problems are the errors, one "file: path: message" a line.
	Problems []string
}

func (e *ProblemsError) Error() string {
	return fmt.Sprintf("the story has %s and was not saved:\n%s", lexicon.Count(len(e.Problems), "error"), strings.Join(e.Problems, "\n"))
}

// checkSavable returns a *ProblemsError listing the errors story.Validate
// finds in s (warnings do not stop a save), or nil.
func checkSavable(s *story.Story) error {
	var errs []string
	for _, p := range story.Validate(s) {
		if p.Severity == story.SeverityError {
			errs = append(errs, p.String())
		}
	}
	if len(errs) > 0 {
		return &ProblemsError{Problems: errs}
	}
	return nil
}

// saveNewPackage writes s as a new story package in dir, which must be
// absent or empty, after checking it with story.Validate. It refuses a dir
// inside articlesDir (the user's folder of articles a draft came from, or
// ""), so that Storylens never writes into it.
func saveNewPackage(s *story.Story, dir, articlesDir string) error {
	if err := checkSavable(s); err != nil {
		return err
	}
	if articlesDir != "" && within(dir, articlesDir) {
		return fmt.Errorf("save as %s: that is inside %s, the folder of articles the story was drafted from; choose a folder outside it", dir, articlesDir)
	}
	if err := story.WritePackage(s, dir); err != nil {
		return fmt.Errorf("save as %s: %w", dir, err)
	}
	return nil
}

// isZipName reports whether path names a .zip archive (Save As writes a
// zip package there).
func isZipName(path string) bool { return strings.EqualFold(filepath.Ext(path), ".zip") }

// saveZip writes s as a story package in the .zip archive path, after
// checking it with story.Validate, atomically (story.WriteZip). An existing
// file is replaced only when overwrite is true (Save of the zip the story
// was saved to). It refuses a path inside articlesDir, as saveNewPackage.
func saveZip(s *story.Story, path string, overwrite bool, articlesDir string) error {
	if err := checkSavable(s); err != nil {
		return err
	}
	if articlesDir != "" && within(path, articlesDir) {
		return fmt.Errorf("save as %s: that is inside %s, the folder of articles the story was drafted from; choose a folder outside it", path, articlesDir)
	}
	if err := story.WriteZip(s, path, overwrite); err != nil {
		if errors.Is(err, safefile.ErrExists) {
			return fmt.Errorf("save as %s: there is already a file of that name; choose another name", path)
		}
		return fmt.Errorf("save as %s: %w", path, err)
	}
	return nil
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	p, err1 := filepath.Abs(path)
	d, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// saveInPlace rewrites the story package folder dir with s, after checking
// s with story.Validate. The package is first written whole to a temporary
// folder; then every file of it that differs from dir's is written into dir
// atomically (internal/safefile), so that other files in dir (notes, a .git
// folder) stay. The articles are never rewritten: every article of the new
// package must already be in dir/articles byte for byte, else nothing is
// written and the error says to use Save As.
func saveInPlace(s *story.Story, dir string) error {
	if err := checkSavable(s); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "storylens-save-*")
	if err != nil {
		return fmt.Errorf("save %s: %w", dir, err)
	}
	defer os.RemoveAll(tmp)
	pkg := filepath.Join(tmp, "package")
	if err := story.WritePackage(s, pkg); err != nil {
		return fmt.Errorf("save %s: %w", dir, err)
	}
	arts, err := os.ReadDir(filepath.Join(pkg, story.ArticlesDir))
	if err != nil {
		return fmt.Errorf("save %s: %w", dir, err)
	}
	for _, a := range arts {
		rel := filepath.Join(story.ArticlesDir, a.Name())
		same, err := sameFile(filepath.Join(pkg, rel), filepath.Join(dir, rel))
		if err != nil {
			return fmt.Errorf("save %s: %w", dir, err)
		}
		if !same {
			return fmt.Errorf("save %s: the article %s is not in the package as it would be written; use Save As to write a new package", dir, rel)
		}
	}
	files, err := os.ReadDir(pkg)
	if err != nil {
		return fmt.Errorf("save %s: %w", dir, err)
	}
	for _, f := range files {
		if f.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(pkg, f.Name()))
		if err != nil {
			return fmt.Errorf("save %s: %w", dir, err)
		}
		dst := filepath.Join(dir, f.Name())
		if old, err := os.ReadFile(dst); err == nil && bytes.Equal(old, data) {
			continue
		}
		if err := safefile.WriteFile(dst, data, safefile.Options{Overwrite: true}); err != nil {
			return fmt.Errorf("save: %w", err)
		}
	}
	return nil
}

// sameFile reports whether the files a and b have the same bytes; a missing
// b is not the same.
func sameFile(a, b string) (bool, error) {
	da, err := os.ReadFile(a)
	if err != nil {
		return false, err
	}
	db, err := os.ReadFile(b)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return bytes.Equal(da, db), nil
}
