package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// mapSource is a neSource over in-memory files.
type mapSource map[string]string

func (m mapSource) read(path string) ([]byte, error) {
	s, ok := m[path]
	if !ok {
		return nil, fmt.Errorf("no file %s", path)
	}
	return []byte(s), nil
}

// neFixture: two label points of one region (the main part has adm0_sr 1),
// a region whose name is a common word, a 50m polygon with alternate names,
// a country polygon across the antimeridian, France without ISO_A2, one
// border line, and water bodies.
var neFixture = mapSource{
	neAdmin1Points: `{"type":"FeatureCollection","features":[
{"properties":{"adm1_code":"AAA-1","name":"Primor'ye","iso_a2":"AA","sr_adm0_a3":"AAA","adm0_sr":4},"geometry":{"type":"Point","coordinates":[22.0,12.0]}},
{"properties":{"adm1_code":"AAA-1","name":"Primor'ye","iso_a2":"AA","sr_adm0_a3":"AAA","adm0_sr":1},"geometry":{"type":"Point","coordinates":[21.0,11.0]}},
{"properties":{"adm1_code":"AAA-2","name":"Central","iso_a2":"AA","sr_adm0_a3":"AAA","adm0_sr":1},"geometry":{"type":"Point","coordinates":[20.0,10.0]}},
{"properties":{"adm1_code":"AAA-4","name":"Regio","iso_a2":"AA","adm0_sr":1},"geometry":{"type":"Point","coordinates":[30.5,30.5]}},
{"properties":{"adm1_code":"BBB-9","name":"Westland","iso_a2":"-99","adm0_sr":1},"geometry":{"type":"Point","coordinates":[-5.0,40.0]}}]}`,
	neAdmin1Polys: `{"type":"FeatureCollection","features":[
{"properties":{"adm1_code":"AAA-3","name":"Bahia","name_en":"Bahia","name_alt":"Baía|Bahía","woe_name":"Bahia","type_en":"State","gn_a1_code":"AA.05","iso_a2":"AA","latitude":-12.5,"longitude":-41.7},
 "geometry":{"type":"MultiPolygon","coordinates":[[[[-46,-18],[-37,-18],[-37,-8],[-46,-8],[-46,-18]]]]}}]}`,
	neCountries: `{"type":"FeatureCollection","features":[
{"properties":{"ISO_A2":"AA","ADM0_A3":"AAA"},"geometry":{"type":"Polygon","coordinates":[[[170,50],[-170,50],[-170,60],[170,60],[170,50]]]}},
{"properties":{"ISO_A2":"-99","ADM0_A3":"FRA"},"geometry":{"type":"Polygon","coordinates":[[[-5,42],[8,42],[8,51],[-5,51],[-5,42]]]}}]}`,
	neBorders: `{"type":"FeatureCollection","features":[
{"properties":{},"geometry":{"type":"LineString","coordinates":[[21.6,11.0],[21.6,12.0]]}}]}`,
	neMarine: `{"type":"FeatureCollection","features":[
{"properties":{"featurecla":"ocean","name":"NORTH PACIFIC OCEAN","namealt":null},"geometry":{"type":"Polygon","coordinates":[[[150,10],[170,10],[170,30],[150,30],[150,10]]]}},
{"properties":{"featurecla":"sea","name":"Ross  Sea","namealt":null},"geometry":{"type":"Polygon","coordinates":[[[160,-78],[170,-78],[170,-72],[160,-72],[160,-78]]]}},
{"properties":{"featurecla":"sea","name":"Ross  Sea","namealt":null},"geometry":{"type":"Polygon","coordinates":[[[-170,-78],[-160,-78],[-160,-76],[-170,-76],[-170,-78]]]}},
{"properties":{"featurecla":"strait","name":"Bransfield Str.","namealt":"Estrecho Bransfield"},"geometry":{"type":"Polygon","coordinates":[[[-60,-64],[-56,-64],[-56,-62],[-60,-62],[-60,-64]]]}},
{"properties":{"featurecla":"river","name":"Amazon River","namealt":null},"geometry":{"type":"Polygon","coordinates":[[[-50,-1],[-48,-1],[-48,1],[-50,1],[-50,-1]]]}},
{"properties":{"featurecla":"bay","name":"B. Inutil","namealt":null},"geometry":{"type":"Polygon","coordinates":[[[-70,-54],[-69,-54],[-69,-53],[-70,-53],[-70,-54]]]}}]}`,
	neMapUnits: `{"type":"FeatureCollection","features":[
{"properties":{"GEOUNIT":"Alpha North","ADMIN":"Alphaland","ADM0_A3":"AAA","POP_EST":1500},"geometry":{"type":"Polygon","coordinates":[[[40,10],[42,10],[42,12],[40,12],[40,10]]]}},
{"properties":{"GEOUNIT":"Alphaland","ADMIN":"Alphaland","ADM0_A3":"AAA","POP_EST":9000},"geometry":{"type":"Polygon","coordinates":[[[20,10],[22,10],[22,12],[20,12],[20,10]]]}}]}`,
	neRivers: `{"type":"FeatureCollection","features":[
{"properties":{"featurecla":"River","name":"Alphaland"},"geometry":{"type":"LineString","coordinates":[[50,10],[51,11],[52,12]]}},
{"properties":{"featurecla":"River","name":"Betaflow","name_alt":"Betastream"},"geometry":{"type":"LineString","coordinates":[[60,10],[61,11],[62,12]]}},
{"properties":{"featurecla":"River","name":"Abovflow","name_alt":"Betaflow"},"geometry":{"type":"LineString","coordinates":[[64,10],[65,11],[66,12]]}},
{"properties":{"featurecla":"River","name":"Loire"},"geometry":null},
{"properties":{"featurecla":"Lake Centerline","name":"Gammawater"},"geometry":{"type":"LineString","coordinates":[[70,10],[71,11]]}}]}`,
	neLakes: `{"type":"FeatureCollection","features":[
{"properties":{"featurecla":"Alkaline Lake","name":"Great Salty Lake"},"geometry":{"type":"Polygon","coordinates":[[[80,10],[82,10],[82,12],[80,12],[80,10]]]}},
{"properties":{"featurecla":"Lake","name":"Deltamere"},"geometry":{"type":"Polygon","coordinates":[[[84,10],[86,10],[86,12],[84,12],[84,10]]]}}]}`,
	neRegions: `{"type":"FeatureCollection","features":[
{"properties":{"featurecla":"Range/mtn","name":"ALPHA MTS.","namealt":null},"geometry":{"type":"Polygon","coordinates":[[[20,10],[22,10],[22,12],[20,12],[20,10]]]}},
{"properties":{"featurecla":"Island","name":"Alpha Island","namealt":null},"geometry":{"type":"Polygon","coordinates":[[[30,10],[31,10],[31,11],[30,11],[30,10]]]}},
{"properties":{"featurecla":"Plain","name":"Central Mountain","namealt":null},"geometry":{"type":"Polygon","coordinates":[[[30,10],[31,10],[31,11],[30,11],[30,10]]]}}]}`,
	neRegionPoints: `{"type":"FeatureCollection","features":[
{"properties":{"featurecla":"cape","name":"Cape Alpha","name_alt":null},"geometry":{"type":"Point","coordinates":[20.5,10.5]}},
{"properties":{"featurecla":"cape","name":"Cape Alpha","name_alt":null},"geometry":{"type":"Point","coordinates":[50,50]}},
{"properties":{"featurecla":"island","name":"Beta I.","name_alt":null},"geometry":{"type":"Point","coordinates":[21,11]}},
{"properties":{"featurecla":"island","name":"Alpha Island","name_alt":null},"geometry":{"type":"Point","coordinates":[30.5,10.5]}},
{"properties":{"featurecla":"island","name":"S. Gamma","name_alt":null},"geometry":{"type":"Point","coordinates":[22,12]}},
{"properties":{"featurecla":"island","name":"I. Delta","name_alt":null},"geometry":{"type":"Point","coordinates":[22,12]}},
{"properties":{"featurecla":"island","name":"Epsilon","name_alt":null},"geometry":{"type":"Point","coordinates":[22,12]}},
{"properties":{"featurecla":"plain","name":"Zeta Station (Alpha)","name_alt":null},"geometry":{"type":"Point","coordinates":[22,12]}},
{"properties":{"featurecla":"cape","name":"Bigcity","name_alt":null},"geometry":{"type":"Point","coordinates":[20,10]}},
{"properties":{"featurecla":"pole","name":"North Pole","name_alt":null},"geometry":{"type":"Point","coordinates":[0,90]}},
{"properties":{"featurecla":"cape","name":"Cape Mountain","name_alt":null},"geometry":{"type":"Point","coordinates":[20.6,10.6]}},
{"properties":{"featurecla":"waterfall","name":"Alpha Falls","name_alt":"Falls of Alpha"},"geometry":{"type":"Point","coordinates":[20.7,10.7]}}]}`,
	neElevationPoints: `{"type":"FeatureCollection","features":[
{"properties":{"featurecla":"pass","name":"Alpha Pass","name_alt":null},"geometry":{"type":"Point","coordinates":[20.8,10.8]}},
{"properties":{"featurecla":"mountain","name":"Mt. Alpha","name_alt":null},"geometry":{"type":"Point","coordinates":[20.9,10.9]}}]}`,
}

const airportsFixture = `[
{"ident":"AAAA","type":"large_airport","name":"Bigcity International Airport","latitude_deg":"10.01","longitude_deg":"20.02","iso_country":"AA","municipality":"Bigcity","gps_code":"AAAA","iata_code":"BGX","keywords":"Old Bigcity Airfield, BGX, Bigcity"},
{"ident":"AA-0001","type":"medium_airport","name":"Kwaksan Air Base","latitude_deg":"11.5","longitude_deg":"21.5","iso_country":"AA","municipality":"Kwaksan","gps_code":"","iata_code":"KWK","keywords":""},
{"ident":"AAAB","type":"large_airport","name":"Smalltown / Hilltop Airport","latitude_deg":"11.0","longitude_deg":"21.0","iso_country":"AA","municipality":"Smalltown","gps_code":"AAAB","iata_code":"THE","keywords":""},
{"ident":"AAAC","type":"medium_airport","name":"Aleknagik / New Airport","latitude_deg":"11.0","longitude_deg":"21.0","iso_country":"AA","municipality":"Aleknagik","gps_code":"AAAC","iata_code":"WKK","keywords":""}]`

// fullFixture is the small fixture with Natural Earth and airports.
func fullFixture(t *testing.T) inputs {
	t.Helper()
	cities, _, _, supp := fixture(t, goodSupplement)
	var countries, words string
	dir := filepath.Dir(cities)
	airports := filepath.Join(dir, "airports.tgz")
	writeTgz(t, airports, map[string]string{"package/data/airports.json": airportsFixture})
	countries = filepath.Join(dir, "countries2.tgz")
	writeTgz(t, countries, map[string]string{"package/countries.json": `[
{"name":{"common":"Alphaland","official":"Republic of Alphaland"},"cca2":"AA","cca3":"AAA","altSpellings":["AA","Alfa"],"latlng":[10,20],"demonyms":{"eng":{"f":"Alphalander","m":"Alphalander"}}},
{"name":{"common":"France","official":"French Republic"},"cca2":"FR","cca3":"FRA","altSpellings":[],"latlng":[46,2],"demonyms":{}}]`})
	words = filepath.Join(dir, "words2.tgz")
	writeTgz(t, words, map[string]string{
		"package/english-words-10.json": `["the","meeting","police","white","house","new"]`,
		"package/english-words-20.json": `["mountain","central"]`,
		"package/english-words-35.json": `["airport"]`,
	})
	return inputs{cities: cities, countries: countries, words: words, supplement: supp, airports: airports, ne: neFixture}
}

func TestBuildSources(t *testing.T) {
	g, err := buildAll(fullFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	admin1 := map[string]string{}
	for _, e := range g.entries {
		admin1[e.id] = e.admin1
	}
	// GeoNames code 01 (3 places, all nearest AAA-1's label points: 3 of
	// its 5 votes) is AAA-1; 02 (2 of 5) is not; 03 is AAA-4; 05 comes
	// with the 50m polygon
	for id, want := range map[string]string{"ne1:AAA-1": "01", "ne1:AAA-4": "03", "ne1:AAA-3": "05", "ne1:BBB-9": ""} {
		if admin1[id] != want {
			t.Errorf("%s: admin1 %q, want %q", id, admin1[id], want)
		}
	}
	byID := map[string]*entry{}
	for _, e := range g.entries {
		byID[e.id] = e
	}
	for _, tc := range []struct {
		id, kind, name, alts, bounds, iata, icao string
		lat, lon                                 float64
	}{
		// the main part's label point; the name without its apostrophe too
		{id: "ne1:AAA-1", kind: "region", name: "Primor'ye", alts: "Primorye", lat: 11, lon: 21},
		// 50m polygon: bounds, alternate names, "<name> <type>"
		{id: "ne1:AAA-3", kind: "region", name: "Bahia", alts: "Baía|Bahia State", bounds: "-46.0000,-18.0000,-37.0000,-8.0000", lat: -12.5, lon: -41.7},
		{id: "ne1:BBB-9", kind: "region", name: "Westland", lat: 40, lon: -5},
		// named like its country's first-order seat: indexed as "Regio Region"
		{id: "ne1:AAA-4", kind: "region", name: "Regio", alts: "Regio Region", lat: 30.5, lon: 30.5},
		// across the antimeridian; France by its alpha-3 code
		{id: "country:AA", kind: "country", name: "Alphaland", alts: "Republic of Alphaland|Alfa|A.L.|Alpha", bounds: "170.0000,50.0000,-170.0000,60.0000", lat: 10, lon: 20},
		{id: "country:FR", kind: "country", name: "France", alts: "French Republic", bounds: "-5.0000,42.0000,8.0000,51.0000", lat: 46, lon: 2},
		// a village under 1,000 people next to the border line is a town
		{id: "geonames:4", kind: "town", name: "Hamletto", lat: 11.5, lon: 21.5},
		{id: "airport:AAAA", kind: "airport", name: "Bigcity International Airport", alts: "Bigcity Airport|Old Bigcity Airfield",
			iata: "BGX", icao: "AAAA", lat: 10.01, lon: 20.02},
		// an air base's bare name, flagged to need a locative (below)
		{id: "airport:AA-0001", kind: "airbase", name: "Kwaksan Air Base", alts: "Kwaksan", iata: "KWK", lat: 11.5, lon: 21.5},
		// the bare town name before " / " is not the airport's name
		{id: "airport:AAAB", kind: "airport", name: "Hilltop Airport", iata: "THE", icao: "AAAB", lat: 11, lon: 21},
		{id: "ne:north-pacific-ocean", kind: "sea", name: "North Pacific Ocean", alts: "North Pacific", bounds: "150.0000,10.0000,170.0000,30.0000", lat: 20, lon: 160},
		// two polygons of one name: one place, the point of the larger
		{id: "ne:ross-sea", kind: "sea", name: "Ross Sea", bounds: "160.0000,-78.0000,-160.0000,-72.0000", lat: -75, lon: 165},
		// a map unit that is part of a country (a whole country's is not used)
		{id: "neunit:alpha-north", kind: "region", name: "Alpha North", bounds: "40.0000,10.0000,42.0000,12.0000", lat: 11, lon: 41},
		// rivers: a bare name that is a country's is "<name> River" only; lakes: a bare name gets "Lake <name>"
		{id: "neriver:alphaland", kind: "river", name: "Alphaland River", alts: "River Alphaland|Rio Alphaland", bounds: "50.0000,10.0000,52.0000,12.0000", lat: 11, lon: 51},
		{id: "neriver:betaflow", kind: "river", name: "Betaflow", alts: "Betaflow River|River Betaflow|Betastream|Betastream River|River Betastream|Rio Betaflow", bounds: "60.0000,10.0000,62.0000,12.0000", lat: 11, lon: 61},
		{id: "nelake:great-salty-lake", kind: "lake", name: "Great Salty Lake", bounds: "80.0000,10.0000,82.0000,12.0000", lat: 11, lon: 81},
		{id: "nelake:deltamere", kind: "lake", name: "Deltamere", alts: "Lake Deltamere", bounds: "84.0000,10.0000,86.0000,12.0000", lat: 11, lon: 85},
		// a physical region (the island and the common-word plain are not used)
		{id: "nephys:alpha-mountains", kind: "region", name: "Alpha Mountains", bounds: "20.0000,10.0000,22.0000,12.0000", lat: 11, lon: 21},
		{id: "ne:bransfield-strait", kind: "strait", name: "Bransfield Strait", alts: "Estrecho Bransfield", bounds: "-60.0000,-64.0000,-56.0000,-62.0000", lat: -63, lon: -58},
	} {
		e := byID[tc.id]
		if e == nil {
			t.Errorf("%s: missing", tc.id)
			continue
		}
		bs := ""
		if e.bounds != nil {
			bs = e.bounds.String()
		}
		if e.kind != tc.kind || e.name != tc.name || strings.Join(e.alts, "|") != tc.alts || bs != tc.bounds ||
			e.iata != tc.iata || e.icao != tc.icao || fmtCoord(e.lat) != fmtCoord(tc.lat) || fmtCoord(e.lon) != fmtCoord(tc.lon) {
			t.Errorf("%s: kind %s name %q alts %q bounds %q codes %q %q at %.4f,%.4f\nwant %+v", tc.id, e.kind, e.name,
				strings.Join(e.alts, "|"), bs, e.iata, e.icao, e.lat, e.lon, tc)
		}
	}
	for _, id := range []string{
		"ne1:AAA-2",       // "Central": a common word
		"ne:amazon-river", // river mouths are not used
		"ne:b-inutil",     // abbreviated name
		"airport:AAAC",    // "New Airport": common words only
		"geonames:5",      // PPLX under minDistrictPop, as before
	} {
		if byID[id] != nil {
			t.Errorf("%s kept: %+v", id, *byID[id])
		}
	}
	if e := byID["geonames:4"]; g.nBorderTown != 1 || e == nil {
		t.Errorf("%d border towns", g.nBorderTown)
	}
	// the IATA code is an upper-case name, unless it is a common word ("THE")
	if got := strings.Join(byID["airport:AAAA"].codeNames, ","); got != "BGX" {
		t.Errorf("airport code names %q, want BGX", got)
	}
	if got := byID["airport:AA-0001"].codeNames; len(got) != 0 {
		t.Errorf("medium airport's code indexed: %q", got)
	}
	if got := byID["airport:AAAB"].codeNames; len(got) != 0 || g.nCodeSkipped != 1 {
		t.Errorf("code THE indexed as %q (%d skipped)", got, g.nCodeSkipped)
	}
	places, names, err := g.encode()
	if err != nil {
		t.Fatal(err)
	}
	raw := gunzipAll(t, append(append([]byte{}, places...), names...))
	for _, want := range []string{
		"\nP\tne1:AAA-3\tregion\tBahia\t-12.5000\t-41.7000\tAA\t05\t\t-46.0000,-18.0000,-37.0000,-8.0000\t\t\n",
		"\nP\tne1:AAA-1\tregion\tPrimor'ye\t11.0000\t21.0000\tAA\t01\t\t\t\t\n",
		"\nP\tairport:AAAA\tairport\tBigcity International Airport\t10.0100\t20.0200\tAA\t\t\t\tBGX\tAAAA\n",
		"\nN\tbahia state\t", "\nN\tprimorye\t", "\nN\tregio region\t",
	} {
		if !strings.Contains(raw, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if !byID["ne1:AAA-4"].bareWithheld || byID["ne1:AAA-3"].bareWithheld || g.nRegionWithheld != 1 {
		t.Errorf("withheld region names: %d", g.nRegionWithheld)
	}
	if k := strings.Index(raw, "\nN\tregio\t"); k < 0 || strings.Contains(strings.SplitN(raw[k+9:], "\n", 2)[0], ",") {
		t.Error("the bare name regio should name the seat only")
	}
	if k := strings.Index(raw, "\nN\tbgx\t^"); k < 0 {
		t.Error("airport code bgx not indexed as an abbreviation")
	}
}

// TestAirportNames is a table test of the airport name rules.
func TestAirportNames(t *testing.T) {
	for _, tc := range []struct{ name, keywords, want string }{
		{"Noi Bai International Airport", "Noibai Airport, Sân bay Quốc tế Nội Bài, HAN", "Noi Bai International Airport|Noi Bai Airport|Noibai Airport|Sân bay Quốc tế Nội Bài"},
		{"Orsha Airport - Balbasovo Air Base", "Balbasava, Orsha Southwest", "Orsha Airport|Balbasovo Air Base"},
		{"Orang (Chongjin) Airport", "K-33, Hoemun Airfield", "Orang Airport|Hoemun Airfield"},
		{"Aleknagik / New Airport", "", "New Airport"},
		{"RAF Lakenheath", "", "RAF Lakenheath"},
		{"Oslo Airport, Gardermoen", "", "Oslo Airport"},
		{"Perot Field/Fort Worth Alliance Airport", "", "Perot Field|Fort Worth Alliance Airport"},
		{`Szczecin-Goleniów "Solidarność" Airport`, "", "Szczecin-Goleniów Solidarność Airport"},
		{"Yaerbashi Test Range", "", ""},
	} {
		got := strings.Join(airportNames(airport{Name: tc.name, Keywords: tc.keywords}), "|")
		if got != tc.want {
			t.Errorf("airportNames(%q, %q) = %q, want %q", tc.name, tc.keywords, got, tc.want)
		}
	}
}

func TestGenericAirportName(t *testing.T) {
	for n, want := range map[string]bool{"New Airport": true, "International Airport": true, "Air Base": true,
		"Long Beach Airport": false, "Ramstein Air Base": false, "Thunder Bay Airport": false} {
		if got := genericAirportName(n); got != want {
			t.Errorf("genericAirportName(%q) = %v, want %v", n, got, want)
		}
	}
}

// TestMarineName is a table test of the water-name tidying.
func TestMarineName(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"ARCTIC OCEAN", "Arctic Ocean", true},
		{"Caribbean  Sea", "Caribbean Sea", true},
		{"Bransfield Str.", "Bransfield Strait", true},
		{"Cumberland Sd.", "Cumberland Sound", true},
		{"Gulf St. Vincent", "Gulf St. Vincent", true},
		{"B. Inutil", "", false},
		{"", "", false},
	} {
		got, ok := marineName(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("marineName(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestBorderIndex checks the 25 km rule on both sides of the limit.
func TestBorderIndex(t *testing.T) {
	x := &borderIndex{cells: map[[2]int32][]segment{}}
	x.add(segment{10, 50, 10, 51})      // a north-south border at 10°E
	kmPerDegLon := kmPerDegLat * 0.6293 // cos(50.5°)
	for _, tc := range []struct {
		lat, lon float64
		want     bool
	}{
		{50.5, 10 + 24/kmPerDegLon, true},
		{50.5, 10 - 24/kmPerDegLon, true},
		{50.5, 10 + 26/kmPerDegLon, false},
		{51 + 24/kmPerDegLat, 10, true}, // past the end of the segment
		{51 + 26/kmPerDegLat, 10, false},
		{-50.5, 10, false},
	} {
		if got := x.near(tc.lat, tc.lon); got != tc.want {
			t.Errorf("near(%.4f, %.4f) = %v, want %v", tc.lat, tc.lon, got, tc.want)
		}
	}
	var none *borderIndex
	if none.near(50, 10) {
		t.Error("nil index: near")
	}
}

func gunzipAll(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	if _, err := raw.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	return raw.String()
}
