package quantity

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storylens/storylens/story/article"
)

func sents(texts ...string) []article.Sentence {
	var out []article.Sentence
	for i, t := range texts {
		out = append(out, article.Sentence{Paragraph: i, Line: i + 1, Text: t})
	}
	return out
}

// q formats a quantity for table tests: kind value unit -> normalised [iso] (qualifier) {about} "text".
func q(x Quantity) string {
	s := fmt.Sprintf("%s %g %s -> %.4g %s", x.Kind, x.Value, x.Unit, x.Normalized.Value, x.Normalized.Unit)
	if x.ISO != "" {
		s = fmt.Sprintf("%s %s", x.Kind, x.ISO)
	}
	if x.Qualifier != "" {
		s += " (" + x.Qualifier + ")"
	}
	if x.About != "" {
		s += " {" + x.About + "}"
	}
	return s + fmt.Sprintf(" %q", x.Text())
}

func TestExtract(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"After his 420-mile trip from Pyongyang by armored train, he was greeted.",
			[]string{`distance 420 mile -> 675.9 km {trip} "420-mile"`}},
		{"Vladivostok, which is a mere 430 miles northeast of Pyongyang.",
			[]string{`distance 430 mile -> 692 km (a mere) "430 miles"`}},
		{"The trip was expected to take 20 hours or more, according to Yonhap.",
			[]string{`duration 20 hour -> 20 h (or more) "20 hours or more"`}},
		{"Russia has expended vast stocks of weapons in more than 18 months of war in Ukraine.",
			[]string{`duration 18 month -> 1.315e+04 h (more than) "18 months"`}},
		{"Tens of thousands of North Koreans work in Russia.",
			[]string{`count 10000 count -> 1e+04 count (tens of thousands) {North Koreans} "Tens of thousands"`}},
		{"About 2,500 troops and five tanks crossed 4,000 km of steppe.",
			[]string{`count 2500 count -> 2500 count (about) {troops} "2,500"`, `count 5 count -> 5 count {tanks} "five"`,
				`distance 4000 km -> 4000 km "4,000 km"`}},
		{"The forum runs from Sept. 10-13, though it is not clear.",
			[]string{`date --09-10/--09-13 "Sept. 10-13"`}},
		{"North Korea closed its borders in January, 2020.", []string{`date 2020-01 "January, 2020"`}},
		{"Since Russia's invasion of Ukraine in February, 2022.", []string{`date 2022-02 "February, 2022"`}},
		{"Kim's last trip abroad in 2019 was also to Vladivostok.", []string{`date 2019 "2019"`}},
		{"On September 12, 2023 they met.", []string{`date 2023-09-12 "September 12, 2023"`}},
		// a day and a month with no year is a date, not a count of July
		{"The divers found them on 2 July.", []string{`date --07-02 "2 July"`}},
		{"Support fell 12.5% and then 3 percent.",
			[]string{`percent 12.5 % -> 12.5 % "12.5%"`, `percent 3 % -> 3 % "3 percent"`}},
		{"A deal worth $1.5 billion was signed.", []string{`money 1.5e+09 USD -> 1.5e+09 USD "$1.5 billion"`}},
		{"The two leaders met; one-on-one talks followed.", nil},
		{"It may rain. The train overshot its mark by a few feet.", nil},
		{"", nil},
	} {
		var got []string
		for _, x := range Extract("s", sents(c.in)) {
			got = append(got, q(x))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("Extract(%q):\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestExtractDatedYear(t *testing.T) {
	qs := ExtractDated("s", "2023-09-11", sents("The forum runs from Sept. 10-13.", "It ended in February with nothing."))
	if len(qs) != 2 || qs[0].ISO != "2023-09-10/2023-09-13" || qs[1].ISO != "2023-02" {
		t.Fatalf("got %v", qs)
	}
	if want := float64(19610); math.Abs(qs[0].Normalized.Value-want) > 0.5 { // 2023-09-10
		t.Errorf("days since epoch %v, want %v", qs[0].Normalized.Value, want)
	}
}

func TestExtractSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../data/kimputin/articles/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range ExtractDated(filepath.Base(f)[:3], a.Date, a.Sentences) {
			t.Logf("%s: %s %v", x.Source, q(x), x.Places)
		}
	}
}

// On the seeds: the 420-mile trip (003) and the 430 miles (004) are no
// conflict here, where the 420-mile sentence names only Pyongyang (they are
// one when the lead adds 003's focus place, Vladivostok: TestConflicts and
// story/analysis), and both distances are checked against the map.
func TestSeedsConflictsAndChecks(t *testing.T) {
	files, _ := filepath.Glob("../../data/kimputin/articles/*.txt")
	if len(files) != 5 {
		t.Fatalf("%d seed articles", len(files))
	}
	var qs []Quantity
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, ExtractDated(filepath.Base(f)[:3], a.Date, a.Sentences)...)
	}
	if cs := Conflicts(qs, Tolerances{}); len(cs) != 0 {
		t.Fatalf("conflicts: %+v", cs)
	}
	checks := Checks(qs, seedPlaces, RoutesByStops([]Route{railway()}))
	if len(checks) != 2 {
		t.Fatalf("checks: %+v", checks)
	}
	for _, c := range checks {
		b := ""
		if c.Bearing != nil {
			b = fmt.Sprintf(" bearing %s %.0f° %s", c.Bearing.Stated, c.Bearing.Computed, c.Bearing.Verdict)
		}
		t.Logf("check %s %q %s-%s: %.0f km %s: %s%s", c.Source, c.Text, c.From, c.To, c.Computed.Value, c.Computed.Method, c.Verdict, b)
	}
	if checks[0].Source != "003" || !strings.HasPrefix(checks[0].Verdict, "shorter than the route") ||
		checks[1].Source != "004" || !strings.HasPrefix(checks[1].Verdict, "consistent") {
		t.Errorf("verdicts: %q, %q", checks[0].Verdict, checks[1].Verdict)
	}
}
