package story

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDocExampleLoads loads the complete example of docs/story-format.md,
// so that the documentation cannot drift from the loader.
func TestDocExampleLoads(t *testing.T) {
	doc, err := os.ReadFile("../docs/story-format.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)`([a-z./]+)`[^\n]*:\n\n```[a-z]*\n(.*?)```")
	files := map[string]string{}
	for _, m := range re.FindAllStringSubmatch(string(doc), -1) {
		files[m[1]] = m[2]
	}
	for _, want := range []string{"story.json", "articles/a.txt", "articles/b.md", "places.geojson", "routes.geojson", "claims.json", "sources.json"} {
		if _, ok := files[want]; !ok {
			t.Fatalf("example file %s not found in the doc (found %d files)", want, len(files))
		}
	}
	s, ps := LoadFS(mapFS(files), "doc example")
	if ps.HasErrors() {
		t.Fatalf("doc example has errors:\n%s", ps)
	}
	// The only warning is the sources.json entry kept to show dateInferred.
	if len(ps) != 1 || !strings.Contains(ps[0].String(), `no article file for source "c"`) {
		t.Errorf("warnings:\n%s", ps)
	}
	if s.SourceByID("a").Date != "2023-09-10" || s.SourceByID("b").Outlet != "Other Wire" || len(s.Steps) != 2 {
		t.Errorf("example not read as documented")
	}
}
