package charts

import (
	"errors"
	"fmt"
	"strings"
)

// RenderError is the error of a chart that the chart engine could not draw:
// a JavaScript error in ECharts, an engine limit (time, memory, stack) that
// the chart drawn with fewer marks did not get under either, or an SVG the
// scene could not read. Its text names the chart, says what failed in words
// and what the user can do; the app shows it in place of the chart and
// `storylens export charts` prints it and exits non-zero.
type RenderError struct {
	// Chart is the chart that failed.
	Chart ID
	// Err is the cause (ErrEngineLimit for a limit).
	Err error
}

// Error is one line: "the <id> chart could not be drawn: <cause>. What to
// do: <advice>".
func (e *RenderError) Error() string {
	return fmt.Sprintf("the %s chart could not be drawn: %s. What to do: %s", e.Chart, e.Cause(), e.Advice())
}

// Unwrap returns the cause.
func (e *RenderError) Unwrap() error { return e.Err }

// Cause says what failed, in words (the engine's own message kept in
// parentheses, for a bug report).
func (e *RenderError) Cause() string {
	if e.Err == nil {
		return "the chart engine failed"
	}
	return strings.TrimSuffix(e.Err.Error(), ".")
}

// Advice says what the user can do about the failure.
func (e *RenderError) Advice() string {
	switch {
	case errors.Is(e.Err, ErrEngineLimit):
		return "the chart has more marks than the engine can draw in time; it was already tried with the fewest " +
			"marks. Try again when the computer is less busy, draw it smaller (a smaller window, or --size " +
			"800x600 for an export), or leave this chart out (--charts)"
	case errors.Is(e.Err, errScene):
		return "the engine's drawing could not be read; the other charts are not affected. Export this chart as " +
			"HTML (--format html), which the browser draws, and report the problem with the story"
	default:
		return "this is a fault in the chart engine, not in your story; the other charts are not affected. Export " +
			"this chart as HTML (--format html), which the browser draws, and report the problem with the story " +
			"and this message"
	}
}

// errScene marks a failure to read the engine's SVG.
var errScene = errors.New("the chart engine's SVG could not be read")

// engineLimit is an engine limit in words; it is ErrEngineLimit.
type engineLimit struct{ what string }

func (e engineLimit) Error() string        { return e.what }
func (e engineLimit) Is(target error) bool { return target == ErrEngineLimit }

// engineError turns an error of the QuickJS call into words: a time,
// memory or stack limit is ErrEngineLimit ("InternalError: interrupted"
// never reaches the user), anything else an ECharts error with its message.
func engineError(err error, optionBytes int) error {
	msg := err.Error()
	kb := optionBytes / 1024
	switch {
	case strings.Contains(msg, "interrupted"):
		return engineLimit{fmt.Sprintf("%v (%v for %d KB of chart)", ErrEngineLimit, engineTimeout, kb)}
	case strings.Contains(msg, "out of memory"):
		return engineLimit{fmt.Sprintf("the chart engine ran out of memory (%d KB of chart)", kb)}
	case strings.Contains(msg, "stack overflow") || strings.Contains(msg, "Maximum call stack"):
		return engineLimit{fmt.Sprintf("the chart engine ran out of stack (%d KB of chart)", kb)}
	}
	return fmt.Errorf("the chart engine (ECharts) stopped with an error (%s)", firstLine(msg))
}

// firstLine is s up to its first line break, without a JavaScript stack.
func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}
