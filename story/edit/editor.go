package edit

import (
	"errors"

	"github.com/storylens/storylens/story"
)

// Editor edits one story with undo and redo. It is not safe for concurrent
// use.
type Editor struct {
	// MaxHistoryBytes bounds the memory the undo history keeps (an
	// estimate of the copies the operations made); past it the oldest
	// steps are forgotten, one at least is always kept. New sets
	// DefaultMaxHistoryBytes.
	MaxHistoryBytes int

	cur       state
	undo      []state // previous states, oldest first
	redo      []state // undone states, most recently undone last
	undoBytes int     // sum of the bytes of undo[1:] and cur
	nextRev   int
	saved     int // revision of the state last marked saved
}

// DefaultMaxHistoryBytes is the undo history's default memory bound: about
// 400 step edits on a 1,000-step story, far more on smaller ones.
const DefaultMaxHistoryBytes = 64 << 20

// state is one version of the story. Versions share every value that an
// operation did not change; none is ever modified.
type state struct {
	s   *story.Story
	op  Op // the operation that led to this state (nil for the first)
	rev int
	// bytes estimates the memory this state does not share with the one
	// before it.
	bytes int
}

// New returns an editor over a deep copy of s (see Clone); s itself is
// never changed. The new editor is not dirty.
func New(s *story.Story) *Editor {
	if s == nil {
		s = &story.Story{}
	}
	return &Editor{cur: state{s: Clone(s)}, nextRev: 1, MaxHistoryBytes: DefaultMaxHistoryBytes}
}

// Apply applies op. When op would make the story invalid, or names an id
// that is not there, Apply returns an *Error saying why (often with a Fix
// that would work) and changes nothing. A successful Apply clears the redo
// history.
func (e *Editor) Apply(op Op) error {
	if op == nil {
		return errors.New("edit: no operation")
	}
	work := *e.cur.s
	if err := op.apply(&work); err != nil {
		return err
	}
	e.undo = append(e.undo, e.cur)
	e.cur = state{s: &work, op: op, rev: e.nextRev, bytes: newBytes(e.cur.s, &work)}
	e.nextRev++
	e.redo = e.redo[:0]
	e.undoBytes += e.cur.bytes
	// Forget the oldest states past the bound: the memory freed with
	// undo[0] is about what undo[1] does not share with it.
	for len(e.undo) > 1 && e.undoBytes > e.MaxHistoryBytes {
		e.undoBytes -= e.undo[1].bytes
		e.undo[0] = state{}
		e.undo = e.undo[1:]
	}
	return nil
}

// Undo goes back to the state before the last applied operation, exactly;
// false when there is nothing to undo.
func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	e.redo = append(e.redo, e.cur)
	e.undoBytes -= e.cur.bytes
	e.cur = e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	return true
}

// Redo applies again the last undone operation; false when there is
// nothing to redo.
func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	e.undo = append(e.undo, e.cur)
	e.cur = e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	e.undoBytes += e.cur.bytes
	return true
}

// CanUndo reports whether Undo would do something, and the label of the
// operation it would undo.
func (e *Editor) CanUndo() (string, bool) {
	if len(e.undo) == 0 {
		return "", false
	}
	return e.cur.op.Describe(), true
}

// CanRedo reports whether Redo would do something, and the label of the
// operation it would apply again.
func (e *Editor) CanRedo() (string, bool) {
	if len(e.redo) == 0 {
		return "", false
	}
	return e.redo[len(e.redo)-1].op.Describe(), true
}

// Story returns a deep copy of the story as edited (see Clone), which the
// caller may change freely.
func (e *Editor) Story() *story.Story { return Clone(e.cur.s) }

// View returns the story as edited without copying it. It is shared with
// the editor's history: the caller must not change anything reachable from
// it. It stays valid (and unchanged) after later edits.
func (e *Editor) View() *story.Story { return e.cur.s }

// Dirty reports whether the story differs from the state last marked saved
// (or, before any MarkSaved, from the story given to New). Undoing back to
// the saved state makes the editor clean again.
func (e *Editor) Dirty() bool { return e.cur.rev != e.saved }

// MarkSaved records the current state as saved.
func (e *Editor) MarkSaved() { e.saved = e.cur.rev }

// Changes returns how many applied operations Undo can take back.
func (e *Editor) Changes() int { return len(e.undo) }
