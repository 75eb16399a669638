package story

import (
	"os"
	"testing"
)

func BenchmarkLoadBundled(b *testing.B) {
	if _, err := os.Stat("../data/kimputin/story.json"); err != nil {
		b.Skip("bundled story not written yet")
	}
	for b.Loop() {
		if _, ps := Load("../data/kimputin"); ps.HasErrors() {
			b.Fatal(ps)
		}
	}
}

func BenchmarkLoadBase(b *testing.B) {
	fsys := baseFS()
	for b.Loop() {
		LoadFS(fsys, "base")
	}
}
