//go:build unix

package app

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/storylens/storylens/story"
)

// recoveryChildEnv names the package the child process of
// TestRecoveryAfterKill edits.
const recoveryChildEnv = "STORYLENS_TEST_RECOVERY_CHILD"

// The recovery copy survives a killed process: a child process (this test
// binary) opens the package, starts the recovery timer and makes an edit;
// once the copy is written it is killed with SIGKILL. The next start offers
// the copy, which holds the edit, and opening it shows the edit unsaved.
func TestRecoveryAfterKill(t *testing.T) {
	if pkg := os.Getenv(recoveryChildEnv); pkg != "" {
		recoveryChild(t, pkg)
		return
	}
	pkg := fixturePackage(t) // XDG_CACHE_HOME is a temporary folder, which the child inherits
	cmd := exec.Command(os.Args[0], "-test.run=^TestRecoveryAfterKill$", "-test.count=1")
	cmd.Env = append(os.Environ(), recoveryChildEnv+"="+pkg)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	deadline := time.After(60 * time.Second)
	for ready := false; !ready; {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("the child ended before its edit was copied")
			}
			ready = l == "recovery copy written"
		case <-deadline:
			t.Fatal("the child did not write its recovery copy")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the child was not killed by SIGKILL: %v", err)
	}
	if s, _ := story.Load(pkg); s.Title != "Test trip" {
		t.Fatalf("the package itself changed: %q", s.Title)
	}

	u, w := newPackageUI(t, pkg)
	dir := recoveryDirFor(pkg)
	if u.recoveryOffer != dir {
		t.Fatalf("the next start did not offer the recovery copy (%q)", u.recoveryOffer)
	}
	if s, ps := story.Load(dir); ps.HasErrors() || s.Title != "Edited before the crash" {
		t.Fatalf("the recovery copy does not hold the edit: %v", ps.Err())
	}
	done := make(chan Loaded, 1)
	u.loadedHook = func(l Loaded) { done <- l }
	tapDialogButton(t, w, "Open the copy")
	<-done
	if u.nav.Story().Title != "Edited before the crash" || !u.Dirty() || u.doc.path != pkg {
		t.Errorf("recovered: title %q, dirty %v, path %s", u.nav.Story().Title, u.Dirty(), u.doc.path)
	}
	if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
		t.Errorf("%d entries in the recovery folder (a temporary copy left by the kill?)", len(entries))
	}
}

// recoveryChild is the child process: open pkg, edit, wait for the
// recovery timer to copy the edit, say so, and wait to be killed.
func recoveryChild(t *testing.T, pkg string) {
	u, _ := newPackageUI(t, pkg)
	u.startRecovery(20 * time.Millisecond)
	fyne.DoAndWait(func() {
		if err := u.Apply(editSetTitle("Edited before the crash")); err != nil {
			t.Error(err)
		}
	})
	dir := recoveryDirFor(pkg)
	for {
		if s, _ := story.Load(dir); s != nil && s.Title == "Edited before the crash" {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("recovery copy written")
	time.Sleep(2 * time.Minute) // killed by the parent long before
	t.Error("the parent did not kill the child")
}
