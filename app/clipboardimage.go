package app

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/mapview"
	"github.com/storylens/storylens/storyview"
)

// Copying an image to the clipboard: Fyne 2.7's clipboard holds text only,
// so Storylens hands a PNG to the platform's own clipboard tool: wl-copy
// (Wayland) or xclip (X11) on Linux, osascript on macOS and PowerShell on
// Windows. Where none is there it says which to install.

// errNoClipboardTool says why an image cannot be copied here.
var errNoClipboardTool = errors.New("copying an image needs xclip (X11) or wl-clipboard (Wayland); install one, or export the image instead")

// clipboardCommand is the command that puts the PNG file png on the
// clipboard on goos, with the tools lookPath finds (exec.LookPath's
// signature). wayland says whether the session is Wayland.
func clipboardCommand(goos, png string, wayland bool, lookPath func(string) (string, error)) ([]string, error) {
	has := func(name string) bool { _, err := lookPath(name); return err == nil }
	switch goos {
	case "linux", "freebsd", "openbsd", "netbsd":
		if wayland && has("wl-copy") {
			return []string{"wl-copy", "--type", "image/png"}, nil // the PNG on stdin
		}
		if has("xclip") {
			return []string{"xclip", "-selection", "clipboard", "-t", "image/png", "-i", png}, nil
		}
		if has("wl-copy") {
			return []string{"wl-copy", "--type", "image/png"}, nil
		}
		return nil, errNoClipboardTool
	case "darwin":
		if !has("osascript") {
			return nil, errors.New("copying an image needs osascript, which macOS has; it was not found")
		}
		return []string{"osascript", "-e", fmt.Sprintf(`set the clipboard to (read (POSIX file %q) as «class PNGf»)`, png)}, nil
	case "windows":
		if !has("powershell") {
			return nil, errors.New("copying an image needs Windows PowerShell; it was not found")
		}
		script := fmt.Sprintf("Add-Type -AssemblyName System.Windows.Forms,System.Drawing; "+
			"[System.Windows.Forms.Clipboard]::SetImage([System.Drawing.Image]::FromFile('%s'))", strings.ReplaceAll(png, "'", "''"))
		return []string{"powershell", "-NoProfile", "-STA", "-Command", script}, nil
	}
	return nil, fmt.Errorf("copying an image is not supported on %s", goos)
}

// copyImage puts img on the clipboard through the platform's tool.
func copyImage(img image.Image) error {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return fmt.Errorf("copy image: encode PNG: %w", err)
	}
	b := buf.Bytes()
	dir, err := os.MkdirTemp("", "storylens-clip")
	if err != nil {
		return fmt.Errorf("copy image: %w", err)
	}
	png := filepath.Join(dir, "storylens.png")
	if err := os.WriteFile(png, b, 0o600); err != nil {
		return fmt.Errorf("copy image: %w", err)
	}
	cmd, err := clipboardCommand(runtime.GOOS, png, os.Getenv("WAYLAND_DISPLAY") != "", exec.LookPath)
	if err != nil {
		_ = os.RemoveAll(dir)
		return err
	}
	c := exec.Command(cmd[0], cmd[1:]...)
	if cmd[0] == "wl-copy" {
		f, err := os.Open(png)
		if err != nil {
			return fmt.Errorf("copy image: %w", err)
		}
		defer f.Close()
		c.Stdin = f
	}
	// xclip and wl-copy stay running to serve the clipboard: start them
	// and let them go; the others finish at once.
	if cmd[0] == "xclip" || cmd[0] == "wl-copy" {
		if err := c.Start(); err != nil {
			return fmt.Errorf("copy image: %s: %w", cmd[0], err)
		}
		go func() { _ = c.Wait(); _ = os.RemoveAll(dir) }()
		return nil
	}
	defer os.RemoveAll(dir)
	if out, err := c.CombinedOutput(); err != nil {
		return fmt.Errorf("copy image: %s: %v: %s", cmd[0], err, strings.TrimSpace(string(out)))
	}
	return nil
}

// CopyChartImage copies the chart shown (or, on the Figures tab, the map)
// to the clipboard as a PNG, at its size on screen, twice the pixels.
func (u *UI) CopyChartImage() {
	src := u.exportSource()
	if src.Story == nil || src.Report == nil {
		u.showError(errNoStory)
		return
	}
	i := u.charts.tabs.SelectedIndex()
	dark := u.dark
	var id charts.ID
	if i >= 0 && i < len(u.charts.views) {
		id = u.charts.views[i].ID()
	}
	size := u.charts.tabs.Size()
	w, h := max(int(size.Width), charts.MinWidth), max(int(size.Height), charts.MinHeight)
	u.goBackground(func() {
		var img image.Image
		var err error
		if id != "" && src.Charts != nil {
			var c *charts.Chart
			if c, err = charts.Build(id, src.Report, charts.Options{Width: w, Height: h, Dark: dark}); err == nil {
				img, err = src.Charts.Image(c, 2)
			}
		} else if id != "" {
			err = storyview.ErrEngineLoading
		} else {
			img, err = mapview.Render(src.Story, src.Report, mapview.RenderOptions{Step: src.Step, Width: 1200, Height: 800, Scale: 2, Dark: dark})
		}
		if err == nil {
			err = copyImage(img)
		}
		fyne.Do(func() {
			u.ux.lastCopyErr = err
			if err != nil {
				u.showError(err)
				return
			}
			dialog.ShowInformation("Copied", "The image is on the clipboard.", u.win)
		})
	})
}
