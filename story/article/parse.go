package article

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"
)

// MaxArticleBytes is the largest article file Parse accepts (5 MB).
const MaxArticleBytes = 5 << 20

// frontMatterKeys are the keys documented for front matter. Other keys are
// kept in Meta too, so that nothing is silently dropped.
var frontMatterKeys = map[string]bool{"title": true, "outlet": true, "date": true, "url": true, "language": true}

// Parse reads one article file. name is used in error messages only. The
// data may be UTF-8 with or without a byte order mark, with LF or CRLF line
// endings, and may start with a front matter block or the seeds' " date
// YYYY-MM-DD" prefix.
func Parse(name string, data []byte) (*Article, error) {
	return parse(name, data, false)
}

// ParseOwned is Parse for bytes the caller hands over and never changes
// again (a loaded story's Source.Raw). The article's strings (Text,
// Paragraphs, Sentences, Meta) then share data's memory instead of a copy
// of it, unless the text had to be normalised (CR line endings), so that a
// story holds each article's bytes once, not twice.
func ParseOwned(name string, data []byte) (*Article, error) {
	return parse(name, data, true)
}

// parse is Parse; shared says data may back the article's strings.
func parse(name string, data []byte, shared bool) (*Article, error) {
	if len(data) > MaxArticleBytes {
		return nil, errorAt(name, 0, "article is %d bytes, over the limit of %d bytes (5 MB)", len(data), MaxArticleBytes)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line := 1 + bytes.Count(data[:i], []byte{'\n'})
		return nil, errorAt(name, line, "binary file (NUL byte at offset %d), not a text article", i)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		off := firstInvalidUTF8(data)
		line := 1 + bytes.Count(data[:off], []byte{'\n'})
		return nil, errorAt(name, line, "not UTF-8 (invalid byte 0x%02x at offset %d)", data[off], off)
	}
	var text string
	if shared && len(data) > 0 {
		// data is never changed again (ParseOwned), so a string over it is
		// as immutable as a copy would be.
		text = normaliseNewlines(unsafe.String(unsafe.SliceData(data), len(data)))
	} else {
		text = normaliseNewlines(string(data))
	}
	if strings.TrimSpace(text) == "" {
		return nil, errorAt(name, 0, "empty article")
	}
	a := &Article{Meta: map[string]string{}}
	lineBase := 0 // lines of the file before Text starts
	fm, err := frontMatter(name, text, a.Meta)
	if err != nil {
		return nil, err
	}
	if fm.ok {
		text, lineBase = fm.rest, fm.lines
	}
	if d, ok := a.Meta["date"]; ok {
		if err := checkDate(d); err != nil {
			return nil, errorAt(name, fm.dateLine, "front matter date %q: %v", d, err)
		}
		a.Date = d
	}
	if d, rest, ok := datePrefix(text); ok {
		if err := checkDate(d); err != nil {
			return nil, errorAt(name, lineBase+1, "date prefix %q: %v", d, err)
		}
		if a.Date == "" {
			a.Date = d
		}
		text = rest
	}
	if strings.TrimSpace(text) == "" {
		return nil, errorAt(name, 0, "empty article (no text after the front matter or date)")
	}
	a.Text = text
	a.split(lineBase)
	return a, nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// normaliseNewlines turns CRLF and lone CR into LF.
func normaliseNewlines(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// checkDate reports whether d is a calendar day YYYY-MM-DD.
func checkDate(d string) error {
	if len(d) != 10 {
		return fmt.Errorf("want a day YYYY-MM-DD")
	}
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return fmt.Errorf("want a day YYYY-MM-DD")
	}
	return nil
}

// datePrefix recognises the seeds' form: optional spaces, "date", a space, a
// date and whitespace, then the text continuing on the same line.
func datePrefix(text string) (date, rest string, ok bool) {
	s := strings.TrimLeft(text, " \t")
	if !strings.HasPrefix(s, "date ") {
		return "", "", false
	}
	s = strings.TrimLeft(s[len("date "):], " \t")
	if len(s) < 10 {
		return "", "", false
	}
	d := s[:10]
	for i := 0; i < 10; i++ {
		c := d[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return "", "", false
			}
		} else if c < '0' || c > '9' {
			return "", "", false
		}
	}
	rest = s[10:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '\n' {
		return "", "", false
	}
	// Keep a newline so that line numbers stay right when the text starts
	// on the next line.
	rest = strings.TrimLeft(rest, " \t")
	return d, rest, true
}

// Error is a problem found by Parse: the file name given to Parse, the
// 1-based line (0 when it concerns the whole file) and what is wrong.
type Error struct {
	File string
	Line int
	Msg  string
}

// Error formats the problem as "file:line: message" or "file: message".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

func errorAt(name string, line int, format string, args ...any) *Error {
	return &Error{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
}
