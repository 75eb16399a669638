package story

import (
	"testing"
)

func BenchmarkLoadBundled(b *testing.B) {
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
