package charts

import "errors"

// FailEngineForTest makes the engine fail on chart id with a JavaScript
// error (for the external tests, which run the command line) until the
// returned function restores it.
func FailEngineForTest(id ID, jsError string) (restore func()) {
	real := engineRender
	engineRender = func(e *engine, c ID, opt []byte, w, h int) (string, error) {
		if c == id {
			return "", engineError(errors.New(jsError), len(opt))
		}
		return real(e, c, opt, w, h)
	}
	return func() { engineRender = real }
}
