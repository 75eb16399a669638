package charts

import (
	"fmt"

	"github.com/storylens/storylens/story/analysis"
)

// testReport is a small story: five sources (one from 2019, one with an
// inferred date), claims reported by 1 to 5 of them, a few places.
func testReport() *analysis.Report {
	srcs := []analysis.SourceReport{
		{ID: "000_a", Title: "Kremlin: Kim Jong Un to visit Russia in the coming days", Date: "2023-09-11", DateInferred: true, DateReason: "The Kremlin said Monday"},
		{ID: "001_b", Title: "Kim Jong Un will meet Putin in Russia, officials confirm", Date: "2023-09-11"},
		{ID: "002_c", Title: "North Korean leader's train heads to Russia", Date: "2023-09-12"},
		{ID: "003_d", Title: "Kim arrives in Vladivostok by armored train for first summit with Putin", Date: "2019-04-24"},
		{ID: "004_e", Title: "Kim's armored train crosses into Russia", Outlet: "Wire", Date: "2023-09-12"},
	}
	type cl struct {
		id, label, topic, origin string
		src                      []int
	}
	cls := []cl{
		{"special-train", "Kim travels by a special armored train", "travel", "curated", []int{0, 1, 2, 3, 4}},
		{"putin-invitation", "Kim visits Russia at Putin's invitation", "announcement", "curated", []int{0, 1, 2, 4}},
		{"met-2019-vladivostok", "Kim and Putin first met in Vladivostok in 2019", "history", "curated", []int{0, 1, 3}},
		{"first-since-pandemic", "First trip or summit abroad since the pandemic closed North Korea's borders (2020)", "history", "curated", []int{1, 2}},
		{"russia-seeks-arms", "Russia seeks arms and ammunition from North Korea for its war in Ukraine", "arms", "curated", []int{0, 1, 2}},
		{"huge-mistake", `Supplying Russia with weapons would be a "huge mistake"`, "arms", "curated", []int{0, 2}},
		{"trip-420-miles", "The 2019 train trip from Pyongyang was 420 miles", "travel", "curated", []int{3}},
		{"d-1", "eastern economic forum vladivostok", "", "discovered", []int{0, 1, 2}},
	}
	r := &analysis.Report{Schema: "storylens/analyze/v1", Title: "Kim's train to Vladivostok", Sources: srcs}
	for _, c := range cls {
		cr := analysis.ClaimReport{ID: c.id, Label: c.label, Topic: c.topic, Origin: c.origin}
		for _, i := range c.src {
			cr.Sources = append(cr.Sources, srcs[i].ID)
		}
		r.Claims = append(r.Claims, cr)
	}
	for i := range srcs {
		r.Coverage.Sources = append(r.Coverage.Sources, srcs[i].ID)
	}
	for _, c := range cls {
		r.Coverage.Claims = append(r.Coverage.Claims, c.id)
	}
	r.Coverage.Matrix = make([][]bool, len(srcs))
	for i := range srcs {
		r.Coverage.Matrix[i] = make([]bool, len(cls))
		for j, c := range cls {
			for _, k := range c.src {
				if k == i {
					r.Coverage.Matrix[i][j] = true
				}
			}
		}
	}
	places := []struct {
		id, name string
		n        int
	}{{"vladivostok", "Vladivostok", 14}, {"pyongyang", "Pyongyang", 9}, {"russia", "Russia", 21}, {"khasan", "Khasan", 3}, {"russky-island", "Russky Island", 2}, {"ukraine", "Ukraine", 5}, {"hanoi", "Hanoi", 1}}
	for _, p := range places {
		r.Places = append(r.Places, analysis.PlaceReport{ID: p.id, Name: p.name, Mentions: p.n, Sources: []string{srcs[0].ID}})
	}
	return r
}

// bigReport has n claims with long labels and m sources, for layout limits.
func bigReport(n, m int) *analysis.Report {
	r := &analysis.Report{Title: "A long story"}
	for i := 0; i < m; i++ {
		r.Sources = append(r.Sources, analysis.SourceReport{ID: fmt.Sprintf("s%02d", i), Title: fmt.Sprintf("Source number %d with a rather long headline about the event", i), Date: fmt.Sprintf("2023-09-%02d", 1+i%28)})
		r.Coverage.Sources = append(r.Coverage.Sources, fmt.Sprintf("s%02d", i))
	}
	r.Coverage.Matrix = make([][]bool, m)
	for j := 0; j < n; j++ {
		id := fmt.Sprintf("c%02d", j)
		c := analysis.ClaimReport{ID: id, Label: fmt.Sprintf("Claim %d: a statement that several of the sources make in slightly different words", j), Origin: "curated", Topic: fmt.Sprintf("t%d", j%10)}
		r.Coverage.Claims = append(r.Coverage.Claims, id)
		for i := 0; i < m; i++ {
			on := (i+j)%3 != 0
			r.Coverage.Matrix[i] = append(r.Coverage.Matrix[i], on)
			if on {
				c.Sources = append(c.Sources, r.Sources[i].ID)
			}
		}
		r.Claims = append(r.Claims, c)
	}
	return r
}

// outletReport is a big synthetic story: m sources from k outlets (a few
// large, many small, as in real coverage), n claims each reported by a
// share of the sources that falls with the claim's rank, dates spread over
// two years with several sources on most days. Deterministic.
func outletReport(n, m, k int) *analysis.Report {
	r := &analysis.Report{Title: "A big story"}
	seed := uint32(12345)
	rnd := func() float64 { // xorshift: the same report every run
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		return float64(seed) / float64(^uint32(0))
	}
	for i := 0; i < m; i++ {
		o := int(float64(k) * rnd() * rnd()) // skewed: low outlet numbers publish most
		id := fmt.Sprintf("s%05d", i)
		day := int(rnd() * 700)
		date := fmt.Sprintf("%04d-%02d-%02d", 2022+day/360, 1+(day%360)/30, 1+day%30/2*2)
		r.Sources = append(r.Sources, analysis.SourceReport{ID: id, Outlet: fmt.Sprintf("Outlet %02d Daily News", o),
			Title: fmt.Sprintf("Headline number %d about the event, as long as headlines are", i), Date: date,
			DateInferred: i%7 == 0})
		r.Coverage.Sources = append(r.Coverage.Sources, id)
	}
	r.Coverage.Matrix = make([][]bool, m)
	for i := range r.Coverage.Matrix {
		r.Coverage.Matrix[i] = make([]bool, n)
	}
	for j := 0; j < n; j++ {
		id := fmt.Sprintf("c%03d", j)
		c := analysis.ClaimReport{ID: id, Label: fmt.Sprintf("Claim %d: a statement that several of the sources make, in slightly different words each time", j),
			Origin: "curated", Topic: fmt.Sprintf("t%d", j%5)}
		share := 0.9 / float64(1+j/3)
		r.Coverage.Claims = append(r.Coverage.Claims, id)
		for i := 0; i < m; i++ {
			if rnd() < share {
				r.Coverage.Matrix[i][j] = true
				c.Sources = append(c.Sources, r.Sources[i].ID)
			}
		}
		r.Claims = append(r.Claims, c)
	}
	for p := 0; p < 300; p++ {
		n := 1 + int(float64(m)*rnd()*rnd()/4)
		r.Places = append(r.Places, analysis.PlaceReport{ID: fmt.Sprintf("p%03d", p), Name: fmt.Sprintf("Place %d", p),
			Mentions: n, Sources: []string{r.Sources[p%m].ID}})
	}
	return r
}
