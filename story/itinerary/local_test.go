package itinerary

import "testing"

// TestFoldLocal: an airport or a venue that a leg joins to its own city is
// folded into the city (no "Helsinki > Helsinki Airport" stop, no leg
// inside the city); two venues of one city that no leg joins to it keep
// the leg between them (a procession).
func TestFoldLocal(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string
	}{
		{"airport then its city", []string{
			"On Monday the minister flew from Lisbon to Helsinki Airport.",
			"On Monday she drove from Helsinki Airport to Helsinki.",
			"On Tuesday she flew from Helsinki to Tallinn."},
			"lisbon>helsinki:air:2024-03-11 helsinki>tallinn:air:2024-03-12 |"},
		{"a venue visited in the city", []string{
			"On Monday the minister flew from Lisbon to Geneva.",
			"On Monday she drove from Geneva to the Palais des Nations.",
			"On Tuesday she flew from the Palais des Nations to Vienna."},
			"lisbon>geneva:air:2024-03-11 geneva>vienna:air:2024-03-12 |"},
		{"an airport where the next leg leaves the city", []string{
			"On Monday the minister flew from Lisbon to Helsinki Airport.",
			"On Tuesday she flew from Helsinki to Tallinn."},
			"lisbon>helsinki:air:2024-03-11 helsinki>tallinn:air:2024-03-12 |"},
		{"an airport near a city of the trip", []string{
			"On Monday the minister flew from Lisbon to Helsinki Airport.",
			"On Tuesday she drove from Tallinn to Helsinki."},
			"lisbon>helsinki:air:2024-03-11 tallinn>helsinki:road:2024-03-12 |"},
		{"from the airport to a venue is no procession", []string{
			"On Monday the minister flew from Lisbon to Geneva Airport.",
			"On Monday she drove from Geneva Airport to the Palais des Nations.",
			"On Tuesday she flew from Geneva to Vienna."},
			"lisbon>geneva:air:2024-03-11 geneva>vienna:air:2024-03-12 |"},
		{"a procession between two venues", []string{
			"On Monday the minister flew from Lisbon to Geneva Airport.",
			"On Tuesday she drove from the Hotel Intercontinental to the Palais des Nations."},
			"lisbon>gva:air:2024-03-11 intercontinental>palais:road:2024-03-12 |"},
		{"an airport far from the city stays", []string{
			"On Monday the minister flew from Lisbon to Geneva Airport.",
			"On Tuesday she drove from Geneva Airport to Vienna."},
			"lisbon>gva:air:2024-03-11 gva>vienna:road:2024-03-12 |"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract([]Doc{doc(t, "a", "2024-03-13", tt.texts...)}, Options{})
			if got := legString(r.Trips); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// The place of the event itself (the best venue) stays a stop when its legs
// go beyond its town, though it lies within localKm of a town the trip
// stops at; a venue the trip only reaches from its own town is folded.
func TestFoldLocalKeepsTheEventPlace(t *testing.T) {
	for _, c := range []struct {
		name  string
		texts []string
		want  string
	}{
		{"event place, legs beyond its town", []string{
			"The boys were stuck in the Blue Hollow cave for two weeks.",
			"The boys were brought out of the Blue Hollow cave on Tuesday and flown by helicopter to the hospital in Port Ellis.",
			"On Friday they were driven home to Ridgeton."},
			"blue-hollow>port-ellis:air:2024-07-16 port-ellis>ridgeton:road:2024-07-19 |"},
		{"no event there: folded into the town", []string{
			"The boys were brought out of the Blue Hollow cave on Tuesday and flown by helicopter to the hospital in Port Ellis.",
			"On Friday they were driven home to Ridgeton."},
			"ridgeton>port-ellis:air:2024-07-16 port-ellis>ridgeton:road:2024-07-19 |"},
		{"event place reached from its town: folded", []string{
			"The boys were stuck in the Blue Hollow cave for two weeks.",
			"The divers drove from Port Ellis to Ridgeton on Monday.",
			"On Tuesday the divers drove from Ridgeton to the Blue Hollow cave."},
			"port-ellis>ridgeton:road:2024-07-15 |"},
	} {
		r := Extract([]Doc{doc(t, "a", "2024-07-20", c.texts...)}, Options{})
		if got := legString(r.Trips); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
