package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// regionTypes are the Natural Earth type_en values that news puts after a
// region's name ("Sichuan Province", "Bahia State"): "<name> <type>" is
// added as an alternate name.
var regionTypes = map[string]bool{"State": true, "Province": true, "Territory": true, "Region": true,
	"Oblast": true, "Prefecture": true, "Governorate": true, "County": true, "Republic": true}

// nameAndOther is a region name followed by another in brackets, without
// digits (not Natural Earth's codes such as "RUS-99 (Russia minor island)").
var nameAndOther = regexp.MustCompile(`^([^()0-9]+) \(([^()0-9]+)\)$`)

// addRegions adds the first-level administrative regions of Natural Earth:
// every region's name and label point from the 10m label points (where a
// region has several, one per part, the one of the lowest adm0_sr, its
// main part), and for the regions that have 50m polygons their bounds,
// English and alternate names, type and GeoNames admin1 code.
func (g *gazetteer) addRegions(ne neSource) error {
	data, err := ne.read(neAdmin1Points)
	if err != nil {
		return err
	}
	points, err := readFeatures(neAdmin1Points, data)
	if err != nil {
		return err
	}
	if data, err = ne.read(neAdmin1Polys); err != nil {
		return err
	}
	polys, err := readFeatures(neAdmin1Polys, data)
	if err != nil {
		return err
	}
	g.sources = append(g.sources, fmt.Sprintf("Natural Earth admin-1 (10m label points, 50m polygons; public domain), GitHub %s at %s", neRepo, neCommit))
	type region struct {
		code, name, cc string
		adm0A3         string
		lon, lat       float64
		labels         [][2]float64
		rank           float64
		poly           *feature
		order          int
	}
	byCode := map[string]*region{}
	for i := range points {
		f := &points[i]
		code := f.str("adm1_code")
		ls, err := f.lines()
		if err != nil || code == "" || len(ls) != 1 || len(ls[0]) != 1 {
			return fmt.Errorf("%s: feature %d (%q): want an adm1_code and a point (%v)", neAdmin1Points, i, code, err)
		}
		rank, _ := f.num("adm0_sr")
		p := ls[0][0]
		r := byCode[code]
		if r == nil || rank < r.rank {
			old := r
			r = &region{code: code, name: f.str("name"), cc: isoA2(f.str("iso_a2")), adm0A3: f.str("sr_adm0_a3"), lon: p[0], lat: p[1], rank: rank, order: i}
			if old != nil {
				r.labels = old.labels
			}
			byCode[code] = r
		}
		r.labels = append(r.labels, p)
	}
	for i := range polys {
		f := &polys[i]
		code := f.str("adm1_code")
		r := byCode[code]
		if r == nil {
			lat, ok1 := f.num("latitude")
			lon, ok2 := f.num("longitude")
			if code == "" || !ok1 || !ok2 {
				return fmt.Errorf("%s: feature %d (%q): no adm1_code or label point", neAdmin1Polys, i, code)
			}
			r = &region{code: code, name: f.str("name"), cc: isoA2(f.str("iso_a2")), lon: lon, lat: lat, order: len(points) + i}
			byCode[code] = r
		}
		r.poly = f
	}
	codes := make([]string, 0, len(byCode))
	for c := range byCode {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		r := byCode[c]
		names := []string{r.name}
		// "Sakha (Yakutia)": both names ("Aleppo (Halab)" too)
		if m := nameAndOther.FindStringSubmatch(r.name); m != nil {
			names = append(names, m[1], m[2])
		}
		e := &entry{id: "ne1:" + r.code, kind: "region", lat: r.lat, lon: r.lon, cc: r.cc, order: orderRegion, sortKey: r.code,
			labels: r.labels}
		if f := r.poly; f != nil {
			b, ok, err := featureBounds(f)
			if err != nil {
				return fmt.Errorf("%s: %s: %w", neAdmin1Polys, r.code, err)
			}
			if ok {
				e.bounds = &b
			}
			names = append(names, f.str("name_en"), f.str("woe_name"))
			names = append(names, strings.Split(f.str("name_alt"), "|")...)
			if t := f.str("type_en"); regionTypes[t] {
				names = append(names, r.name+" "+t)
			}
			if _, a1, ok := strings.Cut(f.str("gn_a1_code"), "."); ok {
				e.admin1 = a1
			}
			if ab := dottedAbbrev(f.str("abbrev"), r.name, r.cc, f.str("type_en")); ab != "" {
				e.dotted = append(e.dotted, ab)
				g.nDotted++
			}
		}
		// Primor'ye is also written Primorye
		for _, n := range names[:1] {
			if strings.ContainsAny(n, "'’") {
				names = append(names, strings.NewReplacer("'", "", "’", "").Replace(n))
			}
		}
		// GeoNames names from the 10m attribute table ("Peloponnese")
		if gn := g.admin1Names[admin1Key(r.adm0A3, r.name)]; len(gn) > 0 {
			names = append(names, gn...)
			g.nRegionGN++
		}
		var usable []string
		for _, n := range names {
			n = strings.TrimSpace(n)
			// a one-word name that is a common English word ("Central",
			// "Northern", "Lakes": regions of several countries) is not kept
			if n == "" || !latinName(n) || (!strings.Contains(n, " ") && g.english[strings.ToLower(n)]) {
				continue
			}
			// the abbreviation ("Calif.", also in name_alt) is indexed
			// dotted only: written without its full stop, or not after a
			// name and a comma, it is a word ("Ill", "Mass", "Del")
			if len(e.dotted) > 0 && fold.Key(n) == fold.Key(e.dotted[0]) {
				continue
			}
			usable = append(usable, n)
		}
		if len(usable) == 0 {
			g.nRegionDropped++
			continue
		}
		e.name = usable[0]
		e.alts = g.cleanAlts(e.name, usable[1:])
		g.entries = append(g.entries, e)
		g.nRegion++
		if e.bounds != nil {
			g.nRegionBounds++
		}
		g.nAltNames += len(e.alts)
	}
	return nil
}

// isoA2 returns an ISO 3166-1 alpha-2 code, "" for Natural Earth's "-99".
func isoA2(s string) string {
	if len(s) != 2 || s == "-9" {
		return ""
	}
	return s
}

// addCountryBounds gives countries the box of their Natural Earth 50m
// polygons (by ISO_A2, or by ADM0_A3 where ISO_A2 is -99: France, Norway),
// every part included (France's box holds its overseas departments).
func (g *gazetteer) addCountryBounds(ne neSource) error {
	data, err := ne.read(neCountries)
	if err != nil {
		return err
	}
	fs, err := readFeatures(neCountries, data)
	if err != nil {
		return err
	}
	g.sources = append(g.sources, fmt.Sprintf("Natural Earth 50m admin-0 countries (public domain), GitHub %s at %s: country bounds and English names", neRepo, neCommit))
	pts := map[string][2][]float64{}
	names := map[string][]string{}
	for i := range fs {
		f := &fs[i]
		cc := isoA2(f.str("ISO_A2"))
		if cc == "" {
			cc = g.cca3[f.str("ADM0_A3")]
		}
		if cc == "" {
			continue
		}
		names[cc] = append(names[cc], countryNames(f)...)
		ls, err := f.lines()
		if err != nil {
			return fmt.Errorf("%s: feature %d (%s): %w", neCountries, i, cc, err)
		}
		p := pts[cc]
		for _, l := range ls {
			for _, q := range l {
				p[0], p[1] = append(p[0], q[0]), append(p[1], q[1])
			}
		}
		pts[cc] = p
	}
	for _, e := range g.entries {
		if e.kind != "country" {
			continue
		}
		// Natural Earth's English names: "Turkey" (world-countries has
		// only "Türkiye"), "Ivory Coast", "Czech Republic", "Burma"
		n := len(e.alts)
		e.alts = g.cleanAlts(e.name, append(e.alts, names[e.cc]...))
		g.nAltNames += len(e.alts) - n
		g.nCountryNames += len(e.alts) - n
		if p, ok := pts[e.cc]; ok {
			if b, ok := boundsOf(p[0], p[1]); ok {
				e.bounds = &b
				g.nCountryBounds++
			}
		}
	}
	return nil
}

// countryNames returns the English names of a Natural Earth admin-0
// feature (ADMIN, NAME, NAME_LONG, BRK_NAME, FORMAL_EN, NAME_ALT, GEOUNIT,
// NAME_CIAWF) that are written out: no abbreviation with a full stop
// ("Dem. Rep. Korea") and no sorting form with a comma ("Korea, Rep.").
func countryNames(f *feature) []string {
	var out []string
	for _, k := range []string{"ADMIN", "NAME", "NAME_LONG", "BRK_NAME", "FORMAL_EN", "NAME_ALT", "GEOUNIT", "NAME_CIAWF"} {
		for _, n := range strings.Split(f.str(k), "|") {
			if n = strings.TrimSpace(n); n != "" && !strings.ContainsAny(n, ".,") {
				out = append(out, n)
			}
		}
	}
	return out
}

// noteSeat records a capital or first-order seat's names (see seats).
func (g *gazetteer) noteSeat(cc string, names ...string) {
	if g.seats == nil {
		g.seats = map[string]bool{}
	}
	for _, n := range names {
		if k := fold.Key(n); k != "" {
			g.seats[cc+"|"+k] = true
		}
	}
}

// withholdRegionNames: a Natural Earth region named like a capital or
// first-order seat of its country (Stockholm County, Moscow Oblast, Berlin)
// is not indexed under that bare name, which in text is the city, but as
// "<name> Region" (and its other names). Otherwise every such city would
// have a namesake and lose its weight as an anchor (see
// story/geoparse/README.md, Disambiguation).
func (g *gazetteer) withholdRegionNames() {
	for _, e := range g.entries {
		if e.order != orderRegion || e.kind != "region" || !g.seats[e.cc+"|"+fold.Key(e.name)] {
			continue
		}
		e.bareWithheld = true
		g.nRegionWithheld++
		var alts []string
		for _, a := range e.alts {
			if !g.seats[e.cc+"|"+fold.Key(a)] {
				alts = append(alts, a)
			}
		}
		e.alts = append(alts, e.name+" Region")
	}
}

// dottedCountries are the countries whose Natural Earth abbreviations are
// the ones their press writes ("Calif.", "Alta.", "Qld."); Brazil's are
// not used: several are wrong (Pará's is "M.Ger.").
var dottedCountries = map[string]bool{"US": true, "CA": true, "AU": true}

// dottedAbbrev returns a region's Natural Earth abbreviation when it is one
// written with a full stop ("Calif.", "N.S.W.") and not the name itself
// ("Iowa"), for the countries whose abbreviations are used; else "". A
// federal district's is left out: "Washington, D.C." is the city's name,
// not a city and the region it lies in.
func dottedAbbrev(abbrev, name, cc, kind string) string {
	abbrev = strings.TrimSpace(abbrev)
	if !dottedCountries[cc] || kind == "Federal District" || !strings.HasSuffix(abbrev, ".") || fold.Key(abbrev) == fold.Key(name) {
		return ""
	}
	return abbrev
}
