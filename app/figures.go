package app

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paulmach/orb"

	"github.com/storylens/storylens/internal/sphere"
	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

// Figure is one finding of the analysis about the story's numbers, as the
// Figures panel lists it: a conflict (sources that state one quantity with
// different values) or a check (a stated distance or direction compared
// with the map).
type Figure struct {
	// Kind is "conflict" or "check".
	Kind string
	// Title is the one-line summary the list shows.
	Title string
	// Detail says how it was found: the values, or stated against computed
	// and the method.
	Detail string
	// Says are who says what: each source's sentence.
	Says []FigureSay
	// Places are the story's places the figure is about (ids), Route the
	// route it was compared with ("" for none), and Lines what the map
	// draws for it (the great circle compared, lon/lat).
	Places []string
	Route  string
	Lines  []orb.LineString
}

// FigureSay is one source's statement of a figure.
type FigureSay struct {
	Source string // source id
	Who    string // outlet (or title) and date
	Text   string // the quantity as written ("430 miles"), when known
	Line   string // the sentence
}

// figuresOf lists the conflicts, then the checks, of rep over s. Either may
// be nil (no story or analysis yet): no figures.
func figuresOf(s *story.Story, rep *analysis.Report) []Figure {
	if s == nil || rep == nil {
		return nil
	}
	var out []Figure
	bySource := map[string][]int{} // the quantities of each source, by index
	if len(rep.Conflicts) > 0 {
		for i, q := range rep.Quantities {
			bySource[q.Source] = append(bySource[q.Source], i)
		}
	}
	for _, c := range rep.Conflicts {
		out = append(out, conflictFigure(s, rep, bySource, c))
	}
	for _, c := range rep.Checks {
		out = append(out, checkFigure(s, c))
	}
	return out
}

func conflictFigure(s *story.Story, rep *analysis.Report, bySource map[string][]int, c analysis.Conflict) Figure {
	// Each value once, in the order stated ("80 km vs 50 miles", however
	// many sources state each).
	var vals []string
	for _, v := range c.Values {
		if t := formatValue(v); !slices.Contains(vals, t) {
			vals = append(vals, t)
		}
	}
	f := Figure{Kind: "conflict", Title: fmt.Sprintf("%s: %s", c.About, strings.Join(vals, " vs ")),
		Detail: fmt.Sprintf("%d sources state %s; the values %s.", len(c.Sources), c.About, c.Verdict)}
	// Who says what: the quantities of the conflict's sources with one of
	// its values, one per source and value.
	// (bySource indexes rep.Quantities by source: a conflict of a 5,000-
	// article story is read from its own sources' quantities, not all.)
	type valueKey struct {
		v    float64
		unit string
	}
	values := make(map[valueKey]bool, len(c.Values))
	for _, v := range c.Values {
		values[valueKey{v.Value, v.Unit}] = true
	}
	seenSource := make(map[string]bool, len(c.Sources))
	seen := map[string]bool{}
	for _, src := range c.Sources {
		if seenSource[src] {
			continue
		}
		seenSource[src] = true
		for _, i := range bySource[src] {
			q := rep.Quantities[i]
			if !values[valueKey{q.Value, q.Unit}] {
				continue
			}
			k := fmt.Sprintf("%s|%g|%s", q.Source, q.Value, q.Unit)
			if seen[k] {
				continue
			}
			seen[k] = true
			f.Says = append(f.Says, FigureSay{Source: q.Source, Who: sourceWho(s, q.Source), Text: q.Text, Line: q.Sentence})
		}
	}
	f.Places = placesNamedIn(s, c.About)
	return f
}

func checkFigure(s *story.Story, c analysis.Check) Figure {
	f := Figure{Kind: "check",
		Title: fmt.Sprintf("%s–%s: %s stated, %s", c.From, c.To, formatValue(c.Stated), c.Verdict),
		Says:  []FigureSay{{Source: c.Source, Who: sourceWho(s, c.Source), Line: c.Text}}}
	method := c.Computed.Method
	switch method {
	case "great-circle":
		method = "the great-circle distance"
	case "route":
		method = "the length of the route"
	}
	f.Detail = fmt.Sprintf("Stated %s; %s between %s and %s on the map is %.0f %s: %s.",
		formatValue(c.Stated), method, c.From, c.To, c.Computed.Value, c.Computed.Unit, c.Verdict)
	if c.Bearing != nil {
		f.Detail += fmt.Sprintf(" Direction: stated %s, computed %.0f° from north: %s.", c.Bearing.Stated, c.Bearing.Computed, c.Bearing.Verdict)
	}
	from, to := placeByName(s, c.From), placeByName(s, c.To)
	for _, p := range []*story.Place{from, to} {
		if p != nil {
			f.Places = append(f.Places, p.ID)
		}
	}
	if from == nil || to == nil {
		return f
	}
	if c.Computed.Method == "route" {
		f.Route = routeThrough(s, from.ID, to.ID)
	}
	if f.Route == "" {
		f.Lines = []orb.LineString{sphere.GreatCircle(orb.Point{from.Lon, from.Lat}, orb.Point{to.Lon, to.Lat}, 64)}
	}
	return f
}

// formatValue writes 430 mile as "430 miles".
func formatValue(v analysis.Value) string {
	u := v.Unit
	if v.Value != 1 && u != "" && !strings.HasSuffix(u, "s") && u != "km" && u != "m" {
		u += "s"
	}
	return strings.TrimSpace(fmt.Sprintf("%g %s", v.Value, u))
}

// sourceWho names a source by outlet (else title, else id) and date.
func sourceWho(s *story.Story, id string) string {
	src := s.SourceByID(id)
	if src == nil {
		return id
	}
	who := src.Outlet
	if who == "" {
		who = src.Title
	}
	if who == "" {
		who = id
	}
	if src.Date != "" {
		who += " · " + src.Date
	}
	return who
}

// placeByName finds a place by its name, ignoring case ("" or no such
// place: nil).
func placeByName(s *story.Story, name string) *story.Place {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	for _, p := range s.Places {
		if strings.EqualFold(p.Name, name) {
			return p
		}
	}
	return nil
}

// placesNamedIn lists the places whose name appears in text as a whole
// word or phrase, in story order.
func placesNamedIn(s *story.Story, text string) []string {
	low := strings.ToLower(text)
	var out []string
	for _, p := range s.Places {
		n := strings.ToLower(p.Name)
		if n == "" {
			continue
		}
		for i := strings.Index(low, n); i >= 0; {
			end := i + len(n)
			before, _ := utf8.DecodeLastRuneInString(low[:i])
			after, _ := utf8.DecodeRuneInString(low[end:])
			if (i == 0 || !isWordRune(before)) && (end == len(low) || !isWordRune(after)) {
				out = append(out, p.ID)
				break
			}
			j := strings.Index(low[i+1:], n)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// routeThrough is the first route with both places among its stops ("" if
// none).
func routeThrough(s *story.Story, a, b string) string {
	for _, r := range s.Routes {
		if slices.Contains(r.Stops, a) && slices.Contains(r.Stops, b) {
			return r.ID
		}
	}
	return ""
}
