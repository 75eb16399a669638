package app

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/storylens/storylens/story"
)

// recoveryInterval is how often a story with unsaved changes is copied to
// its recovery folder.
const recoveryInterval = 30 * time.Second

// recoveryDirFor is the recovery folder of the story opened from path (""
// = the bundled story): os.UserCacheDir()/storylens/recovery/<the first 16
// hex digits of the SHA-256 of its absolute path, or of "bundled">. It is
// "" when there is no cache folder.
func recoveryDirFor(path string) string {
	cache, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	key := "bundled"
	if path != "" {
		key = path
		if abs, err := filepath.Abs(path); err == nil {
			key = abs
		}
	}
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(cache, "storylens", "recovery", hex.EncodeToString(sum[:8]))
}

// writeRecovery writes s as a story package to dir, atomically: the package
// goes to a new folder beside dir, which then replaces dir by renaming (the
// old copy, if any, is renamed aside first and removed after).
func writeRecovery(s *story.Story, dir string) error {
	if dir == "" {
		return fmt.Errorf("recovery copy: no cache folder")
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o700); err != nil {
		return fmt.Errorf("recovery copy: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, filepath.Base(dir)+".tmp-*")
	if err != nil {
		return fmt.Errorf("recovery copy: %w", err)
	}
	if err := story.WritePackage(s, tmp); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("recovery copy: %w", err)
	}
	old := ""
	if _, err := os.Lstat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			os.RemoveAll(tmp)
			return fmt.Errorf("recovery copy: %w", err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			_ = os.Rename(old, dir)
		}
		os.RemoveAll(tmp)
		return fmt.Errorf("recovery copy: %w", err)
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// removeRecovery deletes a recovery folder ("" does nothing).
func removeRecovery(dir string) {
	if dir != "" {
		if err := os.RemoveAll(dir); err != nil {
			fyne.LogError("remove the recovery copy", err)
		}
	}
}

// recoveryNewer returns when the recovery copy in dir was written, and
// whether it is newer than the story at path ("" = bundled: any copy is).
func recoveryNewer(path, dir string) (time.Time, bool) {
	if dir == "" {
		return time.Time{}, false
	}
	rec, err := os.Stat(filepath.Join(dir, story.StoryFile))
	if err != nil {
		return time.Time{}, false
	}
	if path == "" {
		return rec.ModTime(), true
	}
	origin := time.Time{}
	if fi, err := os.Stat(path); err == nil {
		origin = fi.ModTime()
	}
	if fi, err := os.Stat(filepath.Join(path, story.StoryFile)); err == nil && fi.ModTime().After(origin) {
		origin = fi.ModTime()
	}
	return rec.ModTime(), rec.ModTime().After(origin)
}

// startRecovery copies the story to its recovery folder every interval
// while it has unsaved changes that were not copied yet, off the UI thread.
func (u *UI) startRecovery(interval time.Duration) {
	u.stopRecovery()
	stop := make(chan struct{})
	u.recoveryStop = stop
	done := make(chan struct{})
	u.recoveryDone = done
	go func() {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				u.recoverNow()
			}
		}
	}()
}

// stopRecovery stops the copies startRecovery makes. The returned channel
// closes once a copy under way is written (never wait for it on the UI
// thread: the copy reads the story there).
func (u *UI) stopRecovery() <-chan struct{} {
	done := u.recoveryDone
	if u.recoveryStop != nil {
		close(u.recoveryStop)
		u.recoveryStop = nil
	}
	if done == nil {
		done = make(chan struct{})
		close(done)
	}
	return done
}

// recoverNow writes the recovery copy when the story has unsaved changes
// not copied yet. It may run on any goroutine: it reads the editor's
// current state on the UI thread (a state is never changed afterwards) and
// writes it from the calling goroutine.
func (u *UI) recoverNow() error {
	var (
		s   *story.Story
		dir string
	)
	fyne.DoAndWait(func() {
		if u.doc != nil && u.doc.dirty() && u.doc.editor.View() != u.recovered {
			s, dir = u.doc.editor.View(), recoveryDirFor(u.doc.path)
		}
	})
	if s == nil {
		return nil
	}
	err := writeRecovery(s, dir)
	fyne.DoAndWait(func() {
		if err != nil {
			fyne.LogError("recovery copy", err)
			return
		}
		u.recovered = s
	})
	return err
}

// offerRecovery asks whether to open the recovery copy of the story opened
// from path when there is one newer than the story itself.
func (u *UI) offerRecovery(path string) {
	dir := recoveryDirFor(path)
	when, newer := recoveryNewer(path, dir)
	if !newer {
		return
	}
	name := path
	if name == "" {
		name = "the bundled story"
	}
	msg := widget.NewLabel(fmt.Sprintf("Storylens kept a copy of unsaved changes to %s, written %s.\nOpen it? (Not now keeps the copy.)",
		name, when.Format("2006-01-02 15:04")))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Recover unsaved changes?", "Open the copy", "Not now", msg, func(ok bool) {
		if ok {
			u.openAs(dir, path, true)
		}
	}, u.win)
	u.fitDialog(d, fyne.NewSize(520, 200))
	u.recoveryOffer = dir
	d.Show()
}
