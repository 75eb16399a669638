package pmtiles

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Entry is one directory entry: RunLength consecutive tile IDs starting at
// TileID share the tile data at Offset (relative to the data section), or,
// when RunLength is 0, a leaf directory at Offset (relative to the leaf
// section).
type Entry struct {
	TileID    uint64
	Offset    uint64
	Length    uint32
	RunLength uint32
}

// maxEntries bounds a directory's entry count, so a corrupt count cannot
// make a reader allocate without limit.
const maxEntries = 1 << 22

// serializeEntries encodes a directory (uncompressed).
func serializeEntries(es []Entry) []byte {
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(es)))
	var last uint64
	for _, e := range es {
		b = binary.AppendUvarint(b, e.TileID-last)
		last = e.TileID
	}
	for _, e := range es {
		b = binary.AppendUvarint(b, uint64(e.RunLength))
	}
	for _, e := range es {
		b = binary.AppendUvarint(b, uint64(e.Length))
	}
	for i, e := range es {
		if i > 0 && e.Offset == es[i-1].Offset+uint64(es[i-1].Length) {
			b = binary.AppendUvarint(b, 0)
		} else {
			b = binary.AppendUvarint(b, e.Offset+1)
		}
	}
	return b
}

// deserializeEntries decodes a directory (uncompressed).
func deserializeEntries(data []byte) ([]Entry, error) {
	r := bytes.NewReader(data)
	next := func(what string) (uint64, error) {
		v, err := binary.ReadUvarint(r)
		if err != nil {
			return 0, fmt.Errorf("directory %s: %w", what, errTrunc(err))
		}
		return v, nil
	}
	n, err := next("entry count")
	if err != nil {
		return nil, err
	}
	if n > maxEntries || n > uint64(len(data)) {
		return nil, fmt.Errorf("directory entry count %d too large for %d bytes", n, len(data))
	}
	es := make([]Entry, n)
	var last uint64
	for i := range es {
		d, err := next("tile id")
		if err != nil {
			return nil, err
		}
		last += d
		es[i].TileID = last
	}
	for i := range es {
		v, err := next("run length")
		if err != nil {
			return nil, err
		}
		if v > 1<<32-1 {
			return nil, fmt.Errorf("directory run length %d too large", v)
		}
		es[i].RunLength = uint32(v)
	}
	for i := range es {
		v, err := next("length")
		if err != nil {
			return nil, err
		}
		if v > 1<<32-1 {
			return nil, fmt.Errorf("directory length %d too large", v)
		}
		es[i].Length = uint32(v)
	}
	for i := range es {
		v, err := next("offset")
		if err != nil {
			return nil, err
		}
		if v == 0 {
			if i == 0 {
				return nil, errors.New("directory: first entry has offset 0 (no previous entry)")
			}
			es[i].Offset = es[i-1].Offset + uint64(es[i-1].Length)
		} else {
			es[i].Offset = v - 1
		}
	}
	return es, nil
}

func errTrunc(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// maxDecompressed bounds what one gunzip may produce (directories,
// metadata, tiles), against gzip bombs.
const maxDecompressed = 64 << 20

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// Gunzip decompresses b, refusing more than 64 MiB of output (gzip bombs).
func Gunzip(b []byte) ([]byte, error) { return gunzip(b) }

// gunzip decompresses b, refusing more than maxDecompressed bytes.
func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("bad gzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, maxDecompressed+1))
	if err != nil {
		return nil, fmt.Errorf("bad gzip: %w", errTrunc(err))
	}
	if len(out) > maxDecompressed {
		return nil, fmt.Errorf("gzip data larger than %d bytes", maxDecompressed)
	}
	return out, nil
}

// findEntry returns the entry covering id: the last entry with TileID <= id
// when it is a leaf or its run covers id.
func findEntry(es []Entry, id uint64) (Entry, bool) {
	lo, hi := 0, len(es)-1
	for lo <= hi {
		m := (lo + hi) / 2
		switch {
		case es[m].TileID < id:
			lo = m + 1
		case es[m].TileID > id:
			hi = m - 1
		default:
			return es[m], true
		}
	}
	if hi >= 0 {
		e := es[hi]
		if e.RunLength == 0 || id-e.TileID < uint64(e.RunLength) {
			return e, true
		}
	}
	return Entry{}, false
}
