package story

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// object is one JSON object of a file being decoded field by field, so that
// every wrong field is reported with its own path and line.
type object struct {
	doc  *jsonDoc
	pl   *problemList
	path string
	m    map[string]json.RawMessage
}

// asObject decodes raw (the value at path) as an object. It reports an
// error and returns false when raw is not an object.
func asObject(doc *jsonDoc, pl *problemList, path string, raw json.RawMessage) (object, bool) {
	o := object{doc: doc, pl: pl, path: path}
	if err := json.Unmarshal(raw, &o.m); err != nil || o.m == nil {
		pl.errorf(doc.file, doc.line(path), path, "want a JSON object, got %s", jsonKind(raw))
		return o, false
	}
	return o, true
}

// sub is the JSON path of a key of o.
func (o object) sub(key string) string {
	if o.path == "" {
		return key
	}
	return o.path + "." + key
}

// get decodes key into dst when present and reports whether it was present
// and valid. A type error is reported with the key's path and line.
func (o object) get(key string, dst any) bool {
	raw, ok := o.m[key]
	if !ok {
		return false
	}
	return decodeAt(o.doc, o.pl, o.sub(key), raw, dst)
}

// decodeAt decodes raw (the value at path) into dst, reporting a type
// error at the line of the offending value.
func decodeAt(doc *jsonDoc, pl *problemList, path string, raw json.RawMessage, dst any) bool {
	err := json.Unmarshal(raw, dst)
	if err == nil {
		return true
	}
	line := doc.line(path)
	p := path
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if base := doc.offset(path); base >= 0 {
			// te.Offset is just after the offending value; step back into it.
			off := int64(base) + te.Offset - 1
			if off < int64(base) {
				off = int64(base)
			}
			line, _ = doc.lineCol(off)
		}
		if te.Field != "" && !strings.HasPrefix(p, te.Field) {
			p = path + "." + te.Field
		}
		pl.errorf(doc.file, line, p, "want %s, got JSON %s", typeName(reflect.TypeOf(dst).Elem()), te.Value)
		return false
	}
	pl.errorf(doc.file, line, p, "cannot decode: %v", strings.TrimPrefix(err.Error(), "json: "))
	return false
}

// unknown reports keys of o not in known, as warnings, and returns them.
func (o object) unknown(known ...string) []string {
	var out []string
	for k := range o.m {
		if !contains(known, k) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	for _, k := range out {
		o.pl.warnf(o.doc.file, o.doc.line(o.sub(k)), o.sub(k), "unknown field %q", k)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// typeName describes a Go type in JSON terms.
func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Float64, reflect.Float32, reflect.Int, reflect.Int64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array of " + strings.TrimPrefix(strings.TrimPrefix(typeName(t.Elem()), "a "), "an ") + "s"
	case reflect.Pointer:
		return typeName(t.Elem()) + " or null"
	case reflect.Map, reflect.Struct:
		return "an object"
	}
	return t.String()
}

// jsonKind names the kind of a raw JSON value.
func jsonKind(raw json.RawMessage) string {
	s := strings.TrimSpace(string(raw))
	if s == "" {
		return "nothing"
	}
	switch s[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// decodeDoc scans data as JSON and decodes its top level as an object. It
// reports syntax errors with line and column.
func decodeDoc(file string, data []byte, indexDepth int, pl *problemList) (*jsonDoc, object, bool) {
	doc, err := scanJSON(file, data, indexDepth)
	if err != nil {
		var je *jsonError
		if errors.As(err, &je) {
			if je.offset < 0 {
				pl.errorf(file, 0, "", "%s", je.msg)
			} else {
				line, col := doc.lineCol(je.offset)
				pl.errorf(file, line, "", "%s", je.msg)
				pl.ps[len(pl.ps)-1].Column = col
			}
		} else {
			pl.errorf(file, 0, "", "%v", err)
		}
		return doc, object{}, false
	}
	o, ok := asObject(doc, pl, "", doc.data)
	return doc, o, ok
}

// elements decodes the array at key of o, reporting when it is not one.
func (o object) elements(key string) ([]json.RawMessage, bool) {
	raw, ok := o.m[key]
	if !ok {
		return nil, false
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		o.pl.errorf(o.doc.file, o.doc.line(o.sub(key)), o.sub(key), "want an array, got %s", jsonKind(raw))
		return nil, false
	}
	return items, true
}

// elemPath is the JSON path of element i of the array at path.
func elemPath(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }
