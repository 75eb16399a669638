// Package corpus generates synthetic news corpora for benchmarks: N articles
// of about a given length, written like wire reports about a summit between
// two leaders, with real place names, dates, quantities, quotes repeated
// across outlets, and sentences that vary in wording. It is deterministic
// for a seed, so benchmark runs compare like with like.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Article is one generated article.
type Article struct {
	Name string // file name, e.g. "a00042.md"
	Text []byte // front matter + body
}

// Options control generation.
type Options struct {
	Articles int    // how many (default 100)
	Words    int    // approximate words per article (default 600)
	Seed     uint64 // random seed (default 1)
}

var (
	cities = []string{"Vladivostok", "Pyongyang", "Seoul", "Moscow", "Beijing", "Tokyo", "Washington", "Brussels",
		"Kyiv", "Geneva", "Hanoi", "Singapore", "Jakarta", "Nairobi", "Lagos", "Cairo", "Istanbul", "Ankara",
		"Berlin", "Paris", "Madrid", "Lisbon", "Warsaw", "Vilnius", "Riga", "Helsinki", "Oslo", "Stockholm",
		"Delhi", "Mumbai", "Karachi", "Tehran", "Baghdad", "Riyadh", "Doha", "Dubai", "Manila", "Bangkok",
		"Canberra", "Sydney", "Ottawa", "Toronto", "Mexico City", "Brasilia", "Buenos Aires", "Santiago", "Lima",
		"Bogota", "Havana", "Khabarovsk", "Irkutsk", "Novosibirsk", "Harbin", "Shenyang", "Busan", "Osaka"}
	countries = []string{"Russia", "North Korea", "South Korea", "China", "Japan", "Ukraine", "the United States",
		"Germany", "France", "India", "Iran", "Turkey", "Brazil", "Mexico", "Vietnam", "Indonesia", "Kenya"}
	leaders  = []string{"the president", "the prime minister", "the foreign minister", "the defence minister", "the leader"}
	outlets  = []string{"Wire Service", "Daily Ledger", "Evening Courier", "World Desk", "Morning Post", "Herald Online"}
	verbs    = []string{"said", "told reporters", "announced", "confirmed", "reported", "stated"}
	days     = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months   = []string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	quotes   = []string{"pay a price", "huge mistake", "in the coming days", "a new chapter", "deeply concerning", "mutual respect"}
	topics   = []string{"energy supplies", "grain exports", "arms sales", "satellite technology", "port access", "rail links", "food aid"}
	vehicles = []string{"armored train", "special train", "motorcade", "government plane", "ferry"}
)

// templates are sentence shapes; each placeholder is filled at random.
var templates = []string{
	"{LEADER} of {COUNTRY} will visit {CITY} in the coming days, officials {VERB} on {DAY}.",
	"The talks in {CITY} are expected to focus on {TOPIC} and {TOPIC}, according to {OUTLET}.",
	"{LEADER} left {CITY} late on {DAY} aboard a {VEHICLE} bound for {CITY2}.",
	"The trip of about {N} miles ({KM} kilometers) was expected to take {H} hours or more.",
	"Officials in {CITY} warned that {COUNTRY} would \"{QUOTE}\" if the deal went ahead.",
	"Analysts {VERB} the meeting would be the first since {MONTH} {YEAR}, when talks in {CITY} broke down.",
	"{COUNTRY} has {VERB} it is seeking {TOPIC} from {COUNTRY2} in exchange for {TOPIC}.",
	"Security was stepped up at the main station in {CITY}, where the delegation is expected to arrive.",
	"A spokesman {VERB} the two sides would sign as many as {COUNT} agreements during the visit.",
	"Trade between {COUNTRY} and {COUNTRY2} rose {PCT}% last year, customs data showed.",
	"The forum, which runs from {MONTH} {D1}-{D2}, drew delegations from {COUNT} countries.",
	"{CITY} lies about {N} miles northeast of {CITY2}, close to the border with {COUNTRY}.",
	"It would be a \"{QUOTE}\" to supply weapons, {LEADER} {VERB} in {CITY}.",
	"Crowds gathered near the harbour in {CITY} as the {VEHICLE} pulled in shortly after noon.",
	"State media in {COUNTRY} made no mention of the trip as of {DAY} evening.",
	"Mr. Lee, a researcher at a U.S. institute in {CITY}, {VERB} the summit signals closer ties.",
	"The U.N. has imposed sanctions on {COUNTRY} since {YEAR}, and {COUNT} resolutions remain in force.",
	"Satellite images showed a train moving back and forth across a bridge near {CITY}.",
}

// Generate makes a corpus.
func Generate(o Options) []Article {
	if o.Articles <= 0 {
		o.Articles = 100
	}
	if o.Words <= 0 {
		o.Words = 600
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed*7919+1))
	out := make([]Article, 0, o.Articles)
	for i := 0; i < o.Articles; i++ {
		out = append(out, article(rng, i, o.Words))
	}
	return out
}

func pick(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

func article(rng *rand.Rand, i, words int) Article {
	var b strings.Builder
	year := 2015 + rng.IntN(10)
	month := 1 + rng.IntN(12)
	day := 1 + rng.IntN(28)
	outlet := pick(rng, outlets)
	fmt.Fprintf(&b, "---\ntitle: %s to meet in %s\noutlet: %s\ndate: %04d-%02d-%02d\nlanguage: en\n---\n\n",
		pick(rng, []string{"Leaders", "Delegations", "Ministers"}), pick(rng, cities), outlet, year, month, day)
	n := 0
	para := 0
	for n < words {
		s := fill(rng, pick(rng, templates), year)
		b.WriteString(s)
		n += len(strings.Fields(s))
		para++
		if para%3 == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteByte('\n')
	return Article{Name: fmt.Sprintf("a%05d.md", i), Text: []byte(b.String())}
}

func fill(rng *rand.Rand, t string, year int) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			break
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			b.WriteString(t)
			break
		}
		b.WriteString(t[:i])
		b.WriteString(value(rng, t[i+1:i+j], year))
		t = t[i+j+1:]
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func value(rng *rand.Rand, key string, year int) string {
	switch key {
	case "LEADER":
		return pick(rng, leaders)
	case "COUNTRY", "COUNTRY2":
		return pick(rng, countries)
	case "CITY", "CITY2":
		return pick(rng, cities)
	case "VERB":
		return pick(rng, verbs)
	case "DAY":
		return pick(rng, days)
	case "TOPIC":
		return pick(rng, topics)
	case "OUTLET":
		return pick(rng, outlets)
	case "VEHICLE":
		return pick(rng, vehicles)
	case "QUOTE":
		return pick(rng, quotes)
	case "MONTH":
		return pick(rng, months)
	case "YEAR":
		return fmt.Sprint(year - 1 - rng.IntN(5))
	case "N":
		return fmt.Sprint(100 + rng.IntN(900))
	case "KM":
		return fmt.Sprint(160 + rng.IntN(1400))
	case "H":
		return fmt.Sprint(2 + rng.IntN(30))
	case "COUNT":
		return fmt.Sprint(2 + rng.IntN(40))
	case "PCT":
		return fmt.Sprintf("%.1f", rng.Float64()*40)
	case "D1":
		return fmt.Sprint(1 + rng.IntN(14))
	case "D2":
		return fmt.Sprint(15 + rng.IntN(13))
	}
	return key
}
