package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// variantTheme forces the light or dark variant of a base theme.
type variantTheme struct {
	fyne.Theme
	dark bool
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	v := theme.VariantLight
	if t.dark {
		v = theme.VariantDark
	}
	return t.Theme.Color(n, v)
}

// largeTheme scales text up for presentations.
type largeTheme struct {
	fyne.Theme
	factor float32
}

func (t largeTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText,
		theme.SizeNamePadding, theme.SizeNameInnerPadding, theme.SizeNameLineSpacing:
		return s * t.factor
	}
	return s
}
