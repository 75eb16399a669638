package charts

import (
	"os"
	"testing"
	"time"
)

func TestLook(t *testing.T) {
	if os.Getenv("CHARTS_LOOK") == "" {
		t.Skip("set CHARTS_LOOK=dir")
	}
	dir := os.Getenv("CHARTS_LOOK")
	t0 := time.Now()
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	t.Log("cold", time.Since(t0))
	for _, dark := range []bool{false, true} {
		for _, id := range All {
			rep := testReport()
			if os.Getenv("CHARTS_BIG") != "" {
				rep = bigReport(25, 5)
			}
			c, err := Build(id, rep, Options{Dark: dark, Highlight: []string{"putin-invitation", "003_d", "c03"}})
			if err != nil {
				t.Fatal(err)
			}
			t1 := time.Now()
			svg, err := r.SVG(c)
			if err != nil {
				t.Fatal(err)
			}
			t2 := time.Now()
			p, err := r.PNG(c, 2, false)
			if err != nil {
				t.Fatal(err)
			}
			t.Log(id, dark, "svg", t2.Sub(t1), "png", time.Since(t2))
			suf := ""
			if dark {
				suf = "-dark"
			}
			os.WriteFile(dir+"/"+string(id)+suf+".svg", svg, 0o644)
			os.WriteFile(dir+"/"+string(id)+suf+".png", p, 0o644)
			os.WriteFile(dir+"/"+string(id)+suf+".json", c.Option, 0o644)
		}
	}
}
