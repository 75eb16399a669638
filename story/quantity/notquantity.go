package quantity

// Numbers that are not amounts: clock times ("10:30", "2 p.m."), model
// numbers and names ("MiG-31I", "Boeing 747", "C-130", "Group of 20",
// "Route 66") and speeds ("80 km/h", "40 knots"). Years and dates are read
// as dates by parseDate before numbers are.

// notAmount returns how many tokens from ts[i] form a number that is not an
// amount (a clock time, or a model number or name), 0 when ts[i] starts
// none.
func notAmount(ts []tok, i int) int {
	t := &ts[i]
	if !t.num {
		return 0
	}
	// "10:30", "06:30 GMT", "9:35 p.m."
	if i+1 < len(ts) && ts[i+1].num && ts[i+1].gap == ":" {
		return 2 + meridiem(ts, i+2)
	}
	if i > 0 && ts[i-1].num && t.gap == ":" {
		return 1
	}
	// "2 p.m.", "6pm", "11 a.m."
	if n := meridiem(ts, i+1); n > 0 {
		return 1 + n
	}
	// "MiG-31", "C-130", "F-16", "COVID-19": a number joined by a hyphen to
	// a word in front of it.
	if i > 0 && t.hyphenated() && !ts[i-1].num && !ts[i-1].sym && ts[i-1].capitalised() {
		return 1 + attached(ts, i+1)
	}
	// "25th anniversary": an ordinal is a rank, not an amount.
	if attached(ts, i+1) > 0 {
		switch ts[i+1].low {
		case "st", "nd", "rd", "th":
			return 2
		}
	}
	// "31I", "747s" is not here: letters glued to the number that are no
	// unit, ordinal or plural make a code ("5G", "3D", "A380" is one word).
	if n := attached(ts, i+1); n > 0 && !codeSuffixOK(ts[i+1].low) {
		return 1 + n
	}
	// "Boeing 747", "Terminal 2", "Apollo 11": a number right after a
	// capitalised word that does not open the sentence and is no month.
	if i > 1 && ts[i-1].capitalised() && !ts[i-1].num && !ts[i-1].sym && t.gap == " " &&
		months[ts[i-1].text] == 0 && !notNames[ts[i-1].text] && !capitalisedHedge(ts[i-1].low) {
		return 1
	}
	// "Group of 20", "Group of Seven" is spelled and not numeric here.
	if i > 1 && ts[i-1].low == "of" && ts[i-2].text == "Group" {
		return 1
	}
	return 0
}

// meridiem returns the tokens of "a.m."/"p.m."/"am"/"pm" at ts[i], or 0.
func meridiem(ts []tok, i int) int {
	if i >= len(ts) {
		return 0
	}
	switch ts[i].low {
	case "am", "pm":
		if ts[i].clean() {
			return 1
		}
	case "a", "p":
		if ts[i].clean() && i+1 < len(ts) && ts[i+1].low == "m" && ts[i+1].gap == "." {
			return 2
		}
	}
	return 0
}

// attached returns 1 when ts[i] is a word glued to the number before it
// (no gap: "31I", "5G"), else 0.
func attached(ts []tok, i int) int {
	if i < len(ts) && ts[i].gap == "" && !ts[i].num && !ts[i].sym {
		return 1
	}
	return 0
}

// codeSuffixOK are letters that may follow a number without a space and
// keep it an amount: units ("10km", "5m"), ordinals ("25th"), plurals of
// decades ("1990s"), multipliers ("5bn").
func codeSuffixOK(w string) bool {
	if _, ok := units[w]; ok {
		return true
	}
	if _, ok := multipliers[w]; ok {
		return true
	}
	switch w {
	case "st", "nd", "rd", "th", "s", "am", "pm", "a", "p", "h", "mph", "kph", "kmh":
		return true
	}
	return false
}

// capitalisedHedge reports whether a capitalised word before a number is a
// hedge or preposition that may open a clause ("About 2,500", "Some 20").
func capitalisedHedge(w string) bool {
	switch w {
	case "about", "some", "nearly", "almost", "around", "roughly", "over", "under", "only", "just", "by", "of",
		"from", "to", "with", "for", "than", "approximately", "exactly", "all", "and", "or", "no", "another":
		return true
	}
	return false
}

// speedAfter returns how many tokens at ts[j] make the measure before it a
// speed ("/h", "per hour", "an hour", "a second"), 0 when none.
func speedAfter(ts []tok, j int) int {
	if j >= len(ts) {
		return 0
	}
	if (ts[j].low == "h" || ts[j].low == "hr" || ts[j].low == "s") && ts[j].gap == "/" {
		return 1
	}
	if (ts[j].low == "per" || ts[j].low == "an" || ts[j].low == "a") && j+1 < len(ts) && ts[j+1].clean() {
		switch ts[j+1].low {
		case "hour", "second", "minute", "day":
			return 2
		}
	}
	return 0
}

// speedUnits are written speeds, not distances or counts.
var speedUnits = map[string]bool{"mph": true, "kph": true, "kmh": true, "knot": true, "knots": true, "kt": true,
	"kts": true, "mach": true}

// dimensions follow a length that measures a thing, not a distance between
// places: "400 metres long", "50 metres tall".
var dimensions = map[string]bool{"long": true, "wide": true, "tall": true, "high": true, "deep": true,
	"thick": true, "across": true, "underground": true, "below": true, "beneath": true, "above": true,
	"in length": true, "in diameter": true, "in height": true, "in width": true, "under": true, "down": true,
	"underwater": true, "undersea": true,
	// measureNouns, as About of "a depth of 13,000 feet".
	"depth": true, "altitude": true, "height": true, "length": true, "width": true, "diameter": true,
	"elevation": true}

// measureNouns before "of" make the length after them the size of a thing:
// "at a depth of 13,000 feet", "a length of 400 metres".
var measureNouns = map[string]bool{"depth": true, "altitude": true, "height": true, "length": true,
	"width": true, "diameter": true, "elevation": true}

// determiners after "down" make it lead a way ("30 km down the coast"), not
// tell a depth ("3,800 metres down").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true}
