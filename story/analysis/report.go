package analysis

import "github.com/storylens/storylens/story"

// Report is the result of analysing one story. Its JSON form is the output of
// `storylens analyze --json`, documented in docs/analyze-json.md.
type Report struct {
	Schema     string         `json:"schema"` // "storylens/analyze/v1"
	Title      string         `json:"title"`
	Sources    []SourceReport `json:"sources"`
	Places     []PlaceReport  `json:"places"`
	Claims     []ClaimReport  `json:"claims"`
	Routes     []RouteReport  `json:"routes"`
	Steps      []StepReport   `json:"steps"`
	Quantities []Quantity     `json:"quantities"`
	Conflicts  []Conflict     `json:"conflicts"`
	Checks     []Check        `json:"checks"`
	Coverage   Coverage       `json:"coverage"`
	// View is what an overview of the whole story frames: its routes,
	// venues and most-mentioned places.
	View *View `json:"view,omitempty"`
	// Venues are where the event happens: the story's own (story.json
	// "venues", or its places of kind venue) or, without any, those found
	// in the text (origin "inferred"), best first.
	Venues []VenueReport `json:"venues"`
	// Notes say what the analysis could not find and why ("no dates", "no
	// movement found", ...).
	Notes []string `json:"notes"`

	// shown is the story as it is shown: draft steps told from the
	// journey, inferred routes when the story has none. Resolve uses it.
	shown *story.Story
}

// SourceReport describes one article.
type SourceReport struct {
	ID                  string   `json:"id"`
	Title               string   `json:"title"`
	Outlet              string   `json:"outlet"`
	Date                string   `json:"date"`
	DateInferred        bool     `json:"dateInferred"`
	DateReason          string   `json:"dateReason,omitempty"`
	Words               int      `json:"words"`
	Paragraphs          int      `json:"paragraphs"`
	DuplicateParagraphs int      `json:"duplicateParagraphs"`
	FocusPlace          string   `json:"focusPlace,omitempty"`
	Places              []string `json:"places"`
	Claims              []string `json:"claims"`
	UniqueClaims        []string `json:"uniqueClaims"`
}

// PlaceReport is a place mentioned by the sources (or defined by the story).
type PlaceReport struct {
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Lat    float64 `json:"lat"`
	Lon    float64 `json:"lon"`
	Kind   string  `json:"kind"`
	Origin string  `json:"origin"` // "story", "gazetteer" or "inferred"
	// Approximate is true when the position is not the place's own (a venue
	// placed at its city) or was hand-placed; Precision then says how close
	// it is ("city", "region", "country").
	Approximate bool     `json:"approximate,omitempty"`
	Precision   string   `json:"precision,omitempty"`
	Mentions    int      `json:"mentions"`
	Sources     []string `json:"sources"`
	// Bounds is the place's own box [[west, south], [east, north]] in
	// degrees when the gazetteer knows it (countries, regions, islands,
	// seas, lakes, rivers); east exceeds 180 when the box crosses the
	// antimeridian, as in View. Nil when not known.
	Bounds *[2][2]float64 `json:"bounds,omitempty"`
	// Evidence are the sentences that mention the place.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// ClaimReport is a claim and the sources that report it.
type ClaimReport struct {
	ID       string     `json:"id"`
	Label    string     `json:"label"`
	Topic    string     `json:"topic,omitempty"`
	Origin   string     `json:"origin"` // "curated" or "discovered"
	Sources  []string   `json:"sources"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence is one sentence from one source.
type Evidence struct {
	Source string `json:"source"`
	Text   string `json:"text"`
	Line   int    `json:"line,omitempty"`
	// Match is the byte range [start, end) of the matched words in Text, when known.
	Match []int `json:"match,omitempty"`
	// Discovered marks a sentence that automatic claim discovery found
	// saying the same as the claim's matched sentences; it does not count
	// towards the claim's sources.
	Discovered bool `json:"discovered,omitempty"`
}

// RouteReport is a route with its length computed from its geometry.
type RouteReport struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Mode     string  `json:"mode"`
	LengthKm float64 `json:"lengthKm"`
	Points   int     `json:"points"`
	// Origin is "story" (routes.geojson) or "inferred" (drawn from the
	// movements the articles describe; approximate).
	Origin string `json:"origin"`
	// Stops are the place ids along the route, in travel order.
	Stops []string `json:"stops"`
	// Legs are the movements of an inferred route, each with its evidence.
	Legs []LegReport `json:"legs,omitempty"`
}

// StepReport is a step with its references resolved.
type StepReport struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Date    string   `json:"date"`
	Places  []string `json:"places"`
	Claims  []string `json:"claims"`
	Sources []string `json:"sources"`
	// View is the geographic box the step frames, when it frames anything.
	View *View `json:"view,omitempty"`
}

// View is a map view: Bounds is [[west, south], [east, north]] in degrees
// (east may exceed 180 when the view crosses the antimeridian). Outside
// lists the places named that the view leaves out because they lie far
// from the rest (the map points to them from its edge), most mentioned
// first.
type View struct {
	Bounds  [2][2]float64 `json:"bounds"`
	Outside []string      `json:"outside,omitempty"`
}

// Value is a number with a unit.
type Value struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// Quantity is a number found in a sentence.
type Quantity struct {
	Value      float64 `json:"value"`
	Unit       string  `json:"unit"`
	Normalized Value   `json:"normalized"`
	Text       string  `json:"text"`
	Source     string  `json:"source"`
	Sentence   string  `json:"sentence"`
}

// Conflict is one quantity reported with values that differ beyond a tolerance.
type Conflict struct {
	About   string   `json:"about"`
	Values  []Value  `json:"values"`
	Sources []string `json:"sources"`
	Verdict string   `json:"verdict"`
}

// Check compares a distance or direction stated in a source with the map.
type Check struct {
	Text     string   `json:"text"`
	Source   string   `json:"source"`
	From     string   `json:"from,omitempty"`
	To       string   `json:"to,omitempty"`
	Stated   Value    `json:"stated"`
	Computed Computed `json:"computed"`
	Bearing  *Bearing `json:"bearing,omitempty"`
	Verdict  string   `json:"verdict"`
}

// Computed is a distance computed from the geometry.
type Computed struct {
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Method string  `json:"method"` // "great-circle" or "route"
}

// Bearing compares a stated compass direction with the computed bearing.
type Bearing struct {
	Stated   string  `json:"stated"`
	Computed float64 `json:"computed"` // degrees clockwise from north
	Verdict  string  `json:"verdict"`
}

// Coverage is the source × claim matrix the charts draw.
type Coverage struct {
	Sources []string `json:"sources"` // row order
	Claims  []string `json:"claims"`  // column order
	// Matrix[i][j] is true when Sources[i] reports Claims[j].
	Matrix [][]bool `json:"matrix"`
}
