package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerplatePrefixes open lines that are page furniture, not reporting:
// captions, credits, cross-links (compared in lower case, at a word
// boundary).
var boilerplatePrefixes = []string{
	"photo:", "photos:", "photo credit", "picture:", "pictures:", "image:", "images:", "file photo", "video:",
	"watch:", "listen:", "caption:", "credit:", "credits:", "related:", "related stories", "read more",
	"read also", "also read", "see also", "more:", "subscribe", "sign up", "click here", "follow us",
	"copyright", "©", "(reporting by", "reporting by", "editing by", "(editing by", "writing by",
}

// markerLines are whole lines of page furniture (lower case, without
// brackets and final punctuation).
var markerLines = map[string]bool{"advertisement": true, "story continues below": true, "continue reading": true,
	"article continues below": true, "scroll to continue": true, "ad": true, "sponsored": true}

// IsBoilerplate reports whether a sentence is page furniture rather than
// claim material: a caption ("Photo: ...", "... / Reuters"), a credit, a
// byline ("By Jane Doe"), a cross-link ("Related: ..."), an ad marker
// ("Advertisement", "(Story continues below)") or a dateline alone
// ("JAKARTA, Indonesia —"). Such lines take part in no claim.
func IsBoilerplate(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if c := s[0]; !(c >= 'A' && c <= 'Z' || c == '(' || c >= 0x80) {
		return false // furniture opens with a capital, "(" or "©"
	}
	head := s
	if len(head) > 40 {
		head = head[:40]
	}
	// Only lines whose first word opens some prefix or marker are compared
	// with them all.
	fw := head
	if i := strings.IndexAny(fw, " :"); i >= 0 {
		fw = fw[:i]
	}
	fw = strings.TrimLeft(fw, "(")
	var buf [16]byte
	if len(fw) > len(buf) {
		return furnitureTail(s)
	}
	for i := 0; i < len(fw); i++ {
		c := fw[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if !furnitureFirst[string(buf[:len(fw)])] { // no allocation: a map index
		return furnitureTail(s)
	}
	low := strings.ToLower(head)
	if len(s) < 40 && markerLines[strings.Trim(low, "()[]. ")] {
		return true
	}
	for _, p := range boilerplatePrefixes {
		// A prefix that ends in a letter must end a word there.
		if strings.HasPrefix(low, p) && (len(low) == len(p) || !asciiLetter(low[len(p)-1]) || !asciiLetter(low[len(p)])) {
			return true
		}
	}
	return furnitureTail(s)
}

// furnitureFirst are the first words (lower case, without "(") of
// boilerplatePrefixes, markerLines and bylines.
var furnitureFirst = func() map[string]bool {
	m := map[string]bool{"by": true}
	add := func(p string) {
		p = strings.TrimLeft(p, "(")
		if i := strings.IndexAny(p, " :"); i >= 0 {
			p = p[:i]
		}
		m[p] = true
	}
	for _, p := range boilerplatePrefixes {
		add(p)
	}
	for p := range markerLines {
		add(p)
	}
	return m
}()

// furnitureTail reports the furniture that shows at a line's end: credits
// ("... contributed reporting"), photo credits (" / Reuters") and a
// dateline alone.
func furnitureTail(s string) bool {
	if strings.Contains(s, "contributed") {
		t := strings.TrimRight(s, ". ")
		if strings.HasSuffix(t, "contributed reporting") || strings.HasSuffix(t, "contributed to this report") ||
			strings.HasSuffix(t, "contributed to this story") {
			return true // a credit: "The Associated Press contributed reporting."
		}
	}
	if creditTail(s) {
		return true
	}
	// A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
	if strings.HasPrefix(s, "By ") && len(s) < 80 {
		words := strings.Fields(s)
		if len(words) <= 7 && allCapitalised(words[1:]) {
			return true
		}
	}
	// A dateline alone: "JAKARTA, Indonesia —", "BRASILIA (dpa-AFX) —".
	if len(s) < 60 && s[0] >= 'A' && s[0] <= 'Z' && datelineEnd(s) == len(s) {
		return true
	}
	return false
}

// creditTail reports whether s ends in a photo credit: " / Reuters",
// " / AP Photo", " | Getty Images" (one to four capitalised words after
// the slash, no final full stop).
func creditTail(s string) bool {
	if s[len(s)-1] == '.' {
		return false
	}
	i := strings.LastIndex(s, " / ")
	if j := strings.LastIndex(s, " | "); j > i {
		i = j
	}
	if i < 0 {
		return false
	}
	tail := strings.TrimSpace(s[i+3:])
	if tail == "" || strings.HasSuffix(tail, ".") {
		return false
	}
	w := strings.Fields(tail)
	return len(w) <= 4 && allCapitalised(w[:1])
}

func allCapitalised(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !strings.ContainsAny(w, "&") && w != "and" && w != "of" && w != "de" {
			return false
		}
	}
	return true
}

// datelineEnd returns the byte offset just after a leading dateline ("WASHINGTON —",
// "JAKARTA, Indonesia — ", "BRASILIA (dpa-AFX) — ", "HIROSHIMA (EFE) -- ",
// "NAIROBI, Sept. 10 (Reuters) — "), or 0 when s has none. A dateline is a
// word in capitals (two or more letters, possibly several words), an
// optional ", Region" or ", Date", "(Agency)", then a dash.
func datelineEnd(s string) int {
	// Words in capitals ("RIO DE JANEIRO", "PORT-AU-PRINCE", "ST. PAUL"),
	// separated by single spaces.
	i, caps := 0, 0
	for {
		j, up := i, 0
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsUpper(r) {
				up++
			} else if unicode.IsLower(r) || !(r == '.' || r == '\'' || r == '’' || r == '-' && up > 0) {
				break
			}
			j += n
		}
		if up == 0 || j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != '(' {
			break
		}
		caps += up
		i = j
		if i < len(s) && s[i] == ' ' && i+1 < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsUpper(r) {
				i++
				continue
			}
		}
		break
	}
	if caps < 2 {
		return 0
	}
	rest := s[i:]
	// ", Region" (capitalised words), "(Agency)".
	if strings.HasPrefix(rest, ", ") {
		j := 2
		for j < len(rest) {
			r, n := utf8.DecodeRuneInString(rest[j:])
			if r == '(' || r == '—' || r == '–' || (r == '-' && j+1 < len(rest) && rest[j+1] == '-') {
				break
			}
			// a date may follow: "Sept. 10", "May 7, 2024"
			if r == '.' && j > 0 && asciiLetter(rest[j-1]) && j+1 < len(rest) && rest[j+1] == ' ' ||
				r == ',' && j+2 < len(rest) && rest[j+1] == ' ' && rest[j+2] >= '0' && rest[j+2] <= '9' {
				j += n
				continue
			}
			if r == ',' || r == '.' || r == '"' || r == '“' {
				return 0
			}
			j += n
		}
		region := strings.Fields(strings.NewReplacer(",", "", ".", "").Replace(rest[2:j]))
		if len(region) == 0 || len(region) > 5 || !capitalisedOrDate(region) {
			return 0
		}
		rest = rest[j:]
	}
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "(") {
		k := strings.IndexByte(rest, ')')
		if k < 0 || k > 40 {
			return 0
		}
		rest = strings.TrimLeft(rest[k+1:], " ")
	}
	for _, d := range []string{"—", "–", "--", "-"} {
		if strings.HasPrefix(rest, d) {
			rest = strings.TrimLeft(rest[len(d):], " ")
			return len(s) - len(rest)
		}
	}
	return 0
}

// capitalisedOrDate is true when every word is capitalised (a region) or
// a number (a day or year of a dateline's date: "Sept 10 2023"), and at
// least one is capitalised.
func capitalisedOrDate(words []string) bool {
	caps := 0
	for _, w := range words {
		switch {
		case allCapitalised([]string{w}):
			caps++
		case strings.Trim(w, "0123456789") == "" && len(w) <= 4:
		default:
			return false
		}
	}
	return caps > 0
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
