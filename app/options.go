package app

import "time"

// Option configures a UI (NewUI).
type Option func(*UI)

// WithRunner sets how the UI starts work off the UI thread: chart renders,
// the chart engine's start, claim and export previews, exports and image
// copies (by default go f()). Fyne's test driver runs fyne.Do inline on
// the goroutine that calls it, where background updates would race with
// the test's own, so tests pass a runner that calls f at once.
func WithRunner(run func(f func())) Option { return func(u *UI) { u.run = run } }

// WithChartDebounce sets how long a chart waits after a resize or a new
// report before it renders (80 ms by default; 0 renders at once).
func WithChartDebounce(d time.Duration) Option { return func(u *UI) { u.chartDebounce = d } }

// goBackground starts f with the UI's runner.
func (u *UI) goBackground(f func()) { u.run(f) }
