package itinerary

import (
	"strings"
	"testing"
)

// TestOutboundFromHome: a trip told from its first stop on, that ends by
// going home ("left Tokyo for Lisbon, ending a trip"), started at home:
// the outbound leg is inferred, and the notes say so. Not when the trip
// tells where it left from, nor when the return goes to a place it left.
func TestOutboundFromHome(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string // legs
		note  bool
	}{
		{"inferred", []string{
			"The minister began the trip on Monday in Hanoi.",
			"On Tuesday she flew from Hanoi to Tokyo.",
			"On Wednesday she left Tokyo for Lisbon, ending a trip that had also taken her to Vietnam."},
			"lisbon>hanoi:air: hanoi>tokyo:air:2024-03-12 tokyo>lisbon:air:2024-03-13 |", true},
		{"the departure is told", []string{
			"On Monday the minister flew from Paris to Hanoi.",
			"On Tuesday she flew from Hanoi to Tokyo.",
			"On Wednesday she flew back to Lisbon."},
			"paris>hanoi:air:2024-03-11 hanoi>tokyo:air:2024-03-12 tokyo>lisbon:air:2024-03-13 |", false},
		{"no return", []string{
			"The minister began the trip on Monday in Hanoi.",
			"On Tuesday she flew from Hanoi to Tokyo."},
			"hanoi>tokyo:air:2024-03-12 |", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract([]Doc{doc(t, "a", "2024-03-13", tt.texts...)}, Options{})
			if got := legString(r.Trips); got != tt.want {
				t.Errorf("legs %q, want %q", got, tt.want)
			}
			if got := strings.Contains(strings.Join(r.Notes, "; "), "inferred from the return"); got != tt.note {
				t.Errorf("notes %v: the inferred leg is noted: %v, want %v", r.Notes, got, tt.note)
			}
		})
	}
}
