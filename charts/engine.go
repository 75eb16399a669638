package charts

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"modernc.org/quickjs"

	"github.com/storylens/storylens/assets/echartsjs"
	"github.com/storylens/storylens/internal/race"
)

// engine is one QuickJS context with echarts.min.js loaded. It is not safe
// for concurrent use; Renderer serialises calls.
type engine struct {
	vm *quickjs.VM
}

// shim gives ECharts the little of a browser environment its SSR path needs.
const shim = `var console={log:function(){},warn:function(){},error:function(){},info:function(){},debug:function(){}};
var setTimeout=function(){return 0};var clearTimeout=function(){};
var setInterval=function(){return 0};var clearInterval=function(){};`

// ssrJS installs a measureText backed by Go (cached per font and text) and
// the render function: option JSON in, SVG string out.
const ssrJS = `(function(){
var cache={},n=0;
echarts.setPlatformAPI({measureText:function(text,font){
  text=text==null?'':String(text);font=font||'';
  var k=font+'\u0000'+text;var w=cache[k];
  if(w===undefined){
    if(++n>50000){cache={};n=1;}
    w=__slMeasure(text,font);cache[k]=w;
  }
  return {width:w};
}});
globalThis.__slRender=function(opt,w,h){
  var c=echarts.init(null,null,{renderer:'svg',ssr:true,width:w,height:h});
  try{c.setOption(JSON.parse(opt));return c.renderToSVGString();}
  finally{c.dispose();}
};
})();`

// newEngine creates a QuickJS VM and loads the embedded ECharts.
func newEngine() (*engine, error) {
	vm, err := quickjs.NewVM()
	if err != nil {
		return nil, fmt.Errorf("charts: start JavaScript engine: %w", err)
	}
	fail := func(what string, err error) (*engine, error) {
		vm.Close()
		return nil, fmt.Errorf("charts: %s: %w", what, err)
	}
	if err := vm.RegisterFunc("__slMeasure", measureText, false); err != nil {
		return fail("register measureText", err)
	}
	if _, err := vm.Eval(shim, quickjs.EvalGlobal); err != nil {
		return fail("engine shim", err)
	}
	if err := loadEcharts(vm); err != nil {
		return fail("load echarts "+echartsjs.Version, err)
	}
	if _, err := vm.Eval(ssrJS, quickjs.EvalGlobal); err != nil {
		return fail("install SSR hooks", err)
	}
	// A render can never legitimately take this long; a runaway option
	// must not hang the app.
	if err := vm.SetEvalTimeout(engineTimeout); err != nil {
		return fail("set timeout", err)
	}
	return &engine{vm: vm}, nil
}

// loadEcharts runs the embedded ECharts in vm: the precompiled bytecode
// when it was made by this QuickJS from this echarts.min.js (five times
// faster than parsing), the source otherwise.
func loadEcharts(vm *quickjs.VM) error {
	if bc, ok := echartsBytecode(); ok {
		if _, err := vm.EvalBytecode(bc); err == nil {
			return nil
		}
	}
	_, err := vm.Eval(echartsjs.MinJS, quickjs.EvalGlobal)
	return err
}

var (
	bytecodeOnce sync.Once
	bytecode     []byte
)

// echartsBytecode returns the embedded bytecode when it matches this
// QuickJS and echarts.min.js and its hash checks out.
func echartsBytecode() ([]byte, bool) {
	bytecodeOnce.Do(func() {
		if echartsjs.BytecodeQuickJS != quickjs.Version() || echartsjs.BytecodeSource != echartsjs.SHA256 {
			return
		}
		zr, err := gzip.NewReader(bytes.NewReader(echartsjs.Bytecode))
		if err != nil {
			return
		}
		b, err := io.ReadAll(zr)
		if err != nil {
			return
		}
		sum := sha256.Sum256(b)
		if hex.EncodeToString(sum[:]) != echartsjs.BytecodeSHA256 {
			return
		}
		bytecode = b
	})
	return bytecode, bytecode != nil
}

// engineTimeout is the longest one render may take: 20 s, four times that
// in a build with the race detector, which slows the engine several times
// over (a 1,000-source coverage chart ran past 20 s in CI's race run on a
// loaded machine and was drawn with fewer marks, failing its golden).
var engineTimeout = func() time.Duration {
	if race.Enabled {
		return 80 * time.Second
	}
	return 20 * time.Second
}()

// ErrEngineLimit is the error of a chart the engine gave up on (it ran out
// of time, memory or stack): never shown to a user as the engine's own
// "InternalError: interrupted". The renderer then draws the chart with
// fewer marks; when that fails too, the chart's RenderError is one.
var ErrEngineLimit = errors.New("the chart engine ran out of time")

// engineRender is the engine call for chart id (a test replaces it).
var engineRender = func(e *engine, id ID, option []byte, w, h int) (string, error) {
	return e.render(option, w, h)
}

// render returns the SVG of the ECharts option at w×h CSS pixels.
func (e *engine) render(option []byte, w, h int) (string, error) {
	v, err := e.vm.Call("__slRender", string(option), w, h)
	if err != nil {
		return "", engineError(err, len(option))
	}
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("echarts render: got %T, want an SVG string", v)
	}
	return s, nil
}

func (e *engine) close() { e.vm.Close() }
