package charts

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
)

// encodePNG writes img as an 8-bit RGBA PNG (non-premultiplied, as PNG
// wants). It uses the Sub filter on every row instead of image/png's
// per-row adaptive choice, and fast deflate. BenchmarkPNGEncoders, on one
// coverage chart at scale 2 (2-core machine under load, 3 runs): 141-184 ms
// against 269-302 ms for png.Encoder at BestSpeed and 325-463 ms for
// png.Encode, for files 18 % larger (190 KB against 162 KB). It is kept for
// that speed, which every chart the app redraws pays.
func encodePNG(w io.Writer, img *image.RGBA) error {
	b := img.Bounds()
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(b.Dx()))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(b.Dy()))
	ihdr[8], ihdr[9] = 8, 6 // 8 bits, RGBA
	if err := writeChunk(bw, "IHDR", ihdr[:]); err != nil {
		return err
	}
	cw := &chunkWriter{w: bw}
	zw, err := zlib.NewWriterLevel(cw, zlib.BestSpeed)
	if err != nil {
		return err
	}
	row := make([]byte, 1+4*b.Dx())
	px := make([]byte, 4*b.Dx())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		src := img.Pix[img.PixOffset(b.Min.X, y):][:4*b.Dx()]
		// Un-premultiply.
		for i := 0; i < len(src); i += 4 {
			a := src[i+3]
			switch a {
			case 255:
				copy(px[i:i+4], src[i:i+4])
			case 0:
				px[i], px[i+1], px[i+2], px[i+3] = 0, 0, 0, 0
			default:
				px[i] = uint8((uint32(src[i])*255 + uint32(a)/2) / uint32(a))
				px[i+1] = uint8((uint32(src[i+1])*255 + uint32(a)/2) / uint32(a))
				px[i+2] = uint8((uint32(src[i+2])*255 + uint32(a)/2) / uint32(a))
				px[i+3] = a
			}
		}
		row[0] = 1 // Sub
		copy(row[1:5], px[0:4])
		for i := 4; i < len(px); i++ {
			row[1+i] = px[i] - px[i-4]
		}
		if _, err := zw.Write(row); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := cw.flush(); err != nil {
		return err
	}
	if err := writeChunk(bw, "IEND", nil); err != nil {
		return err
	}
	return bw.Flush()
}

func writeChunk(w io.Writer, typ string, data []byte) error {
	var hdr [8]byte
	binary.BigEndian.PutUint32(hdr[:4], uint32(len(data)))
	copy(hdr[4:], typ)
	crc := crc32.NewIEEE()
	crc.Write(hdr[4:])
	crc.Write(data)
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], crc.Sum32())
	_, err := w.Write(sum[:])
	return err
}

// chunkWriter cuts the zlib stream into IDAT chunks.
type chunkWriter struct {
	w   io.Writer
	buf []byte
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	c.buf = append(c.buf, p...)
	for len(c.buf) >= 1<<16 {
		if err := writeChunk(c.w, "IDAT", c.buf[:1<<16]); err != nil {
			return 0, err
		}
		c.buf = c.buf[1<<16:]
	}
	return len(p), nil
}

func (c *chunkWriter) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	err := writeChunk(c.w, "IDAT", c.buf)
	c.buf = nil
	return err
}
