// Command route turns the hand-placed railway waypoints in rail.tsv (and the
// road waypoints in road.tsv) into data/kimputin/routes.geojson, and checks
// them against the GSHHG full-resolution shoreline with GMT.
//
// Run from the repository root:
//
//	go run ./tools/route -check            # every ~0.3 km of the rail line must be on land
//	go run ./tools/route -png rail.png -region 129.5/130.8/41.6/42.5
//	go run ./tools/route -write            # writes data/kimputin/routes.geojson
//
// The check and the preview need Debian's gmt and gmt-gshhg-full packages;
// writing the GeoJSON needs nothing. See data/kimputin/PROVENANCE.md for how
// the waypoints were placed and how approximate they are.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/storylens/storylens/internal/safefile"
)

func main() {
	dir := flag.String("dir", "tools/route", "folder with rail.tsv and road.tsv")
	out := flag.String("out", "data/kimputin/routes.geojson", "GeoJSON to write with -write")
	write := flag.Bool("write", false, "write the GeoJSON")
	check := flag.Bool("check", false, "check the rail line against the GSHHG shoreline (needs gmt)")
	png := flag.String("png", "", "write a preview PNG of the shoreline and the routes")
	region := flag.String("region", "124/133/38.5/44.5", "W/E/S/N of the preview")
	flag.Parse()
	if err := run(*dir, *out, *write, *check, *png, *region); err != nil {
		fmt.Fprintln(os.Stderr, "route:", err)
		os.Exit(1)
	}
}

func load(path string) ([]Waypoint, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseWaypoints(path, bytes.NewReader(b))
}

func run(dir, out string, write, check bool, png, region string) error {
	rail, err := load(filepath.Join(dir, "rail.tsv"))
	if err != nil {
		return err
	}
	road, err := load(filepath.Join(dir, "road.tsv"))
	if err != nil {
		return err
	}
	if check {
		wet, n, err := SeaSamples(rail, 0.3)
		if err != nil {
			return err
		}
		fmt.Printf("rail: %d vertices, %d samples checked, %d in the sea\n", len(rail), n, len(wet))
		for _, s := range wet {
			a := rail[s.Seg]
			fmt.Printf("  sea at %.4f,%.4f on the segment from line %d (%s)\n", s.Lat, s.Lon, a.Line, a.Note)
		}
		if len(wet) > 0 {
			return fmt.Errorf("%d samples of the rail line are in the sea", len(wet))
		}
	}
	if png != "" {
		if err := Preview(png, region, [][]Waypoint{rail, road}); err != nil {
			return err
		}
	}
	if write {
		fc, err := Features(rail, road)
		if err != nil {
			return err
		}
		b, err := json.MarshalIndent(fc, "", "  ")
		if err != nil {
			return err
		}
		b = compactCoords(b)
		if err := safefile.WriteFile(out, append(b, '\n'), safefile.Options{Overwrite: true}); err != nil {
			return err
		}
		fmt.Println("wrote", out)
	}
	return nil
}

// SeaSamples densifies the route every stepKm and returns the samples that
// GMT's GSHHG full shoreline puts in the sea, and how many were checked.
func SeaSamples(wps []Waypoint, stepKm float64) ([]Sample, int, error) {
	samples := Densify(wps, stepKm)
	var in bytes.Buffer
	for i, s := range samples {
		fmt.Fprintf(&in, "%.6f %.6f %d\n", s.Lon, s.Lat, i)
	}
	// -Nk/s keeps points in the ocean and skips land (GSHHG levels).
	cmd := exec.Command("gmt", "select", "-R120/140/35/50", "-Df", "-Nk/s", "-fg")
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	o, err := cmd.Output()
	if err != nil {
		return nil, 0, fmt.Errorf("gmt select: %w: %s", err, stderr.String())
	}
	var wet []Sample
	sc := bufio.NewScanner(bytes.NewReader(o))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 {
			continue
		}
		i, err := strconv.Atoi(f[2])
		if err != nil || i < 0 || i >= len(samples) {
			return nil, 0, fmt.Errorf("gmt select: unexpected line %q", sc.Text())
		}
		wet = append(wet, samples[i])
	}
	return wet, len(samples), nil
}
