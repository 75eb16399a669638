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
