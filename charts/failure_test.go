package charts

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestEngineErrorsInWords: every way the QuickJS call fails becomes words:
// a time, memory or stack limit is ErrEngineLimit, anything else an ECharts
// error with its first line, never the engine's "InternalError" or a
// JavaScript stack.
func TestEngineErrorsInWords(t *testing.T) {
	for _, tc := range []struct {
		raw   string
		limit bool
		want  string
	}{
		{"InternalError: interrupted", true, "ran out of time"},
		{"InternalError: out of memory", true, "ran out of memory"},
		{"InternalError: stack overflow\n    at f (echarts.js:1)", true, "ran out of stack"},
		{"RangeError: Maximum call stack size exceeded", true, "ran out of stack"},
		{"TypeError: cannot read property 'x' of undefined\n    at <anonymous> (echarts.js:1:2)", false,
			"stopped with an error (TypeError: cannot read property 'x' of undefined)"},
	} {
		err := engineError(errors.New(tc.raw), 4096)
		if errors.Is(err, ErrEngineLimit) != tc.limit {
			t.Errorf("%q: limit %v, want %v", tc.raw, !tc.limit, tc.limit)
		}
		msg := err.Error()
		if !strings.Contains(msg, tc.want) || strings.Contains(msg, "InternalError") || strings.Contains(msg, "\n") {
			t.Errorf("%q: %q, want %q in one line without InternalError", tc.raw, msg, tc.want)
		}
	}
}

// TestEngineSyntaxErrorIsAnEChartsError: the real engine, given an option
// it cannot parse, fails with an ECharts error in words, not a limit.
func TestEngineSyntaxErrorIsAnEChartsError(t *testing.T) {
	e, err := newEngine()
	if err != nil {
		t.Fatal(err)
	}
	defer e.close()
	_, err = e.render([]byte("{not json"), 400, 300)
	if err == nil || errors.Is(err, ErrEngineLimit) || !strings.Contains(err.Error(), "SyntaxError") ||
		!strings.Contains(err.Error(), "stopped with an error") {
		t.Fatalf("render of bad JSON: %v", err)
	}
}

// failEngine makes the engine fail on the charts in fail with cause, and
// counts the calls per chart (by the option's title).
func failEngine(t *testing.T, fail map[ID]error) map[ID]int {
	t.Helper()
	real := engineRender
	t.Cleanup(func() { engineRender = real })
	var mu sync.Mutex
	calls := map[ID]int{}
	engineRender = func(e *engine, id ID, opt []byte, w, h int) (string, error) {
		if cause, ok := fail[id]; ok {
			mu.Lock()
			calls[id]++
			mu.Unlock()
			return "", cause
		}
		return real(e, id, opt, w, h)
	}
	return calls
}

// TestRenderErrorSaysWhatFailedAndWhatToDo: a chart the engine fails on
// gives a *RenderError naming the chart, saying what failed (no
// "InternalError") and what to do; a limit that the fewest marks do not
// get under either advises a smaller chart.
func TestRenderErrorSaysWhatFailedAndWhatToDo(t *testing.T) {
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, tc := range []struct {
		id     ID
		cause  error
		limit  bool
		advice string
	}{
		{ClaimFrequency, engineError(errors.New("TypeError: x is undefined"), 10), false, "--format html"},
		{Timeline, engineError(errors.New("InternalError: interrupted"), 10), true, "--size"},
		{Places, engineError(errors.New("InternalError: out of memory"), 10), true, "leave this chart out"},
	} {
		t.Run(string(tc.id), func(t *testing.T) {
			failEngine(t, map[ID]error{tc.id: tc.cause})
			c, err := Build(tc.id, testReport(), Options{})
			if err != nil {
				t.Fatal(err)
			}
			_, err = r.PNG(c, 1, false)
			var re *RenderError
			if !errors.As(err, &re) || re.Chart != tc.id {
				t.Fatalf("%s: %v, want a RenderError of the chart", tc.id, err)
			}
			msg := err.Error()
			for _, want := range []string{"the " + string(tc.id) + " chart could not be drawn", "What to do:", tc.advice} {
				if !strings.Contains(msg, want) {
					t.Errorf("%s: %q lacks %q", tc.id, msg, want)
				}
			}
			if strings.Contains(msg, "InternalError") || errors.Is(err, ErrEngineLimit) != tc.limit {
				t.Errorf("%s: %q (limit %v)", tc.id, msg, errors.Is(err, ErrEngineLimit))
			}
		})
	}
}

// TestExportNamesEveryChartThatFailed: Export's error names each chart
// the engine failed on, with what to do; the engine is asked once per
// failed chart (not once per format), the other charts and the failed
// charts' HTML pages are still written.
func TestExportNamesEveryChartThatFailed(t *testing.T) {
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	calls := failEngine(t, map[ID]error{
		ClaimFrequency: engineError(errors.New("TypeError: x is undefined"), 10),
		Timeline:       engineError(errors.New("InternalError: interrupted"), 10),
	})
	dir := t.TempDir()
	files, err := Export(r, testReport(), "Test", ExportOptions{Dir: dir, Formats: []string{"png", "svg", "pdf", "html"}, Scale: 1})
	if err == nil {
		t.Fatal("export with two failing charts: no error")
	}
	msg := err.Error()
	for _, want := range []string{"the claim-frequency chart could not be drawn", "the timeline chart could not be drawn",
		"stopped with an error (TypeError: x is undefined)", "ran out of time", "What to do:"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	// The timeline is drawn twice: the chart, then its fewest marks.
	if calls[ClaimFrequency] != 1 || calls[Timeline] != 2 {
		t.Errorf("engine calls %v, want claim-frequency 1 and timeline 2 (the fallback)", calls)
	}
	got := map[string]bool{}
	for _, f := range files {
		got[filepath.Base(f)] = true
	}
	for _, want := range []string{"claim-frequency.html", "timeline.html", "places.png", "places.pdf", "source-coverage.svg"} {
		if !got[want] {
			t.Errorf("%s not written (files %v)", want, files)
		}
	}
	for _, not := range []string{"claim-frequency.png", "claim-frequency.svg", "timeline.pdf"} {
		if got[not] {
			t.Errorf("%s written for a chart that failed", not)
		}
		if _, err := os.Stat(filepath.Join(dir, not)); err == nil {
			t.Errorf("%s on disk", not)
		}
	}
}
