package app

import (
	"errors"
	"strings"
	"testing"
)

func TestClipboardCommand(t *testing.T) {
	tools := func(names ...string) func(string) (string, error) {
		return func(n string) (string, error) {
			for _, x := range names {
				if x == n {
					return "/usr/bin/" + n, nil
				}
			}
			return "", errors.New("not found")
		}
	}
	for _, c := range []struct {
		name, goos string
		wayland    bool
		tools      []string
		want       string // first words of the command, or "error: text"
	}{
		{"x11 xclip", "linux", false, []string{"xclip"}, "xclip -selection clipboard -t image/png -i /tmp/a.png"},
		{"wayland prefers wl-copy", "linux", true, []string{"xclip", "wl-copy"}, "wl-copy --type image/png"},
		{"x11 with wl-copy only", "linux", false, []string{"wl-copy"}, "wl-copy --type image/png"},
		{"linux without tools", "linux", false, nil, "error: xclip (X11) or wl-clipboard"},
		{"macOS", "darwin", false, []string{"osascript"}, "osascript -e set the clipboard to (read (POSIX file \"/tmp/a.png\")"},
		{"windows", "windows", false, []string{"powershell"}, "powershell -NoProfile -STA -Command Add-Type"},
		{"windows without powershell", "windows", false, nil, "error: PowerShell"},
		{"other", "plan9", false, []string{"xclip"}, "error: not supported on plan9"},
	} {
		cmd, err := clipboardCommand(c.goos, "/tmp/a.png", c.wayland, tools(c.tools...))
		if msg, ok := strings.CutPrefix(c.want, "error: "); ok {
			if err == nil || !strings.Contains(err.Error(), msg) {
				t.Errorf("%s: %v, %v; want an error with %q", c.name, cmd, err, msg)
			}
			continue
		}
		if err != nil || !strings.HasPrefix(strings.Join(cmd, " "), c.want) {
			t.Errorf("%s: %q, %v; want %q", c.name, strings.Join(cmd, " "), err, c.want)
		}
	}
}
