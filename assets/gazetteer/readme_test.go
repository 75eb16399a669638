package gazetteer

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestREADMESizes: the file sizes the README gives ("`places.tsv.gz` N
// bytes", the total in MB) are the embedded files', so regenerated data
// cannot leave a stale figure behind.
func TestREADMESizes(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file string
		n    int
	}{{"places.tsv.gz", len(Places)}, {"names.tsv.gz", len(Names)}} {
		m := regexp.MustCompile("`" + regexp.QuoteMeta(c.file) + "`\\s+([0-9,]+)\\s+bytes").FindSubmatch(readme)
		if m == nil {
			t.Errorf("README.md: no \"`%s` N bytes\"", c.file)
			continue
		}
		if n, _ := strconv.Atoi(strings.ReplaceAll(string(m[1]), ",", "")); n != c.n {
			t.Errorf("README.md says %s is %s bytes; the embedded one has %d", c.file, m[1], c.n)
		}
	}
	if mb := fmt.Sprintf("%.2f MB", float64(len(Places)+len(Names))/1e6); !strings.Contains(string(readme), mb) {
		t.Errorf("README.md does not give the total, %s", mb)
	}
}
