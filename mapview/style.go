package mapview

import "image/color"

// palette holds the map's colours for one theme. The light theme follows
// protomaps' light flavour (earth #e2dfda) with a softer water.
type palette struct {
	water, earth, coast, border, river        color.NRGBA
	casing, route, routeHi, routeApprox       color.NRGBA
	place, placeHi, venue, symbolEdge         color.NRGBA
	text, textHi, halo, panel, panelText, dim color.NRGBA
	// Basemap labels (baselabels.go): countries, seas, regions, populated
	// places and their dots.
	lblCountry, lblSea, lblRegion, lblCity, lblDot, lblHalo color.NRGBA
}

var lightPalette = palette{
	water: hex("#a8d8e6"), earth: hex("#e2dfda"), coast: hex("#8fb3c2"), border: hex("#9a86ad"), river: hex("#8ccbdd"),
	casing: hex("#ffffff"), route: hex("#c62828"), routeHi: hex("#e53935"), routeApprox: hex("#c62828"),
	place: hex("#37474f"), placeHi: hex("#ef6c00"), venue: hex("#d81b60"), symbolEdge: hex("#ffffff"),
	text: hex("#263238"), textHi: hex("#bf360c"), halo: hex("#ffffffd9"), panel: hex("#ffffffe0"), panelText: hex("#263238"), dim: hex("#607d8b"),
	lblCountry: hex("#6d5c7e"), lblSea: hex("#3f7891"), lblRegion: hex("#8a7d96"), lblCity: hex("#3b4449"), lblDot: hex("#59656b"), lblHalo: hex("#ffffffb3"),
}

var darkPalette = palette{
	water: hex("#1c2b38"), earth: hex("#3b3d40"), coast: hex("#4f6b7d"), border: hex("#8e7fa3"), river: hex("#2f4c5f"),
	casing: hex("#151719"), route: hex("#ff6f61"), routeHi: hex("#ff8a80"), routeApprox: hex("#ff6f61"),
	place: hex("#cfd8dc"), placeHi: hex("#ffb74d"), venue: hex("#f06292"), symbolEdge: hex("#151719"),
	text: hex("#eceff1"), textHi: hex("#ffcc80"), halo: hex("#151719d9"), panel: hex("#1e2124e6"), panelText: hex("#eceff1"), dim: hex("#90a4ae"),
	lblCountry: hex("#b9abc8"), lblSea: hex("#6d9bb1"), lblRegion: hex("#948aa0"), lblCity: hex("#c5ced2"), lblDot: hex("#a3adb2"), lblHalo: hex("#151719b3"),
}

func paletteFor(dark bool) *palette {
	if dark {
		return &darkPalette
	}
	return &lightPalette
}
