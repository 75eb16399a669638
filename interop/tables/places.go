package tables

import (
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
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
				row.Provenance, row.Approximate = sp.Provenance, sp.Approximate
				if row.Kind == "" {
					row.Kind = sp.Kind
				}
			} else if row.Provenance == "" && p.Origin == "gazetteer" {
				row.Provenance = "gazetteer"
			}
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
		rows = append(rows, placeRow{ID: p.ID, Name: p.Name, Kind: p.Kind, Origin: "story", Lon: p.Lon, Lat: p.Lat, Provenance: p.Provenance, Approximate: p.Approximate})
	}
	return rows
}
