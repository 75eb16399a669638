package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/storylens/storylens/story"
)

func TestImportStoryMapJSWritesANewLoadablePackage(t *testing.T) {
	src, err := os.ReadFile("../interop/storymapjs/testdata/kimtrain.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "trip.json")
	os.WriteFile(in, src, 0o644)

	out1, _, err := importStoryMapJS(in)
	if err != nil {
		t.Fatal(err)
	}
	if out1 != filepath.Join(dir, "trip (Storylens)") {
		t.Errorf("package written to %s", out1)
	}
	s, problems := story.Load(out1)
	if problems.HasErrors() {
		t.Fatalf("the imported package does not load: %v", problems.Err())
	}
	if len(s.Steps) == 0 || len(s.Places) == 0 {
		t.Errorf("imported %d steps, %d places", len(s.Steps), len(s.Places))
	}
	out2, _, err := importStoryMapJS(in)
	if err != nil {
		t.Fatal(err)
	}
	if out2 == out1 {
		t.Error("a second import wrote into the first one's folder")
	}
	if b, _ := os.ReadFile(in); !bytes.Equal(b, src) {
		t.Error("the StoryMapJS file was modified")
	}
	if _, _, err := importStoryMapJS(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("no error for a missing file")
	}
	os.WriteFile(filepath.Join(dir, "bad.json"), []byte("{\"storymap\": 3}"), 0o644)
	if _, _, err := importStoryMapJS(filepath.Join(dir, "bad.json")); err == nil {
		t.Error("no error for a file that is not a StoryMapJS story")
	}
}
