// Package geoparse finds the places an article names and resolves them to
// coordinates: story places first, then an embedded gazetteer of GeoNames
// cities and towns, countries and a hand-made supplement. Matching is by
// folded word n-grams (case and diacritics do not matter); guards reject
// person names, common words and places inside organisation names; and
// ambiguous names are resolved by documented rules (see README.md).
package geoparse
