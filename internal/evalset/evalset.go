// Package evalset holds Storylens's real-news evaluation set: events told by
// several articles written in our own words from public reporting, each
// with a gold list made by hand (places per article, venues, the route,
// the most shared claims, the place-like phrases that are not places).
// Tests across story/ score the analysis against it; see README.md.
package evalset

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
)

//go:embed events heldout
var events embed.FS

// Point is a named position.
type Point struct {
	Name string  `json:"name"`
	Lat  float64 `json:"lat"`
	Lon  float64 `json:"lon"`
	Kind string  `json:"kind,omitempty"`
	// In is the place a venue is in.
	In string `json:"in,omitempty"`
}

// Article is the gold of one article: every place its text names.
type Article struct {
	File   string  `json:"file"`
	Places []Point `json:"places"`
}

// Leg is one movement of the route.
type Leg struct {
	From string `json:"from"`
	To   string `json:"to"`
	Mode string `json:"mode"`
	Date string `json:"date"`
}

// Route is the journey of the event's main traveller(s).
type Route struct {
	Stops []Point `json:"stops"`
	Legs  []Leg   `json:"legs"`
}

// Claim is one of the claims most articles state, with those articles.
type Claim struct {
	Label    string   `json:"label"`
	Articles []string `json:"articles"`
}

// Distance is a distance an article states between two places.
type Distance struct {
	From     string   `json:"from"`
	To       string   `json:"to"`
	Km       float64  `json:"km"`
	Articles []string `json:"articles"`
}

// Gold is the hand-made answer for one event.
type Gold struct {
	Event     string     `json:"event"`
	Date      string     `json:"date"`
	Region    string     `json:"region"`
	Modes     []string   `json:"modes"`
	Articles  []Article  `json:"articles"`
	Venues    []Point    `json:"venues"`
	Route     Route      `json:"route"`
	Claims    []Claim    `json:"claims"`
	NotPlaces []string   `json:"notPlaces"`
	Distances []Distance `json:"distances"`
}

// Event is one event of the set: its folder (a story folder of articles
// Storylens can open) and its gold.
type Event struct {
	Slug string
	// FS is the event's folder: articles/ and gold.json.
	FS   fs.FS
	Gold Gold
}

// Events returns every event of the embedded development set, by slug.
func Events() ([]Event, error) { return Load(events, "events") }

// HeldOut returns the held-out events (heldout/): never looked at while
// developing, they estimate how Storylens does on articles it was not
// developed against.
func HeldOut() ([]Event, error) { return Load(events, "heldout") }

// Load reads the events under dir of fsys: each sub-folder with a
// gold.json. A gold file that does not parse, or names an article that is
// not there, is an error naming the file.
func Load(fsys fs.FS, dir string) ([]Event, error) {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("evalset: %w", err)
	}
	var out []Event
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		sub, err := fs.Sub(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("evalset: %w", err)
		}
		b, err := fs.ReadFile(sub, "gold.json")
		if err != nil {
			return nil, fmt.Errorf("evalset: %s: %w", e.Name(), err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("evalset: %s/gold.json: %w", e.Name(), err)
		}
		for _, a := range g.Articles {
			if _, err := fs.Stat(sub, path.Join("articles", a.File)); err != nil {
				return nil, fmt.Errorf("evalset: %s/gold.json: article %q: %w", e.Name(), a.File, err)
			}
		}
		out = append(out, Event{Slug: e.Name(), FS: sub, Gold: g})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slug < out[j].Slug })
	return out, nil
}
