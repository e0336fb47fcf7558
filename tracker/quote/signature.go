package quote

// signatureLine reads a signature on its own line after a quotation that
// stands alone in its paragraph: ""We will rebuild, whatever it takes." /
// — Ann Ruiz, mayor of Port Elm". The paragraph after opens with a dash
// ("—", "–", "-" or "--") and a person's name, and holds at most a short
// description after a comma (no verb) or a post's handle and date. The
// quotation token is toks[k].
func (a *attributor) signatureLine(k int) (cue, bool) {
	if !startsParagraph(a.toks, k) || !endsParagraph(a.toks, k) {
		return cue{}, false
	}
	p := a.toks[k].para
	n := k + 1
	for n < len(a.toks) && a.toks[n].para == p {
		n++
	}
	i := n
	for i < len(a.toks) && i < n+2 && a.toks[i].para == p+1 && isDashTok(a.toks[i].low) {
		i++
	}
	if i == n || i >= len(a.toks) || a.toks[i].para != p+1 || !isNameWord(a.toks[i]) {
		return cue{}, false
	}
	end := i
	for end < len(a.toks) && a.toks[end].para == p+1 {
		end++
	}
	if end-i > 16 {
		return cue{}, false
	}
	np := a.parseFwd(i, end)
	if np.kind != npName || np.ent < 0 || a.reg.ents[np.ent].org || np.lo != i {
		return cue{}, false
	}
	switch rest := a.toks[np.hi:end]; {
	case len(rest) == 0 || len(rest) == 1 && rest[0].kind == tEnd:
	case postSignature(rest):
	case rest[0].low == "," && !a.hasVerb(np.hi, end) && !a.hasClause(np.hi+1, end-1):
	// "– Ann Ruiz, speaking at the town hall on Friday"
	case rest[0].low == "," && len(rest) > 1 && (rest[1].low == "speaking" || rest[1].low == "writing" || rest[1].low == "talking") && !a.hasClause(np.hi+1, end-1):
	default:
		return cue{}, false
	}
	return cue{np: np, pos: a.toks[i].s, adjacent: true, strict: true}, true
}

// withThoseWords reads the sentence at toks[j] after a quotation that
// opens "With those words," (or "With these remarks," "With that
// statement,"), its subject the speaker: ""I am leaving with my head held
// high." With those words, Tom Reed walked off the stage."
func (a *attributor) withThoseWords(j int) (cue, bool) {
	if j+4 >= len(a.toks) {
		return cue{}, false
	}
	switch a.toks[j+1].low {
	case "those", "these", "that", "this", "his", "her", "the":
	default:
		return cue{}, false
	}
	n := j + 2
	if !echoNouns[a.toks[n].low] || a.toks[n+1].low != "," {
		return cue{}, false
	}
	hi := n + 2
	for hi < len(a.toks) && a.toks[hi].para == a.toks[j].para && !a.clauseEnd(hi) && hi-j < 30 {
		hi++
	}
	np := a.parseFwd(n+2, hi)
	if np.kind == npName && a.reg.ents[np.ent].person && !a.reg.ents[np.ent].org || np.kind == npPron && np.word != "it" && np.word != "they" {
		// The subject acts: a verb after it.
		if v := np.hi; v < hi && a.toks[v].kind == tWord && !a.toks[v].cap {
			return cue{np: np, text: a.text[a.toks[j].s:a.toks[n].e], pos: a.toks[n+2].s}, true
		}
	}
	return cue{}, false
}
