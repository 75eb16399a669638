package app

// testOpts are the options of every test UI. Fyne's test driver runs
// fyne.Do inline on the goroutine that calls it, so chart renders finishing
// on their own goroutines would update widgets concurrently with the test:
// background work runs at once instead, and charts render without delay.
var testOpts = []Option{WithRunner(func(f func()) { f() }), WithChartDebounce(0)}
