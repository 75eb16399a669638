package app

import (
	"testing"

	"github.com/storylens/storylens/internal/testfixture"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// fixture is the shared test story (internal/testfixture).
func fixture(t testing.TB) (*story.Story, *analysis.Report) { return testfixture.Story(t) }
