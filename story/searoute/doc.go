// Package searoute routes sea legs around land: a path between two ports
// that stays at sea where the embedded basemap can tell. It is pure Go (no
// UI toolkit) and reads the land of the embedded basemap (assets/basemap,
// GSHHG intermediate resolution at tile zoom 5) into a land mask of Web
// Mercator cells (4096 by 4096: about 10 km at the equator, 5 km at 60°),
// with the canals and the straits narrower than a cell carved in (passages.go).
//
// Route returns the great circle when it crosses no land, else the
// shortest path over the mask's water cells (A* on a coarse mask, then on
// the fine mask within a corridor around the coarse path), straightened
// where the straight line stays at sea. See README.md.
package searoute
