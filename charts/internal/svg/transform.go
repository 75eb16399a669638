package svg

import (
	"math"
	"strings"
)

// Matrix is an affine transform [a c e; b d f].
type Matrix [6]float64

// Identity is the transform that changes nothing.
func Identity() Matrix { return Matrix{1, 0, 0, 1, 0, 0} }

// Mul returns m × n (n applied first).
func (m Matrix) Mul(n Matrix) Matrix {
	return Matrix{
		m[0]*n[0] + m[2]*n[1], m[1]*n[0] + m[3]*n[1],
		m[0]*n[2] + m[2]*n[3], m[1]*n[2] + m[3]*n[3],
		m[0]*n[4] + m[2]*n[5] + m[4], m[1]*n[4] + m[3]*n[5] + m[5],
	}
}

// Apply maps the point p.
func (m Matrix) Apply(p [2]float64) [2]float64 {
	return [2]float64{m[0]*p[0] + m[2]*p[1] + m[4], m[1]*p[0] + m[3]*p[1] + m[5]}
}

// Scale is the transform's mean scale factor (for stroke widths).
func (m Matrix) Scale() float64 { return math.Sqrt(math.Abs(m[0]*m[3] - m[1]*m[2])) }

// ParseTransform reads an SVG transform list.
func ParseTransform(s string) Matrix {
	m := Identity()
	for {
		s = strings.TrimLeft(s, " ,\t\n")
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			return m
		}
		name := strings.TrimSpace(s[:i])
		var v []float64
		for _, f := range strings.FieldsFunc(s[i+1:j], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
			v = append(v, Number(f, 0))
		}
		s = s[j+1:]
		var t Matrix
		switch {
		case name == "matrix" && len(v) == 6:
			t = Matrix{v[0], v[1], v[2], v[3], v[4], v[5]}
		case name == "translate" && len(v) >= 1:
			ty := 0.0
			if len(v) > 1 {
				ty = v[1]
			}
			t = Matrix{1, 0, 0, 1, v[0], ty}
		case name == "scale" && len(v) >= 1:
			sy := v[0]
			if len(v) > 1 {
				sy = v[1]
			}
			t = Matrix{v[0], 0, 0, sy, 0, 0}
		case name == "rotate" && len(v) >= 1:
			a := v[0] * math.Pi / 180
			t = Matrix{math.Cos(a), math.Sin(a), -math.Sin(a), math.Cos(a), 0, 0}
			if len(v) == 3 {
				t = Matrix{1, 0, 0, 1, v[1], v[2]}.Mul(t).Mul(Matrix{1, 0, 0, 1, -v[1], -v[2]})
			}
		case name == "skewX" && len(v) == 1:
			t = Matrix{1, 0, math.Tan(v[0] * math.Pi / 180), 1, 0, 0}
		case name == "skewY" && len(v) == 1:
			t = Matrix{1, math.Tan(v[0] * math.Pi / 180), 0, 1, 0, 0}
		default:
			continue
		}
		m = m.Mul(t)
	}
}

// Transform returns the segments mapped by m (a new slice; segs is not changed).
func Transform(segs []Seg, m Matrix) []Seg {
	out := make([]Seg, len(segs))
	for i, s := range segs {
		out[i].Op = s.Op
		for k := range s.P {
			out[i].P[k] = m.Apply(s.P[k])
		}
	}
	return out
}
