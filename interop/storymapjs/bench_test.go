package storymapjs

import (
	"encoding/json"
	"fmt"
	"testing"
)

// bigStoryMap builds a StoryMapJS document with n slides of HTML text, each
// at a different location.
func bigStoryMap(n int) []byte {
	slides := make([]any, n)
	for i := range slides {
		slides[i] = map[string]any{
			"date":     "2023-09-10",
			"location": map[string]any{"lat": float64(i%170) - 85, "lon": float64(i%350) - 175 + float64(i/350)*0.01, "zoom": 8, "line": true},
			"text": map[string]any{
				"headline": fmt.Sprintf("Slide <b>%d</b>", i),
				"text":     "<p>The <i>armored</i> train leaves <a href=\"https://example.org/\">Pyongyang</a>.</p><p onclick=\"x()\">Second &amp; last.<script>alert(1)</script></p>",
			},
			"media": map[string]any{"url": "https://example.org/a.jpg", "caption": "c", "credit": "d"},
		}
	}
	b, _ := json.Marshal(map[string]any{"storymap": map[string]any{"slides": slides, "map_type": "osm:standard"}})
	return b
}

func BenchmarkImport1000Slides(b *testing.B) {
	data := bigStoryMap(1000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Import(data, "big.json"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExport1000Steps(b *testing.B) {
	s, _, err := Import(bigStoryMap(1000), "big.json")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Export(s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportAtSizeLimit imports the largest document of bigStoryMap's
// slides that MaxSize allows (about 22,000 slides): the worst case a user's
// file can cost.
func BenchmarkImportAtSizeLimit(b *testing.B) {
	per := len(bigStoryMap(1000)) / 1000
	n := MaxSize / per
	data := bigStoryMap(n)
	for len(data) > MaxSize {
		n -= 100
		data = bigStoryMap(n)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Import(data, "big.json"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "slides")
}
