package pmtiles

import (
	"encoding/binary"
	"fmt"
)

// HeaderLen is the length of a PMTiles v3 header.
const HeaderLen = 127

// Compression values of the header.
const (
	CompressionUnknown = 0
	CompressionNone    = 1
	CompressionGzip    = 2
)

// TileTypeMVT is the header's tile type of Mapbox Vector Tiles.
const TileTypeMVT = 1

// Header is the fixed-size start of an archive.
type Header struct {
	RootOffset, RootLength         uint64
	MetadataOffset, MetadataLength uint64
	LeafOffset, LeafLength         uint64
	DataOffset, DataLength         uint64
	AddressedTiles, TileEntries    uint64
	TileContents                   uint64
	Clustered                      bool
	InternalCompression            uint8
	TileCompression                uint8
	TileType                       uint8
	MinZoom, MaxZoom               uint8
	MinLonE7, MinLatE7             int32
	MaxLonE7, MaxLatE7             int32
	CenterZoom                     uint8
	CenterLonE7, CenterLatE7       int32
}

func (h *Header) marshal() []byte {
	b := make([]byte, HeaderLen)
	copy(b, "PMTiles")
	b[7] = 3
	le := binary.LittleEndian
	for i, v := range []uint64{h.RootOffset, h.RootLength, h.MetadataOffset, h.MetadataLength,
		h.LeafOffset, h.LeafLength, h.DataOffset, h.DataLength,
		h.AddressedTiles, h.TileEntries, h.TileContents} {
		le.PutUint64(b[8+8*i:], v)
	}
	if h.Clustered {
		b[96] = 1
	}
	b[97], b[98], b[99], b[100], b[101] = h.InternalCompression, h.TileCompression, h.TileType, h.MinZoom, h.MaxZoom
	for i, v := range []int32{h.MinLonE7, h.MinLatE7, h.MaxLonE7, h.MaxLatE7} {
		le.PutUint32(b[102+4*i:], uint32(v))
	}
	b[118] = h.CenterZoom
	le.PutUint32(b[119:], uint32(h.CenterLonE7))
	le.PutUint32(b[123:], uint32(h.CenterLatE7))
	return b
}

func parseHeader(b []byte) (Header, error) {
	var h Header
	if len(b) < HeaderLen {
		return h, fmt.Errorf("header: %d bytes, want %d", len(b), HeaderLen)
	}
	if string(b[:7]) != "PMTiles" {
		return h, fmt.Errorf("header: not a PMTiles archive (bad magic)")
	}
	if b[7] != 3 {
		return h, fmt.Errorf("header: PMTiles version %d, only version 3 is supported", b[7])
	}
	le := binary.LittleEndian
	u := func(i int) uint64 { return le.Uint64(b[8+8*i:]) }
	h.RootOffset, h.RootLength = u(0), u(1)
	h.MetadataOffset, h.MetadataLength = u(2), u(3)
	h.LeafOffset, h.LeafLength = u(4), u(5)
	h.DataOffset, h.DataLength = u(6), u(7)
	h.AddressedTiles, h.TileEntries, h.TileContents = u(8), u(9), u(10)
	h.Clustered = b[96] == 1
	h.InternalCompression, h.TileCompression, h.TileType, h.MinZoom, h.MaxZoom = b[97], b[98], b[99], b[100], b[101]
	i := func(o int) int32 { return int32(le.Uint32(b[o:])) }
	h.MinLonE7, h.MinLatE7, h.MaxLonE7, h.MaxLatE7 = i(102), i(106), i(110), i(114)
	h.CenterZoom = b[118]
	h.CenterLonE7, h.CenterLatE7 = i(119), i(123)
	return h, nil
}
