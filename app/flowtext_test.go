package app

import (
	"math"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowBody is a step body with emphasis and a link, as stories have them.
const flowBody = `"Kim avoids flying." For his first trip to Russia he made a *420-mile trip from Pyongyang by armored train* (an article of 2019); see [the report of the trip](https://example.org/r) for the route, which **the map draws** along the coast.`

// At every width from narrow to wide, the step text's rows are filled
// greedily (no row could have taken the next row's first word), no row
// starts with a space, nothing runs past the widget's edge, and the text
// reads as the body.
func TestFlowTextRows(t *testing.T) {
	test.NewTempApp(t)
	f := newFlowText()
	paras := bodyParagraphs(flowBody, false, nil)
	f.SetParagraphs(paras)
	win := test.NewTempWindow(t, f)
	win.SetPadded(false)
	want := strings.Join(strings.Fields(f.Text()), " ")
	for w := float32(140); w <= 900; w += 7 {
		win.Resize(fyne.NewSize(w, 600))
		var got strings.Builder
		for _, s := range f.rt.Segments {
			got.WriteString(strings.ReplaceAll(s.Textual(), "\n", " "))
		}
		if g := strings.Join(strings.Fields(got.String()), " "); g != want {
			t.Fatalf("width %g: text %q, want %q", w, g, want)
		}
		for _, p := range rowProblems(f.rt, w-2*theme.InnerPadding()-2) {
			t.Errorf("width %g: %s", w, p)
		}
	}
}

// rowProblems checks the rows RichText rt shows (one paragraph) for avail
// pixels of text: a row that could have held the next row's first word, a
// row that starts with a space, a piece that runs past the edge.
func rowProblems(rt *widget.RichText, avail float32) []string {
	type item struct {
		x, right float32
		text     string
		size     float32
		style    fyne.TextStyle
	}
	rows := map[float32][]item{}
	for _, o := range test.WidgetRenderer(rt).Objects() {
		it := item{x: o.Position().X, size: theme.TextSize()}
		switch v := o.(type) {
		case *canvas.Text:
			it.text, it.size, it.style = v.Text, v.TextSize, v.TextStyle
		case *fyne.Container:
			if len(v.Objects) != 1 {
				continue
			}
			h, ok := v.Objects[0].(*widget.Hyperlink)
			if !ok {
				continue
			}
			it.text = h.Text
		default:
			continue
		}
		if it.text == "" {
			continue
		}
		it.right = it.x + fyne.MeasureText(it.text, it.size, it.style).Width
		y := float32(math.Round(float64(o.Position().Y)))
		rows[y] = append(rows[y], it)
	}
	var ys []float32
	for y := range rows {
		ys = append(ys, y)
	}
	sort.Slice(ys, func(i, j int) bool { return ys[i] < ys[j] })
	left := theme.InnerPadding()
	var out []string
	for i, y := range ys {
		row := rows[y]
		sort.Slice(row, func(a, b int) bool { return row[a].x < row[b].x })
		first, right := row[0], float32(0)
		for _, it := range row {
			right = max(right, it.right)
		}
		if strings.HasPrefix(first.text, " ") {
			out = append(out, "row "+first.text+" starts with a space")
		}
		if right > left+avail+1 {
			out = append(out, "row ending "+row[len(row)-1].text+" runs past the edge")
		}
		if i+1 < len(ys) {
			next := rows[ys[i+1]]
			sort.Slice(next, func(a, b int) bool { return next[a].x < next[b].x })
			word := strings.Fields(next[0].text)
			if len(word) == 0 {
				continue
			}
			last := row[len(row)-1]
			need := fyne.MeasureText(" ", last.size, last.style).Width + fyne.MeasureText(word[0], next[0].size, next[0].style).Width
			if right+need < left+avail-1 {
				out = append(out, "row ending "+strings.TrimSpace(last.text)+" had room for "+word[0])
			}
		}
	}
	return out
}

// The check can fail: Fyne's own wrapping of the same paragraph, as
// segments of one style each, leaves a row short or a link past the edge
// at some width (the reason flowText breaks rows itself).
func TestRowProblemsFindsFyneWrapping(t *testing.T) {
	test.NewTempApp(t)
	rt := widget.NewRichText()
	rt.Wrapping = fyne.TextWrapWord
	for _, r := range bodyParagraphs(flowBody, false, nil)[0] {
		if r.link != nil {
			rt.Segments = append(rt.Segments, r.link(r.text))
			continue
		}
		rt.Segments = append(rt.Segments, &widget.TextSegment{Text: r.text, Style: r.style})
	}
	win := test.NewTempWindow(t, rt)
	win.SetPadded(false)
	found := 0
	for w := float32(140); w <= 900; w += 7 {
		win.Resize(fyne.NewSize(w, 600))
		if len(rowProblems(rt, w-2*theme.InnerPadding())) > 0 {
			found++
		}
	}
	if found == 0 {
		t.Error("Fyne's wrapping shows no problem at any width: the check finds nothing")
	}
}
