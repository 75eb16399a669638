// Command resizeicon writes the application icon at the sizes of the freedesktop
// hicolor icon theme, for the Linux packages made by scripts/dist.sh:
//
//	go run ./packaging/resizeicon -in assets/icon/icon.png -out DIR -name storylens
//
// writes DIR/16x16/apps/storylens.png … DIR/512x512/apps/storylens.png. Each size is
// resampled from the source with Catmull-Rom; PNG encoding is deterministic, so the
// same source always gives the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := flag.String("in", "assets/icon/icon.png", "source PNG (square)")
	out := flag.String("out", "", "output directory (the hicolor theme root)")
	name := flag.String("name", "storylens", "icon name (file name without .png)")
	sizes := flag.String("sizes", "16,24,32,48,64,128,256,512", "comma-separated sizes in pixels")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "resizeicon: -out is required")
		os.Exit(2)
	}
	px, err := parseSizes(*sizes)
	if err != nil {
		fmt.Fprintln(os.Stderr, "resizeicon:", err)
		os.Exit(2)
	}
	if err := run(*in, *out, *name, px); err != nil {
		fmt.Fprintln(os.Stderr, "resizeicon:", err)
		os.Exit(1)
	}
}

// parseSizes reads "16,32,48" as pixel sizes between 1 and 4096.
func parseSizes(s string) ([]int, error) {
	var px []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > 4096 {
			return nil, fmt.Errorf("-sizes: %q is not a size between 1 and 4096", f)
		}
		px = append(px, n)
	}
	return px, nil
}
