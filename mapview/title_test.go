package mapview

import (
	"testing"

	"github.com/storylens/storylens/story"
)

// A title band keeps the image at the size asked for, puts the map under
// it, and is refused when it leaves no room for a map.
func TestRenderWithTitle(t *testing.T) {
	s := &story.Story{Title: "t",
		Places: []*story.Place{{ID: "a", Name: "Lisbon", Lon: -9.14, Lat: 38.72}},
		Steps:  []story.Step{{ID: "s", Title: "One", Places: []string{"a"}}}}
	plain, err := Render(s, nil, RenderOptions{Width: 400, Height: 300, Scale: 2})
	if err != nil {
		t.Fatal(err)
	}
	titled, err := Render(s, nil, RenderOptions{Width: 400, Height: 300, Scale: 2, Title: "A tall ship", Subtitle: "June 2025"})
	if err != nil {
		t.Fatal(err)
	}
	if titled.Bounds() != plain.Bounds() {
		t.Errorf("titled %v, plain %v", titled.Bounds(), plain.Bounds())
	}
	// The band is the panel colour, the same across its top rows.
	bg := paletteFor(false).panel
	if c := titled.RGBAAt(titled.Bounds().Dx()-2, 2); c.R != bg.R || c.G != bg.G || c.B != bg.B {
		t.Errorf("band colour %v, want %v", c, bg)
	}
	if _, err := Render(s, nil, RenderOptions{Width: 400, Height: 120, Title: "T", Subtitle: "S"}); err == nil {
		t.Error("a title over a 120-pixel map was not refused")
	}
}
