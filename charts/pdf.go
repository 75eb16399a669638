package charts

import (
	"bytes"
	"fmt"
	"math"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/storylens/storylens/assets/fonts"
	"github.com/storylens/storylens/charts/internal/svg"
)

// fixedTime dates every PDF, so that the same chart gives the same bytes
// (the export is reproducible; the file's own time says when it was made).
var fixedTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// pxToPt converts CSS pixels (96 per inch) to PDF points (72 per inch).
const pxToPt = 0.75

// PDF returns the chart as a one-page vector PDF the chart's size (CSS
// pixels at 96 dpi): every shape as a vector path, every text drawn with
// the embedded Liberation Sans glyph outlines (so it looks exactly as the
// PNG and SVG) and also written as real, invisible text in the embedded
// font over them, so that it can be selected, searched and copied, as
// scanned documents with a text layer do. transparent leaves out the
// background.
func (r *Renderer) PDF(c *Chart, transparent bool) ([]byte, error) {
	_, sc, err := r.render(c)
	if err != nil {
		return nil, err
	}
	b, err := sc.pdf(transparent || c.Transparent, c.Title, c.PagePt)
	if err != nil {
		return nil, fmt.Errorf("charts: pdf %s: %w", c.ID, err)
	}
	return b, nil
}

// pdf draws the scene on one page: the chart's size at 96 dpi, or page
// (points) when set, the chart scaled to fill it.
func (sc *scene) pdf(transparent bool, title string, page [2]float64) ([]byte, error) {
	w, h := sc.w*pxToPt, sc.h*pxToPt
	sx, sy := 1.0, 1.0
	if page[0] > 0 && page[1] > 0 {
		sx, sy = page[0]/w, page[1]/h
		w, h = page[0], page[1]
	}
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: fpdf.SizeType{Wd: w, Ht: h}})
	f.SetMargins(0, 0, 0)
	f.SetAutoPageBreak(false, 0)
	f.SetCreator("Storylens", true)
	f.SetTitle(title, true)
	// Fixed dates, so that the same chart gives the same bytes.
	f.SetCreationDate(fixedTime)
	f.SetModificationDate(fixedTime)
	f.SetCompression(true)
	f.SetCatalogSort(true) // fonts and objects in a fixed order
	f.AddUTF8FontFromBytes("sans", "", fonts.SansRegular)
	f.AddUTF8FontFromBytes("sans", "B", fonts.SansBold)
	f.AddPage()
	scaled := sx != 1 || sy != 1
	if scaled {
		f.TransformBegin()
		f.TransformScale(sx*100, sy*100, 0, 0)
	}
	for i := range sc.items {
		it := &sc.items[i]
		if it.background && transparent {
			continue
		}
		clipped := it.clip != nil
		if clipped {
			c := it.clip
			f.ClipRect(c.x0*pxToPt, c.y0*pxToPt, (c.x1-c.x0)*pxToPt, (c.y1-c.y0)*pxToPt, false)
		}
		if it.strokeFirst {
			pdfStroke(f, it)
			pdfFill(f, it)
		} else {
			pdfFill(f, it)
			pdfStroke(f, it)
		}
		if it.text != "" && it.textSize > 0 {
			pdfText(f, it)
		}
		if clipped {
			f.ClipEnd()
		}
	}
	if scaled {
		f.TransformEnd()
	}
	if err := f.Error(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// path traces the item's segments as the current path.
func pdfPath(f *fpdf.Fpdf, segs []svg.Seg) bool {
	open := false
	var cur [2]float64
	for _, s := range segs {
		switch s.Op {
		case 'M':
			f.MoveTo(s.P[0][0]*pxToPt, s.P[0][1]*pxToPt)
			cur, open = s.P[0], true
		case 'L':
			if !open {
				f.MoveTo(cur[0]*pxToPt, cur[1]*pxToPt)
				open = true
			}
			f.LineTo(s.P[0][0]*pxToPt, s.P[0][1]*pxToPt)
			cur = s.P[0]
		case 'Q':
			if !open {
				f.MoveTo(cur[0]*pxToPt, cur[1]*pxToPt)
				open = true
			}
			f.CurveTo(s.P[0][0]*pxToPt, s.P[0][1]*pxToPt, s.P[1][0]*pxToPt, s.P[1][1]*pxToPt)
			cur = s.P[1]
		case 'C':
			if !open {
				f.MoveTo(cur[0]*pxToPt, cur[1]*pxToPt)
				open = true
			}
			f.CurveBezierCubicTo(s.P[0][0]*pxToPt, s.P[0][1]*pxToPt, s.P[1][0]*pxToPt, s.P[1][1]*pxToPt,
				s.P[2][0]*pxToPt, s.P[2][1]*pxToPt)
			cur = s.P[2]
		case 'Z':
			if open {
				f.ClosePath()
			}
		}
	}
	return open
}

func pdfFill(f *fpdf.Fpdf, it *item) {
	if !it.hasFill || len(it.segs) == 0 {
		return
	}
	c := it.fill
	f.SetFillColor(int(c.R), int(c.G), int(c.B))
	f.SetAlpha(float64(c.A)/255, "Normal")
	if pdfPath(f, it.segs) {
		f.DrawPath("f")
	}
	f.SetAlpha(1, "Normal")
}

func pdfStroke(f *fpdf.Fpdf, it *item) {
	if !it.hasStroke || len(it.segs) == 0 || it.strokeW <= 0 {
		return
	}
	c := it.stroke
	f.SetDrawColor(int(c.R), int(c.G), int(c.B))
	f.SetAlpha(float64(c.A)/255, "Normal")
	f.SetLineWidth(it.strokeW * pxToPt)
	switch it.join {
	case "round", "bevel":
		f.SetLineJoinStyle(it.join)
	default:
		f.SetLineJoinStyle("miter")
	}
	switch it.cap {
	case "round", "square":
		f.SetLineCapStyle(it.cap)
	default:
		f.SetLineCapStyle("butt")
	}
	if len(it.dash) > 0 {
		d := make([]float64, len(it.dash))
		for i, v := range it.dash {
			d[i] = v * pxToPt
		}
		f.SetDashPattern(d, 0)
	}
	if pdfPath(f, it.segs) {
		f.DrawPath("S")
	}
	if len(it.dash) > 0 {
		f.SetDashPattern(nil, 0)
	}
	f.SetAlpha(1, "Normal")
}

// pdfText writes the item's text, invisible (text rendering mode 3), at
// its baseline in the embedded font, rotated as drawn.
func pdfText(f *fpdf.Fpdf, it *item) {
	style := ""
	if it.textBold {
		style = "B"
	}
	f.SetFont("sans", style, it.textSize*pxToPt)
	f.SetTextRenderingMode(3)
	x, y := it.textAt[0]*pxToPt, it.textAt[1]*pxToPt
	rotated := math.Abs(it.textAngle) > 1e-6
	if rotated {
		f.TransformBegin()
		f.TransformRotate(-it.textAngle*180/math.Pi, x, y)
	}
	f.Text(x, y, it.text)
	if rotated {
		f.TransformEnd()
	}
	f.SetTextRenderingMode(0)
}
