// Package safefile writes files atomically: the data goes to a temporary
// file in the destination folder, is synced, and is renamed over the
// destination only when everything succeeded. A failure at any point leaves
// no partial file behind.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrExists is returned when the destination exists and overwriting was not allowed.
var ErrExists = errors.New("file exists (use --force to overwrite)")

// Options control a write.
type Options struct {
	// Overwrite allows replacing an existing file.
	Overwrite bool
	// Perm is the file mode of the new file (0644 when zero).
	Perm fs.FileMode
}

// WriteFile writes data to path atomically.
func WriteFile(path string, data []byte, opt Options) error {
	return Write(path, opt, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write calls fill with a writer to a temporary file beside path and renames
// it to path when fill and the file's sync and close all succeed. Otherwise
// the temporary file is removed and the error is returned, wrapped with path.
func Write(path string, opt Options, fill func(io.Writer) error) (err error) {
	if !opt.Overwrite {
		if _, statErr := os.Lstat(path); statErr == nil {
			return fmt.Errorf("write %s: %w", path, ErrExists)
		}
	}
	perm := opt.Perm
	if perm == 0 {
		perm = 0o644
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()
	if err = fill(tmp); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: close: %w", path, err)
	}
	if err = os.Chmod(tmpName, perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if !opt.Overwrite {
		// Link fails if path appeared meanwhile; it never replaces a file.
		if err = os.Link(tmpName, path); err != nil {
			if errors.Is(err, fs.ErrExist) {
				err = ErrExists
			}
			return fmt.Errorf("write %s: %w", path, err)
		}
		os.Remove(tmpName)
		return nil
	}
	if err = os.Rename(tmpName, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
