package quote

import (
	"slices"
	"strings"
)

// Second references by nationality: "the Belgian said", "the Norwegian
// said".

// demonymRival reports whether someone other than id, a person the
// article did not give another nationality than the demonym description
// np's and whom the quotation's words do not name, is named in the
// sentence of id's latest mention before pos (and the one before it, when
// that sentence holds a quotation) or since.
func (a *attributor) demonymRival(np nounPhrase, id, pos int) bool {
	k, _ := a.latestMention(id, pos)
	if k < 0 {
		return false
	}
	// The sentence of that mention, and the one before when it is the
	// cue of a quotation ("Novak Petrovic beat Casper Lund. "...,"
	// Petrovic said.").
	from, found := a.toks[k].sent, false
	for j := k; j >= 0 && a.toks[j].sent == a.toks[k].sent; j-- {
		if a.toks[j].kind == tQuote {
			from--
			break
		}
	}
	for j := k + 1; j < len(a.toks) && a.toks[j].sent == a.toks[k].sent && from == a.toks[k].sent; j++ {
		if a.toks[j].kind == tQuote {
			from--
		}
	}
	// (And the words of a quotation running on after the cue in its
	// paragraph: "...," the Serb said. "Casper played great.")
	next := ""
	j0 := a.tokAt(pos)
	for j := j0; j < len(a.toks) && a.toks[j].para == a.toks[min(j0, len(a.toks)-1)].para; j++ {
		if a.toks[j].kind == tQuote && a.toks[j].s > pos {
			next = a.text[a.toks[j].s:a.toks[j].e]
			break
		}
	}
	a.reg.walkBack(pos, 80, func(m mention) bool {
		if m.sent < from {
			return true
		}
		e := &a.reg.ents[m.ent]
		if m.ent == id || e.org || e.anon || e.plural || !(e.person || e.maybe && e.gender != 0) || m.weak {
			return false
		}
		// (Given another nationality: "Shane Lowry beat South African
		// Ernie Els".)
		j := a.tokAt(m.pos)
		if nat, _ := a.nationAt(j); nat != "" || compoundDemonym(a.toks, j) || a.otherNationality(np, m.ent, pos) || a.namesPerson(a.words, m.ent) || next != "" && a.namesPerson(next, m.ent) {
			return false
		}
		found = true
		return true
	})
	return found
}

// nationHolder returns the one person named in the twelve sentences
// before pos whom the article gave the nationality of the demonym
// description np ("Kenyan Faith Chebet", "Belgium's Wout Peeters", "Wout
// Peeters of Belgium" for "the Belgian"), and how many it gave it (0, 1,
// or 2 for more).
func (a *attributor) nationHolder(np nounPhrase, pos int) (int, int) {
	d := ""
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		if t := a.toks[k]; t.kind == tWord && t.cap && (demonym(t.low) || demonymSeconds[t.low]) {
			d = t.low
		}
	}
	if d == "" {
		return -1, 0
	}
	found, n := -1, 0
	s := a.sentAt(pos)
	for _, m := range a.reg.mentions {
		if m.pos >= pos {
			break
		}
		if m.sent < s-12 || m.ent == found {
			continue
		}
		e := &a.reg.ents[m.ent]
		if e.org || e.anon || !a.reg.isPerson(m.ent) && len(e.name) < 2 {
			continue
		}
		k := a.tokAt(m.pos)
		if nat, country := a.nationAt(k); nat != "" && nationMatches(nat, country, d) {
			if found >= 0 {
				return -1, 2
			}
			found, n = m.ent, 1
		}
	}
	return found, n
}

// nationAt returns the word for a people or the country the article gives
// the person named at toks[k] right with the name: a people's word before
// it ("Kenyan Faith Chebet", "Spaniard Ana Ruiz"), a country's possessive
// ("Kenya's Faith Chebet"), or "of" and a country after it ("Faith Chebet
// of Kenya"); country says which.
func (a *attributor) nationAt(k int) (string, bool) {
	if k < 0 || k+1 >= len(a.toks) {
		return "", false
	}
	// (The mention may start at "Kenyan", read as a title.)
	if t := a.toks[k]; t.cap && !t.poss && isNameWord(a.toks[k+1]) && a.toks[k+1].para == t.para && (demonyms[t.low] || demonymNoun(t.low) || nationality(t.low)) {
		if id := a.reg.mentionAt(t.s); id >= 0 && !slices.Contains(a.reg.ents[id].name, t.text) {
			return t.low, false
		}
	}
	if p := a.toks[max(k-1, 0)]; k > 0 && p.kind == tWord && p.cap && p.para == a.toks[k].para {
		w := strings.TrimSuffix(strings.TrimSuffix(p.low, "'s"), "’s")
		if p.poss && p.in(lxCountries) {
			return w, true
		}
		if !p.poss && (demonyms[p.low] || demonymNoun(p.low) || nationality(p.low)) {
			return p.low, false
		}
		// "Norwegian-born Casper Lund", "Norway-born Casper Lund".
		if q := placeQualifier(p.low); q != "" && !p.poss {
			if demonyms[q] || demonymNoun(q) || nationality(q) {
				return q, false
			}
			if countries[q] {
				return q, true
			}
		}
	}
	e := k
	for e < len(a.toks) && e < k+5 && isNameWord(a.toks[e]) && !a.toks[e].poss {
		e++
	}
	if e+1 < len(a.toks) && e > k && a.toks[e].low == "of" && a.toks[e+1].cap && a.toks[e+1].in(lxCountries) && a.toks[e+1].para == a.toks[k].para &&
		(e+2 >= len(a.toks) || !isNameWord(a.toks[e+2])) {
		return a.toks[e+1].low, true
	}
	// "Casper Lund (Norway)", "Casper Lund, a Norwegian,": a country in
	// brackets or a people's word in apposition after the name.
	if e+2 < len(a.toks) && e > k && a.toks[e+1].para == a.toks[k].para {
		t, u := a.toks[e], a.toks[e+1]
		if t.text == "(" && u.cap && u.in(lxCountries) && a.toks[e+2].text == ")" {
			return u.low, true
		}
		if t.text == "," && (u.low == "a" || u.low == "the") && a.toks[e+2].cap && !a.toks[e+2].poss && a.toks[e+2].para == u.para &&
			(demonyms[a.toks[e+2].low] || demonymNoun(a.toks[e+2].low) || nationality(a.toks[e+2].low)) {
			return a.toks[e+2].low, false
		}
	}
	// "Norwegian qualifier Casper Lund": a people's word before the
	// name's lower-case description.
	for j := k - 1; j >= 0 && j >= k-4 && a.toks[j].kind == tWord && a.toks[j].sent == a.toks[k].sent && !a.toks[j].poss; j-- {
		if t := a.toks[j]; t.cap {
			if j < k-1 && (demonyms[t.low] || demonymNoun(t.low) || nationality(t.low)) {
				return t.low, false
			}
			break
		}
	}
	return "", false
}

// nationMatches reports whether a people's word or country nat (country
// says which) given to someone is the nationality of the demonym d.
func nationMatches(nat string, country bool, d string) bool {
	if !country {
		return sameNation(nat, d)
	}
	if c, ok := demonymCountries[d]; ok {
		return c == nat
	}
	if c, ok := irregularNationalities[d]; ok {
		return c == nat
	}
	return countryOfNationality(nat, d)
}
