package quantity

import (
	"strings"
	"testing"
)

func TestConflicts(t *testing.T) {
	var qs []Quantity
	qs = append(qs, Extract("003", sents("After his 420-mile trip from Pyongyang by armored train, he was greeted."))...)
	// The sentence names one place; the lead adds the article's focus
	// place (003 is datelined Vladivostok), as story/analysis does.
	qs[0].Places = append(qs[0].Places, "Vladivostok")
	qs = append(qs, Extract("004", sents("Kim's 430-mile rail journey from Pyongyang ended in Vladivostok."))...)
	qs[1].Places = []string{"Pyongyang", "Vladivostok"}
	// The straight line between the same places is another thing than the
	// trip's length.
	qs = append(qs, Extract("005", sents("Vladivostok, which is a mere 460 miles northeast of Pyongyang, hosts the forum."))...)
	// The heuristic skips a sentence's first word; geoparsing, which
	// story/analysis puts in Places, finds both.
	qs[2].Places = []string{"Vladivostok", "Pyongyang"}
	// 2,500 miles and 4,000 km between the same places agree (0.6%).
	qs = append(qs, Extract("a", sents("The convoy drove 2,500 miles from Moscow to Omsk."))...)
	qs = append(qs, Extract("b", sents("The convoy covered 4,000 km between Moscow and Omsk."))...)
	// Different things: no conflict.
	qs = append(qs, Extract("c", sents("About 2,500 troops crossed near Kursk."))...)
	qs = append(qs, Extract("d", sents("Some 40 tanks crossed near Kursk."))...)
	cs := Conflicts(qs, Tolerances{})
	if len(cs) != 1 {
		t.Fatalf("want 1 conflict, got %d: %+v", len(cs), cs)
	}
	c := cs[0]
	if c.Verdict != "differ by 2.4% (16 km)" {
		t.Errorf("verdict %q", c.Verdict)
	}
	if strings.Join(c.Sources, ",") != "003,004" || len(c.Values) != 2 || c.Values[0] != (Value{420, "mile"}) {
		t.Errorf("conflict %+v", c)
	}
	if !strings.Contains(c.About, "Pyongyang") {
		t.Errorf("about %q", c.About)
	}
	// A wider tolerance accepts them.
	if cs := Conflicts(qs, Tolerances{Relative: 0.03}); len(cs) != 0 {
		t.Errorf("3%% tolerance: %+v", cs)
	}
}

func TestConflictsCountsAndBounds(t *testing.T) {
	var qs []Quantity
	qs = append(qs, Extract("a", sents("Officials said 2,500 troops were deployed."))...)
	qs = append(qs, Extract("b", sents("Reports said 3,000 troops were deployed."))...)
	qs = append(qs, Extract("c", sents("It lasted more than 18 months of war."))...)
	qs = append(qs, Extract("d", sents("It lasted 19 months of war."))...)
	cs := Conflicts(qs, Tolerances{})
	if len(cs) != 1 || cs[0].Kind != Count || cs[0].Verdict != "differ by 20% (500 count)" {
		t.Fatalf("got %+v", cs)
	}
}

// Distances that share only a person's name are not about the same thing.
func TestConflictsNotOnPersonNames(t *testing.T) {
	var qs []Quantity
	qs = append(qs, Extract("a", sents("Kim traveled 420 miles by train to the border."))...)
	qs = append(qs, Extract("b", sents("Kim traveled 60 miles by car to the coast."))...)
	if cs := Conflicts(qs, Tolerances{}); len(cs) != 0 {
		t.Errorf("conflict on a person's name: %+v", cs)
	}
}

// Conflicts only between values about the same thing: the same pair of
// places for distances, the same head noun and place for counts; vague
// amounts and values of different things never conflict. Each row is a pair
// of sentences from two sources.
func TestConflictsSameThing(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		// distances: the same pair conflicts, one shared place does not
		{"The convoy drove 300 km from Moscow to Omsk.", "The convoy covered 400 km between Moscow and Omsk.", 1},
		{"The couple flew down from Sydney, about 250 kilometres to the north-east.",
			"The flight from Sydney covers some 4,300 kilometres across to Apia.", 0},
		{"It lies some six nautical miles north of the entrance from the Gulf of Suez.",
			"The 193-kilometre canal between Port Said and Suez carries trade.", 0},
		{"Kim traveled 420 miles by train to Khasan.", "Kim traveled 60 miles by car to Khasan.", 0},
		// counts: the same noun and place conflicts, different places do not
		{"Officials said 2,500 troops were deployed near Kursk.", "Reports said 4,000 troops were deployed near Kursk.", 1},
		{"About 35,000 people attended Mass in Port Moresby.", "An estimated 600,000 people attended Mass in Dili.", 0},
		// a trip and one of its legs: not the same places
		{"Modi began a three-day visit to Poland and Ukraine.", "Modi began a two-day visit to Poland.", 0},
		{"Xi began a three-day visit to Paris.", "Xi began a two-day visit to Paris.", 1},
		{"More than 30 African heads of state are due at the gathering.",
			"At the summit in St Petersburg, 17 African heads of state took part.", 0},
		// counts of one noun with different predicates count different things
		{"The authorities said 104 people had been rescued.", "At least 78 people were confirmed dead.", 0},
		{"The authorities said 104 people had been rescued.", "Nine people were arrested over the sinking.", 0},
		{"The authorities said 104 people had been rescued.", "Officials said 140 people were rescued.", 1},
		// the size of a thing and a distance in an apposition to a noun that is no place
		{"The boat, 30 metres long, sank 80 km from Pylos near Kalamata.", "The boat sank 80 km from Pylos near Kalamata.", 0},
		{"They were driven from Kalamata to the camp, a fenced facility about 40 km outside Athens.",
			"They were taken to Kalamata, a port city about 180 km south-west of Athens.", 0},
		{"They were driven from Kalamata, a port city about 40 km outside Athens.",
			"They were taken to Kalamata, a port city about 180 km south-west of Athens.", 1},
		// a depth is the size of a thing, not a distance between the places its sentence names
		{"The ship sank 3,900 metres down on its way from Halifax to Boston.",
			"The ship sank 640 km out on its way from Halifax to Boston.", 0},
		{"The ship sank at a depth of 13,000 feet on its way from Halifax to Boston.",
			"The ship sank 640 km out on its way from Halifax to Boston.", 0},
		{"The ship sank 400 km out on its way from Halifax to Boston.",
			"The ship sank 640 km out on its way from Halifax to Boston.", 1},
		// a height ("at 35,000 feet"), an age and a magnitude are no distance, span or count
		{"The plane cruised at 35,000 feet from Paris to Rome.", "The flight covered 1,100 km from Paris to Rome.", 0},
		{"The 87-year-old pontiff arrived in Jakarta.", "The 86-year-old pontiff arrived in Jakarta.", 0},
		{"A 7.8-magnitude quake struck near Gaziantep.", "A 7.7-magnitude quake struck near Gaziantep.", 0},
		// vague amounts are orders of magnitude, not values
		{"Tens of thousands of people filed past it in Edinburgh.", "Hundreds of thousands of people waited in Edinburgh.", 0},
		{"Hundreds of ships had queued.", "The 20,000 ships were counted.", 0},
		// clock times and names are no counts
		{"His aircraft landed at about 9:35 p.m. local time.", "It left a little after 6 p.m. local time.", 0},
		{"He attends two summits this week.", "He then goes on to Rio for the Group of 20 summit.", 0},
	} {
		qs := append(Extract("a", sents(c.a)), Extract("b", sents(c.b))...)
		if cs := Conflicts(qs, Tolerances{}); len(cs) != c.want {
			t.Errorf("%q / %q: %d conflicts, want %d: %+v", c.a, c.b, len(cs), c.want, cs)
		}
	}
}
