// Package edit applies editing operations to a story, each one reversible:
// an Editor holds the story being edited, applies an Op only when the
// result stays valid (an error says why not and offers an operation that
// would work instead), and undoes and redoes exactly.
//
// Undo is exact because an Editor never changes a story in place: every
// operation builds new slices and values for what it changes and shares the
// rest with the previous state (copy on write), so undoing restores the
// previous state itself. See README.md for the operations, the undo model
// and the story-level lists of rejected places, routes and claims.
//
// Package edit is pure Go with no UI dependency.
package edit
