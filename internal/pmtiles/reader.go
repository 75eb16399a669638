package pmtiles

import (
	"fmt"
	"io"
	"sync"
)

// Reader reads tiles from an archive. It is safe for concurrent use.
type Reader struct {
	name   string
	r      io.ReaderAt
	size   int64
	Header Header
	root   []Entry

	mu     sync.Mutex
	leaves map[uint64][]Entry // leaf directories by offset, a few kept
}

// maxLeaves bounds the leaf directories a Reader keeps decoded.
const maxLeaves = 64

// Open reads the header and root directory of the archive r of size bytes;
// name (a file name) starts every error message.
func Open(name string, r io.ReaderAt, size int64) (*Reader, error) {
	rd := &Reader{name: name, r: r, size: size, leaves: map[uint64][]Entry{}}
	b, err := rd.read(0, HeaderLen, "header")
	if err != nil {
		return nil, err
	}
	if rd.Header, err = parseHeader(b); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	h := &rd.Header
	if h.InternalCompression != CompressionGzip && h.InternalCompression != CompressionNone {
		return nil, fmt.Errorf("%s: internal compression %d not supported (gzip or none)", name, h.InternalCompression)
	}
	if h.TileCompression != CompressionGzip && h.TileCompression != CompressionNone {
		return nil, fmt.Errorf("%s: tile compression %d not supported (gzip or none)", name, h.TileCompression)
	}
	if h.TileType != TileTypeMVT {
		return nil, fmt.Errorf("%s: tile type %d is not vector tiles (MVT)", name, h.TileType)
	}
	if rd.root, err = rd.dir(h.RootOffset, h.RootLength, "root directory"); err != nil {
		return nil, err
	}
	return rd, nil
}

// read returns n bytes at off, or an error naming what was read.
func (rd *Reader) read(off, n uint64, what string) ([]byte, error) {
	if off > uint64(rd.size) || n > uint64(rd.size)-off {
		return nil, fmt.Errorf("%s: %s at %d+%d is past the end of the file (%d bytes; truncated?)", rd.name, what, off, n, rd.size)
	}
	if n > maxDecompressed {
		return nil, fmt.Errorf("%s: %s of %d bytes is too large", rd.name, what, n)
	}
	b := make([]byte, n)
	if _, err := rd.r.ReadAt(b, int64(off)); err != nil && !(err == io.EOF && n > 0) {
		return nil, fmt.Errorf("%s: reading %s: %w", rd.name, what, err)
	}
	return b, nil
}

func (rd *Reader) decompress(b []byte, c uint8, what string) ([]byte, error) {
	if c == CompressionNone {
		return b, nil
	}
	out, err := gunzip(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", rd.name, what, err)
	}
	return out, nil
}

func (rd *Reader) dir(off, n uint64, what string) ([]Entry, error) {
	b, err := rd.read(off, n, what)
	if err != nil {
		return nil, err
	}
	if b, err = rd.decompress(b, rd.Header.InternalCompression, what); err != nil {
		return nil, err
	}
	es, err := deserializeEntries(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", rd.name, what, err)
	}
	return es, nil
}

// Metadata returns the archive's JSON metadata.
func (rd *Reader) Metadata() ([]byte, error) {
	b, err := rd.read(rd.Header.MetadataOffset, rd.Header.MetadataLength, "metadata")
	if err != nil {
		return nil, err
	}
	return rd.decompress(b, rd.Header.InternalCompression, "metadata")
}

// Tile returns the decompressed tile z/x/y, or ok false when the archive has
// no such tile.
func (rd *Reader) Tile(z uint8, x, y uint32) (data []byte, ok bool, err error) {
	if z > 31 || x >= 1<<z || y >= 1<<z {
		return nil, false, nil
	}
	id := ZxyToID(z, x, y)
	es := rd.root
	for depth := 0; depth < 4; depth++ {
		e, found := findEntry(es, id)
		if !found {
			return nil, false, nil
		}
		if e.RunLength > 0 {
			what := fmt.Sprintf("tile %d/%d/%d", z, x, y)
			b, err := rd.read(rd.Header.DataOffset+e.Offset, uint64(e.Length), what)
			if err != nil {
				return nil, false, err
			}
			if b, err = rd.decompress(b, rd.Header.TileCompression, what); err != nil {
				return nil, false, err
			}
			return b, true, nil
		}
		if es, err = rd.leaf(e); err != nil {
			return nil, false, err
		}
	}
	return nil, false, fmt.Errorf("%s: leaf directories nested too deep", rd.name)
}

func (rd *Reader) leaf(e Entry) ([]Entry, error) {
	rd.mu.Lock()
	es, ok := rd.leaves[e.Offset]
	rd.mu.Unlock()
	if ok {
		return es, nil
	}
	es, err := rd.dir(rd.Header.LeafOffset+e.Offset, uint64(e.Length), "leaf directory")
	if err != nil {
		return nil, err
	}
	rd.mu.Lock()
	if len(rd.leaves) >= maxLeaves {
		for k := range rd.leaves {
			delete(rd.leaves, k)
			break
		}
	}
	rd.leaves[e.Offset] = es
	rd.mu.Unlock()
	return es, nil
}
