package cli

import (
	"github.com/storylens/storylens/data"
	"github.com/storylens/storylens/story"
)

// openStory loads the story at path, or the bundled story when path is "".
func openStory(path string) (*story.Story, story.Problems) {
	if path == "" {
		return story.LoadFS(data.Bundled(), "bundled")
	}
	return story.Load(path)
}
