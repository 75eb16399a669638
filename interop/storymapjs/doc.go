// Package storymapjs converts between Storylens stories and Knight Lab's
// StoryMapJS JSON format ({"storymap": {"slides": [...], ...}}).
//
// Import turns each slide into a step, slide locations into places (one per
// distinct coordinate) and, when lines are shown, the slide locations into an
// approximate route. Slide HTML is sanitised to the Markdown subset of step
// bodies (see package story/markup); headlines become plain text. Fields
// Storylens does not use are kept in Step.Extra and Story.Extra and listed in
// the Report with their JSON paths, so that Export can write them back.
//
// Export writes the reverse: one slide per step, an overview slide first when
// the story's first step is an overview, step bodies as simple escaped HTML.
package storymapjs
