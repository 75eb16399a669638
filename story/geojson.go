package story

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// geojsonIndexDepth indexes paths down to one vertex of a LineString
// (features[i].geometry.coordinates[j]) and one stop of a route.
const geojsonIndexDepth = 5

// geoReader reads one GeoJSON FeatureCollection, counting coordinates.
type geoReader struct {
	doc    *jsonDoc
	pl     *problemList
	coords int
	over   bool
}

// features decodes the collection and calls fn with each feature's
// properties object, geometry type and raw coordinates.
func (g *geoReader) features(top object, fn func(i int, path string, props object, geomType string, coords json.RawMessage)) {
	if g.doc.positions > MaxCoordinates {
		g.over = true
		g.pl.errorf(g.doc.file, g.doc.line(g.doc.overAt), g.doc.overAt, "more than %d coordinates in one file (limit MaxCoordinates)", MaxCoordinates)
		return
	}
	var typ string
	if top.get("type", &typ) && typ != "FeatureCollection" {
		g.pl.errorf(g.doc.file, g.doc.line("type"), "type", "want a GeoJSON FeatureCollection, got type %q", typ)
		return
	}
	items, ok := top.elements("features")
	if !ok {
		if _, present := top.m["features"]; !present {
			g.pl.errorf(g.doc.file, 1, "", "no \"features\" array: want a GeoJSON FeatureCollection")
		}
		return
	}
	for i, raw := range items {
		path := elemPath("features", i)
		f, ok := asObject(g.doc, g.pl, path, raw)
		if !ok {
			continue
		}
		var props object
		if raw, ok := f.m["properties"]; ok {
			if props, ok = asObject(g.doc, g.pl, f.sub("properties"), raw); !ok {
				continue
			}
		} else {
			props = object{doc: g.doc, pl: g.pl, path: f.sub("properties"), m: map[string]json.RawMessage{}}
		}
		graw, ok := f.m["geometry"]
		if !ok || strings.TrimSpace(string(graw)) == "null" {
			g.pl.errorf(g.doc.file, g.doc.line(path), f.sub("geometry"), "feature has no geometry")
			continue
		}
		geom, ok := asObject(g.doc, g.pl, f.sub("geometry"), graw)
		if !ok {
			continue
		}
		var gt string
		geom.get("type", &gt)
		coords, ok := geom.m["coordinates"]
		if !ok {
			g.pl.errorf(g.doc.file, g.doc.line(geom.path), geom.sub("coordinates"), "geometry has no coordinates")
			continue
		}
		fn(i, path, props, gt, coords)
		if g.over {
			return
		}
	}
}

// position decodes [lon, lat] (an optional altitude is ignored) at path.
func (g *geoReader) position(path string, raw json.RawMessage) (orb.Point, bool) {
	var nums []json.RawMessage
	if err := json.Unmarshal(raw, &nums); err != nil {
		g.pl.errorf(g.doc.file, g.doc.line(path), path, "want a position [lon, lat], got %s", jsonKind(raw))
		return orb.Point{}, false
	}
	g.coords++
	if g.coords > MaxCoordinates {
		g.over = true
		g.pl.errorf(g.doc.file, g.doc.line(path), path, "more than %d coordinates in one file (limit MaxCoordinates)", MaxCoordinates)
		return orb.Point{}, false
	}
	if len(nums) < 2 || len(nums) > 3 {
		g.pl.errorf(g.doc.file, g.doc.line(path), path, "want a position [lon, lat], got %d numbers", len(nums))
		return orb.Point{}, false
	}
	var p orb.Point
	for k := 0; k < 2; k++ {
		s := strings.TrimSpace(string(nums[k]))
		name := [2]string{"longitude", "latitude"}[k]
		if s == "" || !(s[0] == '-' || s[0] >= '0' && s[0] <= '9') {
			g.pl.errorf(g.doc.file, g.doc.line(elemPath(path, k)), elemPath(path, k), "%s is %s, not a number", name, jsonKind(nums[k]))
			return orb.Point{}, false
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			g.pl.errorf(g.doc.file, g.doc.line(elemPath(path, k)), elemPath(path, k), "%s %s is not a finite number", name, s)
			return orb.Point{}, false
		}
		p[k] = v
	}
	return p, true
}

// parsePlaces reads places.geojson: Point features.
func parsePlaces(file string, data []byte, pl *problemList) ([]*Place, *jsonDoc) {
	doc, top, ok := decodeDoc(file, data, geojsonIndexDepth, pl)
	if !ok {
		return nil, doc
	}
	g := &geoReader{doc: doc, pl: pl}
	var places []*Place
	g.features(top, func(i int, path string, props object, gt string, coords json.RawMessage) {
		if gt != "Point" {
			pl.errorf(file, doc.line(path+".geometry.type"), path+".geometry.type", "a place must be a Point, got %q", gt)
			return
		}
		pt, ok := g.position(path+".geometry.coordinates", coords)
		if !ok {
			return
		}
		p := &Place{Lon: pt[0], Lat: pt[1], loc: path}
		props.get("id", &p.ID)
		props.get("name", &p.Name)
		props.get("aliases", &p.Aliases)
		props.get("kind", &p.Kind)
		props.get("provenance", &p.Provenance)
		props.get("approximate", &p.Approximate)
		props.get("precision", &p.Precision)
		props.get("origin", &p.Origin)
		p.Aliases = nilIfEmpty(p.Aliases)
		places = append(places, p)
	})
	return places, doc
}

// parseRoutes reads routes.geojson: LineString features.
func parseRoutes(file string, data []byte, pl *problemList) ([]*Route, *jsonDoc) {
	doc, top, ok := decodeDoc(file, data, geojsonIndexDepth, pl)
	if !ok {
		return nil, doc
	}
	g := &geoReader{doc: doc, pl: pl}
	var routes []*Route
	g.features(top, func(i int, path string, props object, gt string, coords json.RawMessage) {
		if gt != "LineString" {
			pl.errorf(file, doc.line(path+".geometry.type"), path+".geometry.type", "a route must be a LineString, got %q", gt)
			return
		}
		cpath := path + ".geometry.coordinates"
		var items []json.RawMessage
		if err := json.Unmarshal(coords, &items); err != nil {
			pl.errorf(file, doc.line(cpath), cpath, "want an array of positions, got %s", jsonKind(coords))
			return
		}
		r := &Route{loc: path, Line: orb.LineString{}}
		// Fast path: every position is 2 or 3 plain numbers.
		var fast [][]float64
		if json.Unmarshal(coords, &fast) == nil {
			ok := true
			for _, p := range fast {
				if len(p) < 2 || len(p) > 3 {
					ok = false
					break
				}
			}
			if ok {
				r.Line = make(orb.LineString, len(fast))
				for j, p := range fast {
					r.Line[j] = orb.Point{p[0], p[1]}
				}
				items = nil
			}
		}
		for j, raw := range items {
			pt, ok := g.position(elemPath(cpath, j), raw)
			if g.over {
				return
			}
			if !ok {
				return
			}
			r.Line = append(r.Line, pt)
		}
		props.get("id", &r.ID)
		props.get("name", &r.Name)
		props.get("mode", &r.Mode)
		props.get("stops", &r.Stops)
		props.get("provenance", &r.Provenance)
		props.get("approximate", &r.Approximate)
		props.get("origin", &r.Origin)
		r.Stops = nilIfEmpty(r.Stops)
		routes = append(routes, r)
	})
	return routes, doc
}
