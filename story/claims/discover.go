package claims

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/storylens/storylens/story/article"
)

// Doc is one source's sentences.
type Doc struct {
	Source    string
	Sentences []article.Sentence
}

// Group kinds.
const (
	KindParaphrase = "paraphrase" // sentences that report the same thing
	KindQuote      = "quote"      // a direct quote repeated across sources
	KindCurated    = "curated"    // a curated claim from claims.json
	// KindLeg is a leg of the journey that several sources tell, found by
	// story/itinerary rather than by comparing words (story/analysis).
	KindLeg = "leg"
)

// Group is a claim: sentences from at least two sources that report the
// same thing (or, for curated claims, the sentences its matchers find).
type Group struct {
	// ID is "d:" + a short hash of the normalised label for discovered
	// groups, or the curated claim's id.
	ID string
	// Label is a short representative statement, or `Quote: "..."`.
	Label string
	// Kind is KindParaphrase, KindQuote or KindCurated.
	Kind string
	// Origin is "discovered" or "curated".
	Origin string
	// Topic is the curated claim's topic, if any.
	Topic string
	// Sources are the distinct sources, in document order.
	Sources []string
	// Evidence are the sentences, in document and sentence order.
	Evidence []Evidence
	// Merged are the ids of discovered groups folded into a curated claim
	// by Merge.
	Merged []string
	// Cohesion is the mean cosine similarity of the evidence sentences to
	// the group's centroid (paraphrase groups only).
	Cohesion float64
}

// Evidence is one sentence from one source.
type Evidence struct {
	Source string
	Text   string
	// Sentence is the sentence's index in its Doc.
	Sentence int
	// Line is the sentence's 1-based line in the article file.
	Line int
	// Match is the byte range [start, end) of the matched words in Text,
	// when known (quotes, curated matchers).
	Match []int
}

// DefaultThreshold is the TF-IDF cosine similarity above which two
// sentences from different sources are taken to report the same thing. See
// README.md for why 0.3.
const DefaultThreshold = 0.3

// Options tune Discover. The zero value is the documented default.
type Options struct {
	// Threshold is the cosine similarity for a pair and for merging two
	// groups (centroid linkage); 0 means DefaultThreshold.
	Threshold float64
	// MinWords is the fewest content words a sentence needs to be
	// compared; 0 means 4.
	MinWords int
	// Workers is the number of goroutines; 0 means GOMAXPROCS.
	Workers int
	// ExactLimit: with at most this many comparable sentences every pair is
	// compared exactly; above it candidates come from MinHash LSH. 0 means
	// 2000; a negative value always uses LSH.
	ExactLimit int
	// NoQuotes turns off repeated-quote groups.
	NoQuotes bool
}

func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.MinWords <= 0 {
		o.MinWords = 4
	}
	if o.ExactLimit == 0 {
		o.ExactLimit = 2000
	}
	return o
}

// Discover groups sentences from different sources that report the same
// thing, and direct quotes repeated across sources. Groups are ordered by
// number of sources, then evidence, then id. It never fails: text that yields
// no words simply takes part in no group.
func Discover(docs []Doc, opt Options) []Group {
	opt = opt.withDefaults()
	w := workerCount(opt.Workers)
	orig := docs
	var refs [][]clauseRef
	if uniqueSources(docs) {
		docs, refs = clauseDocs(docs)
	}
	c := analyse(docs, opt, w)
	c.refs = refs
	var groups []Group
	groups = append(groups, c.paraphraseGroups(opt, w)...)
	if !opt.NoQuotes {
		groups = append(groups, c.quoteGroups()...)
	}
	if refs != nil {
		wholeSentences(groups, orig, refs)
	}
	assignIDs(groups)
	sortGroups(groups)
	return groups
}

// uniqueSources reports whether no two docs have the same source (evidence
// found on clauses is mapped back to its sentence by source).
func uniqueSources(docs []Doc) bool {
	seen := make(map[string]bool, len(docs))
	for _, d := range docs {
		if seen[d.Source] {
			return false
		}
		seen[d.Source] = true
	}
	return true
}

// assignIDs gives every discovered group the id "d:" + 8 hex digits of the
// hash of its normalised label, with "-2", "-3" ... on collisions.
func assignIDs(gs []Group) {
	// Groups with the same label (a template sentence with different
	// figures in each group) are numbered in the order of their first
	// sentence, so that ids do not depend on map order.
	first := func(g Group) (string, int) {
		if len(g.Evidence) == 0 {
			return "", 0
		}
		return g.Evidence[0].Source, g.Evidence[0].Sentence
	}
	slices.SortFunc(gs, func(a, b Group) int {
		if c := cmp.Compare(a.Label, b.Label); c != 0 {
			return c
		}
		as, ai := first(a)
		bs, bi := first(b)
		if c := cmp.Compare(as, bs); c != 0 {
			return c
		}
		if c := cmp.Compare(ai, bi); c != 0 {
			return c
		}
		return cmp.Compare(len(a.Evidence), len(b.Evidence))
	})
	seen := map[string]int{}
	for i := range gs {
		if gs[i].ID != "" {
			continue
		}
		var words []string
		for _, t := range tokenize(gs[i].Label, nil) {
			words = append(words, t.word)
		}
		id := fmt.Sprintf("d:%08x", uint32(hashWord(strings.Join(words, " "))>>32))
		seen[id]++
		if seen[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, seen[id])
		}
		gs[i].ID = id
	}
}

// sortGroups orders groups by number of sources, then evidence, then id.
func sortGroups(gs []Group) {
	slices.SortStableFunc(gs, func(a, b Group) int {
		if c := cmp.Compare(len(b.Sources), len(a.Sources)); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b.Evidence), len(a.Evidence)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}
