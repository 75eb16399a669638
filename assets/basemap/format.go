package basemap

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// magic starts every basemap file (before gzip compression).
const magic = "SLBASEMAP1\n"

// Kind says how a layer's features are drawn.
type Kind uint8

const (
	// Fill layers hold closed rings, filled with the non-zero rule.
	Fill Kind = 0
	// Line layers hold open polylines, stroked.
	Line Kind = 1
)

// Layer is one named set of features shown in a zoom range.
type Layer struct {
	Name string
	Kind Kind
	// MinZoom and MaxZoom bound the Web Mercator zoom levels (inclusive
	// lower, exclusive upper) at which the layer is drawn.
	MinZoom, MaxZoom float64
	Features         []Feature
}

// Feature is one polygon ring set or polyline set with a class (GSHHG level
// for shorelines: 1 land, 2 lake, 3 island in lake; river class for rivers).
type Feature struct {
	Class uint8
	// Parts are rings (Fill) or polylines (Line) as [lon, lat] pairs in
	// microdegrees.
	Parts [][][2]int32
}

// Encode writes layers in the compact gzipped format: per point, zig-zag
// varint deltas of int32 microdegrees.
func Encode(w io.Writer, layers []Layer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { n := binary.PutUvarint(buf[:], v); bw.Write(buf[:n]) }
	putI := func(v int64) { n := binary.PutVarint(buf[:], v); bw.Write(buf[:n]) }
	bw.WriteString(magic)
	putU(uint64(len(layers)))
	for _, l := range layers {
		putU(uint64(len(l.Name)))
		bw.WriteString(l.Name)
		bw.WriteByte(byte(l.Kind))
		putU(uint64(l.MinZoom * 100))
		putU(uint64(l.MaxZoom * 100))
		putU(uint64(len(l.Features)))
		var px, py int32
		for _, f := range l.Features {
			bw.WriteByte(f.Class)
			putU(uint64(len(f.Parts)))
			for _, p := range f.Parts {
				putU(uint64(len(p)))
				for _, pt := range p {
					putI(int64(pt[0] - px))
					putI(int64(pt[1] - py))
					px, py = pt[0], pt[1]
				}
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// maxCount bounds any count read from a file, so corrupt input cannot make
// Decode allocate without limit.
const maxCount = 1 << 24

// Decode reads layers written by Encode.
func Decode(data []byte) ([]Layer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("basemap: not gzip: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("basemap: bad magic (not a Storylens basemap file)")
	}
	getU := func(what string) (int, error) {
		v, err := binary.ReadUvarint(br)
		if err != nil {
			return 0, fmt.Errorf("basemap: reading %s: %w", what, err)
		}
		if v > maxCount {
			return 0, fmt.Errorf("basemap: %s %d too large", what, v)
		}
		return int(v), nil
	}
	nl, err := getU("layer count")
	if err != nil {
		return nil, err
	}
	layers := make([]Layer, 0, nl)
	for i := 0; i < nl; i++ {
		var l Layer
		n, err := getU("layer name length")
		if err != nil {
			return nil, err
		}
		name := make([]byte, n)
		if _, err := io.ReadFull(br, name); err != nil {
			return nil, fmt.Errorf("basemap: layer %d name: %w", i, err)
		}
		l.Name = string(name)
		k, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("basemap: layer %q kind: %w", l.Name, err)
		}
		l.Kind = Kind(k)
		z0, err := getU("min zoom")
		if err != nil {
			return nil, err
		}
		z1, err := getU("max zoom")
		if err != nil {
			return nil, err
		}
		l.MinZoom, l.MaxZoom = float64(z0)/100, float64(z1)/100
		nf, err := getU("feature count")
		if err != nil {
			return nil, err
		}
		var px, py int64
		l.Features = make([]Feature, 0, min(nf, 1<<16))
		for j := 0; j < nf; j++ {
			var f Feature
			if f.Class, err = br.ReadByte(); err != nil {
				return nil, fmt.Errorf("basemap: layer %q feature %d: %w", l.Name, j, err)
			}
			np, err := getU("part count")
			if err != nil {
				return nil, err
			}
			for q := 0; q < np; q++ {
				n, err := getU("point count")
				if err != nil {
					return nil, err
				}
				pts := make([][2]int32, 0, min(n, 1<<16))
				for r := 0; r < n; r++ {
					dx, err1 := binary.ReadVarint(br)
					dy, err2 := binary.ReadVarint(br)
					if err1 != nil || err2 != nil {
						return nil, fmt.Errorf("basemap: layer %q feature %d: truncated points", l.Name, j)
					}
					px += dx
					py += dy
					pts = append(pts, [2]int32{int32(px), int32(py)})
				}
				f.Parts = append(f.Parts, pts)
			}
			l.Features = append(l.Features, f)
		}
		layers = append(layers, l)
	}
	// Reading to the end checks the gzip checksum and length.
	if n, err := io.Copy(io.Discard, br); err != nil {
		return nil, fmt.Errorf("basemap: %w", err)
	} else if n > 0 {
		return nil, fmt.Errorf("basemap: %d bytes of trailing data", n)
	}
	return layers, nil
}
