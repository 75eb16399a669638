package analysis

import (
	"sort"
	"sync"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/frame"
	"github.com/storylens/storylens/story/geoparse"
)

// mention is one place named in one sentence of one article.
type mention struct {
	*mentionPlace // shared by every mention of the same place
	sentence      int
	start         int
	end           int
}

// mentionPlace is what a mention says of its place. The mentions of a big
// story (60 per article in a generated corpus) name far fewer places; each
// is held once (see placeFinder.intern), so a mention is four words.
type mentionPlace struct {
	placeID  string
	name     string
	kind     string
	origin   string
	lat, lon float64
	// approximate and precision: a position that stands for a larger area
	// (a venue placed at its city, precision "city").
	approximate bool
	precision   string
}

// placeFinder resolves the places an article names.
type placeFinder struct {
	p      *geoparse.Parser
	g      *geoparse.Gazetteer // nil without the gazetteer
	mu     sync.Mutex
	places map[mentionPlace]*mentionPlace
}

// intern returns the one shared copy of mp.
func (f *placeFinder) intern(mp mentionPlace) *mentionPlace {
	f.mu.Lock()
	defer f.mu.Unlock()
	if p, ok := f.places[mp]; ok {
		return p
	}
	p := &mp
	f.places[mp] = p
	return p
}

func newPlaceFinder(s *story.Story, opt Options) (*placeFinder, error) {
	var g *geoparse.Gazetteer
	if !opt.NoGazetteer {
		var err error
		if g, err = geoparse.Default(); err != nil {
			return nil, err
		}
	}
	return &placeFinder{p: geoparse.NewParser(g, s.Places), g: g, places: map[mentionPlace]*mentionPlace{}}, nil
}

// addBounds gives each place of the gazetteer that has a box its Bounds
// (east past 180 across the antimeridian). Only areas have boxes
// (countries, regions, islands, seas, lakes, rivers): other places are not
// looked up.
func (f *placeFinder) addBounds(places []PlaceReport) {
	if f.g == nil {
		return
	}
	for i := range places {
		p := &places[i]
		if p.Origin != story.OriginGazetteer || !(frame.CoarseKind(p.Kind) || frame.AreaKind(p.Kind)) {
			continue
		}
		gp, ok := f.g.Place(p.ID)
		if !ok || gp.Bounds == nil {
			continue
		}
		b := gp.Bounds
		e := b.E
		if e < b.W {
			e += 360
		}
		p.Bounds = &[2][2]float64{{round4(b.W), round4(b.S)}, {round4(e), round4(b.N)}}
	}
}

func (f *placeFinder) find(src *story.Source) ([]mention, string) {
	if src.Article == nil {
		return nil, ""
	}
	res := f.p.ParseArticle(src.Article)
	out := make([]mention, 0, len(res.Mentions))
	for _, m := range res.Mentions {
		origin := m.Origin
		if origin == geoparse.OriginContext {
			origin = story.OriginInferred // a venue found by its phrase, placed at its city
		}
		mp := f.intern(mentionPlace{placeID: m.PlaceID, name: m.Name, kind: m.Kind, origin: origin,
			lat: m.Lat, lon: m.Lon, approximate: m.Approximate, precision: m.Precision})
		out = append(out, mention{mentionPlace: mp, sentence: m.Sentence, start: m.Start, end: m.End})
	}
	return out, res.Focus
}

// MaxPlaceEvidence caps the sentences kept as a place's evidence (the
// first ones, in source order); Mentions and Sources still count them all.
const MaxPlaceEvidence = 100

// placeReports lists every place of the story and every gazetteer place an
// article mentions, most mentioned first (story places before gazetteer
// places on ties, then by name).
func placeReports(s *story.Story, per []sourceResult) []PlaceReport {
	byID := map[string]*PlaceReport{}
	var order []string
	add := func(pr PlaceReport) *PlaceReport {
		if p, ok := byID[pr.ID]; ok {
			return p
		}
		pr.Sources = []string{}
		p := &pr
		byID[pr.ID] = p
		order = append(order, pr.ID)
		return p
	}
	for _, p := range s.Places {
		add(PlaceReport{ID: p.ID, Name: p.Name, Lat: p.Lat, Lon: p.Lon, Kind: p.Kind, Origin: "story"})
	}
	seen := map[string]bool{} // the places of one source, cleared for the next
	for i, src := range s.Sources {
		clear(seen)
		for _, m := range per[i].mentions {
			p := byID[m.placeID] // the place's report, made at its first mention
			if p == nil {
				p = add(PlaceReport{ID: m.placeID, Name: m.name, Lat: m.lat, Lon: m.lon, Kind: m.kind, Origin: m.origin,
					Approximate: m.approximate, Precision: m.precision})
			}
			p.Mentions++
			if !seen[m.placeID] {
				seen[m.placeID] = true
				p.Sources = append(p.Sources, src.ID)
			}
			if len(p.Evidence) < MaxPlaceEvidence && src.Article != nil && m.sentence >= 0 && m.sentence < len(src.Article.Sentences) {
				sent := src.Article.Sentences[m.sentence]
				p.Evidence = append(p.Evidence, Evidence{Source: src.ID, Text: sent.Text, Line: sent.Line,
					Match: []int{m.start, m.end}})
			}
		}
	}
	out := make([]PlaceReport, 0, len(order))
	for _, id := range order {
		out = append(out, *byID[id])
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		if (out[i].Origin == "story") != (out[j].Origin == "story") {
			return out[i].Origin == "story"
		}
		return out[i].Name < out[j].Name
	})
	return out
}
