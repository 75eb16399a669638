package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/storylens/storylens/internal/corpus"
	"github.com/storylens/storylens/internal/race"
	"github.com/storylens/storylens/story/edit"
	"github.com/storylens/storylens/storyview"
)

// bigArticles is the size of the generated story the big-story tests and
// benchmarks open (issue 18 §2: the app on 5,000 articles).
const bigArticles = 5000

var (
	bigOnce   sync.Once
	bigLoaded Loaded
	bigTook   time.Duration
	bigErr    error
)

// bigStory generates a corpus of n articles (internal/corpus, as
// tools/gencorpus does) in a temporary folder and opens it with the app's
// loader, once per test binary: the analysis of 5,000 articles takes
// seconds, and every big-story test reads the same result (never modified).
func bigStory(tb testing.TB) Loaded {
	tb.Helper()
	bigOnce.Do(func() {
		dir, err := os.MkdirTemp("", "storylens-big-")
		if err != nil {
			bigErr = err
			return
		}
		// The folder outlives the first test that asks; removed at exit
		// by TestMain's caller going away is not guaranteed, so remove it
		// once loaded (the loaded story keeps the article texts).
		defer os.RemoveAll(dir)
		if bigErr = writeBigCorpus(dir); bigErr != nil {
			return
		}
		start := time.Now()
		bigLoaded = storyview.DefaultLoader(dir, func(string) {})
		bigTook = time.Since(start)
		if bigLoaded.Failed {
			bigErr = fmt.Errorf("loading the generated corpus failed: %v", bigLoaded.Problems)
		}
	})
	if bigErr != nil {
		tb.Fatal(bigErr)
	}
	return bigLoaded
}

// writeBigCorpus writes the generated story of bigArticles articles
// (internal/corpus, seed 1, 600 words: what tools/gencorpus -n 5000
// writes) into dir/articles.
func writeBigCorpus(dir string) error {
	art := filepath.Join(dir, "articles")
	if err := os.MkdirAll(art, 0o755); err != nil {
		return err
	}
	for _, a := range corpus.Generate(corpus.Options{Articles: bigArticles, Words: 600, Seed: 1}) {
		if err := os.WriteFile(filepath.Join(art, a.Name), a.Text, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// newBigUI builds the window on Fyne's test driver at the default size,
// with the map shown, and applies the big story as a finished load does:
// prepared (prepareLoad) on another goroutine, as the app's loader
// goroutine does, then applied on the calling goroutine, which is the test
// driver's UI thread. It returns how long applying the load took.
func newBigUI(tb testing.TB, res Loaded) (*UI, fyne.Window, time.Duration) {
	tb.Helper()
	u, w, p := newBigWindow(tb, res)
	start := time.Now()
	u.applyLoad(u.loads, p)
	return u, w, time.Since(start)
}

// newBigWindow builds the window and prepares the big story's load off the
// calling goroutine, ready for applyLoad.
func newBigWindow(tb testing.TB, res Loaded) (*UI, fyne.Window, *preparedLoad) {
	tb.Helper()
	a := test.NewTempApp(tb)
	w := test.NewTempWindow(tb, nil)
	w.Resize(defaultSize)
	u := NewUI(a, w, Config{Version: "test"}, testOpts...)
	u.showMap()
	u.loads++
	prepared := make(chan *preparedLoad)
	go func() { prepared <- prepareLoad(res, res.Path, false) }()
	return u, w, <-prepared
}

// uiTask is one piece of work the UI thread does on the big story.
type uiTask struct {
	name string
	run  func(u *UI)
}

// bigTasks are the UI-thread tasks of using the big story: every step
// change, the claim and the place with the most sources, an outlet chip
// and "more…" in the evidence list.
func bigTasks(u *UI) []uiTask {
	var tasks []uiTask
	for i := 0; i < u.nav.Len(); i++ {
		tasks = append(tasks, uiTask{fmt.Sprintf("go to step %d", i+1), func(u *UI) { u.GoTo(i) }})
	}
	rep := u.nav.Report()
	if len(rep.Claims) > 0 {
		top := rep.Claims[0]
		for _, c := range rep.Claims {
			if len(c.Sources) > len(top.Sources) {
				top = c
			}
		}
		tasks = append(tasks, uiTask{fmt.Sprintf("select claim %q (%d sources)", top.ID, len(top.Sources)),
			func(u *UI) { u.GoTo(0); u.SelectClaim(top.ID) }})
	}
	if len(rep.Places) > 0 {
		top := rep.Places[0]
		for _, p := range rep.Places {
			if len(p.Sources) > len(top.Sources) {
				top = p
			}
		}
		tasks = append(tasks, uiTask{fmt.Sprintf("select place %q (%d sources)", top.ID, len(top.Sources)),
			func(u *UI) { u.GoTo(0); u.SelectPlace(top.ID) }})
	}
	tasks = append(tasks, uiTask{"tap the first outlet chip of the overview", func(u *UI) {
		u.GoTo(0)
		if chips, _ := u.nav.Chips(); len(chips) > 0 {
			u.selectThing(chips[0].Sel)
		}
	}})
	if st := u.nav.Story().Steps; len(st) > 1 {
		id := st[1].ID
		tasks = append(tasks, uiTask{"rename step 2 (an edit: every panel shown again)", func(u *UI) {
			if err := u.Apply(edit.SetStepTitle{ID: id, Title: "Renamed"}); err != nil {
				panic(err)
			}
		}}, uiTask{"undo the rename", func(u *UI) { u.Undo() }})
	}
	tasks = append(tasks, uiTask{"expand the first source's passages", func(u *UI) {
		for _, r := range u.evidence.Rows() {
			if r.Kind == storyview.RowMore {
				u.evidence.expand(r.Source)
				return
			}
		}
	}})
	return tasks
}

// TestBigStoryUIThreadNeverBlocked opens a generated 5,000-article story
// with Fyne's test driver and times every task the UI thread runs on it:
// applying the load, each step change, selecting the most reported claim
// and place, an outlet chip, "more…". A task fails above 100 ms.
//
// Not flaky on a loaded machine: what is measured is the CPU time the UI
// thread spends on the task (the test goroutine is locked to its OS thread
// and reads CLOCK_THREAD_CPUTIME_ID on Linux), not the wall clock, which
// other processes stretch; and of three runs of each task the cheapest is
// compared with the limit. The wall clock is logged beside it. (Elsewhere
// than Linux the wall clock is all there is, and it is what is asserted.)
//
// What needs no window (the document, the report as edited, the map's
// scene with every route point projected) is prepared off the UI thread, as
// the app's loader goroutine does (prepareLoad), and is not counted; applying
// it is. Drawing is not timed here: the test driver draws in software, which
// says nothing of the GPU driver's frames.
func TestBigStoryUIThreadNeverBlocked(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the 5,000-article story takes a while to analyse")
	}
	if race.Enabled {
		t.Skip("a CPU-time budget: the race detector multiplies every cost (the test runs without it in CI's test step)")
	}
	res := bigStory(t)
	t.Logf("%d articles: loaded and analysed in %v (off the UI thread)", len(res.Story.Sources), bigTook.Round(time.Millisecond))
	const limit = 100 * time.Millisecond
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	type timing struct {
		name      string
		cpu, wall time.Duration
	}
	// cheapest runs setup then f three times and keeps the run of f with
	// the least CPU. Each run starts after a collection, so that a task is
	// not billed the assists of a cycle the tasks before it started.
	cheapest := func(name string, setup, f func()) timing {
		best := timing{name: name, cpu: time.Duration(1<<63 - 1)}
		for i := 0; i < 3; i++ {
			setup()
			runtime.GC()
			c0, w0 := threadCPU(), time.Now()
			f()
			if c := threadCPU() - c0; c < best.cpu {
				best.cpu, best.wall = c, time.Since(w0)
			}
		}
		return best
	}
	var (
		u *UI
		p *preparedLoad
	)
	w0 := time.Now()
	times := []timing{cheapest("apply the load", func() { u, _, p = newBigWindow(t, res) }, func() { u.applyLoad(u.loads, p) })}
	t.Logf("the load prepared off the UI thread in %v of wall time (three times, with the windows)", time.Since(w0).Round(time.Millisecond))
	for _, task := range bigTasks(u) {
		times = append(times, cheapest(task.name, func() {}, func() { task.run(u) }))
	}
	sort.SliceStable(times, func(i, j int) bool { return times[i].cpu > times[j].cpu })
	for _, tm := range times {
		t.Logf("%-50s cpu %7.1f ms, wall %7.1f ms", tm.name, ms(tm.cpu), ms(tm.wall))
		if tm.cpu > limit {
			t.Errorf("%s costs the UI thread %v of CPU (limit %v; measured on the thread: %v)", tm.name,
				tm.cpu.Round(time.Millisecond), limit, threadCPUMeasured)
		}
	}
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	t.Logf("live heap after the load and the tasks: %d MiB (held from the OS: %d MiB, the test's own corpus included)",
		m.HeapInuse>>20, m.Sys>>20)
	if m.HeapInuse > 1<<30 {
		t.Errorf("live heap %d MiB (limit 1 GiB)", m.HeapInuse>>20)
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// BenchmarkBigStoryLoad applies a loaded 5,000-article story to the window
// (the UI-thread part of opening it: editor, steps, map scene, chips,
// evidence), without drawing.
func BenchmarkBigStoryLoad(b *testing.B) {
	res := bigStory(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		newBigUI(b, res)
	}
	b.StopTimer()
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse>>20), "MiB-live")
}

// BenchmarkBigStoryFirstFrame applies the load and draws the first frame
// with the test driver's software painter (the map's overlay of every route
// dominates it).
func BenchmarkBigStoryFirstFrame(b *testing.B) {
	res := bigStory(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, w, _ := newBigUI(b, res)
		w.Canvas().Capture()
	}
}

// BenchmarkBigStoryStepChange steps through the 5,000-article story, one
// step change per iteration (without drawing).
func BenchmarkBigStoryStepChange(b *testing.B) {
	res := bigStory(b)
	u, _, _ := newBigUI(b, res)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	c0 := threadCPU()
	for i := 0; i < b.N; i++ {
		u.GoTo(i % u.nav.Len())
	}
	// The UI thread's own CPU per step change (the wall clock per op also
	// counts the map's flight animations and other processes).
	b.ReportMetric(float64(threadCPU()-c0)/1e6/float64(b.N), "ui-cpu-ms/op")
}

// BenchmarkBigStoryEdit renames a step of the 5,000-article story and
// undoes it, one edit per iteration: every panel shown again (step list,
// map scene, figures, evidence), without drawing.
func BenchmarkBigStoryEdit(b *testing.B) {
	res := bigStory(b)
	u, _, _ := newBigUI(b, res)
	if len(u.nav.Story().Steps) < 2 {
		b.Fatal("the generated story has fewer than two steps")
	}
	id := u.nav.Story().Steps[1].ID
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	c0 := threadCPU()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			if err := u.Apply(edit.SetStepTitle{ID: id, Title: "Renamed"}); err != nil {
				b.Fatal(err)
			}
		} else {
			u.Undo()
		}
	}
	b.ReportMetric(float64(threadCPU()-c0)/1e6/float64(b.N), "ui-cpu-ms/op")
}
