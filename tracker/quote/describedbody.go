package quote

import "strings"

// describedBodyHeads are the heads of a government body a country's
// possessive may name in lower case: "Russia's foreign ministry",
// "Britain's health department".
var describedBodyHeads = setOf("ministry", "department")

// describedBody resolves "the ministry" at byte offset pos to the one body
// the text named in lower case after a country's possessive in that
// sentence or the three before ("Russia's foreign ministry summoned the
// ambassador. "...," the ministry said"): an organisation named as the
// words after the possessive are, capitalised ("Foreign Ministry", as
// "China's Foreign Ministry" gives). Two such bodies, or none, give -1.
func (a *attributor) describedBody(pos int, head string) int {
	k0 := a.tokAt(pos)
	sent := a.sentAt(pos)
	// The phrase itself: "Russia's foreign ministry said" names its own
	// country; past "the", the bare noun refers back; any other words
	// ("The French foreign ministry") name another body.
	hk := k0
	for hk < len(a.toks) && hk < k0+4 && a.toks[hk].low != head {
		hk++
	}
	if hk >= len(a.toks) || a.toks[hk].low != head {
		return -1
	}
	if n, ok := a.countrysLowerBody(hk); ok {
		return a.bodyEntity(n)
	}
	if hk != k0+1 || a.toks[k0].low != "the" {
		return -1
	}
	var name []string
	country := ""
	for k := k0 - 1; k >= 0 && a.toks[k].sent >= sent-3; k-- {
		if a.toks[k].low != head || a.toks[k].cap || a.toks[k].kind != tWord {
			continue
		}
		n, ok := a.countrysLowerBody(k)
		if !ok {
			continue
		}
		// (Two countries' bodies: "Russia's foreign ministry and
		// France's foreign ministry".)
		c := a.toks[k-len(n)].low
		if name != nil && (!slicesEqualFold(name, n) || c != country) {
			return -1
		}
		name, country = n, c
	}
	if name == nil {
		return -1
	}
	return a.bodyEntity(name)
}

// countrysLowerBody reads the lower-case body ending at its head toks[h]
// after a country's possessive: "Russia's foreign ministry", "the UK's
// health department" give ["Foreign", "Ministry"], ["Health",
// "Department"]. At most two words before the head.
func (a *attributor) countrysLowerBody(h int) ([]string, bool) {
	b := h
	for b > 0 && h-b < 2 && a.toks[b-1].kind == tWord && !a.toks[b-1].cap && a.toks[b-1].para == a.toks[h].para &&
		!determiner(a.toks[b-1].low) && !a.toks[b-1].in(lxPrepositions) && !a.toks[b-1].poss && !a.toks[b-1].in(lxClauseWords) {
		b--
	}
	if b == h || b == 0 {
		return nil, false
	}
	c := a.toks[b-1]
	if !c.poss || !c.cap || c.para != a.toks[h].para || !countryPossessive(c) {
		return nil, false
	}
	name := make([]string, 0, h-b+1)
	for _, t := range a.toks[b : h+1] {
		name = append(name, strings.ToUpper(t.text[:1])+t.text[1:])
	}
	return name, true
}

// bodyEntity returns the organisation named name, made if the text named
// none so.
func (a *attributor) bodyEntity(name []string) int {
	for id := range a.reg.ents {
		if e := &a.reg.ents[id]; e.org && slicesEqualFold(e.name, name) {
			return id
		}
	}
	id := a.reg.newEntity(name)
	a.reg.ents[id].org = true
	return id
}

func slicesEqualFold(x, y []string) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if !strings.EqualFold(x[i], y[i]) {
			return false
		}
	}
	return true
}

// countrysLowerBodyFwd reads "Russia's foreign ministry" after a verb of
// speech, the possessive at toks[k] and the body closing the clause
// before hi: the body's nounPhrase from lo.
func (a *attributor) countrysLowerBodyFwd(lo, k, hi int) (nounPhrase, bool) {
	for h := k + 1; h < hi && h <= k+3; h++ {
		t := &a.toks[h]
		if t.kind != tWord || t.cap {
			break
		}
		if !describedBodyHeads[t.low] {
			continue
		}
		if n := h + 1; n < hi && a.toks[n].kind == tWord && a.toks[n].low != "in" && a.toks[n].low != "on" {
			break
		}
		name, ok := a.countrysLowerBody(h)
		if !ok || h-len(name) != k {
			break
		}
		return nounPhrase{kind: npName, ent: a.bodyEntity(name), lo: lo, hi: h + 1}, true
	}
	return nounPhrase{}, false
}
