package quantity

import (
	"fmt"
	"testing"
)

// The ISO formatters agree with fmt's zero padding.
func TestISOFormat(t *testing.T) {
	for _, y := range []int{0, 7, 99, 999, 1800, 2023, 9999, 12345, -5} {
		for _, m := range []int{1, 9, 12} {
			for _, d := range []int{1, 10, 31} {
				if got, want := isoDay(y, m, d), fmt.Sprintf("%04d-%02d-%02d", y, m, d); y != 0 && got != want {
					t.Errorf("isoDay(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
				if got, want := isoDay(0, m, d), fmt.Sprintf("--%02d-%02d", m, d); got != want {
					t.Errorf("isoDay(0, %d, %d) = %q, want %q", m, d, got, want)
				}
			}
			if got, want := isoMonth(y, m), fmt.Sprintf("%04d-%02d", y, m); got != want {
				t.Errorf("isoMonth(%d, %d) = %q, want %q", y, m, got, want)
			}
		}
		if got, want := isoYear(y), fmt.Sprintf("%04d", y); got != want {
			t.Errorf("isoYear(%d) = %q, want %q", y, got, want)
		}
	}
}
