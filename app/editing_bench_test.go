package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/story/edit"
)

// BenchmarkEditAndRefresh measures one step-title edit and its undo, each
// redrawing every panel (step list and text, map scene, charts' report,
// evidence), on the fixture story in Fyne's test driver.
func BenchmarkEditAndRefresh(b *testing.B) {
	a := test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	w.Resize(defaultSize)
	u := NewUI(a, w, Config{Version: "test"}, testOpts...)
	u.showMap()
	s, rep := fixture(b)
	u.loaded(u.loads, Loaded{Story: s, Report: rep}, "", false)
	u.GoTo(1)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := u.Apply(edit.SetStepTitle{ID: "arrival", Title: "Edited"}); err != nil {
			b.Fatal(err)
		}
		u.Undo()
	}
}
