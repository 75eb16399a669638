package itinerary_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/storylens/storylens/story/itinerary"
)

// mention places name in text (a stand-in for story/geoparse).
func mention(text, name, id, kind string, lat, lon float64) itinerary.Mention {
	i := strings.Index(text, name)
	return itinerary.Mention{PlaceID: id, Name: name, Kind: kind, Lat: lat, Lon: lon, Start: i, End: i + len(name)}
}

func Example() {
	s1 := "The prime minister flew from Lisbon to New York on Saturday."
	s2 := "Talks will be held at the Lotte New York Palace on Monday."
	doc := itinerary.Doc{
		Source: "wire",
		Date:   time.Date(2024, 9, 23, 0, 0, 0, 0, time.UTC), // a Monday
		Sentences: []itinerary.Sentence{
			{Index: 0, Text: s1, Mentions: []itinerary.Mention{
				mention(s1, "Lisbon", "lisbon", "capital", 38.7167, -9.1333),
				mention(s1, "New York", "new-york", "city", 40.7143, -74.006),
			}},
			{Index: 1, Text: s2, Mentions: []itinerary.Mention{
				mention(s2, "New York", "new-york", "city", 40.7143, -74.006),
			}},
		},
	}
	r := itinerary.Extract([]itinerary.Doc{doc}, itinerary.Options{})
	for _, t := range r.Trips {
		for _, l := range t.Legs {
			fmt.Printf("%s: %s -> %s by %s on %s, %d points\n", t.ID, l.From, l.To, l.Mode, l.Date, len(l.Geometry))
		}
	}
	for _, v := range r.Venues {
		fmt.Printf("venue %s (approximate %v, score %.1f)\n", v.Name, v.Approximate, v.Score)
	}
	// Output:
	// trip-1: lisbon -> new-york by air on 2024-09-21, 110 points
	// venue Lotte New York Palace (approximate true, score 4.0)
}
