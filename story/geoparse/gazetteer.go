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

	"github.com/storylens/storylens/assets/gazetteer"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// Place is one gazetteer entry.
type Place struct {
	// ID is "geonames:2013348", "country:RU", "ne1:RUS-2611" (a Natural
	// Earth first-level region), "airport:UHWW" (an OurAirports ident) or
	// "supp:europe" (the hand-made supplement).
	ID   string
	Name string
	// Kind is one of the Kind* constants: capital, seat, city, town,
	// country, region, airport, airbase, or a supplement kind (sea, strait,
	// river, continent, island, canal, venue).
	Kind     string
	Lat, Lon float64
	CC       string // ISO 3166-1 alpha-2 country code, "" for features across borders
	Admin1   string // GeoNames first-order administrative code
	Pop      int64
	// Bounds is the box of a region or country, nil if not known.
	Bounds *Bounds
	// IATA and ICAO are an airport's codes ("VVO", "UHWW"), "" if none.
	IATA, ICAO string
}

// Bounds is a longitude/latitude box in degrees. W > E when the box
// crosses the antimeridian (Russia, Fiji).
type Bounds struct {
	W, S, E, N float64
	// Approximate is true when the box is not computed from the feature's
	// own polygon.
	Approximate bool
}

// Kinds of gazetteer places (Place.Kind). The supplement may add others.
const (
	KindCountry = "country"
	KindCapital = "capital" // GeoNames PPLC
	KindSeat    = "seat"    // GeoNames PPLA, PPLA2, PPLG
	KindCity    = "city"    // GeoNames, >= 15,000 people
	KindTown    = "town"    // GeoNames, smaller: needs support in the article
	// KindRegion is a first-level administrative region (state, province,
	// oblast, ...) from Natural Earth, or a supplement region (Middle East).
	KindRegion = "region"
	// KindAirport and KindAirbase are OurAirports medium and large
	// airports; air bases are told apart by name ("Ramstein Air Base").
	KindAirport = "airport"
	KindAirbase = "airbase"
)

// nameRef is one name of one place.
type nameRef struct {
	place int32
	// abbrev is true for names written all in upper case ("U.S.", "DMZ"):
	// they match only text written in upper case.
	abbrev bool
	// alt is true for a GeoNames alternate name (not the place's name or
	// ASCII name): such names need support in the article unless the place
	// is major (see README.md).
	alt bool
	// dotted is true for a region's abbreviation written with a full stop
	// ("Calif.", "Alta.", "N.S.W."): it matches only so written, after a
	// name and a comma ("Fresno, Calif."), and then it is the only reading.
	dotted bool
}

// Gazetteer is an index of places by folded name. It is immutable after
// loading and safe for concurrent use.
type Gazetteer struct {
	places []Place
	// byID is built on first use by Place.
	byIDOnce sync.Once
	byID     map[string]int32
	// index maps folded names to their span of refs, folded demonyms
	// ("north korean") to a country place, and marks every proper token
	// prefix of a multi-word name or demonym.
	index     *nameIndex
	spans     []span
	refs      []nameRef
	maxTokens int
	// common holds single-word names that are also common English words.
	common map[string]bool
	// maxRef is the largest place index the name records use.
	maxRef int
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
		defaultG, defaultErr = loadParts(gazetteer.Places, gazetteer.Names)
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
//	P id kind name lat lon cc admin1 population [bounds iata icao]
//	                  (row number from 0 = index; bounds "W,S,E,N", "~" first if
//	                   approximate, or empty; the last three fields may be left out)
//	N key refs        (folded name; comma-separated place indices, "^" marks an upper-case
//	                   abbreviation, "~" a GeoNames alternate name)
//	D key index       (folded demonym; its country's index)
//	W word            (single-word name that is also a common English word)
//
// Lines starting with # and empty lines are ignored. Names are indexed as
// written in N records: the generator folds them, so loading needs no
// folding and no sorting.
func Read(r io.Reader) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return readString(string(data))
}

// gunzip decompresses data into one string, sized from the gzip trailer.
func gunzip(data []byte) (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	defer zr.Close()
	size := 0
	if n := len(data); n >= 4 {
		size = int(uint32(data[n-4]) | uint32(data[n-3])<<8 | uint32(data[n-2])<<16 | uint32(data[n-1])<<24)
	}
	var buf strings.Builder
	buf.Grow(size + 1)
	if _, err := io.Copy(&buf, zr); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// loadParts decodes the embedded gazetteer: the gzipped place records and
// the gzipped name records are decompressed and parsed by two goroutines at
// the same time (names refer to places by index only).
func loadParts(placesGz, namesGz []byte) (*Gazetteer, error) {
	g := newGazetteer()
	var namesErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		names, err := gunzip(namesGz)
		if err != nil {
			namesErr = fmt.Errorf("gazetteer names: %w", err)
			return
		}
		g.sizeNames(names)
		if err := g.readNames(names, 0, -1); err != nil {
			namesErr = fmt.Errorf("gazetteer names: %w", err)
		}
	}()
	places, err := gunzip(placesGz)
	if err == nil {
		g.places = make([]Place, 0, strings.Count(places, "\nP\t")+1)
		err = g.readPlaces(places)
	}
	<-done
	if err != nil {
		return nil, fmt.Errorf("gazetteer places: %w", err)
	}
	if namesErr != nil {
		return nil, namesErr
	}
	if g.maxRef >= len(g.places) {
		return nil, fmt.Errorf("gazetteer names: place index %d, but only %d places", g.maxRef, len(g.places))
	}
	return g, nil
}

func newGazetteer() *Gazetteer {
	return &Gazetteer{common: map[string]bool{}}
}

// sizeNames allocates the name index for the name records in text: about
// one key per record and one per space (prefixes of multi-word names).
func (g *Gazetteer) sizeNames(text string) {
	n := strings.Count(text, "\nN\t") + 1
	g.index = newNameIndex(text, n+strings.Count(text, "\nD\t")+strings.Count(text, " "))
	g.spans = make([]span, 0, n)
	g.refs = make([]nameRef, 0, n+n/4)
}

// readString parses a whole gazetteer in one stream: place records first,
// then name records; the two halves are parsed by two goroutines.
func readString(all string) (*Gazetteer, error) {
	// names and ids are substrings of all: no allocation per field.
	nPlaces := strings.Count(all, "\nP\t")
	if strings.HasPrefix(all, "P\t") {
		nPlaces++
	}
	g := newGazetteer()
	g.places = make([]Place, 0, nPlaces)
	// the names part starts at the first N, D or W record
	cut := len(all)
	for _, rt := range []string{"N\t", "D\t", "W\t"} {
		if strings.HasPrefix(all, rt) {
			cut = 0
		} else if k := strings.Index(all, "\n"+rt); k >= 0 && k+1 < cut {
			cut = k + 1
		}
	}
	placesPart, namesPart := all[:cut], all[cut:]
	g.sizeNames(namesPart)
	namesLine := strings.Count(placesPart, "\n")
	var namesErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		namesErr = g.readNames(namesPart, namesLine, nPlaces)
	}()

	err := g.readPlaces(placesPart)
	<-done
	if err != nil {
		return nil, err
	}
	if namesErr != nil {
		return nil, namesErr
	}
	if len(g.places) != nPlaces {
		return nil, fmt.Errorf("gazetteer: place records after the first name record")
	}
	return g, nil
}

// readPlaces parses the P records (and comments) at the start of the file.
func (g *Gazetteer) readPlaces(part string) error {
	var f [12]string
	line := 0
	for rest := part; rest != ""; {
		var text string
		text, rest, _ = strings.Cut(rest, "\n")
		line++
		if text == "" || text[0] == '#' {
			continue
		}
		nf := splitTabs(text, f[:])
		if f[0] != "P" {
			return fmt.Errorf("gazetteer line %d: unknown record type %q", line, f[0])
		}
		if nf != 9 && nf != 12 {
			return fmt.Errorf("gazetteer line %d: %d fields in a P record, want 9 or 12", line, nf)
		}
		lat, ok1 := parseDecimal(f[4])
		lon, ok2 := parseDecimal(f[5])
		if !ok1 || !ok2 || math.Abs(lat) > 90 || math.Abs(lon) > 180 {
			return fmt.Errorf("gazetteer line %d: bad lat/lon %q %q", line, f[4], f[5])
		}
		var pop int64
		if f[8] != "" {
			var err error
			if pop, err = strconv.ParseInt(f[8], 10, 64); err != nil {
				return fmt.Errorf("gazetteer line %d: bad population %q", line, f[8])
			}
		}
		if f[1] == "" || f[3] == "" {
			return fmt.Errorf("gazetteer line %d: empty id or name", line)
		}
		pl := Place{ID: f[1], Kind: f[2], Name: f[3], Lat: lat, Lon: lon, CC: f[6], Admin1: f[7], Pop: pop}
		if nf == 12 {
			if f[9] != "" {
				b, err := parseBounds(f[9])
				if err != nil {
					return fmt.Errorf("gazetteer line %d: bounds %q: %w", line, f[9], err)
				}
				pl.Bounds = b
			}
			pl.IATA, pl.ICAO = f[10], f[11]
		}
		g.places = append(g.places, pl)
	}
	return nil
}

// parseBounds parses "W,S,E,N" (decimal degrees), "~" first for an
// approximate box.
func parseBounds(s string) (*Bounds, error) {
	b := &Bounds{}
	if rest, ok := strings.CutPrefix(s, "~"); ok {
		b.Approximate, s = true, rest
	}
	var v [4]float64
	for i := range v {
		var part string
		part, s, _ = strings.Cut(s, ",")
		x, ok := parseDecimal(part)
		if !ok {
			return nil, fmt.Errorf("want 4 comma-separated numbers W,S,E,N")
		}
		v[i] = x
	}
	if s != "" {
		return nil, fmt.Errorf("want 4 comma-separated numbers W,S,E,N")
	}
	b.W, b.S, b.E, b.N = v[0], v[1], v[2], v[3]
	if math.Abs(b.W) > 180 || math.Abs(b.E) > 180 || math.Abs(b.S) > 90 || math.Abs(b.N) > 90 || b.S > b.N {
		return nil, fmt.Errorf("out of range or south above north")
	}
	return b, nil
}

// pow10 holds the powers of ten that are exact in a float64.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parseDecimal parses a plain decimal ("-43.1056", "60") as
// strconv.ParseFloat does, with the same result: an integer of at most 15
// digits divided by an exact power of ten is correctly rounded by IEEE
// division, as ParseFloat's result is. Other forms go to ParseFloat.
func parseDecimal(s string) (float64, bool) {
	i, neg := 0, false
	if s != "" && s[0] == '-' {
		neg, i = true, 1
	}
	var m int64
	digits, frac, dot := 0, 0, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			m = m*10 + int64(c-'0')
			digits++
			if dot {
				frac++
			}
		case c == '.' && !dot:
			dot = true
		default:
			digits = 99 // not plain: let ParseFloat decide
			i = len(s)
		}
	}
	if digits == 0 || digits > 15 {
		v, err := strconv.ParseFloat(s, 64)
		return v, err == nil
	}
	v := float64(m) / pow10[frac]
	if neg {
		v = -v
	}
	return v, true
}

// readNames parses the N, D and W records; line is the number of lines
// before part, nPlaces the number of P records, or -1 when it is not known
// yet (the caller then checks maxRef).
func (g *Gazetteer) readNames(part string, line, nPlaces int) error {
	if part != g.index.text {
		return fmt.Errorf("gazetteer: name records not indexed") // cannot happen: sizeNames(part) comes first
	}
	g.index.baseLine = line
	var f [3]string
	for pos := 0; pos < len(part); {
		off := pos // the line's offset in part: keys are found by offset
		text := part[pos:]
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			text = text[:k]
			pos += k + 1
		} else {
			pos = len(part)
		}
		line++
		if text == "" || text[0] == '#' {
			continue
		}
		nf := splitTabs(text, f[:])
		switch f[0] {
		case "N":
			if nf != 3 || f[1] == "" {
				return fmt.Errorf("gazetteer line %d: want N, a name and place indices", line)
			}
			start := len(g.refs)
			for refs := f[2]; refs != ""; {
				var r string
				r, refs, _ = strings.Cut(refs, ",")
				ab := strings.HasPrefix(r, "^")
				if ab {
					r = r[1:]
				}
				alt := strings.HasPrefix(r, "~")
				if alt {
					r = r[1:]
				}
				dotted := strings.HasPrefix(r, ".")
				if dotted {
					r = r[1:]
				}
				idx, ok := atoi(r)
				if !ok || (nPlaces >= 0 && idx >= nPlaces) {
					return fmt.Errorf("gazetteer line %d: bad place index %q (%d places)", line, r, nPlaces)
				}
				g.maxRef = max(g.maxRef, idx)
				g.refs = append(g.refs, nameRef{place: int32(idx), abbrev: ab, alt: alt, dotted: dotted})
			}
			g.index.add(off+2, len(f[1]), int32(len(g.spans)), -1, false)
			g.spans = append(g.spans, span{uint32(start), uint32(len(g.refs) - start)})
			g.notePrefixes(off+2, len(f[1]))
		case "D":
			if nf != 3 || f[1] == "" {
				return fmt.Errorf("gazetteer line %d: %d fields in a D record, want 3", line, nf)
			}
			idx, ok := atoi(f[2])
			if !ok || (nPlaces >= 0 && idx >= nPlaces) {
				return fmt.Errorf("gazetteer line %d: bad place index %q", line, f[2])
			}
			g.maxRef = max(g.maxRef, idx)
			g.index.add(off+2, len(f[1]), -1, int32(idx), false)
			g.notePrefixes(off+2, len(f[1]))
		case "W":
			if nf != 2 {
				return fmt.Errorf("gazetteer line %d: %d fields in a W record, want 2", line, nf)
			}
			g.common[f[1]] = true
		case "P":
			return fmt.Errorf("gazetteer line %d: place record after the first name record", line)
		default:
			return fmt.Errorf("gazetteer line %d: unknown record type %q", line, f[0])
		}
	}
	return g.index.build()
}

// atoi parses a non-negative decimal index of at most 9 digits.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
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

// notePrefixes records the proper token prefixes of the multi-word key
// index.text[off:off+n].
func (g *Gazetteer) notePrefixes(off, l int) {
	k := g.index.text[off : off+l]
	n := 1
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			g.index.add(off, i, -1, -1, true)
			n++
		}
	}
	if n > g.maxTokens {
		g.maxTokens = n
	}
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Place returns the place with the given id.
func (g *Gazetteer) Place(id string) (Place, bool) {
	g.byIDOnce.Do(func() {
		g.byID = make(map[string]int32, len(g.places))
		for i, p := range g.places {
			g.byID[p.ID] = int32(i)
		}
	})
	i, ok := g.byID[id]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Lookup returns the places a name may refer to (folded: case and
// diacritics do not matter), in gazetteer order.
func (g *Gazetteer) Lookup(name string) []Place {
	e := g.index.find(fold.Key(name))
	if e == nil || e.span < 0 {
		return nil
	}
	s := g.spans[e.span]
	out := make([]Place, 0, s.n)
	for _, r := range g.refs[s.start : s.start+s.n] {
		out = append(out, g.places[r.place])
	}
	return out
}

// IsCommonWord reports whether a single-word place name is also a common
// English word ("mobile", "police").
func (g *Gazetteer) IsCommonWord(word string) bool { return g.common[fold.Word(word)] }
