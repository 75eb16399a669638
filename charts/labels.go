package charts

import (
	"strconv"
	"strings"
)

// ellipsis ends a shortened label.
const ellipsis = "…"

// fitLabel wraps s into at most maxLines lines no wider than width px at the
// label font, breaking at spaces, and shortens the last line with an
// ellipsis when the text does not fit. The full text goes into tooltips.
func fitLabel(s string, width float64, maxLines int) string {
	s = strings.Join(strings.Fields(s), " ")
	font := cssFont(labelSize, false)
	if measureText(s, font) <= width || width <= 0 {
		return s
	}
	if maxLines < 1 {
		maxLines = 1
	}
	words := strings.Split(s, " ")
	var lines []string
	cur := ""
	for i := 0; i < len(words); i++ {
		w := words[i]
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if measureText(try, font) <= width {
			cur = try
			continue
		}
		if cur == "" { // one word wider than the line: cut it
			cur = w
		}
		if len(lines) == maxLines-1 {
			rest := cur
			if cur != try {
				rest = strings.Join(append([]string{cur}, words[i:]...), " ")
			}
			lines = append(lines, truncate(rest, width, font))
			return strings.Join(lines, "\n")
		}
		lines = append(lines, truncate(cur, width, font))
		if cur == w {
			cur = ""
		} else {
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, truncate(cur, width, font))
	}
	return strings.Join(lines, "\n")
}

// truncate shortens s to fit width px, ending it with an ellipsis.
func truncate(s string, width float64, font string) string {
	if measureText(s, font) <= width {
		return s
	}
	r := []rune(s)
	for n := len(r) - 1; n > 0; n-- {
		t := strings.TrimRight(string(r[:n]), " ,;:-") + ellipsis
		if measureText(t, font) <= width {
			return t
		}
	}
	return ellipsis
}

// cssFont is the CSS font shorthand ECharts builds for a label.
func cssFont(size float64, bold bool) string {
	w := "normal"
	if bold {
		w = "bold"
	}
	return w + " " + trimFloat(size) + "px " + fontFamily
}

func trimFloat(f float64) string {
	s := strings.TrimRight(strings.TrimRight(strconv.FormatFloat(f, 'f', 3, 64), "0"), ".")
	if s == "" {
		return "0"
	}
	return s
}

// unique makes labels distinct (an ECharts category axis merges equal
// labels) by numbering repeats.
func unique(labels []string) []string {
	seen := map[string]int{}
	out := make([]string, len(labels))
	for i, l := range labels {
		seen[l]++
		if n := seen[l]; n > 1 {
			l = l + " (" + strconv.Itoa(n) + ")"
		}
		out[i] = l
	}
	return out
}

// wrapText breaks s into lines no wider than width px in font, at spaces,
// cutting a word only when it alone is wider than a line. Nothing is left
// out: the lines joined with spaces are s with its runs of spaces made one.
func wrapText(s string, width float64, font string) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return nil
	}
	var lines []string
	cur := ""
	for _, w := range words {
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if width <= 0 || measureText(try, font) <= width {
			cur = try
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		// A word wider than the line is cut into pieces that fit.
		for measureText(w, font) > width {
			r := []rune(w)
			n := len(r) - 1
			for n > 1 && measureText(string(r[:n]), font) > width {
				n--
			}
			lines = append(lines, string(r[:n]))
			w = string(r[n:])
		}
		cur = w
	}
	return append(lines, cur)
}
