package storyview

import (
	"os/exec"
	"strings"
	"testing"
)

// storyview links no Fyne, so that the command line can use it and its tests
// need no window.
func TestLinksNoFyne(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "fyne.io/") {
			t.Errorf("storyview depends on %s", pkg)
		}
	}
}
