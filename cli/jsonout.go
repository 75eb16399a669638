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
		if cv, ok := f.Interface().(analysis.Coverage); ok {
			if err := writeCoverage(bw, cv); err != nil {
				return err
			}
			continue
		}
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

// writeCoverage writes cv as json.Marshal would, but a row of the matrix at a
// time: the matrix has a cell per source and claim (100,000 sources × 2,000
// claims in a generated corpus), far too big to hold encoded in one buffer.
func writeCoverage(w *bufio.Writer, cv analysis.Coverage) error {
	w.WriteString(`{"sources":`)
	if err := writeMarshal(w, cv.Sources); err != nil {
		return err
	}
	w.WriteString(`,"claims":`)
	if err := writeMarshal(w, cv.Claims); err != nil {
		return err
	}
	w.WriteString(`,"matrix":`)
	if cv.Matrix == nil {
		w.WriteString("null")
	} else {
		w.WriteByte('[')
		for i, row := range cv.Matrix {
			if i > 0 {
				w.WriteByte(',')
			}
			writeBools(w, row)
		}
		w.WriteByte(']')
	}
	_, err := w.WriteString("}")
	return err
}

// writeBools writes row as json.Marshal writes a []bool.
func writeBools(w *bufio.Writer, row []bool) {
	if row == nil {
		w.WriteString("null")
		return
	}
	w.WriteByte('[')
	for j, b := range row {
		if j > 0 {
			w.WriteByte(',')
		}
		if b {
			w.WriteString("true")
		} else {
			w.WriteString("false")
		}
	}
	w.WriteByte(']')
}

func writeMarshal(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
