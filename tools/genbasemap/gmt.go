package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// piece is one multisegment record from `gmt coast -M`: a polyline with the
// level from its header ("> Shore Bin # 16691, Level 1").
type piece struct {
	Level int
	Line  orb.LineString
}

// runGMT runs gmt coast with args and parses its multisegment output.
func runGMT(gmt string, args ...string) ([]piece, error) {
	cmd := exec.Command(gmt, append([]string{"coast"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("gmt coast %s: %w: %s", strings.Join(args, " "), err, stderr.String())
	}
	return parseMultiSegment(out)
}

// parseMultiSegment parses GMT multisegment ASCII: ">" headers ending in
// "Level N", then "lon lat" lines.
func parseMultiSegment(out []byte) ([]piece, error) {
	var ps []piece
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if strings.HasPrefix(t, ">") {
			lv := 0
			if i := strings.LastIndex(t, "Level "); i >= 0 {
				lv, _ = strconv.Atoi(strings.TrimSpace(t[i+6:]))
			}
			ps = append(ps, piece{Level: lv})
			continue
		}
		if len(ps) == 0 {
			return nil, fmt.Errorf("gmt output line %d: point before any segment header", line)
		}
		f := strings.Fields(t)
		if len(f) < 2 {
			return nil, fmt.Errorf("gmt output line %d: want lon lat, got %q", line, t)
		}
		x, err1 := strconv.ParseFloat(f[0], 64)
		y, err2 := strconv.ParseFloat(f[1], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("gmt output line %d: bad number in %q", line, t)
		}
		p := &ps[len(ps)-1]
		p.Line = append(p.Line, orb.Point{x, y})
	}
	return ps, sc.Err()
}
