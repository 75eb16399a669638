package analysis

import (
	"testing"
	"testing/fstest"

	"github.com/storylens/storylens/story"
)

// A draft's step at the venue is dated by the traveller's arrival there,
// not by the articles that announced the event weeks before.
func TestVenueStepDatedByArrival(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/01.md": {Data: []byte("---\ntitle: Summit ahead\ndate: 2023-08-07\n---\n" +
			"The summit will be held at the Harbour Convention Centre in Johannesburg later this month.\n\n" +
			"Leaders will meet at the Harbour Convention Centre for three days.\n")},
		"articles/02.md": {Data: []byte("---\ntitle: Summit ahead 2\ndate: 2023-08-08\n---\n" +
			"Talks at the Harbour Convention Centre in Johannesburg are expected to draw dozens of leaders.\n")},
		"articles/03.md": {Data: []byte("---\ntitle: Arrival\ndate: 2023-08-22\n---\n" +
			"The president flew from Beijing to Johannesburg on Tuesday for the summit.\n")},
	}
	shown := draftOf(t, fsys, "summit")
	var venue *story.Step
	for i := range shown.Steps {
		t.Logf("step %s %s %q", shown.Steps[i].ID, shown.Steps[i].Date, shown.Steps[i].Title)
		if shown.Steps[i].Title == "At Harbour Convention Centre" {
			venue = &shown.Steps[i]
		}
	}
	if venue == nil {
		t.Fatal("no step at the venue")
	}
	if venue.Date != "2023-08-22" {
		t.Errorf("venue step dated %q, want the arrival, 2023-08-22", venue.Date)
	}
}

// A step at the venue takes the day its sentences name for the event there
// when that day falls in the week after the arrival ("talks at the palace on
// Thursday", two days after landing); a named day outside that week (a
// preview's date, an anniversary) leaves the arrival's.
func TestVenueStepDatedByTheDayNamed(t *testing.T) {
	for _, tc := range []struct {
		name, talks, want string
	}{
		{"two days after the arrival", "Talks at the Cedar Palace in Amman were held on Thursday.", "2023-08-24"},
		{"before the arrival", "A first round of talks at the Cedar Palace in Amman was held on August 1.", "2023-08-22"},
		{"weeks after the arrival", "Further talks at the Cedar Palace in Amman are planned for September 30.", "2023-08-22"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"articles/01.md": {Data: []byte("---\ntitle: Arrival\ndate: 2023-08-22\n---\n" +
					"The president flew from Cairo to Amman on Tuesday for talks at the Cedar Palace.\n")},
				"articles/02.md": {Data: []byte("---\ntitle: Talks\ndate: 2023-08-25\n---\n" + tc.talks + "\n\n" +
					"The talks at the Cedar Palace lasted four hours.\n")},
			}
			shown := draftOf(t, fsys, "talks")
			for _, st := range shown.Steps {
				t.Logf("step %s %s %q", st.ID, st.Date, st.Title)
				if st.Title == "At Cedar Palace" {
					if st.Date != tc.want {
						t.Errorf("venue step dated %q, want %s", st.Date, tc.want)
					}
					return
				}
			}
			t.Fatal("no step at the venue")
		})
	}
}

// draftOf loads the folder of articles in fsys as a draft named name,
// analyses it and returns the story as shown (Resolve).
func draftOf(t *testing.T, fsys fstest.MapFS, name string) *story.Story {
	t.Helper()
	s, ps := story.LoadFS(fsys, name)
	if ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	r, err := Run(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return Resolve(s, r)
}
