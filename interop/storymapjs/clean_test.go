package storymapjs

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/storylens/storylens/story"
)

// hostileCases are kept fields in every dangerous shape, with what cleaning
// must make of them. want is the cleaned string; drop means the field goes.
var hostileCases = []struct {
	name, key, in string
	drop          bool
	want          string
	report        string // a substring of the Sanitised item, "" for none
	note          bool   // a remote URL note is expected
}{
	{"javascript url", "url", "javascript:alert(1)", true, "", "dropped a javascript: URL", false},
	{"mixed case scheme", "url", "JaVaScRiPt:alert(1)", true, "", "dropped a javascript: URL", false},
	{"tab in scheme", "url", "java\tscript:alert(1)", true, "", "dropped a javascript: URL", false},
	{"newline in scheme", "src", "java\nscript:alert(1)", true, "", "dropped a javascript: URL", false},
	{"leading space and control", "href", " \x01javascript:alert(1)", true, "", "dropped a javascript: URL", false},
	{"decimal entity", "url", "&#106;avascript:alert(1)", true, "", "dropped a javascript: URL", false},
	{"hex entity", "thumbnail", "&#x6A;avascript:alert(1)", true, "", "dropped a javascript: URL", false},
	{"entity tab", "link", "java&Tab;script:alert(1)", true, "", "dropped a javascript: URL", false},
	{"data url", "url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", true, "", "dropped a data: URL", false},
	{"data image", "icon", "data:image/svg+xml,<svg onload=alert(1)>", true, "", "dropped a data: URL", false},
	{"vbscript", "url", "VBScript:MsgBox(1)", true, "", "dropped a vbscript: URL", false},
	{"file", "url", "file:///etc/passwd", true, "", "dropped a file: URL", false},
	{"scheme in a text field", "caption", "javascript:alert(1)", true, "", "dropped a javascript: URL", false},
	{"entity scheme in a text field", "credit", "&#106;avascript:alert(1)", true, "", "dropped a javascript: URL", false},
	{"iframe embed code", "url", `<iframe src="https://evil.example/"></iframe>`, true, "", "dropped HTML embed code", false},
	{"https url", "url", "https://example.org/a.jpg", false, "https://example.org/a.jpg", "", true},
	{"http url breaking out", "url", `http://example.org/a.jpg" onerror="alert(1)`, false, "http://example.org/a.jpg%22%20onerror=%22alert(1)", "percent-encoded", true},
	{"protocol-relative", "url", "//cdn.example/x.png", false, "//cdn.example/x.png", "", true},
	{"relative", "url", "images/x.png", false, "images/x.png", "", false},
	{"tile provider", "map_type", "stamen:toner-lite", false, "stamen:toner-lite", "", false},
	{"tile template", "map_type", "https://{s}.tile.example/{z}/{x}/{y}.png", false, "https://{s}.tile.example/{z}/{x}/{y}.png", "", true},
	{"script map type", "map_type", "javascript:alert(1)", true, "", "dropped a javascript: URL", false},
	{"prose with a colon", "caption", "Photo: AP", false, "Photo: AP", "", false},
	{"colour", "color", "#ffffff", false, "#ffffff", "", false},
	{"img onerror", "caption", `<img src=x onerror=alert(1)>`, false, "", "onerror attribute", false},
	{"on attribute on kept element", "caption", `<b onclick="alert(1)">AP</b>`, false, "<strong>AP</strong>", "onclick attribute", false},
	{"script", "credit", `</script><script>alert(1)</script>AP`, false, "AP", "<script>", false},
	{"iframe", "text", `<iframe src="javascript:alert(1)"></iframe>x`, false, "x", "<iframe>", false},
	{"svg onload", "text", `<svg onload=alert(1)><circle/></svg>map`, false, "map", "<svg>", false},
	{"link to javascript", "caption", `<a href="java&#x09;script:alert(1)">x</a>`, false, "x", "link to", false},
	{"safe link", "caption", `<a href="https://e.org/" target=_blank>x</a>`, false,
		`<a href="https://e.org/" rel="noopener noreferrer nofollow">x</a>`, "rewritten", false},
	{"two paragraphs", "text", `<p>a</p><p><i>b</i></p>`, false, "<p>a</p>\n<p><em>b</em></p>", "rewritten", false},
	{"ampersand", "credit", "AP & Reuters", false, "AP &amp; Reuters", "rewritten", false},
	{"escaped payload stays text", "caption", "&lt;script&gt;alert(1)&lt;/script&gt;", false, "&lt;script&gt;alert(1)&lt;/script&gt;", "", false},
}

func TestCleanKept(t *testing.T) {
	for _, c := range hostileCases {
		t.Run(c.name, func(t *testing.T) {
			var rep Report
			got, drop := cleanKept(c.in, c.key, "media."+c.key, &rep)
			if drop != c.drop {
				t.Fatalf("drop = %v, want %v (got %q)", drop, c.drop, got)
			}
			if !drop && got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
			found := false
			for _, it := range rep.Sanitised {
				if it.Path != "media."+c.key {
					t.Errorf("report path %q, want %q", it.Path, "media."+c.key)
				}
				found = found || (c.report != "" && strings.Contains(it.What, c.report))
			}
			if c.report == "" && len(rep.Sanitised) > 0 {
				t.Errorf("unexpected report %v", rep.Sanitised)
			}
			if c.report != "" && !found {
				t.Errorf("report %v lacks %q", rep.Sanitised, c.report)
			}
			if noted := len(rep.Notes) > 0; noted != c.note {
				t.Errorf("notes %v, want a remote-URL note: %v", rep.Notes, c.note)
			}
			if drop {
				return
			}
			// Idempotent: a cleaned value is clean.
			var rep2 Report
			again, drop2 := cleanKept(got, c.key, "x", &rep2)
			if drop2 || again != got || len(rep2.Sanitised) > 0 {
				t.Errorf("cleaning again: %q drop=%v %v", again, drop2, rep2.Sanitised)
			}
			assertInertValue(t, "media."+c.key, c.key, got.(string))
		})
	}
}

// hostileExtra is a step's kept media, background, text and location
// fields with a payload in each.
func hostileExtra() map[string]any {
	media := map[string]any{}
	for i, c := range hostileCases {
		media[fmt.Sprintf("%s_%02d", c.key, i)] = c.in
	}
	media["url"] = "javascript:alert(1)"
	media["caption"] = `<img src=x onerror=alert(1)>`
	media["credit"] = `</script><script>alert(1)</script>`
	return map[string]any{
		"media":      media,
		"background": map[string]any{"url": "java\tscript:alert(1)", "color": "#000"},
		"text":       map[string]any{"subhead": `<svg onload=alert(1)>`},
		"location":   map[string]any{"icon": "&#106;avascript:alert(1)"},
		"list":       []any{"vbscript:x", `<iframe src=x></iframe>ok`},
	}
}

func TestExportCleansKeptFields(t *testing.T) {
	s := &story.Story{
		Title:  "t",
		Places: []*story.Place{{ID: "p", Name: "P", Lat: 1, Lon: 2}},
		Extra:  map[string]any{"storymap": map[string]any{"attribution": `<a href="javascript:x" onclick=y>me</a>`, "font_css": "data:text/css,x"}},
		Steps: []story.Step{
			{ID: "overview", Title: "o"},
			{ID: "a", Title: "a", Places: []string{"p"}, Extra: hostileExtra()},
		},
	}
	b, rep, err := ExportReport(s)
	if err != nil {
		t.Fatal(err)
	}
	assertInert(t, b)
	var v struct {
		Storymap struct {
			Attribution string           `json:"attribution"`
			FontCSS     *string          `json:"font_css"`
			Slides      []map[string]any `json:"slides"`
		} `json:"storymap"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if v.Storymap.Attribution != "me" || v.Storymap.FontCSS != nil {
		t.Errorf("options: attribution %q, font_css %v", v.Storymap.Attribution, v.Storymap.FontCSS)
	}
	media := v.Storymap.Slides[1]["media"].(map[string]any)
	if _, ok := media["url"]; ok {
		t.Errorf("media.url kept: %v", media["url"])
	}
	if media["caption"] != "" || media["credit"] != "" {
		t.Errorf("caption %q credit %q, want both emptied", media["caption"], media["credit"])
	}
	if bg := v.Storymap.Slides[1]["background"].(map[string]any); bg["url"] != nil || bg["color"] != "#000" {
		t.Errorf("background %v", bg)
	}
	wantPaths := []string{"storymap.attribution", "storymap.font_css", "storymap.slides[1].media.url",
		"storymap.slides[1].media.caption", "storymap.slides[1].media.credit", "storymap.slides[1].background.url",
		"storymap.slides[1].text.subhead", "storymap.slides[1].location.icon", "storymap.slides[1].list[0]", "storymap.slides[1].list[1]"}
	for _, p := range wantPaths {
		if !hasPath(rep.Sanitised, p) {
			t.Errorf("report lacks %s: %v", p, rep.Sanitised)
		}
	}
	// The step itself is not changed by exporting it.
	if s.Steps[1].Extra["media"].(map[string]any)["url"] != "javascript:alert(1)" {
		t.Error("Export modified the story")
	}
}

func TestImportCleansKeptFields(t *testing.T) {
	doc := map[string]any{"storymap": map[string]any{
		"map_type":    "stamen:toner-lite",
		"attribution": `<script>x</script>Knight Lab`,
		"slides": []any{
			map[string]any{"text": map[string]any{"headline": "a"}, "location": map[string]any{"lat": 1, "lon": 2}},
			func() map[string]any {
				m := hostileExtra()
				m["text"].(map[string]any)["headline"] = "b"
				m["location"].(map[string]any)["lat"] = 3
				m["location"].(map[string]any)["lon"] = 4
				return m
			}(),
		},
	}}
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	s, rep, err := Import(data, "hostile.json")
	if err != nil {
		t.Fatal(err)
	}
	kept, err := json.Marshal(map[string]any{"story": s.Extra, "step": s.Steps[1].Extra})
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(kept, &v); err != nil {
		t.Fatal(err)
	}
	walkStrings(v, "", "$", func(path, key, s string) { assertInertValue(t, path, key, s) })
	if got := s.Extra["storymap"].(map[string]any)["attribution"]; got != "Knight Lab" {
		t.Errorf("attribution %q", got)
	}
	if got := s.Extra["storymap"].(map[string]any)["map_type"]; got != "stamen:toner-lite" {
		t.Errorf("map_type %q", got)
	}
	for _, p := range []string{"storymap.attribution", "storymap.slides[1].media.url", "storymap.slides[1].media.caption",
		"storymap.slides[1].media.credit", "storymap.slides[1].background.url", "storymap.slides[1].text.subhead",
		"storymap.slides[1].location.icon", "storymap.slides[1].list[0]", "storymap.slides[1].list[1]"} {
		if !hasPath(rep.Sanitised, p) {
			t.Errorf("report lacks %s: %v", p, rep.Sanitised)
		}
	}
	https := -1
	for i, c := range hostileCases {
		if c.name == "https url" {
			https = i
		}
	}
	if !hasPath(rep.Notes, fmt.Sprintf("storymap.slides[1].media.url_%02d", https)) {
		t.Errorf("the https media URL is not noted: %v", rep.Notes)
	}
	// Exporting the cleaned story changes nothing more.
	_, rep2, err := ExportReport(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep2.Sanitised) > 0 {
		t.Errorf("export of an imported story sanitised again: %v", rep2.Sanitised)
	}
}

func hasPath(items []Item, path string) bool {
	for _, it := range items {
		if it.Path == path {
			return true
		}
	}
	return false
}

// walkStrings calls fn for every string in a decoded JSON value, with its
// path and the name of the field holding it.
func walkStrings(v any, key, path string, fn func(path, key, s string)) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			walkStrings(c, k, path+"."+k, fn)
		}
	case []any:
		for i, c := range x {
			walkStrings(c, key, fmt.Sprintf("%s[%d]", path, i), fn)
		}
	case string:
		fn(path, key, x)
	}
}

// assertInert fails when an exported StoryMapJS document holds a string
// that could run script or load a non-http(s) URL in StoryMapJS.
func assertInert(t testing.TB, doc []byte) {
	t.Helper()
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	walkStrings(v, "", "$", func(path, key, s string) { assertInertValue(t, path, key, s) })
}

var onAttrRE = regexp.MustCompile(`(?i)^on`)

// linkSchemes are the schemes an HTML attribute may carry in an export:
// story/markup also links mailto addresses.
var linkSchemes = map[string]bool{"http": true, "https": true, "mailto": true}

// assertInertValue checks one exported string: no <script, no on*
// attribute, no element that runs or embeds, no URL attribute or URL field
// with another scheme than http(s), nor a string that is such a URL.
func assertInertValue(t testing.TB, path, key, s string) {
	t.Helper()
	if strings.Contains(strings.ToLower(s), "<script") {
		t.Errorf("%s: %q holds <script", path, s)
	}
	scheme := rawScheme // text: the string as StoryMapJS shows it
	if urlKeys[key] {
		scheme = urlScheme // a URL: as a browser would read it in HTML
	}
	if sc, spaced, ok := scheme(s); ok && (urlKeys[key] || !spaced) && sc != "http" && sc != "https" &&
		!(key == "map_type" && mapTypeSchemes[sc]) {
		t.Errorf("%s: %q: a %s: URL", path, s, sc)
	}
	if urlKeys[key] && strings.ContainsAny(s, "<>\"'`") {
		t.Errorf("%s: URL %q holds markup characters", path, s)
	}
	tz := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := tz.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := tz.Token()
		switch tok.Data {
		case "p", "em", "strong", "a":
		default:
			t.Errorf("%s: %q: <%s> element", path, s, tok.Data)
		}
		for _, a := range tok.Attr {
			if onAttrRE.MatchString(a.Key) {
				t.Errorf("%s: %q: %s attribute", path, s, a.Key)
			}
			if a.Key == "href" || a.Key == "src" {
				if sc, _, ok := urlScheme(a.Val); !ok || !linkSchemes[sc] {
					t.Errorf("%s: %q: %s=%q", path, s, a.Key, a.Val)
				}
			}
		}
	}
}

// A title or place name that reads like a script URL is text: it is
// exported with its colon as &#58; and comes back unchanged.
func TestExportTextStartingWithScheme(t *testing.T) {
	in := `{"storymap":{"slides":[{"text":{"headline":"javascript:alert(1)","text":"vbscript:x"},"location":{"lat":1,"lon":2,"name":"Data:x"}}]}}`
	s, _, err := Import([]byte(in), "x.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	assertInert(t, b)
	if !strings.Contains(string(b), `"headline": "javascript\u0026#58;alert(1)"`) {
		t.Errorf("headline not escaped:\n%s", b)
	}
	s2, _, err := Import(b, "x.json")
	if err != nil {
		t.Fatal(err)
	}
	if s2.Steps[0].Title != "javascript:alert(1)" || s2.Places[0].Name != "Data:x" {
		t.Errorf("round trip: title %q, place %q", s2.Steps[0].Title, s2.Places[0].Name)
	}
}

// A StoryMapJS font preset ("stock:...") is the story's typographic theme:
// it survives import and export; anything else with that scheme does not.
func TestFontPresetKept(t *testing.T) {
	for _, tc := range []struct {
		in   string
		kept bool
	}{
		{"stock:amatic-andika", true},
		{"stock:opensans-gentiumbook", true},
		{"stock:<script>", false},
		{"stock:x y", false},
		{"STOCK:javascript:alert(1)", false},
	} {
		doc := `{"storymap": {"font_css": ` + strconv.Quote(tc.in) + `, "slides": [{"text": {"headline": "A"}}]}}`
		s, _, err := Import([]byte(doc), "font.json")
		if err != nil {
			t.Fatal(err)
		}
		opts, _ := s.Extra["storymap"].(map[string]any)
		got, ok := opts["font_css"]
		if ok != tc.kept || (ok && got != tc.in) {
			t.Errorf("%q: kept %v (%v), want %v", tc.in, ok, got, tc.kept)
		}
		b, err := Export(s)
		if err != nil {
			t.Fatal(err)
		}
		if tc.kept != strings.Contains(string(b), `"font_css": `+strconv.Quote(tc.in)) {
			t.Errorf("%q: exported %s", tc.in, b)
		}
	}
}
