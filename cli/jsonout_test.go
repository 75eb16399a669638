package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/storylens/storylens/story/analysis"
)

func TestWriteReportJSONEqualsEncodingJSON(t *testing.T) {
	rep := &analysis.Report{Schema: analysis.SchemaVersion, Title: "T <&>",
		Sources: []analysis.SourceReport{{ID: "a", Places: []string{}, Claims: []string{"c"}, UniqueClaims: []string{}}},
		Places:  []analysis.PlaceReport{{ID: "p", Name: "P", Sources: []string{"a"}, Evidence: []analysis.Evidence{{Source: "a", Text: "x"}}}},
		Claims:  []analysis.ClaimReport{{ID: "c", Label: "\"q\"", Sources: []string{"a"}, Evidence: []analysis.Evidence{}}},
		Routes:  []analysis.RouteReport{},
		Steps:   []analysis.StepReport{}, Quantities: []analysis.Quantity{}, Conflicts: []analysis.Conflict{},
		Checks:   []analysis.Check{},
		Coverage: analysis.Coverage{Sources: []string{"a"}, Claims: []string{"c"}, Matrix: [][]bool{{true}}},
		Venues:   []analysis.VenueReport{}, Notes: []string{},
	}
	for _, withEvidence := range []bool{false, true} {
		var buf bytes.Buffer
		if err := writeReportJSON(&buf, rep, withEvidence); err != nil {
			t.Fatal(err)
		}
		var got, want any
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, buf.String())
		}
		r := *rep
		if !withEvidence {
			r.Places = []analysis.PlaceReport{rep.Places[0]}
			r.Places[0].Evidence = nil
		}
		b, _ := json.Marshal(r)
		json.Unmarshal(b, &want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("evidence=%v: streamed JSON differs from encoding/json\n%s", withEvidence, buf.String())
		}
	}
	var buf bytes.Buffer
	writeReportJSON(&buf, &analysis.Report{}, false)
	var m map[string]any
	json.Unmarshal(buf.Bytes(), &m)
	if _, ok := m["quantities"].([]any); !ok {
		t.Errorf("a nil array streams as %v, want []", m["quantities"])
	}
	if rep.Places[0].Evidence == nil {
		t.Error("writing without evidence changed the report")
	}
}

// TestWriteCoverageEqualsMarshal checks that the coverage, streamed a row at
// a time, is byte for byte what json.Marshal writes, nil parts included.
func TestWriteCoverageEqualsMarshal(t *testing.T) {
	for _, cv := range []analysis.Coverage{
		{},
		{Sources: []string{}, Claims: []string{}, Matrix: [][]bool{}},
		{Sources: []string{"a <b>", "c"}, Claims: []string{"x&y"}, Matrix: [][]bool{{true}, {false}}},
		{Sources: []string{"a"}, Claims: []string{"x", "y", "z"}, Matrix: [][]bool{nil, {}, {false, true, true}}},
	} {
		var buf bytes.Buffer
		bw := bufio.NewWriter(&buf)
		if err := writeCoverage(bw, cv); err != nil {
			t.Fatal(err)
		}
		bw.Flush()
		want, _ := json.Marshal(cv)
		if buf.String() != string(want) {
			t.Errorf("coverage %+v:\n got %s\nwant %s", cv, buf.String(), want)
		}
	}
}
