// Package storyview is the window-free logic of showing a story: the
// navigation over its steps and what the user selected (Nav, Focus), the
// source passages for a step or a selection (Evidence, grouped by source
// into list rows), the source chips (one per source, or one per outlet on a
// step that stands for many), opening and analysing a story (OpenStory,
// DefaultLoader), presentation slides (Slide) and exports of the map and the
// slides (Export, WritePNG).
//
// The desktop app (package app) draws what this package computes; the
// command line (package cli) opens stories and exports slides and maps with
// the same code. It links no Fyne package (a test checks), so everything in
// it is tested without a window.
package storyview
