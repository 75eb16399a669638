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

// jsonPiece is the size past which a chunk hands what it has encoded to
// the writer, and jsonAhead how many such pieces a chunk may hold ahead of
// the writer: what is encoded but not yet written stays a few megabytes,
// however large the elements (a claim of a big story quotes tens of
// thousands of sentences; chunks of them held whole were hundreds of MB).
const (
	jsonPiece = 256 << 10
	jsonAhead = 4
)

// writeElements writes the elements of slice f, comma-separated, each on a
// new line, encoding chunks of them concurrently and writing them in order.
func writeElements(w io.Writer, f reflect.Value) error {
	n := f.Len()
	chunks := (n + jsonChunk - 1) / jsonChunk
	type piece struct {
		b   []byte
		err error
	}
	pieces := make([]chan piece, chunks)
	for c := range pieces {
		pieces[c] = make(chan piece, jsonAhead)
	}
	stop := make(chan struct{}) // closed when the writer returns: the encoders give up
	defer close(stop)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0)+1) // bounds the chunks encoded at once
	go func() {
		for c := 0; c < chunks; c++ {
			select {
			case sem <- struct{}{}:
			case <-stop:
				return
			}
			go func(c int) {
				defer close(pieces[c])
				send := func(p piece) bool {
					select {
					case pieces[c] <- p:
						return true
					case <-stop:
						return false
					}
				}
				buf := bytes.NewBuffer(make([]byte, 0, jsonPiece+jsonPiece/4))
				for j := c * jsonChunk; j < min(n, (c+1)*jsonChunk); j++ {
					if j > 0 {
						buf.WriteByte(',')
					}
					buf.WriteString("\n    ")
					b, err := json.Marshal(f.Index(j).Interface())
					if err != nil {
						send(piece{err: err})
						return
					}
					buf.Write(b)
					if buf.Len() >= jsonPiece {
						if !send(piece{b: buf.Bytes()}) {
							return
						}
						buf = bytes.NewBuffer(make([]byte, 0, jsonPiece+jsonPiece/4))
					}
				}
				if buf.Len() > 0 {
					send(piece{b: buf.Bytes()})
				}
			}(c)
		}
	}()
	for c := 0; c < chunks; c++ {
		for p := range pieces[c] {
			if p.err != nil {
				return p.err
			}
			if _, err := w.Write(p.b); err != nil {
				return err
			}
		}
		<-sem
	}
	return nil
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
