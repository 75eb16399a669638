package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/paulmach/orb"
)

// topology is the subset of TopoJSON that world-atlas uses: quantized,
// delta-encoded arcs and geometry collections of (Multi)Polygons.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Type       string `json:"type"`
		Geometries []struct {
			Type string          `json:"type"`
			Arcs json.RawMessage `json:"arcs"`
			ID   string          `json:"id"`
		} `json:"geometries"`
	} `json:"objects"`
}

// readTopology reads and decodes a TopoJSON file, turning its arcs into
// absolute lon/lat line strings.
func readTopology(path string) (*topology, []orb.LineString, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if t.Type != "Topology" {
		return nil, nil, fmt.Errorf("%s: type %q, want Topology", path, t.Type)
	}
	arcs := make([]orb.LineString, len(t.Arcs))
	for i, a := range t.Arcs {
		ls := make(orb.LineString, len(a))
		var x, y float64
		for j, p := range a {
			if t.Transform != nil {
				x += p[0]
				y += p[1]
				ls[j] = orb.Point{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				ls[j] = orb.Point{p[0], p[1]}
			}
		}
		arcs[i] = ls
	}
	return &t, arcs, nil
}

// arcRef returns arc i (negative: ~i reversed).
func arcRef(arcs []orb.LineString, i int) (orb.LineString, error) {
	rev := i < 0
	if rev {
		i = ^i
	}
	if i >= len(arcs) {
		return nil, fmt.Errorf("arc index %d out of range (%d arcs)", i, len(arcs))
	}
	a := arcs[i]
	if !rev {
		return a, nil
	}
	r := make(orb.LineString, len(a))
	for j := range a {
		r[j] = a[len(a)-1-j]
	}
	return r, nil
}

// ringsOf returns the rings of every (Multi)Polygon in object name.
func ringsOf(t *topology, arcs []orb.LineString, name string) ([]orb.Ring, error) {
	obj, ok := t.Objects[name]
	if !ok {
		return nil, fmt.Errorf("no object %q", name)
	}
	var out []orb.Ring
	build := func(refs []int) error {
		var r orb.Ring
		for k, i := range refs {
			a, err := arcRef(arcs, i)
			if err != nil {
				return err
			}
			if k > 0 {
				a = a[1:]
			}
			r = append(r, a...)
		}
		out = append(out, r)
		return nil
	}
	for _, g := range obj.Geometries {
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, err
			}
			for _, r := range p {
				if err := build(r); err != nil {
					return nil, err
				}
			}
		case "MultiPolygon":
			var mp [][][]int
			if err := json.Unmarshal(g.Arcs, &mp); err != nil {
				return nil, err
			}
			for _, p := range mp {
				for _, r := range p {
					if err := build(r); err != nil {
						return nil, err
					}
				}
			}
		}
	}
	return out, nil
}

// borderArcs returns the arcs shared by two country geometries: the land
// borders (TopoJSON's mesh with a != b).
func borderArcs(t *topology, arcs []orb.LineString) ([]orb.LineString, error) {
	obj, ok := t.Objects["countries"]
	if !ok {
		return nil, fmt.Errorf("no object countries")
	}
	owners := map[int]map[int]bool{}
	for gi, g := range obj.Geometries {
		var refs []int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, err
			}
			for _, r := range p {
				refs = append(refs, r...)
			}
		case "MultiPolygon":
			var mp [][][]int
			if err := json.Unmarshal(g.Arcs, &mp); err != nil {
				return nil, err
			}
			for _, p := range mp {
				for _, r := range p {
					refs = append(refs, r...)
				}
			}
		}
		for _, i := range refs {
			if i < 0 {
				i = ^i
			}
			if owners[i] == nil {
				owners[i] = map[int]bool{}
			}
			owners[i][gi] = true
		}
	}
	var out []orb.LineString
	for i, a := range arcs {
		if len(owners[i]) >= 2 {
			out = append(out, a)
		}
	}
	return out, nil
}
