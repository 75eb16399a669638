package edit

import "github.com/storylens/storylens/story"

// SetTitle sets the story's title.
type SetTitle struct{ Title string }

// SetDescription sets the story's description.
type SetDescription struct{ Description string }

// Describe implements Op.
func (SetTitle) Describe() string { return "set story title" }

// Describe implements Op.
func (SetDescription) Describe() string { return "set story description" }

func (op SetTitle) apply(s *story.Story) error {
	s.Title = op.Title
	return nil
}

func (op SetDescription) apply(s *story.Story) error {
	s.Description = op.Description
	return nil
}
