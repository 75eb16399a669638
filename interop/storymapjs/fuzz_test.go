package storymapjs

import (
	"os"
	"testing"
)

// FuzzImport checks that Import never panics, and that whatever it accepts
// exports and imports again with the same number of steps.
func FuzzImport(f *testing.F) {
	for _, name := range []string{"kimtrain.json", "nolines.json"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"storymap": {"slides": [{"text": {"text": "<p><b>a<i>b</p><a href=javascript:x>y</a>"}}]}}`))
	f.Add([]byte(`{"storymap": {"slides": [{"location": {"lat": "1", "lon": 2, "zoom": 3}}, {"location": {"lat": 1, "lon": 2}}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _, err := Import(data, "fuzz.json")
		if err != nil {
			return
		}
		out, err := Export(s)
		if err != nil {
			t.Fatalf("export of an imported story failed: %v", err)
		}
		s2, _, err := Import(out, "fuzz2.json")
		if err != nil {
			t.Fatalf("re-import failed: %v\n%s", err, out)
		}
		if len(s2.Steps) != len(s.Steps) || len(s2.Places) != len(s.Places) {
			t.Fatalf("round trip: %d steps %d places, want %d %d", len(s2.Steps), len(s2.Places), len(s.Steps), len(s.Places))
		}
	})
}
