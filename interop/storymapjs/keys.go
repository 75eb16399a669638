package storymapjs

import "sort"

// sortedKeys returns m's keys in order, so that reports and outputs are
// deterministic.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
