package story

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
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
	// positions counts arrays whose first element is a number (GeoJSON
	// positions); overAt is the path of the one past MaxCoordinates.
	positions int
	overAt    string
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
	// Depth first, without recursion, so that nothing deeper than
	// MaxJSONDepth is ever decoded; then syntax; then the index.
	if off, deep := tooDeep(data); deep {
		return d, &jsonError{int64(off), fmt.Sprintf("JSON nested deeper than %d levels", MaxJSONDepth)}
	}
	var raw json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			// The offset is just after the offending byte.
			off := se.Offset - 1
			if off == int64(len(data))-1 && strings.Contains(se.Error(), "unexpected end") {
				off = int64(len(data)) // just after the last byte
			}
			if off < 0 {
				off = 0
			}
			return d, &jsonError{off, "JSON syntax error: " + se.Error()}
		}
		return d, &jsonError{0, "JSON syntax error: " + err.Error()}
	}
	d.index(indexDepth)
	return d, nil
}

// tooDeep reports whether data nests arrays and objects deeper than
// MaxJSONDepth, and where. Strings are skipped; syntax is not checked.
func tooDeep(data []byte) (int, bool) {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '"':
			i = skipString(data, i)
		case '{', '[':
			depth++
			if depth > MaxJSONDepth {
				return i, true
			}
		case '}', ']':
			depth--
		}
	}
	return 0, false
}

// skipString returns the index of the closing quote of the string opening
// at data[i] (or len(data)-1).
func skipString(data []byte, i int) int {
	for j := i + 1; j < len(data); {
		k := bytes.IndexAny(data[j:], "\\\"")
		if k < 0 {
			return len(data) - 1
		}
		j += k
		if data[j] == '\\' {
			j += 2
			continue
		}
		return j
	}
	return len(data) - 1
}

// deepPath stands for the path of a value deeper than the index goes.
const deepPath = "\x00deep"

// index records the offset of every value of valid JSON down to depth, and
// counts positions (arrays whose first element is a number).
func (d *jsonDoc) index(depth int) {
	data := d.data
	type frame struct {
		path  string
		array bool
		n     int
		key   string
	}
	var stack []frame
	expectKey := false
	valuePath := func() string {
		if len(stack) == 0 {
			return ""
		}
		f := &stack[len(stack)-1]
		if f.array {
			f.n++
			if len(stack) > depth || f.path == deepPath || len(d.at) >= maxIndexedPaths {
				return deepPath // not indexed: skip building the path
			}
			return f.path + "[" + strconv.Itoa(f.n-1) + "]"
		}
		if len(stack) > depth || f.path == deepPath || len(d.at) >= maxIndexedPaths {
			return deepPath
		}
		if f.path == "" {
			return f.key
		}
		return f.path + "." + f.key
	}
	record := func(p string, off int) {
		if p != deepPath && len(stack) <= depth && len(d.at) < maxIndexedPaths {
			d.at[p] = off
		}
	}
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch c {
		case ' ', '\t', '\r', '\n', ',', ':':
			continue
		case '"':
			end := skipString(data, i)
			if expectKey {
				var k string
				if bytes.IndexByte(data[i:end], '\\') < 0 {
					k = string(data[i+1 : end])
				} else {
					json.Unmarshal(data[i:end+1], &k)
				}
				stack[len(stack)-1].key = k
				expectKey = false
				i = end
				continue
			}
			record(valuePath(), i)
			i = end
		case '{', '[':
			p := valuePath()
			record(p, i)
			stack = append(stack, frame{path: p, array: c == '['})
			expectKey = c == '{'
			continue
		case '}', ']':
			stack = stack[:len(stack)-1]
		default: // number, true, false, null
			if n := len(stack); n > 0 && stack[n-1].array && stack[n-1].n == 0 && (c == '-' || c >= '0' && c <= '9') {
				d.positions++
				if d.positions == MaxCoordinates+1 {
					d.overAt = stack[n-1].path
					if d.overAt == deepPath && n >= 2 && stack[n-2].array && stack[n-2].path != deepPath {
						d.overAt = stack[n-2].path + "[" + strconv.Itoa(stack[n-2].n-1) + "]"
					}
					if d.overAt == deepPath {
						d.overAt = ""
					}
				}
			}
			record(valuePath(), i)
			for i+1 < len(data) && bytes.IndexByte([]byte(" \t\r\n,]}"), data[i+1]) < 0 {
				i++
			}
		}
		if n := len(stack); n > 0 && !stack[n-1].array {
			expectKey = true
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
