// Package tables exports a story and its analysis for GIS and spreadsheet
// tools: an RFC 7946 GeoJSON FeatureCollection of places and routes (opens in
// QGIS), and RFC 4180 CSV files of claims, the source × claim coverage
// matrix, quantities, distance checks and places.
//
// CSV cells that hold text and begin with '=', '+', '-', '@', a tab or a
// carriage return get a leading apostrophe, so that a spreadsheet shows them
// as text instead of running them as formulas (CSV formula injection).
// Numbers the export formats itself are never prefixed.
package tables
