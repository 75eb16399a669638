package tables

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/storylens/storylens/internal/safefile"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/story/quantity"
)

// CSVFiles are the files WriteCSV writes, in order.
var CSVFiles = []string{"claims.csv", "coverage.csv", "quantities.csv", "conflicts.csv", "checks.csv", "places.csv",
	"sources.csv", "steps.csv"}

// WriteCSV writes CSVFiles into dir (which must exist) and returns the paths
// written. Each file is written atomically (internal/safefile). Unless
// overwrite is true, it writes nothing when any of the files exists. Files
// are RFC 4180: comma separated, CRLF line ends, quotes doubled, UTF-8 with
// no byte order mark (WriteCSVOptions can add one for Excel), one header
// row; dates are ISO 8601 (YYYY-MM-DD), a range as start and end columns.
//
//   - claims.csv: id, label, origin, topic, sourceCount, sources (ids joined by "; ")
//   - coverage.csv: one row per source, one 0/1 column per claim id
//   - quantities.csv: source, value, unit, normalizedValue, normalizedUnit, text, sentence
//     (a date's value is its first day, YYYY-MM-DD)
//   - conflicts.csv: about, values (value unit, joined by "; "), sources, verdict
//   - checks.csv: source, text, from, to, statedValue, statedUnit, computedValue,
//     computedUnit, method, verdict, bearingStated, bearingComputed, bearingVerdict
//   - places.csv: id, name, kind, origin, lat, lon, mentions, sourceCount, sources,
//     provenance, approximate, precision
//   - sources.csv: id, title, outlet, date, dateInferred, dateReason, words, focusPlace
//   - steps.csv: id, title, start, end, places, route, claims, sources
func WriteCSV(dir string, s *story.Story, r *analysis.Report, overwrite bool) ([]string, error) {
	return WriteCSVOptions(dir, s, r, CSVOptions{Overwrite: overwrite})
}

// CSVOptions tune WriteCSVOptions.
type CSVOptions struct {
	// Overwrite replaces existing files.
	Overwrite bool
	// BOM starts each file with a UTF-8 byte order mark, which Excel needs
	// to read UTF-8 (other programs do not).
	BOM bool
}

// WriteCSVOptions is WriteCSV with options.
func WriteCSVOptions(dir string, s *story.Story, r *analysis.Report, o CSVOptions) ([]string, error) {
	overwrite := o.Overwrite
	if s == nil || r == nil {
		return nil, errors.New("csv: no story or no analysis report")
	}
	paths := make([]string, len(CSVFiles))
	for i, name := range CSVFiles {
		paths[i] = filepath.Join(dir, name)
		if !overwrite {
			if _, err := os.Lstat(paths[i]); err == nil {
				return nil, fmt.Errorf("csv: %s: %w", paths[i], safefile.ErrExists)
			}
		}
	}
	tables := [][][]string{claimsTable(r), coverageTable(r), quantitiesTable(r), conflictsTable(r), checksTable(r),
		placesTable(s, r), sourcesTable(r), stepsTable(s, r)}
	var written []string
	for i, t := range tables {
		err := safefile.Write(paths[i], safefile.Options{Overwrite: overwrite}, func(w io.Writer) error {
			if o.BOM {
				if _, err := io.WriteString(w, "\uFEFF"); err != nil {
					return err
				}
			}
			return writeTable(w, t)
		})
		if err != nil {
			return written, fmt.Errorf("csv: %w", err)
		}
		written = append(written, paths[i])
	}
	return written, nil
}

// writeTable writes rows as RFC 4180 CSV.
func writeTable(w io.Writer, rows [][]string) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// Text guards a text cell against CSV formula injection: a cell beginning
// with '=', '+', '-', '@', a tab or a carriage return gets a leading
// apostrophe, which spreadsheets show as text.
func Text(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// value is a quantity's value for a cell: a number, or for the unit "date"
// (whose value is the days since 1970-01-01 of the first day, see
// story/quantity) that day in ISO 8601, as every date in these files.
func value(v float64, unit string) string {
	if unit == quantity.Date && v == math.Trunc(v) && math.Abs(v) < 1e6 {
		return time.Unix(int64(v)*86400, 0).UTC().Format("2006-01-02")
	}
	return num(v)
}

func joinIDs(ids []string) string { return Text(strings.Join(ids, "; ")) }

func claimsTable(r *analysis.Report) [][]string {
	rows := [][]string{{"id", "label", "origin", "topic", "sourceCount", "sources"}}
	for _, c := range r.Claims {
		rows = append(rows, []string{Text(c.ID), Text(c.Label), Text(c.Origin), Text(c.Topic), strconv.Itoa(len(c.Sources)), joinIDs(c.Sources)})
	}
	return rows
}

func coverageTable(r *analysis.Report) [][]string {
	cv := r.Coverage
	head := []string{"source"}
	for _, c := range cv.Claims {
		head = append(head, Text(c))
	}
	rows := [][]string{head}
	for i, src := range cv.Sources {
		row := []string{Text(src)}
		for j := range cv.Claims {
			v := "0"
			if i < len(cv.Matrix) && j < len(cv.Matrix[i]) && cv.Matrix[i][j] {
				v = "1"
			}
			row = append(row, v)
		}
		rows = append(rows, row)
	}
	return rows
}

func quantitiesTable(r *analysis.Report) [][]string {
	rows := [][]string{{"source", "value", "unit", "normalizedValue", "normalizedUnit", "text", "sentence"}}
	for _, q := range r.Quantities {
		rows = append(rows, []string{Text(q.Source), value(q.Value, q.Unit), Text(q.Unit), value(q.Normalized.Value, q.Normalized.Unit), Text(q.Normalized.Unit), Text(q.Text), Text(q.Sentence)})
	}
	return rows
}

func conflictsTable(r *analysis.Report) [][]string {
	rows := [][]string{{"about", "values", "sources", "verdict"}}
	for _, c := range r.Conflicts {
		var vals []string
		for _, v := range c.Values {
			vals = append(vals, strings.TrimSpace(value(v.Value, v.Unit)+" "+v.Unit))
		}
		rows = append(rows, []string{Text(c.About), Text(strings.Join(vals, "; ")), joinIDs(c.Sources), Text(c.Verdict)})
	}
	return rows
}

func sourcesTable(r *analysis.Report) [][]string {
	rows := [][]string{{"id", "title", "outlet", "date", "dateInferred", "dateReason", "words", "focusPlace"}}
	for _, src := range r.Sources {
		rows = append(rows, []string{Text(src.ID), Text(src.Title), Text(src.Outlet), Text(src.Date),
			strconv.FormatBool(src.DateInferred), Text(src.DateReason), strconv.Itoa(src.Words), Text(src.FocusPlace)})
	}
	return rows
}

// stepsTable lists the steps as shown (the resolved story's), each date
// or range as start and end.
func stepsTable(s *story.Story, r *analysis.Report) [][]string {
	rows := [][]string{{"id", "title", "start", "end", "places", "route", "claims", "sources"}}
	for i, st := range s.Steps {
		start, end, _ := strings.Cut(st.Date, "/")
		if end == "" {
			end = start
		}
		places := st.Places
		if len(places) == 0 && i < len(r.Steps) {
			places = r.Steps[i].Places
		}
		route := ""
		if st.Route != nil {
			route = *st.Route
		}
		rows = append(rows, []string{Text(st.ID), Text(st.Title), Text(start), Text(end), joinIDs(places), Text(route),
			joinIDs(st.Claims), joinIDs(st.Sources)})
	}
	return rows
}

func checksTable(r *analysis.Report) [][]string {
	rows := [][]string{{"source", "text", "from", "to", "statedValue", "statedUnit", "computedValue", "computedUnit", "method", "verdict", "bearingStated", "bearingComputed", "bearingVerdict"}}
	for _, c := range r.Checks {
		var bs, bc, bv string
		if c.Bearing != nil {
			bs, bc, bv = Text(c.Bearing.Stated), num(c.Bearing.Computed), Text(c.Bearing.Verdict)
		}
		rows = append(rows, []string{Text(c.Source), Text(c.Text), Text(c.From), Text(c.To), num(c.Stated.Value), Text(c.Stated.Unit),
			num(c.Computed.Value), Text(c.Computed.Unit), Text(c.Computed.Method), Text(c.Verdict), bs, bc, bv})
	}
	return rows
}

func placesTable(s *story.Story, r *analysis.Report) [][]string {
	rows := [][]string{{"id", "name", "kind", "origin", "lat", "lon", "mentions", "sourceCount", "sources", "provenance", "approximate", "precision"}}
	for _, p := range placeRows(s, r) {
		rows = append(rows, []string{Text(p.ID), Text(p.Name), Text(p.Kind), Text(p.Origin), num(p.Lat), num(p.Lon), strconv.Itoa(p.Mentions),
			strconv.Itoa(len(p.Sources)), joinIDs(p.Sources), Text(p.Provenance), strconv.FormatBool(p.Approximate), Text(p.Precision)})
	}
	return rows
}
