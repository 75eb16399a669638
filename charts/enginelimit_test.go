package charts

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestEngineInterruptIsAClearError: when QuickJS interrupts a render that
// runs out of time, the error is ErrEngineLimit in words, not the engine's
// "InternalError: interrupted".
func TestEngineInterruptIsAClearError(t *testing.T) {
	e, err := newEngine()
	if err != nil {
		t.Fatal(err)
	}
	defer e.close()
	if err := e.vm.SetEvalTimeout(time.Millisecond); err != nil {
		t.Fatal(err)
	}
	c, err := Build(SourceCoverage, outletReport(39, 1000, 60), Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.render(c.Option, c.Width, c.Height)
	if !errors.Is(err, ErrEngineLimit) || strings.Contains(err.Error(), "InternalError") {
		t.Fatalf("render in 1 ms: %v, want ErrEngineLimit in words", err)
	}
}

// TestEngineLimitDrawsFewerMarks: a chart the engine gives up on is drawn
// with fewer marks, and Notice says so.
func TestEngineLimitDrawsFewerMarks(t *testing.T) {
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	real := engineRender
	defer func() { engineRender = real }()
	limit := 0
	engineRender = func(e *engine, id ID, opt []byte, w, h int) (string, error) {
		if len(opt) > limit {
			return "", fmt.Errorf("%w (test)", ErrEngineLimit)
		}
		return real(e, id, opt, w, h)
	}
	for _, id := range All {
		c, err := Build(id, outletReport(39, 5000, 60), Options{Width: 1024, Height: 700})
		if err != nil {
			t.Fatal(err)
		}
		l, err := c.lite()
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Option) >= len(c.Option) {
			t.Errorf("%s: the fallback (%d bytes) is no smaller than the chart (%d)", id, len(l.Option), len(c.Option))
		}
		limit = len(l.Option) // only the fallback gets through
		if _, err := r.PNG(c, 1, false); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if !strings.Contains(c.Notice, "ran out of time") || !strings.Contains(c.Notice, "fewer") {
			t.Errorf("%s: notice %q", id, c.Notice)
		}
		if len(c.Hits()) == 0 {
			t.Errorf("%s: no hits after the fallback", id)
		}
	}
	// When even the fallback fails, the error says what happened.
	limit = 0
	c, _ := Build(Places, testReport(), Options{})
	if _, err := r.PNG(c, 1, false); !errors.Is(err, ErrEngineLimit) || strings.Contains(err.Error(), "InternalError") {
		t.Errorf("both fail: %v", err)
	}
}
