package fonts

import (
	"fmt"
	"sync"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// Face names one embedded font: Liberation Sans (the charts' and the map's
// text), the Go fonts (the slides' text, BSD-3-Clause, embedded by
// golang.org/x/image/font/gofont), or one of the fallback faces for the
// scripts Liberation Sans lacks (see [Chain]).
type Face int

// The embedded faces.
const (
	LiberationSans Face = iota
	LiberationSansBold
	GoRegular
	GoBold
	NotoSansArabic
	NotoSansArabicBold
	NotoSansDevanagari
	NotoSansDevanagariBold
	NotoSansThai
	NotoSansThaiBold
	NanumGothic
	NanumGothicBold
	DroidSansFallback
	numFaces
)

var faceNames = [numFaces]string{"LiberationSans-Regular", "LiberationSans-Bold", "Go-Regular", "Go-Bold",
	"NotoSansArabic-Regular", "NotoSansArabic-Bold", "NotoSansDevanagari-Regular", "NotoSansDevanagari-Bold",
	"NotoSansThai-Regular", "NotoSansThai-Bold", "NanumGothic-Regular", "NanumGothic-Bold",
	"DroidSansFallback-Subset"}

// String is the face's file name without extension ("Go-Bold").
func (f Face) String() string {
	if f < 0 || f >= numFaces {
		return fmt.Sprintf("fonts.Face(%d)", int(f))
	}
	return faceNames[f]
}

// TTF is the face's font file.
func (f Face) TTF() []byte {
	switch f {
	case LiberationSans:
		return SansRegular
	case LiberationSansBold:
		return SansBold
	case GoRegular:
		return goregular.TTF
	case GoBold:
		return gobold.TTF
	}
	if f >= NotoSansArabic && f < numFaces {
		return fallbackTTF[f-NotoSansArabic]
	}
	return nil
}

var parsed [numFaces]struct {
	once sync.Once
	font *sfnt.Font
	err  error
}

// Parse returns face f parsed, once per process: every caller shares the
// one *sfnt.Font (an opentype.Font is the same type). A parsed font may be
// used from several goroutines as long as each passes its own sfnt.Buffer
// (opentype.NewFace makes one per face). The error names the face.
func Parse(f Face) (*sfnt.Font, error) {
	if f < 0 || f >= numFaces {
		return nil, fmt.Errorf("fonts: no embedded face %v", f)
	}
	p := &parsed[f]
	p.once.Do(func() {
		p.font, p.err = sfnt.Parse(f.TTF())
		if p.err != nil {
			p.err = fmt.Errorf("fonts: parse %v: %w", f, p.err)
		}
	})
	return p.font, p.err
}
