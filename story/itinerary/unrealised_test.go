package itinerary

import "testing"

// TestUnrealisedMoves: moves called off, planned and not made, or
// hypothetical are no movement; real moves told next to them still are.
func TestUnrealisedMoves(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"called off after", "The visit to Lisbon and Paris was called off at the last moment.", ""},
		{"was cancelled after", "Her trip to Nairobi was cancelled because of the strikes.", ""},
		{"has been postponed", "The minister's visit to Cairo has been postponed.", ""},
		{"cancelled a stop", "He cancelled a stop in Tokyo because of the storm.", ""},
		{"scrapped plans to fly", "The president scrapped plans to fly to Hanoi.", ""},
		{"had been due to fly", "She had been due to fly to Lima on Sunday.", ""},
		{"had been planned to open in", "The trip had been planned to open in Paris, but the protests grew.", ""},
		{"originally meant to begin", "The tour was originally meant to begin in Paris on Sunday.", ""},
		{"was to have visited", "He was to have visited Nairobi on the way home.", ""},
		{"had planned to visit", "She had planned to visit Cairo as well.", ""},
		{"would have flown", "The delegation would have flown to Tokyo on Monday.", ""},
		{"could visit", "The pope could visit Hanoi next year, officials said.", ""},
		{"might travel", "He might travel to Lima in the spring.", ""},
		{"if he flies", "If he flies to Tokyo, he will meet the emperor.", ""},
		{"looked forward to going", "The palace said they looked forward to going to Paris as soon as possible.", ""},
		{"hopes to visit", "The minister hopes to visit Cairo before the summer.", ""},
		{"being considered", "Officials denied that a visit to Hanoi was being considered.", ""},
		{"considering a trip", "The chancellor is considering a trip to Tokyo.", ""},
		{"a real move after a plan", "She had planned to visit Cairo but flew to Nairobi instead.", "?>Nairobi"},
		{"a real move before a cancel", "He flew to Tokyo after the visit to Hanoi was cancelled.", "?>Tokyo"},
		{"was expected to is a plan told", "The president was expected to arrive in Hanoi on Sunday.", "?>Hanoi"},
		{"May, the month", "In May the minister visited Cairo.", "?>Cairo"},
		{"the month before a number", "The minister travelled to Cairo on May 5.", "?>Cairo"},
		{"a cancel in another clause", "The talks were cancelled, and he flew to Lima.", "?>Lima"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := movesOf(tc.text); got != tc.want {
				t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
