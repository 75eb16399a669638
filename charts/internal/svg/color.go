package svg

import (
	"bytes"
	"image/color"
	"math"
	"strconv"
	"strings"
)

var namedColors = map[string]color.NRGBA{
	"black": {0, 0, 0, 255}, "white": {255, 255, 255, 255}, "red": {255, 0, 0, 255}, "green": {0, 128, 0, 255},
	"blue": {0, 0, 255, 255}, "gray": {128, 128, 128, 255}, "grey": {128, 128, 128, 255}, "transparent": {},
}

// ParseColor reads #rgb, #rrggbb, #rrggbbaa, rgb(), rgba() and a few names.
func ParseColor(s string) (color.NRGBA, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "" || s == "none":
		return color.NRGBA{}, false
	case strings.HasPrefix(s, "#"):
		h := s[1:]
		if len(h) == 3 || len(h) == 4 {
			var b bytes.Buffer
			for _, c := range h {
				b.WriteRune(c)
				b.WriteRune(c)
			}
			h = b.String()
		}
		if len(h) != 6 && len(h) != 8 {
			return color.NRGBA{}, false
		}
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			return color.NRGBA{}, false
		}
		if len(h) == 6 {
			return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}, true
		}
		return color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}, true
	case strings.HasPrefix(s, "rgb"):
		i, j := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if i < 0 || j < i {
			return color.NRGBA{}, false
		}
		parts := strings.FieldsFunc(s[i+1:j], func(r rune) bool { return r == ',' || r == ' ' || r == '/' })
		if len(parts) < 3 {
			return color.NRGBA{}, false
		}
		var c [4]float64
		c[3] = 1
		for k := 0; k < len(parts) && k < 4; k++ {
			p := parts[k]
			pct := strings.HasSuffix(p, "%")
			v := Number(strings.TrimSuffix(p, "%"), 0)
			if pct {
				if k < 3 {
					v = v * 255 / 100
				} else {
					v /= 100
				}
			}
			c[k] = v
		}
		cl := func(v, max float64) uint8 { return uint8(math.Round(math.Max(0, math.Min(max, v)) * 255 / max)) }
		return color.NRGBA{cl(c[0], 255), cl(c[1], 255), cl(c[2], 255), cl(c[3], 1)}, true
	}
	c, ok := namedColors[s]
	return c, ok && c.A > 0
}
