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
	if !startsParagraph(a.toks, k) {
		return -1
	}
	start := k // the answer's first token
	for steps := 0; steps < 12; steps++ {
		qs := a.paraStartBefore(start)
		if qs < 0 || !a.questionPara(qs, start) {
			return -1
		}
		as := a.paraStartBefore(qs)
		if as < 0 {
			return -1
		}
		if a.toks[as].kind == tQuote {
			start = as // an earlier answer
			continue
		}
		return a.onlyPerson(as, qs)
	}
	return -1
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
