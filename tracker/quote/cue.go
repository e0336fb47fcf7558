package quote

// Cues: the reporting verb or phrase next to a quotation, and the speaker
// phrase it governs.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cue is what attributes a quotation: the reporting verb or phrase and the
// speaker phrase, and whether it sits right next to the quotation.
type cue struct {
	np       nounPhrase
	text     string
	pos      int  // byte offset of the cue, for resolving pronouns
	adjacent bool // the cue is close to the quotation
	strict   bool // nothing but punctuation separates cue and quotation
}

// attributor reads the narrative around quotations.
type attributor struct {
	text string
	toks []token
	reg  *registry
	conf float64 // how sure the last resolve was, 0 to 1
	// words is the quotation whose cue is being resolved, or "": a
	// he/she does not mean someone the words name in the third person.
	words string
	// lastOrg is the organisation the latest quotation with a cue of its
	// own was given to, quoted at byte offset lastOrgPos (-1: none yet):
	// an "it" that follows goes on meaning it (see itSpeaker).
	lastOrg, lastOrgPos int
	// lastDesc is the person the latest quotation whose cue describes its
	// speaker ("the commissioner told reporters") was given to, quoted at
	// lastDescPos (-1: none): a "she added" just after, with no one named
	// before it, goes on meaning them.
	lastDesc, lastDescPos int
	// verbs holds isVerb's and isInvertedVerb's answers, per token (the
	// rules ask them again and again of the same words): see verbMemo.
	verbs []uint8
	// ledeSomeone is 1 + the index of the first token of the article's
	// first paragraph that names or describes someone, or the paragraph's
	// end (0: not read yet; see ledePronoun).
	ledeSomeone int
	// paraEnd is 1 + firstParaEnd's answer (0: not read yet).
	paraEnd int
	// nested: before is reading the cue of an earlier quotation for a
	// later one (see afterQuoteAnd).
	nested bool
	// clauseFrom is 1 + the token the latest clauseStart walked back
	// from (0: none yet), clauseAt where it stopped.
	clauseFrom, clauseAt int
}

// The bits of attributor.verbs: whether isVerb (isInvertedVerb) was asked,
// and its answer.
const (
	verbAsked uint8 = 1 << iota
	verbYes
	invertedAsked
	invertedYes
)

// verbMemo gives the answer memoised under bits asked and yes for toks[i],
// reading it with read the first time.
func (a *attributor) verbMemo(i int, asked, yes uint8, read func(int) bool) bool {
	if a.verbs == nil {
		a.verbs = make([]uint8, len(a.toks))
	}
	if v := a.verbs[i]; v&asked != 0 {
		return v&yes != 0
	}
	ok := read(i)
	a.verbs[i] |= asked
	if ok {
		a.verbs[i] |= yes
	}
	return ok
}

// isVerb reports whether toks[i] is a reporting verb in the active voice.
func (a *attributor) isVerb(i int) bool {
	return a.verbMemo(i, verbAsked, verbYes, a.readVerb)
}

// readsPastClause reports whether "read" at toks[i] has for subject a
// speech noun set off from it by a relative clause between commas ("post,
// which has since been deleted, read").
func (a *attributor) readsPastClause(i int) bool {
	speech := func(t token) bool {
		return t.kind == tWord && !t.cap && t.in(lxSpeechNouns) && !t.in(lxDelegateNouns) && !inscriptionNouns[t.low]
	}
	if a.toks[i-1].low != "," {
		return false
	}
	for j := i - 2; j > 1 && j > i-25 && a.toks[j].sent == a.toks[i].sent; j-- {
		w := a.toks[j]
		if w.kind == tQuote || w.kind == tEnd {
			return false
		}
		if w.low == "," {
			return (a.toks[j+1].low == "which" || a.toks[j+1].low == "posted" || a.toks[j+1].low == "written" || a.toks[j+1].low == "published") && speech(a.toks[j-1])
		}
	}
	return false
}

// readVerb is isVerb, read from the words.
func (a *attributor) readVerb(i int) bool {
	t := &a.toks[i]
	if t.kind != tWord || t.cap {
		return false
	}
	// ""...," the accused told the court": "accused" after an article
	// or a possessive is the noun, the person on trial (not "the man
	// that accused him", "who accused").
	if t.low == "accused" && i > 0 && accusedNounDet[a.toks[i-1].low] {
		return false
	}
	if !t.in(lxReportingVerbs) {
		n := i + 1
		// "A Met Police statement read:", "his letter reads": what the
		// words were written in reads them (a sign that reads is an
		// inscription, no one's: see inscriptionNouns).
		if (t.low == "read" || t.low == "reads") && i > 0 && a.toks[i-1].in(lxSpeechNouns) && !inscriptionNouns[a.toks[i-1].low] && !a.toks[i-1].in(lxDelegateNouns) {
			return true
		}
		// "The company's statement was brief: "..."", "His campaign's
		// statement was blunter:": a copula and one word saying what
		// the words were like, before a colon and the words.
		if (t.low == "was" || t.low == "is") && i > 0 && n+2 < len(a.toks) && a.toks[i-1].kind == tWord && !a.toks[i-1].cap && a.toks[i-1].in(lxSpeechNouns) &&
			!a.toks[i-1].in(lxDelegateNouns) && !inscriptionNouns[a.toks[i-1].low] && a.toks[n].kind == tWord && !a.toks[n].cap && a.toks[n+1].low == ":" &&
			a.toks[n+2].kind == tQuote && a.toks[n+2].para == t.para {
			return true
		}
		// "Her Facebook post, which has since been deleted, read:": the
		// noun past a relative clause.
		if (t.low == "read" || t.low == "reads") && i > 3 && a.readsPastClause(i) {
			return true
		}
		// "Mark Dunning sent a memo to staff on Friday. It read:": "it"
		// is the document the sentence before brings in.
		if t.low == "read" && i > 0 && a.toks[i-1].low == "it" && n < len(a.toks) && (a.toks[n].low == ":" || a.toks[n].kind == tQuote) &&
			(a.docObjectBefore(i-1) >= 0 || a.docSubjectBefore(a.toks[i-1].s) >= 0) {
			return true
		}
		// "..., warning that "..."", "and warning: "..."": the participle
		// (not "a warning that", "a stark warning:", the noun).
		if t.low == "warning" {
			return i > 0 && n < len(a.toks) && a.toks[n].para == t.para && participleLeads[a.toks[i-1].low] &&
				(a.toks[n].low == "that" || a.toks[n].low == ":" || a.toks[n].kind == tQuote)
		}
		if !t.in(lxOtherVerbs) {
			return false
		}
		switch otherVerbs[t.low] {
		case 0:
			return false
		case otherPut:
			return a.isPutIt(i)
		case otherStart:
			// ""Senator, I don't think that's—" Zuckerberg began, before
			// Hawley cut him off": words broken off, and who began them.
			return a.cutOffBefore(i)
		case otherPhrasal:
			// "Smith fired back", "the minister lashed out at critics"
			if n >= len(a.toks) || a.toks[n].para != t.para || a.toks[n].low != phrasalVerbs[t.low] {
				return false
			}
			// "he went on the hajj", "goes on a diet": "on" opening a
			// noun phrase is a preposition, not "went on (to say)".
			if a.toks[n].low == "on" && n+1 < len(a.toks) && (a.toks[n+1].low == "the" || a.toks[n+1].low == "a" || a.toks[n+1].low == "an" || possessives[a.toks[n+1].low]) {
				return false
			}
		case otherPoints, otherThat:
			// "Green agrees that ...", "He points out that ...": verbs of
			// thought or assent report speech when a that-clause follows.
			if n < len(a.toks) && a.toks[n].low == "out" && otherVerbs[t.low] == otherPoints {
				n++
			} else if otherVerbs[t.low] == otherPoints {
				return false
			} else if thoughtToSelf(a.toks, i) {
				// "he thought to himself, "I could run my own firm."":
				// words said inwardly, in the speaker's own voice.
				break
			}
			if n >= len(a.toks) || a.toks[n].para != t.para || (a.toks[n].low != "that" && a.toks[n].low != ":") && !(otherVerbs[t.low] == otherPoints && a.pointsOutBefore(i, n)) {
				return false
			}
		}
	}
	// "his ruling AK Party", "their briefing": a form in -ing after a
	// possessive is a noun's or an adjective's.
	return i == 0 || !a.toks[i-1].in(lxPassiveAux) && !(strings.HasSuffix(t.low, "ing") && possessives[a.toks[i-1].low]) &&
		!pluralAfterPossessive(a.toks, i) && !pluralNounForm(a.toks, i) && !a.passiveAcrossAdverb(i)
}

// thoughtToSelf reports whether toks[i], "thought" or "thinks", is
// followed by "to himself" (herself, themselves, myself).
func thoughtToSelf(toks []token, i int) bool {
	if toks[i].low != "thought" && toks[i].low != "thinks" || i+2 >= len(toks) || toks[i+1].low != "to" || toks[i+2].para != toks[i].para {
		return false
	}
	switch toks[i+2].low {
	case "himself", "herself", "themselves", "myself":
		return true
	}
	return false
}

// pointsOutBefore reports whether "points out" at toks[i] (its "out" at
// toks[n-1]) says words that follow in its sentence without a
// that-clause: "As Dana Whitfield pointed out, the plan "will never pay"",
// "Paul Greer pointed out, "Nobody asked."" (a comma, then a quotation
// before the sentence ends); not "pointed out, on a map, the old route".
func (a *attributor) pointsOutBefore(i, n int) bool {
	if a.toks[n].kind == tQuote {
		return a.toks[n].q >= 0
	}
	if a.toks[n].low != "," {
		return false
	}
	for j := n + 1; j < len(a.toks) && j <= n+40 && a.toks[j].sent == a.toks[i].sent; j++ {
		if a.toks[j].kind == tEnd {
			return false
		}
		// (A title or a word in quotation marks on the way is no one's
		// words: "while Katy Perry's "Firework" plays, ... that "...".")
		if a.toks[j].kind == tQuote && !a.toks[j].weak {
			return a.toks[j].q >= 0
		}
	}
	return false
}

// accusedNounDet are the words after which "accused" is the noun.
var accusedNounDet = setOf("the", "a", "an", "his", "their", "each", "both", "one")

// startVerbs say that someone began speaking, after words broken off.
var startVerbs = setOf("began", "begins", "started", "starts")

// cutOffBefore reports whether the verb at toks[i] follows a name right
// (or "he", "she") right after a quotation broken off by a dash or an
// ellipsis: `"I don't think that's—" Zuckerberg began`.
func (a *attributor) cutOffBefore(i int) bool {
	j := i - 1
	if j > 0 && (a.toks[j].low == "he" || a.toks[j].low == "she") {
		j-- // "I don't—" she began
	} else {
		for j > 0 && j > i-5 && isNameWord(a.toks[j]) {
			j--
		}
	}
	if j == i-1 || j < 0 || a.toks[j].kind != tQuote || a.toks[j].para != a.toks[i].para || a.toks[j].q < 0 {
		return false
	}
	body := strings.TrimRight(a.text[a.toks[j].s:a.toks[j].e], "\"”»″' ")
	return strings.HasSuffix(body, "—") || strings.HasSuffix(body, "–") || strings.HasSuffix(body, "-") ||
		strings.HasSuffix(body, "...") || strings.HasSuffix(body, "…")
}

// pluralNounForm reports whether toks[i], a form in -s, is a plural noun
// by what follows it: a copula of the plural ("said the RSF claims were
// "lies"") or, after "the" and a name inside the sentence, "as"
// ("dismissed the RSF claims as "lies"").
func pluralNounForm(toks []token, i int) bool {
	if !strings.HasSuffix(toks[i].low, "s") || i+1 >= len(toks) || toks[i+1].para != toks[i].para {
		return false
	}
	switch toks[i+1].low {
	case "were", "are":
		return true
	case "as":
		return i >= 3 && toks[i-1].name && toks[i-2].low == "the" && toks[i-3].kind == tWord && toks[i-3].sent == toks[i].sent
	}
	return false
}

// pluralAfterPossessive reports whether toks[i], a form in -s, follows a
// possessive ("about the president's claims", "his comments", "their
// demands"): a plural noun, not a verb of speech.
func pluralAfterPossessive(toks []token, i int) bool {
	if i == 0 || !strings.HasSuffix(toks[i].low, "s") {
		return false
	}
	p := &toks[i-1]
	return p.para == toks[i].para && (p.poss && p.kind == tWord || possessives[p.low])
}

// passiveAcrossAdverb reports whether the past participle toks[i] is
// passive with an adverb or two between it and its auxiliary: "Reed was
// once asked", "she was later told" (the subject was spoken to).
func (a *attributor) passiveAcrossAdverb(i int) bool {
	t := &a.toks[i]
	if strings.HasSuffix(t.low, "ing") {
		return false // "was also saying": active
	}
	p := i - 1
	for n := 0; n < 2 && p > 0; n++ {
		w := &a.toks[p]
		if w.kind != tWord || w.cap || w.para != t.para || !adverbLike(w) || skipAux[w.low] {
			return false
		}
		p--
		if a.toks[p].in(lxPassiveAux) && a.toks[p].para == t.para {
			return true
		}
	}
	return false
}

// issuedSaying reads the participle of speech toks[v] right after a noun
// for what someone issued ("Tom Reed released a statement saying", "he
// posted a video saying", "Orbel Foods issued a statement saying"): the
// subject of the clause that issued it speaks, a name, a pronoun or a
// description. A statement said to be from someone ("a statement from the
// ministry saying") or someone's ("his lawyer's statement") is read
// elsewhere.
func (a *attributor) issuedSaying(lo, v int) (nounPhrase, bool) {
	n := v - 1
	// "issued a statement Friday saying", "released a statement on
	// Monday saying": a time between the message and the participle.
	if n-3 > lo && strings.HasSuffix(a.toks[v].low, "ing") {
		m := n
		for k := 0; k < 2 && m > lo && (a.toks[m].in(lxDayNames) || issueTimeWords[a.toks[m].low]); k++ {
			m--
		}
		if m < n && (a.toks[m].low == "on" || a.toks[m].low == "late" || a.toks[m].low == "early") {
			m--
		}
		if m < n {
			n = m
		}
	}
	if n-2 <= lo || !strings.HasSuffix(a.toks[v].low, "ing") || !(a.toks[n].in(lxSpeechNouns) || recordingNouns[a.toks[n].low]) || a.toks[n].in(lxDelegateNouns) || a.toks[n].cap {
		return nounPhrase{}, false
	}
	d := n - 1
	// "a separate statement", "a brief written statement": up to two
	// words describing the message between the article and its noun.
	for k := 0; k < 2 && d > lo+2 && a.issueModifier(d); k++ {
		d--
	}
	if !(a.toks[d].low == "a" || a.toks[d].low == "an") {
		return nounPhrase{}, false
	}
	vb := d - 1
	// "Brightwell Foods put out a statement saying": the particle of
	// "put out" / "sent out" between the verb and the article.
	if vb-1 > lo && a.toks[vb].low == "out" && (a.toks[vb-1].low == "put" || a.toks[vb-1].low == "puts" || a.toks[vb-1].low == "sent") {
		vb--
	}
	if !a.isIssueVerb(vb) {
		return nounPhrase{}, false
	}
	s := a.subject(lo, vb)
	if s.kind != npName && s.kind != npPron && s.kind != npDesc || s.hi > vb {
		return nounPhrase{}, false
	}
	return s, true
}

// issueTimeWords end a time after an issued message ("a statement Friday
// night saying", "a statement yesterday saying").
var issueTimeWords = setOf("today", "yesterday", "tonight", "overnight", "earlier", "later", "night", "morning", "afternoon", "evening")

// issueModifier reports whether toks[i] is a lower-case word describing
// an issued message between its article and its noun ("a separate
// statement", "a brief written statement"): no function word, verb of
// speech or word of another clause.
func (a *attributor) issueModifier(i int) bool {
	t := &a.toks[i]
	if t.low == "written" || t.low == "emailed" {
		return true
	}
	if t.kind != tWord || t.cap || determiner(t.low) || t.in(lxPrepositions) || t.in(lxClauseWords) || t.in(lxReportingVerbs) || t.in(lxAuxiliaries) {
		return false
	}
	switch t.low {
	case "and", "or", "but", "not", "to",
		// "a victim impact statement", "a family statement": the
		// words are someone else's.
		"family", "victim", "witness", "joint":
		return false
	}
	ok, _ := personNoun(t.low)
	return !ok
}

// reportedListSubject reads a verb of crying out, toks[v], joined by
// "," or "and" (toks[b]) to the verbs of a clause another verb reports:
// "Walsh added that Reyes surfaced, yelled "shark!", and swam", "Park
// told reporters that Becker waved and shouted "...". The reported
// clause's subject, a name or a pronoun with a verb of its own, cried
// out, not the one reporting it.
func (a *attributor) reportedListSubject(lo, b, v int) (nounPhrase, bool) {
	if !cryVerbs[a.toks[v].low] {
		return nounPhrase{}, false
	}
	for r := b - 2; r > lo && r >= b-20; r-- {
		t := &a.toks[r]
		if t.kind == tQuote || t.kind == tEnd {
			break
		}
		rep := t.in(lxReportingVerbs) && !t.cap
		if t.low == "that" {
			for p := r - 1; p >= lo && p >= r-4; p-- {
				if a.toks[p].in(lxReportingVerbs) {
					rep = true
					break
				}
			}
		}
		if !rep {
			continue
		}
		// "Park said her son ran to the door and screamed "..."": a
		// relation or role of someone's, unnamed, with its verb.
		if f := r + 1; f+2 < b && possessives[a.toks[f].low] && a.toks[f+1].kind == tWord && !a.toks[f+1].cap && a.startsVerbPhrase(f+2) {
			if ok, _ := personNoun(a.toks[f+1].low); ok || relationNouns[a.toks[f+1].low] {
				return nounPhrase{kind: npAnon, word: a.toks[f+1].low, lo: f, hi: f + 2}, true
			}
		}
		s := a.parseFwd(r+1, b)
		if s.kind == npNone || s.lo != r+1 || s.hi >= b || !a.startsVerbPhrase(s.hi) || a.toks[s.lo].low == "it" {
			return nounPhrase{}, false
		}
		return s, true
	}
	return nounPhrase{}, false
}

// cryVerbs cry words out as part of what happened, in a list of the
// verbs of the one who did ("surfaced, yelled "...", and swam").
var cryVerbs = setOf("yelled", "shouted", "screamed", "cried", "hollered", "shrieked", "bellowed",
	"screeched", "whispered", "chanted", "muttered")

// isIssueVerb reports whether toks[i] is a verb of putting words out
// ("released", "issued", "posted") in the past or present.
func (a *attributor) isIssueVerb(i int) bool {
	return i >= 0 && issueVerbs[a.toks[i].low]
}

// recordingNouns carry someone's own spoken words ("posted a video
// saying").
var recordingNouns = setOf("video", "clip", "recording", "podcast", "livestream")

var issueVerbs = setOf("released", "releases", "issued", "issues", "posted", "posts", "published", "publishes",
	"sent", "sends", "shared", "shares", "put", "puts", "wrote", "writes", "tweeted", "uploaded", "delivered", "made")

// participleLeads come before a participle that opens a clause of its own
// ("..., warning that", "while warning that").
var participleLeads = setOf(",", "and", "while", "before", "after", "by", "without", "also", "even")

// skipAux are the auxiliaries among the words skipped before a verb: not
// adverbs between a passive auxiliary and its participle.
var skipAux = setOf("had", "has", "have")

var possessives = setOf("his", "her", "their", "its", "our", "my", "your")

// otherVerbs classifies, in one lookup, the words that report speech only
// in some company: "put it", a phrasal verb's particle, a that-clause.
var otherVerbs = func() map[string]uint8 {
	m := make(map[string]uint8)
	for w := range thatVerbs {
		m[w] = otherThat
	}
	for _, w := range []string{"points", "pointed", "pointing"} {
		m[w] = otherPoints
	}
	for w := range phrasalVerbs {
		if !reportingVerbs[w] {
			m[w] = otherPhrasal
		}
	}
	m["put"], m["puts"] = otherPut, otherPut
	for w := range startVerbs {
		if m[w] == 0 && !reportingVerbs[w] {
			m[w] = otherStart
		}
	}
	return m
}()

const (
	otherThat uint8 = iota + 1
	otherPoints
	otherPhrasal
	otherPut
	otherStart
)

// thatVerbs report someone's words when a that-clause follows ("Green
// agrees that ...").
var thatVerbs = setOf("agrees", "agreed", "accepts", "accepted", "believes", "believed",
	"thinks", "thought", "feels", "felt", "hopes", "hoped", "fears", "feared", "reckons",
	"reckoned", "knows", "knew", "stresses", "stressed", "maintains", "maintained",
	// "his lawyers maintain that the charges "are baseless""
	"maintain",
	// "She shared that ...", "He shares: "...""
	"shares", "shared",
	// "She offered that "..."", "He offers: "...""
	"offers", "offered",
	// "the economist Joseph Stiglitz comments that "..."" ("comments"
	// alone is a noun; right after a quotation it is inverted, see
	// invertedVerbs)
	"comments")

// maxRegion bounds, in tokens, how far from a quotation its cue is sought,
// keeping Extract linear on pathological input.
const maxRegion = 80

// clauseEnd reports whether toks[i] ends the narrative around a quotation:
// a sentence end or another quotation (scare quotes do not count).
func (a *attributor) clauseEnd(i int) bool {
	t := &a.toks[i]
	// (A quotation of a word or two ends a clause when it ends its
	// sentence: "Critics called it "a betrayal." Hale defended it".)
	return t.kind == tEnd || (t.kind == tQuote && (!t.weak || i+1 < len(a.toks) && a.toks[i+1].sent != t.sent))
}

// after looks for a cue right after a quotation's closing mark:
// `," X said`, `," said X`, `," X, the spokesman, said`, `," according to X`.
func (a *attributor) after(k int) (cue, bool) {
	lo := k + 1
	para := a.toks[k].para
	hi := lo
	for hi < len(a.toks) && a.toks[hi].para == para && !a.clauseEnd(hi) && hi-lo < maxRegion {
		hi++
	}
	// After a quotation that ends a sentence, a capitalised word starts the
	// next sentence, not a cue ("It was chaos." The general spoke ...).
	// Only a bare cue ending the sentence ("It's over." Smith said.) counts.
	if q := a.toks[k]; q.q >= 0 && lo < hi && a.toks[lo].cap {
		body := strings.TrimRight(a.text[q.s:q.e], "\"”»″ ")
		if strings.HasSuffix(body, ".") {
			// (Not "Reed called it "a disgrace." Hale said she "..."": the
			// verb there introduces the next quotation.)
			bare := hi >= len(a.toks) || a.toks[hi].kind != tQuote
			if !a.isVerb(hi-1) && !(hi-lo <= 4 && lo+1 < hi && a.isVerb(lo+1) && bare) {
				return cue{}, false
			}
		}
		// "... leant over and said, "What are you watching?" Wiig smiles
		// when I tell her this.": a verb of speech right before the
		// quotation introduced it; the sentence after it is another's.
		if (strings.HasSuffix(body, ".") || strings.HasSuffix(body, "!") || strings.HasSuffix(body, "?")) && a.introducedBy(k) {
			return cue{}, false
		}
		// After "!" or "?" a cue may follow with a capital ("Why?" Smith
		// asked the minister.), but a verb with an object of its own
		// starts the next sentence: `"... a sad sight!" Newsom announced
		// several new efforts`.
		if strings.HasSuffix(body, "!") || strings.HasSuffix(body, "?") {
			for v := lo; v < hi && v <= lo+5; v++ {
				if a.isVerb(v) || a.isInvertedVerb(v) {
					if a.verbHasObject(v, hi) {
						return cue{}, false
					}
					break
				}
			}
		}
	}
	i := lo
	// ``That is one bright person,"' said Rep. Tony Cardenas": the mark
	// closing a quotation inside it, left after the outer one, is no word.
	for i < hi && (a.toks[i].low == "," || isDashTok(a.toks[i].low) || i == lo && isStrayMark(a.toks[i])) {
		i++
	}
	if i >= hi {
		return cue{}, false
	}
	// "The plan was described as "the biggest reform in a generation" by
	// Wes Streeting", "was branded "a cynical stunt" by campaigners": the
	// agent of the passive verb of praise, criticism or naming speaks.
	if a.toks[i].low == "by" && i+1 < hi && a.passiveJudged(k) {
		if np := a.parseFwd(i+1, hi); np.kind != npNone {
			return cue{np: np, text: a.text[a.toks[i].s:a.toks[i].e], pos: a.toks[i+1].s, adjacent: true}, true
		}
	}
	// "Hale called the plan "a step forward," and Reed said it would
	// fail": a quotation that a verb before it in its sentence takes as
	// object; "and" after it opens a clause of its own, whose subject
	// did not say it.
	if t := a.toks[i]; t.kind == tWord && !t.cap && (t.low == "and" || t.low == "but" || t.low == "while" || t.low == "whereas") && a.verbBeforeQuote(k) {
		return cue{}, false
	}
	// An epigraph or pull quote signed with a dash: "..." — Matthew Ingram;
	// an embedded post, signed with its handle and date: "..." — Jane
	// Holloway (@JaneHollowayMP) June 3, 2025.
	if i > lo && isDashTok(a.toks[i-1].low) && isNameWord(a.toks[i]) {
		if np := a.parseFwd(i, hi); np.kind == npName && !a.reg.ents[np.ent].org && (np.hi >= hi-4 || postSignature(a.toks[np.hi:hi])) {
			return cue{np: np, pos: a.toks[i].s, adjacent: true, strict: true}, true
		}
	}
	if a.isVerb(i) || a.isInvertedVerb(i) {
		if np := a.speakerFwd(i+1, hi); np.kind != npNone {
			return cue{np: np, text: a.cueText(i, hi), pos: a.toks[i].s, adjacent: true, strict: true}, true
		}
	}
	if c, ok := a.relativeCue(i, hi); ok {
		return c, true
	}
	// ""...," in the words of Ann Cole." / "in Ms Cole's words."
	if a.toks[i].low == "in" {
		for w := i + 1; w < hi && w <= i+6; w++ {
			if a.toks[w].low == "words" {
				if c, ok := a.possWords(i, w, hi); ok {
					c.adjacent, c.strict = true, true
					return c, true
				}
				break
			}
		}
	}
	if a.toks[i].low == "according" && i+1 < hi && a.toks[i+1].low == "to" {
		if np := a.accordingTo(i+2, hi); np.kind != npNone {
			return cue{np: np, text: "according to", pos: a.toks[i].s, adjacent: true, strict: true}, true
		}
	}
	// ""...," per fire chief Dan Ruiz."
	if a.toks[i].low == "per" && i+1 < hi {
		if np := a.speakerFwd(i+1, hi); np.kind == npName || np.kind == npAnon || np.kind == npDesc && speechNouns[np.word] {
			return cue{np: np, text: "per", pos: a.toks[i].s, adjacent: true, strict: true}, true
		}
	}
	// ""...," was the response from Ann Cole." / "came the reply from".
	if w := a.toks[i].low; (w == "was" || w == "came") && i+3 < hi && a.toks[i+1].low == "the" && a.toks[i+2].in(lxPossSpeech) &&
		(a.toks[i+3].low == "from" || a.toks[i+3].low == "of") {
		if np := a.speakerFwd(i+4, hi); np.kind == npName || np.kind == npDesc || np.kind == npAnon {
			return cue{np: np, text: a.text[a.toks[i].s:a.toks[i+3].e], pos: a.toks[i].s, adjacent: true, strict: true}, true
		}
	}
	for v := i + 1; v < hi && v <= i+25; v++ {
		if !a.isVerb(v) && !a.isInvertedVerb(v) {
			continue
		}
		// "“Why ...?” Mr. Cueto responded that “...”": that verb
		// introduces the next quotation, not this one (a title is no
		// quotation: ""...," Fauci told "Meet the Press."").
		// (Not "that" opening a time: ""...," Gray replied that spring.")
		if n := v + 1; n < len(a.toks) && a.toks[n].para == a.toks[v].para && (a.toks[n].low == "that" && !thatTime(a.toks, n) || a.toks[n].low == ":" || a.toks[n].kind == tQuote && !a.toks[n].weak) {
			break
		}
		// "Wootton asked her, "Did you get it?" She answered, "Yeah."": a
		// question put by someone named before it; the verb after it
		// introduces the answer.
		if a.askedInto(k) && a.leadsQuote(v) {
			break
		}
		// ""...," Reuters quoted Ann Hale as saying.": the person quoted.
		if strings.HasSuffix(a.toks[v].low, "ing") && v > i {
			// (And ""...," he was quoted as saying by state media.")
			// (And ""...," the official was quoted as saying.")
			if q, ok := a.quotedAs(i, v, v-1); ok && (q.kind == npName || (q.kind == npPron || q.kind == npAnon || q.kind == npDesc && anonSourceHeads[q.word]) && q.lo <= i+1) {
				return cue{np: q, text: a.cueText(v, hi), pos: a.toks[i].s, adjacent: true, strict: true}, true
			}
		}
		// "— as Sen. Ted Cruz likes to say —", ""...," as Ann Hale used to
		// put it": a verb of liking or habit before the infinitive.
		b := v - 1
		if b-1 > i && a.toks[b].low == "to" && catenatives[a.toks[b-1].low] {
			b -= 2
		}
		np := a.parseBack(i, b)
		// "...," but trust members questioned whether ...": a clause of
		// its own, with its own subject.
		if np.kind == npAnon && a.toks[i].in(lxClauseWords) && !a.toks[i].cap {
			break
		}
		// ""a step backwards" from what ministers had agreed": a free
		// relative clause, whose subject did not say the words.
		if np.kind != npNone && np.lo >= i && freeRelative(a.toks[i:np.lo+1]) {
			break
		}
		// ""...," Hale and Reed wrote.": two named subjects of the
		// verb; the words are both's, so the cue names no one speaker.
		if np.kind == npName && np.lo > i && np.lo-i <= 6 && a.toks[np.lo-1].low == "and" && nameRunTo(a.toks, i, np.lo-1) && a.coordinated(np) {
			return cue{np: nounPhrase{kind: npAnon, word: "and", lo: i, hi: np.hi}, text: a.cueText(v, hi), pos: a.toks[i].s, adjacent: true, strict: true}, true
		}
		// ""...," Reed and her husband said.": a name joined to a person
		// described; the words are both's, so no one speaker. (Before,
		// the cue was not read and a guess gave Ann Reed.)
		if (np.kind == npDesc || np.kind == npAnon) && np.lo > i && np.lo-i <= 6 && a.toks[np.lo-1].low == "and" && nameRunTo(a.toks, i, np.lo-1) &&
			a.personAt(np.lo, false) && a.personAt(np.lo-2, true) {
			return cue{np: nounPhrase{kind: npAnon, word: "and", lo: i, hi: np.hi}, text: a.cueText(v, hi), pos: a.toks[i].s, adjacent: true, strict: true}, true
		}
		// ""...," as Yellen put it.", ""...," as the Daily Herald wrote."
		as := (np.lo == i+1 || np.lo == i+2 && a.toks[i+1].low == "the" && np.kind == npName) && a.toks[i].low == "as" && (np.kind == npName || np.kind == npPron)
		// ("The crowd chanted "..." as Senator Ann Cole spoke": no cue.)
		if as && duringSpeech(a.toks, v) {
			break
		}
		if np.kind != npNone && np.lo >= i && np.lo-i <= 10 && (as || plainWords(a.toks[i:np.lo]) && !infinitiveIn(a.toks[i:np.lo])) {
			return cue{np: np, text: a.cueText(v, hi), pos: a.toks[i].s, adjacent: true, strict: true}, true
		}
		if c, ok := a.afterShortPhrase(i, v, hi); ok {
			return c, true
		}
		// ""These findings could be significant" for building codes,
		// Joost Aalders of the Delft Institute writes": the phrase, then
		// the named subject and its verb, the quotation opening the
		// sentence (not "Hale called the plan "a step forward" for the
		// city, Reed said": Hale's words, which Reed reports).
		if np.kind == npName && !a.reg.ents[np.ent].org && a.reg.ents[np.ent].person && np.lo > i && a.opensSentence(k) && a.shortPhraseTo(i, np.lo) {
			return cue{np: np, text: a.cueText(v, hi), pos: a.toks[i].s, adjacent: true}, true
		}
		break
	}
	if c, ok := a.mannerAfter(k, i, hi); ok {
		return c, true
	}
	// Only after a quotation closed by a comma: ""...," Dylan Nelson, a
	// fellow at ..., said", not "telling others "..." despite being the
	// envoy in Brussels, said another witness".
	if q := a.toks[k]; q.q >= 0 && (i > lo && a.toks[lo].low == "," || strings.HasSuffix(strings.TrimRight(a.text[q.s:q.e], "\"”»″ "), ",")) {
		if c, ok := a.appositionCue(i, hi); ok {
			return c, true
		}
	}
	if c, ok := a.finalAccording(k, i, hi); ok {
		return c, true
	}
	return a.finalCue(i, hi)
}

// mannerAfter reads ""...," Hale simpered in a morning post." and
// ""...," she harrumphed.": right after a quotation closed by a comma, a
// person named or "he"/"she", then a verb in the past tense that no list
// of verbs of speech gives, closing the sentence or followed by an adjunct
// rather than an object. The verb says how the words were said, and the
// person said them.
func (a *attributor) mannerAfter(k, i, hi int) (cue, bool) {
	q := a.toks[k]
	if q.q < 0 || i != k+1 || !strings.HasSuffix(strings.TrimRight(a.text[q.s:q.e], "\"”»″ "), ",") {
		return cue{}, false
	}
	// (Not when a verb of speech before the words in their sentence
	// introduced them: "Saying "we cannot wait," Reed signed the order".)
	for j := k - 1; j >= 0 && a.toks[j].para == q.para && a.toks[j].kind != tEnd && a.toks[j].kind != tQuote; j-- {
		if a.toks[j].kind == tWord && a.toks[j].in(lxReportingVerbs) {
			return cue{}, false
		}
	}
	np := a.parseFwd(i, hi)
	switch np.kind {
	case npPron:
		if np.word != "he" && np.word != "she" {
			return cue{}, false
		}
	case npName:
		if e := &a.reg.ents[np.ent]; !e.person || e.org || e.plural {
			return cue{}, false
		}
	default:
		return cue{}, false
	}
	v := np.hi
	if v >= len(a.toks) || a.toks[v].para != q.para {
		return cue{}, false
	}
	t := &a.toks[v]
	if t.kind != tWord || t.cap || len(t.low) < 6 || !strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "eed") {
		return cue{}, false
	}
	// With an object, whom the words were said to (""...," Hale ordered
	// the crowd", "chided his players") or what was done as they were
	// said (""It is done," Hale signed the bill"): the person still said
	// them, less surely so in the second case.
	adjacent := true
	if a.verbHasObject(v, len(a.toks)) {
		o := v + 2
		if o < len(a.toks) && a.toks[o].kind == tWord && !a.toks[o].cap && !audienceNouns[a.toks[o].low] && o+1 < len(a.toks) {
			o++ // one modifier: "the packed hall"
		}
		if o >= len(a.toks) || a.toks[o].para != t.para || a.toks[o].kind != tWord || a.toks[o].cap || !audienceNouns[a.toks[o].low] {
			adjacent = false
		} else {
			v = o
		}
	}
	// The clause ends, or an adjunct follows: "in a post", "to reporters",
	// "softly", "as he left".
	if n := v + 1; adjacent && n < len(a.toks) && a.toks[n].para == t.para && a.toks[n].kind == tWord {
		w := &a.toks[n]
		if w.cap || !(w.in(lxPrepositions) && w.low != "and" || w.in(lxObjectPreps) || strings.HasSuffix(w.low, "ly") || w.low == "as" || w.low == "while" || w.low == "before") {
			return cue{}, false
		}
	}
	return cue{np: np, text: t.low, pos: a.toks[i].s, adjacent: adjacent}, true
}

// audienceNouns are whom words are said to, as the object of a verb of
// saying them: "ordered the crowd", "chided his players".
var audienceNouns = setOf("crowd", "crowds", "audience", "audiences", "reporters", "journalists", "press", "gallery",
	"room", "chamber", "hall", "players", "team", "squad", "staff", "students", "fans", "supporters", "voters",
	"congregation", "jury", "court", "committee", "delegates", "lawmakers", "colleagues", "troops", "officers")

// verbBeforeQuote reports whether a verb stands before the quotation
// toks[k] in its sentence, with no other quotation between.
func (a *attributor) verbBeforeQuote(k int) bool {
	for j := k - 1; j >= 0 && a.toks[j].para == a.toks[k].para && a.toks[j].kind != tEnd; j-- {
		if a.toks[j].kind == tQuote {
			return false
		}
		if a.isVerb(j) {
			return true
		}
	}
	return false
}

// finalAccording reads "according to X" closing the sentence of a
// quotation that is the subject of a clause of its own: "... but "sickness
// or a falling tide" are thought to contribute, according to the
// Department of Conservation." The words between the quotation and the
// comma are its verb phrase (no other clause, name or quotation), and no
// verb of speech before the quotation in its sentence attributes it
// already ("Critics called the plan "a gift", but it passed, according
// to ..." is the critics' word).
func (a *attributor) finalAccording(k, i, hi int) (cue, bool) {
	if hi >= len(a.toks) || a.toks[hi].kind != tEnd {
		return cue{}, false
	}
	c := hi - 1
	for c > i && a.toks[c].low != "," {
		c--
	}
	// ", per the readout.": "per" attributes as "according to" does.
	from, text := c+3, "according to"
	if c+2 <= hi && a.toks[c+1].low == "per" {
		from, text = c+2, "per"
	} else if c <= i || c+3 > hi || a.toks[c+1].low != "according" || a.toks[c+2].low != "to" {
		return cue{}, false
	}
	if c <= i {
		return cue{}, false
	}
	// A clause of purpose may name things and people as objects and join
	// phrases of its own: "take "urgent action" to ensure the U.K.
	// maintains its position as the leading center or risk ..., according
	// to ..."; only a verb of speech (one with no object of its own, not
	// "maintains its position") would attribute the words to someone else.
	purpose := infinitiveIn(a.toks[i:c])
	for j := i; j < c; j++ {
		t := a.toks[j]
		if t.kind != tWord || t.in(lxClauseWords) && !purpose || t.low == "that" || t.low == "who" || t.low == "which" || isNameWord(t) && !purpose {
			return cue{}, false
		}
		if purpose && a.isVerb(j) && !a.verbHasObject(j, c) {
			return cue{}, false
		}
	}
	for j := k - 1; j >= 0 && a.toks[j].para == a.toks[k].para && a.toks[j].kind != tEnd; j-- {
		if a.toks[j].kind == tQuote || a.isVerb(j) {
			return cue{}, false
		}
	}
	np := a.speakerFwd(from, hi)
	// "per the readout" after "a White House call readout said": the
	// message's issuer.
	speech := np.kind == npDesc && speechNouns[np.word] && !delegateNouns[np.word]
	if np.kind != npName && np.kind != npAnon && !speech || np.hi < hi {
		return cue{}, false
	}
	return cue{np: np, text: text, pos: a.toks[c+1].s}, true
}

// appositionCue reads a cue after a quotation whose speaker carries a long
// apposition, commas and all: ""...," Dylan Nelson, a postdoctoral fellow
// at the Max Planck Institute in Munich, Germany, and co-author of the
// study, said in a statement." or a long role before the name: ""...,"
// Minister of Industry, Investment and Commerce, Senator the Hon. Aubyn
// Hill, told JIS News." The verb follows the apposition's closing comma,
// and nothing between is a clause of its own (no other reporting verb).
func (a *attributor) appositionCue(i, hi int) (cue, bool) {
	v, comma := -1, false
	// rel: inside a relative clause of the apposition ("Ana Ruiz, a
	// resident who tweeted about the smoke, said"), whose verbs are its own.
	apposed, rel := false, false
	for j := i + 1; j < hi && j <= i+50; j++ {
		if a.toks[j].low == "," && isNameWord(a.toks[j-1]) {
			apposed = true
		}
		if a.toks[j].kind != tWord {
			continue
		}
		if rel && a.toks[j-1].low != "," {
			continue
		}
		if a.isVerb(j) || a.isInvertedVerb(j) {
			v, comma = j, a.toks[j-1].low == ","
			break
		}
		switch a.toks[j].low {
		case "that", "who", "which", "whose", "where":
			if !apposed {
				return cue{}, false
			}
			rel = true
			continue
		}
		if a.toks[j].in(lxReportingVerbs) {
			return cue{}, false
		}
	}
	if v < 0 || v-1 <= i {
		return cue{}, false
	}
	if n := v + 1; n < len(a.toks) && a.toks[n].para == a.toks[v].para && (a.toks[n].low == "that" || a.toks[n].low == ":" || a.toks[n].kind == tQuote) {
		return cue{}, false
	}
	// The name opens the phrase, after plain role words ("study lead
	// author Lucas Paganini, a planetary scientist at ...,").
	for s := i; s < v-1 && s <= i+7; s++ {
		if !isNameWord(a.toks[s]) {
			continue
		}
		if !plainWords(a.toks[i:s]) {
			break
		}
		// The apposition's closing comma may be missing: ""...," Kurinji
		// Selvaraj, a research analyst at the Council on Energy think tank
		// told CBS News."
		// (Not a comma inside an organisation's name: "a Foreign,
		// Commonwealth and Development Office spokesperson said".)
		if a.reg.insideOrg(a.toks, s+1) {
			break
		}
		np := a.parseFwd(s, v-1)
		if np.kind == npName && a.reg.ents[np.ent].person && np.hi < v-1 && a.toks[np.hi].low == "," {
			np.lo = i
			return cue{np: np, text: a.cueText(v, hi), pos: a.toks[i].s, adjacent: true}, true
		}
		break
	}
	// The name closes it, after the role: "Minister of ..., Senator the
	// Hon. Aubyn Hill, told".
	if !comma {
		return cue{}, false
	}
	if np := a.parseBackDepth(i, v-2, 1); np.kind == npName && a.reg.ents[np.ent].person && np.lo > i && a.toks[np.lo-1].kind != tQuote {
		return cue{np: np, text: a.cueText(v, hi), pos: a.toks[np.lo].s, adjacent: true}, true
	}
	return cue{}, false
}

// relativeCue reads a subject whose relative clause stands between it and
// the verb after a quotation: ""...," a Hamas official, who spoke on
// condition of anonymity, said", ""...," the official, who asked not to
// be named, told Reuters". The subject is the phrase from toks[i] to the
// comma before "who" or "which", a few words; the clause closes with a
// comma right before the verb, with no quotation or other comma in it.
func (a *attributor) relativeCue(i, hi int) (cue, bool) {
	c := i + 1
	for c < hi && c <= i+8 && a.toks[c].kind == tWord {
		c++
	}
	if c >= hi || c+2 >= hi || a.toks[c].low != "," || a.toks[c+1].low != "who" && a.toks[c+1].low != "which" {
		return cue{}, false
	}
	e := c + 2
	for e < hi && e <= c+25 && a.toks[e].kind == tWord {
		e++
	}
	v := e + 1
	if e >= hi || v >= hi || a.toks[e].low != "," || !a.isVerb(v) {
		return cue{}, false
	}
	if n := v + 1; n < len(a.toks) && a.toks[n].para == a.toks[v].para && (a.toks[n].low == "that" || a.toks[n].low == ":" || a.toks[n].kind == tQuote) {
		return cue{}, false
	}
	np := a.parseFwd(i, c)
	if np.kind == npNone || np.kind == npPron || np.hi != c {
		return cue{}, false
	}
	return cue{np: np, text: a.cueText(v, hi), pos: a.toks[i].s, adjacent: true, strict: true}, true
}

// isInvertedVerb reports whether toks[i] is a verb that reports speech when
// it stands right after a quotation or at the end of its sentence, though
// elsewhere it is usually a noun or means something else: "," comments
// Johnston", "," remembers Shanna Challenger", "," Benioff weighed in".
func (a *attributor) isInvertedVerb(i int) bool {
	return a.verbMemo(i, invertedAsked, invertedYes, a.readInvertedVerb)
}

// readInvertedVerb is isInvertedVerb, read from the words.
func (a *attributor) readInvertedVerb(i int) bool {
	t := &a.toks[i]
	if t.kind != tWord || t.cap || i > 0 && a.toks[i-1].in(lxPassiveAux) || pluralAfterPossessive(a.toks, i) {
		return false
	}
	if t.in(lxInvertedVerbs) {
		return true
	}
	// "," she shares with InStyle.", "," Berg shares.": "shares" speaks
	// only closing its clause or before "with" ("the company's shares
	// fell" does not).
	// "," WMUR reports.": an outlet reporting closes the clause (the
	// noun "reports" does not: "reports of layoffs").
	if thoughtInverted[t.low] {
		return a.thoughtInvertedAt(i)
	}
	if findingVerbs[t.low] {
		return a.docFindingAfterQuote(i)
	}
	if t.low == "shares" || t.low == "shared" || t.low == "reports" {
		n := i + 1
		if n >= len(a.toks) || a.toks[n].para != t.para || a.toks[n].kind == tEnd || a.toks[n].low == "," || a.toks[n].low == "with" {
			return true
		}
		// ""...," reports Ann Cole.": right after the quotation, before
		// a name, as "writes" would stand (not ""...," shares of Apple").
		// (""...," reports the Financial Times.")
		if a.toks[n].low == "the" && n+1 < len(a.toks) {
			n++
		}
		n = pastDescription(a.toks, n, t.para)
		return (t.low == "reports" || t.low == "shares") && i > 0 && a.toks[i-1].kind == tQuote && a.toks[i-1].para == t.para &&
			a.toks[n].cap && a.toks[n].name && a.toks[n].para == t.para
	}
	return false
}

// finalCue reads a cue closing the sentence that holds a quotation, after
// other words: ""...," as soon as possible, Dr Etienne said." or "But the
// telescope's "impressive sensitivity" will be useful ..., says Laura
// Spitler, an astronomer in Bonn." The cue stands after the last comma of
// the sentence and ends it (an apposition may follow the name).
func (a *attributor) finalCue(i, hi int) (cue, bool) {
	if hi >= len(a.toks) || a.toks[hi].kind != tEnd {
		return cue{}, false
	}
	for c := hi - 1; c > i && c >= hi-25; c-- {
		if a.toks[c].low != "," {
			continue
		}
		v := c + 1
		if v < hi && (a.isVerb(v) || a.isInvertedVerb(v)) {
			np := a.speakerFwd(v+1, hi)
			if np.kind != npNone && np.kind != npDesc && (np.hi >= hi || a.toks[np.hi].low == ",") {
				return cue{np: np, text: a.cueText(v, hi), pos: a.toks[v].s}, true
			}
			// ", Binyah Kesselly, chairman of the board of the Airport
			// Authority, told reporters.": the comma closes an
			// apposition to the name before it.
			if np, ok := a.apposedBefore(i, c); ok {
				return cue{np: np, text: a.cueText(v, hi), pos: a.toks[np.lo].s}, true
			}
			continue
		}
		// ", NAME said[ in the campaign's announcement]."
		for w := c + 2; w < hi && w <= c+6; w++ {
			if !a.isVerb(w) && !a.isInvertedVerb(w) {
				continue
			}
			n := w + 1
			if p, ok := phrasalVerbs[a.toks[w].low]; ok && n < hi && a.toks[n].low == p {
				n++ // "hit back at critics"
			}
			if n < hi && !a.toks[n].in(lxPrepositions) && !a.toks[n].in(lxObjectPreps) && !a.toks[n].in(lxSkipBeforeVerb) {
				break
			}
			np := a.parseBack(c+1, w-1)
			if np.kind != npNone && np.kind != npDesc && np.lo == c+1 {
				return cue{np: np, text: a.toks[w].text, pos: a.toks[c+1].s}, true
			}
			break
		}
	}
	return cue{}, false
}

// apposedBefore reads ", NAME, description," ending at the comma toks[c]
// after toks[i]: a person's name set off by a comma before it, then a
// description in apposition (a person noun or role, no verb, no other
// name run first). It returns the name.
func (a *attributor) apposedBefore(i, c int) (nounPhrase, bool) {
	for d := c - 2; d > i+1 && d >= c-16; d-- {
		if a.toks[d].low != "," {
			continue
		}
		// The description: plain words opening with a role or determiner.
		first := a.toks[d+1]
		if first.kind != tWord || first.cap && !first.in(lxTitles) || a.hasVerb(d+1, c) {
			return nounPhrase{}, false
		}
		if ok, _ := personNoun(first.low); !ok && !determiner(first.low) && !first.in(lxPersonRoles) {
			return nounPhrase{}, false
		}
		np := a.parseBack(i, d-1)
		if np.kind != npName || !a.reg.ents[np.ent].person || np.lo <= i || a.toks[np.lo-1].low != "," {
			return nounPhrase{}, false
		}
		return np, true
	}
	return nounPhrase{}, false
}

// frontedParticiple reads a participle of speech opening the sentence of
// the quotation at toks[k], before the main clause's subject: "Declaring
// "the maritime soul of the Corps" is at stake, Defense Secretary Robert
// Gates has ordered a review", "Saying "we cannot wait," Tom Reed signed
// the order". The quotation stands in the participle's phrase, which a
// comma closes; the subject after it, with a verb of its own, speaks.
func (a *attributor) frontedParticiple(k int) (cue, bool) {
	para := a.toks[k].para
	s := a.clauseStart(k)
	if s == 0 || a.toks[s-1].para != para {
		s = datelineEnd(a.toks, s) // "WASHINGTON (Aug. 13) -- Declaring"
	}
	if s >= k {
		return cue{}, false
	}
	g := a.toks[s]
	if s == k || g.kind != tWord || !g.cap || !strings.HasSuffix(g.low, "ing") || !g.in(lxReportingVerbs) || g.in(lxTellVerbs) {
		return cue{}, false
	}
	for j := s + 1; j < k; j++ {
		if t := a.toks[j]; t.kind == tQuote || t.low == "," || t.kind == tEnd {
			return cue{}, false
		}
	}
	// The comma closing the phrase: inside the quotation's marks, or the
	// first after it.
	c := -1
	if body := strings.TrimRight(a.text[a.toks[k].s:a.toks[k].e], "\"”»″' "); strings.HasSuffix(body, ",") {
		c = k
	} else {
		for j := k + 1; j < len(a.toks) && j <= k+20 && a.toks[j].para == para; j++ {
			t := a.toks[j]
			if t.kind == tQuote || t.kind == tEnd {
				return cue{}, false
			}
			if t.low == "," {
				c = j
				break
			}
		}
	}
	if c < 0 || c+1 >= len(a.toks) || a.toks[c+1].para != para {
		return cue{}, false
	}
	hi := c + 1
	for hi < len(a.toks) && a.toks[hi].para == para && a.toks[hi].kind != tEnd && hi-c < 16 {
		hi++
	}
	np := a.parseFwd(c+1, hi)
	if np.lo != c+1 || np.hi >= hi || !(np.kind == npName || np.kind == npPron || np.kind == npDesc) || !a.startsVerbPhrase(np.hi) {
		return cue{}, false
	}
	return cue{np: np, text: g.low, pos: a.toks[np.lo].s, adjacent: true}, true
}

// clauseStart walks back from toks[k] to the first token after the last
// sentence end in its paragraph (or the paragraph's first token). A walk
// that reaches the token an earlier one started from stops where that one
// did, so that the quotations of a long sentence (a page of short quoted
// lines) are not each walked back to its start.
func (a *attributor) clauseStart(k int) int {
	para := a.toks[k].para
	s := k
	for s > 0 && a.toks[s-1].para == para && a.toks[s-1].kind != tEnd {
		s--
		if s+1 == a.clauseFrom {
			s = a.clauseAt
			break
		}
	}
	a.clauseFrom, a.clauseAt = k+1, s
	return s
}

// closingAccording reads ", according to NAME." closing the sentence
// toks[i:hi] (hi its end): a named source, person or organisation, the
// whole of the rest of the sentence.
func (a *attributor) closingAccording(i, hi int) (cue, bool) {
	for c := hi - 1; c > i && c >= hi-12; c-- {
		if a.toks[c].low != "," {
			continue
		}
		if c+3 > hi || a.toks[c+1].low != "according" || a.toks[c+2].low != "to" {
			return cue{}, false
		}
		np := a.speakerFwd(c+3, hi)
		if np.kind != npName || np.hi < hi {
			return cue{}, false
		}
		return cue{np: np, text: "according to", pos: a.toks[c+1].s}, true
	}
	return cue{}, false
}

// narrativeCue finds who is speaking for a quotation with no cue of its
// own: the subject of the last reporting verb in the narrative before it,
// in its paragraph or, for a quotation opening its paragraph, in the last
// sentence of the paragraph before ("Erekat said it was only the latest
// move ..." / ""They wanted us on our knees ..."). Nothing is found when
// the narrative between names someone else or holds another quotation.
func (a *attributor) narrativeCue(k int) (cue, bool) {
	end, crossed := k, false
	for steps := 0; steps < 4 && end > 0; steps++ {
		p := a.toks[end-1].para
		if p != a.toks[k].para {
			if crossed || p != a.toks[k].para-1 {
				return cue{}, false
			}
			// A quotation inside its paragraph, after a sentence with a
			// subject of its own that no one names, is that subject's, not
			// the paragraph before's: "Protesters waved flags and chanted
			// "Free, free Palestine"" (but "There are "no big differences"
			// ..." goes on with the one quoted before).
			if !startsParagraph(a.toks, k) {
				if np := a.subject(end, k); np.kind == npAnon || np.kind == npDesc {
					return cue{}, false
				}
			}
			crossed = true
			// Past a paragraph of narrative that brings in no one: "Fiona
			// Deans said the compression was lossless. / The film will be
			// encrypted to prevent piracy. / "People will see ...""
			if startsParagraph(a.toks, k) && a.quietParagraph(k) {
				lo := end
				for lo > 0 && a.toks[lo-1].para == p {
					lo--
				}
				if lo > 0 && a.toks[lo-1].para == p-1 {
					end, p = lo, p-1
				} else if a.clutterParagraph(lo, end) {
					// "WATCH: Mayor speaks after the flood": a link to
					// another story, no cue for the words after it.
					return cue{}, false
				}
			}
		}
		lo := end - 1
		if a.toks[lo].kind == tEnd {
			lo--
		}
		for lo >= 0 && a.toks[lo].para == p && a.toks[lo].kind != tEnd {
			lo--
		}
		lo++
		// toks[lo:end] is one sentence, or the part of it before k.
		for j := lo; j < end; j++ {
			if a.toks[j].kind == tQuote && !a.toks[j].weak {
				return cue{}, false
			}
		}
		// "The general said the army was not ready ..., Dempsey said.":
		// the cue closing the sentence names who spoke.
		if e := end - 1; e > lo && a.toks[e].kind == tEnd {
			if c, ok := a.finalCue(lo, e); ok && c.np.kind == npName {
				return c, true
			}
			// "All of this choice has had a positive impact, according to
			// Professor Livingstone." / ""Most of the evidence is ..."":
			// the source a paraphrase closes on goes on in her words.
			if c, ok := a.closingAccording(lo, e); ok {
				return c, true
			}
		}
		if c, ok := a.sentenceCue(lo, end); ok {
			return c, true
		}
		if c, ok := a.thoughtCue(lo, end, k); ok {
			return c, true
		}
		if c, ok := a.accordingSource(lo, end); ok {
			return c, true
		}
		if crossed || a.namesSomeone(lo, end) || a.hasVerb(lo, end) {
			return cue{}, false
		}
		end = lo
	}
	return cue{}, false
}

// thoughtCue reads a verb of thought whose clause is about its own subject,
// with no "that": "But Greene believes he lost the race in the semis."
// before a quotation in the first person, which then gives the thought in
// the subject's words (""In my semi-final, I was conserving energy.""). A
// belief about someone else ("Greene believes Gatlin will win") or a
// quotation not in the first person gives nothing.
func (a *attributor) thoughtCue(lo, hi, k int) (cue, bool) {
	if !firstPerson(a.text[a.toks[k].s:a.toks[k].e]) {
		return cue{}, false
	}
	for v := lo + 1; v+1 < hi; v++ {
		t := &a.toks[v]
		p := a.toks[v+1].low
		if t.kind != tWord || t.cap || otherVerbs[t.low] != otherThat || p != "he" && p != "she" || !subjectSlotAfterVerb(a.toks, v+1) {
			continue
		}
		np := a.parseBack(lo, v-1)
		g := byte('m')
		if p == "she" {
			g = 'f'
		}
		switch {
		case np.kind == npName && a.reg.ents[np.ent].person && (a.reg.ents[np.ent].gender == 0 || a.reg.ents[np.ent].gender == g):
		case np.kind == npPron && np.word == p:
		default:
			return cue{}, false
		}
		return cue{np: np, pos: a.toks[np.lo].s}, true
	}
	return cue{}, false
}

// subjectSlotAfterVerb reports whether the pronoun toks[k] right after a
// verb opens a clause: a lower-case word, its verb, follows.
func subjectSlotAfterVerb(toks []token, k int) bool {
	n := k + 1
	return n < len(toks) && toks[n].para == toks[k].para && toks[n].kind == tWord && !toks[n].cap
}

// sentenceCue returns the first reporting verb of toks[lo:hi] with the
// speaker phrase it governs: "Erekat said it was ...", "It's easy, she
// says, for people ...".
func (a *attributor) sentenceCue(lo, hi int) (cue, bool) {
	ask := a.askingClauseEnd(lo, hi)
	for v := lo; v < hi; v++ {
		if v < ask {
			continue
		}
		sends := false
		if !a.isVerb(v) {
			if sends = a.sendsWords(v, hi); !sends {
				continue
			}
		}
		// A verb of thought far before a quotation in its own sentence
		// does not report it (see before).
		if !sends && !a.speechVerb(v) && hi < len(a.toks) && a.toks[hi].kind == tQuote && hi-v > 4 {
			continue
		}
		np := a.parseBack(lo, v-1)
		if np.kind == npNone {
			np = a.subject(lo, v)
		}
		if np.kind == npNone && v+1 < hi {
			if np = a.parseFwd(v+1, hi); np.kind != npName {
				np = nounPhrase{}
			}
		}
		if np.kind == npNone || np.kind == npDesc && !personRoles[np.word] {
			continue
		}
		pos := a.toks[v].s
		if np.lo >= 0 && np.lo < len(a.toks) && np.lo < v {
			pos = a.toks[np.lo].s
		}
		return cue{np: np, pos: pos}, true
	}
	return cue{}, false
}

// sendsWords reports whether toks[v] is a verb of sending or publishing
// whose object is a text of the subject's words, its next sentence that
// text: "Anders Lund sent a memo to all staff on Tuesday.", "issued a
// statement", "released a brief statement", "posted a long message". Not
// in the passive ("was sent a letter"), nor a text someone receives, nor
// one from someone else ("released a statement from the family").
func (a *attributor) sendsWords(v, hi int) bool {
	t := a.toks[v]
	if t.kind != tWord || t.cap || !sendVerbs[t.low] || v > 0 && a.toks[v-1].in(lxPassiveAux) {
		return false
	}
	for j := v + 1; j < hi && j <= v+4; j++ {
		w := a.toks[j].low
		if sentTexts[w] {
			// "released a statement from the family": someone else's.
			return j+1 >= hi || a.toks[j+1].low != "from" && a.toks[j+1].low != "by" && a.toks[j+1].low != "of"
		}
		if a.toks[j].kind != tWord || a.toks[j].cap || j == v+1 && !determiner(w) && w != "his" && w != "her" && w != "their" && w != "its" {
			return false
		}
	}
	return false
}

var (
	sendVerbs = setOf("sent", "issued", "released", "published", "circulated", "emailed", "posted", "penned")
	sentTexts = setOf("memo", "letter", "email", "e-mail", "statement", "message", "note")
)

// askingClauseEnd returns the index past the comma closing a subordinate
// clause that opens toks[lo:hi] and puts a question to someone ("When I
// asked her about the nativity, she smiled."), or lo: the one who asks
// there does not answer, so its verb reports no quotation after the
// sentence.
func (a *attributor) askingClauseEnd(lo, hi int) int {
	if lo >= hi || !askingOpeners[a.toks[lo].low] {
		return lo
	}
	asks := false
	for c := lo + 1; c < hi && c < lo+20; c++ {
		switch t := a.toks[c]; {
		case t.low == ",":
			if asks {
				return c + 1
			}
			return lo
		case t.kind != tWord:
			return lo
		case askVerbs[t.low] && t.low != "wondered" || t.low == "pressed" || t.low == "quizzed":
			asks = true
		}
	}
	return lo
}

var askingOpeners = setOf("when", "as", "after", "once", "while")

// hasClause reports whether toks[lo:hi] holds a clause of its own: a
// relative pronoun, "that", a quotation or a sentence end.
func (a *attributor) hasClause(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch t := a.toks[j]; {
		case t.kind == tEnd, t.kind == tQuote && !t.weak:
			return true
		case t.low == "who" || t.low == "which" || t.low == "that" || t.low == "where":
			return true
		}
	}
	return false
}

// hasVerb reports whether toks[lo:hi] holds a reporting verb.
func (a *attributor) hasVerb(lo, hi int) bool {
	for v := lo; v < hi; v++ {
		if a.isVerb(v) {
			return true
		}
	}
	return false
}

// namesSomeone reports whether toks[lo:hi] mentions a person or an
// organisation by name.
func (a *attributor) namesSomeone(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if !isNameWord(a.toks[j]) {
			continue
		}
		if id := a.reg.mentionAt(a.toks[j].s); id >= 0 && (a.reg.ents[id].person || a.reg.ents[id].org) {
			return true
		}
	}
	return false
}

// plainWords reports whether toks are words that may precede a speaker's
// name in a cue ("team member", "Taliban spokesman").
func plainWords(toks []token) bool {
	rolesOnly := true
	for _, t := range toks {
		if w := t.low; w != "and" && w != "," && !personRoles[w] && !titles[w] {
			rolesOnly = false
		}
	}
	for k, t := range toks {
		// "chairman, CEO and president Craig Menear said": a serial list
		// of roles, the comma between two of them.
		if t.low == "," && rolesOnly && k > 0 && toks[k-1].kind == tWord && k+1 < len(toks) && toks[k+1].kind == tWord && listEndsInAnd(toks[k+1:]) {
			continue
		}
		// ""...," "The Nanny" star Fran Drescher said": a title, quoted,
		// naming the work a role noun after it is of.
		if t.kind == tQuote && t.weak && k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].cap {
			continue
		}
		if t.kind != tWord || t.in(lxReportingVerbs) {
			return false
		}
		// "chairman and chief executive Richard Parsons said", "JPL
		// scientist and study co-author Michael Malaska said"
		if t.in(lxClauseWords) && !(t.low == "and" && (rolesOnly || k > 0 && toks[k-1].in(lxPersonRoles))) {
			return false
		}
	}
	return true
}

// freeRelative reports whether toks hold "what" or "whatever" opening a
// clause after a preposition or noun ("from what ministers had agreed"),
// not after a copula (""...," was what Obi told reporters" is his).
func freeRelative(toks []token) bool {
	for j, t := range toks {
		if t.low == "what" || t.low == "whatever" {
			return j > 0 && !toks[j-1].in(lxPassiveAux)
		}
	}
	return false
}

// catenatives are verbs of liking or habit before an infinitive of speech
// whose subject speaks: "as Ted Cruz likes to say".
var catenatives = setOf("likes", "like", "liked", "loves", "love", "loved", "used")

// infinitiveIn reports whether toks, the words between a quotation and
// the subject of a verb after it, hold "to" and a verb: `take "urgent
// action" to ensure the U.K. maintains its position` puts the subject in
// a clause of purpose, not in the quotation's attribution.
func infinitiveIn(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if n := toks[k+1]; toks[k].low == "to" && n.kind == tWord && !n.cap && !determiner(n.low) && !n.in(lxPersonRoles) {
			return true
		}
	}
	return false
}

// listEndsInAnd reports whether the role words toks (commas between them)
// reach an "and" before their end: the rest of a serial list.
func listEndsInAnd(toks []token) bool {
	for _, t := range toks {
		if t.low == "and" {
			return true
		}
	}
	return false
}

// afterQuoteAnd reads a clause toks[lo:hi] that opens with "and" and a
// verb of speech right after a quotation of its sentence ("calling him "a
// total loser" and saying he would "..."", "called the plan "a disaster"
// and said it would "..."): the verb has the subject of that quotation's
// own cue, not the pronoun after it.
func (a *attributor) afterQuoteAnd(lo, hi int) (cue, bool) {
	if a.nested || lo < 1 || a.toks[lo].low != "and" || a.toks[lo-1].kind != tQuote || a.toks[lo-1].weak ||
		a.toks[lo-1].sent != a.toks[lo].sent || a.toks[lo-1].para != a.toks[lo].para {
		return cue{}, false
	}
	v := lo + 1
	for v < hi-1 && a.toks[v].kind == tWord && !a.toks[v].cap && adverbLike(&a.toks[v]) {
		v++
	}
	if v >= hi || !a.toks[v].in(lxReportingVerbs) || !a.isVerb(v) {
		return cue{}, false
	}
	a.nested = true
	prev, ok := a.before(lo - 1)
	a.nested = false
	if !ok || !(prev.np.kind == npName || prev.np.kind == npPron && (prev.np.word == "he" || prev.np.word == "she")) {
		return cue{}, false
	}
	return cue{np: prev.np, text: a.cueText(v, hi), pos: prev.pos, adjacent: true}, true
}

// timePhraseBefore returns the last word before "at the time" or "at that
// time" ending right before the verb toks[v], or v-1 when there is none.
// (Not "last year": "Research by the EOC last year revealed that" has a
// finding for its subject, which the name in it did not say.)
func (a *attributor) timePhraseBefore(lo, v int) int {
	if v-3 >= lo && a.toks[v-1].low == "time" && (a.toks[v-2].low == "the" || a.toks[v-2].low == "that") && a.toks[v-3].low == "at" {
		return v - 4
	}
	return v - 1
}

// invertedOpenerCue reads a verb of speech opening the sentence before the
// speaker's name, then the quotation: "Replied Stephen, with a grin,
// "...."", "Added Ruiz: "..."" (the verb is no name word: see
// invertedOpener). An aside between commas after the name may stand before
// the quotation, but no verb.
func (a *attributor) invertedOpenerCue(lo, hi int) (cue, bool) {
	t := &a.toks[lo]
	if t.kind != tWord || !t.cap || t.name || !t.in(lxInvertedVerbs) || lo > 0 && a.toks[lo-1].sent == t.sent && a.toks[lo-1].para == t.para {
		return cue{}, false
	}
	np := a.speakerFwd(lo+1, hi)
	if np.kind != npName || np.lo != lo+1 || np.hi >= hi || a.toks[np.hi].low != "," && a.toks[np.hi].low != ":" {
		return cue{}, false
	}
	if np.hi+1 < hi && (a.toks[np.hi].low != "," || a.toks[hi-1].low != "," || a.hasVerb(np.hi+1, hi-1)) {
		return cue{}, false
	}
	return cue{np: np, text: a.cueText(lo, hi), pos: t.s, adjacent: true, strict: np.hi+1 == hi}, true
}

// messageFromPerson reads a clause toks[lo:hi] closed by a colon that
// names a message from a person ("The Harris campaign responded with a
// statement from spokesman Ammar Moussa:"): the person wrote the words,
// not the subject of the verb before the message.
func (a *attributor) messageFromPerson(lo, hi int) (cue, bool) {
	if hi-lo < 4 || a.toks[hi-1].low != ":" {
		return cue{}, false
	}
	for j := lo + 2; j+1 < hi-1; j++ {
		if a.toks[j].low != "from" || !issuedMessages[a.toks[j-1].low] {
			continue
		}
		// (Not "responded to a letter from Reed:": words answering it.)
		if d := j - 2; d <= lo || !determiner(a.toks[d].low) || a.toks[d-1].in(lxPrepositions) && a.toks[d-1].low != "with" {
			return cue{}, false
		}
		np := a.speakerFwd(j+1, hi-1)
		if np.kind != npName || !a.reg.isPerson(np.ent) || np.hi < hi-1 && a.toks[np.hi].low != "," {
			return cue{}, false
		}
		return cue{np: np, text: a.text[a.toks[j-1].s:a.toks[j].e], pos: a.toks[j+1].s, adjacent: true}, true
	}
	return cue{}, false
}

// passiveByAs reads a verb of praise, criticism or naming in the passive
// whose agent names the quotation before it: "a move hailed by Secretary
// General Mark Rutte as "a quantum leap"", "The plan was described by
// campaigners as "a con"". The agent after "by" speaks, or no one the
// text names when the agent is a common noun (not the sentence's
// subject, whose deed was judged).
func (a *attributor) passiveByAs(lo, hi int) (cue, bool) {
	as := hi - 1
	if as-3 < lo || a.toks[as].low != "as" {
		return cue{}, false
	}
	for b := as - 2; b > lo && b >= as-8; b-- {
		if a.toks[b].low != "by" {
			continue
		}
		v := b - 1
		if t := a.toks[v]; t.kind != tWord || t.cap || !t.in(lxCriticismVerbs) || !strings.HasSuffix(t.low, "ed") {
			return cue{}, false
		}
		np := a.parseFwd(b+1, as)
		if np.kind == npNone || np.hi != as {
			return cue{}, false
		}
		return cue{np: np, text: a.text[a.toks[v].s:a.toks[b].e], pos: a.toks[b+1].s, adjacent: true}, true
	}
	return cue{}, false
}

// passiveJudged reports whether the quotation at k is the complement of a
// verb of praise, criticism or naming in the passive right before it
// ("was described as "...", "was branded "..."").
func (a *attributor) passiveJudged(k int) bool {
	v := k - 1
	if v >= 0 && a.toks[v].low == "as" {
		v--
	}
	if v < 1 || a.toks[v].para != a.toks[k].para {
		return false
	}
	t := a.toks[v]
	if t.kind != tWord || t.cap || !t.in(lxCriticismVerbs) || !strings.HasSuffix(t.low, "ed") {
		return false
	}
	p := v - 1
	if a.toks[p].kind == tWord && adverbLike(&a.toks[p]) && p > 0 {
		p--
	}
	return a.toks[p].in(lxPassiveAux)
}

// messageParticiple reports whether toks[v] is a past participle after a
// message it describes and before where the message went: "a statement
// posted to her account", "a video shared on Instagram", "a letter sent to
// members".
func (a *attributor) messageParticiple(v int) bool {
	if v < 2 || v+1 >= len(a.toks) {
		return false
	}
	t, n := a.toks[v], a.toks[v-1]
	if t.cap || !strings.HasSuffix(t.low, "ed") || n.cap || !(issuedMessages[n.low] || postedMessages[n.low]) {
		return false
	}
	return (determiner(a.toks[v-2].low) || a.toks[v-2].poss) && a.toks[v+1].in(lxPrepositions)
}

// postedMessages are the messages besides issuedMessages that someone's
// words may be quoted from.
var postedMessages = setOf("video", "interview", "remarks", "comments", "speech", "blog", "podcast", "op-ed", "column", "update")

// issuedMessages are messages someone issues in their own words.
var issuedMessages = setOf("statement", "tweet", "post", "letter", "message", "memo", "email", "e-mail", "note", "readout")

// platformPlace reports whether toks[i] names a platform as the place
// where words were posted ("posted to Twitter", "on Facebook", "one
// Facebook page", "her Instagram account"), not the company speaking.
func (a *attributor) platformPlace(i int) bool {
	if i < 0 || i >= len(a.toks) || !platforms[a.toks[i].low] || !a.toks[i].cap {
		return false
	}
	if i > 0 && a.toks[i-1].para == a.toks[i].para {
		switch a.toks[i-1].low {
		case "on", "to", "via", "in", "onto", "from":
			return true
		}
	}
	if n := i + 1; n < len(a.toks) && a.toks[n].para == a.toks[i].para && a.toks[n].kind == tWord && !a.toks[n].cap {
		switch a.toks[n].low {
		case "page", "pages", "post", "posts", "account", "accounts", "group", "groups", "user", "users", "feed",
			"video", "videos", "story", "stories", "thread", "live", "status", "message", "messages", "profile":
			return true
		}
	}
	return false
}

// before looks for a cue in the sentence leading up to a quotation:
// `X said: "`, `X said that "`, `X told reporters "`, `According to X, "`,
// and the verb of a sentence holding a partial quotation.
func (a *attributor) before(k int) (cue, bool) {
	hi := k
	lo := hi
	para := a.toks[k].para
	for lo > 0 && a.toks[lo-1].para == para && !a.clauseEnd(lo-1) && hi-lo < maxRegion {
		lo--
	}
	// A quotation opening a paragraph may be introduced by the previous one:
	// "Obama tweeted:" / "Rathbun stated,".
	if lo == hi && lo > 0 && a.toks[lo-1].para == para-1 && (a.toks[lo-1].low == ":" || a.toks[lo-1].low == ",") {
		hi = lo
		lo = hi - 1
		for lo > 0 && a.toks[lo-1].para == para-1 && !a.clauseEnd(lo-1) && hi-lo < maxRegion {
			lo--
		}
	}
	if lo >= hi {
		return cue{}, false
	}
	if c, ok := a.afterQuoteAnd(lo, hi); ok {
		return c, true
	}
	if c, ok := a.messageFromPerson(lo, hi); ok {
		return c, true
	}
	if c, ok := a.passiveByAs(lo, hi); ok {
		return c, true
	}
	if c, ok := a.invertedOpenerCue(lo, hi); ok {
		return c, true
	}
	// Distance from the last word to the quotation, for adjacency.
	last := hi - 1
	for last >= lo && (a.toks[last].kind == tPunct || a.toks[last].low == "that") {
		last--
	}
	// "she received comments including "..."": words sent to the subject,
	// by people the sentence does not name.
	if r := a.receivedWords(lo, hi); r >= 0 {
		return cue{text: a.cueText(r, hi), pos: a.toks[r].s, adjacent: true}, true
	}
	for v := hi - 1; v >= lo; v-- {
		t := &a.toks[v]
		if t.low == "according" && v+1 < hi && a.toks[v+1].low == "to" {
			if np := a.accordingTo(v+2, hi); np.kind != npNone {
				return cue{np: np, text: "according to", pos: t.s, adjacent: v+2 >= last-6}, true
			}
		}
		if c, ok := a.possWords(lo, v, hi); ok {
			c.adjacent = true
			return c, true
		}
		calledAs := a.calledAs(v, hi)
		if !a.isVerb(v) && !calledAs {
			continue
		}
		// "a teenager accused of murder told a friend "...",": a verb of
		// blame with "of" right after it, no object between, is a
		// participle ("accused of"); its noun blamed no one.
		if accusedOf(a.toks, v, hi) {
			continue
		}
		// "Mitchell said in a statement posted to her account that she
		// "did not realise"": a participle after the message it
		// describes is no verb of the sentence.
		if a.messageParticiple(v) {
			continue
		}
		// "She warned that Pyongyang would respond to the drills "with
		// overwhelming force."": a verb of speech after a modal in a
		// clause another verb of speech reports says what may be said;
		// the words are the reporting subject's.
		if a.modalInReported(lo, v, hi) {
			continue
		}
		// "Joan Pike said Governor Sam Ortiz kept what he promised because
		// teachers "finally feel the difference."": a verb of speech whose
		// own clause is closed, a conjunction opening another clause with
		// its own subject after it, does not report the words; the verb
		// of speech before it does.
		if a.closedInReported(lo, v, hi) {
			continue
		}
		// "the letter Mike wrote was "kind and loving"": a verb of speech
		// right before a copula is in a relative clause of the noun
		// before its subject, not the quotation's cue (but "What Mike
		// wrote was "..."" is his).
		if a.inRelativeBeforeCopula(lo, v, hi) {
			continue
		}
		// A verb of thought reports the words of a that-clause it opens
		// ("Green agrees that "the plan is flawed""), not a quotation deep
		// in a clause with its own subject and verbs ("Schiff believes
		// that the more chaos he creates, the more the public will ...
		// scream, "..."").
		if !a.speechVerb(v) && hi-v > 4 && !calledAs {
			continue
		}
		// "The idea, says Vela Labs, is to build a "new model"", "...
		// the courts which, said Mr Hopkins, "is part of the debate"": a
		// verb of speech opening a parenthesis between commas, a name
		// closing it, attributes its sentence. (After "telling" or
		// "told", the name is who was spoken to.)
		// (Not a naming verb: "the missile, called Oreshnik, was".)
		if v > lo && a.toks[v-1].low == "," && t.in(lxReportingVerbs) && !strings.HasSuffix(t.low, "ing") && !t.in(lxTellVerbs) && !t.in(lxNamingVerbs) {
			if np := a.speakerFwd(v+1, hi); np.kind == npName && np.hi < hi && a.toks[np.hi].low == "," {
				return cue{np: np, text: a.cueText(v, hi), pos: t.s, adjacent: last-np.hi <= 4, strict: np.hi == last}, true
			}
		}
		var np nounPhrase
		b := v - 1 // the word before the verb, past adverbs ("even saying")
		for b > lo && a.toks[b].kind == tWord && !a.toks[b].cap && adverbLike(&a.toks[b]) {
			b--
		}
		if q, ok := a.quotedAs(lo, v, b); ok && strings.HasSuffix(t.low, "ing") && v > lo {
			// "State media quoted Ann Cole as saying", "Cole was quoted as
			// saying", "Cole could be heard telling aides".
			np = q
			// "Senator Ann Hall, who was quoted as saying"
			if s, ok := a.relativeAntecedent(lo, b); ok {
				np = s
			}
		} else if strings.HasSuffix(t.low, "ing") && v > lo && (a.toks[b].low == "," || gerundLinks[a.toks[b].low]) {
			// "He said ..., adding: "...": the subject of the sentence.
			np = a.subject(lo, v)
			// "Hachette cancelled the release, although Stephen King was
			// among those questioning it, writing on Twitter:": the
			// subject of the clause the participle closes, opened by a
			// conjunction of contrast after the main clause.
			if s, ok := a.contrastSubject(lo, b); ok {
				np = s
			}
			// "aimed at Senator Ann Hall, who tried to rally support by
			// saying that": the participle closes a relative clause,
			// whose antecedent speaks.
			if s, ok := a.relativeAntecedent(lo, b); ok {
				np = s
			}
			// "Losses would drag on profits, he noted, adding:": the
			// subject of a verb of speech set off by commas right before
			// (not "has denied Swift's claims, saying").
			if a.toks[b].low == "," && b-2 > lo && a.isVerb(b-1) && !a.toks[b-2].poss {
				if s := a.parseBack(lo, b-2); (s.kind == npName || s.kind == npPron) && s.hi == b-1 && s.lo > lo && a.toks[s.lo-1].low == "," {
					np = s
				}
			}
		} else {
			np = a.parseBack(lo, v-1)
			// "One called Okafor "a ..."", "Another called ...", "Someone
			// in the crowd called ...": an indefinite pronoun opening the
			// clause is the verb's subject, someone unnamed; the name
			// after the verb is its object, not an inverted speaker.
			if np.kind == npNone && a.toks[lo].kind == tWord && a.indefiniteSubject(lo, hi) && !a.hasVerb(lo+1, v) && a.namesSomeone(v+1, hi) {
				np = nounPhrase{kind: npAnon, lo: lo, hi: lo + 1}
			}
			// "Obama at the time called the aircraft "..."": a phrase of
			// time between the subject and the verb.
			if np.kind == npNone {
				if e := a.timePhraseBefore(lo, v); e < v-1 {
					if s := a.parseBack(lo, e); s.kind == npName || s.kind == npPron {
						np = s
					}
				}
			}
			// "Reed released a statement saying", "he posted a video
			// saying": who issued the words speaks through them.
			if s, ok := a.issuedSaying(lo, v); ok {
				np = s
			}
			// "Brandt sent a letter to VA Secretary Dana Whitcomb calling
			// the delays "..."", "wrote to Whitcomb demanding": the one a
			// letter is addressed to does not speak the participle; the
			// writer does.
			if s, ok := a.letterWriter(lo, np, v); ok {
				np = s
			}
			// "A teenager accused of murder told a friend": the noun the
			// participle's phrase qualifies is the subject.
			if np.kind == npNone {
				for p := v - 2; p > lo && p >= v-12; p-- {
					if accusedOf(a.toks, p, v) {
						np = a.parseBack(lo, p-1)
						break
					}
					if w := a.toks[p]; w.kind == tQuote || w.kind == tEnd || w.low == "," || w.in(lxReportingVerbs) || w.in(lxClauseWords) {
						break
					}
				}
			}
			// "in what keepers described as a "huge boost"": the subject
			// after "what" is a common noun, no one named (not the name
			// opening the sentence).
			if np.kind == npNone && a.whatNounSubject(lo, v) {
				np = nounPhrase{kind: npAnon, lo: v - 1, hi: v}
			}
			// "As Reed liked to say,", "my father used to say": the
			// subject of the verb of habit before "to".
			if np.kind == npNone && b-1 > lo && a.toks[b].low == "to" && catenatives[a.toks[b-1].low] {
				np = a.parseBack(lo, b-2)
			}
			// "David Emery posted to Twitter asking ...": the platform
			// is where he posted; the subject asks. (Not a person named
			// right after it: "Speaking on Sky News Mr Malthouse said".)
			if np.kind == npName && a.platformPlace(np.lo) && !a.reg.ents[np.ent].person {
				np = nounPhrase{}
				if w := np.lo - 2; strings.HasSuffix(t.low, "ing") && w > lo && a.toks[w].kind == tWord && !a.toks[w].cap {
					// The subject of the verb before the platform's
					// preposition ("Emery posted to Twitter").
					if s := a.parseBack(lo, w-1); s.kind == npName || s.kind == npPron {
						np = s
					} else if s := a.subject(lo, v); s.kind != npNone && s.hi <= v {
						np = s
					}
				}
			}
			// "The mayor rejected the plan and urged the council to ...":
			// the subject of the first verb speaks through the second.
			// "The site surveyed 56,000 developers but noted that": "but"
			// joins two verbs of one subject too.
			// "Moore declined to identify the donor but said": a person
			// described right before the conjunction is the first verb's
			// object.
			objectDesc := np.kind == npDesc && np.lo < b && (a.toks[b].low == "and" || a.toks[b].low == "but")
			if (np.kind == npNone || np.kind == npAnon && !isNameWord(a.toks[np.lo]) || objectDesc) && v > lo && (a.toks[b].low == "and" || a.toks[b].low == "," || a.toks[b].low == "but") && b > lo {
				if s, ok := a.reportedListSubject(lo, b, v); ok {
					np = s
				} else if s, ok := a.relativeBeforeAnd(lo, b); ok {
					// "the queen, who laughed and said"
					np = s
				} else if s := a.subject(lo, b); s.kind != npNone && s.hi <= b {
					np = s
					// "A witness told the jury Voss climbed out and said to
					// him:", "Amy Lutz testified that Voss was calm and told
					// her,": the subject of the clause the first verb reports,
					// whose verb "and" joins to this one, speaks (not "...,
					// and said", nor "and added", going on with the first;
					// only testimony retold, see retoldSubject).
					if a.toks[b].low == "and" && a.toks[b-1].low != "," && utteranceVerbs[t.low] {
						if e, ok := a.retoldSubject(s.hi, b); ok {
							np = e
						}
					}
				}
			} else if (np.kind == npAnon || np.kind == npName) && b > lo && a.toks[b].low == "and" {
				// "Bass met union leaders on Monday and later told
				// reporters": the leaders are the first verb's object.
				// "Mickelson referenced the killing of reporter Jamal
				// Khashoggi and called the Saudis "..."": so is a name.
				if s := a.subject(lo, b); (s.kind == npName || s.kind == npPron || np.kind == npName && s.kind == npDesc) && s.hi < b && (np.kind == npAnon || s.hi <= np.lo) && a.startsVerbPhrase(s.hi) {
					np = s
				}
			}
			// "Ana Ruiz met Tom Burke, who said the proposal was "..."":
			// the relative pronoun's antecedent speaks.
			// "... Ana Ruiz, who has repeatedly warned that": past the
			// auxiliaries; "the Air Transport Association (IATA), which
			// has warned": an organisation's relative pronoun.
			r := b
			for r > lo+1 && a.toks[r].kind == tWord && (a.toks[r].in(lxAuxiliaries) || adverbLike(&a.toks[r])) && b-r < 3 {
				r--
			}
			if np.kind == npNone && r-1 > lo {
				if ante, ok := a.whoAntecedent(lo, r); ok {
					np = ante
				}
			}
		}
		// "Mr Parish, chairman of the Commons' environment, food and rural
		// affairs committee, said:": the subject before a long apposition.
		// (Also when a title closes it, the comma inside its marks: "Ruiz,
		// a supporter of the "Green New Deal," said".)
		if b > lo && ((np.kind == npNone || np.kind == npDesc) && a.toks[b].low == "," || (np.kind == npNone || np.kind == npDesc || np.kind == npAnon) && a.titleComma(b)) {
			if s := a.subject(lo, b); s.kind == npName && a.reg.ents[s.ent].person && s.hi < b && a.toks[s.hi].low == "," &&
				(np.kind == npNone || s.hi <= np.lo) && !a.hasVerb(s.hi, b) && !a.hasClause(s.hi, b) {
				np = s
			}
		}
		// "The president, speaking at a joint press conference with the
		// Kenyan leader, William Otieno, said": a name closing a
		// participle phrase set off after the subject is in the phrase;
		// the subject speaks, named or not.
		if np.kind == npName && b > lo && a.toks[b].low == "," {
			if s, ok := a.subjectBeforeParticiple(lo, np.lo); ok {
				np = s
			}
		}
		// "Prince Andrew, the younger brother of the heir to the throne,
		// Charles, has told friends": a name closing a description in
		// apposition to the sentence's subject names someone in the
		// description; the subject speaks.
		if np.kind == npName {
			if s, ok := a.subjectBeforeApposition(lo, v); ok && s.ent != np.ent {
				np = s
			}
		}
		// "said Ann Cole:" before the quotation; not after a verb of
		// telling, whose object is who listened ("He instead told the BBC
		// interviewer:"), nor after one naming or blaming its object ("A
		// mother who was left stranded has slammed easyJet for "...""):
		// the clause's subject, past a relative clause.
		if np.kind == npNone && calledAs {
			if s := a.subject(lo, v); s.kind != npNone && s.hi <= v {
				np = s
			}
		} else if np.kind == npNone && !t.in(lxTellVerbs) {
			np = a.speakerFwd(v+1, hi)
			// (Not "China's embassy in Canberra said Australia should
			// "stop meddling"": a name before a verb of its own opens the
			// clause the verb reports.)
			if np.kind == npNone || np.hi < last || np.hi < hi && (a.toks[np.hi].in(lxAuxiliaries) || a.toks[np.hi].in(lxPassiveAux)) {
				np = nounPhrase{}
			}
		}
		// "Rep. Lorna Beckett recalled the president telling her, "Get it
		// done,"", "described the governor as saying": the object of a
		// verb of recall speaks the participle; a description of it that
		// would refer back to the recall's own subject names no one else
		// ("recalled telling him" has no object: the subject).
		if np.kind == npDesc && strings.HasSuffix(t.low, "ing") && np.lo-1 > lo && recallObjVerbs[a.toks[np.lo-1].low] {
			if s := a.subject(lo, np.lo-1); s.kind != npNone && s.hi <= np.lo-1 {
				c := a.conf
				if d := a.resolvePhrase(np, t.s); d >= 0 && d == a.resolvePhrase(s, t.s) {
					np = nounPhrase{kind: npAnon, lo: np.lo, hi: np.hi}
				}
				a.conf = c
			}
		}
		if np.kind == npNone {
			continue
		}
		// "Quoting Winston Churchill, Tom Reed said:": the words are
		// the one quoted.
		if q, ok := a.quotingLead(lo, v, hi); ok {
			np = q
		}
		// "Tom Reed recalled his father's words:", "Hall read out
		// Obama's message:": the words the verb's object names, closed
		// by the colon, are their possessor's.
		if e := hi - 2; e > v+1 && a.toks[hi-1].low == ":" && a.toks[e].in(lxPossSpeech) && !a.toks[e].cap {
			if p, ok := a.possessedWords(v+1, hi-1); ok && p.lo > v {
				np = p
			}
		}
		ct := a.cueText(v, hi)
		strict := last == v || (np.kind == npName || np.kind == npPron) && np.hi-1 == last ||
			last < v+4 && strings.HasPrefix(ct, "told")
		pos := t.s
		if np.lo >= 0 && np.lo < len(a.toks) && np.lo < v {
			pos = a.toks[np.lo].s // resolve a pronoun from where it stands
		}
		return cue{np: np, text: ct, pos: pos, adjacent: last-v <= 4, strict: strict}, true
	}
	// "The secretary general ..., Nunzio Galantino, has called it "x" and "y":"
	if a.toks[hi-1].low == ":" {
		// A full sentence about a person, closed by a colon, introduces
		// their words: "She is blunt about the industry: "..."".
		if np := a.subject(lo, hi-1); np.kind == npPron && (np.word == "he" || np.word == "she") {
			return cue{np: np, pos: a.toks[np.lo].s, adjacent: true}, true
		}
		// "Ann Hall read out a letter from Tom Reed:", "a text from Tom
		// Reed that read:": who wrote the message, not who shows it.
		// "The post by Whitlock, which was later deleted, read:": "by"
		// after a message someone issues.
		for j := lo + 1; j+1 < hi-1; j++ {
			if (a.toks[j].low == "from" || a.toks[j].low == "by" && issuedMessages[a.toks[j-1].low]) &&
				(a.toks[j-1].in(lxSpeechNouns) || a.toks[j-1].in(lxMessageNouns) || passageNouns[a.toks[j-1].low] || issuedMessages[a.toks[j-1].low]) &&
				!a.toks[j-1].in(lxDelegateNouns) {
				// "New statement from @RepSchiff on emails from the
				// Pentagon:": the first message named is the one quoted;
				// when its sender is no name read here, the text does
				// not say who (not the sender of the one it reports on).
				np := a.speakerFwd(j+1, hi-1)
				return cue{np: np, text: a.text[a.toks[j-1].s:a.toks[j].e], pos: a.toks[j+1].s, adjacent: true}, true
			}
		}
		// "After his talk, a question came from a member of the
		// audience:": whoever it came from asks, named or not.
		for j := lo + 2; j+1 < hi-1; j++ {
			if a.toks[j].low != "from" || a.toks[j-1].low != "came" && a.toks[j-1].low != "comes" {
				continue
			}
			if n := a.toks[j-2].low; !possSpeech[n] && !askNouns[n] {
				continue
			}
			if np := a.parseFwd(j+1, hi-1); np.kind == npName || np.kind == npAnon || np.kind == npDesc {
				return cue{np: np, text: a.text[a.toks[j-1].s:a.toks[j].e], pos: a.toks[j+1].s, adjacent: true}, true
			}
		}
		// "Tom Reed quoted Winston Churchill:": the one quoted.
		if np, ok := a.quotedSource(lo, hi-1); ok {
			return cue{np: np, text: a.text[a.toks[np.lo-1].s:a.toks[np.lo-1].e], pos: a.toks[np.lo].s, adjacent: true}, true
		}
		// "Ann Cole's message was simple:", "Her answer:": the possessor.
		if np, ok := a.possessedWords(lo, hi-1); ok {
			return cue{np: np, pos: a.toks[np.lo].s, adjacent: true}, true
		}
		// "HERE'S WHAT YOU NEED TO KNOW ABOUT THE VIRUS OUTBREAK:": a
		// heading in capitals names no one.
		heading := a.allCaps(lo, hi-1)
		for i := lo; i < hi && i < lo+16 && !heading; i++ {
			if !isNameWord(a.toks[i]) || (i > lo && isNameWord(a.toks[i-1])) {
				continue // inside a run, or possessed ("Prime Minister's Questions")
			}
			// "full of praise for Adjei:": an object, not the speaker.
			if i > lo && (a.toks[i-1].in(lxPrepositions) && a.toks[i-1].low != "and" || a.toks[i-1].in(lxObjectPreps) || a.toks[i-1].low == "about") {
				continue
			}
			// "A Labour grandee said:", "One Tory whip told the BBC:": a
			// name after an indefinite article qualifies the noun of
			// someone unnamed; it is not the subject.
			if i > lo && indefiniteWord(a.toks[i-1].low) {
				continue
			}
			// "One Tory loyalist told the BBC:", "a source told Reuters:":
			// the one told, the object of the verb of speech, listens.
			if v := i - 1; v > lo && (a.toks[v].low == "the" && v-1 > lo && speechObjectVerb(a.toks[v-1]) || speechObjectVerb(a.toks[v])) {
				continue
			}
			// "The man who shot Sam Ortiz told police:", "A teacher at
			// the school where Dan Price worked said:": a name inside a
			// relative clause on the subject is not the subject.
			if a.inRelativeClause(lo, i) {
				continue
			}
			// "One reason may be the addition of concern about Europe:":
			// a name after the clause's verb is in its predicate; the
			// colon introduces the words of the subject.
			if a.verbBefore(lo, i) {
				continue
			}
			// "Fond nostalgia for the old days:", "Invocation of the
			// bicycle lobby:": a label over a quotation, whose first word
			// is capitalised only because it opens the sentence. A word
			// alone there is a name only when the article's names know it
			// (a surname met before, a given name a verb marks) or a verb
			// follows it ("Reed was blunt:").
			// "Education was key:", "Nothing changed:": a common noun
			// or pronoun alone is not one either.
			if a.opensSentence(i) && (i+1 >= hi || !isNameWord(a.toks[i+1])) && a.reg.mentionAt(a.toks[i].s) < 0 &&
				(!a.toks[i+1].in(lxAuxiliaries) && !a.toks[i+1].in(lxPassiveAux) && !pastVerb(a.toks[i+1]) || commonAlone(a.toks[i].low)) {
				continue
			}
			if np := a.parseFwd(i, hi); np.kind == npName && a.reg.ents[np.ent].person {
				// "Ann Hall was told by Tom Reed:": who was told listens;
				// who told her speaks, when the sentence names them.
				if v := a.passiveTold(np.hi, hi); v >= 0 {
					for b := v + 1; b+1 < hi; b++ {
						if a.toks[b].low == "by" {
							if by := a.parseFwd(b+1, hi); by.kind == npName && !a.reg.ents[by.ent].org {
								return cue{np: by, text: a.cueText(v, hi), pos: a.toks[b+1].s, adjacent: true}, true
							}
							break
						}
					}
					return cue{text: a.cueText(v, hi), pos: a.toks[v].s, adjacent: true}, true
				}
				return cue{np: np, pos: a.toks[i].s, adjacent: true, strict: true}, true
			}
		}
		// "Allow the dermatologist to repeat that:": the one person the
		// sentence describes, when it names no one and no pronoun stands
		// for someone.
		if np, ok := a.onlyDescribed(lo, hi-1); ok {
			return cue{np: np, pos: a.toks[np.lo].s, adjacent: true}, true
		}
	}
	return cue{}, false
}

// letterWriter reads "X sent a letter to Y calling ...", "X wrote to Y on
// Monday demanding ...": np, the name before the participle at v, follows
// "to" after a letter or a verb of writing in its clause, so it is who the
// letter went to. It returns the clause's subject, the writer.
func (a *attributor) letterWriter(lo int, np nounPhrase, v int) (nounPhrase, bool) {
	if np.kind != npName || !strings.HasSuffix(a.toks[v].low, "ing") || np.lo-2 <= lo || a.toks[np.lo-1].low != "to" {
		return nounPhrase{}, false
	}
	for w := np.lo - 2; w > lo && np.lo-w <= 4; w-- {
		t := &a.toks[w]
		if t.kind != tWord || t.cap && !t.in(lxDayNames) {
			return nounPhrase{}, false
		}
		if !letterWords[t.low] {
			continue
		}
		if s := a.subject(lo, w); s.kind != npNone && s.hi <= w && (s.kind != npName || s.ent != np.ent) {
			return s, true
		}
		return nounPhrase{}, false
	}
	return nounPhrase{}, false
}

// letterWords are a letter and the verbs of writing one: "sent a letter
// to", "wrote to".
var letterWords = setOf("letter", "letters", "memo", "email", "e-mail", "note", "wrote", "writes", "write")

// speechObjectVerb reports whether t is a verb of speech in lower case
// that takes who hears as its object ("told", "tells", "telling").
func speechObjectVerb(t token) bool {
	return t.kind == tWord && !t.cap && t.in(lxTellVerbs)
}

// indefiniteWord reports whether w opens a noun phrase about someone or
// something not identified: "a", "an", "one", "another".
func indefiniteWord(w string) bool { return w == "a" || w == "an" || w == "one" || w == "another" }

// subjectBeforeApposition reads "Prince Andrew, the younger brother of
// the heir to the throne, Charles, has told" before the verb at v: a name
// between commas closing a description in apposition to the sentence's
// subject names someone in the description, and the subject, a person
// named, speaks. It returns the subject.
func (a *attributor) subjectBeforeApposition(lo, v int) (nounPhrase, bool) {
	j := v - 1
	for j > lo && a.toks[j].kind == tWord && !a.toks[j].cap && (a.toks[j].in(lxAuxiliaries) || adverbLike(&a.toks[j])) {
		j--
	}
	if j <= lo || a.toks[j].low != "," {
		return nounPhrase{}, false
	}
	c := j - 1
	for c > lo && isNameWord(a.toks[c]) {
		c--
	}
	if c == j-1 || c <= lo || a.toks[c].low != "," {
		return nounPhrase{}, false
	}
	s := a.subject(lo, c)
	if s.kind != npName || !a.reg.ents[s.ent].person || s.hi+1 >= c || a.toks[s.hi].low != "," || !determiner(a.toks[s.hi+1].low) ||
		a.hasVerb(s.hi, c) || a.hasClause(s.hi, c) || a.hasWord(s.hi, c, "and") {
		return nounPhrase{}, false
	}
	// "Addressing Parr, the judge, Simon Grey, said": a name after the
	// participle opening the sentence is its object, no subject.
	if participleObjectEnd(a.toks, lo, s.lo, c) > 0 {
		return nounPhrase{}, false
	}
	return s, true
}

// subjectBeforeParticiple returns the subject opening toks[lo:n] when a
// participle phrase set off by a comma follows it and runs on to n:
// "The coach, sitting next to his captain, Martin Odegaard, said", "The
// prime minister, standing alongside the French president, Emmanuel
// Garnier, told reporters". (Not "Speaking at the rally, the organiser,
// Ann Hall, said": the phrase opens the sentence, and the name is the
// subject's.)
func (a *attributor) subjectBeforeParticiple(lo, n int) (nounPhrase, bool) {
	// (A phrase to look for first: parsing the subject registers names.)
	found := false
	for j := lo + 1; j < n && !found; j++ {
		found = a.toks[j-1].low == "," && a.asideOpens(j, n)
	}
	if !found {
		return nounPhrase{}, false
	}
	s := a.subject(lo, n)
	if s.kind == npNone || s.kind == npAnon || s.lo != lo && !(s.lo > lo && a.toks[s.lo-1].low == ",") || s.hi+1 >= n || a.toks[s.hi].low != "," {
		return nounPhrase{}, false
	}
	pi := s.hi + 1
	if !a.asideOpens(pi, n) {
		return nounPhrase{}, false
	}
	for j := pi; j < n; j++ {
		if a.toks[j].low == "who" {
			continue
		}
		if t := a.toks[j]; t.kind == tQuote || t.kind == tEnd || asideEnds[t.low] {
			return nounPhrase{}, false
		}
	}
	return s, true
}

// asideOpens reports whether toks[i] opens a participle phrase before
// toks[n]: "speaking at ...", "flanked by ...", "who was speaking ..."
// (the same phrase in a relative clause).
func (a *attributor) asideOpens(i, n int) bool {
	if i+2 < n && a.toks[i].low == "who" && (a.toks[i+1].low == "was" || a.toks[i+1].low == "is") {
		i += 2
	}
	p := &a.toks[i]
	return p.kind == tWord && !p.cap && (asideParticiples[p.low] || len(p.low) > 5 && strings.HasSuffix(p.low, "ing") && !quotingWords[p.low])
}

// quotingWords open a phrase whose object's words the subject repeats:
// "The senator, quoting Churchill, said:" (see quotingLead).
var quotingWords = setOf("quoting", "citing", "according", "reading", "paraphrasing", "echoing")

// asideEnds are words that close such a phrase and open a clause.
var asideEnds = setOf("who", "whom", "whose", "which", "that", "while", "whereas", "but")

// asideParticiples open a phrase set off after a subject that says whom
// it stood or spoke with: "The president, flanked by ..., said".
var asideParticiples = setOf("flanked", "joined", "accompanied", "alongside", "beside", "standing", "sitting", "speaking", "appearing")

// verbBefore reports whether toks[lo:i] holds an auxiliary or a form of
// "be": a verb before toks[i], which is then no subject.
func (a *attributor) verbBefore(lo, i int) bool {
	for j := max(lo, 0); j < i && j < len(a.toks); j++ {
		if t := a.toks[j]; t.kind == tWord && !t.cap && (t.in(lxAuxiliaries) || t.in(lxPassiveAux)) {
			return true
		}
	}
	return false
}

// hasWord reports whether toks[lo:hi] holds the word w (lower case).
func (a *attributor) hasWord(lo, hi int, w string) bool {
	for i := max(lo, 0); i < hi && i < len(a.toks); i++ {
		if a.toks[i].low == w {
			return true
		}
	}
	return false
}

// onlyDescribed returns the one definite description of a person ("the
// dermatologist") in toks[lo:hi], when nothing else there could speak: no
// name, no personal pronoun, no other person noun, no quotation.
func (a *attributor) onlyDescribed(lo, hi int) (nounPhrase, bool) {
	if a.namesSomeone(lo, hi) {
		return nounPhrase{}, false
	}
	var np nounPhrase
	for j := lo; j < hi; j++ {
		t := a.toks[j]
		if t.kind == tQuote {
			return nounPhrase{}, false
		}
		if t.kind != tWord {
			continue
		}
		if isPronoun(t.low) && t.low != "it" || t.low == "his" || t.low == "her" || t.low == "their" {
			return nounPhrase{}, false
		}
		if ok, _ := personNoun(t.low); !ok {
			continue
		}
		if np.kind != npNone || j == lo || a.toks[j-1].low != "the" || !t.in(lxPersonRoles) || j+1 < hi && a.toks[j+1].poss {
			return nounPhrase{}, false
		}
		np = nounPhrase{kind: npDesc, word: t.low, lo: j - 1, hi: j + 1}
	}
	return np, np.kind != npNone
}

// whatNounSubject reports whether the verb toks[v] has for subject a
// lower-case plural noun after "what" ("in what keepers described as",
// "what the locals call"): people the text does not name, not the
// subject of the sentence.
func (a *attributor) whatNounSubject(lo, v int) bool {
	b := v - 1
	if b-1 < lo || a.toks[b].kind != tWord || a.toks[b].cap || !strings.HasSuffix(a.toks[b].low, "s") || strings.HasSuffix(a.toks[b].low, "ss") ||
		adverbLike(&a.toks[b]) || closedClass(a.toks[b].low) {
		return false
	}
	s := b - 1
	if a.toks[s].low == "the" && s-1 >= lo {
		s--
	}
	return a.toks[s].low == "what"
}

// accusedOf reports whether toks[v], before hi, is a verb of blame in
// -ed with "of" right after it ("accused of murder", "suspected of"):
// a participle, not its noun's own verb.
func accusedOf(toks []token, v, hi int) bool {
	t := &toks[v]
	return v+1 < hi && toks[v+1].low == "of" && t.kind == tWord && !t.cap && (strings.HasSuffix(t.low, "ed") && t.in(lxCriticismVerbs) || t.low == "suspected")
}

// calledAs reports whether toks[v] is a verb of criticism or praise whose
// object is then named by the quotation after "as": "attacked the package
// as a "bad piece of legislation"", "hailed the deal as "a turning point
// for the region"". The quotation (toks[hi]) is the subject's words.
func (a *attributor) calledAs(v, hi int) bool {
	t := &a.toks[v]
	if t.kind != tWord || t.cap || !t.in(lxCriticismVerbs) || v > 0 && a.toks[v-1].in(lxPassiveAux) || hi-v > 10 || hi-v < 3 {
		return false
	}
	as := hi - 1
	if determiner(a.toks[as].low) && a.toks[as].low != "that" {
		as--
	}
	// ("slammed easyJet for "treating passengers like cattle"",
	// "praised the crews for "...": the reason a verb of blame or praise
	// gives, in the speaker's words.)
	if as <= v+1 || a.toks[as].low != "as" && (a.toks[as].low != "for" || !blameFor[t.low]) {
		return false
	}
	for j := v + 1; j < as; j++ {
		if w := a.toks[j]; w.kind != tWord || w.in(lxClauseWords) || a.isVerb(j) {
			return false
		}
	}
	return true
}

// blameFor are the verbs of blame and praise whose reason, after their
// object and "for", may be quoted words: "slammed easyJet for "..."".
var blameFor = setOf("slam", "slams", "slammed", "blast", "blasts", "blasted", "attack", "attacks", "attacked",
	"criticise", "criticises", "criticised", "criticize", "criticizes", "criticized", "condemn", "condemns",
	"condemned", "lambast", "lambasts", "lambasted", "denounced", "rebuked", "chided", "castigated",
	"excoriated", "ridiculed", "mocked", "derided", "blamed", "praise", "praises", "praised", "hailed",
	"lauded", "applauded", "commended", "thanked")

// tellVerbs take whom they address as their object.
var tellVerbs = setOf("told", "tell", "tells", "telling")

// adverbLike reports whether the word t may stand between a subject or a
// comma and its verb ("even saying", "also urged", "repeatedly calling").
func adverbLike(t *token) bool {
	w := t.low
	return t.in(lxSkipBeforeVerb) && w != "and" && w != "but" && w != "who" && w != "which" || strings.HasSuffix(w, "ly")
}

// pastFrontedModifier returns where the clause of toks[lo:hi] starts past an
// adjective or participle phrase fronted before its subject: one
// capitalised word that is no given name, a preposition, and the rest of
// the phrase up to a comma, after which a subject opens ("Consistent with
// the easing, the statement emphasizes", "Unhappy with the ruling, the
// council appealed", "Faithful to his promise, Reed voted no"). A name
// there would be the subject itself, with no second one after the comma
// ("Reed, with his wife, said" has a comma right after the name). Else lo.
func (a *attributor) pastFrontedModifier(lo, hi int) int {
	if lo+3 >= hi {
		return lo
	}
	w, p := a.toks[lo], a.toks[lo+1]
	if w.kind != tWord || !w.cap || w.poss || honorificOf(w) || givenNameGender(w.low) != 0 || isFirstName(w) ||
		p.kind != tWord || p.cap || !frontedPreps[p.low] {
		return lo
	}
	for c := lo + 2; c < hi && c < lo+16; c++ {
		t := a.toks[c]
		if t.kind == tQuote || t.kind == tEnd || t.kind == tWord && (t.in(lxAuxiliaries) || t.in(lxPassiveAux) || t.in(lxPastVerbs)) {
			return lo
		}
		if t.low != "," {
			continue
		}
		n := c + 1
		if n >= hi || a.toks[n].kind != tWord {
			return lo
		}
		if x := a.toks[n]; determiner(x.low) || x.low == "the" || x.low == "a" || x.low == "an" || isPronoun(x.low) || isNameWord(x) {
			return n
		}
		return lo
	}
	return lo
}

// frontedPreps follow the adjective or participle opening a fronted
// modifier ("Consistent with", "Faithful to", "Unsure of").
var frontedPreps = setOf("with", "to", "of", "about", "for", "from", "by")

// introWords open an introductory phrase closed by a comma.
var introWords = setOf("after", "before", "during", "following", "despite", "in", "on", "at", "since", "earlier", "later", "speaking",
	// "When Winfrey asked if he could share them, he declined, saying":
	// a subordinate clause before the subject.
	"when", "while", "although", "though", "once", "if", "because", "as",
	// "Without naming Mendez, Benton tore into the rancher, suggesting":
	// whom the phrase leaves unnamed is not the subject.
	"without", "unlike")

// relativeAntecedent returns the name a relative clause ending at b is
// about, when "who" (a person) or "which" (anything else) opens it after a
// comma, with no clause boundary between it and b: "Senator Ann Hall, who
// tried to rally support by" gives Ann Hall.
func (a *attributor) relativeAntecedent(lo, b int) (nounPhrase, bool) {
	for r := b; r > lo+1 && r >= b-15; r-- {
		t := a.toks[r]
		if t.kind != tWord || a.clauseEnd(r) {
			return nounPhrase{}, false
		}
		if (t.low == "who" || t.low == "which") && a.toks[r-1].low == "," {
			return a.antecedentAt(lo, r)
		}
	}
	return nounPhrase{}, false
}

// antecedentAt returns the name a relative pronoun at toks[r], after a
// comma, refers back to: a person's for "who", anything else's for
// "which" ("Tom Burke, who said", "the Likud party, which said").
func (a *attributor) antecedentAt(lo, r int) (nounPhrase, bool) {
	t := a.toks[r]
	if t.low != "who" && t.low != "which" || a.toks[r-1].low != "," {
		return nounPhrase{}, false
	}
	ante := a.parseBackDepth(lo, r-2, 1)
	// "the Likud party, which": the organisation named in the
	// description.
	if n := ante.hi - 2; ante.hi == r-1 && ante.kind == npDesc && t.low == "which" && orgHeads[ante.word] && n >= ante.lo && isNameWord(a.toks[n]) {
		if id := a.reg.mentionAt(a.toks[n].s); id >= 0 && a.reg.ents[id].org {
			return nounPhrase{kind: npName, ent: id, lo: n, hi: n + 1}, true
		}
	}
	if ante.kind == npName && (t.low == "who") == a.reg.isPerson(ante.ent) {
		return ante, true
	}
	return nounPhrase{}, false
}

// gerundLinks join a gerund of speech to the sentence's subject: "he
// paused before answering:", "she ended by saying".
var gerundLinks = setOf("before", "after", "by", "while", "when")

// cueText renders the reporting phrase starting at verb v: the verb, plus
// the audience of "told" ("told Reuters", "told the press") or the place of
// a post ("posted on X").
func (a *attributor) cueText(v, hi int) string {
	verb := a.toks[v].text
	lv := strings.ToLower(verb)
	end := v + 1
	if a.isPutIt(v) {
		return a.text[a.toks[v].s:a.toks[v+1].e] // "put it"
	}
	if p, ok := phrasalVerbs[lv]; ok && v+1 < hi && a.toks[v+1].low == p {
		return a.text[a.toks[v].s:a.toks[v+1].e] // "fired back"
	}
	switch {
	case lv == "told" || lv == "tells" || lv == "tell" || lv == "telling":
		j := v + 1
		if j < hi && (a.toks[j].low == "the" || a.toks[j].low == "a") {
			j++
		}
		if e := a.outletProgramme(j, hi, v); e > 0 {
			end = e
		} else if j < hi && a.toks[j].kind == tWord && a.toks[j].cap {
			for j < hi && a.toks[j].kind == tWord && a.toks[j].cap && j < v+5 && a.toks[j].sent == a.toks[v].sent {
				// "she told the U.S. He added": after an abbreviation's
				// stop, a subject pronoun opens the next sentence.
				if j > v+1 && strings.HasSuffix(a.toks[j-1].text, ".") && subjectPronounCap(a.toks[j].text) {
					break
				}
				j++
				// "told SEN. He added": an acronym that ends the
				// sentence (read as "Sen.") ends the audience.
				if capsDot(a.toks[j-1].text) {
					break
				}
			}
			// "told U.S. officials", "told Senate investigators": a
			// capital run before the audience's noun modifies it.
			if j < hi && j > v+1 && a.toks[j].kind == tWord && !a.toks[j].cap && a.toks[j].sent == a.toks[v].sent && audiencePlural(a.toks[j].low) {
				j++
			}
			// "told a Parliamentary committee", "told the U.K.
			// parliament", "told a Senate hearing"
			if det := a.toks[v+1].low; (det == "the" || det == "a") && j < hi && a.toks[j].kind == tWord && a.toks[j].sent == a.toks[v].sent &&
				(a.toks[j].in(lxPersonRoles) || a.toks[j].in(lxGroupNouns) || publicBodyWords[a.toks[j].low] || gatheringNouns[a.toks[j].low]) {
				j++
			}
			end = j
		} else if j < hi && a.toks[j].kind == tWord && !a.toks[j].in(lxReportingVerbs) && a.toks[j].low != "that" && !objectPronoun(a.toks[j].low) {
			end = j + 1
			// "told a press conference", "told a campaign rally", "told
			// a town hall meeting": the gathering's noun ends the
			// audience.
			for k := j + 1; k < hi && k <= j+2 && a.toks[k].kind == tWord && !a.toks[k].cap; k++ {
				if gatheringNouns[a.toks[k].low] {
					end = k + 1
					break
				}
			}
		}
	case v+2 < hi && a.toks[v+1].low == "on" && platforms[a.toks[v+2].low]:
		end = v + 3
		if end < hi && platforms[a.toks[v+2].low+" "+a.toks[end].low] {
			end++
		}
	}
	e := a.toks[end-1].e
	// "told SEN.": the full stop of an abbreviation that ends the
	// sentence is not the audience's.
	if end-1 > v && capsDot(a.toks[end-1].text) {
		e--
	}
	return a.text[a.toks[v].s:e]
}

// subjectPronounCap reports whether w is a subject pronoun in capitals,
// as a sentence opens.
func subjectPronounCap(w string) bool {
	switch w {
	case "He", "She", "They", "We", "It", "I":
		return true
	}
	return false
}

// audiencePlural reports whether w is people told as a body: "officials",
// "lawmakers", "diplomats", "investigators" (see cueText).
func audiencePlural(w string) bool {
	if groupNouns[w] || pluralTitles[w] {
		return true
	}
	if sg, ok := strings.CutSuffix(w, "s"); ok && len(sg) > 3 {
		return personRoles[sg] || occupations[sg]
	}
	return false
}

// capsDot reports whether w is an acronym of capitals with one full stop
// at its end ("SEN."): the sentence's stop, not an abbreviation's.
func capsDot(w string) bool {
	n := len(w) - 1
	if n < 2 || w[n] != '.' {
		return false
	}
	for i := 0; i < n; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// gatheringNouns end the audience of "told": "told a press conference",
// "told a news briefing", "told a campaign rally".
var gatheringNouns = setOf("conference", "briefing", "meeting", "rally", "gathering", "summit",
	"session", "forum", "audience", "crowd", "hearing", "webinar", "podcast", "programme",
	"program", "website", "channel", "show")

// tokAt returns the index of the first token starting at byte offset pos
// or after it (len(a.toks) when none does). (sort.Search written out: its
// closure, inlined where sort.Search is called, stays a call once tokAt
// itself is inlined.)
func (a *attributor) tokAt(pos int) int {
	lo, hi := 0, len(a.toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); a.toks[m].s < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// sentAt returns the sentence index of the token at byte offset pos.
func (a *attributor) sentAt(pos int) int {
	i := a.tokAt(pos)
	if i >= len(a.toks) {
		i = len(a.toks) - 1
	}
	if i < 0 {
		return 0
	}
	return a.toks[i].sent
}

// subject returns the speaker phrase that opens toks[lo:hi], skipping a
// short introductory phrase ("On Wednesday, Braverman ...").
func (a *attributor) subject(lo, hi int) nounPhrase {
	if lo == 0 || a.toks[lo-1].para != a.toks[lo].para {
		lo = datelineEnd(a.toks, lo)
	}
	// "Asked whether he was optimistic, he paused ...", "After the
	// hearing, Hawk Sawyer issued ...": skip the introductory phrase.
	// "According to AFP, one user on Weibo posted:": the source of the
	// report is not the speaker.
	according := lo+1 < hi && a.toks[lo].low == "according" && a.toks[lo+1].low == "to"
	if lo < hi && (according || a.toks[lo].low == "asked" || a.toks[lo].low == "pressed" || a.toks[lo].low == "questioned" || introWords[a.toks[lo].low] || a.frontedTheTime(lo, hi)) {
		for c := lo + 1; c < hi && c < lo+25; c++ {
			if a.toks[c].low == "," {
				lo = c + 1
				break
			}
		}
	}
	// "In a statement signed by its spokesman, Mr Ken Robinson, PANDEF
	// said": the name in apposition to the phrase's last noun is still
	// the phrase's; the subject follows it.
	if lo >= 2 && lo < hi && a.toks[lo-1].low == "," && personRoles[a.toks[lo-2].low] && !a.toks[lo-2].cap && isNameWord(a.toks[lo]) {
		if e := a.nameRunEnd(lo, hi); e+1 < hi && a.toks[e].low == "," && (isNameWord(a.toks[e+1]) || isPronoun(a.toks[e+1].low) || a.toks[e+1].low == "the") {
			lo = e + 1
		}
	}
	lo = a.pastFrontedModifier(lo, hi)
	for i := lo; i < hi && i < lo+8; i++ {
		t := &a.toks[i]
		// "The mayor rejected the plan and urged ...": the role noun
		// right before a verb heads the subject; so does an
		// organisation's ("The trust gave the county a month and then
		// urged ...").
		if t.low == "the" && i+2 < hi && (a.toks[i+1].in(lxPersonRoles) || a.toks[i+1].in(lxOrgHeads) || a.toks[i+1].in(lxMediaNouns)) && !a.toks[i+1].cap && a.startsVerbPhrase(i+2) {
			return nounPhrase{kind: npDesc, word: a.toks[i+1].low, lo: i, hi: i + 2}
		}
		// "The former governor was unconvinced", "The acting mayor was
		// in Leeds", "The ex-governor was": so does one after words
		// making it another office.
		if t.low == "the" {
			if np, ok := a.offSubject(i, hi); ok {
				return np
			}
		}
		// "On one Facebook page an unidentified poster ... wrote": where
		// something was posted, not who posted it.
		if a.platformPlace(i) {
			continue
		}
		// "Thousands of people gathered in Trafalgar Square to call for
		// a ceasefire": a place after a verb is where, not who.
		if i >= lo+2 && placePrepositions[a.toks[i-1].low] && a.toks[i-2].kind == tWord && !a.toks[i-2].cap && isNameWord(*t) {
			for i+1 < hi && isNameWord(a.toks[i+1]) && !a.toks[i].poss {
				i++
			}
			continue
		}
		if t.kind == tWord && (isPronoun(t.low) || (isNameWord(*t) && !t.in(lxDayNames)) || t.low == "the" || t.low == "a" || t.low == "an" ||
			(t.low == "one" || t.low == "another") && i+1 < hi && a.toks[i+1].kind == tWord && (!a.toks[i+1].cap || a.qualifiedNoun(i+1, hi))) {
			if np := a.parseFwd(i, hi); np.kind != npNone {
				return np
			}
		}
		if t.kind == tWord && t.in(lxReportingVerbs) {
			break
		}
	}
	return nounPhrase{}
}

// retoldSubject reads toks[from:b], the rest of a clause after its subject,
// for a verb of speech or telling, its object, an optional "that", then a
// named person and a verb of their own ("told the jury Voss climbed out of
// the cab", "testified that Voss was calm"): that person, the subject of
// the reported clause.
func (a *attributor) retoldSubject(from, b int) (nounPhrase, bool) {
	r := from
	for r < b && r < from+4 && !a.isVerb(r) {
		r++
	}
	if r >= b || !a.isVerb(r) || !retellVerbs[a.toks[r].low] {
		return nounPhrase{}, false
	}
	// "told the jury", "told police": told a hearing or an inquiry, not
	// "told reporters Reed was weak and called him "..."", the teller's
	// own charge.
	if tellVerbs[a.toks[r].low] {
		j := r + 1
		if j < b && a.toks[j].low == "the" {
			j++
		}
		if j >= b || !hearingNouns[a.toks[j].low] {
			return nounPhrase{}, false
		}
	}
	for j := r + 1; j < b && j <= r+5; j++ {
		t := a.toks[j]
		if t.kind != tWord || t.poss {
			return nounPhrase{}, false
		}
		if !isNameWord(t) {
			if t.low == "that" || t.low == "the" || t.low == "her" || t.low == "him" || t.low == "them" || t.low == "police" ||
				!t.cap && (t.in(lxPersonRoles) || personNounWord(t.low)) {
				continue
			}
			return nounPhrase{}, false
		}
		np := a.parseFwd(j, b)
		if np.kind != npName || !a.reg.ents[np.ent].person || np.hi >= b || !a.startsVerbPhrase(np.hi) {
			return nounPhrase{}, false
		}
		return np, true
	}
	return nounPhrase{}, false
}

// retellVerbs retell what someone did and said: testimony, a recollection.
var retellVerbs = setOf("testified", "testifies", "recalled", "recalls", "recounted", "recounts", "told", "tells")

// hearingNouns are who hears testimony or a statement to investigators.
var hearingNouns = setOf("jury", "jurors", "court", "judge", "police", "investigators", "detectives", "officers", "inquiry", "panel", "tribunal", "hearing")

// utteranceVerbs introduce what someone said aloud, in a scene retold.
var utteranceVerbs = setOf("said", "told", "shouted", "yelled", "screamed", "asked", "whispered", "muttered", "replied", "snapped", "cried")

// personNounWord reports whether w names people ("jury", "jurors",
// "reporters", "officers"): a listener told something.
func personNounWord(w string) bool {
	ok, _ := personNoun(w)
	return ok || w == "jury" || w == "court"
}

// frontedTheTime reports whether toks[lo:hi] opens with a time phrase
// led by "the" and a word of sequence, then a comma: "The next day,", "The
// following Monday evening,", "The same week,". (Not "The next guest,
// Maya Trent, shared": a noun of people is a subject.)
func (a *attributor) frontedTheTime(lo, hi int) bool {
	if lo+3 >= hi || a.toks[lo].low != "the" || !sequenceWords[a.toks[lo+1].low] {
		return false
	}
	for c := lo + 2; c < hi && c <= lo+5; c++ {
		t := a.toks[c]
		if t.low == "," {
			return c > lo+2
		}
		if t.kind != tWord || !timeWords[t.low] && !t.in(lxDayNames) {
			return false
		}
	}
	return false
}

// sequenceWords place a time after another: "the next day".
var sequenceWords = setOf("next", "following", "previous", "same", "other", "day", "week")

// timeWords are the nouns of a fronted time phrase: "the next day", "the
// following Monday evening".
var timeWords = setOf("day", "days", "week", "weeks", "month", "months", "year", "morning", "afternoon", "evening", "night",
	"weekend", "spring", "summer", "fall", "autumn", "winter", "time", "after", "before")

// indefiniteSubject reports whether toks[i] is an indefinite pronoun
// standing alone as a subject: "someone", "somebody", "nobody" and the
// like, or "one"/"another" right before a verb ("One called ...", not
// "One member ..." or "One of them", which parseFwd reads).
func (a *attributor) indefiniteSubject(i, hi int) bool {
	switch a.toks[i].low {
	case "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody":
		return true
	case "one", "another":
		return i+1 < hi && a.toks[i+1].para == a.toks[i].para && a.startsVerbPhrase(i+1)
	}
	return false
}

// offSubject reads "the" at toks[i] and one or two lower-case words
// making the role after them another office or one held for the time
// being ("former", "acting", "deputy", "ex-" glued to it), then the role
// noun and a verb: the description "the former governor".
func (a *attributor) offSubject(i, hi int) (nounPhrase, bool) {
	for j := i + 1; j < hi && j <= i+3; j++ {
		t := a.toks[j]
		if t.kind != tWord || t.cap {
			return nounPhrase{}, false
		}
		if r := exTitle(t.low); r != "" && personRoles[r] && j+1 < hi && a.startsVerbPhrase(j+1) {
			return nounPhrase{kind: npDesc, word: r, lo: i, hi: j + 1}, true
		}
		if j > i+1 && t.in(lxPersonRoles) && j+1 < hi && a.startsVerbPhrase(j+1) && (offRoleBefore(a.toks, j) || actingRoleBefore(a.toks, j)) {
			return nounPhrase{kind: npDesc, word: t.low, lo: i, hi: j + 1}, true
		}
		if !t.in(lxOffModifiers) && !actingWords[t.low] && !t.in(lxTitles) {
			return nounPhrase{}, false
		}
	}
	return nounPhrase{}, false
}

// qualifiedNoun reports whether toks[i] opens one to three capitalised
// words qualifying a lower-case noun that is no verb: "Labour backbencher"
// in "One Labour backbencher, who ..., said".
func (a *attributor) qualifiedNoun(i, hi int) bool {
	j := i
	for j < hi && j < i+3 && isNameWord(a.toks[j]) && !a.toks[j].poss {
		j++
	}
	if j == i || j >= hi {
		return false
	}
	n := a.toks[j]
	return n.kind == tWord && !n.cap && !n.in(lxReportingVerbs) && !n.in(lxAuxiliaries) && !n.in(lxPassiveAux) && !pastVerb(n) && !a.isVerb(j)
}

// shortPartial reads the verb governing a quoted phrase of one or two
// words, when it is a verb of speech or criticism close before it in the
// same clause with a named or pronoun subject: "Leon Cooperman blasted
// [it] on a call as "morally wrong"", "Jordanian Foreign Minister Ayman
// Safadi warning of "dangerous consequences"". A title-case phrase is a
// name, not words ("the candidate he calls "Mini Mike"").
func (a *attributor) shortPartial(k int, sp span) (cue, bool) {
	body := strings.TrimSpace(a.text[sp.start:sp.end])
	n := sp.words
	if n < 1 || n > 2 || titleCase(body) || sp.open < 0 || sp.close < 0 || claimedWords(a.toks, k) {
		return cue{}, false
	}
	// One word is a speaker's only as the lower-case complement of a
	// verb that names or judges: "called the plan "unworkable"".
	if r, _ := utf8.DecodeRuneInString(body); n == 1 && !unicode.IsLower(r) {
		return cue{}, false
	}
	if p := k - 1; p >= 0 && a.toks[p].kind == tWord && titleMarkers[a.toks[p].low] {
		return cue{}, false
	}
	// "spoke at the conference on "radical openness"": the topic of a
	// talk or meeting named before it, not words the verb governs ("warned
	// of "dangerous consequences"", "spoke about "real change"" keep theirs).
	if p := k - 1; p >= 1 && (a.toks[p].low == "on" || a.toks[p].low == "about") && a.toks[p-1].kind == tWord &&
		!a.toks[p-1].cap && !a.isVerb(p-1) && !a.toks[p-1].in(lxCriticismVerbs) && !adverbLike(&a.toks[p-1]) {
		return cue{}, false
	}
	// The phrase closes its clause: "as "morally wrong."", not "a "formal
	// update" from Braverman"; an adjunct of time or a new clause may
	// follow ("called the plan "deeply flawed" on Tuesday").
	// A comma or full stop inside the marks closes it too: "calling her
	// "scary skinny," for instance".
	// So does a relative clause about the person the phrase names, after
	// a verb that names or judges: "called Mr. Reed a "bigot" who ...".
	if nx := k + 1; nx < len(a.toks) && a.toks[nx].para == a.toks[k].para && a.toks[nx].kind == tWord && !partialAdjunct[a.toks[nx].low] &&
		!strings.HasSuffix(body, ",") && !strings.HasSuffix(body, ".") && !a.namedModifier(k) &&
		!(a.toks[nx].low == "who" && a.epithetObject(k)) && !a.objectHeadPartial(k) {
		return cue{}, false
	}
	for v := k - 1; v >= 0 && v >= k-12 && a.toks[v].para == a.toks[k].para && !a.clauseEnd(v); v-- {
		t := &a.toks[v]
		if t.kind != tWord || t.cap {
			continue
		}
		// "It said the memorandum covered "technical cooperation" at the
		// airfield": a verb of the clause the phrase is in.
		if len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !a.isVerb(v) && !t.in(lxCriticismVerbs) {
			return cue{}, false
		}
		// "she said the reporting was a "turning point"", "... when
		// lawmakers pointed out "colonial undertones"": a clause of its
		// own, whose words these are.
		if t.in(lxPassiveAux) || t.in(lxAuxiliaries) || t.in(lxClauseWords) && t.low != "and" && t.low != "as" {
			return cue{}, false
		}
		// "an investor conference call": a noun after a noun.
		if v > 0 && a.toks[v-1].kind == tWord && !a.toks[v-1].cap && !a.toks[v-1].name &&
			(determiner(a.toks[v-1].low) || !adverbLike(&a.toks[v-1]) && !isPronoun(a.toks[v-1].low) && !t.in(lxCriticismVerbs)) {
			continue
		}
		if n == 1 && (!t.in(lxCriticismVerbs) || k-v > 5) {
			if t.in(lxPassiveAux) || t.in(lxAuxiliaries) || t.low == "that" || t.low == "who" || t.low == "which" || a.isVerb(v) {
				return cue{}, false
			}
			continue
		}
		if !a.isVerb(v) && !(t.in(lxCriticismVerbs) && (v == 0 || !a.toks[v-1].in(lxPassiveAux))) {
			// Another verb between: the phrase is its object, not the
			// speaker's ("He said Mr Blair had spoken with "such sincerity"").
			if t.in(lxPassiveAux) || t.in(lxAuxiliaries) || t.low == "that" || t.low == "who" || t.low == "which" ||
				strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "en") {
				return cue{}, false
			}
			continue
		}
		lo := v
		for lo > 0 && a.toks[lo-1].para == t.para && !a.clauseEnd(lo-1) && v-lo < maxRegion {
			lo--
		}
		np := a.parseBack(lo, v-1)
		// "North Korea's Kim Yo Jong, the sister of leader Kim Jong Un,
		// rejected the offer, calling it "a daydream"": a participle
		// after a comma is the sentence subject's, not the name the
		// clause before the comma ends with (as in before).
		if strings.HasSuffix(t.low, "ing") && v-1 > lo && a.toks[v-1].low == "," {
			if s := a.subject(lo, v); s.kind == npName || s.kind == npPron {
				np = s
			}
		}
		if np.kind == npNone && a.whatNounSubject(lo, v) {
			return cue{}, false
		}
		// "Lind met Berg, who then called the talks "serious"": the
		// relative pronoun's antecedent, not the sentence's subject.
		if np.kind == npNone && v-1 > lo {
			np = a.relativeClauseSubject(lo, v-1)
		}
		if np.kind == npNone && v > lo {
			np = a.subject(lo, v)
			// "The Association said members would review rejected claims
			// "sympathetically"": past a verb of speech, the word is in
			// the clause it reports, whose subject is someone else.
			// (But a participle after a comma is said by the clause's
			// subject: "Ann Hall was more cautious, warning that
			// "headwinds remain"".)
			participle := strings.HasSuffix(t.low, "ing") && a.toks[v-1].low == ","
			if np.kind != npNone && np.hi < v && a.hasVerb(np.hi, v) && !participle {
				return cue{}, false
			}
		}
		pos := t.s
		if np.lo >= 0 && np.lo < v {
			pos = a.toks[np.lo].s
		}
		// "Senator Ann Hall ... The senator has attacked the governor for
		// her "reckless spending"": a role noun that refers back to a
		// person the article named in that role is a named subject.
		// "West Midlands Police ... The police force branded the
		// behaviour 'totally unacceptable'": so does a noun that refers
		// back to a named organisation (the caller takes the phrase only
		// when it resolves to one).
		if np.kind != npName && np.kind != npPron && !(np.kind == npDesc && personRoles[np.word] && a.reg.roleBefore(pos, np.word) >= 0) &&
			!(np.kind == npDesc && orgHeads[np.word]) {
			return cue{}, false
		}
		// Single marks, in a text that quotes with double ones, set off
		// the writer's terms as often as anyone's words: only the verbs
		// that judge or name take them ("branded the behaviour 'totally
		// unacceptable'").
		if sp.single && !t.in(lxCriticismVerbs) {
			return cue{}, false
		}
		return cue{np: np, text: t.text, pos: pos}, true
	}
	return cue{}, false
}

// namedModifier reports whether the quoted phrase at toks[k] qualifies the
// noun that closes the object of a verb naming or judging it: "called the
// governor a "failed" leader.", "branded it an "unworkable" plan,". The
// phrase stands between "a", "an" or "the" and one lower-case noun closing
// the clause, the verb a few words before.
func (a *attributor) namedModifier(k int) bool {
	d, nx := k-1, k+1
	if d < 1 || nx+1 >= len(a.toks) || a.toks[d].para != a.toks[k].para || a.toks[nx].para != a.toks[k].para {
		return false
	}
	if w := a.toks[d].low; w != "a" && w != "an" && w != "the" {
		return false
	}
	if n := a.toks[nx]; n.kind != tWord || n.cap || a.isVerb(nx) || !a.clauseEnd(nx+1) && a.toks[nx+1].low != "," {
		return false
	}
	for v := d - 1; v >= 0 && v >= d-4 && a.toks[v].para == a.toks[k].para && a.toks[v].kind == tWord; v-- {
		if namingJudge[a.toks[v].low] {
			return true
		}
	}
	return false
}

// epithetObject reports whether the quotation toks[k] is the epithet
// after a verb that names or judges, its object and "a" or "an": "called
// Governor Greer a "bigot"", "branded him an "extremist"".
func (a *attributor) epithetObject(k int) bool {
	if k < 3 || (a.toks[k-1].low != "a" && a.toks[k-1].low != "an") {
		return false
	}
	for v := k - 2; v >= 0 && v >= k-6 && a.toks[v].para == a.toks[k].para; v-- {
		t := &a.toks[v]
		if t.kind != tWord {
			return false
		}
		if !t.cap && t.in(lxCriticismVerbs) {
			return v < k-2
		}
		if !t.cap && !isPronoun(t.low) && !objectPronoun(t.low) && !t.name && !t.in(lxTitles) {
			return false
		}
	}
	return false
}

// namingJudge are the verbs of criticismVerbs that name or judge their
// object as something: "called it a "failed" plan".
var namingJudge = setOf("call", "calls", "called", "calling", "brand", "brands", "branded", "branding",
	"label", "labels", "labelled", "labeled", "labelling", "labeling", "term", "terms", "termed", "terming",
	"dub", "dubs", "dubbed", "dubbing", "described", "describes", "describing")

// partialAdjunct may follow a short partial quotation that closes its
// clause: an adjunct of time, place or purpose ("a "new settlement" for
// the City"), or a new clause.
var partialAdjunct = unionOf(dayNames, setOf("in", "on", "at", "for", "during", "after", "before", "amid", "last", "this",
	"earlier", "and", "but", "while", "when", "as", "until", "since", "because", "over", "yesterday", "if", "unless",
	"today"))

// auxiliaries open a verb phrase of their own.
var auxiliaries = setOf("had", "has", "have", "would", "will", "could", "can", "should", "did",
	"does", "do", "may", "might", "must", "shall")

// criticismVerbs attribute a short quoted phrase that is their object
// (class 10 of issue 8: "attacked the governor for her "reckless
// spending""), as do verbs of praise, naming, warning, promise and
// proposal.
var criticismVerbs = setOf("attack", "attacks", "attacked", "attacking", "blast", "blasts", "blasted",
	"blasting", "slam", "slams", "slammed", "slamming", "condemn", "condemns", "condemned",
	"condemning", "denounce", "denounces", "denounced", "denouncing", "reject", "rejects",
	"rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "praise",
	"praises", "praised", "praising", "hail", "hails", "hailed", "hailing", "label", "labels",
	"labelled", "labeled", "brand", "brands", "branded", "dub", "dubs", "dubbed", "term",
	"terms", "termed", "lambast", "lambasts", "lambasted", "chide", "chided", "rebuke",
	"rebuked", "mock", "mocked", "deride", "derided", "welcome", "welcomed", "welcomes",
	"applaud", "applauded", "commend", "commended", "criticise", "criticised", "criticize",
	"criticized", "accuse", "accused", "accuses", "decry", "decried", "assail", "assailed",
	"describe", "described", "describes", "calls", "called", "calling", "warn", "warned", "warns",
	"warning", "promise", "promised", "promises", "vow", "vowed", "vows", "pledge", "pledged",
	// and proposal, whose object is the speaker's own plan in their words:
	// "outlined a "new settlement" for the City".
	"outline", "outlines", "outlined", "outlining", "propose", "proposes", "proposed", "proposing",
	// and blame, scorn, praise and demand in other words: "blamed the
	// delays on "bureaucratic inertia"", "thanked the crews for their
	// "heroic work"", "demanded "immediate action"" (only forms that are
	// no noun: "Hitler's demands for more "living space"" is not).
	"blamed", "blaming", "castigated", "castigating", "excoriated", "ridiculed", "scorned",
	"lauded", "touted", "thanked", "demanded", "questioned",
	// and the participles of naming and judging the others lack:
	// "inaugurated the service, terming it a "gift for the people"".
	"terming", "branding", "labelling", "labeling", "dubbing", "describing", "lambasting",
	"deriding", "criticising", "criticizing", "decrying", "welcoming", "commending")

// echoesAnother reports whether the sentence after the quotation at k
// attributes it ("That was the warning from engineers ..."), so that it does
// not continue the quotation before.
func (a *attributor) echoesAnother(k int) bool {
	if k+1 >= len(a.toks) {
		return false
	}
	switch a.toks[k+1].low {
	case "that", "those", "these", "such", "so", "this":
		_, ok := a.echo(k)
		return ok
	}
	return false
}

// echo finds a speaker named by the sentence right after a quotation that
// ends its sentence (or paragraph): "That was the warning from X", "Those
// were the words of X", "So said X", "That is how X put it".
func (a *attributor) echo(k int) (cue, bool) {
	q := a.toks[k]
	j := k + 1
	if j >= len(a.toks) || a.toks[j].kind == tQuote {
		return cue{}, false
	}
	if body := strings.TrimRight(a.text[q.s:q.e], "\"”»″’' "); !(strings.HasSuffix(body, ".") || strings.HasSuffix(body, "!") || strings.HasSuffix(body, "?")) {
		return cue{}, false
	}
	// The sentence after may open the next paragraph when the quotation
	// stands alone or ends its paragraph ("... national scale."" / "That's
	// the optimistic view mouthed by Michael Reed ...").
	if a.toks[j].para != q.para && (a.toks[j].para != q.para+1 || !startsParagraph(a.toks, k) && j != k+1) {
		return cue{}, false
	}
	switch a.toks[j].low {
	case "that", "this":
		// A live blog's "That was Senate Minority Leader Chuck Schumer,
		// speaking on the floor." after the words.
		if c, ok := a.thatWasName(k, j); ok {
			return c, true
		}
	case "those", "these", "such", "so":
	case "with":
		// "With those words, Tom Reed walked off the stage."
		return a.withThoseWords(j)
	case "the":
		// "The warning came from Antonio Guterres", "The remarks were
		// made by Ann Hall".
		if j+1 >= len(a.toks) || a.toks[j+1].kind != tWord || !echoNouns[a.toks[j+1].low] {
			// "The Conservative leader, Kemi Badenoch, responding."
			return a.namedNext(k, j)
		}
	default:
		return a.namedNext(k, j)
	}
	hi := j
	for hi < len(a.toks) && a.toks[hi].para == a.toks[j].para && !a.clauseEnd(hi) && hi-j < 30 {
		hi++
	}
	for v := j + 1; v < hi && v <= j+6; v++ {
		switch a.toks[v].low {
		case "from", "of", "said", "says", "how", "by":
			if v == j+1 && a.toks[v].low != "said" && a.toks[v].low != "says" {
				continue
			}
			if np := a.parseFwd(v+1, hi); np.kind == npName && !a.pluralBefore(v+1, np.hi) || np.kind == npPron {
				return cue{np: np, text: a.text[a.toks[j].s:a.toks[v].e], pos: a.toks[v+1].s}, true
			}
			// "That was the warning from engineers who ...": unnamed.
			if w := v + 1; w < hi && a.toks[w].kind == tWord && !a.toks[w].cap {
				if ok, _ := personNoun(a.toks[w].low); ok || a.toks[w].in(lxGroupNouns) {
					return cue{np: nounPhrase{kind: npAnon, lo: w, hi: w + 1}, text: a.text[a.toks[j].s:a.toks[v].e], pos: a.toks[w].s}, true
				}
			}
			return cue{}, false
		}
	}
	return cue{}, false
}

// pluralBefore reports whether the words of toks[lo:hi] before its first
// name word hold people in the plural: "from striking nurses outside St Mary's Hospital"
// is the nurses' message, not the hospital's.
func (a *attributor) pluralBefore(lo, hi int) bool {
	for j := lo; j < hi && j < len(a.toks) && !isNameWord(a.toks[j]); j++ {
		if t := a.toks[j]; t.kind == tWord && !t.cap {
			if ok, plural := personNoun(t.low); ok && plural {
				return true
			}
		}
	}
	return false
}

// namedNext reads the sentence at toks[j] after a quotation opening a
// story or a live blog's entry, its speaker named next: ""We woke up and
// the water was at the door." Amina Hassan, 34, was speaking from a
// shelter ...", "The Conservative leader, Kemi Badenoch, responding."
func (a *attributor) namedNext(k, j int) (cue, bool) {
	q := a.toks[k]
	alone := startsParagraph(a.toks, k)
	if a.toks[j].para != q.para+1 || !alone && !endsParagraph(a.toks, k) || !isNameWord(a.toks[j]) && a.toks[j].low != "the" {
		return cue{}, false
	}
	hi := j
	for hi < len(a.toks) && a.toks[hi].para == a.toks[j].para && !a.clauseEnd(hi) && hi-j < 30 {
		hi++
	}
	np := a.parseFwd(j, hi)
	if np.kind != npName || !a.reg.ents[np.ent].person {
		return cue{}, false
	}
	v := np.hi
	for v < hi && v < np.hi+6 && (a.toks[v].low == "," || a.toks[v].kind == tWord && isDigit(a.toks[v].text[0])) {
		v++
	}
	// "Mayor Ann Hale has said that more than once.": a perfect verb
	// of speech whose object points back at the quotation (not "has said
	// that the council will vote", new words), after one closing its
	// paragraph ("Rent control - "it never works.""); after one
	// standing alone, any perfect verb of speech.
	if v+1 < hi && (a.toks[v].low == "has" || a.toks[v].low == "had" || a.toks[v].low == "have") && a.speechVerb(v+1) {
		if o := v + 2; alone || o < hi && (a.toks[o].low == "that" || a.toks[o].low == "this" || a.toks[o].low == "so" || a.toks[o].low == "it") &&
			o+1 < len(a.toks) && (a.toks[o+1].kind == tEnd || a.toks[o+1].kind == tWord && !a.toks[o+1].cap && echoAdverbials[a.toks[o+1].low]) {
			return cue{np: np, text: a.toks[v+1].text, pos: a.toks[j].s}, true
		}
		return cue{}, false
	}
	if !alone {
		return cue{}, false
	}
	if v < hi && (a.toks[v].low == "was" || a.toks[v].low == "is") {
		v++
	}
	if v < hi && (a.toks[v].low == "speaking" || a.toks[v].low == "talking" || a.isVerb(v)) {
		return cue{np: np, text: a.toks[v].text, pos: a.toks[j].s}, true
	}
	// "..., responding." closing its paragraph: a live blog's caption
	// to the words above.
	if v < len(a.toks) && v+1 < len(a.toks) && (a.toks[v].low == "responding" || a.toks[v].low == "replying" || a.toks[v].low == "reacting") &&
		(a.toks[v+1].kind == tEnd && (v+2 >= len(a.toks) || a.toks[v+2].para != a.toks[v].para) || a.toks[v+1].para != a.toks[v].para) {
		return cue{np: np, text: a.toks[v].text, pos: a.toks[j].s}, true
	}
	return cue{}, false
}

// echoAdverbials may follow the pronoun pointing back at a quotation in
// "has said that more than once", "has said it repeatedly", "has said so
// for years": how often or when, no clause of new words.
var echoAdverbials = setOf("more", "many", "often", "repeatedly", "again", "before", "publicly", "every", "for",
	"since", "on", "in", "at", "over", "twice", "several", "countless", "numerous", "frequently", "too",
	"throughout", "all", "almost", "nearly", "himself", "herself", "themselves", "privately", "recently")

// thatWasName reads "That was Chuck Schumer, speaking on the floor." (or
// "That was Chuck Schumer." alone) opening the paragraph after a quotation
// that stands alone: the name is the speaker's.
func (a *attributor) thatWasName(k, j int) (cue, bool) {
	if a.toks[j].para != a.toks[k].para+1 || !startsParagraph(a.toks, k) || !endsParagraph(a.toks, k) || j+2 >= len(a.toks) ||
		a.toks[j+1].low != "was" && a.toks[j+1].low != "is" || !isNameWord(a.toks[j+2]) && a.toks[j+2].low != "the" {
		return cue{}, false
	}
	hi := j + 2
	for hi < len(a.toks) && a.toks[hi].para == a.toks[j].para && !a.clauseEnd(hi) && hi-j < 30 {
		hi++
	}
	np := a.parseFwd(j+2, hi)
	if np.kind != npName || !a.reg.ents[np.ent].person {
		return cue{}, false
	}
	if v := np.hi; v < len(a.toks) && a.toks[v].para == a.toks[j].para && a.toks[v].kind != tEnd &&
		!(a.toks[v].low == "," && v+1 < len(a.toks) && (a.toks[v+1].low == "speaking" || a.toks[v+1].low == "talking" || a.toks[v+1].low == "writing")) {
		return cue{}, false
	}
	return cue{np: np, text: a.text[a.toks[j].s:a.toks[j+1].e], pos: a.toks[j+2].s}, true
}

// echoNouns name words said, in the sentence after a quotation that says
// whose they were ("The warning came from ...").
var echoNouns = setOf("warning", "remarks", "remark", "comments", "comment", "words", "message", "plea",
	"admission", "assessment", "verdict", "statement", "response", "reply", "claim", "criticism",
	"rebuke", "appeal", "promise", "vow", "explanation", "quote", "question", "answer", "tribute")

// introducedBy reports whether a verb of speech stands right before the
// quotation at toks[k], past a comma or colon and at most two adverbs, in
// its paragraph ("and said, "...", "will say tentatively, "..."",
// "asked:").
func (a *attributor) introducedBy(k int) bool {
	j := k - 1
	if j < 1 || a.toks[j].para != a.toks[k].para || a.toks[j].low != "," && a.toks[j].low != ":" {
		return false
	}
	j--
	for n := 0; n < 2 && j > 0 && a.toks[j].kind == tWord && strings.HasSuffix(a.toks[j].low, "ly") && a.toks[j].para == a.toks[k].para; n++ {
		j--
	}
	if j < 0 || a.toks[j].para != a.toks[k].para {
		return false
	}
	// "Ann Cole was asked: "Would you do it again?" She laughed.": a
	// passive verb of speech introduces the words too, put to its subject.
	if t := a.toks[j]; t.kind == tWord && !t.cap && t.in(lxReportingVerbs) && (j > 0 && a.toks[j-1].in(lxPassiveAux) || a.passiveAcrossAdverb(j)) {
		return true
	}
	return a.isVerb(j) && a.speechVerb(j) && !a.toks[j].in(lxTellVerbs)
}

// speechVerb reports whether toks[i] is a verb of speech proper, not one
// of thought or assent that reports only the that-clause it opens.
func (a *attributor) speechVerb(i int) bool {
	t := &a.toks[i]
	if t.in(lxReportingVerbs) || t.in(lxInvertedVerbs) || a.isPutIt(i) {
		return true
	}
	// "his lawyers maintain that the SEC's charges "are baseless"", as
	// "maintains" would.
	if t.low == "maintain" && i+1 < len(a.toks) && a.toks[i+1].low == "that" {
		return true
	}
	p, ok := phrasalVerbs[t.low]
	return ok && i+1 < len(a.toks) && a.toks[i+1].low == p
}

// isPutIt reports whether toks[i] opens "put it" in the sense of saying it:
// "as Yellen put it,", "she put it bluntly", "he puts it this way:".
func (a *attributor) isPutIt(i int) bool {
	t := &a.toks[i]
	if t.kind != tWord || t.cap || t.low != "put" && t.low != "puts" || i+2 >= len(a.toks) || a.toks[i+1].low != "it" {
		return false
	}
	n := a.toks[i+2]
	if n.para != t.para || n.kind != tWord {
		return true // "as he put it," / "put it:"
	}
	switch n.low {
	case "this", "that", "best", "more", "another", "simply", "plainly", "differently", "starkly", "mildly":
		return true
	case "in", "on", "at", "last", "earlier", "yesterday":
		// "As Bill Gates put it in his 2021 book,", "as she put it on
		// Twitter,", "as the Journal put it last week," (not "he put it
		// in the oven", "they put it last"): "as" and the subject alone
		// before.
		// ("as the New York Times put it on Tuesday,": "the" before the
		// name.)
		for p := i - 1; p >= 0 && p >= i-6 && a.toks[p].para == t.para; p-- {
			if a.toks[p].low == "as" {
				return p < i-1
			}
			if a.toks[p].low == "the" && p > 0 && a.toks[p-1].low == "as" && isNameWord(a.toks[p+1]) {
				return true
			}
			if a.toks[p].kind != tWord || !isNameWord(a.toks[p]) && !isPronoun(a.toks[p].low) {
				return false
			}
		}
		return false
	}
	return strings.HasSuffix(n.low, "ly") && !n.cap
}

// possWords reads "in X's words", "in his own words", "in the words of X"
// at toks[v] (the word "words"), before a quotation: the possessor speaks.
func (a *attributor) possWords(lo, v, hi int) (cue, bool) {
	t := &a.toks[v]
	if t.low != "words" || v <= lo {
		return cue{}, false
	}
	// "in the words of union leader Mick Lynch,"
	if v+1 < hi && a.toks[v+1].low == "of" && a.toks[v-1].low == "the" {
		if np := a.speakerFwd(v+2, hi); np.kind != npNone {
			return cue{np: np, text: "in the words of", pos: t.s}, true
		}
		return cue{}, false
	}
	p := v - 1
	if a.toks[p].low == "own" && p > lo {
		p--
	}
	s := p // start of the possessor
	if a.toks[p].poss && isNameWord(a.toks[p]) {
		s = p + 1 - len(a.ownerRun(lo, p))
	}
	if s <= lo || a.toks[s-1].low != "in" {
		return cue{}, false
	}
	switch w := a.toks[p].low; {
	case w == "his" || w == "her":
		pron := "he"
		if w == "her" {
			pron = "she"
		}
		return cue{np: nounPhrase{kind: npPron, word: pron, lo: p, hi: p + 1}, text: "in " + w + " words", pos: a.toks[p].s}, true
	case a.toks[p].poss && isNameWord(a.toks[p]):
		run := a.ownerRun(lo, p)
		if np := a.nameNP(run, lo, p+1-len(run), v); np.kind == npName {
			return cue{np: np, text: "in " + a.text[run[0].s:a.toks[v].e], pos: run[0].s}, true
		}
	}
	return cue{}, false
}

// speakerFwd reads the speaker phrase after a cue verb or "according to"
// (see parseFwd), and a possessed relative or role named in apposition:
// "according to Tom Smith's aunt, Mary Jones," is Mary Jones, and "said
// Smith's spokesman" with no name after it someone the text does not name.
// accordingTo reads the source after "according to" at toks[i]: as
// speakerFwd, and "him" or "her" standing alone ("According to him, the
// funds were "a small fraction"", ""...," according to her."), the
// pronoun the Nigerian, Philippine and South Asian press write there.
func (a *attributor) accordingTo(i, hi int) nounPhrase {
	if i < hi && (a.toks[i].low == "him" || a.toks[i].low == "her") {
		if n := i + 1; n < len(a.toks) && a.toks[n].para == a.toks[i].para && (a.toks[n].low == "," || a.toks[n].kind == tEnd) {
			w := "he"
			if a.toks[i].low == "her" {
				w = "she"
			}
			return nounPhrase{kind: npPron, word: w, lo: i, hi: i + 1}
		}
	}
	return a.speakerFwd(i, hi)
}

func (a *attributor) speakerFwd(i, hi int) nounPhrase {
	// "according to a White House statement", "said a DOJ release": the
	// organisation.
	if i+2 < hi && (a.toks[i].low == "a" || a.toks[i].low == "an" || a.toks[i].low == "the") && isNameWord(a.toks[i+1]) {
		j := i + 1
		for j < hi && j < i+8 && (isNameWord(a.toks[j]) || a.toks[j].low == "of" && j+1 < hi && isNameWord(a.toks[j+1])) && !a.toks[j].poss {
			j++
		}
		switch a.toks[j].low { // "a DOJ press release"
		case "press", "news", "written", "joint", "official":
			if j+1 < hi && a.toks[j+1].in(lxSpeechNouns) {
				j++
			}
		}
		if j < hi && a.toks[j].kind == tWord && !a.toks[j].cap && a.toks[j].in(lxSpeechNouns) && !a.toks[j].in(lxDelegateNouns) {
			if np, ok := a.spokesOrg(i, i, j, j+1); ok {
				return np
			}
		}
	}
	// ""...," said "The Nanny" star Fran Drescher": a quoted title and the
	// role noun it qualifies before the name.
	if i+2 < hi && a.toks[i].kind == tQuote && a.toks[i].weak {
		if r := a.toks[i+1]; r.kind == tWord && !r.cap && !determiner(r.low) && !r.in(lxPrepositions) && !r.in(lxClauseWords) &&
			!r.in(lxReportingVerbs) && isNameWord(a.toks[i+2]) {
			if np := a.parseFwd(i+2, hi); np.kind == npName && !a.reg.ents[np.ent].org {
				np.lo = i
				return np
			}
		}
	}
	// "said director of research Ann Hall", "said head of policy Ann
	// Hall": a post "of" a field, then the person's name.
	if i+3 < hi && a.toks[i].kind == tWord && !a.toks[i].cap && a.toks[i].in(lxPersonRoles) && a.toks[i+1].low == "of" {
		k := i + 2
		for k < hi && k <= i+4 && a.toks[k].kind == tWord && !a.toks[k].cap && !determiner(a.toks[k].low) && !a.toks[k].in(lxPrepositions) &&
			!a.toks[k].in(lxReportingVerbs) && !a.toks[k].in(lxClauseWords) {
			k++
		}
		if k > i+2 && k < hi && isNameWord(a.toks[k]) {
			if np := a.parseFwd(k, hi); np.kind == npName && !a.reg.ents[np.ent].org {
				e := &a.reg.ents[np.ent]
				e.addRole(a.toks[i].low)
				if e.role == "" {
					e.role = a.text[a.toks[i].s:a.toks[k-1].e]
				}
				np.lo = i
				return np
			}
		}
	}
	// "said longtime Smith ally Ann Jones"
	if m := i + 1; m < hi && a.toks[i].kind == tWord && !a.toks[i].cap && !determiner(a.toks[i].low) && !a.toks[i].in(lxPrepositions) &&
		!a.toks[i].in(lxPersonRoles) && isNameWord(a.toks[m]) {
		j := m
		for j < hi && j < m+5 && isNameWord(a.toks[j]) && !a.toks[j].poss {
			j++
		}
		if np, ok := a.qualifiedName(m, j, hi); ok {
			np.lo = i
			return np
		}
	}
	if np, ok := a.committeeTitled(i, hi); ok {
		return np
	}
	if np, ok := a.countrysBody(i, hi); ok {
		return np
	}
	if i < hi && isNameWord(a.toks[i]) {
		j := i
		for j < hi && j < i+5 && isNameWord(a.toks[j]) && !a.toks[j].poss {
			j++
		}
		// "said Brookings Institution fellow Ann Jones", "said Smith ally
		// Ann Jones": after the verb, a name and a role word the lexicon
		// does not know only qualify the person named next.
		if np, ok := a.qualifiedName(i, j, hi); ok {
			return np
		}
		// "said the House Ways and Means Committee's chairman, Tom
		// Hadley": a body's name joined by "and", possessive: the role
		// and name after it, as for "the Senate Foreign Relations
		// Committee's chairman".
		if j+1 < hi && a.toks[j].low == "and" && isNameWord(a.toks[j+1]) {
			m := j + 1
			for m < hi && m < j+5 && isNameWord(a.toks[m]) && !a.toks[m].poss {
				m++
			}
			if m < hi && a.toks[m].poss && isNameWord(a.toks[m]) && a.toks[m].in(lxOrgWords) {
				j = m
			} else if m < hi && a.toks[m].poss && isNameWord(a.toks[m]) && m+1 < hi && a.toks[m+1].in(lxDelegateNouns) {
				// "said Smith and Jones's lawyer, Ann Moss": two people's
				// delegate; the person named after, or no one ("said
				// Smith and Jones's spokeswoman"), never "Smith".
				j = m
			}
		}
		if j < hi && a.toks[j].poss && isNameWord(a.toks[j]) {
			r := j + 1
			for r < hi && r <= j+4 && a.toks[r].kind == tWord && !a.toks[r].cap && !a.toks[r].in(lxReportingVerbs) && !a.toks[r].in(lxClauseWords) {
				r++
			}
			// "according to Blinken's statement", "according to Ann
			// Lee's remarks": the possessor made it.
			if r == j+2 && a.toks[j+1].in(lxSpeechNouns) && !a.toks[j+1].in(lxDelegateNouns) {
				run := a.ownerRun(i, j)
				if np := a.nameNP(run, i, j+1-len(run), r); np.kind == npName {
					np.hi = r
					return np
				}
			}
			if r > j+1 {
				if ok, _ := personNoun(a.toks[r-1].low); ok || a.toks[r-1].in(lxPersonRoles) {
					// (Past a role before the name: "said Love's teammate,
					// receiver Jayden Reed".)
					n := r + 1
					for n < hi && n <= r+3 && a.toks[n].kind == tWord && !a.toks[n].cap && (a.toks[n].in(lxPersonRoles) || a.toks[n].in(lxTitles)) {
						n++
					}
					if n < hi && a.toks[r].low == "," && isNameWord(a.toks[n]) {
						if np := a.parseFwd(n, hi); np.kind == npName && !a.reg.ents[np.ent].org {
							a.reg.ents[np.ent].addRole(a.toks[r-1].low)
							np.lo = i
							return np
						}
					}
					// "said Love's teammate Jayden Reed": the person named
					// right after the relation.
					if r < hi && isNameWord(a.toks[r]) && !a.toks[r-1].in(lxPersonRoles) {
						if np := a.parseFwd(r, hi); np.kind == npName && a.reg.isPerson(np.ent) && !a.reg.ents[np.ent].org {
							np.lo = i
							return np
						}
					}
					if r >= hi || !isNameWord(a.toks[r]) { // not "Orchard's chief executive Tim Cole"
						return nounPhrase{kind: npAnon, lo: i, hi: r}
					}
				}
			}
		}
	}
	return a.parseFwd(i, hi)
}

// committeeTitled reads a committee's long name, its parts joined by
// commas and "and", before a title and the person who holds it, after a
// verb of speech: "said Senate Health, Education, Labor and Pensions
// Committee Chair Bernie Sanders", "said Senate Homeland Security and
// Governmental Affairs Committee Chairman Gary Peters": the chair, not
// the committee's first words. The words after the last joint must hold
// the committee's head and a title before the name. (Not "said Smith,
// Jones and Lee": no committee; not "said the Senate Judiciary
// Committee": no title and name after it.)
func (a *attributor) committeeTitled(i, hi int) (nounPhrase, bool) {
	if i >= hi || !isNameWord(a.toks[i]) || a.toks[i].in(lxTitles) || honorificOf(a.toks[i]) {
		return nounPhrase{}, false
	}
	last := -1
	k := i
	for ; k < hi && k < i+16 && a.toks[k].sent == a.toks[i].sent; k++ {
		t := &a.toks[k]
		if t.poss {
			return nounPhrase{}, false
		}
		if t.low == "," || t.low == "and" {
			if k+1 >= hi || !isNameWord(a.toks[k+1]) || k == i || !isNameWord(a.toks[k-1]) && a.toks[k-1].low != "," {
				return nounPhrase{}, false
			}
			last = k
			continue
		}
		if !isNameWord(*t) {
			break
		}
		if (t.in(lxInstitutionHeads) || t.low == "subcommittee") && k+2 < hi && (a.toks[k+1].low == "on" || a.toks[k+1].low == "for") {
			return a.committeeOnTitled(i, k, hi)
		}
		if last >= 0 && (t.in(lxInstitutionHeads) || t.low == "subcommittee") {
			break
		}
	}
	if last < 0 || k >= hi || !(a.toks[k].in(lxInstitutionHeads) || a.toks[k].low == "subcommittee") {
		return nounPhrase{}, false
	}
	// (Not "said Ann Hall, Tom Reed and Senate Judiciary Committee
	// Chairman Jim Lee": people listed before the chair.)
	if a.personWordsIn(i, last) {
		return nounPhrase{}, false
	}
	// A title after the head, then the name.
	h := k + 1
	if h+1 >= hi || !isNameWord(a.toks[h]) || !(a.toks[h].in(lxTitles) || readRun(a.toks[h:h+1]).roles != nil) {
		return nounPhrase{}, false
	}
	np := a.parseFwd(last+1, hi)
	if np.kind != npName || a.reg.ents[np.ent].org || !a.reg.isPerson(np.ent) || np.hi <= h+1 {
		return nounPhrase{}, false
	}
	np.lo = i
	return np, true
}

// committeeOnTitled reads a committee's name with its object after "on"
// or "for" (the head at toks[k]), then a title and the person who holds
// it: "said House Select Subcommittee on the Coronavirus Pandemic
// Chairman Brad Wenstrup" is the chair (not "Select Subcommittee"). (Not
// "said the House Committee on Oversight and Accountability": no title
// and name after the object.)
func (a *attributor) committeeOnTitled(i, k, hi int) (nounPhrase, bool) {
	m := k + 2
	if m < hi && a.toks[m].low == "the" {
		m++
	}
	if a.personWordsIn(i, k) {
		return nounPhrase{}, false
	}
	for n := m; n < hi && n < m+6 && isNameWord(a.toks[n]) && !a.toks[n].poss && a.toks[n].sent == a.toks[i].sent; n++ {
		if n > m && n+1 < hi && isNameWord(a.toks[n+1]) && a.toks[n].in(lxTitles) {
			np := a.parseFwd(n, hi)
			if np.kind != npName || a.reg.ents[np.ent].org || !a.reg.isPerson(np.ent) {
				return nounPhrase{}, false
			}
			np.lo = i
			return np, true
		}
	}
	return nounPhrase{}, false
}

// qualifiedName reads "Brookings Institution fellow Ann Jones", "Smith
// ally Ann Jones" after a verb of speech: the name run toks[i:j] and one
// lower-case role word the lexicon may not know only qualify the person
// named next.
func (a *attributor) qualifiedName(i, j, hi int) (nounPhrase, bool) {
	k := j + 1
	if k >= hi || j == i || a.toks[j-1].poss {
		return nounPhrase{}, false
	}
	w := a.toks[j]
	if w.kind != tWord || w.cap || w.in(lxSkipBeforeVerb) || w.in(lxPrepositions) || determiner(w.low) || w.in(lxClauseWords) ||
		w.in(lxReportingVerbs) || strings.HasSuffix(w.low, "ly") && len(w.low) > 5 || !a.personRunAt(k, hi) {
		return nounPhrase{}, false
	}
	np := a.parseFwd(k, hi)
	if np.kind != npName || a.reg.ents[np.ent].org {
		return nounPhrase{}, false
	}
	a.reg.ents[np.ent].addRole(w.low)
	np.lo = i
	return np, true
}

// notSpeech reports whether a quoted span with no cue of its own reads as
// something other than someone's words (issue 8, class 9):
//   - a term or slogan as the object of "of" or "for" ("a condition known
//     as "bird fancier's lung"", "the principle of "one country, two
//     systems"", "my list of "best things I ate this year."");
//   - a phrase used as a modifier between a determiner and its noun ("a
//     "click and collect" system");
//   - the words on a sign, banner or shirt ("signs reading "No more
//     wars"", "a banner that said "...");
//   - a headline cited in a letter ("Re. "...," Page A8").
func notSpeech(text string, toks []token, k int, sp span) bool {
	body := strings.TrimSpace(text[sp.start:sp.end])
	n := sp.words
	if k == 0 || toks[k-1].para != toks[k].para {
		return false
	}
	p := toks[k-1]
	// "conditions like "feather duvet lung"", "terms such as "net zero"".
	if n <= 3 && (p.low == "like" || p.low == "as" && k >= 2 && toks[k-2].low == "such") {
		return true
	}
	// "what is often referred to as "the forgotten war"".
	if n <= 6 && p.low == "as" && k >= 3 && toks[k-2].low == "to" && (toks[k-3].low == "referred" || toks[k-3].low == "refers" || toks[k-3].low == "refer") {
		return true
	}
	if p.low == "of" || p.low == "for" {
		if n <= 3 {
			return true
		}
		if n <= 6 && titleCase(abbrevDots.Replace(body)) { // "Fans of "The Marvelous Mrs. Maisel""
			return true
		}
		// "the principle of "one country, two systems"", not "the client
		// for "aircraft shelters and associated storage"" (a permit's words).
		r, _ := utf8.DecodeRuneInString(body)
		return n <= 5 && unicode.IsLower(r) && k >= 2 && termHeads[toks[k-2].low]
	}
	// ""the man with the golden voice" has another dream": a quoted noun
	// phrase opening its sentence or clause as the subject of the verb
	// after it is a nickname or epithet.
	if epithetSubject(text, toks, k, body, n) || termSubject(toks, k, body, n) {
		return true
	}
	// "the principle that "like cures like"": the content of an idea.
	if p.low == "that" && n <= 4 && startsLower(body) && k >= 2 && termHeads[toks[k-2].low] {
		return true
	}
	if p.low == "." || p.low == ":" {
		if k >= 2 && toks[k-2].low == "re" && toks[k-2].para == p.para && startsParagraph(toks, k-2) {
			return true
		}
	}
	// "one of the five "pillars of Islam" that ...", "the three "Rs"": a
	// name counted in a noun phrase, after "the" and a number.
	if n <= 4 && countWords[p.low] && k >= 2 && (toks[k-2].low == "the" || possessives[toks[k-2].low]) && !strings.ContainsAny(body, ",.!?;:") {
		return true
	}
	if n <= 4 && determiner(p.low) && p.low != "one" && p.low != "that" && !strings.ContainsAny(body, ",.!?;:") {
		if nx := k + 1; nx < len(toks) && toks[nx].para == p.para && modifiedNoun(toks[nx]) {
			return true
		}
	}
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].para == p.para && toks[j].kind == tWord; j-- {
		if !inscriptionVerbs[toks[j].low] {
			continue
		}
		for m := j - 1; m >= 0 && m >= j-5 && toks[m].para == p.para && toks[m].kind == tWord; m-- {
			if inscriptionNouns[toks[m].low] {
				return true
			}
		}
		break
	}
	return false
}

// gloss reports whether the quoted span at toks[k] gives the meaning or
// translation of a word: after "which means", ", meaning", "translates
// (as|to)", "stands for", or in brackets right after another quotation.
func gloss(toks []token, k int) bool {
	if k >= 2 && toks[k-1].low == "(" && toks[k-2].kind == tQuote && toks[k-2].para == toks[k].para {
		// (Not an aside quoted with its own cue in the brackets: `"Keep
		// driving." ("I had warned him," Hadi explains.)`.)
		for j := k + 1; j < len(toks) && j <= k+6 && toks[j].para == toks[k].para && toks[j].low != ")"; j++ {
			if toks[j].kind == tWord && !toks[j].cap && toks[j].in(lxReportingVerbs) {
				return false
			}
		}
		return true
	}
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].para == toks[k].para && toks[j].kind == tWord; j-- {
		switch toks[j].low {
		case "as", "to", "a", "an", "the", "literally", "roughly", "simply", "is":
			continue
		case "translates", "translated", "translate", "translation":
			return true
		case "means", "meaning", "meant":
			return j > 0 && (toks[j-1].low == "which" || toks[j-1].low == "," || toks[j-1].low == "word" || toks[j-1].low == "term")
		case "for":
			return j > 0 && (toks[j-1].low == "stands" || toks[j-1].low == "stood" || toks[j-1].low == "short")
		}
		return false
	}
	return false
}

// epithetSubject reports whether the quoted span at toks[k] is a noun
// phrase of two to eight words, lower case, opened by an article, that
// starts its sentence or follows a comma, with a verb of being or having
// or an auxiliary right after it (""the man with the golden voice" has
// another dream"), or that stands between commas after a name, in
// apposition to it ("Lorenz, "the father of chaos," started ...").
// n is wordCount(body).
func epithetSubject(text string, toks []token, k int, body string, n int) bool {
	if n < 2 || n > 8 || strings.ContainsAny(strings.TrimRight(body, ","), ",.;:!?") {
		return false
	}
	first, _, _ := strings.Cut(body, " ")
	if first != "the" && first != "a" && first != "an" {
		return false
	}
	if k > 0 && toks[k-1].sent == toks[k].sent && toks[k-1].low != "," {
		return false
	}
	// "Lorenz, "the father of chaos," started a revolution": an epithet
	// in apposition to the name before it.
	if k >= 2 && toks[k-1].low == "," && toks[k-2].sent == toks[k].sent && toks[k-2].kind == tWord && toks[k-2].cap &&
		!toks[k-2].poss && strings.HasSuffix(body, ",") {
		return true
	}
	nx := k + 1
	if nx >= len(toks) || toks[nx].sent != toks[k].sent || toks[nx].kind != tWord {
		return false
	}
	switch toks[nx].low {
	case "has", "had", "is", "was", "will", "would", "can", "could", "became", "becomes", "remains", "remained":
		return true
	}
	return false
}

// termHeads name a term, idea or list whose content follows "of" in
// quotation marks: "the principle of "...", "my list of "..."".
var termHeads = setOf("principle", "policy", "idea", "notion", "concept", "doctrine", "philosophy",
	"theory", "slogan", "motto", "mantra", "list", "era", "age", "politics", "language", "rhetoric",
	"spirit", "culture", "strategy", "approach", "model", "framework", "formula", "version",
	"category", "definition", "label", "brand", "title", "name", "term", "phrase", "message",
	"narrative", "myth", "ethos", "vision", "agenda", "logic", "notions", "ideas", "principles")

// abbrevDots drops the period of abbreviations inside titles.
var abbrevDots = strings.NewReplacer("Mrs.", "Mrs", "Mr.", "Mr", "Ms.", "Ms", "Dr.", "Dr", "St.", "St", "Jr.", "Jr")

// abbrevList are the abbreviations of abbrevDots.
var abbrevList = []string{"Mrs.", "Mr.", "Ms.", "Dr.", "St.", "Jr."}

// modifiedNoun reports whether t can be the noun a quoted modifier
// qualifies: a lower-case word that is not a function word, a verb of
// speech or an adverb.
func modifiedNoun(t token) bool {
	if t.kind != tWord || t.cap || len(t.low) < 3 || strings.HasSuffix(t.low, "ly") {
		return false
	}
	w := t.low
	return !prepositions[w] && !clauseWords[w] && !reportingVerbs[w] && !invertedVerbs[w] && !auxiliaries[w] &&
		!passiveAux[w] && !objectPreps[w] && !skipBeforeVerb[w] && !determiner(w) && !isPronoun(w) &&
		w != "not" && w != "into" && w != "than" && w != "about" && w != "over" && w != "during"
}

// inscriptionNouns carry written words that no one is quoted as saying;
// inscriptionVerbs introduce those words ("signs reading", "a banner that
// said", "the headline read").
var inscriptionNouns = setOf("sign", "signs", "banner", "banners", "placard", "placards", "poster",
	"posters", "t-shirt", "t-shirts", "shirt", "shirts", "hat", "hats", "cap", "caps", "billboard",
	"billboards", "sticker", "stickers", "graffiti", "plaque", "inscription", "headline",
	"headlines", "caption", "label", "flag", "flags", "mural", "note", "notice", "notices", "card", "cards")
var inscriptionVerbs = setOf("reading", "read", "reads", "saying", "said", "says", "declaring",
	"proclaiming", "bearing", "that", "with", "emblazoned", "printed", "painted", "scrawled", "written")

// objectPronoun reports whether w, after "told", is a pronoun or
// possessive rather than the audience's name ("told him", "told his
// players").
func objectPronoun(w string) bool {
	switch w {
	case "him", "her", "his", "their", "them", "its", "our", "us", "my", "me", "your", "you":
		return true
	}
	return false
}

// spokesOrg reads an organisation named before the head noun toks[j] of a
// statement or release it issued, toks[k:j] being the words before the
// head: "a White House statement", "a DOJ press release". The
// organisation is the speaker (issue 8, class 3). A person's name there
// ("a Trump statement") is not taken.
func (a *attributor) spokesOrg(lo, k, j, hi int) (nounPhrase, bool) {
	s := k
	if s < j && determiner(a.toks[s].low) {
		s++
	}
	for s-2 >= lo && a.toks[s-1].low == "of" && isNameWord(a.toks[s-2]) {
		s -= 2
		for s > lo && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss {
			s--
		}
	}
	if s >= j || !isNameWord(a.toks[s]) {
		return nounPhrase{}, false
	}
	for e := j; e > s && !isNameWord(a.toks[e-1]); e-- {
		j = e - 1 // "a DOJ press release": the run ends at "DOJ"
	}
	for _, t := range a.toks[s:j] {
		if !isNameWord(t) && t.low != "of" && t.low != "and" || t.poss {
			return nounPhrase{}, false
		}
	}
	if id := a.reg.mentionAt(a.toks[s].s); id >= 0 && a.reg.ents[id].person {
		return nounPhrase{}, false
	}
	run := a.toks[s:j]
	if ni := readRun(run); ni.person || len(ni.name) == 0 {
		return nounPhrase{}, false
	}
	np := a.nameNP(run, lo, s, hi)
	if np.kind != npName {
		return nounPhrase{}, false
	}
	e := &a.reg.ents[np.ent]
	e.person, e.org = false, true
	np.lo = min(k, s)
	if np.lo > lo && determiner(a.toks[np.lo-1].low) {
		np.lo--
	}
	return np, true
}

// startsVerbPhrase reports whether toks[i] opens the verb phrase after a
// subject: a lower-case word that is no function word and no noun of a
// compound ("met", "rejected", "later told"), not "and", "of" or ",".
func (a *attributor) startsVerbPhrase(i int) bool {
	if i >= len(a.toks) {
		return false
	}
	t := &a.toks[i]
	if t.kind != tWord || t.cap || t.in(lxPrepositions) || t.in(lxClauseWords) || determiner(t.low) || t.in(lxPersonRoles) {
		return false
	}
	if t.in(lxSkipBeforeVerb) || a.isVerb(i) || t.in(lxAuxiliaries) || t.in(lxPassiveAux) {
		return true
	}
	return strings.HasSuffix(t.low, "ed") || t.in(lxPastVerbs)
}

// pastVerbs are common irregular past tenses that open a verb phrase.
var pastVerbs = setOf("met", "went", "held", "gave", "took", "made", "sent", "left", "led", "won",
	"lost", "came", "saw", "got", "put", "set", "ran", "kept", "brought", "bought", "sought",
	"thought", "stood", "sat", "hit", "cut", "began", "broke", "chose", "drew", "drove", "fell",
	"flew", "forgot", "froze", "grew", "hid", "knew", "rode", "rose", "shook", "spent", "struck",
	"swept", "threw", "took", "understood", "withdrew", "wrote", "told", "said", "spoke")

// quotedAs reads who speaks through a gerund of speech at toks[v] (b is
// the word before it, past adverbs) reported by a verb of quoting or
// hearing: "State media quoted Ann Cole as saying" (the object), "Cole was
// quoted by Reuters as saying", "Cole could be heard telling aides" (the
// subject).
func (a *attributor) quotedAs(lo, v, b int) (nounPhrase, bool) {
	if b <= lo {
		return nounPhrase{}, false
	}
	if hearVerbs[a.toks[b].low] {
		if np := a.subject(lo, b); (np.kind == npName || np.kind == npPron) && np.hi <= b {
			return np, true
		}
		return nounPhrase{}, false
	}
	if a.toks[b].low != "as" {
		return nounPhrase{}, false
	}
	for q := b - 1; q >= lo && q >= b-16; q-- {
		w := a.toks[q].low
		if w != "quoted" && w != "cited" && w != "quotes" && w != "quoting" && !recallObjVerbs[w] {
			continue
		}
		// "Beckett described the governor as saying": the object of a
		// verb of recall, right after it, says the words (only active).
		if recallObjVerbs[w] && (q+1 >= b || q > lo && a.toks[q-1].in(lxPassiveAux)) {
			return nounPhrase{}, false
		}
		// "quoted Kim Yo Jong, the sister of leader Kim Jong Un, as
		// saying": past an apposition closed by a comma before "as".
		if q+1 < b-1 && a.toks[b-1].low == "," {
			if np := a.parseFwd(q+1, b); np.kind == npName && np.hi < b-1 && a.toks[np.hi].low == "," && a.plainSpan(np.hi+1, b-1) {
				np.hi = b
				return np, true
			}
		}
		if q < b-8 {
			return nounPhrase{}, false
		}
		if q > lo && a.toks[q-1].in(lxPassiveAux) {
			if np := a.subject(lo, q); np.kind != npNone && np.hi <= q {
				return np, true // "the official was quoted as saying"
			}
			return nounPhrase{}, false
		}
		if np := a.parseFwd(q+1, b); (np.kind == npName || np.kind == npPron || np.kind == npDesc) && np.hi == b {
			return np, true
		}
		return nounPhrase{}, false
	}
	return nounPhrase{}, false
}

// modalInReported reports whether the verb toks[v] follows a modal
// ("would", "will", "could", "might", "may") in a clause a verb of speech
// reports, and opens no that-clause of its own before the quotation at
// toks[hi]: "warned that Pyongyang would respond", "said Israel would
// respond" (but not "said Smith would testify that he "..."").
func (a *attributor) modalInReported(lo, v, hi int) bool {
	if v-1 <= lo {
		return false
	}
	switch a.toks[v-1].low {
	case "would", "will", "could", "might", "may":
	default:
		return false
	}
	for k := v + 1; k < hi; k++ {
		if a.toks[k].low == "that" || a.toks[k].low == ":" {
			return false
		}
	}
	for k := v - 2; k > lo && k >= v-8; k-- {
		t := a.toks[k]
		if t.kind != tWord || t.low == "," {
			return false
		}
		if t.low == "that" {
			return a.toks[k-1].in(lxReportingVerbs) && a.isVerb(k-1)
		}
		if t.in(lxReportingVerbs) && a.isVerb(k) {
			return true
		}
	}
	return false
}

// closedInReported reports whether the verb of speech at toks[v] sits in a
// clause another verb of speech before it reports, and the quotation at hi
// is in a later clause with a subject of its own, opened by a conjunction
// after the verb ("Pike said Ortiz kept what he promised
// because teachers "...""; "Pike argued that Holt said too little while
// residents "...""). Not when "that" or a colon follows the verb (its
// clause then runs on to the words), nor when the verb is the only one of
// speech ("Ortiz promised change because teachers "..."": his words).
func (a *attributor) closedInReported(lo, v, hi int) bool {
	if !a.toks[v].in(lxReportingVerbs) {
		return false
	}
	conj := -1
	for k := v + 1; k < hi; k++ {
		switch a.toks[k].low {
		case "that", ":":
			return false
		case "because", "since", "while", "but", "although", "though", "whereas":
			if conj < 0 {
				conj = k
			}
		}
	}
	if conj < 0 || conj+1 >= hi {
		return false
	}
	if n := a.toks[conj+1]; n.kind != tWord || a.isVerb(conj+1) || n.in(lxAuxiliaries) || adverbLike(&a.toks[conj+1]) {
		return false
	}
	// (Within the clause: not "Asked why, Harry suggested it was because
	// he "..."", a participle set off before the verb's own subject.)
	for k := v - 1; k > lo && a.toks[k].low != ","; k-- {
		if a.toks[k].in(lxReportingVerbs) && a.isVerb(k) && a.speechVerb(k) {
			return true
		}
	}
	return false
}

// plainSpan reports whether toks[i:j] holds words only, no quotation
// mark, sentence end or further comma: an apposition.
func (a *attributor) plainSpan(i, j int) bool {
	for k := i; k < j; k++ {
		if t := a.toks[k]; t.kind != tWord || t.low == "," {
			return false
		}
	}
	return i < j
}

// hearVerbs report a recording or overhearing of someone speaking: "Cole
// could be heard saying".
// recallObjVerbs take a person and a participle of speech as their
// object: "recalled the president telling her", "described him as saying".
var recallObjVerbs = setOf("recalled", "recalls", "recalling", "remembered", "remembers", "remembering",
	"described", "describes", "describing")

var hearVerbs = setOf("heard", "overheard", "filmed", "recorded", "caught", "seen")

// quoteVerbs say that someone repeats another's words: "Tom Reed quoted
// Winston Churchill:", "Quoting Churchill, Reed said:".
var quoteVerbs = setOf("quoted", "quoting", "quotes", "quote")

// quotedSource reads a lead-in closed by a colon (toks[hi]) that ends on a
// verb of quoting and a name: "Tom Reed quoted Winston Churchill:". The
// words after it are that name's.
func (a *attributor) quotedSource(lo, hi int) (nounPhrase, bool) {
	for j := lo + 1; j < hi-1; j++ {
		if !quoteVerbs[a.toks[j].low] || a.toks[j].cap {
			continue
		}
		if np := a.parseFwd(j+1, hi); np.kind == npName && np.lo == j+1 && np.hi == hi {
			return np, true
		}
	}
	return nounPhrase{}, false
}

// quotingLead reads a sentence toks[lo:hi] opening with "Quoting" and a
// name closed by a comma before its subject and verb of speech (at v):
// "Quoting Winston Churchill, Tom Reed said:". It returns that name.
func (a *attributor) quotingLead(lo, v, hi int) (nounPhrase, bool) {
	if lo+2 >= v || a.toks[lo].low != "quoting" {
		return nounPhrase{}, false
	}
	np := a.parseFwd(lo+1, hi)
	if np.kind != npName || np.lo != lo+1 || np.hi >= v || a.toks[np.hi].low != "," {
		return nounPhrase{}, false
	}
	return np, true
}

// possessedWords reads a sentence closed by a colon whose subject is
// someone's words: "Ann Cole's message was simple:", "Her answer:".
func (a *attributor) possessedWords(lo, hi int) (nounPhrase, bool) {
	if lo < hi && a.toks[lo].para > 0 && (lo == 0 || a.toks[lo-1].para != a.toks[lo].para) {
		lo = datelineEnd(a.toks, lo)
	}
	// "But nothing matched the power of Obama's words:": the words the
	// sentence ends on, closed by the colon, are their possessor's.
	if e := hi - 1; e-1 > lo && a.toks[e].in(lxPossSpeech) && a.toks[e].kind == tWord && !a.toks[e].cap {
		// "Tom Reed's last message:": past one word qualifying the words.
		o := e - 1
		if q := a.toks[o]; o-1 > lo && q.kind == tWord && !q.cap && !q.poss && q.low != "his" && q.low != "her" && a.toks[o-1].poss {
			o--
		}
		switch p := a.toks[o]; {
		case p.poss && isNameWord(p):
			run := a.ownerRun(lo, o)
			if np := a.nameNP(run, lo, o+1-len(run), e); np.kind == npName {
				return np, true
			}
		case p.low == "his" || p.low == "her":
			w := "he"
			if p.low == "her" {
				w = "she"
			}
			return nounPhrase{kind: npPron, word: w, lo: o, hi: e}, true
		case p.poss && !p.cap && p.kind == tWord && roleNoun(p.low):
			// "Tom Reed recalled his father's words:": the father's,
			// whoever the article says he is.
			d := o
			for d > lo && d > o-3 && a.toks[d-1].kind == tWord && !a.toks[d-1].cap && !a.isVerb(d-1) {
				d--
			}
			return nounPhrase{kind: npDesc, word: p.low, lo: d, hi: e}, true
		}
	}
	i := lo
	for i < hi && isNameWord(a.toks[i]) && !a.toks[i].poss && i < lo+5 {
		i++
	}
	if i >= hi || i+1 >= hi || !a.toks[i+1].in(lxPossSpeech) {
		return nounPhrase{}, false
	}
	switch t := a.toks[i]; {
	case i == lo && (t.low == "his" || t.low == "her"):
		w := "he"
		if t.low == "her" {
			w = "she"
		}
		return nounPhrase{kind: npPron, word: w, lo: i, hi: i + 1}, true
	case t.poss && isNameWord(t):
		if np := a.nameNP(a.toks[lo:i+1], lo, lo, i+1); np.kind == npName {
			return np, true
		}
	}
	return nounPhrase{}, false
}

// possSpeech are nouns for what someone said: "Cole's message was simple:".
var possSpeech = setOf("message", "response", "reply", "answer", "verdict", "advice", "warning",
	"explanation", "reaction", "retort", "conclusion", "argument", "assessment", "plea", "appeal",
	"prediction", "promise", "comment", "comments", "words", "statement", "tweet", "post", "letter",
	"note", "view", "take", "pitch", "case", "defence", "defense", "explanation", "rationale")

// describedVenue reads a place or business described before its name at
// the start of a sentence: toks[i:j] a capitalised run ("Popular",
// "Iconic Clon"), toks[j:k] lower-case words ending in a venue noun, then
// the name, perhaps after "The". The name is the speaker phrase, an
// organisation.
func (a *attributor) describedVenue(i, j, k, hi int) (nounPhrase, bool) {
	if k <= j || k >= hi || !venueNouns[a.toks[k-1].low] || i > 0 && a.toks[i-1].kind != tEnd && a.toks[i-1].para == a.toks[i].para {
		return nounPhrase{}, false
	}
	n := k
	if a.toks[n].low == "the" && n+1 < hi {
		n++
	}
	if !isNameWord(a.toks[n]) {
		return nounPhrase{}, false
	}
	np := a.parseFwd(n, hi)
	if np.kind != npName || a.reg.ents[np.ent].person && a.reg.hasName(np.ent) && readRun(a.toks[n:np.hi]).person {
		return nounPhrase{}, false
	}
	e := &a.reg.ents[np.ent]
	e.org, e.person = true, false
	np.lo = i
	return np, true
}

// venueNouns describe a place or business named after them ("drinking
// hole The Idle Hour", "Clon spot DeBarras").
var venueNouns = setOf("spot", "pub", "bar", "venue", "restaurant", "cafe", "café", "shop", "store",
	"brand", "charity", "band", "hole", "chain", "retailer", "hotel", "outlet", "studio", "label",
	"startup", "start-up", "business", "nonprofit", "non-profit", "eatery", "bakery", "boutique",
	"nightclub", "club", "gym", "salon", "attraction", "theatre", "theater", "cinema", "gallery")

// leadsInto reports whether the quotation at toks[k] is a paragraph of its
// own, a statement, and the next paragraph opens with the quotation at
// toks[n], attributed after it: ""We have withdrawn the ban." / "She has
// apologised," said federation chief Ann Cole." Both are the same
// speaker's, who (news writing attributes the second sentence), unless
// the paragraph before names another person. A question is left alone: it
// may be the interviewer's.
func (a *attributor) leadsInto(k, n, who int) bool {
	q := a.toks[k]
	if !startsParagraph(a.toks, k) || a.toks[n].para != q.para+1 || !startsParagraph(a.toks, n) {
		return false
	}
	// Nothing but the sentence end after it in its paragraph.
	for j := k + 1; j < n; j++ {
		if a.toks[j].kind != tEnd {
			return false
		}
	}
	body := strings.TrimRight(a.text[q.s:q.e], "\"”»″’' ")
	if !strings.HasSuffix(body, ".") && !strings.HasSuffix(body, "!") {
		return false
	}
	// The paragraph before names no other person, who might be speaking.
	for j := k - 1; j >= 0 && a.toks[j].para == q.para-1; j-- {
		if !isNameWord(a.toks[j]) {
			continue
		}
		if id := a.reg.mentionAt(a.toks[j].s); id >= 0 && id != who && a.reg.isPerson(id) {
			return false
		}
	}
	return true
}

// isPerson reports whether entity id is a person: known as one, or a name
// that opens with a given name ("Joy Wanjiru", not "London Marathon").
func (r *registry) isPerson(id int) bool {
	e := &r.ents[id]
	if e.person {
		return true
	}
	return !e.org && len(e.name) > 1 && givenNameGender(strings.ToLower(e.name[0])) != 0
}

// askVerbs put a question to someone: "asked her, "...?"".
var askVerbs = setOf("asked", "asks", "asking", "questioned", "inquired", "enquired", "queried", "wondered")

// askedInto reports whether the quotation token k is a question led into by
// a verb of asking in its own sentence, right before it ("Then Vogue asked
// Dion, "What ...?"", "The host asked: "...?""): the asker's words.
func (a *attributor) askedInto(k int) bool {
	q := a.toks[k]
	if q.q < 0 || k == 0 || !strings.HasSuffix(strings.TrimRight(a.text[q.s:q.e], "\"”»″ "), "?") {
		return false
	}
	if p := a.toks[k-1]; p.para != q.para || p.low != "," && p.low != ":" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6 && a.toks[j].para == q.para && a.toks[j].kind == tWord; j-- {
		if askVerbs[a.toks[j].low] && !a.toks[j].cap {
			return true
		}
	}
	return false
}

// leadsQuote reports whether the verb at toks[v] is followed by a comma or
// colon and then a quotation in its paragraph: it introduces that one.
func (a *attributor) leadsQuote(v int) bool {
	n := v + 1
	for n < len(a.toks) && n <= v+2 && a.toks[n].para == a.toks[v].para && (a.toks[n].low == "," || a.toks[n].low == ":") {
		n++
	}
	return n > v+1 && n < len(a.toks) && a.toks[n].para == a.toks[v].para && a.toks[n].kind == tQuote && !a.toks[n].weak
}

// messageNouns are things people send or shout at someone; receiveVerbs
// take them as an object.
var (
	messageNouns = setOf("comments", "comment", "messages", "message", "posts", "tweets", "replies", "letters",
		"emails", "e-mails", "texts", "notes", "chants", "taunts", "insults", "abuse", "threats", "questions", "calls")
	receiveVerbs = setOf("received", "receives", "receiving", "got", "gets", "getting", "drew", "draws", "drawing",
		"attracted", "attracts", "faced", "faces", "facing")
)

// passageNouns are pieces of someone's writing read out or shown: "a line
// from Tom Reed's book:", "a text from Tom Reed that read:".
// askNouns are what comes from someone who asks or calls out ("a question
// came from the floor:").
var askNouns = setOf("question", "questions", "shout", "cry", "heckle", "call", "challenge", "query")

var passageNouns = setOf("text", "line", "lines", "passage", "excerpt", "extract", "quote", "quotation", "verse", "paragraph")

// receivedWords finds, in the few words before a quotation (toks[lo:hi]),
// a verb of receiving and a noun of messages ("received comments
// including", "faced taunts such as", "got letters saying"), and returns
// the verb's index, or -1: the quotation is an example of words sent to
// the subject, not the subject's.
func (a *attributor) receivedWords(lo, hi int) int {
	for n := hi - 1; n >= lo && n >= hi-5; n-- {
		if !a.toks[n].in(lxMessageNouns) {
			continue
		}
		// "received a message from Tom Reed:": its author is named.
		if n+2 < hi && a.toks[n+1].low == "from" && isNameWord(a.toks[n+2]) {
			return -1
		}
		for v := n - 1; v >= lo && v >= n-3; v-- {
			if receiveVerbs[a.toks[v].low] {
				return v
			}
		}
		return -1
	}
	return -1
}

// bareRoleAnd reports whether the "and" before the title opening the name
// at toks[s] joins it to a bare role noun, two posts of one person
// ("co-founder and CEO Rohan Mehta", "said founder and CEO Ann Hall"),
// not a person described before ("the mayor and Governor Ann Hall").
func bareRoleAnd(toks []token, s int) bool {
	if s < 2 || !toks[s].in(lxTitles) {
		return false
	}
	k := s - 2
	if t := toks[k]; t.kind != tWord || t.poss || !t.in(lxPersonRoles) && !t.in(lxTitles) {
		return false
	}
	if k == 0 || toks[k-1].para != toks[k].para || toks[k-1].kind != tWord {
		return true
	}
	p := toks[k-1]
	return !p.poss && !determiner(p.low) && p.low != "my" && p.low != "your" && !isNameWord(p) && !p.in(lxPersonRoles) && !p.in(lxTitles)
}

// nameRunTo reports whether toks[i:j] is one run of name words, opened
// by "the" at most ("Hale", "Ann Hale", "the BBC").
func nameRunTo(toks []token, i, j int) bool {
	if i < j && toks[i].low == "the" {
		i++
	}
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if !isNameWord(toks[k]) || toks[k].poss {
			return false
		}
	}
	return true
}

// nameListAfter reports whether the name run toks[s:e] opens a list of
// people: ", Jones and Lee", ", Bo Jones, and Cy Lee", each later item a
// name run starting with a person's mention. (Not "Ann Lee, the mayor of
// Smith and Jones County": an apposition, not a name, after the comma.)
func (a *attributor) nameListAfter(s, e int) bool {
	k := e
	for n := 0; n < 4; n++ {
		if k+1 >= len(a.toks) || a.toks[k].low != "," || a.toks[k+1].sent != a.toks[s].sent {
			return false
		}
		k++
		if a.toks[k].low == "and" {
			return n > 0 && k+1 < len(a.toks) && a.toks[k+1].sent == a.toks[s].sent && isNameWord(a.toks[k+1]) && a.personAt(k+1, false)
		}
		if !isNameWord(a.toks[k]) || !a.personAt(k, false) {
			return false
		}
		for k < len(a.toks) && isNameWord(a.toks[k]) && !a.toks[k].poss && a.toks[k].sent == a.toks[s].sent {
			k++
		}
		if k < len(a.toks) && a.toks[k].low == "and" {
			return k+1 < len(a.toks) && a.toks[k+1].sent == a.toks[s].sent && isNameWord(a.toks[k+1]) && a.personAt(k+1, false)
		}
	}
	return false
}

// knownPersonBefore reports whether the name run ending at toks[i] holds
// the mention of someone the registry takes for a person ("Senate
// Majority Leader Chuck Schumer", "Schumer"), not a word that only looks
// like a name ("Health" in "Health and Human Services Secretary").
func (a *attributor) knownPersonBefore(i int) bool {
	j := i
	for j > 0 && isNameWord(a.toks[j-1]) && !a.toks[j-1].poss && a.toks[j-1].para == a.toks[i].para && i-j < 6 {
		j--
	}
	for k := j; k <= i; k++ {
		if id := a.reg.mentionAt(a.toks[k].s); id >= 0 {
			if e := &a.reg.ents[id]; (e.person || e.maybe) && !e.org && !e.anon {
				return true
			}
		}
	}
	return false
}

// committeeAnd reports whether the "and" before the role words toks[r0:s]
// joins the parts of a committee's name, not two people: "said Senate
// Homeland Security and Governmental Affairs Committee Chairman Gary
// Peters", where "Homeland Security" (before the "and", at i) is at most
// a guess at a person and the words after the "and" hold the committee's
// head before the title. (Not "Senate Majority Leader Chuck Schumer and
// House Judiciary Committee Chairman Jim Jordan said": a person the
// article knows for one before the "and".)
func (a *attributor) committeeAnd(i, r0, s int) bool {
	head := false
	for k := r0; k < s; k++ {
		if a.toks[k].in(lxInstitutionHeads) || a.toks[k].low == "subcommittee" {
			head = true
			break
		}
	}
	if !head {
		return false
	}
	j := i
	for j > 0 && isNameWord(a.toks[j-1]) && !a.toks[j-1].poss && a.toks[j-1].para == a.toks[i].para && i-j < 6 {
		j--
	}
	return !a.personWordsIn(j, i+1)
}

// personWordsIn reports whether toks[lo:hi] name a person: an honorific,
// or a mention of one the registry knows for a person, or guesses is one
// by a gender or a role ("Majority Leader Chuck Schumer").
func (a *attributor) personWordsIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if honorificOf(a.toks[k]) {
			return true
		}
		if id := a.reg.mentionAt(a.toks[k].s); id >= 0 {
			if e := &a.reg.ents[id]; e.person || e.maybe && (e.gender != 0 || len(e.roles) > 0) {
				return true
			}
		}
	}
	return false
}

// qualifiedTitle reports whether the name run toks[s:e] holds a title after
// words that qualify it ("Commerce Chairman Rod Tullis", "Human Services
// Secretary Xavier Becerra").
func qualifiedTitle(toks []token, s, e int) bool {
	return !toks[s].in(lxTitles) && !honorificOf(toks[s]) && len(readRun(toks[s:e]).roles) > 0
}

// coordinated reports whether the name np is joined by "and" to another
// person ("Tom Reed and Jerry Hall said", "said Reed and his wife"): the
// speakers of words one of them spoke.
func (a *attributor) coordinated(np nounPhrase) bool {
	if np.kind != npName || np.lo < 0 || np.lo >= len(a.toks) {
		return false
	}
	org := a.reg.ents[np.ent].org
	// Most speaker phrases have no "and" near them (an apposition may
	// stand between): no look-ups then.
	and := false
	for k := max(np.lo-10, 0); k <= np.hi+10 && k < len(a.toks); k++ {
		if a.toks[k].low == "and" {
			and = true
			break
		}
	}
	if !and {
		return false
	}
	// The name's own run in the phrase ("Richard and Judy executive
	// producer Amanda Ross": Amanda Ross, not the show).
	s := -1
	for k := np.lo; k < np.hi && k < len(a.toks); k++ {
		if isNameWord(a.toks[k]) && (k == np.lo || !isNameWord(a.toks[k-1])) && a.reg.mentionAt(a.toks[k].s) == np.ent {
			s = k
			break
		}
	}
	if s < 0 {
		return false
	}
	e := s
	for e < len(a.toks) && isNameWord(a.toks[e]) && a.toks[e].para == a.toks[s].para && !a.toks[e].poss {
		e++
	}
	// "Senate Majority Leader Chuck Schumer and House Minority Leader
	// Hakeem Jeffries said": role words before the name, and a person the
	// article knows before the "and".
	if r0 := s; !org {
		for r0 > 0 && isNameWord(a.toks[r0-1]) && !a.toks[r0-1].poss && a.toks[r0-1].para == a.toks[s].para && s-r0 < 6 {
			r0--
		}
		if r0 < s && r0 >= 2 && a.toks[r0-1].low == "and" && a.toks[r0-1].para == a.toks[s].para && isNameWord(a.toks[r0-2]) && !a.toks[r0-2].poss && a.knownPersonBefore(r0-2) {
			return true
		}
	}
	// "Pfizer and BioNTech said", "Tom Reed and the Department of Health
	// said": an organisation joined to another name; "The Department of
	// Health and Tom Reed said": a person joined to an organisation.
	b := s - 1
	if org && b >= 0 && a.toks[b].low == "the" {
		b--
	}
	// "House Energy and Commerce Chairman Rod Tullis said": the words
	// joined qualify the title inside the run (a committee's name), as
	// in "Health and Human Services Secretary" below.
	if b >= 1 && a.toks[b].low == "and" && a.toks[b].para == a.toks[s].para && isNameWord(a.toks[b-1]) && !a.toks[b-1].poss && (org || !qualifiedTitle(a.toks, s, e)) {
		// (Not the "and" inside "the Committee on Intelligence and
		// Security".)
		run := a.ownerRun(0, b-1)
		if r := b - len(run); org && (r == 0 || !a.toks[r-1].in(lxPrepositions) || a.toks[r-1].low == "and") {
			return true
		}
		id := a.reg.mentionAt(run[0].s)
		if id >= 0 && id != np.ent && a.reg.ents[id].org {
			return true
		}
		// "Pfizer and BioNTech said" with neither known for what it is: a
		// word opening the sentence, which the registry does not read as
		// a name, joined to the name that speaks.
		// (Not "Founder and CEO Ann Hall said": a role opening the
		// sentence.)
		if r := b - len(run); id < 0 && (r == 0 || a.toks[r-1].sent != a.toks[r].sent || a.toks[r-1].para != a.toks[r].para) && !bareRoleAnd(a.toks, s) {
			return true
		}
	}
	if org {
		return e+1 < len(a.toks) && a.toks[e].low == "and" && a.toks[e+1].para == a.toks[s].para && a.personAt(e+1, false)
	}
	// "Health and Human Services Secretary Xavier Becerra": the "and"
	// joins the words qualifying a title inside the run, not two people.
	// (But "Senate Majority Leader Chuck Schumer and House Minority
	// Leader Hakeem Jeffries said": a person the article knows for one
	// before the "and".)
	if s >= 2 && a.toks[s-1].low == "and" && a.toks[s-1].para == a.toks[s].para && a.personAt(s-2, true) &&
		(!qualifiedTitle(a.toks, s, e) || a.knownPersonBefore(s-2)) &&
		!a.roleList(s) && !a.orgRoles(s) && !bareRoleAnd(a.toks, s) && !a.committeeAnd(s-2, s, e) {
		return true
	}
	if e+1 < len(a.toks) && e < len(a.toks) && a.toks[e].low == "and" && a.toks[e+1].para == a.toks[s].para && a.personAt(e+1, false) {
		return true
	}
	// "Smith, Jones and Lee said in a joint letter": the first of a list
	// of people, each a name the article takes for a person.
	if a.nameListAfter(s, e) {
		return true
	}
	// "Ann Hall, the mayor, and Tom Reed, the treasurer, said": an
	// apposition between the name and the "and".
	if j := a.appositionAfter(e); j >= 0 && j+1 < len(a.toks) && a.toks[j].low == "and" && a.toks[j+1].sent == a.toks[s].sent && a.personAt(j+1, false) {
		return true
	}
	// "The mayor, Ann Hall, and the treasurer, Tom Reed, said", "Ann
	// Hall and the treasurer, Tom Reed, said": the name is the apposition
	// of a person noun that is joined to another person.
	if b := a.appositionBefore(s); b >= 1 && a.toks[b].low == "and" {
		p := b - 1
		if a.toks[p].low == "," && p >= 1 {
			p--
			// "Priya Shah, 34, and her husband, Dev Shah,"
			for k := p; k >= 1 && k > p-9 && a.toks[k].sent == a.toks[s].sent; k-- {
				if a.toks[k].low == "," {
					if k < p && a.personAt(k-1, true) {
						p = k - 1
					}
					break
				}
				if !a.appositionWord(k) {
					break
				}
			}
		}
		return a.toks[p].sent == a.toks[s].sent && a.personAt(p, true)
	}
	return false
}

// appositionAfter returns the index after a short apposition set off by
// commas that starts at toks[c] (", the mayor,", ", 54,", ", her
// deputy,"), or -1: a phrase of lower-case words or numbers with no verb.
func (a *attributor) appositionAfter(c int) int {
	if c >= len(a.toks) || a.toks[c].low != "," {
		return -1
	}
	for k := c + 1; k < len(a.toks) && k <= c+9; k++ {
		t := a.toks[k]
		if t.sent != a.toks[c].sent {
			return -1
		}
		if t.low == "," {
			if k == c+1 {
				return -1
			}
			return k + 1
		}
		if !a.appositionWord(k) {
			return -1
		}
	}
	return -1
}

// appositionBefore returns the index of the token before a person noun
// phrase set off as "the treasurer, NAME" that ends right before the name
// run at toks[s], or -1.
func (a *attributor) appositionBefore(s int) int {
	if s < 2 || a.toks[s-1].low != "," {
		return -1
	}
	k := s - 2
	for ; k >= 0 && k >= s-9; k-- {
		t := a.toks[k]
		if t.sent != a.toks[s].sent {
			return -1
		}
		if determiner(t.low) || t.low == "his" || t.low == "her" || t.low == "their" {
			if ok, _ := personNoun(a.toks[s-2].low); !ok && !a.toks[s-2].in(lxTitles) || k == s-2 {
				return -1
			}
			return k - 1
		}
		if !a.appositionWord(k) {
			return -1
		}
	}
	return -1
}

// appositionWord reports whether toks[k] may stand in a role or age
// apposition: a lower-case word that is not a verb, a number, a hyphen.
func (a *attributor) appositionWord(k int) bool {
	t := a.toks[k]
	switch t.kind {
	case tWord:
		if t.cap && !t.in(lxTitles) && !t.in(lxPersonRoles) {
			return false
		}
		return !t.in(lxReportingVerbs) && t.low != "and" && !a.isVerb(k)
	case tPunct:
		return t.text == "-"
	}
	return false
}

// roleList reports whether the name run at toks[s] is the last of a bare
// list of its own person's roles: "chairman and CEO Tom Baker said",
// "founder, chairman and CEO Ann Lee told": role words with no article or
// possessive before them qualify the name they lead into, like "CEO"
// alone. Not "his wife and Senator Tom Baker", "a resident and Mayor Ann
// Lee" nor "the mayor and Governor Tom Baker" (two people may be meant).
func (a *attributor) roleList(s int) bool {
	if !a.toks[s].in(lxTitles) {
		return false
	}
	k := s - 2 // before "and"
	n := 0
	for k >= 0 && a.toks[k].para == a.toks[s].para && a.toks[k].kind == tWord && !a.toks[k].poss && a.toks[k].in(lxTitles) && a.toks[k].in(lxPersonRoles) ||
		k >= 0 && a.toks[k].low == "," && n > 0 {
		if a.toks[k].low != "," {
			n++
		}
		k--
	}
	if n == 0 || a.toks[k+1].low == "," {
		return false
	}
	// The roles stand bare: after a cue, a comma or the start of the
	// sentence, not after a determiner or another name.
	if k < 0 || a.toks[k].para != a.toks[s].para {
		return true
	}
	prev := a.toks[k]
	return prev.kind != tWord || !determiner(prev.low) && !isNameWord(prev) && !prev.poss && prev.low != "my" && prev.low != "your" && prev.low != "and"
}

// orgRoles reports whether the title opening the name run at toks[s] is
// the second of two roles an organisation's name qualifies: "Whole Foods
// co-founder and CEO John Mackey", "Acme founder and chairman Ann Hall"
// (one person), not "her lawyer and Senator Ann Hall" (two).
func (a *attributor) orgRoles(s int) bool {
	if s < 3 || !a.toks[s].in(lxTitles) {
		return false
	}
	r, o := a.toks[s-2], a.toks[s-3]
	return r.kind == tWord && !r.cap && titleLike(r.low) && !r.poss && o.para == r.para && isNameWord(o) && !determiner(o.low)
}

// personAt reports whether toks[i] ends (back) or starts (!back) a phrase
// naming a person: a name that is not an organisation's, or a person noun
// ("his wife", "a colleague").
func (a *attributor) personAt(i int, back bool) bool {
	t := a.toks[i]
	if t.kind != tWord {
		return false
	}
	if isNameWord(t) && !t.poss {
		if id := a.reg.mentionAt(t.s); id >= 0 {
			return !a.reg.ents[id].org
		}
		if back {
			// The mention is at the start of its run.
			j := i
			for j > 0 && isNameWord(a.toks[j-1]) && !a.toks[j-1].poss && a.toks[j-1].para == t.para {
				j--
			}
			if id := a.reg.mentionAt(a.toks[j].s); id >= 0 {
				return !a.reg.ents[id].org
			}
		}
		return false
	}
	if !back && (determiner(t.low) || t.low == "his" || t.low == "her" || t.low == "their") && i+1 < len(a.toks) {
		t = a.toks[i+1]
	}
	ok, _ := personNoun(t.low)
	return ok && !t.cap
}

// passiveTold returns the index of a verb of telling in the passive right
// at toks[j] ("was told", "had been warned"), or -1.
func (a *attributor) passiveTold(j, hi int) int {
	// "Ann Cole, the founder, was asked:": past an apposition.
	if j < hi && a.toks[j].low == "," {
		for c := j + 1; c < hi && c <= j+10 && a.toks[c].kind != tEnd; c++ {
			if a.toks[c].low == "," {
				j = c + 1
				break
			}
		}
	}
	for k := j; k < hi && k < j+4; k++ {
		t := a.toks[k]
		if t.kind != tWord || t.cap {
			return -1
		}
		if t.in(lxPassiveAux) || t.low == "been" || t.low == "being" || t.low == "had" || t.low == "has" || t.low == "have" ||
			k > j && adverbLike(&t) {
			continue
		}
		if k > j && passiveTellVerbs[t.low] {
			return k
		}
		return -1
	}
	return -1
}

// passiveTellVerbs, after "was", make their subject the one spoken to.
var passiveTellVerbs = setOf("told", "asked", "warned", "informed", "reminded", "assured", "advised", "promised", "ordered")

// otherPersonBetween is otherBetween for a speaker carried within a
// paragraph: a sentence between whose subject is someone else, named, a
// he/she of the other gender, or a person described whom the description
// does not resolve to ("His wife shook her head.").
func (a *attributor) otherPersonBetween(p, k, who int) bool {
	if a.otherBetween(p, k, who) {
		return true
	}
	g := a.reg.ents[who].gender
	return a.anySentence(-1, p+1, k, func(lo, j int) bool {
		// "His wife shook her head.": someone related to a person is not
		// that person.
		if f := a.toks[lo]; (f.low == "his" || f.low == "her" || f.low == "their") && a.toks[lo+1].kind == tWord {
			if ok, _ := personNoun(a.toks[lo+1].low); ok {
				return true
			}
		}
		np := a.subject(lo, j)
		switch np.kind {
		case npPron:
			return g != 0 && (np.word == "he" && g == 'f' || np.word == "she" && g == 'm')
		case npDesc, npAnon:
			conf := a.conf
			id := a.resolvePhrase(np, a.toks[np.lo].s)
			a.conf = conf
			return id != who && a.describesPerson(np)
		}
		return false
	})
}

// describesPerson reports whether the description np has a noun for a
// person ("his wife", "a nurse", "two officials").
func (a *attributor) describesPerson(np nounPhrase) bool {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		if ok, _ := personNoun(a.toks[k].low); ok && a.toks[k].kind == tWord {
			return true
		}
	}
	return false
}

// otherBetween reports whether a sentence between the quotation tokens p
// and k (in one paragraph) has as its subject a person other than who:
// "Ann Hall laughed.", "Then Ann Hall spoke.".
func (a *attributor) otherBetween(p, k, who int) bool {
	return a.anySentence(-1, p+1, k, func(lo, end int) bool { return a.namedOther(lo, end, who) })
}

// namedOther reports whether the sentence toks[lo:end] has as its subject a
// named person other than who.
func (a *attributor) namedOther(lo, end, who int) bool {
	np := a.subject(lo, end)
	return np.kind == npName && np.ent != who && a.reg.isPerson(np.ent)
}

// inRelativeClause reports whether toks[i] stands in a relative clause
// opened after lo and not yet closed by a comma: "who", "whom", "whose"
// or "where" before it ("The man who shot Sam Ortiz", not "In the town
// where he grew up, Tom Reed").
func (a *attributor) inRelativeClause(lo, i int) bool {
	for r := i - 1; r > lo; r-- {
		switch a.toks[r].low {
		case ",", ";", "—", "–":
			return false
		case "who", "whom", "whose", "where":
			return true
		}
	}
	return false
}

// colonLeadOther reports whether the quotation at toks[k] follows a colon
// closing a lead-in whose subject is someone other than who: "Arteta
// disagreed: "..."" introduces Arteta's words, even when the extractor
// could not read "Arteta" as a name, and "Critics disagreed: "..."" a
// group's; neither goes on with the speaker of the quotation before.
func (a *attributor) colonLeadOther(k, who int) bool {
	if k < 3 || a.toks[k-1].low != ":" || a.toks[k-1].para != a.toks[k].para {
		return false
	}
	lo := k - 1
	for lo > 0 && a.toks[lo-1].para == a.toks[k].para && a.toks[lo-1].kind != tEnd && a.toks[lo-1].kind != tQuote {
		lo--
	}
	if k-1-lo < 2 {
		return false
	}
	switch np := a.subject(lo, k-1); np.kind {
	case npName:
		return np.ent != who
	case npAnon:
		return true
	case npPron, npDesc:
		return false
	}
	// "But Arteta disagreed:", "However, Arteta was blunt:"
	for lo < k-1 && (a.toks[lo].in(lxClauseWords) || a.toks[lo].low == "however" || a.toks[lo].low == ",") {
		lo++
	}
	t := a.toks[lo]
	if t.kind != tWord || !t.cap || isPronoun(t.low) || determiner(t.low) || t.in(lxPrepositions) || t.poss {
		return false
	}
	n := lo + 1
	return n < k-1 && a.toks[n].kind == tWord && !a.toks[n].cap && a.isVerb(n)
}

// anySentence reports whether fn holds for a whole sentence, toks[lo:end]
// with end its tEnd token, among those ending in toks[from:to]. The first
// starts at lo, or is not whole when lo is -1; a quotation cuts the
// sentence it stands in, and a sentence of fewer than two tokens is none.
func (a *attributor) anySentence(lo, from, to int, fn func(lo, end int) bool) bool {
	for j := from; j < to; j++ {
		switch a.toks[j].kind {
		case tEnd:
			if lo >= 0 && j-lo >= 2 && fn(lo, j) {
				return true
			}
			lo = j + 1
		case tQuote:
			lo = -1
		}
	}
	return false
}

// ownVerbAfter reports whether the quotation token k is followed in its
// sentence, within a few words, by a verb of speech: it has a cue of its
// own, even when the speaker in it could not be read.
func (a *attributor) ownVerbAfter(k int) bool {
	// Only a quotation closed by a comma runs on into its cue; after a
	// full stop the next sentence begins ("..." He said his company ...).
	q := a.toks[k]
	if q.q < 0 || !strings.HasSuffix(strings.TrimRight(a.text[q.s:q.e], "\"”»″ "), ",") && !(k+1 < len(a.toks) && a.toks[k+1].low == ",") {
		return false
	}
	for j := k + 1; j < len(a.toks) && j <= k+8 && a.toks[j].para == a.toks[k].para; j++ {
		t := a.toks[j]
		if t.kind == tEnd || t.kind == tQuote {
			return false
		}
		if t.kind == tWord && !t.cap && j > k+1 && (j <= k+6 && a.isVerb(j) || docFinding(a.toks, j)) {
			return true
		}
	}
	return false
}

// personObjectVerbs take the person spoken to as their object ("Smith told
// the minister", "she asked the court"), which leaves them cues.
var personObjectVerbs = setOf("told", "tells", "asked", "asks", "assured", "assures", "warned",
	"warns", "urged", "urges", "reminded", "reminds", "informed", "informs", "answered",
	"answers", "challenged", "challenges", "pressed", "presses", "begged", "begs", "quizzed",
	"thanked", "thanks", "advised", "advises", "implored", "teased", "corrected")

// verbHasObject reports whether the verb toks[v] (a reporting verb, perhaps
// with its particle) is followed before hi by a direct object of its own,
// a noun phrase that is not the person spoken to: "announced several new
// efforts", "posted a photo". A verb closing its clause, or followed by a
// preposition, an adverb or a speaker ("added Smith") has none.
func (a *attributor) verbHasObject(v, hi int) bool {
	if personObjectVerbs[a.toks[v].low] {
		return false
	}
	n := v + 1
	if p, ok := phrasalVerbs[a.toks[v].low]; ok && n < hi && a.toks[n].low == p {
		n++
	}
	if n >= hi {
		return false
	}
	t := a.toks[n]
	if t.kind != tWord || t.cap || isPronoun(t.low) || t.in(lxPrepositions) || t.in(lxObjectPreps) || t.in(lxSkipBeforeVerb) ||
		strings.HasSuffix(t.low, "ly") || t.low == "that" || t.low == "as" {
		return false
	}
	return determiner(t.low) || objectStarts[t.low]
}

// objectStarts open a noun phrase that is a verb's object ("announced
// several measures", "tweeted two photos").
var objectStarts = setOf("several", "some", "many", "new", "plans", "his", "her", "its", "their",
	"our", "two", "three", "four", "five", "more", "further", "another", "details", "measures")

// contrastSubject returns the subject of the last clause in toks[lo:b]
// opened by ", although", ", though", ", while", ", whereas", ", but" or
// ", and" after the sentence's main clause, when it is a person named or a
// personal pronoun, with a verb after it.
func (a *attributor) contrastSubject(lo, b int) (nounPhrase, bool) {
	for k := b - 1; k > lo+1; k-- {
		w := a.toks[k].low
		if a.toks[k].kind == tQuote || a.toks[k].kind == tEnd {
			break
		}
		and := w == "and"
		if w != "although" && w != "though" && w != "while" && w != "whereas" && w != "but" && !and || a.toks[k-1].low != "," {
			continue
		}
		s := a.parseFwd(k+1, b)
		if s.lo != k+1 || s.hi >= b || !(s.kind == npName && a.reg.isPerson(s.ent) || s.kind == npPron && (s.word == "he" || s.word == "she")) {
			if and {
				// ", and" joining items of a list, not clauses.
				continue
			}
			return nounPhrase{}, false
		}
		if n := a.toks[s.hi]; n.kind != tWord || n.cap {
			if and {
				continue
			}
			return nounPhrase{}, false
		}
		// "Page would grow animated, and Schmidt would shut him down,
		// saying": a second main clause joined by ", and" has a subject
		// and a verb of its own; the participle closing it is its
		// subject's.
		if and && !a.startsVerbPhrase(s.hi) {
			continue
		}
		return s, true
	}
	return nounPhrase{}, false
}

// opensSentence reports whether toks[i] is the first token of its sentence
// or paragraph.
func (a *attributor) opensSentence(i int) bool {
	return i == 0 || a.toks[i-1].kind == tEnd || a.toks[i-1].para != a.toks[i].para
}

// pastVerb reports whether t is a lowercase verb in the past tense,
// regular ("disagreed", "offered") or irregular ("Okafor saw it
// differently:", "Tom Reed, carried the boy out").
func pastVerb(t token) bool {
	if t.kind != tWord || t.cap || t.poss {
		return false
	}
	// Not "need", "speed", "greed", "breed", though "agreed" is a verb.
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && (!strings.HasSuffix(t.low, "eed") || strings.HasSuffix(t.low, "greed") && t.low != "greed") ||
		t.in(lxPastVerbs)
}

// commonAlone reports whether a capitalised word opening a sentence alone
// is, by its form, an abstract common noun rather than a name
// ("Education", "Silence", "Government"), unless a given name has the
// same ending ("Florence", "Clarence").
func commonAlone(w string) bool {
	for _, suf := range abstractEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return givenNameGender(w) == 0
		}
	}
	return false
}

var abstractEndings = []string{"tion", "sion", "ment", "ness", "ity", "ism", "ship", "hood", "ance", "ence", "ure", "ics"}

// isStrayMark reports whether t is a single quotation mark standing alone
// as a token: the close of an inner quotation typed after the outer one.
func isStrayMark(t token) bool {
	return t.kind != tWord && t.kind != tQuote && (t.low == "'" || t.low == "’" || t.low == "‘" || t.low == "`")
}

// allCaps reports whether toks[lo:hi] holds three words or more, all
// written in capitals, and no given name: a heading, not a speaker's
// label ("ANN HALE, MAYOR OF LEEDS:").
func (a *attributor) allCaps(lo, hi int) bool {
	n := 0
	for j := lo; j < hi; j++ {
		t := a.toks[j]
		if t.kind != tWord {
			continue
		}
		if strings.ToUpper(t.text) != t.text || strings.ToLower(t.text) == t.text {
			return false
		}
		if isFirstName(t) || givenNameGender(t.low) != 0 {
			return false
		}
		n++
	}
	return n >= 3
}

// inRelativeBeforeCopula reports whether the verb toks[v] is followed by a
// copula and its subject (a name or pronoun right before it) by a
// lower-case noun: "the letter Mike wrote was", a relative clause with no
// "that". A pseudo-cleft ("What Mike wrote was") is not one.
func (a *attributor) inRelativeBeforeCopula(lo, v, hi int) bool {
	n := v + 1
	if n >= hi || !a.toks[n].in(lxCopulaWords) {
		return false
	}
	s := v - 1
	for s > lo && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss {
		s--
	}
	if s <= lo || !(isNameWord(a.toks[s]) || isPronoun(a.toks[s].low)) {
		return false
	}
	p := a.toks[s-1]
	if p.kind != tWord || p.cap || determiner(p.low) || isPronoun(p.low) || p.in(lxPrepositions) || p.in(lxClauseWords) {
		return false
	}
	switch p.low {
	case "what", "all", "that", "who", "which", "whatever":
		return false
	}
	return true
}

// postSignature reports whether toks, the rest of a dash's signature after
// the name, is an embedded post's handle and date: "(@JaneHollowayMP) June
// 3, 2025", "(@jh) 3 June 2025".
func postSignature(toks []token) bool {
	handle := false
	for _, t := range toks {
		switch {
		case t.low == "(" || t.low == ")" || t.low == ",":
		case strings.HasPrefix(t.low, "@") && len(t.low) > 1:
			handle = true
		case t.in(lxMonthNames) || t.low != "" && strings.Trim(t.low, "0123456789") == "":
		default:
			return false
		}
	}
	return handle
}

// thatTime reports whether "that" at toks[n] opens a time ending its
// clause ("she replied that spring.", "he told reporters that night,"),
// not a that-clause ("said that day was the worst").
func thatTime(toks []token, n int) bool {
	if n+1 >= len(toks) || toks[n+1].para != toks[n].para || !thatTimeNouns[toks[n+1].low] {
		return false
	}
	return n+2 >= len(toks) || toks[n+2].kind != tWord || toks[n+2].para != toks[n].para
}

// thatTimeNouns are times "that" points back to after a verb of speech.
var thatTimeNouns = setOf("day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year",
	"spring", "summer", "autumn", "fall", "winter", "season", "time")

// placePrepositions put a place after them: "gathered in Trafalgar Square",
// "marched through Leeds".
var placePrepositions = setOf("in", "at", "on", "from", "through", "across", "outside", "near", "into", "around")
