package geoparse

import (
	"fmt"
	"hash/maphash"
	"math/bits"
	"strings"
)

// nameIndex maps folded keys (names, demonyms and the token prefixes of
// multi-word names) to what the parser needs to know of them, in one
// open-addressing hash table. Keys are not copied: an entry holds the
// offset and length of its key in text, the decoded name records, so the
// index holds no pointers but text and builds without a string header or
// map insertion per name.
type nameIndex struct {
	seed    maphash.Seed
	text    string
	slots   []uint64 // high 32 bits: the key's hash; low: entry index + 1, 0 if empty
	mask    uint32
	entries []nameEntry
	// baseLine is the number of lines before text (for errors).
	baseLine int
}

// nameEntry is one key of a nameIndex.
type nameEntry struct {
	off, n  uint32 // the key is text[off : off+n]
	span    int32  // index into Gazetteer.spans, -1 if the key is no name
	demonym int32  // country place index, -1 if the key is no demonym
	prefix  bool   // the key is a proper token prefix of a longer key
}

// newNameIndex makes an index over text for about n keys.
func newNameIndex(text string, n int) *nameIndex {
	size := 1 << bits.Len(uint(2*n+8)) // load factor at most 1/2
	return &nameIndex{seed: maphash.MakeSeed(), text: text, slots: make([]uint64, size),
		mask: uint32(size - 1), entries: make([]nameEntry, 0, n)}
}

// slot returns the slot of a key of hash h: its entry's, or the empty one
// where it belongs. The hash in each slot spares most entry and key reads.
func (x *nameIndex) slot(key string, h uint64) uint32 {
	tag := h &^ (1<<32 - 1)
	i := uint32(h) & x.mask
	for {
		s := x.slots[i]
		if s == 0 {
			return i
		}
		if s&^(1<<32-1) == tag {
			en := &x.entries[uint32(s)-1]
			if int(en.n) == len(key) && x.text[en.off:en.off+en.n] == key {
				return i
			}
		}
		i = (i + 1) & x.mask
	}
}

// add notes a key record (text[off:off+n]) to be indexed by build: a name
// whose refs are span (or -1), a demonym of a country (or -1), or a prefix.
// Records of the same key are merged by build.
func (x *nameIndex) add(off, n int, span, demonym int32, prefix bool) {
	x.entries = append(x.entries, nameEntry{off: uint32(off), n: uint32(n), span: span, demonym: demonym, prefix: prefix})
}

// lineAt returns the line number of the record at byte offset off of text.
func (x *nameIndex) lineAt(off uint32) int {
	return x.baseLine + 1 + strings.Count(x.text[:off], "\n")
}

// build indexes the records noted by add, merging records of one key
// (a later demonym record wins, as in a map). The records are inserted in
// the order of their slots, so that the table is written nearly
// sequentially instead of at random (fewer cache misses); records of one
// key keep their order. It fails if a name has two records.
func (x *nameIndex) build() error {
	recs := x.entries
	hashes := make([]uint64, len(recs))
	const bucketBits = 12
	shift := max(bits.Len32(x.mask)-bucketBits, 0)
	var count [1<<bucketBits + 1]uint32
	for k := range recs {
		e := &recs[k]
		h := maphash.String(x.seed, x.text[e.off:e.off+e.n])
		hashes[k] = h
		count[(uint32(h)&x.mask)>>shift+1]++
	}
	for b := 1; b < len(count); b++ {
		count[b] += count[b-1]
	}
	// scatter the records into slot order (stable), with their hashes
	sorted := make([]nameEntry, len(recs))
	sortedHash := make([]uint64, len(recs))
	for k, h := range hashes {
		b := (uint32(h) & x.mask) >> shift
		sorted[count[b]], sortedHash[count[b]] = recs[k], h
		count[b]++
	}
	x.entries = recs[:0] // reused: entries are written behind the reads of sorted
	for k := range sorted {
		r := &sorted[k]
		key := x.text[r.off : r.off+r.n]
		h := sortedHash[k]
		i := x.slot(key, h)
		if x.slots[i] == 0 {
			if 2*(len(x.entries)+1) > len(x.slots) {
				x.grow()
				i = x.slot(key, h)
			}
			x.entries = append(x.entries, *r)
			x.slots[i] = h&^(1<<32-1) | uint64(len(x.entries))
			continue
		}
		e := &x.entries[uint32(x.slots[i])-1]
		if r.span >= 0 {
			if e.span >= 0 {
				return fmt.Errorf("gazetteer line %d: name %q listed twice", x.lineAt(max(r.off, e.off)), key)
			}
			e.span = r.span
		}
		if r.demonym >= 0 {
			e.demonym = r.demonym
		}
		e.prefix = e.prefix || r.prefix
	}
	return nil
}

// grow doubles the table.
func (x *nameIndex) grow() {
	x.slots = make([]uint64, 2*len(x.slots))
	x.mask = uint32(len(x.slots) - 1)
	for k := range x.entries {
		e := &x.entries[k]
		key := x.text[e.off : e.off+e.n]
		h := maphash.String(x.seed, key)
		x.slots[x.slot(key, h)] = h&^(1<<32-1) | uint64(k+1)
	}
}

// find returns the entry of key, or nil.
func (x *nameIndex) find(key string) *nameEntry {
	if x == nil {
		return nil
	}
	if s := x.slots[x.slot(key, maphash.String(x.seed, key))]; s != 0 {
		return &x.entries[uint32(s)-1]
	}
	return nil
}

// findBytes is find for a key in a byte slice (no copy).
func (x *nameIndex) findBytes(key []byte) *nameEntry {
	if x == nil {
		return nil
	}
	h := maphash.Bytes(x.seed, key)
	tag := h &^ (1<<32 - 1)
	i := uint32(h) & x.mask
	for {
		s := x.slots[i]
		if s == 0 {
			return nil
		}
		if s&^(1<<32-1) == tag {
			en := &x.entries[uint32(s)-1]
			if int(en.n) == len(key) && x.text[en.off:en.off+en.n] == string(key) {
				return en
			}
		}
		i = (i + 1) & x.mask
	}
}

// names returns the number of keys that are names.
func (x *nameIndex) names() int {
	n := 0
	for _, e := range x.entries {
		if e.span >= 0 {
			n++
		}
	}
	return n
}
