// Package limitread is Storylens' one size-limited reader: every file a user
// hands over (articles, GeoJSON, a StoryMapJS file, a .zip entry) is read
// through it, so no file costs more memory than its limit, however large it
// is or grows while it is read, and an error names the file and the limit.
package limitread

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrTooLarge is what every [*TooLargeError] is (errors.Is).
var ErrTooLarge = errors.New("over the size limit")

// TooLargeError is a file over its size limit.
type TooLargeError struct {
	Name  string // the file, as the caller named it
	Size  int64  // its size when known before reading, else -1 (it grew)
	Limit int64  // the limit in bytes
}

func (e *TooLargeError) Error() string {
	if e.Size >= 0 {
		return fmt.Sprintf("%s: %d bytes, over the limit of %d bytes", e.Name, e.Size, e.Limit)
	}
	return fmt.Sprintf("%s: over the limit of %d bytes", e.Name, e.Limit)
}

// Is reports whether target is ErrTooLarge.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// AtMost reads r to its end but at most n bytes, into a buffer of size+1
// bytes when size (the expected length: a Stat's, a header's; -1 unknown)
// is below n, so that a file of the expected size is read without the
// doubling of io.ReadAll. It never returns more than n bytes; a caller that
// passes its limit + 1 sees a file over the limit as n bytes. On a read
// error it returns the bytes read so far with the error.
func AtMost(r io.Reader, size, n int64) ([]byte, error) {
	if n <= 0 {
		return nil, nil
	}
	buf := make([]byte, min(max(size, 0)+1, n))
	got, err := io.ReadFull(r, buf)
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return buf[:got], nil
	case err != nil:
		return buf[:got], err
	case int64(got) == n:
		return buf, nil
	}
	// Longer than expected: read on, still bounded.
	rest, err := io.ReadAll(io.LimitReader(r, n-int64(got)))
	return append(buf, rest...), err
}

// Read reads r (the file name, of expected size size or -1) to its end. It
// returns a *TooLargeError when r holds more than limit bytes, having read
// at most limit + 1 of them; a read error is wrapped with the name.
func Read(r io.Reader, name string, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, &TooLargeError{Name: name, Size: size, Limit: limit}
	}
	b, err := AtMost(r, size, max(limit, 0)+1)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(b)) > limit {
		return nil, &TooLargeError{Name: name, Size: -1, Limit: limit}
	}
	return b, nil
}

// File reads the regular file at path, which may be at most limit bytes:
// a larger one is refused from its size before it is read (a
// *TooLargeError), a folder or device with an error saying so. Errors
// name path.
func File(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // an *fs.PathError names path
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	switch {
	case st.IsDir():
		return nil, fmt.Errorf("%s: is a folder, want a file", path)
	case !st.Mode().IsRegular():
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	return Read(f, path, st.Size(), limit)
}
