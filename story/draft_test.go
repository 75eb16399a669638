package story

import (
	"os"
	"strings"
	"testing"
)

func TestDraftFromSeedArticles(t *testing.T) {
	s, ps := Load("../data/kimputin/articles")
	if ps.HasErrors() {
		t.Fatalf("problems:\n%s", ps)
	}
	if !s.Draft || s.Title != "Draft: articles" {
		t.Fatalf("draft %v title %q", s.Draft, s.Title)
	}
	if len(s.Steps) != len(s.Sources)+1 || len(s.Sources) != 5 {
		t.Fatalf("%d steps for %d sources", len(s.Steps), len(s.Sources))
	}
	ov := s.Steps[0]
	if ov.ID != "overview" || len(ov.Sources) != 5 {
		t.Errorf("overview %+v", ov)
	}
	// Dated articles (001 and 002 carry " date 2023-09-11") come first, in
	// date order, then the undated ones by file name.
	var order []string
	for _, st := range s.Steps[1:] {
		order = append(order, st.ID+"@"+st.Date)
		if len(st.Sources) != 1 || st.Sources[0] != st.ID || len(st.Places) != 0 || st.Route != nil {
			t.Errorf("step %+v", st)
		}
	}
	want := "001_cc5587881c9cf29a@2023-09-11 002_6d468acdb8bdde8c@2023-09-11 000_ba495233cfdc63c8@ 003_86e7a0a32fc7023e@ 004_4c0ceaa2ad2e2645@"
	if strings.Join(order, " ") != want {
		t.Errorf("order %q\nwant  %q", strings.Join(order, " "), want)
	}
	// 003 opens with a headline; the others start with their first sentence.
	if got := s.Steps[4].Title; got != "Kim Jong Un arrives in Russian port city for summit with Vladimir Putin" {
		t.Errorf("003 title %q", got)
	}
	if got := s.Steps[3].Title; !strings.HasPrefix(got, "North Korean leader Kim Jong Un will visit Russia") || !strings.HasSuffix(got, "…") {
		t.Errorf("000 title %q", got)
	}
	if ov.Date != "2023-09-11" {
		t.Errorf("overview date %q", ov.Date)
	}
}

func TestDraftFromRootFiles(t *testing.T) {
	files := map[string]string{
		"b.txt":     "Second. Dated.\n",
		"a.md":      "---\ndate: 2020-01-02\ntitle: First\n---\nBody *text*.",
		"notes.pdf": "x",
	}
	s, ps := LoadFS(mapFS(files), "/tmp/my-folder/")
	if ps.HasErrors() || !s.Draft || s.Title != "Draft: my-folder" {
		t.Fatalf("%v %q\n%s", s.Draft, s.Title, ps)
	}
	if len(s.Steps) != 3 || s.Steps[1].Title != "First" || s.Steps[1].Body != `Body \*text\*.` || s.Steps[2].Title != "Second." {
		t.Errorf("steps %+v", s.Steps)
	}
}

// TestBundledStoryLoads checks the story shipped in data/kimputin.
func TestBundledStoryLoads(t *testing.T) {
	s, ps := LoadFS(os.DirFS("../data/kimputin"), "data/kimputin")
	if ps.HasErrors() {
		t.Fatalf("bundled story has errors:\n%s", ps.Errors())
	}
	for _, p := range ps {
		t.Logf("%s", p)
	}
	if len(s.Sources) != 5 || len(s.Steps) < 10 || len(s.Claims) < 15 || s.Draft {
		t.Errorf("%d sources, %d steps, %d claims", len(s.Sources), len(s.Steps), len(s.Claims))
	}
	if d := s.SourceByID("003_86e7a0a32fc7023e").Date; !strings.HasPrefix(d, "2019-04") {
		t.Errorf("003 is about April 2019, dated %q", d)
	}
}
