package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strings"

	"github.com/storylens/storylens/story/analysis"
)

// writeReportJSON writes a report as JSON with each array element compact on
// a line of its own, a chunk of elements at a time, so that a report of tens
// of thousands of articles never sits in memory twice (once as values, once
// as one encoded buffer). Chunks are encoded on all cores and written in
// order. Place evidence is left out unless placeEvidence is set: it is the
// largest part and is not in the documented schema (docs/analyze-json.md).
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
		name, opts, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		if strings.Contains(opts, "omitempty") && v.Field(i).IsZero() {
			continue
		}
		if !first {
			bw.WriteString(",")
		}
		first = false
		fmt.Fprintf(bw, "\n  %q: ", name)
		f := v.Field(i)
		if f.Kind() != reflect.Slice {
			b, err := json.Marshal(f.Interface())
			if err != nil {
				return err
			}
			bw.Write(b)
			continue
		}
		if f.Len() == 0 {
			bw.WriteString("[]")
			continue
		}
		bw.WriteString("[")
		if err := writeElements(bw, f); err != nil {
			return err
		}
		bw.WriteString("\n  ]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// jsonChunk is how many array elements are encoded together.
const jsonChunk = 512

// writeElements writes the elements of slice f, comma-separated, each on a
// new line, encoding chunks of them concurrently and writing them in order.
func writeElements(w io.Writer, f reflect.Value) error {
	n := f.Len()
	chunks := (n + jsonChunk - 1) / jsonChunk
	type result struct {
		b   []byte
		err error
	}
	results := make([]chan result, chunks)
	for c := range results {
		results[c] = make(chan result, 1)
	}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0)+1) // bounds what is encoded ahead of the writer
	go func() {
		for c := 0; c < chunks; c++ {
			sem <- struct{}{}
			go func(c int) {
				var buf bytes.Buffer
				for j := c * jsonChunk; j < min(n, (c+1)*jsonChunk); j++ {
					if j > 0 {
						buf.WriteByte(',')
					}
					buf.WriteString("\n    ")
					b, err := json.Marshal(f.Index(j).Interface())
					if err != nil {
						results[c] <- result{err: err}
						return
					}
					buf.Write(b)
				}
				results[c] <- result{b: buf.Bytes()}
			}(c)
		}
	}()
	var firstErr error
	for c := 0; c < chunks; c++ {
		r := <-results[c]
		<-sem
		if firstErr == nil {
			firstErr = r.err
			if r.err == nil {
				_, firstErr = w.Write(r.b)
			}
		}
	}
	return firstErr
}
