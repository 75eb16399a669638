package edit

import (
	"fmt"
	"testing"

	"github.com/storylens/storylens/internal/corpus"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/article"
)

// bigStory is the fixture with 1,000 steps (copies of its three, with new
// ids), each naming places, claims and sources.
func bigStory(b *testing.B) *story.Story {
	s := loadFixture(b)
	base := s.Steps
	s.Steps = make([]story.Step, 0, 1000)
	for i := range 1000 {
		st := cloneStep(base[i%len(base)])
		st.ID = fmt.Sprintf("step-%d", i)
		s.Steps = append(s.Steps, st)
	}
	return s
}

// BenchmarkApplyUndo applies and undoes one operation on a 1,000-step
// story: a step's title, a step move, a place move, and deleting a place
// that a third of the steps name.
func BenchmarkApplyUndo(b *testing.B) {
	s := bigStory(b)
	for _, c := range []struct {
		name string
		op   Op
	}{
		{"SetStepTitle", SetStepTitle{ID: "step-500", Title: "changed"}},
		{"MoveStep", MoveStep{ID: "step-0", To: 999}},
		{"MovePlace", MovePlace{ID: "porto", Lon: -8.6, Lat: 41.2}},
		{"DeletePlaceFromSteps", DeletePlace{ID: "belem-palace", FromSteps: true}},
	} {
		b.Run(c.name, func(b *testing.B) {
			e := New(s)
			b.ReportAllocs()
			for b.Loop() {
				if err := e.Apply(c.op); err != nil {
					b.Fatal(err)
				}
				e.Undo()
			}
		})
	}
}

// BenchmarkPreview runs Preview, as the Add claim dialog does at each
// keystroke, with a phrase and a regular expression over the articles of
// internal/corpus (200 made-up articles of about 600 words).
func BenchmarkPreview(b *testing.B) {
	s := &story.Story{}
	for i, a := range corpus.Generate(corpus.Options{Articles: 200, Words: 600}) {
		art, err := article.Parse(a.Name, a.Text)
		if err != nil {
			b.Fatal(err)
		}
		s.Sources = append(s.Sources, &story.Source{ID: fmt.Sprintf("s%d", i), File: a.Name, Article: art})
	}
	matchers := []string{"armored train", "/talks in [A-Z][a-z]+/"}
	ms, err := Preview(s, matchers)
	if err != nil || len(ms) == 0 {
		b.Fatalf("%d matches, %v", len(ms), err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Preview(s, matchers); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(ms)), "matches")
}
