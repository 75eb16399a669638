package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/assets/basemap"
	"github.com/storylens/storylens/assets/gazetteer"
)

// Credit is one piece of data or software Storylens ships, with its licence.
type Credit struct {
	Name    string
	What    string
	Licence string
}

// Credits lists the data and libraries in the app and their licences. The
// basemap's own credit text comes from assets/basemap.
var Credits = []Credit{
	{"GeoNames", "gazetteer of place names and coordinates", "CC BY 4.0 (geonames.org)"},
	{"GSHHG", "coastlines, borders and rivers (Wessel & Smith)", "LGPL-3.0-or-later"},
	{"Natural Earth", "world land, countries, first-level regions, seas", "public domain"},
	{"DCW-GMT", "first-level region borders of Argentina, China, India and Russia (Wessel)", "LGPL-3.0-or-later"},
	{"QGIS world map", "Natural Earth's region polygons, generalized: first-level region borders of the other countries", "GPL-2.0-or-later (the data: public domain)"},
	{"OurAirports", "airports and air bases", "public domain"},
	{"world-countries", "country names, codes and demonyms", "ODbL 1.0"},
	{"Apache ECharts", "chart engine (echarts.min.js, embedded)", "Apache-2.0"},
	{"go-echarts", "chart definitions", "MIT"},
	{"Fyne", "user interface toolkit", "BSD-3-Clause"},
	{"orb", "geometry, projection and simplification", "MIT"},
	{"goja / modernc.org/quickjs", "JavaScript engine for chart rendering", "MIT / BSD-3-Clause"},
	{"oksvg, rasterx", "SVG rasterisation", "BSD-3-Clause"},
	{"go-pdf/fpdf", "PDF export", "MIT"},
	{"Liberation Sans 2.1.5", "text in maps and charts", "SIL Open Font License 1.1"},
	{"Noto Sans Arabic, Devanagari, Thai; Nanum Gothic", "map, chart and slide text in Arabic, Devanagari, Thai and Hangul (subsets)", "SIL Open Font License 1.1"},
	{"Droid Sans Fallback", "map, chart and slide text in Han and Kana (a subset)", "Apache-2.0"},
	{"go-text/typesetting", "text shaping and bidirectional order (HarfBuzz port)", "BSD-3-Clause / Unlicense"},
	{"Go fonts", "text in slides", "BSD-3-Clause"},
	{"golang.org/x/image, x/text", "fonts, vector drawing, text", "BSD-3-Clause"},
}

// AboutText is the About box's text for version.
func AboutText(version string) string {
	if version == "" {
		version = "development build"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Storylens %s\nOne news story through many sources: map, steps, charts and the sources' own words.\n\n", version)
	b.WriteString("Data and libraries:\n")
	for _, c := range Credits {
		fmt.Fprintf(&b, "• %s — %s — %s\n", c.Name, c.What, c.Licence)
	}
	b.WriteString("\n" + basemap.Credits + "\n\n" + gazetteer.Credits + "\n\nMap: " + basemap.Attribution + "\n" + gazetteer.Attribution + "\n")
	return b.String()
}

// ShowAbout shows the version and the credits.
func (u *UI) ShowAbout() {
	l := widget.NewLabel(AboutText(u.cfg.Version))
	l.Wrapping = fyne.TextWrapWord
	l.Selectable = true
	s := container.NewVScroll(l)
	d := dialog.NewCustom("About Storylens", "Close", s, u.win)
	u.fitScrollDialog(d, s, fyne.NewSize(620, 420))
	d.Show()
}
