package main

import (
	"fmt"
	"math"
)

// borderKm is the distance to an international land border within which
// small GeoNames places are kept as towns: journeys cross borders, and the
// places at a crossing are often villages (Khasan, Tumangang, Dong Dang).
const borderKm = 25

// borderCell is the size of a borderIndex cell, in degrees.
const borderCell = 0.5

// borderIndex finds whether a point is within borderKm of a land border.
// Segments are filed in every grid cell their box (widened by borderKm)
// touches, so a query reads one cell.
type borderIndex struct {
	cells map[[2]int32][]segment
}

type segment struct{ lon1, lat1, lon2, lat2 float64 }

// kmPerDegLat is the length of a degree of latitude (mean, km).
const kmPerDegLat = 111.2

func cellOf(lon, lat float64) [2]int32 {
	return [2]int32{int32(math.Floor(lon / borderCell)), int32(math.Floor(lat / borderCell))}
}

// newBorderIndex indexes the line strings of a GeoJSON of border lines.
func newBorderIndex(name string, fs []feature) (*borderIndex, error) {
	x := &borderIndex{cells: map[[2]int32][]segment{}}
	for i := range fs {
		ls, err := fs[i].lines()
		if err != nil {
			return nil, fmt.Errorf("%s: feature %d: %w", name, i, err)
		}
		for _, l := range ls {
			for k := 1; k < len(l); k++ {
				x.add(segment{l[k-1][0], l[k-1][1], l[k][0], l[k][1]})
			}
		}
	}
	return x, nil
}

func (x *borderIndex) add(s segment) {
	dLat := borderKm / kmPerDegLat
	maxLat := math.Min(math.Max(math.Abs(s.lat1), math.Abs(s.lat2))+dLat, 89)
	dLon := borderKm / (kmPerDegLat * math.Cos(maxLat*math.Pi/180))
	a := cellOf(math.Min(s.lon1, s.lon2)-dLon, math.Min(s.lat1, s.lat2)-dLat)
	b := cellOf(math.Max(s.lon1, s.lon2)+dLon, math.Max(s.lat1, s.lat2)+dLat)
	for i := a[0]; i <= b[0]; i++ {
		for j := a[1]; j <= b[1]; j++ {
			c := [2]int32{i, j}
			x.cells[c] = append(x.cells[c], s)
		}
	}
}

// near reports whether (lat, lon) is within borderKm of a border segment
// (distance in a local equirectangular plane, good to well under 1 % at
// 25 km).
func (x *borderIndex) near(lat, lon float64) bool {
	if x == nil {
		return false
	}
	kx := kmPerDegLat * math.Cos(lat*math.Pi/180)
	for _, s := range x.cells[cellOf(lon, lat)] {
		ax, ay := (s.lon1-lon)*kx, (s.lat1-lat)*kmPerDegLat
		bx, by := (s.lon2-lon)*kx, (s.lat2-lat)*kmPerDegLat
		dx, dy := bx-ax, by-ay
		t := 0.0
		if l := dx*dx + dy*dy; l > 0 {
			t = math.Max(0, math.Min(1, -(ax*dx+ay*dy)/l))
		}
		px, py := ax+t*dx, ay+t*dy
		if px*px+py*py <= borderKm*borderKm {
			return true
		}
	}
	return false
}

// readBorders loads Natural Earth's international land borders.
func readBorders(ne neSource) (*borderIndex, error) {
	data, err := ne.read(neBorders)
	if err != nil {
		return nil, err
	}
	fs, err := readFeatures(neBorders, data)
	if err != nil {
		return nil, err
	}
	return newBorderIndex(neBorders, fs)
}
