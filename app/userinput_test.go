package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/edit"
)

func TestCheckStepDate(t *testing.T) {
	for _, tc := range []struct {
		date string
		ok   bool
	}{
		{"", true},
		{"2024-05-07", true},
		{"2024-05-03/2024-05-10", true},
		{"2024-02-30", false},
		{"2024-13-01", false},
		{"7 May 2024", false},
		{"2024-05-07/", false},
		{"2024-5-7", false},
	} {
		if got := checkStepDate(tc.date); (got == "") != tc.ok {
			t.Errorf("checkStepDate(%q) = %q, want ok %v", tc.date, got, tc.ok)
		}
	}
}

func TestSafeFolderName(t *testing.T) {
	for in, want := range map[string]string{
		"Xi in Europe, May 2024":   "Xi in Europe, May 2024",
		"a/b\\c:d":                 "a-b-c-d",
		"  ..  ":                   "Story",
		"":                         "Story",
		"What? <now> \"quoted\" |": "What now quoted",
		"..hidden":                 "hidden",
		"tab\there\x00":            "tabhere",
		strings.Repeat("x", 80):    strings.Repeat("x", 60),
	} {
		if got := safeFolderName(in); got != want {
			t.Errorf("safeFolderName(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzStepDateAndFolderName checks the two things the user types into the
// app's dialogs: a date the Edit step dialog accepts is one the editor
// accepts too, and a folder name made from a title is always one plain,
// non-empty name.
func FuzzStepDateAndFolderName(f *testing.F) {
	for _, s := range []string{"", "2024-05-07", "2024-05-10/2024-05-03", "2024-02-30", "../..", "a/b", "\x00", "été 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st := &story.Story{Title: "t", Steps: []story.Step{{ID: "x", Title: "x"}}}
		err := edit.New(st).Apply(edit.SetStepDate{ID: "x", Date: s})
		if err == nil && checkStepDate(s) != "" {
			t.Errorf("the editor accepts %q but the dialog flags it: %s", s, checkStepDate(s))
		}
		if err != nil && checkStepDate(s) == "" && !strings.Contains(s, "/") {
			t.Errorf("the dialog accepts %q but the editor refuses it: %v", s, err)
		}
		n := safeFolderName(s)
		if n == "" || n == "." || n == ".." || strings.ContainsAny(n, "/\\:*?\"<>|\x00\n") || !utf8.ValidString(n) || utf8.RuneCountInString(n) > 60 {
			t.Errorf("safeFolderName(%q) = %q", s, n)
		}
	})
}
