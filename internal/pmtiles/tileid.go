package pmtiles

// ZxyToID returns the PMTiles tile ID of tile z/x/y: the number of tiles of
// all lower zooms plus the position of x/y on the Hilbert curve of zoom z.
func ZxyToID(z uint8, x, y uint32) uint64 {
	var acc uint64
	for i := uint8(0); i < z; i++ {
		acc += uint64(1) << (2 * i)
	}
	n := uint32(1) << z
	var d uint64
	for s := n / 2; s > 0; s /= 2 {
		var rx, ry uint32
		if x&s > 0 {
			rx = 1
		}
		if y&s > 0 {
			ry = 1
		}
		d += uint64(s) * uint64(s) * uint64((3*rx)^ry)
		x, y = rotate(s, x, y, rx, ry)
	}
	return acc + d
}

func rotate(n, x, y, rx, ry uint32) (uint32, uint32) {
	if ry == 0 {
		if rx == 1 {
			x = n - 1 - x
			y = n - 1 - y
		}
		return y, x
	}
	return x, y
}
