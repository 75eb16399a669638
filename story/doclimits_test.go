package story

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/markup"
)

// TestDocLimitsAreTheConstants reads the limits table of
// docs/story-format.md and checks each value against its constant, so the
// documented limits cannot drift from the code.
func TestDocLimitsAreTheConstants(t *testing.T) {
	doc, err := os.ReadFile("../docs/story-format.md")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{
		"MaxArticleBytes": MaxArticleBytes, "MaxArticles": MaxArticles, "MaxGeoJSONBytes": MaxGeoJSONBytes,
		"MaxCoordinates": MaxCoordinates, "MaxJSONBytes": MaxJSONBytes, "MaxJSONDepth": MaxJSONDepth,
		"MaxStoryBytes": MaxStoryBytes, "MaxZipEntries": MaxZipEntries, "markup.MaxBodyBytes": markup.MaxBodyBytes,
	}
	row := regexp.MustCompile("(?m)^\\| `([A-Za-z.]+)` \\| ([^|]+) \\|")
	units := map[string]int64{"": 1, "KB": 1 << 10, "MB": 1 << 20, "GiB": 1 << 30}
	value := regexp.MustCompile(`^([0-9,]+) ?(KB|MB|GiB)?(?: \(([0-9,]+) bytes\))?$`)
	seen := map[string]bool{}
	for _, m := range row.FindAllStringSubmatch(string(doc), -1) {
		name, text := m[1], strings.TrimSpace(m[2])
		w, ok := want[name]
		if !ok {
			continue
		}
		seen[name] = true
		v := value.FindStringSubmatch(text)
		if v == nil {
			t.Errorf("docs/story-format.md: %s: cannot read the value %q", name, text)
			continue
		}
		n, _ := strconv.ParseInt(strings.ReplaceAll(v[1], ",", ""), 10, 64)
		got := n * units[v[2]]
		if v[3] != "" {
			exact, _ := strconv.ParseInt(strings.ReplaceAll(v[3], ",", ""), 10, 64)
			if exact != got {
				t.Errorf("docs/story-format.md: %s: %q: %d bytes is not %s %s", name, text, exact, v[1], v[2])
			}
		}
		if got != w {
			t.Errorf("docs/story-format.md: %s is %q (%d); the constant is %d", name, text, got, w)
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("docs/story-format.md: no row for %s", name)
		}
	}
}
