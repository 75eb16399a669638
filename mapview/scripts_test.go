package mapview

import (
	"testing"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// scriptPlaces are places named in their own scripts, as a user's story
// package or articles may name them, one a script the fallback faces
// cover, each with a second name that mixes scripts or numbers.
var scriptPlaces = []struct {
	file, name, second string
	lon, lat           float64
}{
	{"han", "北京", "天安门 Tiananmen", 116.397, 39.908},
	{"kana", "東京", "東京タワー", 139.692, 35.690},
	{"hangul", "서울", "광화문 광장", 126.978, 37.566},
	{"arabic", "القاهرة", "ميدان التحرير", 31.236, 30.044},
	{"hebrew", "ירושלים", "העיר העתיקה 1860", 35.217, 31.771},
	{"devanagari", "नई दिल्ली", "इंडिया गेट", 77.209, 28.614},
	{"thai", "กรุงเทพมหานคร", "วัดพระแก้ว", 100.502, 13.756},
}

// TestScriptLabelsGolden draws a map whose labels are in each script
// (regenerate with -update and look at them): Han and Kana, Hangul,
// Arabic joined right to left, Hebrew right to left with its number left
// to right, Devanagari and Thai with their marks and conjuncts.
func TestScriptLabelsGolden(t *testing.T) {
	for _, sp := range scriptPlaces {
		t.Run(sp.file, func(t *testing.T) {
			s := &story.Story{
				Title: sp.name,
				Places: []*story.Place{
					{ID: "a", Name: sp.name, Kind: "city", Lon: sp.lon, Lat: sp.lat},
					{ID: "b", Name: sp.second, Kind: "venue", Lon: sp.lon + 0.03, Lat: sp.lat - 0.02},
				},
				Steps: []story.Step{{ID: "s1", Title: sp.name, Places: []string{"a", "b"},
					Camera: &story.Camera{Center: [2]float64{sp.lon + 0.015, sp.lat - 0.01}, Zoom: 11}}},
			}
			r := &analysis.Report{Places: []analysis.PlaceReport{
				{ID: "a", Name: sp.name, Kind: "city", Lon: sp.lon, Lat: sp.lat, Mentions: 5},
				{ID: "b", Name: sp.second, Kind: "venue", Lon: sp.lon + 0.03, Lat: sp.lat - 0.02, Mentions: 2},
			}}
			img, err := Render(s, r, RenderOptions{Step: 0, Width: 420, Height: 220, Title: sp.name, Subtitle: sp.second})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "script_"+sp.file+".png", img)
		})
	}
}
