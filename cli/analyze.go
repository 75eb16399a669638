package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/storylens/storylens/story"
	"github.com/storylens/storylens/story/analysis"
)

func runAnalyze(env Env, args []string) int {
	fs := newFlagSet("analyze", "analyze [PATH] [--json]",
		"Analyses the story at PATH (the bundled story when omitted): sources, places, claims (curated and\n"+
			"discovered), routes, steps, quantities, conflicts, checks and coverage. --json prints the schema\n"+
			"documented in docs/analyze-json.md.")
	asJSON := fs.Bool("json", false, "print JSON (docs/analyze-json.md)")
	noDiscovery := fs.Bool("no-discovery", false, "do not look for shared claims automatically")
	evidence := fs.Bool("evidence", false, "with --json, include the sentences that mention each place")
	pos, code, ok := parseArgs(fs, env, args, 1)
	if !ok {
		return code
	}
	path := ""
	if len(pos) == 1 {
		path = pos[0]
	}
	s, rep, code := loadAndAnalyze(env, "analyze", path, analysis.Options{NoDiscovery: *noDiscovery, NoRouteLines: *asJSON})
	if rep == nil {
		return code
	}
	if *asJSON {
		if err := writeReportJSON(env.Stdout, rep, *evidence); err != nil {
			return failf(env, "analyze", "%v", err)
		}
		return ExitOK
	}
	printReport(env.Stdout, s, rep)
	return ExitOK
}

// loadAndAnalyze loads a story, prints its problems to stderr, analyses it
// and returns the story as resolved by the analysis (its own places plus
// those found in the articles, see analysis.Resolve). It returns a nil
// report (and the exit code) when loading failed.
func loadAndAnalyze(env Env, cmd, path string, opt analysis.Options) (*story.Story, *analysis.Report, int) {
	s, problems := openStory(path)
	for _, p := range problems {
		fmt.Fprintln(env.Stderr, p.String())
	}
	if problems.HasErrors() {
		return nil, nil, failf(env, cmd, "the story has errors; nothing done")
	}
	limitMemoryFor(s)
	rep, err := analysis.Run(s, opt)
	if err != nil {
		return nil, nil, failf(env, cmd, "%v", err)
	}
	return analysis.Resolve(s, rep), rep, ExitOK
}

func printReport(w io.Writer, s *story.Story, r *analysis.Report) {
	fmt.Fprintf(w, "%s\n%s\n\n", r.Title, strings.Repeat("=", len([]rune(r.Title))))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	section := func(title string, n int) {
		tw.Flush()
		fmt.Fprintf(w, "\n%s (%d)\n", title, n)
	}

	section("Sources", len(r.Sources))
	fmt.Fprintln(tw, "ID\tDATE\tWORDS\tPARAS\tDUP\tCLAIMS\tONLY HERE\tPLACES\tTITLE")
	for _, src := range r.Sources {
		date := src.Date
		if src.DateInferred {
			date += " (inferred)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", src.ID, date, src.Words, src.Paragraphs,
			src.DuplicateParagraphs, len(src.Claims), len(src.UniqueClaims), len(src.Places), shorten(src.Title, 60))
	}

	section("Claims, by number of sources", len(r.Claims))
	fmt.Fprintln(tw, "SOURCES\tORIGIN\tID\tLABEL")
	for _, c := range sortedClaims(r.Claims) {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", len(c.Sources), c.Origin, c.ID, shorten(c.Label, 80))
	}

	section("Places, by mentions", len(r.Places))
	fmt.Fprintln(tw, "MENTIONS\tSOURCES\tORIGIN\tKIND\tLAT\tLON\tNAME")
	for _, p := range r.Places {
		if p.Mentions == 0 && p.Origin != "story" {
			continue
		}
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%.4f\t%.4f\t%s\n", p.Mentions, len(p.Sources), p.Origin, p.Kind, p.Lat, p.Lon, p.Name)
	}

	section("Routes", len(r.Routes))
	fmt.Fprintln(tw, "ID\tMODE\tPOINTS\tLENGTH\tNAME")
	for _, rt := range r.Routes {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.1f km (%.0f mi)\t%s\n", rt.ID, rt.Mode, rt.Points, rt.LengthKm, rt.LengthKm/1.609344, rt.Name)
	}

	section("Steps", len(r.Steps))
	fmt.Fprintln(tw, "#\tDATE\tPLACES\tCLAIMS\tSOURCES\tTITLE")
	for i, st := range r.Steps {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%d\t%s\n", i+1, st.Date, len(st.Places), len(st.Claims), len(st.Sources), shorten(st.Title, 70))
	}

	section("Quantities", len(r.Quantities))
	fmt.Fprintln(tw, "SOURCE\tTEXT\tNORMALISED")
	for _, q := range r.Quantities {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Source, shorten(q.Text, 40), formatValue(q.Normalized))
	}

	section("Conflicts", len(r.Conflicts))
	for _, c := range r.Conflicts {
		var vals []string
		for _, v := range c.Values {
			vals = append(vals, formatValue(v))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.About, strings.Join(vals, " vs "), strings.Join(c.Sources, ", "), c.Verdict)
	}

	section("Checks against the map", len(r.Checks))
	for _, c := range r.Checks {
		line := fmt.Sprintf("%s\tstated %s\t%s %s\t%s", c.Source, formatValue(c.Stated),
			c.Computed.Method, formatValue(analysis.Value{Value: c.Computed.Value, Unit: c.Computed.Unit}), c.Verdict)
		if c.Bearing != nil {
			line += fmt.Sprintf("\tdirection %q vs %.0f°: %s", c.Bearing.Stated, c.Bearing.Computed, c.Bearing.Verdict)
		}
		fmt.Fprintln(tw, line)
	}
	tw.Flush()
	_ = s
}

func formatValue(v analysis.Value) string {
	if v.Unit == "date" || v.Unit == "" {
		return fmt.Sprintf("%g %s", v.Value, v.Unit)
	}
	return fmt.Sprintf("%.4g %s", v.Value, v.Unit)
}

func sortedClaims(cs []analysis.ClaimReport) []analysis.ClaimReport {
	out := append([]analysis.ClaimReport(nil), cs...)
	// stable: by sources, descending, keeping report order on ties
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].Sources) > len(out[j-1].Sources); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// shorten cuts s to at most n runes, ending with an ellipsis when cut.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
