package story

import (
	"fmt"
	"testing"
)

func TestSourceByIDIndexed(t *testing.T) {
	s := &Story{sources: &sourceIndex{}}
	for i := 0; i < 100; i++ {
		s.Sources = append(s.Sources, &Source{ID: fmt.Sprint("s", i)})
	}
	if got := s.SourceByID("s42"); got == nil || got.ID != "s42" {
		t.Fatalf("SourceByID(s42) = %v", got)
	}
	if s.SourceByID("nope") != nil {
		t.Error("an unknown id found")
	}
	// A copy shares the index; a source appended later is still found.
	c := *s
	c.Sources = append(c.Sources, &Source{ID: "late"})
	if got := c.SourceByID("late"); got == nil {
		t.Error("a source added after the index was built is not found")
	}
	// Replaced in place: the index does not return a wrong source.
	s.Sources[3] = &Source{ID: "swapped"}
	if got := s.SourceByID("s3"); got != nil {
		t.Errorf("SourceByID(s3) = %v after it was replaced", got.ID)
	}
	if got := s.SourceByID("swapped"); got == nil {
		t.Error("the replacing source is not found")
	}
}
