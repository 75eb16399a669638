package charts

import (
	"sort"
	"strconv"
	"strings"

	"github.com/storylens/storylens/internal/lexicon"
	"github.com/storylens/storylens/story/analysis"
)

// sourceGroup is one column of the coverage chart or row of the timeline:
// the sources of one outlet, or one source of unknown outlet.
type sourceGroup struct {
	// name is the outlet, or the source's short name ("Source 3").
	name string
	// outlet is true when name is an outlet (from front matter or
	// sources.json).
	outlet bool
	// sources are indexes into the report's Sources, in report order.
	sources []int
}

// shortSourceName is how a source of unknown outlet is named where its
// headline would not fit: "Source N", N its place in the story from 1.
func shortSourceName(i int) string { return "Source " + strconv.Itoa(i+1) }

// groupSources groups the report's sources by outlet (equal ignoring case
// and spacing); a source without an outlet is a group of its own, named
// shortSourceName. When some group has more than one source the groups are
// sorted by size, largest first (then by name); otherwise they keep the
// story's order.
func groupSources(r *analysis.Report) []sourceGroup {
	var gs []sourceGroup
	byKey := map[string]int{}
	multi := false
	for i, s := range r.Sources {
		o := strings.Join(strings.Fields(s.Outlet), " ")
		if o == "" {
			gs = append(gs, sourceGroup{name: shortSourceName(i), sources: []int{i}})
			continue
		}
		k := strings.ToLower(o)
		if g, ok := byKey[k]; ok {
			gs[g].sources = append(gs[g].sources, i)
			multi = true
			continue
		}
		byKey[k] = len(gs)
		gs = append(gs, sourceGroup{name: o, outlet: true, sources: []int{i}})
	}
	if multi {
		sort.SliceStable(gs, func(i, j int) bool {
			if len(gs[i].sources) != len(gs[j].sources) {
				return len(gs[i].sources) > len(gs[j].sources)
			}
			return gs[i].name < gs[j].name
		})
	}
	return gs
}

// groupWord is what a group is called: "outlet" when every group is an
// outlet, otherwise "source" (all sources stand alone) or "outlet or
// source".
func groupWord(gs []sourceGroup) string {
	outlets, singles := 0, 0
	for _, g := range gs {
		if g.outlet {
			outlets++
		} else {
			singles++
		}
	}
	switch {
	case singles == 0:
		return "outlet"
	case outlets == 0:
		return "source"
	}
	return "outlet or source"
}

// listNames joins up to max names ("A, B and C"; "A, B, C and 12 more").
func listNames(names []string, max int) string {
	if len(names) == 0 {
		return "none"
	}
	if len(names) > max {
		rest := len(names) - max
		return strings.Join(names[:max], ", ") + " and " + strconv.Itoa(rest) + " more"
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// groupsPhrase counts groups in groupWord's word: "3 outlets", "1 source",
// "5 outlets or sources".
func groupsPhrase(n int, word string) string {
	if word == "outlet or source" {
		if n == 1 {
			return "1 outlet or source"
		}
		return strconv.Itoa(n) + " outlets or sources"
	}
	return lexicon.Count(n, word)
}
