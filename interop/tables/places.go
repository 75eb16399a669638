package tables

import (
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
	"github.com/storylens/storylens/story/frame"
)

// placeRow joins a place of the report (mentions, sources, origin) with the
// story's place of the same id (provenance, approximate).
type placeRow struct {
	ID, Name, Kind, Origin string
	Lon, Lat               float64
	Mentions               int
	Sources                []string
	Provenance             string
	Approximate            bool
	// Precision says how close an approximate position is: "city" (a venue
	// placed at its city), "area" (the point of a country, region, sea or
	// river, which stands for all of it).
	Precision string
}

// approximateOf marks a row whose point is not the place's own: a venue
// placed at its city, a hand-placed point, or the point of an area.
func (row *placeRow) approximateOf(reportApprox bool, precision string) {
	if reportApprox {
		row.Approximate = true
		if row.Precision == "" {
			row.Precision = precision
		}
	}
	if frame.CoarseKind(row.Kind) || row.Kind == "continent" {
		row.Approximate = true
		if row.Precision == "" {
			row.Precision = "area"
		}
	}
}

// placeRows lists the report's places, then the story's places the report
// does not list (origin "story", no mentions).
func placeRows(s *story.Story, r *analysis.Report) []placeRow {
	var rows []placeRow
	seen := map[string]bool{}
	if r != nil {
		for _, p := range r.Places {
			row := placeRow{ID: p.ID, Name: p.Name, Kind: p.Kind, Origin: p.Origin, Lon: p.Lon, Lat: p.Lat, Mentions: p.Mentions, Sources: p.Sources}
			if sp := s.PlaceByID(p.ID); sp != nil {
				row.Provenance, row.Approximate, row.Precision = sp.Provenance, sp.Approximate, sp.Precision
				if row.Kind == "" {
					row.Kind = sp.Kind
				}
			} else if row.Provenance == "" && p.Origin == "gazetteer" {
				row.Provenance = "gazetteer (GeoNames, Natural Earth, OurAirports or world-countries)"
			}
			row.approximateOf(p.Approximate, p.Precision)
			if row.Origin == "" {
				row.Origin = "story"
			}
			seen[p.ID] = true
			rows = append(rows, row)
		}
	}
	for _, p := range s.Places {
		if seen[p.ID] {
			continue
		}
		seen[p.ID] = true
		origin := p.Origin
		if origin == "" {
			origin = "story"
		}
		row := placeRow{ID: p.ID, Name: p.Name, Kind: p.Kind, Origin: origin, Lon: p.Lon, Lat: p.Lat, Provenance: p.Provenance,
			Approximate: p.Approximate, Precision: p.Precision}
		row.approximateOf(false, "")
		rows = append(rows, row)
	}
	return rows
}
