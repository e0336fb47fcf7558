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
	// The verb right before, or before its object and "for" or "over"
	// ("criticised the council for its "shameful neglect" of the park").
	for v, n := j-1, 0; v >= 0 && n < 6 && a.toks[v].para == a.toks[k].para; v, n = v-1, n+1 {
		t := &a.toks[v]
		if t.kind != tWord {
			return false
		}
		if !t.cap && t.in(lxCriticismVerbs) {
			return v == j-1 || a.toks[j-1].low == "for" || a.toks[j-1].low == "over"
		}
		if v == j-1 && t.low != "for" && t.low != "over" {
			return false
		}
		if t.in(lxAuxiliaries) || t.in(lxPassiveAux) || t.in(lxClauseWords) {
			return false
		}
	}
	return false
}

// claimedWords reports whether the short quoted phrase at toks[k] is
// what a claim or charge said, after "claims of", "accusations of",
// "allegations of" and the like: "Ruiz rejected claims of "favouritism""
// quotes the claim, not the one who rejected it.
func claimedWords(toks []token, k int) bool {
	return k >= 2 && toks[k-1].low == "of" && toks[k-2].para == toks[k].para && claimNouns[toks[k-2].low]
}

var claimNouns = setOf("claim", "claims", "accusation", "accusations", "allegation", "allegations", "charge",
	"charges", "suggestion", "suggestions", "rumour", "rumours", "rumor", "rumors", "talk", "reports", "complaints")

// objectTailPreps open a phrase completing the noun before them.
var objectTailPreps = setOf("of", "behind", "from", "over", "toward", "towards", "against", "by", "within", "among")
