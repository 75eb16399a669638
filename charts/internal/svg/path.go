package svg

import (
	"fmt"
	"math"
	"strconv"
)

// Seg is one path segment in absolute coordinates: Op is 'M', 'L', 'Q',
// 'C' or 'Z'; P holds the control and end points ('Q' 2, 'C' 3; 'M' and
// 'L' 1; 'Z' none).
type Seg struct {
	Op byte
	P  [3][2]float64
}

// ParsePath reads SVG path data (every command of SVG 1.1: M L H V C S Q T
// A Z, absolute and relative) into absolute segments; arcs become cubic
// Béziers. It returns an error naming the offset of the first bad token.
func ParsePath(d string) ([]Seg, error) {
	p := pathParser{s: d}
	var out []Seg
	var cur, start, lastCtrl [2]float64
	var lastOp byte
	cmd := byte(0)
	for {
		p.skipSep()
		if p.i >= len(p.s) {
			break
		}
		c := p.s[p.i]
		if isCmd(c) {
			if cmd == 0 && c|0x20 != 'm' {
				return nil, fmt.Errorf("path data at byte %d: must start with a moveto, found %q", p.i, c)
			}
			cmd = c
			p.i++
		} else if cmd == 0 {
			return nil, fmt.Errorf("path data at byte %d: expected a command, found %q", p.i, c)
		} else if cmd == 'M' {
			cmd = 'L' // implicit lineto after moveto
		} else if cmd == 'm' {
			cmd = 'l'
		} else if cmd == 'Z' || cmd == 'z' {
			return nil, fmt.Errorf("path data at byte %d: number after closepath", p.i)
		}
		rel := cmd >= 'a'
		abs := func(x, y float64) [2]float64 {
			if rel {
				return [2]float64{cur[0] + x, cur[1] + y}
			}
			return [2]float64{x, y}
		}
		up := cmd &^ 0x20
		switch up {
		case 'Z':
			out = append(out, Seg{Op: 'Z'})
			cur = start
			lastOp = 'Z'
			continue
		case 'M', 'L', 'T':
			v, err := p.nums(2)
			if err != nil {
				return nil, err
			}
			pt := abs(v[0], v[1])
			switch up {
			case 'M':
				out = append(out, Seg{Op: 'M', P: [3][2]float64{pt}})
				start = pt
			case 'L':
				out = append(out, Seg{Op: 'L', P: [3][2]float64{pt}})
			case 'T':
				ctrl := cur
				if lastOp == 'Q' || lastOp == 'T' {
					ctrl = [2]float64{2*cur[0] - lastCtrl[0], 2*cur[1] - lastCtrl[1]}
				}
				out = append(out, Seg{Op: 'Q', P: [3][2]float64{ctrl, pt}})
				lastCtrl = ctrl
			}
			cur = pt
		case 'H', 'V':
			v, err := p.nums(1)
			if err != nil {
				return nil, err
			}
			pt := cur
			i := 0
			if up == 'V' {
				i = 1
			}
			if rel {
				pt[i] += v[0]
			} else {
				pt[i] = v[0]
			}
			out = append(out, Seg{Op: 'L', P: [3][2]float64{pt}})
			cur = pt
		case 'C', 'S', 'Q':
			n := map[byte]int{'C': 6, 'S': 4, 'Q': 4}[up]
			v, err := p.nums(n)
			if err != nil {
				return nil, err
			}
			switch up {
			case 'C':
				c1, c2, e := abs(v[0], v[1]), abs(v[2], v[3]), abs(v[4], v[5])
				out = append(out, Seg{Op: 'C', P: [3][2]float64{c1, c2, e}})
				lastCtrl, cur = c2, e
			case 'S':
				c1 := cur
				if lastOp == 'C' || lastOp == 'S' {
					c1 = [2]float64{2*cur[0] - lastCtrl[0], 2*cur[1] - lastCtrl[1]}
				}
				c2, e := abs(v[0], v[1]), abs(v[2], v[3])
				out = append(out, Seg{Op: 'C', P: [3][2]float64{c1, c2, e}})
				lastCtrl, cur = c2, e
			case 'Q':
				c1, e := abs(v[0], v[1]), abs(v[2], v[3])
				out = append(out, Seg{Op: 'Q', P: [3][2]float64{c1, e}})
				lastCtrl, cur = c1, e
			}
		case 'A':
			v, err := p.nums(7)
			if err != nil {
				return nil, err
			}
			e := abs(v[5], v[6])
			out = appendArc(out, cur, v[0], v[1], v[2], v[3] != 0, v[4] != 0, e)
			cur = e
		}
		lastOp = up
	}
	return out, nil
}

func isCmd(c byte) bool {
	switch c | 0x20 {
	case 'm', 'l', 'h', 'v', 'c', 's', 'q', 't', 'a', 'z':
		return true
	}
	return false
}

type pathParser struct {
	s string
	i int
}

func (p *pathParser) skipSep() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', ',', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// nums reads n numbers.
func (p *pathParser) nums(n int) ([]float64, error) {
	out := make([]float64, n)
	for k := 0; k < n; k++ {
		p.skipSep()
		j := p.i
		if j < len(p.s) && (p.s[j] == '+' || p.s[j] == '-') {
			j++
		}
		dot, digits := false, false
		for j < len(p.s) {
			c := p.s[j]
			if c >= '0' && c <= '9' {
				digits = true
				j++
			} else if c == '.' && !dot {
				dot = true
				j++
			} else {
				break
			}
		}
		if j < len(p.s) && (p.s[j] == 'e' || p.s[j] == 'E') && digits {
			k2 := j + 1
			if k2 < len(p.s) && (p.s[k2] == '+' || p.s[k2] == '-') {
				k2++
			}
			if k2 < len(p.s) && p.s[k2] >= '0' && p.s[k2] <= '9' {
				j = k2
				for j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
					j++
				}
			}
		}
		if !digits {
			return nil, fmt.Errorf("path data at byte %d: expected a number", p.i)
		}
		f, err := strconv.ParseFloat(p.s[p.i:j], 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return nil, fmt.Errorf("path data at byte %d: bad number %q", p.i, p.s[p.i:j])
		}
		out[k] = f
		p.i = j
	}
	return out, nil
}

// appendArc converts an SVG elliptical arc from p0 to p1 into cubic Béziers
// (SVG 1.1 implementation notes, F.6).
func appendArc(out []Seg, p0 [2]float64, rx, ry, phiDeg float64, large, sweep bool, p1 [2]float64) []Seg {
	if p0 == p1 {
		return out
	}
	rx, ry = math.Abs(rx), math.Abs(ry)
	if rx == 0 || ry == 0 {
		return append(out, Seg{Op: 'L', P: [3][2]float64{p1}})
	}
	phi := phiDeg * math.Pi / 180
	cos, sin := math.Cos(phi), math.Sin(phi)
	dx, dy := (p0[0]-p1[0])/2, (p0[1]-p1[1])/2
	x1 := cos*dx + sin*dy
	y1 := -sin*dx + cos*dy
	if l := x1*x1/(rx*rx) + y1*y1/(ry*ry); l > 1 {
		s := math.Sqrt(l)
		rx, ry = rx*s, ry*s
	}
	num := rx*rx*ry*ry - rx*rx*y1*y1 - ry*ry*x1*x1
	den := rx*rx*y1*y1 + ry*ry*x1*x1
	co := 0.0
	if den > 0 && num > 0 {
		co = math.Sqrt(num / den)
	}
	if large == sweep {
		co = -co
	}
	cx1 := co * rx * y1 / ry
	cy1 := -co * ry * x1 / rx
	cx := cos*cx1 - sin*cy1 + (p0[0]+p1[0])/2
	cy := sin*cx1 + cos*cy1 + (p0[1]+p1[1])/2
	ang := func(ux, uy, vx, vy float64) float64 {
		a := math.Atan2(ux*vy-uy*vx, ux*vx+uy*vy)
		return a
	}
	t1 := ang(1, 0, (x1-cx1)/rx, (y1-cy1)/ry)
	dt := ang((x1-cx1)/rx, (y1-cy1)/ry, (-x1-cx1)/rx, (-y1-cy1)/ry)
	if !sweep && dt > 0 {
		dt -= 2 * math.Pi
	} else if sweep && dt < 0 {
		dt += 2 * math.Pi
	}
	n := int(math.Ceil(math.Abs(dt) / (math.Pi / 2)))
	if n < 1 {
		n = 1
	}
	step := dt / float64(n)
	k := 4.0 / 3 * math.Tan(step/4)
	pt := func(t float64) (x, y, dxdt, dydt float64) {
		ct, st := math.Cos(t), math.Sin(t)
		x = cx + rx*ct*cos - ry*st*sin
		y = cy + rx*ct*sin + ry*st*cos
		dxdt = -rx*st*cos - ry*ct*sin
		dydt = -rx*st*sin + ry*ct*cos
		return
	}
	t := t1
	for i := 0; i < n; i++ {
		ax, ay, adx, ady := pt(t)
		bx, by, bdx, bdy := pt(t + step)
		if i == n-1 {
			bx, by = p1[0], p1[1]
		}
		out = append(out, Seg{Op: 'C', P: [3][2]float64{{ax + k*adx, ay + k*ady}, {bx - k*bdx, by - k*bdy}, {bx, by}}})
		t += step
	}
	return out
}
