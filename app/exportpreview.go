package app

import (
	"errors"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/storyview"
)

// previewWidth is the width of the export dialog's preview, in pixels.
const previewWidth = 360

// Preview draws the first chart of req at req's size and theme, small
// (chartWriter; the charts package's richer options go in here too).
func (chartsWriter) Preview(src ExportSource, req ExportRequest) (image.Image, error) {
	if src.Charts == nil {
		return nil, storyview.ErrEngineLoading
	}
	if src.Report == nil || len(req.Charts) == 0 {
		return nil, errors.New("no chart to preview")
	}
	c, err := charts.Build(req.Charts[0], src.Report, charts.Options{Width: req.Width, Height: req.Height,
		Theme: exportTheme(req.Theme), Caption: req.caption()})
	if err != nil {
		return nil, err
	}
	return src.Charts.Image(c, max(0.25, min(1, float64(previewWidth)/float64(req.Width))))
}

// newPreview is the export dialog's preview image.
func newPreview() *canvas.Image {
	img := canvas.NewImageFromImage(nil)
	img.FillMode = canvas.ImageFillContain
	img.ScaleMode = canvas.ImageScaleSmooth
	img.SetMinSize(fyne.NewSize(previewWidth, previewWidth*9/16))
	return img
}

// updatePreview redraws the preview for the dialog's settings, off the UI
// thread; a newer call supersedes an older one. A bad size keeps the last
// preview.
func (u *UI) updatePreview(f *exportForm) {
	if f.preview == nil {
		return
	}
	req, err := u.exportRequest(f)
	if err != nil && req.Width == 0 || len(req.Charts) == 0 {
		return
	}
	f.previewGen++
	gen := f.previewGen
	src := u.exportSource()
	aspect := float32(req.Height) / float32(req.Width)
	u.goBackground(func() {
		img, err := u.exportWriter.Preview(src, req)
		fyne.Do(func() {
			if gen != f.previewGen || err != nil {
				return
			}
			f.preview.Image = img
			f.preview.SetMinSize(fyne.NewSize(previewWidth, previewWidth*aspect))
			f.preview.Refresh()
		})
	})
}
