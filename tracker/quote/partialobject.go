package quote

// objectHeadPartial reports whether the short quoted phrase at toks[k] is
// the head of the object of a verb of criticism or praise, with a
// prepositional phrase after it that completes the object: "blasted the
// "reckless spending" of the council", "slammed the "lazy thinking"
// behind the plan", "praised the "courage" of the nurses". Such a phrase
// still closes the verb's clause for shortPartial.
func (a *attributor) objectHeadPartial(k int) bool {
	nx := k + 1
	if k < 2 || nx >= len(a.toks) || a.toks[nx].para != a.toks[k].para || !objectTailPreps[a.toks[nx].low] {
		return false
	}
	j := k - 1
	d := a.toks[j]
	if d.kind != tWord || d.para != a.toks[k].para {
		return false
	}
	switch {
	case d.low == "the" || possessives[d.low] && d.low != "my" && d.low != "your":
	case d.poss && !d.cap && j >= 1 && a.toks[j-1].low == "the":
		// "the council's "reckless spending" of public money"
		j--
	default:
		return false
	}
	v := j - 1
	if v < 0 || a.toks[v].para != a.toks[k].para {
		return false
	}
	t := &a.toks[v]
	return t.kind == tWord && !t.cap && t.in(lxCriticismVerbs)
}

// objectTailPreps open a phrase completing the noun before them.
var objectTailPreps = setOf("of", "behind", "from", "over", "toward", "towards", "against", "by", "within", "among")
