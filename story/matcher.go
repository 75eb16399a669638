package story

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ClaimMatcher finds a claim in a sentence. Build one with CompileClaim.
type ClaimMatcher struct {
	Claim *Claim
	res   []*regexp.Regexp
	// bounded[i] is true when matcher i is a phrase, whose matches must
	// start and end on word boundaries.
	bounded []bool
}

// quoteClasses make phrases tolerant of straight and curly quotes.
var quoteClasses = map[rune]string{
	'"': `["“”„«»]`, '“': `["“”„«»]`, '”': `["“”„«»]`, '„': `["“”„«»]`,
	'\'': `['‘’‚` + "`" + `]`, '‘': `['‘’‚` + "`" + `]`, '’': `['‘’‚` + "`" + `]`,
}

// CompileClaim compiles the claim's matchers. A matcher written /.../ is an
// RE2 regular expression; any other is a phrase matched case-insensitively
// on word boundaries, tolerant of curly versus straight quotes and
// apostrophes and of runs of whitespace. All matching is case-insensitive.
// Errors name the claim id and the matcher's index.
func CompileClaim(c *Claim) (*ClaimMatcher, error) {
	m := &ClaimMatcher{Claim: c}
	if len(c.Matchers) == 0 {
		return nil, fmt.Errorf("claim %q: no matchers", c.ID)
	}
	for i, s := range c.Matchers {
		re, phrase, err := compileMatcher(s)
		if err != nil {
			return nil, fmt.Errorf("claim %q: matchers[%d] %q: %w", c.ID, i, s, err)
		}
		m.res = append(m.res, re)
		m.bounded = append(m.bounded, phrase)
	}
	return m, nil
}

func compileMatcher(s string) (re *regexp.Regexp, phrase bool, err error) {
	if len(s) >= 2 && s[0] == '/' && s[len(s)-1] == '/' {
		body := s[1 : len(s)-1]
		if strings.TrimSpace(body) == "" {
			return nil, false, fmt.Errorf("empty regular expression")
		}
		re, err := regexp.Compile("(?i)" + body)
		if err != nil {
			return nil, false, fmt.Errorf("not a valid RE2 regular expression: %v", strings.TrimPrefix(err.Error(), "error parsing regexp: "))
		}
		if re.MatchString("") {
			return nil, false, fmt.Errorf("regular expression matches the empty string, so it would match every sentence")
		}
		return re, false, nil
	}
	words := strings.Fields(s)
	if len(words) == 0 {
		return nil, true, fmt.Errorf("empty phrase")
	}
	var b strings.Builder
	b.WriteString("(?i)")
	for i, w := range words {
		if i > 0 {
			b.WriteString(`\s+`)
		}
		for _, r := range w {
			if class, ok := quoteClasses[r]; ok {
				b.WriteString(class)
			} else {
				b.WriteString(regexp.QuoteMeta(string(r)))
			}
		}
	}
	re, err = regexp.Compile(b.String())
	return re, true, err
}

// Match returns the byte range of the first match of any of the claim's
// matchers in sentence (matchers tried in order).
func (m *ClaimMatcher) Match(sentence string) (start, end int, ok bool) {
	_, start, end, ok = m.MatchIndex(sentence)
	return
}

// MatchIndex is Match that also returns which matcher matched.
func (m *ClaimMatcher) MatchIndex(sentence string) (matcher, start, end int, ok bool) {
	for i, re := range m.res {
		if !m.bounded[i] {
			if loc := re.FindStringIndex(sentence); loc != nil {
				return i, loc[0], loc[1], true
			}
			continue
		}
		for off := 0; off < len(sentence); {
			loc := re.FindStringIndex(sentence[off:])
			if loc == nil {
				break
			}
			s, e := off+loc[0], off+loc[1]
			if onBoundary(sentence, s, e) {
				return i, s, e, true
			}
			// Try again from the next character after this start.
			_, size := utf8.DecodeRuneInString(sentence[s:])
			off = s + size
		}
	}
	return -1, 0, 0, false
}

// onBoundary reports whether sentence[s:e] starts and ends on word
// boundaries: no letter or digit continues a word across either end.
func onBoundary(sentence string, s, e int) bool {
	if s > 0 {
		before, _ := utf8.DecodeLastRuneInString(sentence[:s])
		first, _ := utf8.DecodeRuneInString(sentence[s:])
		if isWordRune(before) && isWordRune(first) {
			return false
		}
	}
	if e < len(sentence) {
		after, _ := utf8.DecodeRuneInString(sentence[e:])
		last, _ := utf8.DecodeLastRuneInString(sentence[:e])
		if isWordRune(after) && isWordRune(last) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
