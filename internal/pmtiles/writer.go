package pmtiles

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"sort"
)

// Writer collects tiles and writes an archive. Identical tile contents are
// stored once; consecutive tile IDs with the same content become one run.
type Writer struct {
	tiles map[uint64][]byte
	// Header fields the caller sets (zooms are computed).
	MinLonE7, MinLatE7, MaxLonE7, MaxLatE7 int32
	CenterZoom                             uint8
	CenterLonE7, CenterLatE7               int32
	// TileCompression says how the tile bytes given to Add are compressed.
	TileCompression uint8
	minZ, maxZ      uint8
}

// NewWriter returns an empty Writer for gzipped MVT tiles covering the
// whole world.
func NewWriter() *Writer {
	return &Writer{tiles: map[uint64][]byte{}, TileCompression: CompressionGzip,
		MinLonE7: -180e7, MinLatE7: -85e7, MaxLonE7: 180e7, MaxLatE7: 85e7, minZ: 255}
}

// Add stores the (already compressed) tile z/x/y.
func (w *Writer) Add(z uint8, x, y uint32, data []byte) {
	w.tiles[ZxyToID(z, x, y)] = data
	w.minZ, w.maxZ = min(w.minZ, z), max(w.maxZ, z)
}

// Bytes returns the whole archive with the JSON metadata meta.
func (w *Writer) Bytes(meta []byte) ([]byte, error) {
	if len(w.tiles) == 0 {
		return nil, fmt.Errorf("pmtiles: no tiles")
	}
	ids := make([]uint64, 0, len(w.tiles))
	for id := range w.tiles {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var data bytes.Buffer
	seen := map[[32]byte]Entry{}
	var es []Entry
	for _, id := range ids {
		t := w.tiles[id]
		h := sha256.Sum256(t)
		if n := len(es); n > 0 {
			last := &es[n-1]
			if last.TileID+uint64(last.RunLength) == id && bytes.Equal(w.tiles[last.TileID], t) {
				last.RunLength++
				continue
			}
		}
		e, ok := seen[h]
		if !ok {
			e = Entry{Offset: uint64(data.Len()), Length: uint32(len(t))}
			data.Write(t)
			seen[h] = e
		}
		es = append(es, Entry{TileID: id, Offset: e.Offset, Length: e.Length, RunLength: 1})
	}
	root, leaves := buildDirs(es)
	mz := gzipBytes(meta)
	h := Header{
		RootOffset: HeaderLen, RootLength: uint64(len(root)),
		InternalCompression: CompressionGzip, TileCompression: w.TileCompression, TileType: TileTypeMVT,
		MinZoom: w.minZ, MaxZoom: w.maxZ,
		MinLonE7: w.MinLonE7, MinLatE7: w.MinLatE7, MaxLonE7: w.MaxLonE7, MaxLatE7: w.MaxLatE7,
		CenterZoom: w.CenterZoom, CenterLonE7: w.CenterLonE7, CenterLatE7: w.CenterLatE7,
		AddressedTiles: uint64(len(ids)), TileEntries: uint64(len(es)), TileContents: uint64(len(seen)),
		Clustered: false,
	}
	h.MetadataOffset = h.RootOffset + h.RootLength
	h.MetadataLength = uint64(len(mz))
	h.LeafOffset = h.MetadataOffset + h.MetadataLength
	h.LeafLength = uint64(len(leaves))
	h.DataOffset = h.LeafOffset + h.LeafLength
	h.DataLength = uint64(data.Len())
	var out bytes.Buffer
	out.Write(h.marshal())
	out.Write(root)
	out.Write(mz)
	out.Write(leaves)
	out.Write(data.Bytes())
	return out.Bytes(), nil
}

// buildDirs returns the gzipped root directory and leaf directories. The
// root must fit with the header in the first 16 KiB; when all entries do
// not, they go into leaves of a growing size.
func buildDirs(es []Entry) (root, leaves []byte) {
	root = gzipBytes(serializeEntries(es))
	if len(root) <= 16384-HeaderLen {
		return root, nil
	}
	for size := 4096; ; size *= 2 {
		var rootEs []Entry
		var lb bytes.Buffer
		for i := 0; i < len(es); i += size {
			part := es[i:min(i+size, len(es))]
			l := gzipBytes(serializeEntries(part))
			rootEs = append(rootEs, Entry{TileID: part[0].TileID, Offset: uint64(lb.Len()), Length: uint32(len(l))})
			lb.Write(l)
		}
		root = gzipBytes(serializeEntries(rootEs))
		if len(root) <= 16384-HeaderLen {
			return root, lb.Bytes()
		}
	}
}
