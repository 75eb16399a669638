package claims

import (
	"testing"

	"github.com/storylens/storylens/internal/evalset"
	"github.com/storylens/storylens/story"
)

// evalClaimsFloor is the number of the evaluation set's gold claims (the 3
// most shared claims of each of its 21 development events) that Discover
// finds, with the evalset rule (sources overlap the gold articles with
// Jaccard ≥ 0.5, label shares a quarter of the gold label's words): 57 of 63
// when last measured (53 when session 4's held-out events joined the set,
// 56 with a second "that" clause cut, 57 with the synonyms for missing and
// dead); the target is 2 of 3 in every event.
const evalClaimsFloor = 57

// TestEvalSetClaims measures recall of the most shared claims on the
// real-news evaluation set (internal/evalset), and checks that no group is
// labelled with, or holds, page furniture (captions, credits, ad markers).
func TestEvalSetClaims(t *testing.T) {
	events, err := evalset.Events()
	if err != nil {
		t.Fatal(err)
	}
	docsOf := make([][]Doc, len(events))
	for i, ev := range events {
		s, ps := story.LoadFS(ev.FS, ev.Slug)
		if ps.HasErrors() {
			t.Fatalf("%s: %v", ev.Slug, ps.Err())
		}
		for _, src := range s.Sources {
			if src.Article != nil {
				docsOf[i] = append(docsOf[i], Doc{Source: src.ID, Sentences: src.Article.Sentences})
			}
		}
	}
	score := func(gold []evalset.Claim, gs []Group) int {
		n := 0
		for _, g := range gold {
			for _, c := range gs {
				if evalset.ClaimFound(g, c.Label, c.Sources) {
					n++
					break
				}
			}
		}
		return n
	}
	found, total := 0, 0
	for i, ev := range events {
		gs := Discover(docsOf[i], Options{})
		n := score(ev.Gold.Claims, gs)
		total += len(ev.Gold.Claims)
		found += n
		t.Logf("%-40s claims %d/%d, %d groups", ev.Slug, n, len(ev.Gold.Claims), len(gs))
		for _, g := range gs {
			if IsBoilerplate(g.Label) {
				t.Errorf("%s: label is page furniture: %q", ev.Slug, g.Label)
			}
			for _, e := range g.Evidence {
				if IsBoilerplate(e.Text) {
					t.Errorf("%s: evidence is page furniture: %q", ev.Slug, e.Text)
				}
			}
		}
	}
	t.Logf("eval set: %d of %d gold claims found (%.2f)", found, total, float64(found)/float64(total))
	for _, thr := range []float64{0.2, 0.25, 0.3, 0.35, 0.4} {
		n := 0
		for i, ev := range events {
			n += score(ev.Gold.Claims, Discover(docsOf[i], Options{Threshold: thr}))
		}
		t.Logf("threshold %.2f: %d of %d", thr, n, total)
	}
	if found < evalClaimsFloor {
		t.Errorf("%d of %d gold claims found, floor %d", found, total, evalClaimsFloor)
	}
}
