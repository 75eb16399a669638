// Package locale sets the process's locale variables up before Fyne reads
// them. Fyne (through github.com/jeandeaual/go-locale) reads LC_ALL,
// LC_MESSAGES and LANG while its lang package initialises, and logs "Error
// parsing user locale" for the common "C.UTF-8" and "POSIX.UTF-8" values,
// which are not language tags. This package, imported by main before
// anything else, rewrites such a value to "C" (which go-locale treats as no
// locale: Fyne then uses English) in its init, which Go runs first because
// the package imports nothing that Fyne needs.
package locale

import "os"

// saved holds the values init rewrote, for Restore.
var saved = map[string]string{}

func init() {
	Normalise(os.Getenv, func(k, v string) error {
		saved[k] = os.Getenv(k)
		return os.Setenv(k, v)
	})
}

// Restore puts back the values init rewrote, once Fyne has read them, so
// that programs Storylens starts see the user's own locale.
func Restore() {
	for k, v := range saved {
		_ = os.Setenv(k, v)
	}
}

// Normalise rewrites each of LC_ALL, LC_MESSAGES and LANG whose value is
// the C or POSIX locale with an encoding or modifier ("C.UTF-8",
// "POSIX.utf8", "C@euro") to plain "C".
func Normalise(getenv func(string) string, setenv func(string, string) error) {
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(key); IsPlainC(v) && v != "C" && v != "POSIX" {
			_ = setenv(key, "C")
		}
	}
}

// IsPlainC reports whether a locale value names the C (POSIX) locale,
// whatever its encoding or modifier.
func IsPlainC(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] == '.' || v[i] == '@' {
			v = v[:i]
			break
		}
	}
	return v == "C" || v == "POSIX"
}
