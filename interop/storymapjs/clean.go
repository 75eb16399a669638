package storymapjs

import (
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/storylens/storylens/story/markup"
)

// Kept fields (media, background, unknown slide, text and location fields,
// StoryMapJS options) are written back to StoryMapJS, which shows their
// strings as HTML and loads their URLs. cleanKept makes them inert on the
// way in (Import) and on the way out (Export), so that nothing a story
// carries can run in a StoryMapJS page:
//
//   - a URL field (url, src, href, thumbnail, link, icon, image, path, ...)
//     and any string that starts with a scheme keep only http and https
//     URLs (and scheme-less relative ones); other schemes (javascript:,
//     data:, vbscript:, file:, ...) are dropped, also when hidden by case,
//     white space, control characters or character references;
//   - a URL field holding HTML (StoryMapJS accepts embed codes such as
//     <iframe> or <blockquote> in media.url) is dropped;
//   - an http(s) URL is kept, with quotes, angle brackets, back quotes and
//     white space percent-encoded, and noted: StoryMapJS loads it;
//   - every other string that holds markup (a '<' or a '&') is rebuilt as
//     the safe HTML subset of step bodies: the package's sanitiser
//     (ToMarkdown) then story/markup's HTML (p, em, strong, a to http,
//     https or mailto). Strings without '<' or '&' cannot hold markup and
//     are kept as they are.
//
// Cleaning is idempotent: cleaning a cleaned value changes nothing, so
// round trips are stable and report nothing new.

// urlKeys are the field names whose string values StoryMapJS (or a browser)
// uses as URLs.
var urlKeys = map[string]bool{
	"url": true, "src": true, "href": true, "thumbnail": true, "link": true,
	"icon": true, "image": true, "path": true, "font_css": true, "map_type": true,
	"poster": true,
}

// mapTypeSchemes are the StoryMapJS tile providers written as
// "provider:style" in storymap.map_type; they name a provider, not a URL.
var mapTypeSchemes = map[string]bool{"stamen": true, "osm": true, "mapbox": true}

// stockFontRE matches a StoryMapJS font preset in storymap.font_css,
// "stock:amatic-andika": the player's own fonts, named, not a URL.
var stockFontRE = regexp.MustCompile(`^stock:[a-z0-9]+(-[a-z0-9]+)*$`)

// schemeRE matches a URL scheme at the start of a normalised string.
var schemeRE = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9+.\-]*):`)

// urlEscaper percent-encodes the characters that could end an HTML
// attribute or a JavaScript string StoryMapJS builds around a URL.
var urlEscaper = strings.NewReplacer(`"`, "%22", "'", "%27", "<", "%3C", ">", "%3E", "`", "%60",
	" ", "%20", "\t", "%09", "\n", "%0A", "\r", "%0D", "\\", "%5C")

// urlScheme returns the lower-case scheme a browser would see in s: after
// decoding character references, removing leading and trailing spaces and
// C0 controls and every tab and newline (which browsers ignore in URLs).
// ok is false when s has no scheme. spaced reports that the colon is
// followed by white space in the original ("Note: ..."), which in a text
// field is prose rather than a URL.
func urlScheme(s string) (scheme string, spaced, ok bool) {
	return rawScheme(html.UnescapeString(s))
}

// rawScheme is urlScheme without decoding character references: the
// scheme a string has as it stands in the JSON.
func rawScheme(s string) (scheme string, spaced, ok bool) {
	d := strings.TrimFunc(s, func(r rune) bool { return r <= ' ' })
	d = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, d)
	m := schemeRE.FindStringSubmatch(d)
	if m == nil {
		return "", false, false
	}
	rest := d[len(m[0]):]
	spaced = rest == "" || rest[0] == ' '
	return strings.ToLower(m[1]), spaced, true
}

// cleanKept returns a cleaned copy of the kept JSON value v found at path,
// and whether v itself is to be dropped. Changes go to rep (which may be
// nil) as Sanitised items with their JSON paths; http(s) URLs kept are
// Notes.
func cleanKept(v any, key, path string, rep *Report) (any, bool) {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for _, k := range sortedKeys(x) {
			if c, drop := cleanKept(x[k], k, joinPath(path, k), rep); !drop {
				out[k] = c
			}
		}
		return out, false
	case []any:
		out := make([]any, 0, len(x))
		for i, e := range x {
			if c, drop := cleanKept(e, key, path+"["+strconv.Itoa(i)+"]", rep); !drop {
				out = append(out, c)
			}
		}
		return out, false
	case string:
		return cleanString(x, key, path, rep)
	}
	return v, false
}

// cleanString cleans one string field; see cleanKept.
func cleanString(s, key, path string, rep *Report) (any, bool) {
	isURL := urlKeys[strings.ToLower(key)]
	scheme, spaced, hasScheme := urlScheme(s)
	if hasScheme && (isURL || !spaced) {
		switch {
		case scheme == "http" || scheme == "https":
			return keepURL(s, path, rep), false
		case strings.EqualFold(key, "map_type") && mapTypeSchemes[scheme] && !strings.ContainsAny(s, "<>\"'`&"):
			return s, false // a tile provider, not a URL
		case strings.EqualFold(key, "font_css") && scheme == "stock" && stockFontRE.MatchString(s):
			return s, false // one of StoryMapJS's own font presets, not a URL
		}
		rep.sanitisedIf(path, "dropped a %s: URL", scheme)
		return nil, true
	}
	if isURL {
		if strings.Contains(s, "<") {
			rep.sanitisedIf(path, "dropped HTML embed code (StoryMapJS would render it)")
			return nil, true
		}
		if strings.HasPrefix(strings.TrimSpace(s), "//") {
			return keepURL(s, path, rep), false
		}
		// A relative URL: its page's own files.
		if e := urlEscaper.Replace(s); e != s {
			rep.sanitisedIf(path, "percent-encoded quotes, brackets or spaces in the URL")
			return e, false
		}
		return s, false
	}
	if !strings.ContainsAny(s, "<&") {
		return s, false
	}
	clean, removed := safeHTML(s)
	if clean != s {
		if len(removed) > 0 {
			rep.sanitisedIf(path, "removed %s", strings.Join(removed, ", "))
		} else {
			rep.sanitisedIf(path, "rewritten as the safe HTML subset")
		}
	}
	return clean, false
}

// keepURL keeps a remote URL, percent-encoding what could break out of an
// attribute, and notes that StoryMapJS will load it.
func keepURL(s, path string, rep *Report) string {
	e := urlEscaper.Replace(strings.TrimSpace(s))
	if e != s {
		rep.sanitisedIf(path, "percent-encoded quotes, brackets or spaces in the URL")
	}
	if rep != nil {
		rep.note(path, "remote URL %q: StoryMapJS loads it", e)
	}
	return e
}

// safeHTML rebuilds an HTML fragment as the safe subset: the sanitiser's
// Markdown, rendered by story/markup. A single paragraph loses its <p>, so
// that a caption stays inline.
func safeHTML(s string) (string, []string) {
	md, removed := ToMarkdown(s)
	out := strings.TrimSuffix(markup.Parse(md).HTML(), "\n")
	if strings.Count(out, "<p>") == 1 {
		out = strings.TrimSuffix(strings.TrimPrefix(out, "<p>"), "</p>")
	}
	return out, removed
}

// escapeText HTML-escapes plain text (a title, a place name) for a
// StoryMapJS field shown as HTML. Text that would start with a scheme other
// than http or https ("javascript:alert(1)" as a title) gets its colon
// written as &#58;: StoryMapJS shows the same text, and no field of the
// export starts with a script scheme.
func escapeText(s string) string {
	e := html.EscapeString(s)
	if sc, spaced, ok := rawScheme(e); ok && !spaced && sc != "http" && sc != "https" {
		i := strings.IndexByte(e, ':')
		e = e[:i] + "&#58;" + e[i+1:]
	}
	return e
}

// cleanExtra cleans a kept map (Step.Extra or Story.Extra) whose keys sit
// at base (a JSON path, or "" for the top level).
func cleanExtra(m map[string]any, base string, rep *Report) map[string]any {
	if m == nil {
		return nil
	}
	out := make(map[string]any, len(m))
	for _, k := range sortedKeys(m) {
		if c, drop := cleanKept(m[k], k, joinPath(base, k), rep); !drop {
			out[k] = c
		}
	}
	return out
}

func joinPath(base, k string) string {
	if base == "" {
		return k
	}
	return base + "." + k
}

// sanitisedIf records a Sanitised item when r is not nil.
func (r *Report) sanitisedIf(path, format string, a ...any) {
	if r != nil {
		r.sanitised(path, format, a...)
	}
}
