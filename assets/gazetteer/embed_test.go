package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

// TestCreditsNameEverySource reads the "# source:" lines the generator
// writes into the embedded data and checks that Credits names each
// source's package or dataset and that Attribution names each data owner.
func TestCreditsNameEverySource(t *testing.T) {
	zr, err := gzip.NewReader(bytes.NewReader(Places))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	var sources []string
	for sc.Scan() && strings.HasPrefix(sc.Text(), "#") {
		if s, ok := strings.CutPrefix(sc.Text(), "# source: "); ok {
			sources = append(sources, s)
		}
	}
	if len(sources) < 6 {
		t.Fatalf("%d sources in the data header, want at least 6: %q", len(sources), sources)
	}
	owners := map[string]string{ // a word of the source line -> its owner in Attribution
		"GeoNames": "GeoNames", "world-countries": "world-countries", "Natural Earth": "Natural Earth",
		"OurAirports": "OurAirports", "SCOWL": "", "supplement": "",
	}
	for _, s := range sources {
		found := false
		for word, owner := range owners {
			if !strings.Contains(s, word) {
				continue
			}
			found = true
			if !strings.Contains(Credits, word) {
				t.Errorf("Credits does not name %q (source %q)", word, s)
			}
			if owner != "" && !strings.Contains(Attribution, owner) {
				t.Errorf("Attribution does not name %q (source %q)", owner, s)
			}
		}
		if !found {
			t.Errorf("source %q is not known to this test: add it to Credits and here", s)
		}
	}
}
