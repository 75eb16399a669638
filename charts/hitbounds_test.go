package charts

import "testing"

// HitBounds boxes each bar of the claims chart: a hit test at the box's
// centre finds that bar, and a claim the chart does not draw has no box.
func TestHitBounds(t *testing.T) {
	r := renderer(t)
	rep := testReport()
	c, err := Build(ClaimFrequency, rep, Options{Width: 640, Height: 480})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, cl := range rep.Claims {
		b, ok := r.HitBounds(c, Hit{Kind: "claim", ID: cl.ID})
		if !ok {
			t.Errorf("no box for claim %s", cl.ID)
			continue
		}
		n++
		if b.X1 <= b.X0 || b.Y1 <= b.Y0 || b.X0 < 0 || b.Y1 > float64(c.Height) {
			t.Errorf("claim %s: box %+v in a %dx%d chart", cl.ID, b, c.Width, c.Height)
		}
		h, ok := r.HitTest(c, (b.X0+b.X1)/2, (b.Y0+b.Y1)/2)
		if !ok || h.ID != cl.ID {
			t.Errorf("claim %s: the centre of its box %+v hits %+v", cl.ID, b, h)
		}
	}
	if n == 0 {
		t.Fatal("the test report has no claim drawn")
	}
	if _, ok := r.HitBounds(c, Hit{Kind: "claim", ID: "no-such-claim"}); ok {
		t.Error("a box for a claim the chart does not draw")
	}
}
