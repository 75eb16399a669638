package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestNoLocaleErrorUnderCLocale runs this test binary (which links Fyne
// and internal/locale as the storylens binary does) under the C locales
// that Fyne cannot parse, and checks that Fyne logs nothing about them: the
// locale package must initialise before Fyne's lang package.
func TestNoLocaleErrorUnderCLocale(t *testing.T) {
	if os.Getenv("STORYLENS_LOCALE_CHILD") != "" {
		return // the child: its package inits have run, which is the test
	}
	for _, lang := range []string{"C.UTF-8", "POSIX.UTF-8", "C", ""} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestNoLocaleErrorUnderCLocale$")
		var env []string
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "LANG=") && !strings.HasPrefix(kv, "LC_ALL=") && !strings.HasPrefix(kv, "LC_MESSAGES=") && !strings.HasPrefix(kv, "LANGUAGE=") {
				env = append(env, kv)
			}
		}
		cmd.Env = append(env, "STORYLENS_LOCALE_CHILD=1", "LANG="+lang)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("LANG=%q: %v\n%s", lang, err, out)
		}
		if strings.Contains(string(out), "locale") {
			t.Errorf("LANG=%q: the output mentions the locale:\n%s", lang, out)
		}
	}
}
