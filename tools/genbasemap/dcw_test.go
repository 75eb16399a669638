package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// TestSharedRuns: a region's outline keeps only its stretches along
// another region's outline, once.
func TestSharedRuns(t *testing.T) {
	// Country: the box 0..1 × 0..1 (degrees, ~111 km a side); region 0 its
	// west half, region 1 its east half; their common border is x = 0.5,
	// drawn with other vertices in each (as DCW does).
	a := orb.LineString{{0, 0}, {0.5, 0}, {0.5, 0.25}, {0.5, 0.5}, {0.5, 0.75}, {0.5, 1}, {0, 1}, {0, 0}}
	b := orb.LineString{{0.5, 0}, {1, 0}, {1, 1}, {0.5, 1}, {0.501, 0.8}, {0.5, 0.6}, {0.501, 0.3}, {0.5, 0}}
	// An island of region 0 (about 11 km round), near no other region.
	island := orb.LineString{{0.3, 0.3}, {0.33, 0.3}, {0.33, 0.33}, {0.3, 0.33}, {0.3, 0.3}}
	all := newPointGrid(2)
	all.addLineTagged(a, 0)
	all.addLineTagged(island, 0)
	all.addLineTagged(b, 1)
	kept := newPointGrid(2)
	runs := sharedRuns(a, 0, all, kept)
	if len(runs) != 1 {
		t.Fatalf("region 0: %d runs, want 1 (the border x = 0.5): %v", len(runs), runs)
	}
	for _, p := range runs[0] {
		if p[0] != 0.5 {
			t.Errorf("run point %v is not on the common border", p)
		}
	}
	kept.addLine(runs[0])
	if runs := sharedRuns(b, 1, all, kept); len(runs) != 0 {
		t.Errorf("region 1: %d runs, want none (its border with region 0 is kept already): %v", len(runs), runs)
	}
	if runs := sharedRuns(island, 0, all, newPointGrid(2)); len(runs) != 0 {
		t.Errorf("island: %d runs, want none", len(runs))
	}
	// The outer edges (coast, national border) are on one region only.
	if runs := sharedRuns(orb.LineString{{0, 0}, {0, 0.5}, {0, 1}}, 0, all, newPointGrid(2)); len(runs) != 0 {
		t.Errorf("west edge: %d runs, want none", len(runs))
	}
}

func TestListDCWStates(t *testing.T) {
	p := filepath.Join(t.TempDir(), "states.txt")
	os.WriteFile(p, []byte("# comment\nAR A Salta\nAR B Buenos Aires\nCN BJ Beijing\n"), 0o644)
	m, err := listDCWStates(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(m["AR"]) != 2 || m["AR"][1] != "B" || len(m["CN"]) != 1 {
		t.Errorf("states %v", m)
	}
	os.WriteFile(p, []byte("AR\n"), 0o644)
	if _, err := listDCWStates(p); err == nil || !strings.Contains(err.Error(), p+":1") {
		t.Errorf("bad line: error %v, want one naming %s:1", err, p)
	}
}
