//go:build node

package charts

// Reference: the same ECharts option rendered by Node's V8 with the
// embedded echarts.min.js (the npm echarts package's dist file) and
// ssr: true, against QuickJS here. Built only with -tags node; skips when
// no node is installed (Debian: apt-get install nodejs).
//
//	go test -tags node -run XXX -bench NodeSSR -benchtime 5x ./charts/

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storylens/storylens/assets/echartsjs"
	"github.com/storylens/storylens/story/analysis"
)

// nodeSSR is run by node: it loads echarts, answers measureText with a
// width of 0.55 em per character (Node has no fonts; the layout differs a
// little from ours, the work hardly), renders each option once to warm up,
// ten times to warm up (V8's JIT), then reps times, and prints the mean milliseconds per render.
const nodeSSR = `
const fs = require('fs');
const echarts = require(process.argv[2]);
echarts.setPlatformAPI({measureText: function (text, font) {
  const m = /(\d+(\.\d+)?)px/.exec(font || ''); const size = m ? parseFloat(m[1]) : 12;
  return {width: String(text == null ? '' : text).length * size * 0.55};
}});
const reps = parseInt(process.argv[3], 10);
for (const file of process.argv.slice(4)) {
  const job = JSON.parse(fs.readFileSync(file, 'utf8'));
  const render = () => {
    const c = echarts.init(null, null, {renderer: 'svg', ssr: true, width: job.w, height: job.h});
    c.setOption(job.option); const s = c.renderToSVGString(); c.dispose(); return s;
  };
  for (let i = 0; i < 10; i++) render();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) render();
  console.log(Number(process.hrtime.bigint() - t0) / 1e6 / reps);
}
`

// BenchmarkNodeSSR reports, per chart of a 5,000-source story and of the
// bundled-like test story, the warm ECharts SSR time here (ns/op) and the
// ratio to Node on the same option (ratio = ours / Node's).
func BenchmarkNodeSSR(b *testing.B) {
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("no node installed")
	}
	dir := b.TempDir()
	lib := filepath.Join(dir, "echarts.min.js")
	if err := os.WriteFile(lib, []byte(echartsjs.MinJS), 0o644); err != nil {
		b.Fatal(err)
	}
	script := filepath.Join(dir, "ssr.js")
	if err := os.WriteFile(script, []byte(nodeSSR), 0o644); err != nil {
		b.Fatal(err)
	}
	r := renderer(b)
	for _, story := range []struct {
		name string
		rep  *analysis.Report
	}{{"5k", outletReport(39, 5000, 60)}, {"small", testReport()}} {
		rep := story.rep
		for _, id := range All {
			c, err := Build(id, rep, Options{Width: 1024, Height: 700})
			if err != nil {
				b.Fatal(err)
			}
			job, _ := json.Marshal(map[string]any{"w": c.Width, "h": c.Height, "option": json.RawMessage(c.Option)})
			jf := filepath.Join(dir, story.name+"-"+string(id)+".json")
			if err := os.WriteFile(jf, job, 0o644); err != nil {
				b.Fatal(err)
			}
			b.Run(story.name+"/"+string(id), func(b *testing.B) {
				r.mu.Lock()
				defer r.mu.Unlock()
				if _, err := r.eng.render(c.Option, c.Width, c.Height); err != nil { // warm
					b.Fatal(err)
				}
				b.ResetTimer()
				t0 := time.Now()
				for i := 0; i < b.N; i++ {
					if _, err := r.eng.render(c.Option, c.Width, c.Height); err != nil {
						b.Fatal(err)
					}
				}
				ours := time.Since(t0).Seconds() * 1000 / float64(b.N)
				b.StopTimer()
				out, err := exec.Command(node, script, lib, strconv.Itoa(max(b.N, 20)), jf).Output()
				if err != nil {
					b.Fatalf("node: %v", err)
				}
				theirs, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
				if err != nil || theirs <= 0 {
					b.Fatalf("node printed %q", out)
				}
				b.ReportMetric(theirs, "node-ms")
				b.ReportMetric(ours/theirs, "ratio")
			})
		}
	}
}
