package itinerary

// Travel modes.
const (
	ModeAir  = "air"
	ModeRail = "rail"
	ModeRoad = "road"
	ModeSea  = "sea"
)

// modeWords maps a word to its mode and strength: 3 for verbs and "by X"
// phrases (flew, drove, sailed), 2 for vehicles (flight, train, motorcade,
// ship), 1 for infrastructure (airport, station, highway, port).
var modeWords = map[string]struct {
	mode string
	rank int
}{
	"flew": {ModeAir, 3}, "fly": {ModeAir, 3}, "flies": {ModeAir, 3}, "flying": {ModeAir, 3}, "flown": {ModeAir, 3},
	"flight": {ModeAir, 2}, "flights": {ModeAir, 2}, "plane": {ModeAir, 2}, "planes": {ModeAir, 2},
	"jet": {ModeAir, 2}, "jets": {ModeAir, 2}, "aircraft": {ModeAir, 2}, "airliner": {ModeAir, 2},
	"helicopter": {ModeAir, 2}, "airport": {ModeAir, 1}, "airports": {ModeAir, 1}, "airfield": {ModeAir, 1},
	"airbase": {ModeAir, 1}, "landed": {ModeAir, 1},
	"train": {ModeRail, 2}, "trains": {ModeRail, 2}, "rail": {ModeRail, 2}, "railway": {ModeRail, 2},
	"railways": {ModeRail, 2}, "railroad": {ModeRail, 2}, "carriage": {ModeRail, 2},
	"carriages": {ModeRail, 2}, "locomotive": {ModeRail, 2}, "station": {ModeRail, 1}, "stations": {ModeRail, 1},
	"drove": {ModeRoad, 3}, "drive": {ModeRoad, 3}, "drives": {ModeRoad, 3}, "driving": {ModeRoad, 3},
	"driven": {ModeRoad, 3}, "motorcade": {ModeRoad, 2}, "convoy": {ModeRoad, 2}, "car": {ModeRoad, 2},
	"cars": {ModeRoad, 2}, "bus": {ModeRoad, 2}, "road": {ModeRoad, 1}, "roads": {ModeRoad, 1},
	"highway": {ModeRoad, 1}, "highways": {ModeRoad, 1}, "motorway": {ModeRoad, 1}, "expressway": {ModeRoad, 1},
	"sailed": {ModeSea, 3}, "sail": {ModeSea, 3}, "sails": {ModeSea, 3}, "sailing": {ModeSea, 3},
	"ship": {ModeSea, 2}, "ships": {ModeSea, 2}, "vessel": {ModeSea, 2}, "vessels": {ModeSea, 2},
	"ferry": {ModeSea, 2}, "boat": {ModeSea, 2}, "boats": {ModeSea, 2}, "yacht": {ModeSea, 2},
	"warship": {ModeSea, 2}, "port": {ModeSea, 1}, "ports": {ModeSea, 1}, "harbour": {ModeSea, 1},
	"harbor": {ModeSea, 1}, "canal": {ModeSea, 1},
}

// byModes maps the noun of a "by X" phrase to its mode.
var byModes = map[string]string{"air": ModeAir, "plane": ModeAir, "helicopter": ModeAir, "train": ModeRail,
	"rail": ModeRail, "road": ModeRoad, "car": ModeRoad, "bus": ModeRoad, "sea": ModeSea, "ship": ModeSea,
	"boat": ModeSea, "ferry": ModeSea}

// kindModes maps a mention kind to the mode it suggests (strength 1).
var kindModes = map[string]string{"airport": ModeAir, "station": ModeRail, "port": ModeSea,
	"harbour": ModeSea, "harbor": ModeSea}

// modeIn returns the strongest mode named in toks[lo:hi] and its strength
// (ties: the first). It ignores "a flight of stairs", "road map", "jet lag",
// verb uses after "to" ("to train"), and reads "Air Force One" as air.
func modeIn(toks []token, lo, hi int) (string, int) {
	best, rank := "", 0
	for i := max(lo, 0); i < hi && i < len(toks); i++ {
		if toks[i].place >= 0 {
			continue // "Port Moresby", "Union Station" are names, not modes
		}
		w := toks[i].w
		nextW := ""
		if i+1 < len(toks) {
			nextW = toks[i+1].w
		}
		m, r := "", 0
		switch {
		case w == "by" && byModes[nextW] != "":
			m, r = byModes[nextW], 3
		case w == "air" && (nextW == "base" || nextW == "force"):
			m, r = ModeAir, 1
			if nextW == "force" && i+2 < len(toks) && toks[i+2].w == "one" {
				r = 3
			}
		case w == "touched" && nextW == "down":
			m, r = ModeAir, 1
		default:
			mw, ok := modeWords[w]
			if !ok {
				continue
			}
			if w == "flight" && nextW == "of" && !durationAfter(toks, i+2) || w == "road" && nextW == "map" || w == "jet" && nextW == "lag" {
				continue
			}
			if mw.rank == 2 && mw.mode == ModeRail && i > 0 && (toks[i-1].w == "to" || toks[i-1].w == "will") {
				continue // "to train troops"
			}
			if w == "drive" && i > 0 && (toks[i-1].w == "a" || toks[i-1].w == "the") && nextW != "to" {
				continue // "a drive for unity"
			}
			if nounAfterDeterminer(toks, i) {
				continue // "lit its sails"
			}
			if mw.rank == 1 && appositiveOfPlace(toks, i) {
				continue // "goes north to Iquique, a port in the desert": what the place is
			}
			if mw.mode == ModeRoad && toTerminal(toks, i) {
				continue // "drive to the airport and fly back to Rome": the way to the plane
			}
			m, r = mw.mode, mw.rank
		}
		if r > rank {
			best, rank = m, r
		}
	}
	return best, rank
}

// appositiveOfPlace is true for the word at toks[i] in a phrase that
// describes a place right before it: a comma, "a" / "an" / "the", at most two
// more words, then the word (", a port in the desert", ", an old railway
// town").
func appositiveOfPlace(toks []token, i int) bool {
	for j := i; j >= 1 && j >= i-3; j-- {
		if toks[j].brk {
			return toks[j-1].place >= 0 && (toks[j].w == "a" || toks[j].w == "an" || toks[j].w == "the")
		}
	}
	return false
}

// terminalNouns are where a traveller changes to another vehicle.
var terminalNouns = words("airport airfield airbase station port harbour harbor terminal")

// toTerminal is true for a road word at toks[i] followed by "to the" and a
// terminal noun ("drove to the airport"): the way to the vehicle of the
// journey, not its mode.
func toTerminal(toks []token, i int) bool {
	return i+3 < len(toks) && toks[i+1].w == "to" && toks[i+2].w == "the" && terminalNouns[toks[i+3].w] && toks[i+3].place < 0
}

// durationAfter is true when toks[i] starts a length of time or distance
// ("a flight of about 13 hours", "a flight of 4,300 km"), not "a flight of
// stairs".
func durationAfter(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	w := toks[i].w
	return w[0] >= '0' && w[0] <= '9' || numberWords[w] > 0 && w != "a" ||
		w == "about" || w == "some" || w == "nearly" || w == "almost" || w == "over" || w == "more" || w == "less" ||
		w == "around" || w == "roughly" || w == "under" || w == "just"
}

// nounVerbs are movement verbs that are also nouns of another sense ("its
// sails", "the flies", "their lands").
var nounVerbs = words("sails sail flies lands land leaves")

// nounAfterDeterminer is true for such a word right after a determiner or a
// possessive: a noun, not the verb.
func nounAfterDeterminer(toks []token, i int) bool {
	if !nounVerbs[toks[i].w] || i == 0 {
		return false
	}
	return determiners[toks[i-1].w] || toks[i-1].w == "of"
}
