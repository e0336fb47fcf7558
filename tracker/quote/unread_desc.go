package quote

// unreadDesc reports whether the quotation token toks[k] is followed by
// a cue whose subject is a description the lists do not know: ", the
// cantor said", ", said the baker", ", a boatbuilder added". The cue says
// someone described speaks, so the narrative before does not decide who
// (its subject is someone else, or the text does not say). It also
// returns the description's last word (its noun) and the index of the
// verb.
func (a *attributor) unreadDesc(k int) (noun string, verb int, ok bool) {
	n := k + 1
	if n < len(a.toks) && a.toks[n].low == "," {
		n++
	}
	if n >= len(a.toks) || a.toks[n].para != a.toks[k].para {
		return "", 0, false
	}
	verb = n
	verbFirst := a.toks[n].kind == tWord && !a.toks[n].cap && a.toks[n].in(lxReportingVerbs)
	if verbFirst {
		n++
	}
	if n >= len(a.toks) {
		return "", 0, false
	}
	switch a.toks[n].low {
	case "the", "a", "an", "one", "another":
	default:
		return "", 0, false
	}
	m := n + 1
	for m < len(a.toks) && m < n+4 && a.toks[m].kind == tWord && !a.toks[m].cap && !a.toks[m].in(lxReportingVerbs) && !a.toks[m].in(lxPrepositions) &&
		a.toks[m].para == a.toks[k].para {
		m++
	}
	if m == n+1 || m >= len(a.toks) {
		return "", 0, false
	}
	noun = a.toks[m-1].low
	if verbFirst {
		return noun, verb, a.toks[m].kind != tWord
	}
	return noun, m, a.toks[m].kind == tWord && !a.toks[m].cap && a.toks[m].in(lxReportingVerbs)
}

// nounHolder returns the one person the text before toks[k] gave the
// noun, a word the lists do not know, right before the name ("cantor
// Ruth Levy") or in apposition after it ("Joseph Kane, a baker,"), or -1
// when none or two were.
func (a *attributor) nounHolder(noun string, k int) int {
	found := -1
	for x := 1; x < k; x++ {
		t := a.toks[x]
		if t.kind != tWord || t.low != noun {
			continue
		}
		id := -1
		if x+1 < k && isNameWord(a.toks[x+1]) {
			// ("Cantor Ruth Levy": the run may open with the noun.)
			if id = a.reg.mentionAt(a.toks[x+1].s); id < 0 && t.cap {
				id = a.reg.mentionAt(t.s)
			}
		} else if !t.cap {
			d := x - 1
			for d > 0 && d > x-3 && a.toks[d].kind == tWord && !a.toks[d].cap && !determiner(a.toks[d].low) {
				d--
			}
			if d >= 2 && (a.toks[d].low == "a" || a.toks[d].low == "an" || a.toks[d].low == "the") && a.toks[d-1].low == "," && isNameWord(a.toks[d-2]) {
				s := d - 2
				for s > 0 && isNameWord(a.toks[s-1]) && a.toks[s-1].para == a.toks[d].para {
					s--
				}
				id = a.reg.mentionAt(a.toks[s].s)
			}
		}
		if id < 0 || a.reg.ents[id].org || a.reg.ents[id].anon {
			continue
		}
		if found >= 0 && found != id {
			return -1
		}
		found = id
	}
	return found
}
