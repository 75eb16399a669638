package storymapjs

import "fmt"

// Report says what Import kept, changed or noticed, each item with the JSON
// path it concerns. Nothing Import drops goes unreported.
type Report struct {
	// Kept are fields Storylens does not use, kept in Step.Extra or
	// Story.Extra so that Export writes them back.
	Kept []Item
	// Sanitised are text fields whose HTML lost something on the way to
	// the Markdown subset (scripts, styles, event handlers, unsafe links),
	// and kept fields that were cleaned: URLs with another scheme than
	// http(s) dropped, HTML rebuilt as the safe subset.
	Sanitised []Item
	// Notes are other things worth knowing (dates kept as text, a route
	// that could not be drawn, coordinates read from strings, remote URLs
	// StoryMapJS will load, ...).
	Notes []Item
}

// Item is one report line: a JSON path and what happened there.
type Item struct {
	Path string
	What string
}

func (i Item) String() string { return i.Path + ": " + i.What }

// Lines returns the report as human-readable lines, kept fields first.
func (r Report) Lines() []string {
	var out []string
	for _, it := range r.Kept {
		out = append(out, "kept "+it.String())
	}
	for _, it := range r.Sanitised {
		out = append(out, "sanitised "+it.String())
	}
	for _, it := range r.Notes {
		out = append(out, "note "+it.String())
	}
	return out
}

func (r *Report) kept(path, format string, a ...any) {
	r.Kept = append(r.Kept, Item{path, fmt.Sprintf(format, a...)})
}

func (r *Report) sanitised(path, format string, a ...any) {
	r.Sanitised = append(r.Sanitised, Item{path, fmt.Sprintf(format, a...)})
}

func (r *Report) note(path, format string, a ...any) {
	r.Notes = append(r.Notes, Item{path, fmt.Sprintf(format, a...)})
}
