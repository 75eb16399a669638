package edit

import (
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/markup"
)

// AddStep inserts Step at index At (0 puts it first, len(Steps) last). Its
// id must be new and everything it names must exist.
type AddStep struct {
	At   int
	Step story.Step
}

// DeleteStep removes the step with the given id.
type DeleteStep struct{ ID string }

// MoveStep moves the step with the given id to index To (0-based, in the
// order after the move).
type MoveStep struct {
	ID string
	To int
}

// SetStepTitle sets a step's title.
type SetStepTitle struct{ ID, Title string }

// SetStepDate sets a step's date: a day YYYY-MM-DD, a range
// YYYY-MM-DD/YYYY-MM-DD (start not after end), or "" for none.
type SetStepDate struct{ ID, Date string }

// SetStepBody sets a step's body (the Markdown subset of
// docs/story-format.md, at most markup.MaxBodyBytes).
type SetStepBody struct{ ID, Body string }

// SetStepPlaces sets the places a step shows (distinct place ids).
type SetStepPlaces struct {
	ID     string
	Places []string
}

// SetStepClaims sets the claims a step shows (distinct claim ids).
type SetStepClaims struct {
	ID     string
	Claims []string
}

// SetStepSources sets the sources a step comes from (distinct source ids).
type SetStepSources struct {
	ID      string
	Sources []string
}

// SetStepRoute sets the route a step shows; "" clears it.
type SetStepRoute struct{ ID, Route string }

// SetStepCamera sets a step's camera; nil clears it (the map then fits the
// step's places).
type SetStepCamera struct {
	ID     string
	Camera *story.Camera
}

// Describe implements Op.
func (AddStep) Describe() string { return "add step" }

// Describe implements Op.
func (DeleteStep) Describe() string { return "delete step" }

// Describe implements Op.
func (MoveStep) Describe() string { return "move step" }

// Describe implements Op.
func (SetStepTitle) Describe() string { return "set step title" }

// Describe implements Op.
func (SetStepDate) Describe() string { return "set step date" }

// Describe implements Op.
func (SetStepBody) Describe() string { return "set step text" }

// Describe implements Op.
func (SetStepPlaces) Describe() string { return "set step places" }

// Describe implements Op.
func (SetStepClaims) Describe() string { return "set step claims" }

// Describe implements Op.
func (SetStepSources) Describe() string { return "set step sources" }

// Describe implements Op.
func (SetStepRoute) Describe() string { return "set step route" }

// Describe implements Op.
func (SetStepCamera) Describe() string { return "set step camera" }

func (op AddStep) apply(s *story.Story) error {
	if op.At < 0 || op.At > len(s.Steps) {
		return refuse(op, "position %d is out of range 0..%d", op.At, len(s.Steps))
	}
	st := cloneStep(op.Step)
	if st.ID == "" {
		return refuse(op, "the step has no id")
	}
	if stepIndex(s, st.ID) >= 0 {
		fix := op
		fix.Step.ID = UniqueID(s, st.ID)
		return refuseFix(op, fix, "use a new id?", "there is already a step %q", st.ID)
	}
	if msg := checkStep(s, st); msg != "" {
		return refuse(op, "step %q: %s", st.ID, msg)
	}
	st.Places, st.Claims, st.Sources = nilIfEmpty(st.Places), nilIfEmpty(st.Claims), nilIfEmpty(st.Sources)
	s.Steps = inserted(s.Steps, op.At, st)
	return nil
}

// checkStep says why st would be an invalid step of s, or "".
func checkStep(s *story.Story, st story.Step) string {
	if msg := checkDate(st.Date); msg != "" {
		return msg
	}
	if len(st.Body) > markup.MaxBodyBytes {
		return bodyTooLong(st.Body)
	}
	if msg := checkRefs("place", st.Places, hasPlace(s)); msg != "" {
		return msg
	}
	if msg := checkRefs("claim", st.Claims, hasClaim(s)); msg != "" {
		return msg
	}
	if msg := checkRefs("source", st.Sources, hasSource(s)); msg != "" {
		return msg
	}
	if st.Route != nil && s.RouteByID(*st.Route) == nil {
		return "unknown route id " + quote(*st.Route)
	}
	return checkCamera(st.Camera)
}

func (op DeleteStep) apply(s *story.Story) error {
	i := stepIndex(s, op.ID)
	if i < 0 {
		return noStep(op, op.ID)
	}
	s.Steps = removed(s.Steps, i)
	if s.Steps == nil {
		s.Steps = []story.Step{}
	}
	return nil
}

func (op MoveStep) apply(s *story.Story) error {
	i := stepIndex(s, op.ID)
	if i < 0 {
		return noStep(op, op.ID)
	}
	if op.To < 0 || op.To >= len(s.Steps) {
		return refuse(op, "position %d is out of range 0..%d", op.To, len(s.Steps)-1)
	}
	s.Steps = moved(s.Steps, i, op.To)
	return nil
}

// setStep applies change to a copy of the step with the given id, checking
// the result with check (which says why it is invalid, or "").
func setStep(op Op, s *story.Story, id string, check func(story.Step) string, change func(*story.Step)) error {
	i := stepIndex(s, id)
	if i < 0 {
		return noStep(op, id)
	}
	st := s.Steps[i]
	change(&st)
	if msg := check(st); msg != "" {
		return refuse(op, "step %q: %s", id, msg)
	}
	s.Steps = withStep(s, i, st)
	return nil
}

func noCheck(story.Step) string { return "" }

func (op SetStepTitle) apply(s *story.Story) error {
	return setStep(op, s, op.ID, noCheck, func(st *story.Step) { st.Title = op.Title })
}

func (op SetStepDate) apply(s *story.Story) error {
	return setStep(op, s, op.ID, func(st story.Step) string { return checkDate(st.Date) },
		func(st *story.Step) { st.Date = op.Date })
}

func (op SetStepBody) apply(s *story.Story) error {
	return setStep(op, s, op.ID, func(st story.Step) string {
		if len(st.Body) > markup.MaxBodyBytes {
			return bodyTooLong(st.Body)
		}
		return ""
	}, func(st *story.Step) { st.Body = op.Body })
}

func (op SetStepPlaces) apply(s *story.Story) error {
	return setStep(op, s, op.ID, func(st story.Step) string { return checkRefs("place", st.Places, hasPlace(s)) },
		func(st *story.Step) { st.Places = nilIfEmpty(op.Places) })
}

func (op SetStepClaims) apply(s *story.Story) error {
	return setStep(op, s, op.ID, func(st story.Step) string { return checkRefs("claim", st.Claims, hasClaim(s)) },
		func(st *story.Step) { st.Claims = nilIfEmpty(op.Claims) })
}

func (op SetStepSources) apply(s *story.Story) error {
	return setStep(op, s, op.ID, func(st story.Step) string { return checkRefs("source", st.Sources, hasSource(s)) },
		func(st *story.Step) { st.Sources = nilIfEmpty(op.Sources) })
}

func (op SetStepRoute) apply(s *story.Story) error {
	return setStep(op, s, op.ID, func(st story.Step) string {
		if st.Route != nil && s.RouteByID(*st.Route) == nil {
			return "unknown route id " + quote(*st.Route)
		}
		return ""
	}, func(st *story.Step) {
		st.Route = nil
		if op.Route != "" {
			r := op.Route
			st.Route = &r
		}
	})
}

func (op SetStepCamera) apply(s *story.Story) error {
	return setStep(op, s, op.ID, func(st story.Step) string { return checkCamera(st.Camera) },
		func(st *story.Step) {
			st.Camera = nil
			if op.Camera != nil {
				c := *op.Camera
				st.Camera = &c
			}
		})
}
