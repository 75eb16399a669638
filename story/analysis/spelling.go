package analysis

import (
	"strings"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/geoparse/fold"
)

// spellAsWritten names each gazetteer place as its articles most often
// write it, when that is the gazetteer's name but for accents and
// punctuation (not case alone) ("Cox's Bazar" for GeoNames' "Cox’s Bāzār", "Rafah" for
// "Rafaḩ"), so that the map, the routes, the steps and the charts use the
// reader's spelling. A story's own places keep the names their author gave
// them. It renames the mentions in per (their shared place records) and
// reads at most MaxPlaceEvidence mentions of each place.
func spellAsWritten(s *story.Story, per []sourceResult) {
	written := map[string]*spellings{}
	for i, src := range s.Sources {
		if src.Article == nil {
			continue
		}
		for _, m := range per[i].mentions {
			if m.origin != story.OriginGazetteer || m.sentence < 0 || m.sentence >= len(src.Article.Sentences) {
				continue
			}
			text := src.Article.Sentences[m.sentence].Text
			if m.start < 0 || m.start >= m.end || m.end > len(text) {
				continue
			}
			sp := written[m.placeID]
			if sp == nil {
				sp = &spellings{}
				written[m.placeID] = sp
			}
			if sp.seen < MaxPlaceEvidence {
				sp.add(text[m.start:m.end])
			}
		}
	}
	// The gazetteer's name of each place, from the first mention of it.
	named := map[string]string{}
	for i := range per {
		for _, m := range per[i].mentions {
			if _, ok := named[m.placeID]; !ok && written[m.placeID] != nil {
				named[m.placeID] = m.name
			}
		}
		if len(named) == len(written) {
			break
		}
	}
	renamed := map[string]string{}
	for id, sp := range written {
		// Case alone is not a spelling: "St. Lawrence river" in running
		// text is still the St. Lawrence River.
		if w, name := sp.usual(), named[id]; w != "" && !strings.EqualFold(w, name) && fold.Key(w) == fold.Key(name) {
			renamed[id] = w
		}
	}
	if len(renamed) == 0 {
		return
	}
	for i := range per {
		for _, m := range per[i].mentions {
			if w, ok := renamed[m.placeID]; ok && m.origin == story.OriginGazetteer {
				m.name = w // the place record all its mentions share
			}
		}
	}
}

// spellings counts how the articles write one place's name, in the order
// the spellings first appear.
type spellings struct {
	forms []string
	n     []int
	seen  int
}

// add counts one written form. Text in capitals (a dateline's "COX'S
// BAZAR") says nothing of how the name is spelt and is not counted.
func (sp *spellings) add(w string) {
	sp.seen++
	if fold.AllUpper(w) {
		return
	}
	for i, f := range sp.forms {
		if f == w {
			sp.n[i]++
			return
		}
	}
	sp.forms = append(sp.forms, w)
	sp.n = append(sp.n, 1)
}

// usual is the form written most often (the first seen among ties), or ""
// with none.
func (sp *spellings) usual() string {
	best := -1
	for i := range sp.forms {
		if best < 0 || sp.n[i] > sp.n[best] {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return sp.forms[best]
}
