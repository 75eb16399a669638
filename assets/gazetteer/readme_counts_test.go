package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestREADMECounts: the counts of the README's summary ("250 countries,
// 41,591 capitals/seats/cities, ...") and of its Bounds section are those of
// the embedded places.tsv.gz (kind in column 3, id in column 2, the box in
// column 10), so regenerated data cannot leave stale figures behind.
func TestREADMECounts(t *testing.T) {
	zr, err := gzip.NewReader(bytes.NewReader(Places))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	total, supplement, countryBoxes := 0, 0, 0
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 10 || f[0] != "P" {
			continue
		}
		total++
		kinds[f[2]]++
		if strings.HasPrefix(f[1], "supp:") {
			supplement++
		}
		if f[2] == "country" && f[9] != "" {
			countryBoxes++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(readme)), " ")
	for _, c := range []struct {
		pattern string // with one ([0-9,]+) group
		n       int
	}{
		{`([0-9,]+) countries, [0-9,]+ capitals/seats/cities`, kinds["country"]},
		{`countries, ([0-9,]+) capitals/seats/cities`, kinds["capital"] + kinds["seat"] + kinds["city"]},
		{`([0-9,]+) towns \(`, kinds["town"]},
		{`([0-9,]+) airports and [0-9,]+ air bases`, kinds["airport"]},
		{`airports and ([0-9,]+) air bases`, kinds["airbase"]},
		{`([0-9,]+) supplement places`, supplement},
		{`([0-9,]+) places\. .places\.tsv\.gz.`, total},
		{`Countries \(([0-9,]+) of [0-9,]+, from their Natural Earth`, countryBoxes},
		{`Countries \([0-9,]+ of ([0-9,]+), from their Natural Earth`, kinds["country"]},
	} {
		m := regexp.MustCompile(c.pattern).FindStringSubmatch(text)
		if m == nil {
			t.Errorf("README.md: nothing matches %q", c.pattern)
			continue
		}
		if n, _ := strconv.Atoi(strings.ReplaceAll(m[1], ",", "")); n != c.n {
			t.Errorf("README.md: %q says %s; the embedded data has %d", c.pattern, m[1], c.n)
		}
	}
}
