package storyview

import (
	"fmt"

	"github.com/storylens/storylens/data"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// Loaded is the outcome of opening a story: the story and its analysis, and
// every problem found. Failed means the story cannot be shown (errors); with
// warnings only it still opens.
type Loaded struct {
	Path     string
	Story    *story.Story
	Report   *analysis.Report
	Problems []string
	Failed   bool
}

// Loader opens the story at path ("" = the bundled story), reporting its
// stages through progress. It runs off the UI thread.
type Loader func(path string, progress func(stage string)) Loaded

// OpenStory reads the story at path (a package folder, a .zip or a folder
// of articles), or the bundled story when path is "": the one opener of the
// app and the command line.
func OpenStory(path string) (*story.Story, story.Problems) {
	if path == "" {
		return story.LoadFS(data.Bundled(), "bundled")
	}
	return story.Load(path)
}

// DefaultLoader loads with the story package and analyses with the analysis
// package.
func DefaultLoader(path string, progress func(stage string)) Loaded {
	return load(path, progress, nil)
}

// NewLoader is DefaultLoader calling read with the story once it is read
// and before it is analysed (when it could be read): the app sets its soft
// memory limit there, from the size of the story, before the analysis
// reaches its peak heap.
func NewLoader(read func(s *story.Story)) Loader {
	return func(path string, progress func(stage string)) Loaded {
		return load(path, progress, read)
	}
}

// load is DefaultLoader with NewLoader's read (nil: none).
func load(path string, progress func(stage string), read func(s *story.Story)) Loaded {
	progress("Reading the story")
	s, ps := OpenStory(path)
	out := Loaded{Path: path, Story: s}
	for _, p := range ps {
		out.Problems = append(out.Problems, p.String())
	}
	if ps.HasErrors() || s == nil {
		out.Failed = true
		if len(out.Problems) == 0 {
			out.Problems = []string{fmt.Sprintf("%s: the story could not be read", path)}
		}
		return out
	}
	if read != nil {
		read(s)
	}
	rep, err := analysis.Run(s, analysis.Options{Progress: func(stage string, done, total int) {
		if total > 0 {
			progress(fmt.Sprintf("Analysing: %s (%d/%d)", stage, done, total))
		} else {
			progress("Analysing: " + stage)
		}
	}})
	if err != nil {
		out.Failed = true
		out.Problems = append(out.Problems, fmt.Sprintf("%s: analysis: %v", s.Origin, err))
		return out
	}
	out.Report = rep
	out.Story = analysis.Resolve(s, rep)
	return out
}
