// Command genbasemap generates assets/basemap/basemap.pmtiles, Storylens'
// world basemap: GSHHG shorelines (joined into closed land, lake, island and
// pond polygons over the whole Earth), WDBII national borders and rivers,
// and first-level region borders of every country (Natural Earth 1:50m
// lines, DCW-GMT, and the shared edges of Natural Earth 1:10m region
// polygons as generalized by QGIS), cut into Mapbox
// Vector Tiles for zoom 0 to -maxzoom in a PMTiles v3 archive. Lower zooms
// use coarser GSHHG resolutions (see levels).
//
// It needs the Debian packages gmt, gmt-gshhg-high (and gmt-gshhg-full for
// -res f) and Natural Earth's ne_50m_admin_1_states_provinces_lines.json;
// -dcw needs gmt-dcw, and -regionpolygons the states_provinces layer of the
// QGIS world map (Debian qgis-common) as GeoJSON, whose features name
// their country in adm0_a3 and iso_a2. See assets/basemap/README.md.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storylens/storylens/internal/pmtiles"
	"github.com/storylens/storylens/internal/safefile"
)

// level is one GSHHG resolution and the tile zooms it is used for.
type level struct {
	Res        string // GSHHG resolution letter: c l i h f
	MinArea    string // gmt coast -A minimum area, km²
	MinZ, MaxZ uint8
	MaxRiver   int // highest WDBII river level kept
}

// levels returns the GSHHG resolutions by zoom: low to zoom 2,
// intermediate to 5, high from 6, and with res "f" full from 9 (then maxZ
// should be above 9).
func levels(maxZ uint8, res string) []level {
	ls := []level{
		{"l", "500", 0, 2, 1},
		{"i", "50", 3, 5, 2},
		{"h", "0", 6, maxZ, 3},
	}
	if res == "f" && maxZ > 8 {
		ls[2].MaxZ = 8
		ls = append(ls, level{"f", "0", 9, maxZ, 3})
	}
	return ls
}

func main() {
	gmt := flag.String("gmt", "gmt", "gmt executable")
	admin1 := flag.String("admin1", "", "path to Natural Earth ne_50m_admin_1_states_provinces_lines.json (required)")
	out := flag.String("out", "assets/basemap", "output folder")
	maxZ := flag.Int("maxzoom", 8, "highest tile zoom (the map overzooms beyond)")
	res := flag.String("res", "h", "GSHHG resolution of the highest zooms (h or f)")
	dcw := flag.String("dcw", "", "comma-separated ISO codes of countries whose first-level region borders come from DCW-GMT (Debian gmt-dcw) rather than Natural Earth")
	dcwTol := flag.Float64("dcwtol", 2, "km: a DCW region outline point this near its country's outline is not a region border")
	dcwOut := flag.String("dcwgeojson", "", "write the DCW region borders to this GeoJSON file (lon/lat) and stop, to look at them")
	polys := flag.String("regionpolygons", "", "GeoJSON of first-level region polygons of the whole world whose neighbours share vertices (the QGIS world map's states_provinces layer): the borders of every country that neither -admin1 nor -dcw covers")
	polyOut := flag.String("regiongeojson", "", "write the borders derived from -regionpolygons to this GeoJSON file (lon/lat) and stop, to look at them")
	flag.Parse()
	if *admin1 == "" {
		log.Fatal("genbasemap: -admin1 path/to/ne_50m_admin_1_states_provinces_lines.json is required")
	}
	start := time.Now()
	regions, lineCountries, err := readLines(*admin1)
	if err != nil {
		log.Fatal("genbasemap: ", err)
	}
	var dcwCountries []string
	if *dcw != "" {
		dcwCountries = strings.Split(*dcw, ",")
	}
	polyCountries := 0
	if *polys != "" {
		lines, n, err := polygonBorders(*polys, lineCountries, dcwCountries)
		if err != nil {
			log.Fatal("genbasemap: ", err)
		}
		if *polyOut != "" {
			if err := writeLinesGeoJSON(*polyOut, lines); err != nil {
				log.Fatal("genbasemap: ", err)
			}
			return
		}
		polyCountries = n
		for _, l := range lines {
			regions = append(regions, withMinZoom(mercFeat(layerBoundary, 4, false, l.line), l.minZoom)...)
		}
	}
	if *dcw != "" {
		lines, err := readDCWRegions(*gmt, dcwCountries, *dcwTol)
		if err != nil {
			log.Fatal("genbasemap: ", err)
		}
		if *dcwOut != "" {
			if err := writeLinesGeoJSON(*dcwOut, lines); err != nil {
				log.Fatal("genbasemap: ", err)
			}
			return
		}
		for _, l := range lines {
			regions = append(regions, withMinZoom(mercFeat(layerBoundary, 4, false, l.line), l.minZoom)...)
		}
	}
	w := pmtiles.NewWriter()
	w.CenterZoom = 2
	stats := map[string]any{}
	for _, lv := range levels(uint8(*maxZ), *res) {
		src, err := readGSHHG(*gmt, lv)
		if err != nil {
			log.Fatal("genbasemap: ", err)
		}
		src = append(src, regions...)
		n := 0
		for _, f := range src {
			n += len(f.pts)
		}
		st := &tileStats{}
		tileTree(w, src, lv, uint8(*maxZ), st)
		stats["gshhg_"+lv.Res+"_z"+fmt.Sprint(lv.MinZ)] = map[string]int{"source_points": n, "tiles": st.tiles, "tile_points": st.points, "tile_bytes": st.bytes}
		fmt.Fprintf(os.Stderr, "level %s z%d-%d: %d source points, %d tiles, %d points, %d bytes (%s)\n",
			lv.Res, lv.MinZ, lv.MaxZ, n, st.tiles, st.points, st.bytes, time.Since(start).Round(time.Second))
	}
	meta := map[string]any{
		"name":        "Storylens world basemap",
		"format":      "pbf",
		"type":        "baselayer",
		"minzoom":     0,
		"maxzoom":     *maxZ,
		"attribution": "GSHHG (Wessel & Smith, LGPL-3+) · Natural Earth (public domain; world regions generalized by QGIS) · DCW-GMT (LGPL-3+)",
		"generator":   "tools/genbasemap",
		"sources": []string{"GSHHG 2.3.7 via Debian gmt-gshhg-" + map[string]string{"h": "high", "f": "full"}[*res] + " and gmt-gshhg-high (gmt coast)",
			"Natural Earth 1:50m admin-1 states/provinces lines (github.com/martynafford/natural-earth-geojson)",
			"DCW-GMT 2.1.1 first-level regions (Debian gmt-dcw, LGPL-3+) of " + strings.Join(dcwCountries, ", "),
			fmt.Sprintf("Natural Earth 1:10m admin-1 states/provinces v4.1.0, generalized by QGIS (world_map.gpkg, Debian qgis-common): shared borders of %d other countries", polyCountries)},
		"dcw_regions":              dcwCountries,
		"region_polygon_countries": polyCountries,
		"vector_layers": []map[string]any{
			{"id": "earth", "fields": map[string]string{"class": "GSHHG level: 1 land, 2 lake, 3 island in lake, 4 pond in island"}},
			{"id": "boundary", "fields": map[string]string{"class": "2 country (WDBII), 4 first-level region (Natural Earth admin-1 lines and polygons, DCW-GMT)",
				"min_zoom": "class 4: the zoom from which the border is drawn (4-10; by the size of the smaller region it divides, or Natural Earth's min_zoom of the 1:50m lines, at least 4); the border is in the tiles of that zoom and above"}},
			{"id": "waterway", "fields": map[string]string{"class": "WDBII river level: 1 double-lined, 2 permanent major, 3 additional major"}},
		},
		"levels": levels(uint8(*maxZ), *res),
		"stats":  stats,
	}
	mj, _ := json.Marshal(meta)
	b, err := w.Bytes(mj)
	if err != nil {
		log.Fatal("genbasemap: ", err)
	}
	if err := safefile.WriteFile(filepath.Join(*out, "basemap.pmtiles"), b, safefile.Options{Overwrite: true}); err != nil {
		log.Fatal("genbasemap: ", err)
	}
	meta["bytes"] = len(b)
	mi, _ := json.MarshalIndent(meta, "", "  ")
	if err := safefile.WriteFile(filepath.Join(*out, "meta.json"), append(mi, '\n'), safefile.Options{Overwrite: true}); err != nil {
		log.Fatal("genbasemap: ", err)
	}
	fmt.Fprintf(os.Stderr, "wrote %d bytes in %s\n", len(b), time.Since(start).Round(time.Second))
}
