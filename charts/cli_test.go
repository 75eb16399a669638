package charts_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/charts"
	"github.com/storylens/storylens/cli"
)

// TestExportChartsCommandFailsNamingTheChart: when the engine fails on one
// chart, `storylens export charts` (the bundled story) exits non-zero and
// its message names the chart, what failed and what to do; the other
// charts are written.
func TestExportChartsCommandFailsNamingTheChart(t *testing.T) {
	defer charts.FailEngineForTest(charts.Timeline, "TypeError: cannot read property 'length' of undefined\n    at x (echarts.js:1)")()
	dir := t.TempDir()
	var out, errb bytes.Buffer
	code := cli.Main([]string{"export", "charts", "--out", dir, "--format", "png"}, cli.Env{Stdout: &out, Stderr: &errb})
	if code == cli.ExitOK {
		t.Fatalf("exit %d with a chart the engine failed on; stderr %q", code, errb.String())
	}
	msg := errb.String()
	t.Logf("exit %d, stderr: %s", code, msg)
	for _, want := range []string{"storylens export charts:", "the timeline chart could not be drawn",
		"TypeError: cannot read property 'length' of undefined", "What to do:"} {
		if !strings.Contains(msg, want) {
			t.Errorf("stderr %q lacks %q", msg, want)
		}
	}
	if strings.Contains(msg, "echarts.js:1") {
		t.Errorf("stderr %q holds the JavaScript stack", msg)
	}
	for _, id := range []charts.ID{charts.ClaimFrequency, charts.SourceCoverage, charts.Places} {
		if _, err := os.Stat(filepath.Join(dir, string(id)+".png")); err != nil {
			t.Errorf("%s not written: %v", id, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "timeline.png")); err == nil {
		t.Error("timeline.png written")
	}
}
