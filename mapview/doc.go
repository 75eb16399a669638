// Package mapview draws Storylens' offline map: the embedded basemap
// (assets/basemap) with its labels by zoom (countries, seas, regions and
// populated places from the embedded gazetteer), the story's routes and
// places, labels that never overlap, a scale bar, a legend and the
// attribution line. The same pure-Go
// rasterizer (golang.org/x/image/vector, Liberation Sans) draws the Fyne widget
// (Map) and headless exports (Render).
package mapview
