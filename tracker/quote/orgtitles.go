package quote

// titleOpensOrgName reports whether the title word toks[i] opens an
// organisation's name of three words or more that ends in an
// organisation's word, only English words between (no given name, title
// or possessive):
// "Judge Business School", "Princess Royal University Hospital" (not
// "Judge Ann Tan", "Queen Elizabeth Hospital", "Mayor Jo Park", whose
// given name makes a person's name of it).
func titleOpensOrgName(toks []token, i int) bool {
	n := len(toks)
	if n-i < 3 || !toks[n-1].in(lxOrgWords) || orgAdjectives[toks[n-1].low] || toks[n-1].poss {
		return false
	}
	for _, t := range toks[i+1 : n-1] {
		if t.poss || !t.cap || !englishWord(t.low) || isFirstName(t) || givenNameGender(t.low) != 0 || t.in(lxTitles) || honorificOf(t) {
			return false
		}
	}
	return true
}

// roleObjectBefore reports whether toks[b-1], a word right before a name
// at toks[b] that is no role, ends the object of a role before it: "of"
// and one or two lower-case words after a role ("professor of ecology
// Jane Roe", "professor of marine biology Ann Lee"), or a place after
// "to" after a role ("ambassador to Britain Liu Xiaming", read from
// "to").
func roleObjectBefore(toks []token, b int) bool {
	for n := 1; n <= 2; n++ {
		o := b - 1 - n // the "of"
		if o < 1 || toks[o].low != "of" {
			continue
		}
		ok := true
		for _, t := range toks[o+1 : b] {
			ok = ok && t.kind == tWord && !t.cap && !t.in(lxPrepositions) && !determiner(t.low) && t.para == toks[b].para
		}
		if r := toks[o-1]; ok && r.kind == tWord && r.para == toks[b].para && (r.in(lxPersonRoles) || r.in(lxTitles) && !modifierTitle(r.low)) {
			return true
		}
	}
	return false
}

// rolePrepAt reports whether toks[k], "to" or "and", joins a role to a
// place or to another role before a name: "ambassador to Britain",
// "scientist and study co-author".
func rolePrepAt(toks []token, k int) bool {
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	r := toks[k-1]
	if r.kind != tWord || r.para != toks[k].para || !(r.in(lxPersonRoles) || occupations[r.low]) || r.poss {
		return false
	}
	switch toks[k].low {
	case "to":
		return (r.low == "ambassador" || r.low == "envoy" || r.low == "adviser" || r.low == "advisor" || r.low == "representative") && toks[k+1].cap
	case "and":
		return toks[k+1].kind == tWord
	}
	return false
}

// coordinatedRoles returns the index of the name after the lower-case
// words from toks[j] when they are two roles joined by "and": "JPL
// scientist and study co-author Michael Malaska", "Labour MP and former
// minister Ann Lee" (from "scientist"), as qualifiesRole reads one role;
// or -1.
func coordinatedRoles(toks []token, j int) int {
	and := -1
	k := j
	for ; k < len(toks) && k < j+6 && toks[k].kind == tWord && !toks[k].cap && toks[k].para == toks[j].para; k++ {
		t := toks[k]
		if t.low == "and" {
			if and >= 0 || k == j || !roleEndsAt(toks, j, k) {
				return -1
			}
			and = k
			continue
		}
		if t.in(lxPrepositions) || determiner(t.low) || t.in(lxReportingVerbs) {
			return -1
		}
	}
	if and >= 0 && k-and >= 2 && k-and <= 4 && k < len(toks) && roleEndsAt(toks, and+1, k) && isNameWord(toks[k]) && toks[k].para == toks[j].para {
		return k
	}
	return -1
}
