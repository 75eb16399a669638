package story

import (
	"fmt"
	"testing"
)

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "story.json", Line: 3, Severity: SeverityError, Message: "m"}, "story.json:3: m"},
		{Problem{File: "story.json", Line: 3, Column: 7, Severity: SeverityError, Message: "m"}, "story.json:3:7: m"},
		{Problem{File: "story.json", Path: "steps[3].places[1]", Severity: SeverityError, Message: "m"}, "story.json: steps[3].places[1]: m"},
		{Problem{File: "claims.json", Line: 2, Path: "claims[0]", Severity: SeverityWarning, Message: "m"}, "claims.json:2: claims[0]: warning: m"},
		{Problem{Severity: SeverityError, Message: "m"}, "m"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestProblemsErr(t *testing.T) {
	warn := Problem{File: "a", Severity: SeverityWarning, Message: "w"}
	e1 := Problem{File: "b", Line: 1, Severity: SeverityError, Message: "e1"}
	e2 := Problem{File: "c", Severity: SeverityError, Message: "e2"}
	if (Problems{warn}).Err() != nil || (Problems{warn}).HasErrors() || (Problems{}).Err() != nil {
		t.Error("warnings only must give no error")
	}
	ps := Problems{warn, e1, e2}
	if !ps.HasErrors() || ps.Err().Error() != "b:1: e1\nc: e2" {
		t.Errorf("Err() = %v", ps.Err())
	}
	if len(ps.Errors()) != 2 || len(ps.Warnings()) != 1 || ps.Warnings()[0] != warn {
		t.Errorf("Errors %v Warnings %v", ps.Errors(), ps.Warnings())
	}
	if ps.String() != "a: warning: w\nb:1: e1\nc: e2" {
		t.Errorf("String() = %q", ps.String())
	}
}

func TestJSONIndexLines(t *testing.T) {
	data := "{\n \"a\": [1,\n  {\"b\\\"q\": \"x\"}],\n \"c\": {\"d\": [[1, 2],\n [3, 4]]}\n}"
	d, err := scanJSON("f.json", []byte(data), 3)
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]int{
		"":            1,
		"a":           2,
		"a[0]":        2,
		"a[1]":        3,
		`a[1].b"q`:    3,
		"c":           4,
		"c.d":         4,
		"c.d[1]":      5,
		"c.d[1][0]":   5, // deeper than indexed: falls back to c.d[1]
		"c.d[9]":      4, // unknown: falls back to c.d
		"nothing.x.y": 1,
	} {
		if got := d.line(path); got != want {
			t.Errorf("line(%q) = %d, want %d", path, got, want)
		}
	}
	// Arrays whose first element is a number: a, c.d[0], c.d[1].
	if d.positions != 3 {
		t.Errorf("positions = %d, want 3", d.positions)
	}
	for _, bad := range []struct{ in, want string }{
		{"{\"a\": }", "1:7: JSON syntax error: invalid character '}' looking for beginning of value"},
		{"{\"a\": 1}\n{}", "2:1: JSON syntax error: invalid character '{' after top-level value"},
		{"[\"unterminated", "1:15: JSON syntax error: unexpected end of JSON input"},
	} {
		d, err := scanJSON("f.json", []byte(bad.in), 3)
		je, _ := err.(*jsonError)
		if je == nil {
			t.Errorf("%q: no error", bad.in)
			continue
		}
		l, c := d.lineCol(je.offset)
		if got := fmt.Sprintf("%d:%d: %s", l, c, je.Error()); got != bad.want {
			t.Errorf("%q: got %q, want %q", bad.in, got, bad.want)
		}
	}
}
