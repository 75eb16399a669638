package geoparse

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/storylens/storylens/assets/gazetteer"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// Place is one gazetteer entry.
type Place struct {
	ID   string // "geonames:2013348", "country:RU", "supp:russky-island"
	Name string
	// Kind is capital, seat, city, town, country, or a supplement kind
	// (island, river, station, venue, bridge, region, sea, continent, ...).
	Kind     string
	Lat, Lon float64
	CC       string // ISO 3166-1 alpha-2 country code, "" for features across borders
	Admin1   string // GeoNames first-order administrative code
	Pop      int64
}

// nameRef is one name of one place.
type nameRef struct {
	place int32
	// abbrev is true for names written all in upper case ("U.S.", "DMZ"):
	// they match only text written in upper case.
	abbrev bool
}

// Gazetteer is an index of places by folded name. It is immutable after
// loading and safe for concurrent use.
type Gazetteer struct {
	places []Place
	byID   map[string]int32
	// names maps a folded name key to the index of its span of refs.
	names map[string]int32
	spans []span
	refs  []nameRef
	// prefixes holds every proper token prefix of a multi-word name key.
	prefixes  map[string]struct{}
	maxTokens int
	// demonyms maps a folded demonym ("north korean") to a country place.
	demonyms map[string]int32
	// common holds single-word names that are also common English words.
	common map[string]bool
}

type span struct{ start, n uint32 }

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, decoded on first use (once).
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultG, defaultErr = Load(bytes.NewReader(gazetteer.Data))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded gazetteer: %w", defaultErr)
		}
	})
	return defaultG, defaultErr
}

// Load decodes a gzipped gazetteer (the format written by tools/gengazetteer).
func Load(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer zr.Close()
	return Read(zr)
}

// Read decodes an uncompressed gazetteer: tab-separated records
//
//	P id kind name lat lon cc admin1 population alternate|names
//	D country-id demonym|demonym
//	W word
//
// Lines starting with # and empty lines are ignored.
func Read(r io.Reader) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	// One string for the whole file: names and ids are substrings of it,
	// which saves an allocation per field.
	all := string(data)
	nPlaces := strings.Count(all, "\nP\t") + 1
	nNames := nPlaces + strings.Count(all, "|")
	b := newBuilder(nPlaces, nNames)
	var pendingDemonyms [][2]string
	var f [10]string
	line := 0
	for rest := all; rest != ""; {
		var text string
		text, rest, _ = strings.Cut(rest, "\n")
		line++
		if text == "" || text[0] == '#' {
			continue
		}
		nf := splitTabs(text, f[:])
		switch f[0] {
		case "P":
			if nf != 10 {
				return nil, fmt.Errorf("gazetteer line %d: %d fields in a P record, want 10", line, nf)
			}
			lat, err1 := strconv.ParseFloat(f[4], 64)
			lon, err2 := strconv.ParseFloat(f[5], 64)
			if err1 != nil || err2 != nil || math.Abs(lat) > 90 || math.Abs(lon) > 180 {
				return nil, fmt.Errorf("gazetteer line %d: bad lat/lon %q %q", line, f[4], f[5])
			}
			var pop int64
			if f[8] != "" {
				if pop, err1 = strconv.ParseInt(f[8], 10, 64); err1 != nil {
					return nil, fmt.Errorf("gazetteer line %d: bad population %q", line, f[8])
				}
			}
			if f[1] == "" || f[3] == "" {
				return nil, fmt.Errorf("gazetteer line %d: empty id or name", line)
			}
			if _, dup := b.g.byID[f[1]]; dup {
				return nil, fmt.Errorf("gazetteer line %d: duplicate id %q", line, f[1])
			}
			b.add(Place{ID: f[1], Kind: f[2], Name: f[3], Lat: lat, Lon: lon, CC: f[6], Admin1: f[7], Pop: pop}, f[9])
		case "D":
			if nf != 3 {
				return nil, fmt.Errorf("gazetteer line %d: %d fields in a D record, want 3", line, nf)
			}
			pendingDemonyms = append(pendingDemonyms, [2]string{f[1], f[2]})
		case "W":
			if nf != 2 {
				return nil, fmt.Errorf("gazetteer line %d: %d fields in a W record, want 2", line, nf)
			}
			b.g.common[f[1]] = true
		default:
			return nil, fmt.Errorf("gazetteer line %d: unknown record type %q", line, f[0])
		}
	}
	for _, d := range pendingDemonyms {
		idx, ok := b.g.byID[d[0]]
		if !ok {
			return nil, fmt.Errorf("gazetteer: demonyms for unknown place %q", d[0])
		}
		for _, dem := range strings.Split(d[1], "|") {
			if k := fold.Key(dem); k != "" {
				b.g.demonyms[k] = idx
				b.notePrefixes(k)
			}
		}
	}
	return b.finish(), nil
}

// builder collects names before they are packed into spans.
type builder struct {
	g      *Gazetteer
	keyIdx map[string]int32
	keys   []string
	counts []uint32
	pairs  []keyRef
}

type keyRef struct {
	key int32
	ref nameRef
}

// splitTabs splits s at tabs into f and returns the number of fields (more
// than len(f) fields are counted but not stored).
func splitTabs(s string, f []string) int {
	n := 0
	for {
		i := strings.IndexByte(s, '\t')
		if n < len(f) {
			if i < 0 {
				f[n] = s
			} else {
				f[n] = s[:i]
			}
		}
		n++
		if i < 0 {
			return n
		}
		s = s[i+1:]
	}
}

func newBuilder(nPlaces, nNames int) *builder {
	return &builder{
		keyIdx: make(map[string]int32, nNames),
		keys:   make([]string, 0, nNames),
		counts: make([]uint32, 0, nNames),
		pairs:  make([]keyRef, 0, nNames),
		g: &Gazetteer{
			places:   make([]Place, 0, nPlaces),
			byID:     make(map[string]int32, nPlaces),
			prefixes: map[string]struct{}{},
			demonyms: map[string]int32{},
			common:   map[string]bool{},
		}}
}

// add adds a place with its primary name and alternate names. Alternate
// names are folded keys, or "^" + an upper-case abbreviation as written.
func (b *builder) add(p Place, alts string) {
	idx := int32(len(b.g.places))
	b.g.places = append(b.g.places, p)
	b.g.byID[p.ID] = idx
	b.addKey(idx, fold.Key(p.Name), allUpper(p.Name))
	for alts != "" {
		var a string
		a, alts, _ = strings.Cut(alts, "|")
		if strings.HasPrefix(a, "^") {
			b.addKey(idx, fold.Key(a[1:]), true)
		} else {
			b.addKey(idx, a, false)
		}
	}
}

func (b *builder) addKey(idx int32, k string, abbrev bool) {
	if k == "" {
		return
	}
	ki, ok := b.keyIdx[k]
	if !ok {
		ki = int32(len(b.keys))
		b.keyIdx[k] = ki
		b.keys = append(b.keys, k)
		b.counts = append(b.counts, 0)
		b.notePrefixes(k)
	}
	b.counts[ki]++
	b.pairs = append(b.pairs, keyRef{ki, nameRef{place: idx, abbrev: abbrev}})
}

func (b *builder) notePrefixes(k string) {
	n := 1
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			b.g.prefixes[k[:i]] = struct{}{}
			n++
		}
	}
	if n > b.g.maxTokens {
		b.g.maxTokens = n
	}
}

// finish packs the refs of each key into one contiguous span (a counting
// sort: no comparison sort at load time).
func (b *builder) finish() *Gazetteer {
	g := b.g
	starts := make([]uint32, len(b.keys))
	var total uint32
	for i, c := range b.counts {
		starts[i] = total
		total += c
	}
	g.refs = make([]nameRef, total)
	fill := make([]uint32, len(b.keys))
	for _, p := range b.pairs {
		s := starts[p.key]
		// the same place twice under one key (name and alternate fold alike)
		dup := false
		for _, r := range g.refs[s : s+fill[p.key]] {
			if r.place == p.ref.place {
				dup = true
				break
			}
		}
		if !dup {
			g.refs[s+fill[p.key]] = p.ref
			fill[p.key]++
		}
	}
	g.names = b.keyIdx
	g.spans = make([]span, len(b.keys))
	for i := range b.keys {
		g.spans[i] = span{starts[i], fill[i]}
	}
	*b = builder{}
	return g
}

// allUpper reports whether every letter of s is upper case (at least two
// letters): abbreviations such as "U.S." and "DMZ".
func allUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Place returns the place with the given id.
func (g *Gazetteer) Place(id string) (Place, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Lookup returns the places a name may refer to (folded: case and
// diacritics do not matter), in gazetteer order.
func (g *Gazetteer) Lookup(name string) []Place {
	i, ok := g.names[fold.Key(name)]
	if !ok {
		return nil
	}
	s := g.spans[i]
	out := make([]Place, 0, s.n)
	for _, r := range g.refs[s.start : s.start+s.n] {
		out = append(out, g.places[r.place])
	}
	return out
}

// IsCommonWord reports whether a single-word place name is also a common
// English word ("mobile", "police").
func (g *Gazetteer) IsCommonWord(word string) bool { return g.common[fold.Word(word)] }
