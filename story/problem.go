package story

import (
	"errors"
	"fmt"
	"strings"
)

// Severity says whether a problem makes a story unusable.
type Severity string

// Severities.
const (
	// SeverityError: the story (or the file) cannot be used as it is.
	SeverityError Severity = "error"
	// SeverityWarning: the story is usable but something looks wrong.
	SeverityWarning Severity = "warning"
)

// Problem is one thing wrong with a story, located as precisely as known.
type Problem struct {
	// File is the path inside the story ("story.json", "articles/a.txt"),
	// or the story's origin for problems with the whole story.
	File string `json:"file"`
	// Line is the 1-based line in File, or 0 when not known.
	Line int `json:"line,omitempty"`
	// Column is the 1-based column (in characters) of a syntax error, or 0.
	Column int `json:"column,omitempty"`
	// Path is the JSON path of the value concerned, like steps[3].places[1].
	Path     string   `json:"path,omitempty"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// String formats the problem as "file:line:column: path: message",
// leaving out the line, column or path when not known; warnings say
// "warning:" before the message.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Column > 0 {
			fmt.Fprintf(&b, ":%d", p.Column)
		}
	}
	if p.Path != "" {
		b.WriteString(": " + p.Path)
	}
	if p.Severity == SeverityWarning {
		b.WriteString(": warning")
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is every problem found in one load or validation.
type Problems []Problem

// HasErrors reports whether any problem is an error.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Err returns nil when there is no error (warnings allowed), or an error
// listing every error, one per line.
func (ps Problems) Err() error {
	var errs []error
	for _, p := range ps {
		if p.Severity == SeverityError {
			errs = append(errs, errors.New(p.String()))
		}
	}
	return errors.Join(errs...)
}

// Errors returns the errors only.
func (ps Problems) Errors() Problems { return ps.filter(SeverityError) }

// Warnings returns the warnings only.
func (ps Problems) Warnings() Problems { return ps.filter(SeverityWarning) }

func (ps Problems) filter(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// String lists the problems one per line.
func (ps Problems) String() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// problemList collects problems while loading.
type problemList struct{ ps Problems }

func (l *problemList) add(sev Severity, file string, line int, path, format string, args ...any) {
	l.ps = append(l.ps, Problem{File: file, Line: line, Path: path, Severity: sev, Message: fmt.Sprintf(format, args...)})
}

func (l *problemList) errorf(file string, line int, path, format string, args ...any) {
	l.add(SeverityError, file, line, path, format, args...)
}

func (l *problemList) warnf(file string, line int, path, format string, args ...any) {
	l.add(SeverityWarning, file, line, path, format, args...)
}
