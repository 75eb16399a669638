package gazetteer_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"

	"github.com/storylens/storylens/assets/gazetteer"
)

// Places is gzipped text: comment lines naming its sources, then one
// tab-separated place record a line (story/geoparse decodes it). Here the
// first record.
func ExamplePlaces() {
	zr, err := gzip.NewReader(bytes.NewReader(gazetteer.Places))
	if err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "#") {
			f := strings.Split(line, "\t")
			fmt.Printf("%s (%s) %s\n", f[1], f[2], f[3]) // f[0] is the record type, "P"
			break
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// country:AD (country) Andorra
}
