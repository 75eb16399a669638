package charts

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/storylens/storylens/story/analysis"
)

// Table is a chart's data as text: a header and rows. It holds everything
// the chart aggregates or leaves out (every claim, every outlet), for the
// HTML page's table and the CSV export (format "csv").
type Table struct {
	Header []string
	Rows   [][]string
}

// WriteCSV writes the table as CSV (RFC 4180), header first.
func (t *Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Header); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := cw.WriteAll(t.Rows); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// tooltipNames is how many outlet names a tooltip lists before "and N more".
const tooltipNames = 8

// coverageTable is one row per claim (in the report's coverage order):
// how many outlets report it, and which do and which do not. It also
// returns each claim's summary for the tooltips.
func coverageTable(r *analysis.Report, groups []sourceGroup, count [][]int, claims []string,
	claimByID map[string]analysis.ClaimReport, word string) (*Table, []string) {
	many := groupsPhrase(2, word)[2:] // "outlets", "sources", "outlets or sources"
	t := &Table{Header: []string{"claim id", "claim", "articles reporting", many + " reporting", many + " in all",
		"reported by", "not reported by"}}
	sum := make([]string, len(claims))
	for j, id := range claims {
		var yes, no []string
		srcs := 0
		for g, gr := range groups {
			if count[g][j] > 0 {
				yes = append(yes, gr.name)
				srcs += count[g][j]
			} else {
				no = append(no, gr.name)
			}
		}
		t.Rows = append(t.Rows, []string{id, claimLabel(claimByID, id), strconv.Itoa(srcs), strconv.Itoa(len(yes)),
			strconv.Itoa(len(groups)), strings.Join(yes, "; "), strings.Join(no, "; ")})
		sum[j] = fmt.Sprintf("Reported by %d of %s: %s\nNot by: %s", len(yes), groupsPhrase(len(groups), word),
			listNames(yes, tooltipNames), listNames(no, tooltipNames))
	}
	return t, sum
}
