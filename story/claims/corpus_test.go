package claims

import (
	"math"
	"testing"
)

// analyse gives a repeated text one representative whose vector the later
// copies share; its words count once per sentence in the document
// frequencies; boilerplate gets no words.
func TestAnalyseRepeatedTexts(t *testing.T) {
	same := "The freighter ran aground in the canal on Tuesday morning."
	docs := []Doc{
		doc("a", same, "Photo: Reuters"),
		doc("b", "Tugboats worked through the night to free the freighter.", same),
	}
	c := analyse(docs, Options{}.withDefaults(), 1)
	if len(c.feats) != 4 {
		t.Fatalf("%d sentences, want 4", len(c.feats))
	}
	if c.rep[3] != 0 || c.rep[0] != 0 || c.rep[2] != 2 {
		t.Errorf("rep = %v, want the second copy to point at sentence 0", c.rep)
	}
	if len(c.feats[1].terms) != 0 {
		t.Errorf("the caption has words %v", c.feats[1].terms)
	}
	if c.n != 3 {
		t.Errorf("n = %d, want 3 sentences with words", c.n)
	}
	canal := hashWord("canal")
	if c.df[canal] != 2 {
		t.Errorf("df(canal) = %d, want 2 (once per sentence with the repeated text)", c.df[canal])
	}
	if c.df[hashWord("freighter")] != 3 {
		t.Errorf("df(freighter) = %d, want 3", c.df[hashWord("freighter")])
	}
	// Unit vectors: a sentence's self-similarity is 1, its copy's
	// similarity to it too, and a word in every sentence weighs least.
	if s := c.sim(0, 3); math.Abs(s-1) > 1e-6 || math.Abs(c.selfSim[0]-1) > 1e-6 {
		t.Errorf("sim(copy, original) = %v, selfSim = %v, want 1", s, c.selfSim[0])
	}
	if s := c.sim(0, 2); s <= 0 || s >= 0.5 {
		t.Errorf("sim of two sentences sharing only 'freighter' = %v, want in (0, 0.5)", s)
	}
}
