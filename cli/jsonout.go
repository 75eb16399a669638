package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/storylens/storylens/story/analysis"
)

// writeReportJSON writes a report as indented JSON, one array element at a
// time, so that a report of tens of thousands of articles never sits in
// memory twice (once as values, once as one encoded buffer). Place evidence
// is left out unless placeEvidence is set: it is the largest part and is not
// in the documented schema (docs/analyze-json.md).
func writeReportJSON(w io.Writer, rep *analysis.Report, placeEvidence bool) error {
	r := *rep
	if !placeEvidence {
		places := make([]analysis.PlaceReport, len(r.Places))
		copy(places, r.Places)
		for i := range places {
			places[i].Evidence = nil
		}
		r.Places = places
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	v := reflect.ValueOf(r)
	t := v.Type()
	bw.WriteString("{")
	first := true
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		if !first {
			bw.WriteString(",")
		}
		first = false
		fmt.Fprintf(bw, "\n  %q: ", name)
		f := v.Field(i)
		if f.Kind() != reflect.Slice {
			if err := writeIndented(bw, f.Interface(), "  "); err != nil {
				return err
			}
			continue
		}
		if f.Len() == 0 {
			bw.WriteString("[]")
			continue
		}
		bw.WriteString("[")
		for j := 0; j < f.Len(); j++ {
			if j > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			if err := writeIndented(bw, f.Index(j).Interface(), "    "); err != nil {
				return err
			}
		}
		bw.WriteString("\n  ]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

func writeIndented(w io.Writer, x any, prefix string) error {
	b, err := json.MarshalIndent(x, prefix, "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
