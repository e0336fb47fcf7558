package quote

// copulaRoleWord reports whether t is a role noun a copula can give a
// name: lower case, a person's role or an occupation.
func copulaRoleWord(t token) bool {
	return t.kind == tWord && !t.cap && !t.poss && (t.in(lxPersonRoles) || t.in(lxOccupations))
}

// copulaOwners are the determiners that open a role owned by the subject
// or by something named before ("its drummer", "their lawyer"), or one
// more of a role ("another host").
var copulaOwners = setOf("the", "its", "their", "his", "her", "our", "another")

// copulaRole returns the role a copula gives the name toks[i:j], beyond
// predicateRole's "is a nurse": after the name, a role owned ("Ben Hale
// is its drummer", "Amy Ross is the band's singer"); before it, opening
// the sentence ("Its singer is Amy Ross.", "The band's drummer is Ben
// Hale."); else "".
func copulaRole(toks []token, i, j int) string {
	if j+2 < len(toks) && (toks[j].low == "is" || toks[j].low == "was") && copulaOwners[toks[j+1].low] && toks[j].para == toks[j+2].para {
		n := j + 2
		// ("the band's drummer")
		if toks[j+1].low == "the" && toks[n].poss && !toks[n].cap && toks[n].kind == tWord {
			n++
		}
		for ; n < len(toks) && n < j+6 && toks[n].kind == tWord && !toks[n].cap && !toks[n].poss && toks[n].para == toks[j].para; n++ {
			if copulaRoleWord(toks[n]) && (n+1 >= len(toks) || toks[n+1].kind != tWord || toks[n+1].in(lxPrepositions)) {
				return toks[n].low
			}
		}
		return ""
	}
	if i < 3 || toks[i-1].low != "is" && toks[i-1].low != "was" || !copulaRoleWord(toks[i-2]) {
		return ""
	}
	if j < len(toks) && toks[j].kind == tWord && toks[j].low != "," {
		return ""
	}
	s := i - 3
	for s > 0 && s > i-6 && toks[s].kind == tWord && !toks[s].cap && !copulaOwners[toks[s].low] && toks[s].para == toks[i].para {
		s--
	}
	if !copulaOwners[toks[s].low] || s > 0 && toks[s-1].kind != tEnd && toks[s-1].para == toks[s].para {
		return ""
	}
	return toks[i-2].low
}
