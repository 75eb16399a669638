package edit

import (
	"maps"
	"slices"

	"github.com/storylens/storylens/story"
)

// Keys of Story.Extra (story.json "extra") that list what the user deleted
// or rejected, so that analysing the articles again does not bring it back.
// Each is a JSON array of ids, in the order they were rejected.
const (
	// RejectedPlacesKey lists deleted places (DeletePlace).
	RejectedPlacesKey = "rejectedPlaces"
	// RejectedRoutesKey lists rejected routes (RejectRoute).
	RejectedRoutesKey = "rejectedRoutes"
	// RejectedClaimsKey lists rejected claims (RejectClaim).
	RejectedClaimsKey = "rejectedClaims"
)

// RejectedItems are the ids the user deleted or rejected.
type RejectedItems struct {
	Places, Routes, Claims []string
}

// Rejected returns the ids listed under the rejected keys of s.Extra.
// Entries that are not strings (a hand-edited file) are ignored.
func Rejected(s *story.Story) RejectedItems {
	if s == nil {
		return RejectedItems{}
	}
	return RejectedItems{
		Places: rejectedList(s.Extra, RejectedPlacesKey),
		Routes: rejectedList(s.Extra, RejectedRoutesKey),
		Claims: rejectedList(s.Extra, RejectedClaimsKey),
	}
}

func rejectedList(extra map[string]any, key string) []string {
	var out []string
	switch v := extra[key].(type) {
	case []any:
		for _, x := range v {
			if id, ok := x.(string); ok {
				out = append(out, id)
			}
		}
	case []string:
		out = slices.Clone(v)
	}
	return out
}

// withRejected returns a copy of extra whose list under key includes id (as
// a []any of strings, the form story.Load decodes). Other entries, even of
// unexpected types, are kept.
func withRejected(extra map[string]any, key, id string) map[string]any {
	list := asList(extra[key])
	for _, x := range list {
		if x == id {
			return extra
		}
	}
	out := maps.Clone(extra)
	if out == nil {
		out = map[string]any{}
	}
	out[key] = append(slices.Clone(list), id)
	return out
}

// withoutRejected returns a copy of extra whose list under key no longer
// includes id (the user added the item again); extra itself when it does
// not. An emptied list is removed, and an emptied map becomes nil.
func withoutRejected(extra map[string]any, key, id string) map[string]any {
	list := asList(extra[key])
	if !slices.Contains(list, any(id)) {
		return extra
	}
	var rest []any
	for _, x := range list {
		if x != id {
			rest = append(rest, x)
		}
	}
	out := maps.Clone(extra)
	if len(rest) == 0 {
		delete(out, key)
	} else {
		out[key] = rest
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// asList reads a rejected list as []any; a value of another type counts as
// empty (and is replaced when an id is recorded).
func asList(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	}
	return nil
}
