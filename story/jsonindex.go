package story

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"unicode/utf8"
)

// maxIndexedPaths caps how many JSON paths one file's index remembers, so
// that a hostile file cannot make the index itself huge. Paths beyond it
// fall back to their nearest indexed parent.
const maxIndexedPaths = 200000

// jsonDoc is a JSON file checked for syntax and depth, with the byte offset
// of every value up to a depth, so that problems can name their line.
type jsonDoc struct {
	file  string
	data  []byte
	lines []int          // byte offsets of line starts
	at    map[string]int // JSON path -> offset of the value
}

// jsonError is a problem in a JSON file with its byte offset.
type jsonError struct {
	offset int64
	msg    string
}

func (e *jsonError) Error() string { return e.msg }

// scanJSON checks data as one JSON value no deeper than MaxJSONDepth and
// indexes paths no deeper than indexDepth. It never decodes numbers, so any
// size of number is accepted here; decoders check them.
func scanJSON(file string, data []byte, indexDepth int) (*jsonDoc, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	d := &jsonDoc{file: file, data: data, at: map[string]int{}}
	d.lines = append(d.lines, 0)
	for i, c := range data {
		if c == '\n' {
			d.lines = append(d.lines, i+1)
		}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return d, &jsonError{int64(off), fmt.Sprintf("not UTF-8 (invalid byte at offset %d)", off)}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return d, &jsonError{-1, "empty file"}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	type frame struct {
		path  string
		array bool
		n     int    // next array index
		key   string // pending object key
		isKey bool   // next string token is a key
	}
	var stack []frame
	childPath := func() (string, bool) {
		if len(stack) == 0 {
			return "", true
		}
		f := &stack[len(stack)-1]
		if f.array {
			p := f.path + "[" + strconv.Itoa(f.n) + "]"
			f.n++
			return p, true
		}
		if f.path == "" {
			return f.key, true
		}
		return f.path + "." + f.key, true
	}
	record := func(p string, off int64) {
		if len(stack) <= indexDepth && len(d.at) < maxIndexedPaths {
			d.at[p] = int(off)
		}
	}
	for {
		// Offset of the next token: skip whitespace, ',' and ':'.
		off := dec.InputOffset()
		for off < int64(len(data)) && bytes.IndexByte([]byte(" \t\r\n,:"), data[off]) >= 0 {
			off++
		}
		tok, err := dec.Token()
		if err == io.EOF {
			if len(stack) != 0 {
				return d, &jsonError{int64(len(data)), "unexpected end of JSON input"}
			}
			return d, nil
		}
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				return d, &jsonError{se.Offset, "JSON syntax error: " + se.Error()}
			}
			return d, &jsonError{off, "JSON syntax error: " + err.Error()}
		}
		if n := len(stack); n > 0 && !stack[n-1].array && stack[n-1].isKey {
			if k, ok := tok.(string); ok {
				stack[n-1].key = k
				stack[n-1].isKey = false
				continue
			}
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				p, _ := childPath()
				record(p, off)
				if len(stack) >= MaxJSONDepth {
					return d, &jsonError{off, fmt.Sprintf("JSON nested deeper than %d levels", MaxJSONDepth)}
				}
				stack = append(stack, frame{path: p, array: t == '[', isKey: t == '{'})
			case '}', ']':
				stack = stack[:len(stack)-1]
				if len(stack) == 0 {
					// One value only: anything but whitespace after it is an error.
					if rest := bytes.TrimSpace(data[dec.InputOffset():]); len(rest) > 0 {
						return d, &jsonError{dec.InputOffset(), "JSON syntax error: data after the top-level value"}
					}
					return d, nil
				}
			}
		default:
			p, _ := childPath()
			record(p, off)
			if len(stack) == 0 {
				if rest := bytes.TrimSpace(data[dec.InputOffset():]); len(rest) > 0 {
					return d, &jsonError{dec.InputOffset(), "JSON syntax error: data after the top-level value"}
				}
				return d, nil
			}
		}
		if n := len(stack); n > 0 && !stack[n-1].array {
			stack[n-1].isKey = true
		}
	}
}

// lineCol returns the 1-based line and column (in characters) of offset.
func (d *jsonDoc) lineCol(off int64) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > int64(len(d.data)) {
		off = int64(len(d.data))
	}
	i := sort.Search(len(d.lines), func(i int) bool { return int64(d.lines[i]) > off }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, utf8.RuneCount(d.data[d.lines[i]:off]) + 1
}

// line returns the line of the value at path, or of its nearest indexed
// parent, or 0.
func (d *jsonDoc) line(path string) int {
	if d == nil {
		return 0
	}
	for {
		if off, ok := d.at[path]; ok {
			l, _ := d.lineCol(int64(off))
			return l
		}
		if path == "" {
			return 0
		}
		path = parentPath(path)
	}
}

// offset returns the byte offset of the value at path, or -1.
func (d *jsonDoc) offset(path string) int {
	if off, ok := d.at[path]; ok {
		return off
	}
	return -1
}

// parentPath strips the last element of a JSON path: "a.b[2]" -> "a.b" -> "a" -> "".
func parentPath(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '.' || p[i] == '[' {
			return p[:i]
		}
	}
	return ""
}
