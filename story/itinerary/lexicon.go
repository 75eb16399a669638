package itinerary

import "github.com/storylens/storylens/internal/lexicon"

// Word lists of the rules. Every list is general English news phrasing; none
// is tuned to one story.
var (
	// cues are words that make a sentence about movement; a destination
	// after "to" or an origin after "from" needs one shortly before it.
	cues = words("flew fly flies flying flown drove drive drives driving driven sailed sail sails sailing " +
		"travelled traveled travel travels travelling traveling headed heading heads arrived arrive arrives " +
		"arriving arrival landed land lands landing left leave leaves leaving departed depart departs departing " +
		"departure crossed cross crosses crossing stopped stop stops stopping stopover returned return returns " +
		"returning visit visits visited visiting route journey journeyed journeys trip trips went go goes going " +
		"came come comes coming moved transited boarded bound rode ride rides riding " +
		"flight flights train trains plane jet motorcade convoy ship ferry boat vessel cruise reached reach " +
		"reaches entered enter enters toured tour tours back continued continues proceeded proceeds")
	// arrive words govern "in"/"at" as the destination ("arrived in X").
	// cameWords make a departure alone a journey that ended where the
	// article is datelined ("The flight from Indonesia took five hours",
	// "flew down from Sydney").
	cameWords   = words("flight flew flown arrived landed came travelled traveled")
	arriveWords = words("arrived arrive arrives arriving arrival landed land lands landing touched reached " +
		"halt docked berthed moored")
	// stopWords govern "in"/"at" as a stop ("stopped in X", "a stopover in X").
	stopWords = words("stopped stop stops stopping stopover stayed refuelling refueling refuelled refueled refuel refuels")
	// crossWords govern "at" as a crossing point ("crossed the border at X").
	crossWords = words("crossed cross crosses crossing")
	// originVerbs take the origin as direct object ("left X", "departed X").
	originVerbs = words("left leave leaves leaving departed depart departs departing quit")
	// destVerbs take the destination as direct object ("visited X").
	destVerbs = words("visit visits visited visiting reached reach reaches reaching entered enter enters " +
		"entering toured touring")
	// forWords make "for X" a destination ("left Moscow for Beijing").
	forWords = words("left leave leaves leaving departed depart departs departing headed head heads heading " +
		"bound set sailed boarded flight train ship ferry boat plane off")
	// returnWords mark a return leg.
	returnWords = words("returned return returns returning back home homeward")
	// skip are words passed over between a place name and the word that
	// governs it ("to the Russian port city of X").
	skip = words("the a an its his her their our this that city town port capital village island islands " +
		"region province state county border frontier coast resort base of far east eastern western northern " +
		"southern north south west central remote coastal nearby neighbouring neighboring small tiny major " +
		"northeastern northwestern southeastern southwestern seaside mountain mountainous industrial")
	// futureWords make a sentence future tense.
	futureWords = words("will 'll shall tomorrow")
	// scheduledPresent are movement verbs in the present tense, which news
	// text uses for scheduled moves ("On Sunday he flies to X").
	scheduledPresent = words("flies travels heads leaves departs arrives returns sails drives goes")
	// relWords open a relative clause about a place after a comma (", where
	// the summit opens on Monday"); its dates are the clause's.
	relWords = words("where which whose")
	// determiners before a noun ("the plans", "their sails").
	determiners = words("the a an its their his her our these those")
	// futureAfterIs follow "is/are/was" in a future phrase ("is expected to").
	futureAfterIs = words("expected scheduled due set planning slated")
	// event words make a sentence about the event itself (for venues).
	eventWords = words("summit summits talks meeting meetings met meet meets ceremony ceremonies conference " +
		"conferences negotiations negotiation forum signing signed banquet dinner reception session sessions " +
		"gathering parade rally celebration funeral wedding inauguration games championship festival " +
		"exhibition congress assembly mass concert match final finals tournament speech audience vigil service " +
		"services committal " +
		"procession lying barbecue lunch luncheon breakfast farewell wreath " +
		// a host receiving a guest: "welcomed him at the Ittihadiya Palace"
		"welcomed welcomes received receives " +
		// incidents: where they happened is the venue
		"aground grounded crash crashed collision collided explosion exploded blast attack attacked earthquake " +
		"stuck sank sunk sinking capsized capsizing foundered shipwreck")
	// heldWords say where the event takes place ("will be held at X").
	heldWords = words("held hold holds take took takes taking convene convened convenes staged hosted")
	// hostWords follow a venue that hosts ("X will host").
	hostWords = words("host hosts hosted hosting")
	// hostSkip are words between a venue and hostWords ("X is to host").
	hostSkip = words("will would is was has had to be set which also 's")
	// venueNouns end an unresolved venue name ("at the Grand Hotel").
	venueNouns = words("hotel palace hall centre center university stadium house building resort museum " +
		"theatre theater pavilion villa compound castle residence guesthouse arena cathedral temple mosque church " +
		"basilica synagogue abbey chapel memorial park gardens square monument shrine library auditorium")
	// coarseKinds are kinds that are too big to be a venue point.
	coarseKinds = words("country region continent sea river strait island")
	// transportKinds are where travellers arrive, rarely where events are.
	transportKinds = words("airport station port harbour harbor airbase")
	// cityKinds are settlements: a venue known only by its city is approximate.
	cityKinds = words("capital seat city town")
)

// weekdays maps weekday names to time.Weekday values.
var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6}

// months maps month names and abbreviations to 1..12; "may" and "march" are
// months only next to a day number.
var months = lexicon.Months

// numberWords are small counts in "two days later".
var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"a": 1}
