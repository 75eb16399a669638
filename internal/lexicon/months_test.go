package lexicon

import (
	"reflect"
	"testing"
)

func TestMonths(t *testing.T) {
	for w, want := range map[string]bool{"sept": true, "sep": true, "dec": true, "may": false, "march": false, "mar": true, "monday": false} {
		if got := IsMonthAbbreviation(w); got != want {
			t.Errorf("IsMonthAbbreviation(%q) = %v", w, got)
		}
	}
	want := map[string]int{
		"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
		"September": 9, "October": 10, "November": 11, "December": 12,
		"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
		"Nov": 11, "Dec": 12,
	}
	if got := CapitalisedMonths(); !reflect.DeepEqual(got, want) {
		t.Errorf("CapitalisedMonths() = %v", got)
	}
	if MonthName(9) != "September" || MonthName(13) != "" {
		t.Errorf("MonthName: %q %q", MonthName(9), MonthName(13))
	}
}
