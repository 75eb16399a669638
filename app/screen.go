package app

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// screenPixels is the primary screen's size in device pixels, or zero when
// it is not known. It asks GLFW, which Fyne's desktop driver has started
// once a window exists; call it on the main thread (in Run, or in fyne.Do).
func screenPixels() fyne.Size {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}
	}
	vm := m.GetVideoMode()
	if vm == nil {
		return fyne.Size{}
	}
	return fyne.NewSize(float32(vm.Width), float32(vm.Height))
}

// windowScreenPixels is the size in device pixels of the monitor window w
// is on (the one under the window's centre, the rule Fyne's driver uses
// for the window's scale), or the primary screen's when that is not
// known. Fyne 2.7 has no API for a window's monitor: its desktop window
// has an exported RunWithContext method (not part of fyne.Window) that
// makes the window's GL context current, so that GLFW's
// glfwGetCurrentContext names its GLFW window and so its position. A
// window that does not have the method (another driver, a test window),
// or a desktop without window positions (Wayland), gets the primary
// screen. Call it on the main thread (in fyne.Do).
func windowScreenPixels(w fyne.Window) fyne.Size {
	rc, ok := w.(interface{ RunWithContext(func()) })
	if !ok {
		return screenPixels()
	}
	var win screenRect
	rc.RunWithContext(func() {
		gw := glfw.GetCurrentContext()
		if gw == nil {
			return
		}
		x, y := gw.GetPos()
		wd, ht := gw.GetSize()
		win = screenRect{x, y, wd, ht}
	})
	var mons []screenRect
	for _, m := range glfw.GetMonitors() {
		vm := m.GetVideoMode()
		if vm == nil {
			continue
		}
		x, y := m.GetPos()
		mons = append(mons, screenRect{x, y, vm.Width, vm.Height})
	}
	if m, ok := monitorOf(win, mons); ok {
		return fyne.NewSize(float32(m.w), float32(m.h))
	}
	return screenPixels()
}

// screenRect is a window's or monitor's place on the desktop, in screen
// coordinates (device pixels on X11 and Windows).
type screenRect struct{ x, y, w, h int }

// monitorOf is the monitor under the window's centre; false when the
// window has no size or no monitor is under its centre.
func monitorOf(win screenRect, mons []screenRect) (screenRect, bool) {
	if win.w <= 0 || win.h <= 0 {
		return screenRect{}, false
	}
	cx, cy := win.x+win.w/2, win.y+win.h/2
	for _, m := range mons {
		if cx >= m.x && cx < m.x+m.w && cy >= m.y && cy < m.y+m.h {
			return m, true
		}
	}
	return screenRect{}, false
}
