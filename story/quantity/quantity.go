package quantity

// Kinds of quantity.
const (
	Distance = "distance"
	Duration = "duration"
	Count    = "count"
	Percent  = "percent"
	Money    = "money"
	Date     = "date"
)

// Value is a number with a unit.
type Value struct {
	Value float64
	Unit  string
}

// Quantity is a number found in a sentence.
type Quantity struct {
	// Kind is Distance, Duration, Count, Percent, Money or Date.
	Kind string
	// Value and Unit are as written ("420", "mile"); Unit is singular.
	// Counts have the unit "count"; dates "date".
	Value float64
	Unit  string
	// Normalized is in km (distance), h (duration), count, % (percent), an
	// ISO 4217 code (money, not converted) or "date" with Value the days
	// since 1970-01-01 of the first day.
	Normalized Value
	// ISO is the ISO 8601 date or interval for dates: "2020-01",
	// "2023-09-10/2023-09-13", "--09-10/--09-13" when the year is unknown.
	ISO string
	// Qualifier is a hedge around the number: "about", "more than", "or
	// more", "tens of thousands", "a mere" ...
	Qualifier string
	// About is what the number measures or counts, when the sentence says:
	// the noun after it ("trip", "North Koreans").
	About string
	// Places are capitalised names near the number (a heuristic; the caller
	// may replace them with geoparsed places before calling Conflicts).
	Places []string
	// Start and End are the byte range of the matched text in Sentence
	// (see Text). They and SentenceIndex are 32-bit: a story's text is at
	// most a few GiB in all (docs/limits.md), a sentence far less, and a big
	// story keeps millions of quantities.
	Start, End int32
	// SentenceIndex is the sentence's index among the article's sentences.
	SentenceIndex int32
	// Source is the source id; Sentence the sentence text. Both share the
	// strings they were extracted from (the article's): a quantity holds
	// no copy of any text.
	Source   string
	Sentence string
}

// Text is the matched text: Sentence[Start:End], "" when the range is not
// in Sentence.
func (q *Quantity) Text() string {
	if q.Start < 0 || q.Start > q.End || int(q.End) > len(q.Sentence) {
		return ""
	}
	return q.Sentence[q.Start:q.End]
}
