package summary

import (
	"cmp"
	"slices"
)

const (
	// minQuoteWords drops fragments ("a disgrace", scare quotes).
	minQuoteWords = 4
	// Quotes of this many words read well in a digest.
	goodQuoteMin, goodQuoteMax = 6, 50
	// sameQuote is the token Jaccard (or containment of the shorter) above
	// which two quote texts are the same quote, as carried by two outlets.
	sameQuote = 0.6
)

type quoteGroup struct {
	members []KeyQuote
	sets    []map[string]bool
	outlets map[string]bool
	named   bool
	order   int // first appearance, for stable ties
}

// pickQuotes groups near-identical quotes across the sources and returns the
// best maxQuotes groups, each represented by one verbatim quote: preferably
// one with a named speaker, from the earliest source.
func pickQuotes(src []Source, terms []string) []KeyQuote {
	ss := sortedSources(src)
	var groups []*quoteGroup
	for _, s := range ss {
		for _, q := range s.Quotes {
			if words(q.Text) < minQuoteWords {
				continue
			}
			kq := KeyQuote{Text: q.Text, Cue: q.Cue, Outlet: s.Outlet, URL: s.URL}
			if q.Confident() {
				kq.Speaker, kq.Role = q.Speaker, q.Role
			}
			qs := set(tokens(q.Text))
			g := findGroup(groups, qs)
			if g == nil {
				g = &quoteGroup{outlets: map[string]bool{}, order: len(groups)}
				groups = append(groups, g)
			}
			g.members = append(g.members, kq)
			g.sets = append(g.sets, qs)
			g.outlets[outletKey(s)] = true
			g.named = g.named || kq.Speaker != ""
		}
	}
	type scored struct {
		kq    KeyQuote
		score float64
		order int
	}
	var out []scored
	for _, g := range groups {
		rep := g.members[0]
		for _, m := range g.members {
			if m.Speaker != "" {
				rep = m
				break
			}
		}
		rep.Outlets = len(g.outlets)
		score := 3 * float64(rep.Outlets)
		if rep.Speaker != "" {
			score += 1
		}
		if mentions(rep.Text, terms) {
			score += 0.5
		}
		if n := words(rep.Text); n >= goodQuoteMin && n <= goodQuoteMax {
			score += 0.5
		}
		out = append(out, scored{rep, score, g.order})
	}
	slices.SortFunc(out, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.kq.URL, b.kq.URL), cmp.Compare(a.order, b.order))
	})
	var res []KeyQuote
	for _, s := range out[:min(len(out), maxQuotes)] {
		res = append(res, s.kq)
	}
	return res
}

func findGroup(groups []*quoteGroup, qs map[string]bool) *quoteGroup {
	for _, g := range groups {
		for _, s := range g.sets {
			small, big := qs, s
			if len(small) > len(big) {
				small, big = big, small
			}
			if jaccard(qs, s) >= sameQuote || (len(small) >= 3 && containment(small, big) >= 0.8) {
				return g
			}
		}
	}
	return nil
}
