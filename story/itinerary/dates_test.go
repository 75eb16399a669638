package itinerary

import (
	"testing"
	"time"
)

func TestFindDates(t *testing.T) {
	// 2024-03-13 is a Wednesday.
	doc := time.Date(2024, 3, 13, 0, 0, 0, 0, time.UTC)
	prev := time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		doc  time.Time
		want string // first date, "" when none is resolved, "-" when no expression
	}{
		{"He flew out on Saturday.", doc, "2024-03-09"},
		{"He arrived late Sunday.", doc, "2024-03-10"},
		{"Talks ended on Tuesday morning.", doc, "2024-03-12"},
		{"The plane landed on Wednesday.", doc, "2024-03-13"}, // the article's own day
		{"He left last Wednesday.", doc, "2024-03-06"},
		{"He will arrive on Friday.", doc, "2024-03-15"},
		{"She will travel on Wednesday.", doc, "2024-03-13"},
		{"They meet next Wednesday.", doc, "2024-03-20"},
		{"He is expected to arrive on Monday.", doc, "2024-03-18"},
		{"Saturday's flight was delayed.", doc, "2024-03-09"},
		{"He arrived yesterday.", doc, "2024-03-12"},
		{"The ship had hoisted its sails on Saturday, when he landed.", doc, "2024-03-09"}, // "its sails" is no scheduled move
		{"On Saturday he sails for Lisbon.", doc, "2024-03-16"},
		{"She arrives tomorrow.", doc, "2024-03-14"},
		{"The train left the next day.", doc, "2024-03-10"}, // prev + 1
		{"Two days later he flew home.", doc, "2024-03-11"},
		{"The summit opened Sept. 10.", doc, "2023-09-10"},
		{"The summit will open on Sept. 10.", doc, "2024-09-10"},
		{"He arrived on Dec. 30.", time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), "2023-12-30"},
		{"April 20 begins with a Mass in the cathedral.", doc, "2024-04-20"}, // a programme, weeks ahead: this year's
		{"The summit opened May 20.", doc, "2023-05-20"},                     // over scheduleDays ahead: last year's
		{"He flew on 10 September 2019.", doc, "2019-09-10"},
		{"He flew on September 10, 2019.", doc, "2019-09-10"},
		{"She arrived on March 3.", doc, "2024-03-03"},
		{"On Sunday, March 3, the convoy left.", doc, "2024-03-03"},        // the date, not the last Sunday (March 10)
		{"He flew on Friday 1 March.", doc, "2024-03-01"},                  // the date, not March 8
		{"The coffin left on Tuesday, as planned.", doc, "2024-03-12"},     // no date after the weekday
		{"They met on Sunday, 3 March 2019, in Hanoi.", doc, "2019-03-03"}, // with its year
		{"Flights resumed on 31 April.", doc, ""},                          // no such day
		{"He visited last week.", doc, ""},
		{"He visited earlier this year.", doc, ""},
		{"He arrived on Saturday.", time.Time{}, ""}, // no article date
		{"He flew on 10 September 2019.", time.Time{}, "2019-09-10"},
		{"In May he flew home.", doc, "-"},
		{"The Sunday Times reported it.", doc, "2024-03-10"}, // a known limit: read as a day
		{"sunday school was closed.", doc, "-"},
		// a plan told in the past, and the present of a scheduled move
		{"Late on Thursday she was to leave Oslo for Bergen.", doc, "2024-03-14"},
		{"He was due to arrive on Friday.", doc, "2024-03-15"},
		{"On Sunday she flies from Lima to Cusco.", doc, "2024-03-17"},
		{"The team travels to Cairo on Monday.", doc, "2024-03-18"},
		{"He was to blame for Monday's delay.", doc, "2024-03-11"}, // "was to" + no movement verb
		{"She travelled to Cairo on Monday.", doc, "2024-03-11"},
		{"On Sunday he plans a day trip to Cusco.", doc, "2024-03-17"},
		{"Lula plans a visit to Cairo on Monday.", doc, "2024-03-18"},
		{"Their plans a week ago changed on Monday.", doc, "2024-03-11"}, // a noun
		// a day of the month with no month: the one nearest prev (2024-03-09)
		{"On the 18th he goes north to Cusco.", doc, "2024-03-18"},
		{"He will say Mass on the 16th and fly home.", doc, "2024-03-16"},
		{"He flew home on the 5th.", doc, "2024-03-05"},
		{"He flew home on the 30th.", doc, "2024-03-30"},
		{"They stayed on the 18th floor.", doc, "-"},
		{"It was the 5th anniversary of the crash.", doc, "-"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := tokenize(tt.text, nil, nil)
			ds := findDates(toks, tt.doc, prev, isFuture(toks))
			got := "-"
			if len(ds) > 0 {
				got = ""
				if ds[0].known {
					got = ds[0].date.Format(time.DateOnly)
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOrdinalDayWithoutPrev: "the 18th" with no date told before it is
// read against the article date, like a date with no year.
func TestOrdinalDayWithoutPrev(t *testing.T) {
	doc := time.Date(2024, 3, 13, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"He arrived on the 10th.", "2024-03-10"},
		{"He arrived on the 20th.", "2024-02-20"},
		{"He will arrive on the 20th.", "2024-03-20"},
		{"He will arrive on the 2nd.", "2024-04-02"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, nil, nil)
		ds := findDates(toks, doc, time.Time{}, isFuture(toks))
		got := ""
		if len(ds) > 0 && ds[0].known {
			got = ds[0].date.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestYearSpans: a year that starts a period ("of 1973 to 1990") is no
// year of the move; a year alone is.
func TestYearSpans(t *testing.T) {
	doc := time.Date(2018, 1, 17, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		year int
	}{
		{"He flew in and spoke of the dictatorship of 1973 to 1990.", 0},
		{"The war of 1914 and 1918 was recalled.", 0},
		{"He first flew to Lima in 2015.", 2015},
		{"He flew to Lima in 2015 and to Cusco in 2016.", 2015},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, nil, nil)
		got := 0
		for _, d := range findDates(toks, doc, time.Time{}, false) {
			if d.year != 0 {
				got = d.year
				break
			}
		}
		if got != tt.year {
			t.Errorf("%q: year %d, want %d", tt.text, got, tt.year)
		}
	}
}

func TestNearestWeekday(t *testing.T) {
	wed := time.Date(2024, 3, 13, 0, 0, 0, 0, time.UTC)
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		for _, fwd := range []bool{false, true} {
			for _, strict := range []bool{false, true} {
				got := nearestWeekday(wed, wd, fwd, strict)
				if got.Weekday() != wd {
					t.Errorf("%v fwd=%v: weekday %v", wd, fwd, got.Weekday())
				}
				diff := int(got.Sub(wed).Hours() / 24)
				lo, hi := -6, 0
				if fwd {
					lo, hi = 0, 6
				}
				if strict {
					lo, hi = lo+boolInt(!fwd)*-1, hi+boolInt(fwd)
					if diff == 0 {
						t.Errorf("%v strict gave the same day", wd)
					}
				}
				if diff < lo || diff > hi {
					t.Errorf("%v fwd=%v strict=%v: %d days away", wd, fwd, strict, diff)
				}
			}
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestTimelineEntry: a sentence opening with a clock time or a part of the
// day and a dash is a live timeline entry, whose present tense tells what
// happened; elsewhere "he flies to X" is a plan.
func TestTimelineEntry(t *testing.T) {
	tests := []struct {
		text           string
		timeline, plan bool
	}{
		{"08:30 — The minister lands at Helsinki Airport.", true, false},
		{"21:37 CET (22:37) — The train leaves Vienna for Budapest.", true, false},
		{"Evening — The plane takes off for Lisbon.", true, false},
		{"Evening — The plane will take off for Lisbon.", true, true},
		{"On Sunday he flies to Lisbon.", false, true},
		{"2,500 people — mostly students — march to Lisbon.", false, false},
		{"After 20:00 CET (21:00) — The train crosses into Hungary.", false, false},
	}
	for _, tt := range tests {
		s := sent(0, tt.text)
		toks := tokenize(s.Text, s.Mentions, nil)
		if got := timelineEntry(s.Text, toks); got != tt.timeline {
			t.Errorf("%q: timeline %v, want %v", tt.text, got, tt.timeline)
		}
		if got := futureIn(toks, !timelineEntry(s.Text, toks)); got != tt.plan {
			t.Errorf("%q: plan %v, want %v", tt.text, got, tt.plan)
		}
	}
}
