package cli

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, Env{Stdout: &out, Stderr: &errb, OpenGUI: func(string) error {
		t.Fatalf("OpenGUI called for %v", args)
		return nil
	}})
	return code, out.String(), errb.String()
}

func TestVersionMatchesFyneAppToml(t *testing.T) {
	b, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`).FindSubmatch(b)
	if m == nil || string(m[1]) != Version {
		t.Fatalf("FyneApp.toml version %q, cli.Version %q", m, Version)
	}
	code, out, _ := run(t, "--version")
	if code != 0 || out != "storylens "+Version+"\n" {
		t.Fatalf("--version: %d %q", code, out)
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{
		{"--bogus"},
		{"a", "b"},
		{"analyze", "a", "b"},
		{"analyze", "--nope"},
		{"init"},
		{"export"},
		{"export", "pdf"},
		{"export", "charts"},
		{"export", "charts", "--out", "x", "--size", "9x9"},
		{"export", "charts", "--out", "x", "--scale", "9"},
		{"export", "charts", "--out", "x", "--format", "gif"},
		{"export", "charts", "--out", "x", "--chart", "pie"},
		{"export", "map"},
		{"import"},
		{"import", "storymapjs", "f.json"},
	} {
		code, _, stderr := run(t, args...)
		if code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, ExitUsage)
		}
		if stderr == "" {
			t.Errorf("%v: nothing on stderr", args)
		}
	}
}

func TestHelpForEveryCommand(t *testing.T) {
	code, out, _ := run(t, "--help")
	if code != 0 || !strings.Contains(out, "Commands:") {
		t.Fatalf("--help: %d %q", code, out)
	}
	for _, args := range [][]string{{"validate", "--help"}, {"analyze", "--help"}, {"init", "--help"},
		{"export", "--help"}, {"export", "charts", "--help"}, {"export", "map", "--help"},
		{"export", "geojson", "--help"}, {"export", "csv", "--help"}, {"export", "storymapjs", "--help"},
		{"import", "--help"}, {"import", "storymapjs", "--help"}} {
		code, out, _ := run(t, args...)
		if code != 0 || !strings.Contains(out, "Usage: storylens") {
			t.Errorf("%v: exit %d, output %q", args, code, out)
		}
	}
}

func TestDefaultCommandOpensTheWindow(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{{nil, ""}, {[]string{"some/story"}, "some/story"}} {
		var got *string
		code := Main(tc.args, Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, OpenGUI: func(p string) error {
			got = &p
			return nil
		}})
		if code != 0 || got == nil || *got != tc.want {
			t.Errorf("%v: code %d, opened %v, want %q", tc.args, code, got, tc.want)
		}
	}
}

func TestValidateBundledStory(t *testing.T) {
	code, out, stderr := run(t, "validate")
	if code != 0 || !strings.Contains(out, "ok (5 sources") {
		t.Fatalf("validate: exit %d\n%s%s", code, out, stderr)
	}
}

func TestValidateBrokenStoryNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "articles"), 0o755)
	os.WriteFile(filepath.Join(dir, "articles", "a.txt"), []byte("Kim went to Vladivostok by train."), 0o644)
	os.WriteFile(filepath.Join(dir, "story.json"), []byte("{\n  \"title\": \"x\",\n  \"steps\": [\n    {\"id\": \"s1\",, }\n  ]\n}\n"), 0o644)
	code, out, _ := run(t, "validate", dir)
	if code != ExitFailure {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	if !regexp.MustCompile(`story\.json:4(:\d+)?: `).MatchString(out) {
		t.Fatalf("want story.json:4: ... in\n%s", out)
	}
}

func TestAnalyzeJSONOfBundledStory(t *testing.T) {
	code, out, stderr := run(t, "analyze", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r struct {
		Sources []struct{ ID string }
		Claims  []struct {
			ID      string
			Origin  string
			Sources []string
		}
		Routes []struct{ LengthKm float64 }
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) != 5 {
		t.Errorf("%d sources, want 5", len(r.Sources))
	}
	curated := 0
	for _, c := range r.Claims {
		if c.Origin == "curated" {
			curated++
			if len(c.Sources) == 0 {
				t.Errorf("curated claim %s is supported by no source", c.ID)
			}
		}
	}
	if curated < 15 {
		t.Errorf("%d curated claims, want at least 15", curated)
	}
	if len(r.Routes) == 0 || r.Routes[0].LengthKm < 687 {
		t.Errorf("routes %+v: want the rail route, longer than the 687 km great circle", r.Routes)
	}
	code, text, _ := run(t, "analyze")
	if code != 0 || !strings.Contains(text, "Claims, by number of sources") {
		t.Errorf("analyze text: exit %d\n%s", code, text)
	}
}

func TestInitWritesALoadableCopyAndNeverOverwrites(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mystory")
	if code, _, stderr := run(t, "init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, stderr)
	}
	if code, out, _ := run(t, "validate", dir); code != 0 {
		t.Fatalf("validate of init's copy: %d\n%s", code, out)
	}
	a, _ := os.ReadFile(filepath.Join(dir, "articles", "000_ba495233cfdc63c8.txt"))
	b, _ := os.ReadFile("../data/kimputin/articles/000_ba495233cfdc63c8.txt")
	if !bytes.Equal(a, b) {
		t.Error("init changed an article's bytes")
	}
	if code, _, _ := run(t, "init", dir); code != ExitFailure {
		t.Errorf("second init into the same folder: exit %d, want 1", code)
	}
}

func TestExportChartsAndMap(t *testing.T) {
	if testing.Short() {
		t.Skip("renders charts")
	}
	dir := t.TempDir()
	code, out, stderr := run(t, "export", "charts", "--out", dir, "--format", "png,svg,html", "--chart", "claim-frequency", "--size", "960x560", "--scale", "2")
	if code != 0 {
		t.Fatalf("export charts: %d %s", code, stderr)
	}
	for _, ext := range []string{"png", "svg", "html"} {
		if !strings.Contains(out, "claim-frequency."+ext) {
			t.Errorf("output does not list claim-frequency.%s: %s", ext, out)
		}
	}
	f, err := os.Open(filepath.Join(dir, "claim-frequency.png"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(f)
	f.Close()
	if err != nil || cfg.Width != 1920 || cfg.Height != 1120 {
		t.Errorf("PNG %dx%d (%v), want 1920x1120", cfg.Width, cfg.Height, err)
	}
	if code, _, _ := run(t, "export", "charts", "--out", dir, "--format", "svg", "--chart", "claim-frequency"); code != ExitFailure {
		t.Errorf("export over an existing file without --force: exit %d, want 1", code)
	}
	if code, _, _ := run(t, "export", "charts", "--out", dir, "--format", "svg", "--chart", "claim-frequency", "--force"); code != 0 {
		t.Errorf("export with --force: exit %d", code)
	}

	mp := filepath.Join(dir, "map.png")
	if code, _, stderr := run(t, "export", "map", "--step", "-1", "--size", "800x500", "--out", mp); code != 0 {
		t.Fatalf("export map: %d %s", code, stderr)
	}
	f, err = os.Open(mp)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err = png.DecodeConfig(f)
	f.Close()
	if err != nil || cfg.Width != 800 || cfg.Height != 500 {
		t.Errorf("map PNG %dx%d (%v), want 800x500", cfg.Width, cfg.Height, err)
	}
	if code, _, _ := run(t, "export", "map", "--step", "99", "--out", filepath.Join(dir, "m2.png")); code != ExitFailure {
		t.Errorf("--step 99: exit %d, want 1", code)
	}
}

// TestExportChartsPublishingFlags: --preset fixes the PNG's pixels, the
// caption flags reach the SVG, and bad values say what is allowed.
func TestExportChartsPublishingFlags(t *testing.T) {
	if testing.Short() {
		t.Skip("renders charts")
	}
	dir := t.TempDir()
	code, _, stderr := run(t, "export", "charts", "--out", dir, "--format", "png,svg", "--charts", "timeline",
		"--preset", "web", "--theme", "dark", "--title", "When they wrote", "--subtitle", "Two trips",
		"--notes", "Dates from each article's front matter.", "--credit", "Source: our own archive")
	if code != 0 {
		t.Fatalf("export charts: %d %s", code, stderr)
	}
	f, err := os.Open(filepath.Join(dir, "timeline.png"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(f)
	f.Close()
	if err != nil || cfg.Width != 1200 || cfg.Height != 675 {
		t.Errorf("--preset web: PNG %dx%d (%v), want 1200x675", cfg.Width, cfg.Height, err)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "timeline.svg"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"When they wrote", "Two trips", "Dates from each article", "Source: our own archive"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--size", "10x10"}, "200x150"},
		{[]string{"--preset", "poster"}, "web, slide, a4, letter"},
		{[]string{"--preset", "web", "--size", "960x560"}, "not both"},
		{[]string{"--theme", "sepia"}, "light, dark, transparent"},
		{[]string{"--charts", "pie"}, "claim-frequency"},
	} {
		args := append([]string{"export", "charts", "--out", t.TempDir()}, tc.args...)
		code, _, stderr := run(t, args...)
		if code != ExitUsage || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want usage error naming %q", tc.args, code, stderr, tc.want)
		}
	}
}
