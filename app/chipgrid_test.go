package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// Chips fill the row in as many columns of at least minWidth as fit (and
// as there are chips), fewer when that shows every label in full; a
// label too long for its cell is shortened with an ellipsis so that the
// chip's minimum fits the cell, and shown in full again when there is room.
func TestChipGrid(t *testing.T) {
	test.NewTempApp(t)
	labels := []string{"Kim Jong Un arrives in Russian port city", "The Maritime Executive · 2021-07-12", "Gamma"}
	g := &chipGrid{minWidth: 160, height: 36}
	c := container.New(g)
	var chips []*chipButton
	for _, l := range labels {
		b := newChipButton(l, nil, nil)
		chips = append(chips, b)
		c.Add(b)
	}
	for _, w := range []float32{170, 240, 340, 520, 900} {
		c.Resize(fyne.NewSize(w, 200))
		cols := g.columns(w, c.Objects)
		if most := min(len(labels), max(1, int((w+4)/(160+4)))); cols > most {
			t.Errorf("width %g: %d columns, more than the %d that fit", w, cols, most)
		}
		if full := chips[0].fullWidth(); cols > 1 && (w-float32(cols-1)*4)/float32(cols) < full {
			t.Errorf("width %g: %d columns shorten a label that one column shows in full", w, cols)
		}
		rows := (len(labels) + cols - 1) / cols
		if h := c.MinSize().Height; h < float32(rows)*36 || h > float32(rows)*40 {
			t.Errorf("width %g: minimum height %g for %d rows", w, h, rows)
		}
		for i, b := range chips {
			if b.Size().Width+0.5 < b.MinSize().Width {
				t.Errorf("width %g: chip %q is %g wide, under its minimum %g: its text runs past its edges", w, b.Text, b.Size().Width, b.MinSize().Width)
			}
			head, tail, short := strings.Cut(b.Text, "…")
			if !short && b.Text != labels[i] {
				t.Errorf("width %g: chip %q, want %q", w, b.Text, labels[i])
			}
			if short && (!strings.HasPrefix(labels[i], head) || !strings.HasSuffix(labels[i], tail)) {
				t.Errorf("width %g: chip %q is not a shortened %q", w, b.Text, labels[i])
			}
			// A source's date stays whole while its name is shortened.
			if i == 1 && short && tail != " · 2021-07-12" {
				t.Errorf("width %g: chip %q lost its date", w, b.Text)
			}
		}
	}
	if c.Resize(fyne.NewSize(900, 200)); chips[0].Text != labels[0] {
		t.Errorf("at 900 px the first chip shows %q, not its full label", chips[0].Text)
	}
	c.Resize(fyne.NewSize(170, 200))
	if !strings.HasSuffix(chips[0].Text, "…") {
		t.Errorf("at 170 px the first chip shows %q in full", chips[0].Text)
	}
}
