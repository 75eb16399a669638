package story

import (
	"archive/zip"
	"fmt"
	"io"
	"time"

	"github.com/storylens/storylens/internal/safefile"
)

// zipTime is the modification time of every entry WriteZip writes, so that
// the same story always gives the same archive.
var zipTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteZip writes s as a story package in a .zip archive at path: the files
// WritePackage writes, at the archive's root, the articles' raw bytes
// unchanged. The archive is written atomically (internal/safefile): a
// failure leaves no partial file, and an existing file at path is replaced
// only when overwrite is true. Loading the archive gives back s.
func WriteZip(s *Story, path string, overwrite bool) error {
	files, err := packageFiles(s)
	if err != nil {
		return fmt.Errorf("write story zip: %w", err)
	}
	err = safefile.Write(path, safefile.Options{Overwrite: overwrite}, func(w io.Writer) error {
		zw := zip.NewWriter(w)
		for _, f := range files {
			fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: zipTime})
			if err != nil {
				return err
			}
			if _, err := fw.Write(f.data); err != nil {
				return err
			}
		}
		return zw.Close()
	})
	if err != nil {
		return fmt.Errorf("write story zip: %w", err)
	}
	return nil
}
