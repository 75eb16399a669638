package storymapjs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/storylens/storylens/story"
)

// MaxSize is the largest StoryMapJS file Import reads (10 MB).
const MaxSize = 10 << 20

// RouteProvenance is the provenance of a route drawn through slide locations.
const RouteProvenance = "StoryMapJS slide locations"

// Known slide, location and text fields: everything else is kept in
// Step.Extra. "media" and "background" are StoryMapJS fields Storylens does
// not show; they are kept too.
var (
	slideKnown    = map[string]bool{"type": true, "date": true, "location": true, "text": true, "uniqueid": true}
	locationKnown = map[string]bool{"lat": true, "lon": true, "zoom": true, "line": true, "name": true}
	textKnown     = map[string]bool{"headline": true, "text": true}
)

// Import reads a StoryMapJS JSON document. name (usually the file name) is
// used in error messages, as the story's Origin and as the title when the
// slides give none. Each slide becomes a step; an "overview" slide becomes an
// overview step (id "overview", no camera, all places). Slide locations
// become places, one per distinct coordinate. Unless the storymap sets
// "show_lines": false, the locations of the slides make an approximate
// route, as the StoryMapJS player draws its line through every located
// slide (it ignores a slide's "line": false; at least two distinct points
// are needed). Nothing is invented: a slide without a headline gives an
// untitled step, a location without a name a place named by its
// coordinates.
//
// Errors name the JSON path, e.g.
// "story.json: storymap.slides[3].location.lat: not a number".
func Import(data []byte, name string) (*story.Story, Report, error) {
	var rep Report
	if len(data) > MaxSize {
		return nil, rep, fmt.Errorf("%s: %d bytes, more than the limit of %d", name, len(data), MaxSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil, rep, fmt.Errorf("%s: %w", name, syntaxError(data, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, rep, fmt.Errorf("%s: %s: unexpected data after the JSON document", name, lineCol(data, dec.InputOffset()))
	}
	im := &importer{rep: &rep, name: name, placeIDs: ids{}, stepIDs: ids{}}
	s, err := im.run(root)
	if err != nil {
		return nil, rep, fmt.Errorf("%s: %w", name, err)
	}
	return s, rep, nil
}

// pathError is an error at a JSON path.
type pathError struct {
	path string
	msg  string
}

func (e *pathError) Error() string { return e.path + ": " + e.msg }

func errAt(path, format string, a ...any) error {
	return &pathError{path, fmt.Sprintf(format, a...)}
}

func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("%s: invalid JSON: %v", lineCol(data, se.Offset), se)
	}
	if errors.Is(err, io.EOF) {
		return errors.New("empty file, want a StoryMapJS JSON object")
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("invalid JSON: unexpected end of file")
	}
	return fmt.Errorf("invalid JSON: %w", err)
}

// lineCol gives "line L, column C" for a byte offset.
func lineCol(data []byte, off int64) string {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1)
	return fmt.Sprintf("line %d, column %d", line, col)
}

type importer struct {
	rep      *Report
	name     string
	placeIDs ids
	stepIDs  ids
	places   []*story.Place
	byCoord  map[[2]float64]*story.Place
	// route points and stops, in slide order
	line  orb.LineString
	stops []string
	// steps that show the route
	routeSteps []int
	// text for guessing the route's mode
	context strings.Builder
}

// location is a slide's parsed location.
type location struct {
	lat, lon float64
	zoom     float64
	hasZoom  bool
	line     bool
	name     string
}

func (im *importer) run(root any) (*story.Story, error) {
	top, ok := root.(map[string]any)
	if !ok {
		return nil, errAt("$", "want a JSON object with a \"storymap\" member, got %s", kind(root))
	}
	smv, ok := top["storymap"]
	if !ok {
		return nil, errAt("storymap", "missing: this is not a StoryMapJS file")
	}
	sm, ok := smv.(map[string]any)
	if !ok {
		return nil, errAt("storymap", "want an object, got %s", kind(smv))
	}
	s := &story.Story{Origin: im.name}
	extra := map[string]any{}
	for _, k := range sortedKeys(top) {
		if k != "storymap" {
			extra[k] = top[k]
			im.rep.kept(k, "top-level field not used by Storylens")
		}
	}
	options := map[string]any{}
	for _, k := range sortedKeys(sm) {
		if k == "slides" || k == "show_lines" {
			continue // read below; Export writes show_lines from the route
		}
		options[k] = sm[k]
		im.rep.kept("storymap."+k, "StoryMapJS option not used by Storylens")
	}
	if len(options) > 0 {
		extra["storymap"] = options
	}
	if len(extra) > 0 {
		s.Extra = cleanExtra(extra, "", im.rep)
	}
	showLines := true
	if v, ok := sm["show_lines"]; ok {
		b, err := boolean(v, "storymap.show_lines")
		if err != nil {
			return nil, err
		}
		showLines = b
	}
	if v, _ := sm["map_as_image"].(bool); v {
		im.rep.note("storymap.map_as_image", "true: slide coordinates may be positions on an image, not on the Earth")
	}
	if z, ok := sm["zoomify"].(map[string]any); ok {
		if p, _ := z["path"].(string); p != "" {
			im.rep.note("storymap.zoomify.path", "set: slide coordinates are positions on a zoomable image, not on the Earth")
		}
	}
	sv, ok := sm["slides"]
	if !ok {
		return nil, errAt("storymap.slides", "missing")
	}
	slides, ok := sv.([]any)
	if !ok {
		return nil, errAt("storymap.slides", "want an array, got %s", kind(sv))
	}
	if len(slides) == 0 {
		return nil, errAt("storymap.slides", "empty: a story needs at least one slide")
	}
	overview := -1
	for i, raw := range slides {
		path := fmt.Sprintf("storymap.slides[%d]", i)
		step, isOverview, err := im.slide(raw, path, i)
		if err != nil {
			return nil, err
		}
		if isOverview {
			if overview >= 0 {
				im.rep.note(path+".type", "a second overview slide; it fits all places too")
			} else {
				overview = len(s.Steps)
			}
		}
		s.Steps = append(s.Steps, step)
		if isOverview && s.Title == "" {
			s.Title = step.Title
		}
	}
	s.Places = im.places
	// Overview steps show every place.
	for i := range s.Steps {
		if isOverviewStep(&s.Steps[i]) {
			for _, p := range im.places {
				s.Steps[i].Places = append(s.Steps[i].Places, p.ID)
			}
		}
	}
	if s.Title == "" {
		for _, st := range s.Steps {
			if st.Title != "" && !strings.HasPrefix(st.Title, "Slide ") {
				s.Title = st.Title
				break
			}
		}
	}
	if s.Title == "" {
		s.Title = strings.TrimSuffix(filepath.Base(im.name), filepath.Ext(im.name))
	}
	s.Description = "Imported from the StoryMapJS file " + filepath.Base(im.name) + "."
	if showLines {
		im.addRoute(s)
	} else {
		im.rep.note("storymap.show_lines", "false: no route drawn through the slide locations")
	}
	return s, nil
}

// overviewMark is the Step.Extra key Import sets on overview steps so that
// Export knows them whatever their id.
const overviewMark = "type"

func isOverviewStep(st *story.Step) bool {
	t, _ := st.Extra[overviewMark].(string)
	return t == "overview"
}

// slide converts one slide.
func (im *importer) slide(raw any, path string, index int) (story.Step, bool, error) {
	var step story.Step
	sl, ok := raw.(map[string]any)
	if !ok {
		return step, false, errAt(path, "want an object, got %s", kind(raw))
	}
	extra := map[string]any{}
	for _, k := range sortedKeys(sl) {
		if !slideKnown[k] {
			extra[k] = sl[k]
			what := "slide field not used by Storylens"
			if k == "media" || k == "background" {
				what = "StoryMapJS " + k + " not shown by Storylens"
			}
			im.rep.kept(path+"."+k, "%s", what)
		}
	}
	isOverview := false
	if v, ok := sl["type"]; ok {
		t, ok := v.(string)
		if !ok {
			return step, false, errAt(path+".type", "want a string, got %s", kind(v))
		}
		switch t {
		case "overview":
			isOverview = true
			extra[overviewMark] = "overview"
		case "":
		default:
			extra["type"] = t
			im.rep.kept(path+".type", "slide type %q not known to Storylens", t)
		}
	}
	// Text.
	var headline, body string
	if v, ok := sl["text"]; ok && v != nil {
		t, ok := v.(map[string]any)
		if !ok {
			return step, false, errAt(path+".text", "want an object, got %s", kind(v))
		}
		rest := map[string]any{}
		for _, k := range sortedKeys(t) {
			if !textKnown[k] {
				rest[k] = t[k]
				im.rep.kept(path+".text."+k, "text field not used by Storylens")
			}
		}
		if len(rest) > 0 {
			extra["text"] = rest
		}
		h, err := str(t["headline"], path+".text.headline")
		if err != nil {
			return step, false, err
		}
		var removed []string
		headline, removed = ToPlainText(h)
		if len(removed) > 0 {
			im.rep.sanitised(path+".text.headline", "removed %s", strings.Join(removed, ", "))
		}
		b, err := str(t["text"], path+".text.text")
		if err != nil {
			return step, false, err
		}
		body, removed = ToMarkdown(b)
		if len(removed) > 0 {
			im.rep.sanitised(path+".text.text", "removed %s", strings.Join(removed, ", "))
		}
		im.context.WriteString(headline + " " + body + " ")
	}
	step.Body = body
	step.Title = headline
	// Date.
	if v, ok := sl["date"]; ok && v != nil {
		var d string
		switch x := v.(type) {
		case string:
			d = strings.TrimSpace(x)
		case json.Number:
			d = x.String()
		default:
			return step, false, errAt(path+".date", "want a string, got %s", kind(v))
		}
		if d != "" {
			if iso, ok := isoDate(d); ok {
				step.Date = iso
				if iso != d {
					im.rep.note(path+".date", "%q read as %s", d, iso)
				}
			} else {
				extra["date"] = v
				im.rep.kept(path+".date", "%q is not a day or a range of days; kept as text", d)
			}
		}
	}
	// Location.
	loc, hasLoc, err := im.location(sl["location"], path+".location", extra, isOverview)
	if err != nil {
		return step, false, err
	}
	if step.Title == "" {
		// No headline is invented: the step stays untitled (validate
		// warns) until the user gives it one.
		im.rep.note(path+".text.headline", "no headline; the step is untitled")
	}
	// Id.
	idBase := ""
	if v, ok := sl["uniqueid"]; ok && v != nil {
		u, err := str(v, path+".uniqueid")
		if err != nil {
			return step, false, err
		}
		idBase = slug(u)
		if idBase != u && u != "" {
			im.rep.note(path+".uniqueid", "%q used as id %q", u, idBase)
		}
	}
	if idBase == "" {
		if isOverview {
			idBase = "overview"
		} else {
			idBase = slug(step.Title)
		}
	}
	step.ID = im.stepIDs.unique(idBase, fmt.Sprintf("slide-%d", index+1))
	if hasLoc && !isOverview {
		p := im.place(loc, step.Title, path+".location")
		step.Places = []string{p.ID}
		if loc.hasZoom {
			step.Camera = &story.Camera{Center: [2]float64{loc.lon, loc.lat}, Zoom: loc.zoom}
		}
		if !loc.line {
			im.rep.note(path+".location.line", "false, which StoryMapJS ignores: its player draws the line through every slide's location, and so does the imported route")
		}
		{
			pt := orb.Point{loc.lon, loc.lat}
			if n := len(im.line); n == 0 || im.line[n-1] != pt {
				im.line = append(im.line, pt)
				im.stops = append(im.stops, p.ID)
			}
			im.routeSteps = append(im.routeSteps, index)
		}
	}
	if isOverview {
		im.routeSteps = append(im.routeSteps, index)
	}
	if len(extra) > 0 {
		step.Extra = cleanExtra(extra, path, im.rep)
	}
	return step, isOverview, nil
}

// location parses a slide's location. Unknown location fields go to
// extra["location"]; an overview slide's whole location is kept there (the
// overview fits all places instead).
func (im *importer) location(v any, path string, extra map[string]any, overview bool) (location, bool, error) {
	loc := location{line: true}
	if v == nil {
		return loc, false, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return loc, false, errAt(path, "want an object, got %s", kind(v))
	}
	rest := map[string]any{}
	for _, k := range sortedKeys(m) {
		if !locationKnown[k] || overview {
			rest[k] = m[k]
			if !overview {
				im.rep.kept(path+"."+k, "location field not used by Storylens")
			}
		}
	}
	if overview && len(m) > 0 {
		im.rep.kept(path, "overview slide location kept; the overview step fits all places")
	}
	if len(rest) > 0 {
		extra["location"] = rest
	}
	if overview {
		return loc, false, nil
	}
	if lv, ok := m["line"]; ok {
		b, err := boolean(lv, path+".line")
		if err != nil {
			return loc, false, err
		}
		loc.line = b
	}
	if nv, ok := m["name"]; ok {
		n, err := str(nv, path+".name")
		if err != nil {
			return loc, false, err
		}
		loc.name, _ = ToPlainText(n)
	}
	lat, hasLat, err := im.number(m["lat"], path+".lat")
	if err != nil {
		return loc, false, err
	}
	lon, hasLon, err := im.number(m["lon"], path+".lon")
	if err != nil {
		return loc, false, err
	}
	if hasLat != hasLon {
		missing := path + ".lon"
		if !hasLat {
			missing = path + ".lat"
		}
		return loc, false, errAt(missing, "missing (the location has only one coordinate)")
	}
	if !hasLat {
		return loc, false, nil
	}
	if lat < -90 || lat > 90 {
		return loc, false, errAt(path+".lat", "%v is out of range [-90, 90]", lat)
	}
	if lon < -180 || lon > 180 {
		return loc, false, errAt(path+".lon", "%v is out of range [-180, 180]", lon)
	}
	loc.lat, loc.lon = lat, lon
	z, hasZoom, err := im.number(m["zoom"], path+".zoom")
	if err != nil {
		return loc, false, err
	}
	if hasZoom && (z < 0 || z > 24) {
		return loc, false, errAt(path+".zoom", "%v is out of range [0, 24]", z)
	}
	loc.zoom, loc.hasZoom = z, hasZoom
	return loc, true, nil
}

// place returns the place at loc, adding it when no place has these
// coordinates yet.
func (im *importer) place(loc location, title, path string) *story.Place {
	key := [2]float64{loc.lon, loc.lat}
	if p, ok := im.byCoord[key]; ok {
		return p
	}
	name := loc.name
	if name == "" {
		// No name is invented from the slide's headline: the place is
		// named by its coordinates until the user renames it.
		name = coordName(loc.lat, loc.lon)
	}
	p := &story.Place{
		ID:         im.placeIDs.unique(slug(name), fmt.Sprintf("place-%d", len(im.places)+1)),
		Name:       name,
		Lon:        loc.lon,
		Lat:        loc.lat,
		Provenance: "StoryMapJS slide location (" + path + ")",
	}
	if im.byCoord == nil {
		im.byCoord = map[[2]float64]*story.Place{}
	}
	im.byCoord[key] = p
	im.places = append(im.places, p)
	return p
}

// coordName names a position by its coordinates, e.g. "41.150° N, 8.610° W".
func coordName(lat, lon float64) string {
	ns, ew := "N", "E"
	if lat < 0 {
		ns, lat = "S", -lat
	}
	if lon < 0 {
		ew, lon = "W", -lon
	}
	return fmt.Sprintf("%.3f° %s, %.3f° %s", lat, ns, lon, ew)
}

// addRoute adds the route through the slide locations, when there are two
// distinct points, and points the steps that draw it at it.
func (im *importer) addRoute(s *story.Story) {
	if len(im.line) < 2 {
		if len(im.places) > 1 {
			im.rep.note("storymap.slides", "fewer than two slide locations with \"line\" on: no route drawn")
		}
		return
	}
	id := "storymap-route"
	r := &story.Route{
		ID:          id,
		Name:        s.Title + " (slide path)",
		Mode:        guessMode(im.context.String()),
		Stops:       im.stops,
		Line:        im.line,
		Provenance:  RouteProvenance,
		Approximate: true,
	}
	s.Routes = []*story.Route{r}
	for _, i := range im.routeSteps {
		rid := id
		s.Steps[i].Route = &rid
	}
	im.rep.note("storymap.slides", "route %q drawn through %d slide locations, mode %q (guessed from the text), marked approximate", id, len(im.line), r.Mode)
}

// guessMode picks rail, air or sea when the text talks about them more than
// the others, and road otherwise.
func guessMode(text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	cues := map[string]string{
		"train": "rail", "trains": "rail", "rail": "rail", "railway": "rail", "railroad": "rail", "station": "rail",
		"flight": "air", "flew": "air", "fly": "air", "plane": "air", "airport": "air", "airline": "air",
		"ship": "sea", "boat": "sea", "ferry": "sea", "sailed": "sea", "sail": "sea", "port": "sea", "voyage": "sea",
	}
	count := map[string]int{}
	for _, w := range words {
		if m, ok := cues[w]; ok {
			count[m]++
		}
	}
	best, n := "road", 0
	for _, m := range []string{"rail", "air", "sea"} {
		if count[m] > n {
			best, n = m, count[m]
		}
	}
	return best
}

// isoDate reads a day ("2023-09-10", "September 10, 2023", "10 Sep 2023")
// or keeps a range "2023-09-10/2023-09-13".
func isoDate(d string) (string, bool) {
	if a, b, ok := strings.Cut(d, "/"); ok {
		x, ok1 := isoDate(a)
		y, ok2 := isoDate(b)
		if ok1 && ok2 && x <= y {
			return x + "/" + y, true
		}
		return "", false
	}
	for _, layout := range []string{"2006-01-02", "January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "January 2 2006", "Jan. 2, 2006"} {
		if t, err := time.Parse(layout, d); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// number reads a JSON number, or a string holding one (the StoryMapJS editor
// writes some coordinates as strings). An empty string or null is absent.
func (im *importer) number(v any, path string) (float64, bool, error) {
	switch x := v.(type) {
	case nil:
		return 0, false, nil
	case json.Number:
		f, err := strconv.ParseFloat(x.String(), 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return 0, false, errAt(path, "%s is not a finite number", x)
		}
		return f, true, nil
	case string:
		t := strings.TrimSpace(x)
		if t == "" {
			return 0, false, nil
		}
		f, err := strconv.ParseFloat(t, 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return 0, false, errAt(path, "not a number (%q)", x)
		}
		im.rep.note(path, "number given as a string %q", x)
		return f, true, nil
	default:
		return 0, false, errAt(path, "not a number (got %s)", kind(v))
	}
}

func boolean(v any, path string) (bool, error) {
	switch x := v.(type) {
	case bool:
		return x, nil
	case string:
		switch strings.ToLower(strings.TrimSpace(x)) {
		case "true":
			return true, nil
		case "false", "":
			return false, nil
		}
	case nil:
		return false, nil
	}
	return false, errAt(path, "want true or false, got %s", kind(v))
}

func str(v any, path string) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	}
	return "", errAt(path, "want a string, got %s", kind(v))
}

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number, float64:
		return "a number"
	case string:
		return fmt.Sprintf("a string (%q)", truncate(x, 20))
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
