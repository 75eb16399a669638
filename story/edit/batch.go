package edit

import (
	"github.com/storylens/storylens/story"
)

// Batch applies several operations as one: all of them in order, or none
// (the first refusal is returned and nothing changes), undone by one Undo.
// The app uses it where one gesture makes several edits, e.g. drawing a
// route by clicking the map: the new places, the route and its stops.
type Batch struct {
	// Label names the batch for a menu ("draw route"); "" names it after
	// its first operation.
	Label string
	Ops   []Op
}

// Describe implements Op.
func (b Batch) Describe() string {
	if b.Label != "" || len(b.Ops) == 0 {
		if b.Label == "" {
			return "edit"
		}
		return b.Label
	}
	return b.Ops[0].Describe()
}

func (b Batch) apply(s *story.Story) error {
	if len(b.Ops) == 0 {
		return refuse(b, "no operations")
	}
	// Each operation copies on write from the state the previous one left
	// in s, so the states in between are never shared with the history;
	// Editor.Apply drops s when one is refused.
	for _, op := range b.Ops {
		if op == nil {
			return refuse(b, "no operation")
		}
		if err := op.apply(s); err != nil {
			return err
		}
	}
	return nil
}
