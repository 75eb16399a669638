package charts

import (
	"regexp"
	"sync"
	"testing"
)

// Many goroutines rendering at once get the same images as one at a time.
func TestConcurrentRenders(t *testing.T) {
	r := renderer(t)
	rep := testReport()
	want := map[ID][]byte{}
	for _, id := range All {
		c, err := Build(id, rep, Options{Width: 480, Height: 320})
		if err != nil {
			t.Fatal(err)
		}
		if want[id], err = r.SVG(c); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			id := All[i%len(All)]
			c, err := Build(id, rep, Options{Width: 480, Height: 320})
			if err != nil {
				errs <- err
				return
			}
			svg, err := r.SVG(c)
			if err != nil {
				errs <- err
				return
			}
			// ECharts numbers each instance's ids (zr12-cls-3): compare
			// with the numbers taken out.
			if norm(svg) != norm(want[id]) {
				t.Errorf("%s: concurrent SVG differs", id)
			}
			if _, err := r.PNG(c, 1, i%2 == 0); err != nil {
				errs <- err
			}
			r.HitTest(c, 240, 160)
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

var zrID = regexp.MustCompile(`zr\d+-(cls|c)-\d+`)

func norm(svg []byte) string { return zrID.ReplaceAllString(string(svg), "zr-id") }
