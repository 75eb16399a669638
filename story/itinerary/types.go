package itinerary

import (
	"runtime"
	"time"

	"github.com/paulmach/orb"
)

// Doc is one article as the extractor reads it: its sentences and the places
// already found in them (by story/geoparse; see FromArticle).
type Doc struct {
	Source    string    // source id
	Date      time.Time // article date (zero when unknown)
	Sentences []Sentence
}

// Sentence is one sentence of a Doc with the places mentioned in it.
type Sentence struct {
	Index    int // index of the sentence in its article
	Text     string
	Mentions []Mention // in text order
}

// Mention is one resolved place name in a sentence.
type Mention struct {
	PlaceID string
	Name    string
	Kind    string // capital, city, town, country, venue, station, airport, port, hotel, ...
	Lat     float64
	Lon     float64
	Start   int // byte offset in Sentence.Text
	End     int // byte offset in Sentence.Text (exclusive)
	// Approximate is true when the coordinates stand for a larger area or
	// were placed by inference (e.g. a venue known only by its city).
	Approximate bool
	// Country is the ISO 3166-1 alpha-2 code of the country the place is
	// in ("" when unknown; a "country:XX" id needs none). It lets a country
	// stop be placed at the city the articles name in it.
	Country string
}

// Options tune Extract. The zero value is ready to use.
type Options struct {
	// TripGap separates trips: legs whose dates are further apart than this
	// are in different trips. Zero means 30 days.
	TripGap time.Duration
	// OnLand, when set, tells whether a point is on land; sea legs whose
	// great circle crosses land then try a detour (see Line).
	OnLand func(orb.Point) bool
	// SeaRoute, when set, routes a sea leg's segment between two ports at
	// sea (story/searoute.Route: around land, through canals and straits);
	// when it fails (a port inland, say) the segment falls back to the
	// great circle and its detours.
	SeaRoute func(a, b orb.Point) (orb.LineString, error)
	// Workers is how many articles are read at once (0: all cores for 64
	// articles or more). The result does not depend on it.
	Workers int
}

// workers is how many goroutines read n articles: Options.Workers, else
// GOMAXPROCS for 64 articles or more and 1 below (too little work to share).
func (o Options) workers(n int) int {
	if o.Workers > 0 {
		return o.Workers
	}
	if n < 64 {
		return 1
	}
	return runtime.GOMAXPROCS(0)
}

func (o Options) tripGap() time.Duration {
	if o.TripGap > 0 {
		return o.TripGap
	}
	return 30 * 24 * time.Hour
}

// Result is what Extract finds. Everything in it is inferred from news text
// by rules and is approximate: the lead marks routes with origin "inferred".
type Result struct {
	Trips  []Trip
	Venues []Venue // best first
	// Notes say why the result is thin ("no dates", "no movement found", ...).
	Notes []string
}

// Trip is one journey: stops in order and the legs between them.
type Trip struct {
	ID string // "trip-1", "trip-2", ... in date order
	// Traveller is who makes the trip as written ("Joe Biden"), or "" when
	// no article names anyone before a movement verb.
	Traveller string
	Stops     []Stop
	Legs      []Leg
}

// Stop is one place the trip reaches (its origin, a place passed through, or
// a destination). A place can be a stop twice (the origin, and the end of the
// return leg).
type Stop struct {
	PlaceID string
	Name    string
	Lat     float64
	Lon     float64
	Date    string // YYYY-MM-DD or ""
}

// Leg is one movement from one place to another, told by one or more sources.
type Leg struct {
	From, To string   // place ids
	Via      []string // place ids passed through, in order
	Mode     string   // air, rail, road, sea or "" (unknown)
	Date     string   // YYYY-MM-DD or ""; the date most sources give
	Return   bool     // told as a return ("returned to", "flew back to")
	Evidence []Evidence
	Sources  []string // distinct source ids, in order of first evidence
	// Geometry is Line(leg) computed by Extract (with Options.OnLand).
	Geometry orb.LineString
	// Coarse is true when an end is a country, region, sea or other large
	// area: the line joins representative points of areas, not places.
	Coarse bool
	// CrossesLand is true for a sea leg whose line still crosses land after
	// the detours Line tries (only known when Options.OnLand is set).
	CrossesLand bool
}

// Evidence is one sentence that supports a leg or a venue.
type Evidence struct {
	Source   string
	Sentence int // Sentence.Index
	Text     string
	// Day is the one day the sentence names, resolved against its
	// article's date ("2006-01-02"; "on Tuesday", "July 26"), or "" when it
	// names none or several.
	Day string
}

// Venue is a place where the event happens, with its support.
type Venue struct {
	PlaceID string
	Name    string
	Lat     float64
	Lon     float64
	// Approximate is true when the venue is only known as a city or area,
	// or its mention was approximate.
	Approximate bool
	Evidence    []Evidence
	Sources     []string
	// Score ranks venues: the sum over sources of the strongest pattern each
	// source uses (see README.md).
	Score float64
}
