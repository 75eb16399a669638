package svg

import "testing"

func TestParseColor(t *testing.T) {
	for in, want := range map[string][4]uint8{
		"#fff": {255, 255, 255, 255}, "#0072B2": {0, 0x72, 0xb2, 255}, "rgba(10,20,30,0.5)": {10, 20, 30, 128},
		"rgb(100%, 0%, 0%)": {255, 0, 0, 255}, "white": {255, 255, 255, 255},
	} {
		c, ok := ParseColor(in)
		if !ok || [4]uint8{c.R, c.G, c.B, c.A} != want {
			t.Errorf("%q: %v %v, want %v", in, c, ok, want)
		}
	}
	for _, in := range []string{"none", "", "transparent", "#12", "rgb(1)", "url(#g)"} {
		if _, ok := ParseColor(in); ok {
			t.Errorf("%q: accepted as a colour", in)
		}
	}
}
