package cli

import (
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/storyview"
)

// openStory loads the story at path, or the bundled story when path is "".
func openStory(path string) (*story.Story, story.Problems) { return storyview.OpenStory(path) }
