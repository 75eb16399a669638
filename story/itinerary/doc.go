// Package itinerary finds the journey and the venue that news articles tell:
// who moved from where to where, when and how (air, rail, road, sea), merged
// across sources into trips, and where the event itself takes place.
//
// Input is a Doc per article: its sentences with the places that
// story/geoparse found in them (FromArticle builds one). Extract reads each
// sentence with word rules: a movement cue ("flew", "arrived", "left",
// "train", ...) and a governing word before each place ("from X" origin, "to
// X" / "arrived in X" / "visited X" destination, "via X" / "passing through
// X" passed through); "X-to-Y" pairs; the mode from verbs and nouns; dates
// from weekdays, "the next day", "Sept. 10" and the like against the article
// date. Legs told by several sources merge; trips split where dates are more
// than 30 days apart or after a return to the origin; companions of the main
// traveller join the main trip, and venues and airports next to their city
// are folded into it. Venues come from
// "held at X", "talks at X", "X will host", "the summit in X", ranked by how
// many sources say it and how strongly.
//
// Everything is inferred from text by rules and is approximate: a leg's
// geometry (Trip.Line) joins the named places (great circles in the air and
// at sea, straight lines for rail and road), not the path actually taken.
// README.md lists the rules, the limits and the measured figures. The
// package is pure Go with no UI and no network.
package itinerary
