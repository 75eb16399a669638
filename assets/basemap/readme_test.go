package basemap

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestREADMESize: the archive size the README gives ("The archive is N
// bytes") is the embedded one, so a regenerated basemap.pmtiles cannot leave
// a stale figure behind.
func TestREADMESize(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`The archive\s+is ([0-9,]+) bytes`).FindSubmatch(readme)
	if m == nil {
		t.Fatal(`README.md: no "The archive is N bytes"`)
	}
	if n, _ := strconv.Atoi(strings.ReplaceAll(string(m[1]), ",", "")); n != len(Data) {
		t.Errorf("README.md says the archive is %s bytes; the embedded one has %d", m[1], len(Data))
	}
}
