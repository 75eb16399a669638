package geoparse

import "github.com/storylens/storylens/internal/lexicon"

// Small closed word lists the guards use. They are general English and
// naming conventions, not taken from any story.

// stopwords are function words and frequent sentence openers: a capitalised
// stopword does not make a capitalised run longer ("In Vladivostok", "The
// New York Times" → run "New York Times"). Not the stopword list of
// story/claims or story/quantity, on purpose: it adds sentence openers and
// reporting words that start a capitalised run without naming anything
// ("According", "Meanwhile", "Officials", "First"), which a claim's key and
// a counted phrase keep.
var stopwords = setOf(`a an the and or but nor so yet of in on at to from for by with without into onto upon
over under above below across along around about after before behind beside between beyond during despite
since until till via near toward towards through throughout within among amid against like unlike as if
than then when while where whereas whether because although though unless once both either neither each
every all any some many much more most few several no not this that these those it its he she his her him
they them their we our you your i me my mine who whom whose which what there here also even still however
meanwhile earlier later last next first second third new old according said says say asked told yes
according instead meanwhile moreover furthermore indeed perhaps interestingly finally officials separately
is are was were be been being has have had do does did will would can could may might must shall should`)

// locatives are lower-case words after which a capitalised common word is
// taken as a place ("in Mobile", "to Split").
var locatives = setOf(`in on at from to near outside inside via into toward towards across around through
reached visited entered left`)

// titles precede person names ("President Putin", "leader Kim Jong Un",
// "spokesman Dmitry Peskov"): internal/lexicon's person titles.
var titles = lexicon.PersonTitles()

// weekdaysMonths are never places, whatever the gazetteer holds.
var weekdaysMonths = setOf(`monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// givenNames are common given names in news across languages; a capitalised
// run that starts with one is a person ("Donald Trump", "Dmitry Peskov"),
// and so are runs that start with a frequent East Asian family name ("Kim Jong
// Un", "Moon Jae-in", "Xi Jinping").
var givenNames = setOf(`james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan
jesse bryan billy bruce gabriel joe logan albert willie alan eugene russell vincent philip bobby johnny bradley
mike jake joe bill bob tom tim ted jim ben rick ron dick hillary barack joe kamala nancy mitch chuck rishi boris
theresa tony gordon keir emmanuel francois nicolas jacques angela olaf helmut gerhard friedrich annalena ursula
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
charlotte marie kayla alexis lori vladimir dmitry dmitri sergei sergey alexei alexey aleksei aleksandr alexandr
mikhail nikolai nikolay ivan igor yuri yury oleg andrei andrey viktor victor boris leonid anatoly valery vasily
pavel maxim maksim yevgeny evgeny gennady konstantin denis roman ramzan volodymyr oleksandr oleksiy petro
dmytro vitali vitaly valentina tatiana tatyana olga irina natalia natalya svetlana elena yelena maria ekaterina
yekaterina anastasia lyudmila galina marina xi li wang zhang liu chen yang huang zhao wu zhou kim lee park
choi jung chung kang cho yoon yun jang lim han shin moon ri pak ahn song hong jeon ko yoo oh seo kwon hwang
shinzo fumio yoshihide junichiro taro narendra rahul imran nawaz recep tayyip mohammed muhammad mohammad ali
ahmed ahmad hassan hussein omar abdullah khalid bashar benjamin yair volodymyr ramon jose juan carlos luis
jorge manuel pedro miguel antonio francisco javier pablo diego fernando ricardo roberto eduardo sergio andres
luiz lula jair nicolas hugo fidel raul kamala joseph`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				m[s[start:i]] = true
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return m
}

// venueHead is what a venue head word ("Hotel", "International Airport")
// says of the name before it.
type venueHead struct {
	// kind of the venue mention: venue, airport, airbase, station or port.
	kind string
	// named heads (airports, stations, ports, stadiums, squares, ...) are
	// usually named after the place they are in: a place name leading the
	// venue name is its container and a mention ("Port Moresby
	// International Airport"). Other heads are often named after people
	// ("Lincoln Memorial", "Wilson Center"): a place name leading them is
	// part of the venue's name and not a mention.
	named bool
	// brand heads (hotels, palaces, ...) are often named after a place they
	// are not in ("Shangri-La Hotel"): a place name before one is not a
	// mention even when the head is in lower case ("the Shangri-La hotel").
	brand bool
	// locative heads ("Forum") name a venue only after a locative ("at the
	// Eastern Forum"); otherwise they end an event or organisation name.
	locative bool
	// institution heads (Center, University, Embassy, Parliament, Hall,
	// Hospital) often name bodies quoted far from where they are ("the
	// Stimson Center", "the Russian Embassy said"): they are placed only by
	// their own leading place, "in/at X" or a possessive, never by the
	// sentence or the focus.
	institution bool
	// foreign heads (French, Spanish, Portuguese, Italian) come first and
	// are linked to the name by a particle: "Col du Tourmalet", "Palais de
	// la Nation", "Museu da Amazônia". They name venues only so, and only
	// capitalised (foreignHeads).
	foreign bool
}

// venueHeads are one-word venue head words, by folded key.
var venueHeads = map[string]venueHead{
	// brands
	"hotel": brandVenue, "guesthouse": brandVenue, "palace": brandVenue, "resort": brandVenue, "inn": brandVenue,
	// named after the place they are in
	"airport": {kind: "airport", named: true}, "airfield": {kind: "airport", named: true},
	"aerodrome": {kind: "airport", named: true}, "airbase": {kind: "airbase", named: true},
	"station": {kind: "station", named: true},
	"port":    {kind: "port", named: true}, "harbour": {kind: "port", named: true}, "harbor": {kind: "port", named: true},
	"seaport":    {kind: "port", named: true},
	"cosmodrome": namedVenue, "spaceport": namedVenue, "stadium": namedVenue, "arena": namedVenue,
	"square": namedVenue, "cathedral": namedVenue, "castle": namedVenue,
	// often named after people ("Lincoln Memorial", "Carnegie Hall", "Wilson Center")
	"campus": plainVenue, "monastery": plainVenue, "basilica": plainVenue, "church": plainVenue,
	"mosque": plainVenue, "temple": plainVenue, "shrine": plainVenue, "base": plainVenue, "park": plainVenue,
	"museum": plainVenue, "memorial": plainVenue, "theatre": plainVenue, "theater": plainVenue,
	"chapel": plainVenue, "mausoleum": plainVenue, "library": plainVenue, "gardens": plainVenue,
	"garden": plainVenue, "mile": plainVenue, "arch": plainVenue, "parade": plainVenue, "tunnel": plainVenue,
	"corner": plainVenue, "buildings": plainVenue, "lake": plainVenue,
	"beach": plainVenue, "gate": plainVenue, "prison": plainVenue,
	"coliseum": plainVenue, "airstrip": {kind: "airport", named: true},
	"abbey": plainVenue, "bridge": plainVenue, "crossing": plainVenue,
	"university": institutionVenue, "hall": institutionVenue, "centre": institutionVenue,
	"center": institutionVenue, "embassy": institutionVenue, "consulate": institutionVenue,
	"parliament": institutionVenue, "hospital": institutionVenue,
	"forum": {kind: "venue", named: true, locative: true},
}

// venueHeads2 are two-word venue head words, by folded keys.
var venueHeads2 = map[[2]string]venueHead{
	{"international", "airport"}: {kind: "airport", named: true}, {"air", "base"}: {kind: "airbase", named: true},
	{"guest", "house"}:       brandVenue,
	{"convention", "centre"}: namedVenue, {"convention", "center"}: namedVenue,
	{"exhibition", "centre"}: namedVenue, {"exhibition", "center"}: namedVenue,
	{"naval", "base"}: namedVenue, {"military", "base"}: namedVenue,
	{"railway", "station"}: {kind: "station", named: true}, {"train", "station"}: {kind: "station", named: true},
	{"space", "centre"}: plainVenue, {"space", "center"}: plainVenue,
	{"opera", "house"}: plainVenue, {"forest", "reserve"}: plainVenue, {"nature", "reserve"}: plainVenue,
	{"parliament", "house"}: plainVenue, {"government", "house"}: plainVenue, {"city", "hall"}: plainVenue,
	{"town", "hall"}: plainVenue, {"national", "stadium"}: plainVenue,
}

// Common venue heads.
var (
	brandVenue       = venueHead{kind: "venue", brand: true}
	namedVenue       = venueHead{kind: "venue", named: true}
	plainVenue       = venueHead{kind: "venue"}
	institutionVenue = venueHead{kind: "venue", institution: true}
)

// regionWords after a name ask for a region ("Amur region", "Primorsky
// krai"); riverWords for a river ("Amur River").
var (
	regionWords = setOf(`province provinces region oblast state prefecture krai kray governorate territory district
county okrug`)
	riverWords = setOf(`river`)
	// islandWords and peninsulaWords, capitalised after a name, ask for an
	// island ("Elba Island") or the region or island the peninsula is
	// named after ("the Yucatán Peninsula"); the mention spans them.
	islandWords    = setOf(`island isle`)
	peninsulaWords = setOf(`peninsula`)
	// regionKindWords are the kind words a region's name may be indexed
	// with, tried in this order by regionByKindWord.
	regionKindWords = []string{"oblast", "province", "krai", "kray", "state", "governorate", "prefecture", "territory",
		"district", "county"}
)

// kindNouns before "of" ask for a kind of place: "the town of X", "the
// island of X"; "border" or "port" may come first ("the border town of X",
// "the port city of X").
var kindNouns = map[string]kindPref{
	"town": preferSettlement, "city": preferSettlement, "village": preferSettlement, "settlement": preferSettlement,
	"port": preferPort, "island": preferIsland,
}

// hyphenPrefixes joined by a hyphen to a place do not make a compound
// name: "Anti-Japan protests", "Pan-Pacific", "Trans-Siberian".
var hyphenPrefixes = setOf(`anti pro pan trans non ex post pre neo mid inter intra sub cross`)

// arabicArticles written with a hyphen before a name ("Al-Nasiriyah",
// "Ad-Diwaniyah") may be spelt otherwise in the gazetteer (GeoNames: "An
// Nāşirīyah", or without it): hyphenCompound lets a city through.
var arabicArticles = setOf(`al el an ad as ar at az ash ath`)

// honourTitles before "of" make a title or honour, not a mention of the
// place after it: "the Duke of York", "the Archbishop of Canterbury", "the
// Order of Lenin", "Our Lady of Lourdes", "the Jam Saheb of Nawanagar".
// Rulers of sovereign states (king, queen, emperor, sultan, emir, president,
// mayor, governor) are not here: "the King of Spain" and "the Mayor of
// London" name the place they govern.
var honourTitles = setOf(`duke duchess archduke archduchess earl countess count marquess marquis marchioness
baron baroness viscount viscountess prince princess lord laird archbishop bishop archdeacon dean patriarch
metropolitan cardinal abbot abbess primate order cross medal star virgin lady saheb sahib maharaja maharajah
maharani nawab nizam raja rajah rani`)

// bodiesOf before "of" make an organisation's, a church's, a regiment's or
// a flag's name, not a mention of the place after it: "the Syrian
// Association of Greece", "the Bank of England", "the Council of Europe",
// "the Church of Scotland", "the Royal Regiment of Scotland", "the Royal
// Standard of Scotland", "the Transportation Safety Board of Canada", "the
// Archdiocese of Edmonton", a race: "a crash at the Tour of Poland"
// (capitalised only: "his tour of Poland" keeps it; guard 9, like honourTitles; places inside
// organisation names are not counted, guard 5). Sovereign names
// ("Republic of Korea", "Kingdom of Spain", "Union of ...") are not here,
// nor kinds of place ("City of London", "Port of Rotterdam").
var bodiesOf = setOf(`association associations federation confederation society league chamber institute
academy foundation party bank council committee church regiment standard flag banner university universities
college school polytechnic conservatory seminary board commission agency authority bureau ministry department
office court tribunal service corporation company archdiocese diocese eparchy archeparchy patriarchate synod
tour`)

// royalTitles starting a two-word name make it a person's, not the place
// of that name, unless a locative comes first: "Prince Edward" and
// "Princess Anne" are royals, "in Prince George" a city.
var royalTitles = setOf(`king queen prince princess duke duchess emperor empress tsar czar tsarina infante
infanta archduke archduchess`)

// nameParticles link the parts of a person's or a foreign-language name
// ("Lula da Silva", "Ursula von der Leyen", "Tour de France", "La Dépêche
// du Midi", "Palais de la Nation"): a place name right after one that
// follows a capitalised word is part of that name. English "do" is not
// here ("Why do Russia and ..."); articles and "der" only continue a
// particle ("de la", "von der"), so "Vive la France" keeps France.
var (
	nameParticles   = setOf(`da de di du des dos das del della dei degli van von ter bin ibn`)
	particleLinkers = setOf(`la le los las der den`)
)

// eventNouns after places joined by hyphens make an event's or a body's
// name: "the Russia-Africa summit", "the Asia-Pacific Economic Cooperation
// forum", "the India-Middle East-Europe Economic Corridor" (a project
// named after the places it joins; after an area alone, "the Caribbean
// community" is a body). Talks, wars, routes and trains keep
// their places ("the Seoul-Pyongyang talks", "the Lisbon-Madrid train").
var eventNouns = setOf(`summit summits dialogue forum conference cooperation partnership council commission
pact treaty accord alliance games championship cup corridor community`)

// groupNouns after a name make it a group of countries or peoples ("the
// Baltic states", "the Gulf states", "four Cree nations"): not the sea,
// river or town of that name.
var groupNouns = setOf(`states nations countries peoples tribes republics monarchies emirates`)

// agreementNouns after "the" + a place (and at most two lower-case words)
// make an agreement named after where it was signed: "the Paris climate
// agreement", "the Minsk agreements", "the Kyoto Protocol".
var agreementNouns = setOf(`agreement agreements accord accords treaty treaties protocol convention declaration
pact`)

// documentNouns, capitalised, start the title of an agreement or document
// that a place name inside it belongs to ("the Joint Declaration of
// Support for Ukraine"); titleLinks join the title's words (documentTitle).
var (
	documentNouns = setOf(`agreement agreements accord accords treaty treaties protocol convention declaration pact
charter memorandum communique resolution`)
	titleLinks = setOf(`of for on with between against among`)
)

// bodyNouns after a place name make a body's name, countries included:
// "the US Congress", "the US Air Force" (two words: bodyNouns2).
var (
	bodyNouns  = setOf(`congress senate army navy marines parliament assembly`)
	bodyNouns2 = map[[2]string]bool{{"air", "force"}: true, {"coast", "guard"}: true, {"national", "guard"}: true,
		{"space", "force"}: true}
)

// speechVerbs right after a venue make it an institution speaking, not a
// place: "Buckingham Palace announced", "the White House said".
var speechVerbs = setOf(`said says announced announces confirmed confirms stated states added adds told tells
denied denies declined declines warned warns insisted insists replied replies noted notes described describes
explained explains stressed stresses emphasised emphasized commented comments responded responds acknowledged
acknowledges revealed reveals reported reports quoted quotes`)

// settlementNouns after a name make it a description of a settlement
// ("the English city", "the Texas city of Houston"): no small town of the
// name (accept).
var settlementNouns = setOf(`city town village`)

// articles are the English articles.
var articles = setOf(`the a an`)

// officeTitles after a place name make its office holder, and the place a
// mention: "the New South Wales Premier", "the Texas Governor", "Moscow
// Mayor Sergei Sobyanin" (countries may be followed by any capitalised
// word already: "U.S. President").
var officeTitles = setOf(`premier governor mayor president minister chancellor senator senators lawmakers
legislature`)

// bodyWords inside a "Head of X" phrase make it a body's name, not a
// venue: "the Port of Rotterdam Authority", "the Museum of London Trust".
var bodyWords = setOf(`authority authorities company corporation council commission board trust foundation
society association institute agency department ministry office`)

// saintWords start saints' names inside venue names ("St Giles'
// Cathedral", "Saint Mary's Church"); unlike other titles they do not end
// a venue name.
var saintWords = setOf(`st saint ste san santa sao`)

// devotionNouns before "of" and a saint's name make it the saint's:
// "the feast of St. Anne", "the relics of Saint Thomas" (saintOf).
var devotionNouns = setOf(`feast feasts day shrine basilica church chapel cathedral relics relic tomb statue icon
image cult devotion order intercession sisters brothers parish`)

// foreignHeads start venue names in French, Spanish, Portuguese and
// Italian, before a particle ("Col du Tourmalet", "Gare de Lyon", "Museu
// da Amazônia"); in English word order they are not heads ("Lt Col").
var foreignHeads = map[string]venueHead{
	"col": foreignVenue, "palais": foreignVenue, "musee": foreignVenue, "museu": foreignVenue,
	"museo": foreignVenue, "pont": foreignVenue, "ponte": foreignVenue, "puente": foreignVenue,
	"place": foreignVenue, "plaza": foreignVenue, "praca": foreignVenue, "piazza": foreignVenue,
	"palacio": foreignVenue, "palazzo": foreignVenue, "chateau": foreignVenue, "castillo": foreignVenue,
	"castello": foreignVenue, "catedral": foreignVenue, "cattedrale": foreignVenue, "eglise": foreignVenue,
	"iglesia": foreignVenue, "igreja": foreignVenue, "chiesa": foreignVenue, "parc": foreignVenue,
	"parque": foreignVenue, "parco": foreignVenue, "stade": foreignVenue, "estadio": foreignVenue,
	"stadio": foreignVenue, "hotel": foreignVenue, "gare": {kind: "station", foreign: true},
	"estacion": {kind: "station", foreign: true}, "estacao": {kind: "station", foreign: true},
	"aeroport": {kind: "airport", foreign: true}, "aeropuerto": {kind: "airport", foreign: true},
	"aeroporto": {kind: "airport", foreign: true},
}

// foreignVenue is a plain foreign venue head.
var foreignVenue = venueHead{kind: "venue", foreign: true}

// standaloneHeads are two-word heads that are whole venue names after
// "at", "the", ... ("at Parliament House", "the Opera House", "the City
// Hall"); standaloneBefore are those words.
var (
	standaloneHeads = map[[2]string]bool{{"parliament", "house"}: true, {"government", "house"}: true,
		{"opera", "house"}: true, {"city", "hall"}: true, {"town", "hall"}: true, {"national", "stadium"}: true}
	standaloneBefore = setOf(`the at in to from outside inside into near`)
)

// compassNative are the French, Spanish, Portuguese and Italian words of
// the English compass words that start region names ("Nord-Kivu" written
// "North Kivu", "Sud-Ouest" is not matched).
var compassNative = map[string][]string{
	"north": {"nord", "norte"}, "south": {"sud", "sur", "sul"}, "east": {"est", "este"}, "west": {"ouest", "oeste"},
}

// areaLocatives before a country or region put a venue later in the
// sentence there ("in France, where ... the Col du Tourmalet").
var areaLocatives = setOf(`in to into at across near toward towards`)

// geoNouns end place names made of a royal title and a noun ("King
// Island", "Queen Creek"): such a name is not a royal person.
var geoNouns = setOf(`island isle islands county sound bay river lake creek point city town land park falls
mountain mountains valley harbour harbor cove beach`)

// hotelHeads may be followed by the hotel's city: "Grand Prince Hotel
// Hiroshima", "Sheraton Resort Bali".
var hotelHeads = setOf(`hotel resort inn`)

// faithWords alone before a lower-case head describe it, as a demonym
// does: "the Catholic cathedral", "the Orthodox church" (not "the Russian
// embassy" either: demonyms).
var faithWords = setOf(`catholic anglican orthodox protestant lutheran methodist baptist evangelical presbyterian
muslim islamic jewish hindu buddhist sikh coptic shia shiite sunni roman episcopal pentecostal reformed
apostolic maronite melkite chaldean syriac assyrian mormon adventist`)

// leftFor are the words before "for" and a destination: "bound for X",
// "headed for X", "left for X", "set off for X" (match.placeUse).
var leftFor = setOf(`bound headed heading heads left leave leaves leaving departed departs departing off sailed sail
sails sailing flew fly flies flying`)

// placeVerbs take a place as their object: "will visit X", "left X",
// "reached X", "toured X" (match.placeUse).
var placeVerbs = setOf(`visit visits visited visiting left leave leaves leaving reach reached reaches reaching tour
toured touring`)

// featureNouns, in lower case after a name, make it the name of a natural
// feature ("Lobito beach", "Bondi beach"): a settlement of that name far
// from the article's places is not where the feature is (resolve).
var featureNouns = setOf(`beach beaches cove lagoon reef dunes cliffs canyon gorge glacier waterfall falls forest
woods marsh swamp wetlands`)

// positionVerbs after a name make it a place: "X lies on the coast", "X
// sits astride the border" (match.placeUse).
var positionVerbs = setOf(`lies lay sits borders straddles overlooks`)

// compassOf before "of" make the name after it a place: "northeast of X",
// "south-west of X" (the hyphen splits words), "outside of X".
var compassOf = setOf(`north south east west northeast northwest southeast southwest northeastern northwestern
southeastern southwestern northern southern eastern western outside`)

// destinationWords before a place (after "the" too) make it where
// something goes (finerContainer).
var destinationWords = setOf(`to into towards toward for`)

// placeQualifiers start place names: a capitalised run ending in a town's
// name after one of them is a place we may not hold ("South Harrow",
// "Port Tewfik", "Lake Como"), not a person's name (surnameTokens).
var placeQualifiers = setOf(`north south east west northern southern eastern western central northeast northwest
southeast southwest upper lower greater inner outer old new mid middle far near little great grand high low
royal port fort mount mt lake cape bay isle island saint st ste san santa sao el al la le las los des du de
ras bandar kota kuala tel nizhny veliky novo nova novy novaya staro stary downtown metro`)

// stormNouns, capitalised before a capitalised word, name a storm after a
// person ("Hurricane Harvey", "Typhoon Haiyan", "Cyclone Idai", "Storm
// Ciarán", "Tropical Storm Alberto"): that word is no place in the article
// (personTokens).
var stormNouns = setOf(`hurricane typhoon cyclone storm`)

// vesselNouns right before a name make it a ship's name, not a place:
// "the cruiser Moskva", "the carrier Liaoning", "the ship Vladivostok".
var vesselNouns = setOf(`ship ships vessel vessels warship cruiser destroyer frigate corvette carrier submarine
tanker supertanker freighter containership ferry liner yacht superyacht icebreaker trawler tug tugboat dredger
flagship schooner barge`)

// craftNouns after a place name (not a country) make it a model's name:
// "a Chinook helicopter", "an Apache gunship", "a Kalashnikov rifle"
// (craftName). Words that also name attacks on a place ("a Kyiv missile
// strike", "the Moscow drone attack") are not in it.
var craftNouns = setOf(`helicopter helicopters gunship gunships rifle rifles bomber bombers howitzer howitzers`)

// flagNouns after a place name make it a flag or an affair, not a place:
// "boats flying the Dutch and Vanuatu flags", "selling Vatican flags",
// "the Vatican leaks trial" (flagName).
var flagNouns = setOf(`flag flags leaks`)

// captionWords start a caption or credit line: "Photo: Xinhua",
// "Caption: ... / Reuters" (photoCredit).
var captionWords = setOf(`caption photo photograph picture image credit`)

// teamRoles after a place name make it a sports team's name: "the Brazil
// striker", "the Japan squad" (teamRole).
var teamRoles = setOf(`striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers keeper
winger wingers fullback playmaker footballer footballers squad`)

// vehicleNouns after a name that can only be a small settlement make it a
// model's or a brand's: "a Fuxing bullet train" (accept).
var vehicleNouns = setOf(`train trains jet jets airliner airliners bus buses truck trucks car cars`)

// sourceParticiples before "by" make the name after it a news source when
// it can only be a small settlement: "photographs released by Xinhua".
var sourceParticiples = setOf(`released published reported quoted carried distributed issued cited`)
