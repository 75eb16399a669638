package article

import (
	"strings"
)

// fmResult is what frontMatter found.
type fmResult struct {
	ok       bool   // a front matter block was present
	rest     string // the text after the block
	lines    int    // number of lines the block took, closing line included
	dateLine int    // 1-based line of the date key, or 0
}

// frontMatter reads a leading block delimited by lines "---", made of
// "key: value" lines, blank lines and "#" comments, into meta. Keys are
// lower-cased; values may be quoted with " or '. Errors name the line.
func frontMatter(name, text string, meta map[string]string) (fmResult, error) {
	first, _, _ := strings.Cut(text, "\n")
	if strings.TrimRight(first, " \t") != "---" {
		return fmResult{}, nil
	}
	var r fmResult
	closed := false
	for _, l := range strings.Split(text, "\n")[1:] {
		if strings.TrimSpace(l) == "---" {
			closed = true
			break
		}
	}
	if !closed {
		return r, errorAt(name, 1, "front matter opened with --- is never closed")
	}
	pos := len(first) + 1
	line := 1
	for pos <= len(text) {
		line++
		if pos == len(text) {
			break
		}
		end := strings.IndexByte(text[pos:], '\n')
		var l string
		next := len(text)
		if end < 0 {
			l = text[pos:]
		} else {
			l = text[pos : pos+end]
			next = pos + end + 1
		}
		pos = next
		t := strings.TrimSpace(l)
		switch {
		case t == "---":
			r.ok = true
			r.lines = line
			if pos > len(text) {
				pos = len(text)
			}
			r.rest = text[pos:]
			return r, nil
		case t == "" || strings.HasPrefix(t, "#"):
			continue
		}
		key, val, found := strings.Cut(t, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		if !found || key == "" || strings.ContainsAny(key, " \t") {
			return r, errorAt(name, line, "front matter line %q is not \"key: value\"", truncate(t, 60))
		}
		val = unquote(strings.TrimSpace(val))
		if _, dup := meta[key]; dup {
			return r, errorAt(name, line, "front matter key %q given twice", key)
		}
		meta[key] = val
		if key == "date" {
			r.dateLine = line
		}
		if frontMatterKeys[key] && val == "" {
			return r, errorAt(name, line, "front matter key %q has no value", key)
		}
	}
	return r, errorAt(name, 1, "front matter opened with --- is never closed")
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
