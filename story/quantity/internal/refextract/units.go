package refextract

// unit is a unit word: its kind, normalised unit and factor to it.
type unit struct {
	kind, name, norm string
	factor           float64
}

// units maps written unit words (lower case) to units. Months are 30.44
// days and years 365.25 days.
var units = func() map[string]unit {
	m := map[string]unit{}
	add := func(kind, name, norm string, factor float64, words ...string) {
		for _, w := range words {
			m[w] = unit{kind, name, norm, factor}
		}
	}
	add(Distance, "mile", "km", 1.609344, "mile", "miles", "mi")
	add(Distance, "km", "km", 1, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
	add(Distance, "m", "km", 0.001, "metre", "metres", "meter", "meters")
	add(Distance, "foot", "km", 0.0003048, "foot", "feet", "ft")
	add(Distance, "yard", "km", 0.0009144, "yard", "yards")
	add(Distance, "nautical mile", "km", 1.852, "nautical mile", "nautical miles")
	add(Duration, "second", "h", 1.0/3600, "second", "seconds", "sec", "secs")
	add(Duration, "minute", "h", 1.0/60, "minute", "minutes", "min", "mins")
	add(Duration, "hour", "h", 1, "hour", "hours", "hr", "hrs")
	add(Duration, "day", "h", 24, "day", "days")
	add(Duration, "week", "h", 24*7, "week", "weeks")
	add(Duration, "month", "h", 24*30.436875, "month", "months")
	add(Duration, "year", "h", 24*365.25, "year", "years")
	add(Duration, "decade", "h", 24*3652.5, "decade", "decades")
	add(Percent, "%", "%", 1, "%", "percent", "per cent", "pct")
	add(Money, "USD", "USD", 1, "dollar", "dollars", "usd")
	add(Money, "EUR", "EUR", 1, "euro", "euros", "eur")
	add(Money, "GBP", "GBP", 1, "pound", "pounds", "gbp")
	add(Money, "RUB", "RUB", 1, "rouble", "roubles", "ruble", "rubles", "rub")
	add(Money, "KRW", "KRW", 1, "won", "krw")
	add(Money, "CNY", "CNY", 1, "yuan", "cny")
	add(Money, "JPY", "JPY", 1, "yen", "jpy")
	return m
}()

// currencySymbols precede a number: "$2 billion".
var currencySymbols = map[string]string{"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "¥": "JPY", "₽": "RUB"}

// spelled are number words.
var spelled = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// multipliers follow a number: "1.5 million".
var multipliers = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "mn": 1e6}

// vague are plural number phrases: "tens of thousands (of)".
var vague = []struct {
	phrase string
	value  float64
}{
	{"hundreds of thousands", 1e5}, {"tens of thousands", 1e4}, {"tens of millions", 1e7},
	{"hundreds of millions", 1e8}, {"millions", 1e6}, {"thousands", 1e3}, {"hundreds", 100}, {"dozens", 12},
}

// qualifiersBefore hedge a number that follows them.
var qualifiersBefore = []string{"more than", "less than", "fewer than", "at least", "at most", "up to", "nearly",
	"almost", "about", "around", "roughly", "approximately", "some", "over", "under", "a mere", "only", "just",
	"as many as", "as much as", "an estimated", "estimated"}

// qualifiersAfter hedge a number before them: "20 hours or more".
var qualifiersAfter = []string{"or more", "or so", "or less", "or longer", "plus"}
