package edit

import (
	"fmt"

	"github.com/storylens/storylens/story"
)

// Op is one editing operation. The operations are the exported struct types
// of this package (AddStep, MovePlace, MergeClaims, ...); Editor.Apply
// applies them.
type Op interface {
	// Describe names the operation for a menu ("move place", shown as
	// "Undo move place").
	Describe() string
	// apply changes s, a shallow copy of the current story, copying on
	// write: it may assign s's fields but must never change a slice, map or
	// value reachable from the current story. It checks everything before
	// changing anything and returns an *Error when the operation would
	// make the story invalid.
	apply(s *story.Story) error
}

// Error is an operation refused because it would make the story invalid or
// names something that is not there. The story is unchanged.
type Error struct {
	// Op is the refused operation.
	Op Op
	// Msg says why it was refused.
	Msg string
	// Hint is the question offering Fix ("remove it from them too?"), or "".
	Hint string
	// Fix is an operation that would succeed instead, or nil.
	Fix Op
}

// Error formats the refusal as "label: why", followed by the hint and the
// fix as Go syntax when there is one, e.g.
//
//	delete place: place "x" is used by steps 2, 5: remove it from them too? (edit.DeletePlace{ID:"x", FromSteps:true})
func (e *Error) Error() string {
	msg := e.Msg
	if e.Op != nil {
		msg = e.Op.Describe() + ": " + msg
	}
	if e.Fix != nil {
		hint := e.Hint
		if hint == "" {
			hint = "instead"
		}
		msg += fmt.Sprintf(": %s (%#v)", hint, e.Fix)
	}
	return msg
}

// refuse returns an *Error for op without a fix.
func refuse(op Op, format string, args ...any) error {
	return &Error{Op: op, Msg: fmt.Sprintf(format, args...)}
}

// refuseFix returns an *Error for op that offers fix.
func refuseFix(op Op, fix Op, hint, format string, args ...any) error {
	return &Error{Op: op, Msg: fmt.Sprintf(format, args...), Hint: hint, Fix: fix}
}
