package quote

// An interview printed as questions and answers: each question a paragraph
// of the interviewer's, unquoted, and each answer a paragraph opening with
// a quotation that has no cue of its own. The answers are the words of the
// one person the paragraph before the first question names ("We spoke to
// economist Ann Pettifor about the budget." / "Is the chancellor right?" /
// ""No. Cutting now will shrink the economy."").

// interviewee returns who speaks the quotation at toks[k] when it opens a
// paragraph that answers such a question, or -1.
func (a *attributor) interviewee(k int) int {
	start := k // the answer's first token
	if !startsParagraph(a.toks, k) {
		if start = a.answerLabel(k); start < 0 {
			return -1
		}
	}
	for steps := 0; steps < 12; steps++ {
		qs := a.paraStartBefore(start)
		if qs < 0 || !a.questionPara(qs, start) {
			return -1
		}
		as := a.paraStartBefore(qs)
		if as < 0 {
			return -1
		}
		if a.toks[as].kind == tQuote || a.labelledAnswer(as) {
			start = as // an earlier answer
			continue
		}
		who := a.onlyPerson(as, qs)
		// "Q&A: Author Jonah Feld on his new memoir" / "The novelist
		// sat down with the Herald ..." / "Q: Why write a memoir
		// now?": a lead naming no one takes the one person of the
		// heading right before it.
		if who < 0 && !a.namesAnyone(as, qs) {
			if hs := a.paraStartBefore(as); hs >= 0 && a.toks[hs].kind != tQuote && !a.labelledAnswer(hs) {
				who = a.onlyPerson(hs, as)
			}
		}
		return who
	}
	return -1
}

// answerLabel returns the first token of the paragraph when the quotation
// at toks[k] opens an answer printed after the label "A:" or "A." ("Q:
// Why now?" / "A: "I turned 60.""), or -1.
func (a *attributor) answerLabel(k int) int {
	switch {
	case k >= 2 && a.toks[k-1].text == ":" && a.toks[k-2].text == "A" && startsParagraph(a.toks, k-2):
		return k - 2
	case k >= 1 && a.toks[k-1].text == "A." && startsParagraph(a.toks, k-1):
		return k - 1
	}
	return -1
}

// labelledAnswer reports whether the paragraph starting at toks[s] is an
// answer opening with "A:" or "A." and a quotation.
func (a *attributor) labelledAnswer(s int) bool {
	for _, k := range [2]int{s + 1, s + 2} {
		if k < len(a.toks) && a.toks[k].kind == tQuote && a.toks[k].para == a.toks[s].para && a.answerLabel(k) == s {
			return true
		}
	}
	return false
}

// namesAnyone reports whether toks[s:e] holds a name word of a person.
func (a *attributor) namesAnyone(s, e int) bool {
	for j := s; j < e; j++ {
		if isNameWord(a.toks[j]) {
			if id := a.reg.mentionAt(a.toks[j].s); id >= 0 && a.reg.isPerson(id) {
				return true
			}
		}
	}
	return false
}

// paraStartBefore returns the index of the first token of the paragraph
// before the one starting at toks[s], or -1.
func (a *attributor) paraStartBefore(s int) int {
	if s == 0 {
		return -1
	}
	p := s - 1
	for p > 0 && a.toks[p-1].para == a.toks[s-1].para {
		p--
	}
	return p
}

// questionPara reports whether toks[s:e] is a paragraph that is a question
// and quotes nothing: at most two sentences and forty words, the last
// closed by a question mark.
func (a *attributor) questionPara(s, e int) bool {
	if e-s > 48 || a.toks[e-1].kind != tEnd || a.text[a.toks[e-1].s:a.toks[e-1].e] != "?" {
		return false
	}
	ends := 0
	for j := s; j < e; j++ {
		switch a.toks[j].kind {
		case tQuote:
			return false
		case tEnd:
			ends++
		}
	}
	return ends <= 2
}

// onlyPerson returns the one person toks[s:e] names, or -1 when it names
// none or several. The interviewer the answers are given to ("Rahul Menon
// talks to Priya Shah about ...", "He spoke to Ben Marlow") is not one.
func (a *attributor) onlyPerson(s, e int) int {
	who := -1
	for j := s; j < e; j++ {
		if !isNameWord(a.toks[j]) {
			continue
		}
		id := a.reg.mentionAt(a.toks[j].s)
		if id < 0 || !a.reg.isPerson(id) || a.reg.ents[id].anon {
			continue
		}
		if j >= s+2 && (a.toks[j-1].low == "to" || a.toks[j-1].low == "with") && talkVerbs[a.toks[j-2].low] {
			continue
		}
		if who >= 0 && who != id {
			return -1
		}
		who = id
	}
	return who
}

// talkVerbs put an interviewee in conversation with the interviewer
// named after "to" or "with": "talks to", "spoke to", "sits down with".
var talkVerbs = setOf("talks", "talk", "talked", "talking", "speaks", "spoke", "speaking", "chats", "chatted", "down")
