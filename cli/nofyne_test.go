package cli

import (
	"os/exec"
	"strings"
	"testing"
)

// The headless commands link no Fyne: the map renderer is mapview, its
// widget is mapview/mapwidget, and cli uses only the first.
func TestCLILinksNoFyne(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "fyne.io/") {
			t.Errorf("cli depends on %s", pkg)
		}
	}
}
