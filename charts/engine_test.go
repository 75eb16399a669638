package charts

import (
	"bytes"
	"strings"
	"testing"

	"modernc.org/quickjs"

	"github.com/storylens/storylens/assets/echartsjs"
)

func TestEmbeddedBytecodeIsUsable(t *testing.T) {
	if _, ok := echartsBytecode(); !ok {
		t.Fatalf("embedded bytecode unusable (QuickJS %s, made with %s): run go run ./tools/fetch-echarts/bytecode",
			quickjs.Version(), echartsjs.BytecodeQuickJS)
	}
}

func TestEmbeddedBytecodeIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles echarts.min.js (seconds)")
	}
	bc, _ := echartsBytecode()
	vm, err := quickjs.NewVM()
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Close()
	fresh, err := vm.Compile(echartsjs.MinJS, quickjs.EvalGlobal)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(bc, fresh) {
		t.Fatal("embedded bytecode differs from a fresh compile: run go run ./tools/fetch-echarts/bytecode")
	}
}

func TestEngineRendersAndMeasures(t *testing.T) {
	r := renderer(t)
	r.mu.Lock()
	defer r.mu.Unlock()
	svg, err := r.eng.render([]byte(`{"animation":false,"title":{"text":"WWWW"},"series":[]}`), 300, 200)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(svg, "<svg") || !strings.Contains(svg, ">WWWW</text>") {
		t.Fatalf("svg: %.300s", svg)
	}
	if _, err := r.eng.render([]byte(`{not json`), 300, 200); err == nil {
		t.Error("bad option accepted")
	}
	// measureText is backed by the embedded font: W is wider than i.
	if w, i := measureText("WWWW", "12px Liberation Sans"), measureText("iiii", "12px Liberation Sans"); w <= 2*i {
		t.Errorf("widths W %v i %v", w, i)
	}
	if b, n := measureText("Claims", "bold 16px x"), measureText("Claims", "16px x"); b <= n {
		t.Errorf("bold %v not wider than normal %v", b, n)
	}
}
