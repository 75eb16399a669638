package edit

import (
	"github.com/storylens/storylens/story"
)

// Match is one sentence a set of matchers matches.
type Match struct {
	Source   string // source id
	Sentence int    // index in the article's Sentences
	Line     int    // 1-based line of the sentence in the article file
	Text     string // the sentence
	// Start and End are the byte range of the match in Text.
	Start, End int
	// Matcher is the index of the matcher that matched (the first that does).
	Matcher int
}

// Preview returns every sentence of the story's articles that matchers
// match, with story's claim matching (story.CompileClaim: phrases on word
// boundaries, /.../ for RE2), in source and sentence order. It returns the
// compile error of an invalid matcher, naming its index.
func Preview(s *story.Story, matchers []string) ([]Match, error) {
	cm, err := story.CompileClaim(&story.Claim{ID: "preview", Matchers: matchers})
	if err != nil {
		return nil, err
	}
	var out []Match
	for _, src := range s.Sources {
		if src == nil || src.Article == nil {
			continue
		}
		for i, sen := range src.Article.Sentences {
			if m, start, end, ok := cm.MatchIndex(sen.Text); ok {
				out = append(out, Match{Source: src.ID, Sentence: i, Line: sen.Line, Text: sen.Text,
					Start: start, End: end, Matcher: m})
			}
		}
	}
	return out, nil
}

// Preview is Preview on the story as edited.
func (e *Editor) Preview(matchers []string) ([]Match, error) { return Preview(e.cur.s, matchers) }
