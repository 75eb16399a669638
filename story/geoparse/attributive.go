package geoparse

import (
	"slices"

	"github.com/storylens/storylens/story/geoparse/fold"
)

// roleNouns after a country's name make the country a modifier of the
// people or institutions acting for it, as a demonym is ("the US
// president" as "the Russian president"): office titles (officeTitles)
// and these.
var roleNouns = setOf(`ambassador ambassadors envoy envoys secretary official officials diplomat diplomats
delegation delegations counterpart counterparts troops soldiers forces military intelligence government
administration support aid leader leaders lawmakers spokesman spokeswoman spokesperson negotiator negotiators
officer officers embassy embassies consulate`)

// ledWords after a country's name and a hyphen make a compound adjective:
// "the US-led coalition", "Russian-backed", "a Qatar-based fund".
var ledWords = setOf(`led backed based brokered funded sponsored supported made built allied aligned`)

// attributive reports whether the match that ends at byte end of the
// sentence's tokens is followed by a role noun ("US President Joe Biden",
// "U.S. ambassador", "full US support") or by a hyphen and a participle
// ("the US-led coalition"): the country names who acts, not where.
func attributive(toks []fold.Token, end int) bool {
	for i, t := range toks {
		if t.Start < end {
			continue
		}
		if i == 0 || toks[i-1].Possessive {
			return false // "Brazil's President": of Brazil
		}
		gap := t.GapBefore
		if toks[i-1].Dotted && gap == ". " {
			gap = " " // "U.S. President"
		}
		switch gap {
		case " ":
			return (roleNouns[t.Key] || officeTitles[t.Key]) && !t.Possessive
		case "-":
			return !t.Cap && ledWords[t.Key]
		}
		return false
	}
	return false
}

// dropAttributive drops the countries that an article names only as the
// modifier of who acts for them ("US President Joe Biden", "US
// intelligence", "the US-led coalition"), as it drops demonyms: a country
// the article also names as a place ("arrived in the United States")
// keeps all its mentions. ms are resolved.
func (p *Parser) dropAttributive(sents [][]fold.Token, ms []match) {
	type seen struct {
		id   string
		only bool // every mention so far attributive
	}
	var buf [8]seen
	countries := buf[:0]
	for i := range ms {
		m := &ms[i]
		if m.chosen < 0 {
			continue
		}
		in := p.info(m.cands[m.chosen])
		if in.kind != "country" {
			continue
		}
		a := attributive(sents[m.sentence], m.end)
		k := slices.IndexFunc(countries, func(c seen) bool { return c.id == in.id })
		if k < 0 {
			countries = append(countries, seen{in.id, a})
		} else {
			countries[k].only = countries[k].only && a
		}
	}
	for _, c := range countries {
		if !c.only {
			continue
		}
		for i := range ms {
			if m := &ms[i]; m.chosen >= 0 && p.info(m.cands[m.chosen]).id == c.id {
				m.chosen = -1
			}
		}
	}
}
