package article

import (
	"reflect"
	"testing"
	"unsafe"
)

// TestParseOwnedSharesData checks that ParseOwned gives what Parse gives and
// that its text lies in the bytes handed over (no copy) unless the line
// endings had to be normalised.
func TestParseOwnedSharesData(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		shares   bool
	}{
		{"plain", "First paragraph here.\n\nSecond one. With two sentences.\n", true},
		{"front matter", "---\ntitle: T\ndate: 2024-01-02\n---\nBody text.\n", true},
		{"date prefix", " date 2024-01-02 Body text follows.\n", true},
		{"bom", "\xef\xbb\xbfBody after a byte order mark.\n", true},
		{"crlf", "Line one.\r\n\r\nLine two.\r\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := Parse("a.txt", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			data := []byte(tc.in)
			got, err := ParseOwned("a.txt", data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("ParseOwned = %+v, want Parse's %+v", got, want)
			}
			p := uintptr(unsafe.Pointer(unsafe.StringData(got.Text)))
			lo := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
			inside := p >= lo && p < lo+uintptr(len(data))
			if inside != tc.shares {
				t.Errorf("text shares the data: %v, want %v", inside, tc.shares)
			}
		})
	}
}
