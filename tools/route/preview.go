package main

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Preview draws the GSHHG shoreline (blue), the WDBII national borders (red)
// and the routes (black, vertices as dots) of region "W/E/S/N" into a PNG, to
// look at while placing waypoints.
func Preview(path, region string, routes [][]Waypoint) error {
	var w, e, s, n float64
	if _, err := fmt.Sscanf(strings.ReplaceAll(region, "/", " "), "%g %g %g %g", &w, &e, &s, &n); err != nil || w >= e || s >= n {
		return fmt.Errorf("region %q is not W/E/S/N", region)
	}
	const width = 1200
	k := math.Cos((s + n) / 2 * math.Pi / 180)
	height := int(width * (n - s) / ((e - w) * k))
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	px := func(lon, lat float64) (int, int) {
		return int((lon - w) / (e - w) * width), int((n - lat) / (n - s) * float64(height))
	}
	if err := landFill(img, region, w, e, s, n); err != nil {
		return err
	}
	for _, layer := range []struct {
		flag string
		c    color.RGBA
	}{{"-W", color.RGBA{0, 90, 200, 255}}, {"-N1", color.RGBA{220, 0, 0, 255}}} {
		lines, err := gmtLines(region, layer.flag)
		if err != nil {
			return err
		}
		for _, l := range lines {
			for i := 0; i+1 < len(l); i++ {
				x0, y0 := px(l[i][0], l[i][1])
				x1, y1 := px(l[i+1][0], l[i+1][1])
				line(img, x0, y0, x1, y1, layer.c)
			}
		}
	}
	black := color.RGBA{0, 0, 0, 255}
	for _, r := range routes {
		for i, p := range r {
			x, y := px(p.Lon, p.Lat)
			for dx := -2; dx <= 2; dx++ {
				for dy := -2; dy <= 2; dy++ {
					img.Set(x+dx, y+dy, black)
				}
			}
			if i+1 < len(r) {
				x1, y1 := px(r[i+1].Lon, r[i+1].Lat)
				line(img, x, y, x1, y1, black)
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// landFill paints the land of GMT's GSHHG full land mask in a light tan.
func landFill(img *image.RGBA, region string, w, e, s, n float64) error {
	b := img.Bounds()
	inc := (e - w) / float64(b.Dx()) * 2
	tmp, err := os.MkdirTemp("", "route-mask")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	grid := filepath.Join(tmp, "mask.nc")
	if o, err := exec.Command("gmt", "grdlandmask", "-R"+region, fmt.Sprintf("-I%g", inc), "-Df", "-G"+grid).CombinedOutput(); err != nil {
		return fmt.Errorf("gmt grdlandmask: %w: %s", err, o)
	}
	o, err := exec.Command("gmt", "grd2xyz", grid).Output()
	if err != nil {
		return fmt.Errorf("gmt grd2xyz: %w", err)
	}
	land := color.RGBA{235, 225, 200, 255}
	sc := bufio.NewScanner(bytes.NewReader(o))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 || f[2] != "1" {
			continue
		}
		x, _ := strconv.ParseFloat(f[0], 64)
		y, _ := strconv.ParseFloat(f[1], 64)
		cx := int((x - w) / (e - w) * float64(b.Dx()))
		cy := int((n - y) / (n - s) * float64(b.Dy()))
		for dx := -1; dx <= 1; dx++ {
			for dy := -1; dy <= 1; dy++ {
				img.SetRGBA(cx+dx, cy+dy, land)
			}
		}
	}
	return nil
}

// gmtLines reads multi-segment output of gmt coast (-W shorelines or -N1 borders).
func gmtLines(region, flag string) ([][][2]float64, error) {
	cmd := exec.Command("gmt", "coast", "-R"+region, "-Df", flag, "-M")
	o, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("gmt coast %s: %w", flag, err)
	}
	var lines [][][2]float64
	var cur [][2]float64
	sc := bufio.NewScanner(bytes.NewReader(o))
	for sc.Scan() {
		t := sc.Text()
		if strings.HasPrefix(t, ">") {
			if len(cur) > 0 {
				lines = append(lines, cur)
			}
			cur = nil
			continue
		}
		f := strings.Fields(t)
		if len(f) < 2 {
			continue
		}
		x, err1 := strconv.ParseFloat(f[0], 64)
		y, err2 := strconv.ParseFloat(f[1], 64)
		if err1 == nil && err2 == nil {
			cur = append(cur, [2]float64{x, y})
		}
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines, nil
}

// line draws a straight line with Bresenham's algorithm.
func line(img *image.RGBA, x0, y0, x1, y1 int, c color.RGBA) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := 1, 1
	if x0 > x1 {
		sx = -1
	}
	if y0 > y1 {
		sy = -1
	}
	err := dx + dy
	for {
		img.SetRGBA(x0, y0, c)
		if x0 == x1 && y0 == y1 {
			return
		}
		e2 := 2 * err
		if e2 >= dy {
			err += dy
			x0 += sx
		}
		if e2 <= dx {
			err += dx
			y0 += sy
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
