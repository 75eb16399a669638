package charts

import "testing"

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		w, h int
		ok   bool
	}{
		{"960x560", 960, 560, true},
		{" 1600 X 900 ", 1600, 900, true},
		{"200x150", 200, 150, true},
		{"8000x8000", 8000, 8000, true},
		{"960", 0, 0, false},
		{"x560", 0, 0, false},
		{"100x100", 0, 0, false},
		{"199x150", 0, 0, false},
		{"99999x500", 0, 0, false},
		{"-5x500", 0, 0, false},
	}
	for _, tc := range tests {
		w, h, err := ParseSize(tc.in)
		if (err == nil) != tc.ok || w != tc.w || h != tc.h {
			t.Errorf("ParseSize(%q) = %d, %d, %v", tc.in, w, h, err)
		}
	}
}

func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"960x560", "1x1", "x", "", "8000x8000", "１x２"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, h, err := ParseSize(s)
		if err == nil && CheckSize(w, h) != nil {
			t.Errorf("%q accepted as %dx%d", s, w, h)
		}
	})
}
