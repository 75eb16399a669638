package app

import (
	"strings"
	"testing"

	"github.com/storylens/storylens/story"
)

// citeStory has sources cited by id, by the part of the id before "_",
// ambiguously, and ids that must never be taken for a citation.
func citeStory() *story.Story {
	return &story.Story{Sources: []*story.Source{
		{ID: "003_86e7a0a32fc7023e", Title: "Kim Jong Un arrives in Russian port city"},
		{ID: "001_cc5587881c9cf29a", Outlet: "AP", Title: "Officials confirm"},
		{ID: "007_a", Outlet: "Seven A"},
		{ID: "007_b", Outlet: "Seven B"},
		{ID: "a", Outlet: "Alpha News"},
		{ID: "2019", Outlet: "Year Wire"},
		{ID: "01-new-indian-express", Outlet: "The New Indian Express"},
		{ID: "x9"},
	}}
}

// TestCiterSplit: a source cited by its id or its short id is shown by
// its outlet, else its title in quotes, else its id; plain words, numbers,
// dates, ambiguous short ids and unknown ids are left as written.
func TestCiterSplit(t *testing.T) {
	c := newCiter(citeStory(), nil)
	for _, tc := range []struct{ in, want string }{
		{"experts quoted by 003 thought", "experts quoted by “Kim Jong Un arrives in Russian port city” thought"},
		{"(001, 002, 003).", "(AP, 002, “Kim Jong Un arrives in Russian port city”)."},
		{"001; 003_86e7a0a32fc7023e says", "AP; “Kim Jong Un arrives in Russian port city” says"},
		{"in 2019 a trip", "in 2019 a trip"},
		{"by 007 and 007_b", "by 007 and Seven B"},
		{"see 01-new-indian-express.", "see The New Indian Express."},
		{"1003 A003 003x 0031", "1003 A003 003x 0031"},
		{"x9 said", "x9 said"},
		{"no citation", "no citation"},
		{"", ""},
		{"Здравствуйте 001 — 003", "Здравствуйте AP — “Kim Jong Un arrives in Russian port city”"},
	} {
		var got strings.Builder
		for _, p := range c.split(tc.in) {
			got.WriteString(p.text)
		}
		if got.String() != tc.want {
			t.Errorf("split(%q) = %q, want %q", tc.in, got.String(), tc.want)
		}
	}
	if ps := c.split("by 003 thought"); len(ps) != 3 || ps[1].source != "003_86e7a0a32fc7023e" || ps[1].word != "003" {
		t.Errorf("split(by 003 thought) = %+v, want the citation alone in the middle", ps)
	}
	if ps := newCiter(nil, nil).split("by 003"); len(ps) != 1 || ps[0].text != "by 003" {
		t.Errorf("a citer of no story changed the text: %+v", ps)
	}
}

// FuzzCiterSplit: whatever the text, split loses nothing: its pieces, each
// citation put back as written, are the text.
func FuzzCiterSplit(f *testing.F) {
	for _, s := range []string{"quoted by 003 thought", "(001, 002)", "", "003_86e7a0a32fc7023e", "é003é", "a\xff001", "\xff003 \xe9003"} {
		f.Add(s)
	}
	c := newCiter(citeStory(), nil)
	f.Fuzz(func(t *testing.T, s string) {
		var back strings.Builder
		for _, p := range c.split(s) {
			if p.source != "" {
				if c.refs[p.word] != p.source || p.text != c.names[p.source] {
					t.Fatalf("piece %+v", p)
				}
				back.WriteString(p.word)
			} else {
				back.WriteString(p.text)
			}
		}
		if back.String() != s {
			t.Fatalf("split(%q) gives back %q", s, back.String())
		}
	})
}

// TestStepTextNamesItsSources: the bundled story's steps cite sources by
// id ("quoted by 003"); the step text, the presentation and the step
// editor's preview show each by its title instead, the step text as a link
// that opens the source's article in the evidence panel; the story keeps
// the ids.
func TestStepTextNamesItsSources(t *testing.T) {
	bundled := DefaultLoader("", func(string) {})
	if bundled.Failed {
		t.Fatalf("bundled story: %v", bundled.Problems)
	}
	u, _ := newTestUI(t)
	u.Loader = func(string, func(string)) Loaded { return bundled }
	openAndWait(t, u, "")
	const id = "003_86e7a0a32fc7023e"
	title := "“" + u.nav.Story().SourceByID(id).Title + "”"
	u.GoTo(1) // the 2019 train: "(003)", "experts quoted by 003"
	if body := u.nav.Current().Body; !strings.Contains(body, "quoted by 003") {
		t.Fatalf("the story's text does not cite 003 as expected: %q", body)
	}
	text := u.stepBody.Text()
	if strings.Contains(text, "003") || !strings.Contains(text, "quoted by "+title) {
		t.Errorf("step text %q: want the source's title for 003", text)
	}
	var link *markLink
	for _, sg := range u.stepBody.rt.Segments {
		if l, ok := sg.(*markLink); ok && strings.HasPrefix(title, l.Text) {
			link = l
			break
		}
	}
	if link == nil {
		t.Fatal("the citation is not a link")
	}
	link.OnTapped()
	if sel := u.nav.Selection(); sel.Kind != SelSource || sel.ID != id {
		t.Errorf("tapping the citation selected %+v, want source %s", sel, id)
	}
	for i, st := range u.nav.Story().Steps {
		u.GoTo(i)
		for _, s := range u.nav.Story().Sources {
			if short := s.ID[:3]; strings.Contains(st.Body, short) && strings.Contains(u.stepBody.Text(), short) {
				t.Errorf("step %d still shows %s: %q", i+1, short, u.stepBody.Text())
			}
		}
	}
	u.GoTo(1)
	u.Present(true)
	defer u.Present(false)
	if text := u.present.body.Text(); strings.Contains(text, "003") || !strings.Contains(text, title) {
		t.Errorf("presentation text %q: want the title for 003", text)
	}
}
