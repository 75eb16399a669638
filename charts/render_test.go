package charts

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/png"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/storylens/storylens/story/analysis"
)

var (
	testROnce sync.Once
	testR     *Renderer
	testRErr  error
)

// renderer returns the renderer shared by the tests.
func renderer(t testing.TB) *Renderer {
	t.Helper()
	testROnce.Do(func() { testR, testRErr = NewRenderer() })
	if testRErr != nil {
		t.Fatal(testRErr)
	}
	return testR
}

// chartTexts builds chart id of rep with o, renders it as SVG and returns
// the chart and the text of every <text> element.
func chartTexts(t *testing.T, r *Renderer, id ID, rep *analysis.Report, o Options) (*Chart, []string) {
	t.Helper()
	c, err := Build(id, rep, o)
	if err != nil {
		t.Fatal(err)
	}
	svg, err := r.SVG(c)
	if err != nil {
		t.Fatal(err)
	}
	return c, svgTexts(t, svg)
}

// svgTexts returns the text of every <text> element.
func svgTexts(t *testing.T, svg []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var out []string
	in := 0
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("svg is not well-formed XML: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if x.Name.Local == "text" {
				in++
				cur.Reset()
			}
		case xml.EndElement:
			if x.Name.Local == "text" {
				in--
				out = append(out, cur.String())
			}
		case xml.CharData:
			if in > 0 {
				cur.Write(x)
			}
		}
	}
}

func TestSVGHasEveryClaimLabelAsText(t *testing.T) {
	r := renderer(t)
	rep := testReport()
	for _, id := range []ID{ClaimFrequency, SourceCoverage} {
		_, all := chartTexts(t, r, id, rep, Options{})
		texts := strings.Join(all, "\n")
		// A two-line label is two <text> elements: compare word sequences.
		flat := strings.Join(strings.Fields(texts), " ")
		for _, cl := range rep.Claims {
			if !strings.Contains(flat, cl.Label) {
				t.Errorf("%s: claim label %q not in the SVG text", id, cl.Label)
			}
		}
	}
}

// TestSVGKeepsLongLabelsWholeAndSaysHowManyMore: 25 long claims in 560 px
// are never shortened: the rows that fit show their labels in full,
// wrapped no wider than the label column, and a line counts the rest.
func TestSVGKeepsLongLabelsWholeAndSaysHowManyMore(t *testing.T) {
	r := renderer(t)
	rep := bigReport(25, 5)
	c, texts := chartTexts(t, r, ClaimFrequency, rep, Options{})
	joined := strings.Join(texts, " ")
	for _, s := range texts {
		if strings.Contains(s, ellipsis) {
			t.Errorf("shortened text %q", s)
		}
		if strings.HasPrefix(s, "Claim ") && measureText(s, cssFont(labelSize, false)) > float64(c.Width)*0.42+1 {
			t.Errorf("label line %q wider than its column", s)
		}
	}
	shown := 0
	for _, cl := range rep.Claims {
		if strings.Contains(joined, cl.Label) {
			shown++
		}
	}
	if shown < 5 || shown == len(rep.Claims) {
		t.Fatalf("%d of %d claims shown in 560 px", shown, len(rep.Claims))
	}
	if want := fmt.Sprintf("+ %d more claims", len(rep.Claims)-shown); !strings.Contains(joined, want) {
		t.Errorf("no %q line", want)
	}
	for _, h := range c.hits {
		if strings.HasSuffix(h.Label, ellipsis) || !strings.HasPrefix(h.Label, "Claim ") {
			t.Errorf("hit label %q is not the full label", h.Label)
		}
	}
}

func TestPNGSizeAndTransparency(t *testing.T) {
	r := renderer(t)
	c, err := Build(Places, testReport(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		scale       float64
		transparent bool
		w, h        int
	}{{1, false, 960, 560}, {2, true, 1920, 1120}, {3, false, 2880, 1680}} {
		b, err := r.PNG(c, tc.scale, tc.transparent)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if got := img.Bounds().Size(); got.X != tc.w || got.Y != tc.h {
			t.Errorf("scale %v: %v, want %dx%d", tc.scale, got, tc.w, tc.h)
		}
		_, _, _, a := img.At(2, 2).RGBA()
		if tc.transparent != (a == 0) {
			t.Errorf("scale %v transparent=%v: corner alpha %d", tc.scale, tc.transparent, a)
		}
	}
	if _, err := r.PNG(c, 0, false); err == nil {
		t.Error("scale 0 accepted")
	}
}

func TestHitTestFindsBarsAndCells(t *testing.T) {
	r := renderer(t)
	rep := testReport()
	for _, id := range []ID{ClaimFrequency, SourceCoverage, Places, Timeline} {
		c, err := Build(id, rep, Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, sc, err := r.render(c)
		if err != nil {
			t.Fatal(err)
		}
		// Click the centre of every drawn item: the hit must be that item.
		n := 0
		for _, it := range sc.items {
			if !it.chart || it.series < 0 {
				continue
			}
			want, ok := c.hits[hitKey{it.series, it.data}]
			if !ok {
				continue
			}
			x, y := (it.bbox.x0+it.bbox.x1)/2, (it.bbox.y0+it.bbox.y1)/2
			got, ok := r.HitTest(c, x, y)
			if !ok || got.ID != want.ID || got.Source != want.Source {
				t.Errorf("%s: click at %.0f,%.0f: got %+v %v, want %s/%s", id, x, y, got, ok, want.ID, want.Source)
			}
			n++
		}
		if n == 0 {
			t.Errorf("%s: no hit-testable items", id)
		}
		if h, ok := r.HitTest(c, 2, 2); ok {
			t.Errorf("%s: corner hit %+v", id, h)
		}
	}
}

func TestHitTestMapsClickToClaim(t *testing.T) {
	// The most reported claim is the top bar; a click at its right end
	// (just left of the count label) selects it.
	r := renderer(t)
	rep := testReport()
	c, _ := Build(ClaimFrequency, rep, Options{})
	_, sc, err := r.render(c)
	if err != nil {
		t.Fatal(err)
	}
	top := -1
	for i, it := range sc.items {
		if it.chart && it.series >= 0 && (top < 0 || it.bbox.y0 < sc.items[top].bbox.y0) {
			top = i
		}
	}
	b := sc.items[top].bbox
	h, ok := r.HitTest(c, b.x1-2, b.y0+2)
	if !ok || h.ID != "special-train" || h.Value != 5 || h.Kind != "claim" {
		t.Errorf("top bar click: %+v %v, want special-train with 5 sources", h, ok)
	}
}
