package storymapjs

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/markup"
)

// Export writes s as a StoryMapJS JSON document: one slide per step, in
// order. The first step becomes an "overview" slide when it is an overview
// (imported as one, id "overview", or without camera and with other than
// exactly one place). Each other step's location is its first place (the
// marker), with its camera's zoom; "line" is on when the step shows a route.
// Titles are escaped; bodies become HTML with only p, em, strong and safe
// links (package story/markup), everything else escaped. The step id goes to
// the slide's "uniqueid". Fields kept from an import (Step.Extra,
// Story.Extra) are written back where the model does not set them, cleaned
// first: only http(s) and relative URLs, HTML rebuilt as the safe subset
// (see ExportReport for what was changed).
//
// StoryMapJS has one location per slide and no story title: further places
// of a step, a camera centre away from the marker, place ids, claims, sources
// and a story title other than the overview's headline are not exported.
func Export(s *story.Story) ([]byte, error) {
	b, _, err := ExportReport(s)
	return b, err
}

// ExportReport is Export that also says what it changed in the kept fields
// (Report.Sanitised: URLs with other schemes than http and https dropped,
// HTML rebuilt as the safe subset) and which remote URLs StoryMapJS will
// load (Report.Notes), each with the JSON path in the exported file.
func ExportReport(s *story.Story) ([]byte, Report, error) {
	var rep Report
	if s == nil {
		return nil, rep, fmt.Errorf("export storymapjs: no story")
	}
	top := map[string]any{}
	opts := map[string]any{}
	for k, v := range cleanExtra(s.Extra, "", &rep) {
		if k == "storymap" {
			if m, ok := v.(map[string]any); ok {
				for k2, v2 := range m {
					opts[k2] = v2
				}
				continue
			}
		}
		top[k] = v
	}
	slides := make([]any, 0, len(s.Steps))
	for i := range s.Steps {
		sl, err := slide(s, i, &rep)
		if err != nil {
			return nil, rep, fmt.Errorf("export storymapjs: steps[%d] (%s): %w", i, s.Steps[i].ID, err)
		}
		slides = append(slides, sl)
	}
	opts["slides"] = slides
	top["storymap"] = opts
	b, err := json.MarshalIndent(top, "", "  ")
	if err != nil {
		return nil, rep, fmt.Errorf("export storymapjs: %w", err)
	}
	return append(b, '\n'), rep, nil
}

// exportsAsOverview reports whether step i is written as an overview slide.
func exportsAsOverview(s *story.Story, i int) bool {
	st := &s.Steps[i]
	if isOverviewStep(st) {
		return true
	}
	if t, ok := st.Extra[overviewMark].(string); ok && t != "" {
		return false // another slide type kept from an import
	}
	return i == 0 && (st.ID == "overview" || (st.Camera == nil && len(st.Places) != 1))
}

func slide(s *story.Story, i int, rep *Report) (map[string]any, error) {
	st := &s.Steps[i]
	sl := map[string]any{}
	if st.ID != "" {
		sl["uniqueid"] = st.ID
	}
	overview := exportsAsOverview(s, i)
	if overview {
		sl["type"] = "overview"
	}
	sl["text"] = map[string]any{
		"headline": escapeText(st.Title),
		"text":     strings.TrimSuffix(markup.Parse(st.Body).HTML(), "\n"),
	}
	if st.Date != "" {
		sl["date"] = st.Date
	}
	if !overview {
		loc := map[string]any{}
		if len(st.Places) > 0 {
			p := s.PlaceByID(st.Places[0])
			if p == nil {
				return nil, fmt.Errorf("places: unknown place %q", st.Places[0])
			}
			loc["lat"], loc["lon"] = p.Lat, p.Lon
			loc["name"] = escapeText(p.Name)
		} else if st.Camera != nil {
			loc["lat"], loc["lon"] = st.Camera.Center[1], st.Camera.Center[0]
		}
		if len(loc) > 0 {
			if st.Camera != nil {
				loc["zoom"] = st.Camera.Zoom
			}
			loc["line"] = st.Route != nil
			sl["location"] = loc
		}
	}
	merge(sl, cleanExtra(st.Extra, fmt.Sprintf("storymap.slides[%d]", i), rep))
	return sl, nil
}

// merge copies the fields of extra that dst does not set into dst, merging
// objects present in both. dst's own values win.
func merge(dst, extra map[string]any) {
	for k, v := range extra {
		cur, ok := dst[k]
		if !ok {
			dst[k] = v
			continue
		}
		dm, ok1 := cur.(map[string]any)
		em, ok2 := v.(map[string]any)
		if ok1 && ok2 {
			cp := make(map[string]any, len(dm))
			for k2, v2 := range dm {
				cp[k2] = v2
			}
			merge(cp, em)
			dst[k] = cp
		}
	}
}
