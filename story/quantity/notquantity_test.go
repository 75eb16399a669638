package quantity

import (
	"strings"
	"testing"
)

// Numbers that are not distances or counts (clock times, model numbers,
// names, speeds) give no quantity; the amounts next to them still do.
func TestNotAmounts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string // q() of each quantity; empty: none
	}{
		// clock times
		{"At 2:20 p.m. Biden arrived at the museum.", nil},
		{"His aircraft landed at about 9:35 p.m. local time.", nil},
		{"It left a little after 6 p.m. local time.", nil},
		{"The talks began at 10:30 and ended at 14:00.", nil},
		{"He landed shortly after 3:30 p.m. local time (06:30 GMT) on Saturday.", nil},
		{"The meeting starts at 11am with 300 delegates.", []string{`count 300 count -> 300 count {delegates} "300"`}},
		// model numbers and names
		{"A MiG-31I escorted the plane.", nil},
		{"He flew on a Boeing 747 to Rome.", nil},
		{"He travelled aboard a Royal Australian Air Force C-130 Hercules.", nil},
		{"He then goes on to Rio de Janeiro for the Group of 20 summit.", nil},
		{"Leaders of the G20 met in Rio.", nil},
		{"Fans lined Route 66 for hours.", nil},
		{"The F-16 jets and 12 tanks arrived.", []string{`count 12 count -> 12 count {tanks} "12"`}},
		// ages and magnitudes
		{"The 87-year-old pontiff arrived in Jakarta.", nil},
		{"His 19-year-old son and a two-month-old baby were aboard.", nil},
		{"She is 85 years old and has 3 grandchildren.", []string{`count 3 count -> 3 count {grandchildren} "3"`}},
		{"A 7.8-magnitude quake struck, and a magnitude 6.7 aftershock followed.", nil},
		{"About 1.5 million people fled.", []string{`count 1.5e+06 count -> 1.5e+06 count (about) {people} "1.5 million"`}},
		// speeds
		{"Gusts of about 40 knots, or 74 kilometres an hour, pushed it out.", nil},
		{"The train runs at 80 km/h on that line.", nil},
		{"Winds reached 60 mph near the coast.", nil},
		{"The train averaged 45 miles per hour.", nil},
		// amounts that stay
		{"The trip of 430 miles took 20 hours.", []string{`distance 430 mile -> 692 km "430 miles"`, `duration 20 hour -> 20 h "20 hours"`}},
		{"About 2,500 troops crossed.", []string{`count 2500 count -> 2500 count (about) {troops} "2,500"`}},
		{"Some 20 ships waited.", []string{`count 20 count -> 20 count (some) {ships} "20"`}},
		{"The 1990s were hard; 25th anniversary.", nil},
		{"The railway runs 10km from the port.", []string{`distance 10 km -> 10 km "10km"`}},
	} {
		var got []string
		for _, x := range Extract("s", sents(c.in)) {
			if x.Kind != Date {
				got = append(got, q(x))
			}
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// A length followed by long, wide, tall ... is the size of a thing: About
// says so, and Checks leave it alone.
func TestDimensions(t *testing.T) {
	for _, c := range []struct {
		in, about string
	}{
		{"The ship is nearly 400 metres long.", "long"},
		{"A kapok tree that can grow 50 metres tall.", "tall"},
		{"The tunnel runs 28.3 metres beneath a road.", "beneath"},
		{"The canal is 193 km in length.", "in length"},
		{"Vladivostok is 430 miles northeast of Pyongyang.", ""},
		// Depths: down, under, "a depth of".
		{"The old liner lies about 3,800 metres down, off Halifax.", "down"},
		{"The probe broke apart more than two miles under the Pacific.", "under"},
		{"The craft vanished at a depth of roughly 13,000 feet near Oslo.", "depth"},
		{"Divers worked at an altitude of 4,000 metres.", "altitude"},
		{"The bus drove 30 km down the coast to Split.", ""},
		{"A length of 12 km separates Nice from Cannes.", "length"},
		{"The jet was cruising at 35,000 feet over Lyon.", "height"},
		{"Divers worked at about 40 metres off Malta.", "height"},
		{"The convoy stopped at 30 km from the border.", ""},
	} {
		qs := Extract("s", sents(c.in))
		if len(qs) != 1 || qs[0].Kind != Distance || qs[0].About != c.about {
			t.Errorf("%q: got %v, want one distance about %q", c.in, qs, c.about)
		}
	}
}
