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
	if k+1 >= hi || !a.toks[k].poss || !isNameWord(a.toks[k]) || !countryPossessive(a.toks[k]) {
		return nounPhrase{}, false
	}
	// "said Russia's foreign ministry": a body named in lower case.
	if !isNameWord(a.toks[k+1]) {
		return a.countrysLowerBodyFwd(i, k, hi)
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

// pastDescription returns the index past a short lower-case description of
// a person that starts at toks[n] in paragraph para and runs into a name
// ("longtime resident", "fellow villager", "columnist"): its last word is
// a person noun or a role. It returns n when there is none.
func pastDescription(toks []token, n, para int) int {
	for m := n; m < len(toks) && m < n+4; m++ {
		t := &toks[m]
		if t.kind != tWord || t.para != para || t.cap || determiner(t.low) || t.in(lxPrepositions) {
			return n
		}
		if m+1 < len(toks) && toks[m+1].cap && toks[m+1].name && toks[m+1].para == para {
			if ok, _ := personNoun(t.low); ok || t.in(lxPersonRoles) {
				return m + 1
			}
			return n
		}
	}
	return n
}

// invertedAfterQuote reports whether toks[k] is a verb of speech that may
// stand inverted ("shares", "recalls", "quips") right after a quotation.
func invertedAfterQuote(toks []token, k int) bool {
	t := &toks[k]
	return k > 0 && t.kind == tWord && !t.cap && (t.in(lxInvertedVerbs) || t.in(lxReportingVerbs) || thoughtInverted[t.low] || t.low == "shares" || t.low == "reports") &&
		toks[k-1].kind == tQuote && toks[k-1].para == t.para
}

// thoughtInverted are verbs of thought that give a view as the speaker's
// words only inverted, right after the quotation and before the person:
// ""It will happen again," believes hydrologist Tom Reed." Elsewhere
// they take a clause ("Schiff believes that ...", "the "jobs machine" it
// thinks it is").
var thoughtInverted = setOf("thinks", "believes", "feels", "hopes", "accepts", "fears")

// thoughtInvertedAt reports whether the verb of thought toks[i] stands
// right after a quotation in its paragraph, before a name, maybe after
// "the" and a short description.
func (a *attributor) thoughtInvertedAt(i int) bool {
	t := &a.toks[i]
	if i == 0 || a.toks[i-1].para != t.para {
		return false
	}
	// ""It will happen again," she believes.", "..., Cole thinks.": the
	// speaker right after the quotation, the verb closing the sentence.
	if a.toks[i-1].kind != tQuote {
		b := i - 1
		switch a.toks[b].low {
		case "he", "she", "they":
		default:
			for b > 0 && b > i-4 && isNameWord(a.toks[b]) && isNameWord(a.toks[b-1]) {
				b--
			}
			if !isNameWord(a.toks[b]) || a.toks[b].poss {
				return false
			}
		}
		n := i + 1
		return b > 0 && a.toks[b-1].kind == tQuote && a.toks[b-1].para == t.para && n < len(a.toks) && a.toks[n].kind == tEnd && a.toks[n].para == t.para
	}
	n := i + 1
	if n < len(a.toks) && a.toks[n].low == "the" {
		n++
	}
	n = pastDescription(a.toks, n, t.para)
	return n < len(a.toks) && a.toks[n].cap && a.toks[n].name && a.toks[n].para == t.para
}

// outletProgramme reads an outlet's possessive and the programme after
// it, the audience of "told" (toks[v]) from toks[j]: "told Radio 4's
// Today programme", "told CNN's State of the Union", "told the BBC's
// Newsnight", "told BBC Radio 4's Today programme". It returns the index
// past the programme (past "programme" or "show" after its name), or -1.
func (a *attributor) outletProgramme(j, hi, v int) int {
	sent := a.toks[v].sent
	k := j
	for k < hi && k < j+4 && a.toks[k].kind == tWord && a.toks[k].sent == sent && (a.toks[k].cap || isDigit(a.toks[k].text[0])) && !a.toks[k].poss {
		k++
	}
	if k >= hi || k >= j+4 || !a.toks[k].poss || a.toks[k].kind != tWord || a.toks[k].sent != sent || !a.toks[k].cap && !isDigit(a.toks[k].text[0]) {
		return -1
	}
	last := -1
	for e := k + 1; e < hi && e <= k+6 && a.toks[e].kind == tWord && a.toks[e].sent == sent; e++ {
		t := &a.toks[e]
		if t.cap {
			last = e + 1
			continue
		}
		// "State of the Union", "Face the Nation", "Meet the Press"
		if programmeJoiners[t.low] && last > 0 && (e+1 < hi && a.toks[e+1].cap || e+2 < hi && programmeJoiners[a.toks[e+1].low] && a.toks[e+2].cap) {
			continue
		}
		break
	}
	if last < 0 {
		return -1
	}
	if last < hi && a.toks[last].sent == sent && programmeNouns[a.toks[last].low] {
		last++
	}
	return last
}

var programmeJoiners = setOf("of", "the", "and", "a", "with")

var programmeNouns = setOf("programme", "program", "show", "podcast", "broadcast", "bulletin")

// docFinding reports whether toks[j] is a verb of finding after a
// document's noun: "the inspection report found", "the study shows".
func docFinding(toks []token, j int) bool {
	return j > 0 && findingVerbs[toks[j].low] && toks[j-1].kind == tWord && !toks[j-1].cap && toks[j-1].in(lxSpeechNouns)
}

var findingVerbs = setOf("found", "finds", "showed", "shows", "concluded", "concludes", "determined")

// docFindingAfterQuote reports whether the verb of finding toks[i] closes
// the sentence after a document's noun right after a quotation: ""...,"
// the Care Quality Commission's report found.", ""...," the review
// concluded." The document speaks (and through it who issued it).
func (a *attributor) docFindingAfterQuote(i int) bool {
	t := &a.toks[i]
	if !docFinding(a.toks, i) || i+1 >= len(a.toks) || a.toks[i+1].kind != tEnd || a.toks[i+1].para != t.para {
		return false
	}
	for b := i - 2; b >= 0 && b >= i-7 && a.toks[b].para == t.para; b-- {
		if a.toks[b].kind == tQuote {
			return true
		}
		if a.toks[b].kind != tWord {
			return false
		}
	}
	return false
}
