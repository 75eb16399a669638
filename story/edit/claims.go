package edit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storylens/storylens/story"
)

// RenameClaim sets a claim's label (not empty).
type RenameClaim struct{ ID, Label string }

// MergeClaims merges claim From into claim Into: Into gets From's matchers
// it lacks and a note saying so, steps that showed From show Into (once),
// and From is removed.
type MergeClaims struct{ Into, From string }

// SplitClaim moves Matchers (some, not all, of claim ID's matchers) into a
// new claim NewID labelled Label, placed after it; an empty NewID becomes
// UniqueID(ID + "-split") and an empty Label the claim's label followed by
// " (split)". Steps keep showing claim ID.
type SplitClaim struct {
	ID       string
	Matchers []string
	NewID    string
	Label    string
}

// RejectClaim removes a claim and records its id under RejectedClaimsKey,
// so that analysing the articles again does not bring it back. A claim that
// steps show is refused unless FromSteps is true, which removes it from
// them.
type RejectClaim struct {
	ID        string
	FromSteps bool
}

// RejectDiscoveredClaim records the id of a claim the analysis discovered
// in the articles (not one of the story's claims.json) under
// RejectedClaimsKey, so that it is no longer shown and analysing the
// articles again does not bring it back. The story's own claim of that id
// is refused, with RejectClaim as the fix.
type RejectDiscoveredClaim struct{ ID string }

// AddClaim adds a curated claim. Its id must be new, its label not empty
// and its matchers valid (story.CompileClaim); Preview shows which
// sentences they match. Adding a claim the user had rejected takes it off
// the rejected list.
type AddClaim struct {
	ID, Label, Topic string
	Matchers         []string
	Note             string
}

// Describe implements Op.
func (RenameClaim) Describe() string { return "rename claim" }

// Describe implements Op.
func (MergeClaims) Describe() string { return "merge claims" }

// Describe implements Op.
func (SplitClaim) Describe() string { return "split claim" }

// Describe implements Op.
func (RejectClaim) Describe() string { return "reject claim" }

// Describe implements Op.
func (RejectDiscoveredClaim) Describe() string { return "reject claim" }

// Describe implements Op.
func (AddClaim) Describe() string { return "add claim" }

func (op RenameClaim) apply(s *story.Story) error {
	i := claimIndex(s, op.ID)
	if i < 0 {
		return noClaim(op, op.ID)
	}
	if strings.TrimSpace(op.Label) == "" {
		return refuse(op, "a claim needs a label")
	}
	c := *s.Claims[i]
	c.Label = op.Label
	s.Claims = replaced(s.Claims, i, &c)
	return nil
}

func (op MergeClaims) apply(s *story.Story) error {
	into, from := claimIndex(s, op.Into), claimIndex(s, op.From)
	switch {
	case into < 0:
		return noClaim(op, op.Into)
	case from < 0:
		return noClaim(op, op.From)
	case into == from:
		return refuse(op, "cannot merge claim %q into itself", op.Into)
	}
	src := s.Claims[from]
	c := *s.Claims[into]
	c.Matchers = slices.Clone(c.Matchers)
	for _, m := range src.Matchers {
		if !slices.Contains(c.Matchers, m) {
			c.Matchers = append(c.Matchers, m)
		}
	}
	note := fmt.Sprintf("merged with claim %q (%s)", src.ID, src.Label)
	if c.Note == "" {
		c.Note = note
	} else {
		c.Note += "; " + note
	}
	claims := replaced(s.Claims, into, &c)
	s.Claims = removed(claims, from)
	if steps := usedBy(s, op.From, func(st story.Step) []string { return st.Claims }); len(steps) > 0 {
		out := slices.Clone(s.Steps)
		for _, j := range steps {
			ids, _ := without(out[j].Claims, op.From)
			if k := slices.Index(out[j].Claims, op.From); !slices.Contains(ids, op.Into) {
				ids = inserted(ids, min(k, len(ids)), op.Into)
			}
			out[j].Claims = ids
		}
		s.Steps = out
	}
	return nil
}

func (op SplitClaim) apply(s *story.Story) error {
	i := claimIndex(s, op.ID)
	if i < 0 {
		return noClaim(op, op.ID)
	}
	old := s.Claims[i]
	if len(op.Matchers) == 0 {
		return refuse(op, "no matchers to split off")
	}
	var keep []string
	for _, m := range old.Matchers {
		if !slices.Contains(op.Matchers, m) {
			keep = append(keep, m)
		}
	}
	for _, m := range op.Matchers {
		if !slices.Contains(old.Matchers, m) {
			return refuse(op, "claim %q has no matcher %q", op.ID, m)
		}
	}
	if len(keep) == 0 {
		return refuse(op, "splitting off every matcher would leave claim %q with none", op.ID)
	}
	id := op.NewID
	if id == "" {
		id = UniqueID(s, op.ID+"-split")
	} else if claimIndex(s, id) >= 0 {
		fix := op
		fix.NewID = UniqueID(s, id)
		return refuseFix(op, fix, "use a new id?", "there is already a claim %q", id)
	}
	label := op.Label
	if strings.TrimSpace(label) == "" {
		label = old.Label + " (split)"
	}
	c := *old
	c.Matchers = keep
	split := &story.Claim{ID: id, Label: label, Topic: old.Topic, Matchers: nilIfEmpty(uniq(op.Matchers)),
		Note: fmt.Sprintf("split from claim %q", old.ID)}
	s.Claims = inserted(replaced(s.Claims, i, &c), i+1, split)
	s.Extra = withoutRejected(s.Extra, RejectedClaimsKey, id)
	return nil
}

// uniq returns xs without repeats, in order.
func uniq(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func (op RejectClaim) apply(s *story.Story) error {
	i := claimIndex(s, op.ID)
	if i < 0 {
		return noClaim(op, op.ID)
	}
	steps := usedBy(s, op.ID, func(st story.Step) []string { return st.Claims })
	if len(steps) > 0 && !op.FromSteps {
		fix := op
		fix.FromSteps = true
		return refuseFix(op, fix, "remove it from them too?", "claim %q is shown by %s", op.ID, stepNumbers(steps))
	}
	if len(steps) > 0 {
		out := slices.Clone(s.Steps)
		for _, j := range steps {
			out[j].Claims, _ = without(out[j].Claims, op.ID)
		}
		s.Steps = out
	}
	s.Claims = removed(s.Claims, i)
	s.Extra = withRejected(s.Extra, RejectedClaimsKey, op.ID)
	return nil
}

func (op RejectDiscoveredClaim) apply(s *story.Story) error {
	switch {
	case op.ID == "":
		return refuse(op, "the claim has no id")
	case claimIndex(s, op.ID) >= 0:
		return refuseFix(op, RejectClaim{ID: op.ID}, "reject the story's claim?", "claim %q is one of the story's own, not a discovered one", op.ID)
	case slices.Contains(rejectedList(s.Extra, RejectedClaimsKey), op.ID):
		return refuse(op, "claim %q is already rejected", op.ID)
	}
	s.Extra = withRejected(s.Extra, RejectedClaimsKey, op.ID)
	return nil
}

func (op AddClaim) apply(s *story.Story) error {
	switch {
	case op.ID == "":
		return refuse(op, "the claim has no id")
	case claimIndex(s, op.ID) >= 0:
		fix := op
		fix.ID = UniqueID(s, op.ID)
		return refuseFix(op, fix, "use a new id?", "there is already a claim %q", op.ID)
	case strings.TrimSpace(op.Label) == "":
		return refuse(op, "claim %q has no label", op.ID)
	}
	c := &story.Claim{ID: op.ID, Label: op.Label, Topic: op.Topic, Matchers: nilIfEmpty(uniq(op.Matchers)), Note: op.Note}
	if _, err := story.CompileClaim(c); err != nil {
		return refuse(op, "%v", err)
	}
	s.Claims = inserted(s.Claims, len(s.Claims), c)
	s.Extra = withoutRejected(s.Extra, RejectedClaimsKey, op.ID)
	return nil
}
