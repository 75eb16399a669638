package edit

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/markup"
)

// The checks below mirror story.Validate's errors, so that an operation is
// refused before it makes one.

// checkLonLat says why lon, lat is not a position, or "".
func checkLonLat(lon, lat float64) string {
	switch {
	case math.IsNaN(lon) || math.IsInf(lon, 0) || math.IsNaN(lat) || math.IsInf(lat, 0):
		return fmt.Sprintf("coordinates [%v, %v] are not finite numbers", lon, lat)
	case lon < -180 || lon > 180:
		return fmt.Sprintf("longitude %v is out of range -180..180", lon)
	case lat < -90 || lat > 90:
		return fmt.Sprintf("latitude %v is out of range -90..90", lat)
	}
	return ""
}

// checkCamera says why c is not a valid camera, or "".
func checkCamera(c *story.Camera) string {
	if c == nil {
		return ""
	}
	if msg := checkLonLat(c.Center[0], c.Center[1]); msg != "" {
		return "camera centre: " + msg
	}
	if math.IsNaN(c.Zoom) || c.Zoom < 0 || c.Zoom > 22 {
		return fmt.Sprintf("camera zoom %v is out of range 0..22", c.Zoom)
	}
	return ""
}

// isDay reports whether s is a day YYYY-MM-DD.
func isDay(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil && len(s) == 10
}

// checkDate says why d is neither empty, a day YYYY-MM-DD nor a range
// YYYY-MM-DD/YYYY-MM-DD with the start not after the end, or "".
func checkDate(d string) string {
	if d == "" || isDay(d) {
		return ""
	}
	if a, b, ok := strings.Cut(d, "/"); ok && isDay(a) && isDay(b) {
		if a > b {
			return fmt.Sprintf("date range %q ends before it starts", d)
		}
		return ""
	}
	return fmt.Sprintf("date %q is not a day YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD", d)
}

// checkRefs says why ids are not distinct ids of kind known to s, or "".
func checkRefs(kind string, ids []string, known func(string) bool) string {
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if !known(id) {
			return fmt.Sprintf("unknown %s id %q", kind, id)
		}
		if seen[id] {
			return fmt.Sprintf("%s %q is listed twice", kind, id)
		}
		seen[id] = true
	}
	return ""
}

func hasPlace(s *story.Story) func(string) bool {
	return func(id string) bool { return s.PlaceByID(id) != nil }
}

func hasClaim(s *story.Story) func(string) bool {
	return func(id string) bool { return s.ClaimByID(id) != nil }
}

func hasSource(s *story.Story) func(string) bool {
	return func(id string) bool { return s.SourceByID(id) != nil }
}

// stepNumbers formats 0-based step indexes as the 1-based numbers the story
// panel shows: "step 2" or "steps 2, 5".
func stepNumbers(idx []int) string {
	var b strings.Builder
	if len(idx) == 1 {
		b.WriteString("step ")
	} else {
		b.WriteString("steps ")
	}
	for i, x := range idx {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d", x+1)
	}
	return b.String()
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

// quoteAll quotes each of ids.
func quoteAll(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = quote(id)
	}
	return out
}

func bodyTooLong(body string) string {
	return fmt.Sprintf("the text is %d bytes, more than the %d a step body may have", len(body), markup.MaxBodyBytes)
}

func noStep(op Op, id string) error  { return refuse(op, "there is no step %q", id) }
func noPlace(op Op, id string) error { return refuse(op, "there is no place %q", id) }
func noRoute(op Op, id string) error { return refuse(op, "there is no route %q", id) }
func noClaim(op Op, id string) error { return refuse(op, "there is no claim %q", id) }
