package quote

// whoAntecedent returns who the relative pronoun at toks[r] refers back
// to: the one named before it (antecedentAt) or the person described
// there (describedAntecedent).
func (a *attributor) whoAntecedent(lo, r int) (nounPhrase, bool) {
	if ante, ok := a.antecedentAt(lo, r); ok {
		return ante, true
	}
	return a.describedAntecedent(lo, r)
}

// describedAntecedent returns the person described that a "who" after a
// comma at toks[r] refers back to, when the article does not name them
// there: "Ortiz praised the police chief, who later said "..."" is the
// chief's (whom the article may name elsewhere in that role), not the
// subject's.
func (a *attributor) describedAntecedent(lo, r int) (nounPhrase, bool) {
	if r < lo+2 {
		return nounPhrase{}, false
	}
	// "Cole met families, one of whom told her": one of them, unnamed.
	if a.toks[r].low == "whom" && a.toks[r-1].low == "of" {
		return nounPhrase{kind: npAnon, lo: r - 1, hi: r + 1}, true
	}
	if a.toks[r].low != "who" {
		return nounPhrase{}, false
	}
	// (With a comma, or without one after a person described: "Cole
	// hugged a crying woman who said".)
	end := r - 1
	if a.toks[end].low == "," {
		end--
	}
	ante := a.parseBackDepth(lo, end, 1)
	if ante.kind == npNone && end > lo && a.toks[end].kind == tWord && !a.toks[end].cap {
		// "a crying woman who": a noun for a person closing a phrase
		// the parser does not read.
		if ok, _ := personNoun(a.toks[end].low); ok {
			ante = nounPhrase{kind: npAnon, lo: end, hi: end + 1}
		}
	}
	if (ante.kind != npDesc && ante.kind != npAnon) || ante.hi != end+1 || ante.lo <= lo {
		return nounPhrase{}, false
	}
	// A description refers back to the person the article named in that
	// role ("Police Chief Dan Ruiz ... the police chief, who said");
	// one the article gave no one is someone unnamed, not the person a
	// description is otherwise read as (the sentence's subject).
	if ante.kind == npDesc && ante.word != "" {
		if h := a.reg.roleBefore(a.toks[ante.lo].s, ante.word); h >= 0 && !a.reg.ents[h].anon && a.reg.ents[h].person && !a.reg.ents[h].org {
			return nounPhrase{kind: npName, ent: h, lo: ante.lo, hi: ante.hi}, true
		}
	}
	ante.kind = npAnon
	return ante, true
}

// relativeClauseSubject returns who a relative clause after a comma that ends at
// b (its verb right after b, past adverbs and auxiliaries) is about: the
// person named before "who" ("Berg, who then called"), the one the
// article named in the role described there, or someone unnamed; or no
// phrase when no such clause ends at b.
func (a *attributor) relativeClauseSubject(lo, b int) nounPhrase {
	r := b
	for r > lo+1 && a.toks[r].kind == tWord && (a.toks[r].in(lxAuxiliaries) || adverbLike(&a.toks[r])) && b-r < 3 {
		r--
	}
	ante, _ := a.whoAntecedent(lo, r)
	return ante
}

// relativeBeforeAnd returns who a relative clause is about whose verb
// "and" at toks[b] joins to the verb of speech after it, with no
// punctuation between "who" and "and": "Lane sang to the queen, who
// laughed and said "..."" is the queen's (see relativeClauseSubject's
// readings), not the sentence subject's.
func (a *attributor) relativeBeforeAnd(lo, b int) (nounPhrase, bool) {
	if a.toks[b].low != "and" && a.toks[b].low != "but" {
		return nounPhrase{}, false
	}
	for r := b - 1; r > lo+1 && r >= b-10; r-- {
		t := &a.toks[r]
		if t.kind != tWord {
			return nounPhrase{}, false
		}
		if t.low == "who" {
			return a.whoAntecedent(lo, r)
		}
	}
	return nounPhrase{}, false
}
