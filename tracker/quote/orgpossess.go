package quote

import "strings"

// countrysBody reads a country's possessive before an organisation's name
// after a verb of speech: "said China's Foreign Ministry", "said
// Britain's Health Department", "said the UK's Home Office": the body,
// named as the article names it after the possessive (as "China's Foreign
// Ministry said" gives "Foreign Ministry"). Not a person after the
// possessive ("said England's Harry Kane", read as before).
func (a *attributor) countrysBody(i, hi int) (nounPhrase, bool) {
	k := i
	if k < hi && a.toks[k].low == "the" {
		k++
	}
	if k+1 >= hi || !a.toks[k].poss || !isNameWord(a.toks[k]) || !isNameWord(a.toks[k+1]) || !countryPossessive(a.toks[k]) {
		return nounPhrase{}, false
	}
	np := a.parseFwd(k+1, hi)
	if np.kind != npName || np.ent < 0 || np.lo != k+1 {
		return nounPhrase{}, false
	}
	if e := &a.reg.ents[np.ent]; !e.org || e.person {
		return nounPhrase{}, false
	}
	np.lo = i
	return np, true
}

// countryPossessive reports whether t is a country's possessive:
// "China's", "Britain's", "the UK's".
func countryPossessive(t token) bool {
	return countries[t.low] || countryLetters[strings.TrimSuffix(strings.TrimSuffix(t.bare(), "'s"), "’s")]
}
