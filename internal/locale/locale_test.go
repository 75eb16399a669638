package locale

import "testing"

func TestNormalise(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"C.UTF-8", "C"},
		{"C.utf8", "C"},
		{"POSIX.UTF-8", "C"},
		{"C@euro", "C"},
		{"C", "C"},
		{"POSIX", "POSIX"},
		{"", ""},
		{"en_US.UTF-8", "en_US.UTF-8"},
		{"Cy_GB.UTF-8", "Cy_GB.UTF-8"},
		{"de_DE@euro", "de_DE@euro"},
	} {
		env := map[string]string{"LANG": tc.in}
		Normalise(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if env["LANG"] != tc.want {
			t.Errorf("LANG=%q became %q, want %q", tc.in, env["LANG"], tc.want)
		}
	}
}
