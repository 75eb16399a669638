// Package pmtiles reads and writes PMTiles version 3 archives: a 127-byte
// header, varint-encoded tile directories (root and leaves, gzip), JSON
// metadata and tile data addressed by Hilbert tile IDs. It implements only
// what Storylens needs: a Writer that deduplicates identical tiles and a
// Reader over an io.ReaderAt that looks tiles up by z/x/y. Every error
// names the archive.
package pmtiles
