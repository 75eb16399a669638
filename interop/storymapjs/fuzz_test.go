package storymapjs

import (
	"os"
	"testing"
)

// FuzzImport checks that Import never panics, that whatever it accepts
// exports and imports again with the same number of steps, and that no
// export holds a <script, an on* attribute, an element other than p, em,
// strong and a, or a URL with another scheme than http(s) (mailto in
// links) - whatever the slides' kept fields carried.
func FuzzImport(f *testing.F) {
	for _, name := range []string{"kimtrain.json", "nolines.json"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"storymap": {"slides": [{"text": {"text": "<p><b>a<i>b</p><a href=javascript:x>y</a>"}}]}}`))
	f.Add([]byte(`{"storymap": {"slides": [{"text": {"headline": "javascript:alert(1)"}, "location": {"lat": 1, "lon": 2, "name": "data:x"}}]}}`))
	f.Add([]byte(`{"storymap": {"slides": [{"location": {"lat": "1", "lon": 2, "zoom": 3}}, {"location": {"lat": 1, "lon": 2}}]}}`))
	f.Add([]byte(`{"storymap": {"attribution": "<svg onload=alert(1)>", "font_css": "data:text/css,x", "slides": [{"media": {"url": "java\tscript:alert(1)", "caption": "<img src=x onerror=alert(1)>", "credit": "</script><script>alert(1)</script>", "link": "&#106;avascript:x"}, "background": {"url": "vbscript:x"}, "location": {"lat": 1, "lon": 2, "icon": "JAVASCRIPT:x"}, "text": {"text": "<iframe src=x>", "x": "data:text/html,<script>"}}]}}`))
	f.Add([]byte(`{"storymap": {"slides": [{"media": {"url": "https://e.org/a\" onerror=\"x", "thumbnail": "//e.org/t.png", "caption": "<a href='https://e.org' onclick=x>ok</a>"}, "extra": ["<svg><script>x</script></svg>", "javascript:y"]}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _, err := Import(data, "fuzz.json")
		if err != nil {
			return
		}
		out, err := Export(s)
		if err != nil {
			t.Fatalf("export of an imported story failed: %v", err)
		}
		assertInert(t, out)
		s2, _, err := Import(out, "fuzz2.json")
		if err != nil {
			t.Fatalf("re-import failed: %v\n%s", err, out)
		}
		if len(s2.Steps) != len(s.Steps) || len(s2.Places) != len(s.Places) {
			t.Fatalf("round trip: %d steps %d places, want %d %d", len(s2.Steps), len(s2.Places), len(s.Steps), len(s.Places))
		}
	})
}
