package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"regexp"
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// admin1GPKG is Natural Earth 10m admin-1 (states and provinces) v4.1.0 as
// Debian's qgis-common ships it (layer states_provinces of QGIS's world
// map, a GeoPackage: SQLite). Its attribute table keeps gn_name, the
// GeoNames name of each region, for every country ("Peloponnese" for
// Natural Earth's "Peloponnisos", "State of Odisha" for "Orissa"), where the
// 50m file has alternate names for four countries only.
const (
	admin1GPKG     = "/usr/share/qgis/resources/data/world_map.gpkg"
	admin1GPKGDeb  = "qgis-common 3.22.16+dfsg-1 (Debian)"
	admin1GPKGLine = "Natural Earth 10m admin-1 v4.1.0 (public domain) in " + admin1GPKGDeb + " " + admin1GPKG + ", layer states_provinces: GeoNames names (gn_name) of the regions"
)

// admin1Query selects, per region, the key that joins it to the label
// points (ISO A3 country code and Natural Earth name) and its GeoNames name.
const admin1Query = "SELECT adm0_a3, name, gn_name FROM states_provinces WHERE gn_name <> '' ORDER BY fid"

// readAdmin1Names reads the GeoNames names of the Natural Earth regions from
// the GeoPackage at path with the sqlite3 command (Debian sqlite3).
func readAdmin1Names(path string) (map[string][]string, error) {
	cmd := exec.Command("sqlite3", "-readonly", "-batch", "-noheader", "-separator", "\t", path, admin1Query)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: sqlite3: %v: %s", path, err, strings.TrimSpace(stderr.String()))
	}
	return parseAdmin1Names(path, out)
}

// parseAdmin1Names reads lines "ADM0_A3 \t name \t gn_name" into a map from
// admin1Key(ADM0_A3, name) to the region's usable GeoNames names (see
// gnNames). A GeoNames name that two or more regions of one country have,
// or that is another region's own name, is not used: it names the larger
// unit they lie in (the London boroughs' gn_name is "Greater London", Cork
// city's and county's "County Cork"). A line without three fields is an
// error naming it.
func parseAdmin1Names(src string, data []byte) (map[string][]string, error) {
	type row struct{ a3, name, gn string }
	var rows []row
	regions := map[string]map[string]bool{} // a3|folded GeoNames name → regions
	own := map[string]bool{}                // a3|folded Natural Earth name
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("%s: line %d: want adm0_a3, name and gn_name, got %q", src, line, sc.Text())
		}
		rows = append(rows, row{f[0], f[1], f[2]})
		own[f[0]+"|"+fold.Key(f[1])] = true
		for _, n := range gnNames(f[2]) {
			k := f[0] + "|" + fold.Key(n)
			if regions[k] == nil {
				regions[k] = map[string]bool{}
			}
			regions[k][f[1]] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	out := map[string][]string{}
	for _, r := range rows {
		k := admin1Key(r.a3, r.name)
		for _, n := range gnNames(r.gn) {
			fk := r.a3 + "|" + fold.Key(n)
			if fold.Key(n) == fold.Key(r.name) || len(regions[fk]) > 1 || own[fk] || contains(out[k], n) {
				continue
			}
			out[k] = append(out[k], n)
		}
	}
	return out, nil
}

// admin1Key joins a region of the GeoPackage to its label points.
func admin1Key(adm0A3, name string) string { return adm0A3 + "|" + name }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// gnPrefix is an English administrative prefix of a GeoNames name ("State
// of Odisha", "Province of Camiguin"): the name without it is the one news
// uses.
var gnPrefix = regexp.MustCompile(`^(State|Province|Region|Department|Governorate|Republic|Territory|Emirate|County) of (the )?`)

// gnNames returns the names a GeoNames region name gives: the name with
// bracketed parts removed ("Respublika Sakha (Yakutiya)" → "Respublika
// Sakha"), and without an English administrative prefix ("State of Odisha"
// → "State of Odisha", "Odisha"), and without apostrophes ("Kurskaya
// Oblast'" → "Kurskaya Oblast"). Filtering (Latin script, common words)
// is left to the caller.
func gnNames(s string) []string {
	s = strings.TrimSpace(bracketed.ReplaceAllString(s, ""))
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return nil
	}
	out := []string{s}
	if t := gnPrefix.ReplaceAllString(s, ""); t != s && t != "" {
		out = append(out, t)
	}
	for _, n := range out {
		if strings.ContainsAny(n, "'’") {
			if t := strings.TrimSpace(strings.NewReplacer("'", "", "’", "").Replace(n)); t != "" && !contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}
