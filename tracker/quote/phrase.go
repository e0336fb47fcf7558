package quote

// Speaker phrases: reading the noun phrase a reporting verb governs, and
// resolving it to an entity.

import (
	"slices"
	"strings"
)

// npKind says what a speaker phrase is.
type npKind uint8

const (
	npNone npKind = iota
	npName        // a named person or organisation: ent
	npPron        // he, she, it, they...: word
	npDesc        // a definite description, "the spokesman": word is its head
	npAnon        // someone the text does not name: "a spokesman", "officials"
)

// nounPhrase is the speaker phrase of a cue, spanning toks[lo:hi].
type nounPhrase struct {
	kind   npKind
	ent    int
	word   string
	lo, hi int
	shared bool // npName: a bare surname two people named nearby share
	// rival: npName, a bare surname another person named in full shares
	rival bool
	// refers: an organisation's statement named by "its" or "the firm's";
	// what it resolves to is a mention there, for the next one to find.
	refers bool
	// qual: npDesc, the token where the name qualifying the role starts
	// ("Ukraine" in "the president of Ukraine"), or 0.
	qual int
}

// parseBack reads the speaker phrase ending at toks[j] (not before lo):
// a name run, a pronoun, "X, the spokesman," or "the spokesman".
func (a *attributor) parseBack(lo, j int) nounPhrase {
	// "Ann Hall met Tom Reed, the treasurer, and said": a verb after ",
	// and" is joined to an earlier verb; the phrase before the comma is
	// that verb's object, and the subject is the sentence's.
	if j-1 >= lo && a.toks[j].low == "and" && a.toks[j-1].low == "," {
		return nounPhrase{}
	}
	np := a.parseBackDepth(lo, j, 0)
	// "Hana Moreau of the University of Bergen in Bergen, Norway, said":
	// where the workplace is, after its name; the subject is the person
	// before it, not the place.
	// "The Red Cross in Dover, Delaware, said": nor is it the place when
	// an organisation or someone unnamed opens the phrase.
	if np.kind == npName && !a.reg.ents[np.ent].person || np.kind == npNone {
		if in := a.trailingPlaceIn(lo, j); in >= 0 {
			p := a.parseBack(lo, in-1)
			person := p.kind == npName && p.lo < in-1 && a.reg.ents[p.ent].person && !a.reg.ents[p.ent].org
			place := np.kind == npName && !a.reg.ents[np.ent].org
			if person || place && (p.kind == npAnon || p.kind == npDesc || p.kind == npName && a.reg.ents[p.ent].org) {
				p.hi = j + 1
				return p
			}
		}
	}
	// "A man who spent 18 months sleeping rough in Bristol says",
	// "A Nigerian mother who was detained for three weeks has
	// described": a description opening the clause, then a relative
	// clause of its own, no comma; anything the clause names is not the
	// subject.
	if d := a.describedRelative(lo, j); d >= 0 {
		return nounPhrase{kind: npAnon, lo: d, hi: j + 1}
	}
	// "The council thanked Ann Hale but warned that", "Metlink was proud
	// of Mr Lolohea but reminded drivers": a name right before "and" or
	// "but" and the verb, inside its clause, is an object; the verb's
	// subject is the clause's.
	if np.kind != npNone && np.lo > lo && coordinatedVerbAfter(a.toks, lo, j) && a.toks[np.lo-1].low != "," && a.toks[np.lo-1].kind != tEnd {
		return nounPhrase{}
	}
	// "Sandy Ching, president of the Academy of Pediatrics (AAP) said",
	// "Ann Hale, a spokeswoman for Acme Motors said": an apposition left
	// unclosed before the verb; the name read back is the object of its
	// preposition, and the subject is the person the comma follows.
	if np.kind == npName && np.lo > lo && a.inAppositionObject(lo, np.lo) {
		if p := a.unclosedAppositionHead(lo, np.lo); p.kind == npName {
			p.hi = np.hi
			return p
		}
	}
	// "a spokesman for the singer said", "a source close to the actress
	// said", "a friend of the star said": someone unnamed tied to the
	// person described, not that person.
	if np.kind == npDesc && np.lo-1 > lo && np.lo < len(a.toks) && !orgHeads[np.word] {
		if ok, _ := personNoun(np.word); ok {
			switch a.toks[np.lo-1].low {
			case "for", "to", "of":
				if d := a.anonDescBefore(lo, np.lo-1); d >= 0 {
					return nounPhrase{kind: npAnon, lo: d, hi: np.hi}
				}
			}
		}
	}
	// "a protester at the rally said", "one worker at the plant said", "a
	// man in the crowd said": someone unnamed, placed by a phrase about a
	// thing, which names no one.
	// ""He was our world," his friends said": people the text does not
	// name, tied to the one it does; they are all the subject (not "Ann
	// Ruiz and her colleagues wrote", hers).
	if np.kind == npNone && j-1 >= lo && a.possTiedGroup(j) {
		if s := j - 2; s < lo || a.toks[s].low == "," || a.toks[s].kind == tQuote || a.toks[s].kind == tEnd {
			return nounPhrase{kind: npAnon, lo: j - 1, hi: j + 1}
		}
	}
	if np.kind == npNone {
		if p := a.placePhraseStart(lo, j); p >= 0 {
			if d := a.anonDescBefore(lo, p); d >= 0 {
				return nounPhrase{kind: npAnon, lo: d, hi: j + 1}
			}
		}
	}
	return np
}

// trailingPlaceIn returns the "in" opening a place that ends at toks[j]
// and follows a name ("of the University of Bergen in Bergen, Norway,",
// "of the Polar Institute in Tromso"): one to four capitalised names and
// commas, the last maybe a comma; or -1.
func (a *attributor) trailingPlaceIn(lo, j int) int {
	if j > lo && a.toks[j].low == "," {
		j--
	}
	names := 0
	for k := j; k > lo && j-k < 8; k-- {
		t := a.toks[k]
		switch {
		case t.kind == tWord && t.cap && isNameWord(t) && !t.poss:
			names++
		case t.low == "," && names > 0 && k < j:
		case t.low == "in" && names > 0 && names <= 4 && a.toks[k+1].cap && isNameWord(a.toks[k-1]) && a.toks[k-1].cap:
			return k
		default:
			return -1
		}
	}
	return -1
}

// clauseBeforeAnd reports whether the words before the comma toks[c] (from
// the comma before it, or lo) are a clause with a verb of its own ("Anna
// Berg praised the deal, and Tom Reed, the opposition leader, called"), so
// that the name after ", and" opens a new clause: not an apposition of a
// list of people ("Anna Berg, the finance minister, and Tom Reed, the
// opposition leader, said").
func (a *attributor) clauseBeforeAnd(lo, c int) bool {
	if c <= lo || a.toks[c].low != "," {
		return false
	}
	verb := false
	for i := c - 1; i > lo && a.toks[i].low != ","; i-- {
		w := a.toks[i]
		// (Not a relative clause of the first person's: "Anna Berg, who
		// spoke first, and Tom Reed said".)
		if w.low == "who" || w.low == "which" || w.low == "whose" {
			return false
		}
		if w.kind != tWord || w.cap || w.in(lxPrepositions) || determiner(w.low) {
			continue
		}
		if p := a.toks[i-1]; a.isVerb(i) || isNameWord(p) && !p.poss || isPronoun(p.low) {
			verb = true
		}
	}
	return verb
}

// lastSubjectIs reports whether the person id opens the sentence before the
// one at pos (or that sentence itself, before pos) as its subject, and no
// other person, named or not, is mentioned between.
func (a *attributor) lastSubjectIs(id, pos int) bool {
	s := a.sentAt(pos)
	ok := false
	a.reg.walkBack(pos, 16, func(m mention) bool {
		if m.sent < s-1 {
			return true
		}
		if m.ent == id {
			ok = m.opens && !m.weak
			return ok
		}
		if e := &a.reg.ents[m.ent]; e.person || e.anon || e.maybe {
			return true
		}
		return false
	})
	return ok
}

// placePhraseStart returns the preposition opening a short phrase of
// lower-case words that ends at toks[j] ("at the rally", "in the crowd",
// "outside the plant"), or -1.
func (a *attributor) placePhraseStart(lo, j int) int {
	for p := j - 1; p > lo && p >= j-4; p-- {
		t := a.toks[p]
		if t.kind != tWord || t.cap {
			return -1
		}
		if placePreps[t.low] {
			return p
		}
	}
	return -1
}

// placePreps open a phrase that places an unnamed person.
var placePreps = setOf("at", "in", "on", "outside", "inside", "near", "from", "of", "with", "behind")

// nameGivenIn returns the name a relative clause toks[r:j] ("who" at r, the
// comma closing it at j) gives its person by: "who gave his name only as
// Steve", "who gave only her first name, Sara", "who identified herself as
// Ann", "who goes by Dee". The name closes the clause after "as", "by" or a
// comma; no phrase otherwise.
func (a *attributor) nameGivenIn(r, j int) nounPhrase {
	s := j
	for s > r+1 && isNameWord(a.toks[s-1]) {
		s--
	}
	if s == j || s-1 <= r {
		return nounPhrase{}
	}
	switch a.toks[s-1].low {
	case "as", "by", ",":
	default:
		return nounPhrase{}
	}
	naming := false
	for k := r + 1; k < s-1; k++ {
		switch a.toks[k].low {
		case "name", "names", "identified", "identify", "identifies", "goes":
			naming = true
		}
	}
	if !naming {
		return nounPhrase{}
	}
	np := a.parseFwd(s, j)
	if np.kind != npName || np.hi != j || a.reg.ents[np.ent].org {
		return nounPhrase{}
	}
	return np
}

// coordinatedVerbAfter reports whether toks[j], past adverbs, is "and" or
// "but" joining the verb after toks[j] to one before: "... Ann Hale but
// warned", "... him and then said".
func coordinatedVerbAfter(toks []token, lo, j int) bool {
	for j > lo && toks[j].kind == tWord && toks[j].in(lxSkipBeforeVerb) && toks[j].low != "and" && toks[j].low != "but" && toks[j].low != "who" && toks[j].low != "which" {
		j--
	}
	return j > lo && (toks[j].low == "and" || toks[j].low == "but")
}

// inAppositionObject reports whether the phrase starting at toks[at] is the
// object of a preposition in an apposition: a preposition comes between it
// and the comma opening the apposition ("Nick Davies, spokesman for
// athletics' ruling body the IAAF").
func (a *attributor) inAppositionObject(lo, at int) bool {
	prep := false
	for k := at - 1; k >= lo && at-k < 12; k-- {
		t := a.toks[k]
		switch {
		case t.kind == tEnd || t.kind == tQuote:
			return false
		case t.low == ",":
			return prep && k > lo && a.toks[k-1].kind == tWord
		case t.kind == tWord && (t.low == "for" || t.low == "of" || t.low == "at" || t.low == "with" || t.low == "to"):
			prep = true
		}
	}
	return false
}

// unclosedAppositionHead returns the person named right before the comma
// that opens the apposition holding toks[at] ("Ann Hale" in "Ann Hale,
// president of Acme"), when the name opens its clause (after lo, a
// sentence's start or a comma), or no phrase.
func (a *attributor) unclosedAppositionHead(lo, at int) nounPhrase {
	c := at - 1
	for c > lo && a.toks[c].low != "," {
		c--
	}
	if c <= lo || a.toks[c].low != "," {
		return nounPhrase{}
	}
	p := a.parseBackDepth(lo, c-1, 1)
	if p.kind != npName || p.hi != c || !a.reg.isPerson(p.ent) {
		return nounPhrase{}
	}
	if p.lo > lo && a.toks[p.lo-1].low != "," {
		return nounPhrase{}
	}
	return p
}

// countEpithet reports whether the description np ends in a relation and
// a count ("the mother of three", "the grandmother-of-five").
func (a *attributor) countEpithet(np nounPhrase) bool {
	if np.lo < 0 || np.hi > len(a.toks) || np.hi-np.lo < 2 {
		return false
	}
	last := a.toks[np.hi-1].low
	if _, n, ok := strings.Cut(last, "-of-"); ok {
		return countWords[n]
	}
	return np.hi-np.lo >= 3 && countWords[last] && a.toks[np.hi-2].low == "of"
}

// hyphenRole returns the role of a role noun written with hyphens before
// a number, as the same role ("the mother-of-three", "the
// father-of-two"). Otherwise it returns w.
func hyphenRole(w string) string {
	if r, n, ok := strings.Cut(w, "-of-"); ok && countWords[n] && personRoles[r] {
		return r
	}
	// "the ex-president said", "the ex-mayor said": the office, held
	// before (see exTitle; formerDescription reads the "ex-").
	if r := exTitle(w); r != "" {
		return r
	}
	return w
}

// exTitle is the title of office an "ex-" word names ("ex-president" ->
// "president", "ex-prime" -> "prime"), or "" ("ex-wife", "ex-England").
func exTitle(w string) string {
	r, ok := strings.CutPrefix(w, "ex-")
	if !ok || !titles[r] || relationNouns[r] {
		return ""
	}
	return r
}

// parseBackDepth is parseBack; depth 1 forbids reading another apposition.
func (a *attributor) parseBackDepth(lo, j, depth int) nounPhrase {
	hi := j + 1
	for j >= lo && a.toks[j].kind == tWord && (!a.toks[j].cap || a.toks[j].in(lxDayNames)) && a.toks[j].in(lxSkipBeforeVerb) {
		j--
	}
	// "Schumer (D-N.Y.) said", "Athletics Kenya (AK) said": a short
	// parenthesis after the name.
	if j > lo && a.toks[j].low == ")" {
		for o := j - 1; o > lo && o >= j-6 && a.toks[o].kind != tEnd && a.toks[o].kind != tQuote; o-- {
			if a.toks[o].low == "(" {
				j = o - 1
				break
			}
		}
	}
	if j < lo {
		return nounPhrase{}
	}
	t := a.toks[j]
	// "Mark Ellis – who ran the fund for a decade – told", "The letter
	// (an edited version is above) warns": past a longer parenthesis
	// between dashes or brackets, to the subject before it.
	if depth == 0 && (isDashTok(t.low) || t.low == ")") {
		opener := "("
		if t.low != ")" {
			opener = t.low
		}
		for o := j - 1; o > lo && o >= j-30 && a.toks[o].kind != tEnd && a.toks[o].kind != tQuote; o-- {
			if a.toks[o].low == opener || t.low != ")" && isDashTok(a.toks[o].low) {
				if o-1 < lo || a.toks[o-1].kind != tWord {
					break
				}
				np := a.parseBackDepth(lo, o-1, 1)
				// Not a preposition's object ("a series of South Dakotans
				// — including children — declaring") nor a group.
				if np.lo > lo && a.toks[np.lo-1].in(lxPrepositions) {
					break
				}
				if np.kind == npName && !a.reg.ents[np.ent].plural || np.kind == npPron || np.kind == npDesc || np.kind == npAnon {
					np.hi = hi
					return np
				}
				break
			}
		}
		return nounPhrase{}
	}
	// "the Santa Clara, California-based company said": a place and
	// its state made a qualifier, not a name in apposition.
	if depth == 0 && t.kind == tWord && !t.cap && (orgHeads[t.low] || personRoles[t.low]) {
		k := j - 1
		for k > lo && k > j-3 && a.toks[k].kind == tWord && !a.toks[k].cap && !compoundQualifier(a.toks[k].low) {
			k--
		}
		if k-2 > lo && compoundQualifier(a.toks[k].low) && a.toks[k-1].low == "," && isNameWord(a.toks[k-2]) {
			s := k - 2
			for s > lo && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss {
				s--
			}
			if s-1 >= lo && a.toks[s-1].low == "the" {
				return nounPhrase{kind: npDesc, word: t.low, lo: s - 1, hi: hi}
			}
		}
	}
	if depth == 0 {
		if np, ok := a.personBeforeWorkplace(lo, j, hi); ok {
			return np
		}
	}
	switch {
	case depth == 1 && j-2 >= lo && a.toks[j-1].low == "," && partyLabel(t.text) && isNameWord(a.toks[j-2]):
		// "after Sen. Lindsey Graham, R-S.C., a close ally, urged": the
		// head before an apposition, read from the comma closing the
		// label, is the name before the label.
		np := a.parseBackDepth(lo, j-2, 1)
		np.hi = hi
		return np
	case t.low == "," && depth == 0 && a.partyLabelAt(lo, j) > lo:
		// "Sen. Ben Sasse, R-Neb., called": past the party and state
		// ("R-Palm Coast," with a town's name of two words).
		np := a.parseBackDepth(lo, a.partyLabelAt(lo, j)-2, 1)
		np.hi = hi
		return np
	case t.low == "," && depth == 0 && a.publishedIn(lo, j).kind == npName:
		// "his obituary, published in the Brooklyn Daily Eagle, called":
		// the publication speaks.
		np := a.publishedIn(lo, j)
		np.hi = hi
		return np
	case t.low == "," && depth == 0:
		// "The actor, whose films include Schindler's List, said": skip
		// the relative clause.
		for r := j - 1; r > lo+1 && r > j-30; r-- {
			w := a.toks[r]
			// "One, who asked not to be named, said": a verb right after
			// "who" is the relative clause's own.
			if w.kind == tQuote || w.kind == tEnd || w.in(lxReportingVerbs) && a.toks[r-1].low != "who" {
				break
			}
			if (w.low == "who" || w.low == "whose" || w.low == "which") && a.toks[r-1].low == "," {
				// "Another customer, who gave his name only as Steve, said":
				// the name the clause gives.
				if w.low == "who" {
					if np := a.nameGivenIn(r, j); np.kind == npName {
						np.hi = hi
						return np
					}
				}
				// "One, who asked not to be named, said"
				if r-2 >= lo && (a.toks[r-2].low == "one" || a.toks[r-2].low == "another") && (r-2 == lo || a.toks[r-3].kind != tWord) {
					return nounPhrase{kind: npAnon, lo: r - 2, hi: hi}
				}
				np := a.parseBackDepth(lo, r-2, 1)
				// "One Master of Wine, who asked not to be named, called":
				// whoever asks not to be named is no one the text names,
				// whatever capitals describe them.
				if w.low == "who" && np.kind == npName && unnamedClause(a.toks, r, j) {
					return nounPhrase{kind: npAnon, lo: np.lo, hi: hi}
				}
				// "Nick Davies, spokesman for the ruling body the IAAF,
				// which handed out the bans, said", "Ann Moss, an aide to
				// Senator Bill Hart, who chairs the panel, said": the one
				// the clause is about is the object of a preposition
				// inside an apposition; the subject is the one before it.
				if w.low != "whose" && np.kind == npName && a.inAppositionObject(lo, np.lo) {
					if p := a.parseBackDepth(lo, r-1, depth); p.kind == npName && !a.reg.ents[p.ent].org || p.kind == npDesc || p.kind == npAnon {
						p.hi = hi
						return p
					}
				}
				if w.low == "which" && np.kind == npName && !a.reg.ents[np.ent].org {
					break
				}
				if np.kind == npName && (!a.reg.ents[np.ent].org || w.low == "which") || np.kind == npDesc || np.kind == npAnon || np.kind == npPron {
					np.hi = hi
					return np
				}
				break
			}
		}
		// "X, the spokesman, said"; "X, curator at the University of
		// Arkansas, Fayetteville, said": try earlier commas while the head
		// found is a place or organisation.
		k := j - 1
		var head nounPhrase
		headAfterPrep := false
		for tries := 0; tries < 3; tries++ {
			prevK := k + 1
			for k >= lo && a.toks[k].low != "," && j-k < 30 {
				k--
			}
			// "When he met Paul, he admits he was angry, but adds": a
			// clause between the commas, opened by its own subject
			// pronoun, is no apposition of the name before it.
			if k >= lo && tries == 0 && clauseOpener(a.toks, k+1, j) {
				return nounPhrase{}
			}
			if k < lo || a.toks[k].low != "," {
				if tries == 0 || !a.personAppositive(prevK+1, j, head) {
					return nounPhrase{}
				}
				// "The chief executive of Pacifica, Daniel Okoro, told":
				// no earlier comma, so the head found stands.
				k = prevK
				break
			}
			prevHead := head
			head = a.parseBackDepth(lo, k-1, 1)
			if head.kind != npName {
				// "Passing sentence, the Recorder of Leeds, Judge Guy
				// Kearl, said": an earlier comma closes a fronted phrase,
				// no name; the head found before stands, as when there
				// is no earlier comma.
				if tries > 0 && a.personAppositive(prevK+1, j, prevHead) {
					head, k = prevHead, prevK
				}
				break
			}
			// (", and Tom Reed, the opposition leader, called": "and"
			// after a comma opens a clause of its own.)
			afterPrep := head.lo > lo && a.toks[head.lo-1].in(lxPrepositions) && !(a.toks[head.lo-1].low == "and" && a.clauseBeforeAnd(lo, head.lo-2))
			headAfterPrep = afterPrep && a.toks[head.lo-1].low != "and"
			if !a.reg.ents[head.ent].org && !afterPrep {
				break
			}
			k--
		}
		// "The Shadow Secretary for the Family, Theresa May, said": the
		// appositive is the person's name and the head only a description.
		// "Counsel for Mrs Heywood, Philip Carr, said": a person named
		// after a preposition is that phrase's object; the appositive
		// speaks.
		if head.kind == npName && a.personAppositive(k+1, j, head) && (!readRun(a.toks[head.lo:k]).person || headAfterPrep) {
			if np := a.parseFwd(k+1, j); np.kind == npName && !a.reg.ents[np.ent].org {
				np.lo, np.hi = head.lo, hi
				return np
			}
		}
		if head.kind == npName {
			if role := appositiveRole(a.toks, k); role != "" {
				a.reg.ents[head.ent].addRole(role)
				a.reg.ents[head.ent].person = true
			}
			head.hi = hi
			return head
		}
		// "the Crown prosecutor, Mark Tedeschi," / "a spokesman, John Kirby,"
		// / "his employer, The Wall Street Journal,"
		// / "His former student, now Professor Helen Graham,"
		first := k + 1
		if first+1 < j && (a.toks[first].low == "the" || (a.toks[first].low == "now" || a.toks[first].low == "later") && isNameWord(a.toks[first+1])) {
			first++
		}
		// "Love's teammate, midfielder Jayden Reed, added": past the
		// person's own post before the name.
		for r := first; head.kind != npName && r+1 < j && r <= k+3 && a.toks[r].kind == tWord && !a.toks[r].cap &&
			(a.toks[r].in(lxPersonRoles) || a.toks[r].in(lxTitles)); r++ {
			if isNameWord(a.toks[r+1]) {
				first = r + 1
				break
			}
		}
		// "Her husband, producer Benny Blanc,": role words before the
		// name, after a description ("Love's teammate, wide receiver
		// Jayden Reed,": a player's post, playerPosts, here too).
		if head.kind == npDesc {
			f := first
			for f+1 < j && f < first+3 && a.toks[f].kind == tWord && !a.toks[f].cap && (a.toks[f].in(lxPersonRoles) || a.toks[f].in(lxOccupations) || a.toks[f].in2(lx2PlayerPosts)) {
				f++
			}
			if f > first && isNameWord(a.toks[f]) {
				first = f
			}
		}
		for i := first; i < j && i <= first; i++ {
			if isNameWord(a.toks[i]) {
				// (After "the", the name is the whole apposition: not
				// "U.S." in ", the U.S. military operation against
				// Islamic State,".)
				if np := a.parseFwd(i, j); np.kind == npName && (a.toks[k+1].low != "the" || np.hi >= j) {
					if head.kind == npDesc {
						a.reg.ents[np.ent].addRole(head.word)
					}
					np.lo = head.lo
					if head.kind == npNone {
						np.lo = k
					}
					np.hi = hi
					return np
				}
				break
			}
		}
		head.hi = hi
		return head
	case t.kind != tWord:
		return nounPhrase{}
	case (t.low == "them" || t.low == "us") && j >= lo+2 && a.toks[j-1].low == "of" && a.toks[j-2].low == "one":
		// "one of them said"
		return nounPhrase{kind: npAnon, lo: j - 2, hi: hi}
	case isPronoun(t.low) && !(t.low == "her" || t.low == "his"):
		return nounPhrase{kind: npPron, word: t.low, lo: j, hi: hi}
	case isNameWord(t):
		// "the Foreign, Commonwealth and Development Office said": a
		// name the scan read whole, commas and all.
		if s := a.listNameStart(lo, j); s >= 0 {
			return a.nameNP(a.toks[s:j+1], lo, s, hi)
		}
		k := j
		for k > lo && isNameWord(a.toks[k-1]) && !a.toks[k-1].poss && a.toks[k-1].para == t.para {
			k--
		}
		for k > lo && a.toks[k-1].in(lxNameParticles) && k-1 > lo && isNameWord(a.toks[k-2]) {
			k -= 2
			for k > lo && isNameWord(a.toks[k-1]) && !a.toks[k-1].poss {
				k--
			}
		}
		// "Speaking on Sky News Mr Malthouse said": an honorific inside
		// the run starts the person's name; what comes before it is
		// another phrase (here the object of "on").
		for h := j; h > k; h-- {
			if honorificOf(a.toks[h]) && !honorificOf(a.toks[h-1]) && !a.toks[h-1].in(lxTitles) && !titleAsSurname(a.toks[k:j+1], h-k) {
				k = h
				break
			}
		}
		// "Talking to ITV News Malthouse added": so does a name after a
		// broadcaster's or paper's.
		if m := outletSplit(a.toks, k, j+1); m > 0 {
			k = m
		} else if m := a.reg.placeSplit(a.toks, k, j+1); m > 0 {
			// "Having lost to Spain McIlroy said".
			k = m
		}
		// "Universities and Colleges Employers Association": one name.
		if t.in(lxOrgWords) && k-2 >= lo && a.toks[k-1].low == "and" && isNameWord(a.toks[k-2]) && !a.toks[k-2].poss {
			s := k - 2
			for s > lo && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && j-s < 8 {
				s--
			}
			if s > lo && (a.toks[s-1].low == "for" || a.toks[s-1].low == "the" || a.toks[s-1].low == "of") {
				k = s
			}
		}
		// "Avon and Somerset Police said"
		if k-2 >= lo && k+1 == j && countyForce(a.toks, k-2) {
			k -= 2
		}
		// "Maidstone and Tunbridge Wells NHS Trust said", "Food and
		// Drug Administration officials": a place or a field joined to
		// the rest of an institution's name.
		// ("Dorset and Wiltshire Fire and Rescue Service said": twice.)
		for n := 0; n < 2 && k-2 >= lo && a.toks[k-1].low == "and" && isNameWord(a.toks[k-2]) && !a.toks[k-2].poss && a.toks[k-2].para == t.para; n++ {
			s := k - 2
			if s > lo && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && a.toks[s-1].para == t.para {
				s--
			}
			// (Not "Ann Hale and Kent Police said": a person the article
			// named.)
			if id := a.reg.mentionAt(a.toks[s].s); (s == lo || !isNameWord(a.toks[s-1])) && (id < 0 || !a.reg.ents[id].person) && andBeforeOrgHead(a.toks, s, k-1) == j+1 {
				k = s
			} else {
				break
			}
		}
		// "the Environment Agency in Wales said", "the Public Health
		// Agency (PHA) for Northern Ireland said": an organisation, then
		// the country or region it works in, which is not the speaker.
		// ("Tom Reed of the Environment Agency in Wales said": the one
		// named before the organisation, read back from it.)
		if e := a.orgBeforeRegion(lo, k, j, hi); e >= 0 {
			if np := a.parseBackDepth(lo, e, 1); np.kind == npName {
				np.hi = hi
				return np
			}
		}
		// "House Energy and Commerce Chairman Rod Tullis said", "Ways and
		// Means Chairman Jason Smith": a committee's name joined by "and"
		// before the title inside the run (not "Ann Hale and Police Chief
		// Tom Reed", a person the article named).
		if k-2 >= lo && a.toks[k-1].low == "and" && isNameWord(a.toks[k-2]) && !a.toks[k-2].poss && a.toks[k-2].para == t.para &&
			!a.toks[k].in(lxTitles) && !honorificOf(a.toks[k]) && len(readRun(a.toks[k:j+1]).roles) > 0 {
			s := k - 2
			for s > lo && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && a.toks[s-1].para == t.para && k-s < 5 {
				s--
			}
			if !a.knownPersonBefore(k - 2) {
				k = s
			}
		}
		run := a.toks[k : j+1]
		// "Department of Agriculture", "University of Arkansas", "Institute
		// for Fiscal Studies": one organisation.
		// "the Committee on Intelligence and Security": past "and" to the
		// first part of an institution's object.
		if k-2 > lo && a.toks[k-1].low == "and" && isNameWord(a.toks[k-2]) && !a.toks[k-2].poss {
			s := k - 2
			for s > lo && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss {
				s--
			}
			// "the Department of Health and Social Care": after "of" and
			// an organisation word too, when the words after "and" are
			// no person's ("the Department of Health and Tom Reed").
			if s-2 >= lo && ((a.toks[s-1].low == "on" || a.toks[s-1].low == "for") && a.toks[s-2].in(lxInstitutionHeads) ||
				a.toks[s-1].low == "of" && a.toks[s-2].in(lxOrgWords) && !readRun(a.toks[k:j+1]).person) && isNameWord(a.toks[s-2]) && j-s < 6 {
				k = s
			}
		}
		if k >= lo+2 && (a.toks[k-1].low == "of" && (a.toks[k-2].in(lxOrgWords) || membersOfAmerica(a.toks, k-1)) || (a.toks[k-1].low == "for" || a.toks[k-1].low == "on") && a.toks[k-2].in(lxInstitutionHeads) || campaignTo(a.toks, k-1)) &&
			isNameWord(a.toks[k-2]) && !a.toks[k-2].poss {
			k -= 2
			for k > lo && isNameWord(a.toks[k-1]) && !a.toks[k-1].poss {
				k--
			}
			// "Professor Paul Hunter of the University of East Anglia
			// said": the person, not where they work.
			if np, ok := a.personOfPlace(lo, k, hi); ok {
				return np
			}
			// "The Pharmaceutical Research and Manufacturers of America
			// said": an "and" inside the name the scan read whole.
			if k-2 >= lo && a.toks[k-1].low == "and" && membersOfAmerica(a.toks, j-1) {
				s := k - 2
				for s > lo && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && k-s < 6 {
					s--
				}
				if id := a.reg.mentionAt(a.toks[s].s); id >= 0 && a.reg.ents[id].org && s+len(a.reg.ents[id].name) == j+1 {
					k = s
				}
			}
			return a.nameNP(a.toks[k:j+1], lo, k, hi)
		}
		// "Minister of Education Stefania Giannini", "China's ambassador to
		// Britain Liu Xiaming": drop the title's object.
		titledRun := false
		if len(run) >= 3 && k >= lo+2 && afterTitleObject(a.toks, k) && !a.toks[j].in(lxOrgWords) {
			s := titleObjectEnd(a.toks, k, j+1)
			run = a.toks[s : j+1]
			titledRun = true
		}
		// "a lawyer for Mr. Klain said", "a spokesman for Hamas said": the
		// text does not name who spoke.
		if k >= lo+2 && (a.toks[k-1].low == "for" || (a.toks[k-1].low == "of" && a.toks[k-2].in(lxDelegateNouns))) &&
			a.toks[k-2].kind == tWord && !a.toks[k-2].cap {
			// "a spokesperson for UCEA said": an organisation that speaks
			// through someone unnamed is the speaker.
			if a.toks[k-2].in(lxSpokesNouns) {
				if np := a.nameNP(run, lo, k, hi); np.kind == npName && a.reg.ents[np.ent].org {
					return np
				}
			}
			if ok, _ := personNoun(a.toks[k-2].low); ok {
				d := k - 2
				for d > lo && d > k-6 && a.toks[d-1].kind == tWord && !a.toks[d-1].cap && !determiner(a.toks[d-1].low) {
					d--
				}
				if d > lo && (a.toks[d-1].low == "a" || a.toks[d-1].low == "an" || a.toks[d-1].low == "one") {
					d--
				}
				return nounPhrase{kind: npAnon, lo: d, hi: hi}
			}
		}
		// ""...," analysts at Jefferies said", "Economists at Barclays
		// wrote": a firm speaking through its experts in the plural, the
		// noun opening the subject, is the firm (as "officials at").
		if b := k - 1; b-1 >= lo && (a.toks[b].low == "at" || a.toks[b].low == "from") && firmVoices[a.toks[b-1].low] &&
			(b-1 == lo || a.toks[b-2].kind != tWord || a.toks[b-2].low == "," || a.toks[b-2].low == "the") {
			if e := a.nameRunEnd(k, hi); a.firmRun(k, e) {
				if id := a.orgNamed(k, e); id >= 0 {
					return nounPhrase{kind: npName, ent: id, lo: b - 1, hi: hi}
				}
			}
		}
		// "a source close to Macron said", "an aide to Ann Hale said",
		// "officials familiar with Hale said": the name is the object of a
		// preposition in an indefinite description of someone the text
		// does not name.
		if k >= lo+2 && a.toks[k-1].in(lxPrepositions) && a.toks[k-1].low != "and" {
			if d := a.anonDescBefore(lo, k-1); d >= 0 {
				return nounPhrase{kind: npAnon, lo: d, hi: hi}
			}
		}
		// "a friend of Ann Hale said", "the widow of Peter Grant told
		// reporters": someone related to the person named, whom the text
		// does not name here (an apposition naming them is read above).
		if k >= lo+2 && a.toks[k-1].low == "of" && a.toks[k-2].kind == tWord && !a.toks[k-2].cap && a.toks[k-2].in(lxRelationNouns) {
			if ni := readRun(run); !ni.org && len(ni.name) > 0 {
				d := k - 2
				for d > lo && d > k-6 && a.toks[d-1].kind == tWord && !a.toks[d-1].cap && !determiner(a.toks[d-1].low) && !anonDeterminer(a.toks[d-1].low) {
					d--
				}
				if d > lo && (determiner(a.toks[d-1].low) || anonDeterminer(a.toks[d-1].low)) {
					d--
				}
				return nounPhrase{kind: npAnon, lo: d, hi: hi}
			}
		}
		// "the president of Ukraine said", "the head of Orbel Foods told":
		// a person described by a post held there, not the place or the
		// organisation (a spokesman for one speaks for it, above).
		// "the senator from New Mexico added", "the congressman from Ohio
		// said": a lawmaker described by the state sent from.
		if of := k - 1; of > lo+1 && a.toks[of].low == "the" || of > lo && (a.toks[of].low == "of" || a.toks[of].low == "from") {
			if a.toks[of].low == "the" {
				of--
			}
			r := of - 1
			// "the Duke of Sussex said", "the Mayor of London told": a
			// title capitalised before the place is a post too.
			if (a.toks[of].low == "of" || a.toks[of].low == "from" && r >= lo && lawmakerNouns[a.toks[r].low]) && r >= lo && a.toks[r].kind == tWord && (!a.toks[r].cap || a.toks[r].in(lxTitles)) && a.toks[r].in(lxPersonRoles) &&
				!a.toks[r].in(lxDelegateNouns) && !a.toks[r].in(lxSpokesNouns) && a.toks[r].low != "member" {
				if ni := readRun(run); !ni.person && len(ni.name) > 0 {
					d := r
					for d > lo && d > r-4 && a.toks[d-1].kind == tWord && !a.toks[d-1].cap && !determiner(a.toks[d-1].low) && !anonDeterminer(a.toks[d-1].low) {
						d--
					}
					if d > lo && a.toks[d-1].low == "the" {
						return nounPhrase{kind: npDesc, word: a.toks[r].low, lo: d - 1, hi: hi, qual: k}
					}
					// "Labour's chancellor of the Exchequer said",
					// "Germany's minister of the Interior": a post the
					// possessor gives, described.
					if d > lo && a.toks[d-1].poss && a.toks[d-1].para == a.toks[r].para {
						return nounPhrase{kind: npDesc, word: a.toks[r].low, lo: d - 1, hi: hi, qual: k}
					}
					if d > lo && anonDeterminer(a.toks[d-1].low) {
						return nounPhrase{kind: npAnon, lo: d - 1, hi: hi}
					}
				}
			}
		}
		// "Another current member of the Cabinet says", "two members of
		// the Labour Party said": people who belong to it, speaking for
		// themselves, whom the text does not name.
		if of := k - 1; of > lo {
			if a.toks[of].low == "the" {
				of--
			}
			if of > lo && a.toks[of].low == "of" && (a.toks[of-1].low == "member" || a.toks[of-1].low == "members") {
				d := of - 1
				for d > lo && d > of-5 && a.toks[d-1].kind == tWord && !a.toks[d-1].cap && !determiner(a.toks[d-1].low) {
					d--
				}
				if d > lo && a.toks[d-1].kind == tWord && (determiner(a.toks[d-1].low) || a.toks[d-1].low == "another" || a.toks[d-1].low == "one") {
					d--
				}
				return nounPhrase{kind: npAnon, lo: d, hi: hi}
			}
		}
		// "Representative Jim Jordan of Ohio said": the person, not the place.
		// "Commander Ian Sutherland of the Metropolitan Police said" too.
		// (The name is read only after an "of", as personOfPlace needs.)
		// "Mark Zandi of Moody's Analytics said": past a possessive
		// opening the organisation's name.
		pk := k
		if pk-2 > lo && a.toks[pk-1].poss && isNameWord(a.toks[pk-1]) && a.toks[pk-2].low == "of" {
			pk--
		}
		if of := pk - 1; of > lo && (a.toks[of].low == "of" || a.toks[of].low == "the" && a.toks[of-1].low == "of") {
			if place := readRun(run); !place.person && !(len(place.name) > 0 && isFirstName(run[0])) {
				if np, ok := a.personOfPlace(lo, pk, hi); ok {
					return np
				}
			}
		}
		// "A statement from Oxfam said": the author of what is said speaks.
		if b := k - 1; depth == 0 && b-1 >= lo && (a.toks[b].low == "from" || a.toks[b].low == "by") &&
			a.toks[b-1].in(lxSpeechNouns) && !a.toks[b-1].in(lxDelegateNouns) && !a.toks[b-1].cap {
			if np := a.nameNP(run, lo, k, hi); np.kind == npName {
				np.lo = b - 1
				return np
			}
		}
		// "Sam Lane from Oxfam said", "Ana Ruiz at the Red Cross said": the
		// person, not where they work.
		b := k - 1
		if b > lo && a.toks[b].low == "the" {
			b--
		}
		if depth == 0 && b-1 >= lo && (a.toks[b].low == "from" || a.toks[b].low == "at") && isNameWord(a.toks[b-1]) && !a.toks[b-1].poss {
			s := b - 1
			for s > lo && b-s < 4 && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss {
				s--
			}
			if s == lo || !a.toks[s-1].in(lxPrepositions) && !a.toks[s-1].in(lxObjectPreps) {
				if pr := readRun(a.toks[s:b]); pr.person && !pr.org {
					if np := a.nameNP(a.toks[s:b], lo, s, hi); np.kind == npName {
						return np
					}
				}
			}
		}
		// "The authors of the research published in the journal JAMA
		// Psychiatry argued": a name inside a prepositional phrase is not
		// the subject; the noun phrase it qualifies is.
		// (Not the "for" of a minister's portfolio: "Minister for Health
		// Stephen Donnelly said", read above.)
		if b := k - 1; depth == 0 && b >= lo && a.toks[b].kind == tWord && !a.toks[b].cap && (a.toks[b].in(lxObjectPreps) && !titledRun || a.toks[b].in(lxMediaNouns)) {
			return a.headBefore(lo, b, hi)
		}
		// "Ms Robinson, who presents The Weakest Link tells Cockerell":
		// the show is the relative clause's object; the person it is
		// about is the subject.
		if depth == 0 && objectOfRelative(a.toks, k) {
			w := k - 2
			if a.toks[k-1].low == "the" {
				w--
			}
			if w-2 >= lo && a.toks[w].low == "who" && a.toks[w-1].low == "," {
				if ante := a.parseBackDepth(lo, w-2, 1); ante.kind == npName && a.reg.ents[ante.ent].person {
					ante.hi = hi
					return ante
				}
			}
			return nounPhrase{}
		}
		// "A co-owner of the NHL's New Jersey Devils said", "a trainer at
		// the city's Ridgeway Stables told": a name in a prepositional
		// phrase (past its article and a possessor) after a noun for a
		// person is not the subject;
		// that person is, whom the text does not name here.
		if depth == 0 {
			if np, ok := a.personOfName(lo, k, hi); ok {
				return np
			}
		}
		np := a.nameNP(run, lo, k, hi)
		// "Colin Asplin, Blackpool Hotel Association said": the person
		// before the organisation speaks.
		if np.kind == npName && a.reg.ents[np.ent].org && k-2 >= lo && a.toks[k-1].low == "," && isNameWord(a.toks[k-2]) {
			// (Opening its sentence: not "After meeting Ken Robinson,
			// NATO said", "In a statement signed by its spokesman, Mr
			// Ken Robinson, PANDEF said", where the organisation is the
			// subject.)
			if p := a.parseBackDepth(lo, k-2, 1); p.kind == npName && !a.reg.ents[p.ent].org &&
				(p.lo == 0 || a.toks[p.lo-1].kind == tEnd || a.toks[p.lo-1].kind == tQuote || a.toks[p.lo-1].para != a.toks[p.lo].para) {
				p.hi = hi
				return p
			}
		}
		return np
	default:
		// "Paganini and his team wrote": the person named leads the
		// group that speaks with them.
		if t.in(lxTeamNouns) && j-3 >= lo && a.toks[j-2].low == "and" && (a.toks[j-1].low == "his" || a.toks[j-1].low == "her" || a.toks[j-1].low == "their") &&
			isNameWord(a.toks[j-3]) && !a.toks[j-3].poss {
			if np := a.parseBackDepth(lo, j-3, 1); np.kind == npName && a.reg.isPerson(np.ent) {
				np.hi = hi
				return np
			}
		}
		// A lower-case noun phrase: "the spokesman", "Tunisia's coach",
		// "a State Department official", "Cornyn's statement".
		// "the mother of three said": the role before "of" and a number.
		if t.in(lxCountWords) && j-2 > lo && a.toks[j-1].low == "of" && a.toks[j-2].in(lxPersonRoles) {
			j -= 2
			t = a.toks[j]
		}
		head := hyphenRole(t.low)
		k := j
		var owner = -1
		for k > lo && k > j-6 {
			p := a.toks[k-1]
			// "the singer and guitarist said": coordinated roles.
			if p.low == "and" && personRoles[head] && k-2 > lo && a.toks[k-2].in(lxPersonRoles) {
				k--
				continue
			}
			// "The tall, bearded activist says": a comma between two
			// epithets of the description, "the" or "a" before the first.
			if p.low == "," && k < j && coordinateEpithets(a.toks, k-2, lo) {
				k--
				continue
			}
			if p.kind != tWord || p.in(lxPrepositions) || p.in(lxReportingVerbs) {
				break
			}
			k--
			if p.poss && isNameWord(p) {
				owner = k
				break
			}
			if determiner(p.low) || p.low == "my" {
				break
			}
		}
		// "A Department of Health spokesperson said": someone the text
		// does not name, speaking for an organisation.
		if owner < 0 && personRoles[head] && k < j && allNameWords(a.toks[k:j]) {
			m := k
			for m-2 >= lo && (a.toks[m-1].low == "of" || a.toks[m-1].low == "for" && a.toks[m-2].in(lxInstitutionHeads) || a.toks[m-1].low == "and" && a.reg.insideOrg(a.toks, m-1)) && isNameWord(a.toks[m-2]) {
				m -= 2
				for m > lo && isNameWord(a.toks[m-1]) && !a.toks[m-1].poss {
					m--
				}
			}
			if m > lo && (a.toks[m-1].low == "the") {
				return nounPhrase{kind: npDesc, word: head, lo: m - 1, hi: hi}
			}
			if m > lo && determiner(a.toks[m-1].low) {
				m--
			}
			return nounPhrase{kind: npAnon, lo: m, hi: hi}
		}
		det := a.toks[k].low
		// "the Vatican press office said": an organisation the article
		// named speaks through its press office.
		if owner < 0 && head == "office" && j-1 > k+1 && a.toks[j-1].low == "press" && isNameWord(a.toks[j-2]) && !a.toks[j-2].poss {
			n := j - 2
			for n > k && isNameWord(a.toks[n-1]) && !a.toks[n-1].poss {
				n--
			}
			if n == k || n == k+1 && determiner(a.toks[k].low) {
				if id := a.reg.mentionAt(a.toks[n].s); id >= 0 && !a.reg.ents[id].person && !a.reg.ents[id].anon && (a.reg.ents[id].org || !a.reg.ents[id].maybe) {
					return nounPhrase{kind: npName, ent: id, lo: k, hi: hi}
				}
			}
		}
		// "the DOJ release states": the organisation named in it speaks.
		if owner < 0 && speechNouns[head] && !delegateNouns[head] && k < j {
			for n := k; n < j; n++ {
				if isNameWord(a.toks[n]) {
					e := n
					for e < j && isNameWord(a.toks[e]) {
						e++
					}
					// ("Her Facebook post read": where it was posted,
					// not who posted it.)
					if e == n+1 && platforms[a.toks[n].low] {
						break
					}
					if np := a.nameNP(a.toks[n:e], lo, n, hi); np.kind == npName && a.reg.ents[np.ent].org {
						np.lo = k
						return np
					}
					break
				}
			}
		}
		// "Its statement claimed", "The firm's release continued": the
		// organisation whose statement it is, as "it" or "the firm" would
		// name it.
		if owner < 0 && speechNouns[head] && !delegateNouns[head] {
			// ("Its annual report said", "the company's latest filing
			// said": past lower-case words qualifying the noun.)
			if det == "its" && (k+1 == j || a.nounQualifiers(k+1, j)) {
				return nounPhrase{kind: npPron, word: "it", lo: k, hi: hi, refers: true}
			}
			// "His statement continued:", "Her letter read": the person
			// "he" or "she" would name.
			if (det == "his" || det == "her") && (k+1 == j || a.nounQualifiers(k+1, j)) {
				pron := "he"
				if det == "her" {
					pron = "she"
				}
				return nounPhrase{kind: npPron, word: pron, lo: k, hi: hi}
			}
			// "His campaign's statement was blunter": the candidate whose
			// campaign it is (a campaign speaks for its candidate).
			if o := a.toks[k+1]; (det == "his" || det == "her") && k+2 == j && o.poss && !o.cap && proxyNouns[o.low] && o.low != "office" {
				pron := "he"
				if det == "her" {
					pron = "she"
				}
				return nounPhrase{kind: npPron, word: pron, lo: k, hi: hi}
			}
			if o := a.toks[k+1]; det == "the" && (k+2 == j || a.nounQualifiers(k+2, j)) && o.poss && !o.cap && o.in(lxOrgHeads) {
				return nounPhrase{kind: npDesc, word: o.low, lo: k, hi: hi, refers: true}
			}
		}
		// "Reid's campaign said", "the Biden campaign said", "his
		// campaign said", "Senator Hall's office said": a candidate's
		// campaign and a politician's office speak for them (the
		// annotation's convention), unlike a person's spokesman.
		if proxyNouns[head] {
			if np, ok := a.proxyOwner(lo, k, j, owner, hi); ok {
				return np
			}
		}
		if owner >= 0 {
			if speechNouns[head] && !delegateNouns[head] {
				return a.nameNP(a.ownerRun(lo, owner), lo, k, hi)
			}
			if delegateNouns[head] {
				return nounPhrase{kind: npAnon, lo: k, hi: hi}
			}
			return nounPhrase{kind: npDesc, word: head, lo: k, hi: hi}
		}
		if ageOf(head) != "" && (det == "the" || k == j) {
			return nounPhrase{kind: npDesc, word: head, lo: k, hi: hi}
		}
		if (orgHeads[head] || mediaNouns[head]) && (det == "the" || det == "its") {
			return nounPhrase{kind: npDesc, word: head, lo: k, hi: hi}
		}
		// "the top seed said", "the second seed said": a player by the
		// seeding the draw gave them (read by titledAlike).
		if head == "seed" && det == "the" && k+1 < j && j-k <= 3 && seedRanks[a.toks[j-1].low] {
			return nounPhrase{kind: npDesc, word: head, lo: k, hi: hi}
		}
		// "the world No 1 said", "the world number one": a ranking
		// (read by titledAlike only).
		if det == "the" && k+1 < j && j-k <= 3 && (a.toks[j-1].low == "no" || a.toks[j-1].low == "no." || a.toks[j-1].low == "number") &&
			(isDigit(head[0]) && len(head) <= 3 || head == "one" || head == "two" || head == "three") {
			return nounPhrase{kind: npDesc, word: "ranked", lo: k, hi: hi}
		}
		if !personRoles[head] {
			if det == "the" && speechNouns[head] && !delegateNouns[head] && k+1 == j {
				return nounPhrase{kind: npDesc, word: head, lo: k, hi: hi} // "the statement continued"
			}
			if det == "the" && writingNouns[head] && !aboutNouns[head] && k+1 == j {
				return nounPhrase{kind: npDesc, word: head, lo: k, hi: hi} // "the article states"
			}
			// ""Are you alone?" the voice asked.", "a male voice said":
			// someone only heard, whom the text does not name (not "his
			// voice", how someone named speaks).
			if head == "voice" && (det == "the" || indefiniteWord(det)) && hi < len(a.toks) && a.isVerb(hi) {
				return nounPhrase{kind: npAnon, lo: k, hi: hi}
			}
			ok, plural := personNoun(head)
			// "Oakland Zoo officials said", "Pentagon officials said":
			// the organisation speaks through them (the annotation's
			// convention), not a person's or a people's officials.
			if (orgVoices[head] || firmVoices[head] && a.firmRun(k, j)) && k < j && allNameWords(a.toks[k:j]) {
				if id := a.orgNamed(k, j); id >= 0 {
					return nounPhrase{kind: npName, ent: id, lo: k, hi: hi}
				}
			}
			// "the campaign said" after "the Trump campaign": the
			// candidate's (see campaignOwnerBefore).
			if head == "campaign" && det == "the" && k+1 == j && a.campaignOwnerBefore(k) >= 0 {
				return nounPhrase{kind: npDesc, word: head, lo: k, hi: hi}
			}
			if groupNouns[head] || (ok && plural) {
				return nounPhrase{kind: npAnon, lo: k, hi: hi}
			}
			// "First Lady Jill Hart ... the first lady said": the title
			// as a second reference.
			if head == "lady" && det == "the" && j-k == 2 && a.toks[j-1].low == "first" {
				return nounPhrase{kind: npDesc, word: "first lady", lo: k, hi: hi}
			}
			if ok && det == "the" {
				return nounPhrase{kind: npDesc, word: head, lo: k, hi: hi} // "the insider added"
			}
			// "one Weibo commenter said", "a passer-by said": someone the
			// text does not name.
			if ok && indefiniteWord(det) {
				return nounPhrase{kind: npAnon, lo: k, hi: hi}
			}
			// "One Tory loyalist told the BBC", "a Labour grandee told
			// Sky News": a noun the lexicon does not know, after "a" or
			// "one", before "told": someone unnamed (what tells someone
			// is a person or a body, and a body's name would be the
			// head).
			if indefiniteWord(det) && k < j && hi < len(a.toks) && a.toks[hi].in(lxTellVerbs) && !t.cap && !speechNouns[head] && !writingNouns[head] {
				return nounPhrase{kind: npAnon, lo: k, hi: hi}
			}
			return nounPhrase{}
		}
		switch {
		case det == "the" || det == "his" || det == "her" || det == "their" || det == "its" || det == "our":
			return nounPhrase{kind: npDesc, word: head, lo: k, hi: hi}
		case det == "my" && k+1 == j && singularRelation(head):
			// "My father said" in an interview's answer: the father the
			// article named (see epithetApposition), if it named one.
			return nounPhrase{kind: npDesc, word: head, lo: k, hi: hi}
		case det == "a" || det == "an" || det == "one" || det == "another":
			return nounPhrase{kind: npAnon, lo: k, hi: hi}
		case personRoles[head] && k == j && j > lo && isNameWord(a.toks[j-1]):
			// "Environment Canada spokeswoman" without a name: anonymous.
			return nounPhrase{kind: npAnon, lo: k, hi: hi}
		}
		return nounPhrase{}
	}
}

// coordinateEpithets reports whether toks[e] is a lower-case epithet
// (no verb, no role) right after "the", "a" or "an" at or after lo, not
// after a preposition: the first of two epithets joined by a comma ("The
// tall, bearded activist").
func coordinateEpithets(toks []token, e, lo int) bool {
	if e-1 < lo {
		return false
	}
	t, d := toks[e], toks[e-1]
	if t.kind != tWord || t.cap || t.para != d.para || t.in(lxPersonRoles) || t.in(lxReportingVerbs) || t.in(lxAuxiliaries) || t.in(lxClauseWords) || t.in(lxPrepositions) {
		return false
	}
	// Not a phrase opening the sentence: "In the end, senior officials
	// said".
	if e-2 >= lo && toks[e-2].kind == tWord && (toks[e-2].in(lxPrepositions) || toks[e-2].in(lxObjectPreps)) {
		return false
	}
	return d.kind == tWord && (d.low == "the" || d.low == "a" || d.low == "an")
}

// roleHeldAt reports whether what the article said entity id is (its role
// as written, or the name run it was introduced with) names the place or
// organisation whose name starts at toks[q] ("Ukrainian" or "Ukraine" for
// "the president of Ukraine").
func (a *attributor) roleHeldAt(id, q int) bool {
	w := a.toks[q].low
	if len(w) > 5 {
		w = w[:5]
	}
	return strings.Contains(strings.ToLower(a.reg.ents[id].role), w)
}

// joinedWithPerson reports whether the latest mention of entity id before
// pos is joined by "and" to another person's name ("Brad Pitt and Angelina
// Jolie", "Angelina Jolie and Brad Pitt").
func (a *attributor) joinedWithPerson(id, pos int) bool {
	k, _ := a.latestMention(id, pos)
	if k < 0 {
		return false
	}
	person := func(n int) bool {
		if n < 0 || n >= len(a.toks) || !isNameWord(a.toks[n]) || a.toks[n].para != a.toks[k].para {
			return false
		}
		o := a.reg.mentionAt(a.toks[n].s)
		return o >= 0 && o != id && (a.reg.ents[o].person || a.reg.ents[o].maybe) && !a.reg.ents[o].org && !a.reg.ents[o].anon
	}
	e := k
	for e < len(a.toks) && isNameWord(a.toks[e]) && !a.toks[e].poss {
		e++
	}
	if e+1 < len(a.toks) && a.toks[e].low == "and" && person(e+1) {
		return true
	}
	if k >= 2 && a.toks[k-1].low == "and" {
		b := k - 2
		for b > 0 && isNameWord(a.toks[b-1]) && a.toks[b-1].para == a.toks[k].para {
			b--
		}
		return person(b)
	}
	return false
}

// partyRoles name one side of a crime or a trial, often not the person
// the article names ("the victim", "the witness").
var partyRoles = setOf("victim", "witness")

// participleObjectEnd returns the comma that ends a name at toks[n] that
// follows a capitalised participle opening the sentence at or after lo
// ("Addressing Parr,", "Sentencing Wayne Parr,"), before toks[k]; or -1.
func participleObjectEnd(toks []token, lo, n, k int) int {
	p := n - 1
	if p < lo || p < 0 || n >= k {
		return -1
	}
	if t := toks[p]; t.kind != tWord || !t.cap || t.name || len(t.low) < 6 || !strings.HasSuffix(t.low, "ing") || p > 0 && toks[p-1].kind != tEnd && toks[p-1].para == t.para && p != lo {
		return -1
	}
	e := n
	for e < k && isNameWord(toks[e]) {
		e++
	}
	if e == n || e >= k || toks[e].low != "," {
		return -1
	}
	return e
}

// officerNouns describe a police officer whatever the rank.
var officerNouns = setOf("officer", "policeman", "policewoman", "cop")

// benchRoles are who presides over a court or an inquest.
var benchRoles = setOf("judge", "magistrate", "coroner", "justice", "recorder")

// descQualifiers returns the capitalised words before the role noun of the
// description np that qualify it ("the Tory leader", "the Castleton
// boss"), lower-cased, without a possessive's ending, and whether every
// one names a party ("the Labour MP", "the SDLP councillor").
func (a *attributor) descQualifiers(np nounPhrase) (q []string, party bool) {
	party = true
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		t := a.toks[k]
		if t.kind != tWord || t.low == np.word {
			break
		}
		if t.cap && t.low != "the" && !t.in(lxTitles) && !t.in(lxPersonRoles) {
			q = append(q, strings.TrimRight(t.low, "'’s"))
			party = party && (t.in(lxPartyNames) || t.in(lxPartyMembers) || allCapsWord(t.text))
		}
	}
	return q, party
}

// descNationality returns the last nationality qualifying the description
// np ("the Russian leader": "russian"), or "", and whether it has two.
func (a *attributor) descNationality(np nounPhrase) (q string, two bool) {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		t := a.toks[k]
		if t.kind != tWord || t.low == np.word {
			break
		}
		if t.cap && nationality(t.low) {
			two = two || q != ""
			q = t.low
		}
	}
	return q, two
}

// otherQualifier reports whether the description np qualifies its role by
// a name ("the Arsenal boss", "the Tory leader", "the Microsoft boss")
// while entity id was given a post of the same kind qualified by another
// name ("Brentford boss Thomas Frank", "Labour leader Keir Starmer",
// "Apple chief executive Tim Cook"): the post of another club, party or
// firm. same says the post is named by the same noun: someone else. A
// leader's post in other words may be one more the person holds
// ("Twitter owner Elon Musk ... the Tesla boss").
func (a *attributor) otherQualifier(np nounPhrase, id int) (other, same bool) {
	q, party := a.descQualifiers(np)
	if len(q) == 0 {
		return false, false
	}
	role := strings.Fields(a.reg.ents[id].role)
	if len(role) < 2 {
		return false, false
	}
	head := strings.ToLower(role[len(role)-1])
	same = roleClass(head) == roleClass(np.word)
	// "Rotherham MP Sarah Champion ... the Labour MP said", "Local
	// councillor Declan Boyle ... the SDLP councillor said": a seat's
	// place, or a word opening the sentence, and a party qualify the post
	// in two ways; one holder may have both.
	party = party && seatRoles[roleClass(np.word)]
	if !same && !(leaderRoles[head] && leaderNouns[np.word]) {
		return false, false
	}
	// One leads one country or party ("Ukrainian President Volodymyr
	// Zelensky ... the Russian leader").
	for _, x := range q {
		same = same || nationality(x) || partyNames[x] || partyMembers[x]
	}
	for _, w := range role[:len(role)-1] {
		lw := strings.ToLower(w)
		// (A party in capitals is one too: "SNP MP Ann Reid ... the
		// Labour MP said" is someone else.)
		// ("BJP president J.P. Nadda ... the Congress president said":
		// a body in capitals qualifies the post too, unless it is a
		// country's or the description's own initials, "RBI" for "the
		// Reserve Bank".)
		caps := !party && allCapsWord(w) && len(w) >= 2 && !countryLetters[w] && !countryAcronyms[w] && !acronymOf(q, lw)
		if !capitalised(w) && !(party && allCapsWord(w)) && !caps || titles[lw] || personRoles[lw] {
			continue
		}
		if party && !partyNames[lw] && !partyMembers[lw] && !allCapsWord(w) {
			continue
		}
		other = true
		for _, x := range q {
			// ("Australia coach ... the Aussie coach", "Spain coach ...
			// the Spanish coach": a people's word for the country.)
			if strings.HasPrefix(lw, x) || strings.HasPrefix(x, lw) || partyAlias[x] != "" && partyAlias[x] == partyAlias[lw] || countries[lw] && countryOfNationality(lw, x) {
				return false, false
			}
		}
	}
	return other, same
}

// partyAlias gives one name to the names of a party: "Kemi Badenoch,
// the Tory leader, ... The Conservative leader added".
var partyAlias = map[string]string{"tory": "conservative", "tories": "conservative", "conservative": "conservative",
	"gop": "republican", "republican": "republican", "trinamool": "tmc", "tmc": "tmc"}

// acronymOf reports whether the capital letters lw (lower-cased) are the
// initials of the qualifiers q, or stand among them: "rbi" for "reserve
// bank of india", "un" for "un".
func acronymOf(q []string, lw string) bool {
	var in [8]byte
	n := 0
	for _, x := range q {
		if x == lw || nationality(x) || countries[x] {
			return true
		}
		if x != "" && n < len(in) {
			in[n] = x[0]
			n++
		}
	}
	return n > 1 && len(lw) <= n+1 && strings.HasPrefix(string(in[:n]), lw[:min(len(lw), n)])
}

// qualifiedHolderBefore returns the person, other than not, latest named
// before pos whose post is the description np's role noun qualified by a
// name that qualifies np too ("Opposition Leader Peter Dutton" for "the
// Opposition Leader"), or -1.
func (a *attributor) qualifiedHolderBefore(np nounPhrase, pos, not int) int {
	q, _ := a.descQualifiers(np)
	if len(q) == 0 {
		return -1
	}
	// (A leader's noun for another post only for a party or a body: "the
	// Russian leader" for "Russian President" is leaderOfPlace's.)
	national := slices.ContainsFunc(q, nationality)
	found := -1
	a.reg.walkBack(pos, 120, func(m mention) bool {
		e := &a.reg.ents[m.ent]
		if m.ent == not || !e.person || e.org || e.anon {
			return false
		}
		role := strings.Fields(e.role)
		// ("TMC supremo Mamata Banerjee" for "the Trinamool chief": a
		// leader's post for a leader's noun.)
		if len(role) < 2 {
			return false
		}
		head := strings.ToLower(role[len(role)-1])
		if roleClass(head) != roleClass(np.word) && !(leaderRoles[head] && leaderNouns[np.word] && !national) || e.heldOff(head) {
			return false
		}
		for _, w := range role[:len(role)-1] {
			lw := strings.ToLower(w)
			if !capitalised(w) && !allCapsWord(w) || titles[lw] || personRoles[lw] {
				continue
			}
			for _, x := range q {
				if strings.HasPrefix(lw, x) || strings.HasPrefix(x, lw) || partyAlias[x] != "" && partyAlias[x] == partyAlias[lw] {
					// (Two such holders: the text does not say which.)
					if found >= 0 && found != m.ent {
						found = -1
						return true
					}
					found = m.ent
					return false
				}
			}
		}
		return false
	})
	return found
}

// clubBossBefore returns the person, other than not, latest named before
// pos whose post is a club's manager or coach qualified by the name that
// qualifies the description np ("Sunderland Park boss Ian Hollins ...
// Castleton manager Neil Orr ... the Castleton boss added": Orr), or -1.
func (a *attributor) clubBossBefore(np nounPhrase, pos, not int) int {
	q, _ := a.descQualifiers(np)
	if len(q) == 0 {
		return -1
	}
	if id := a.clubBossQ(q, pos, not); id >= 0 {
		return id
	}
	// "Arsenal manager Mikel Ortega ... the Gunners' boss said": a club's
	// nickname, a plural only ever written after "the", is the club the
	// text ties it to ("Arsenal, the Gunners,", "the Gunners
	// (Arsenal)"), or else the one club boss named before; with two
	// bosses named and no tie, the text does not say which.
	if len(q) != 1 || np.hi-np.lo > 4 {
		return -1
	}
	nick := -1
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		if a.toks[k].cap && strings.TrimRight(a.toks[k].low, "'’s") == q[0] {
			nick = k
		}
	}
	if nick < 1 || a.toks[nick-1].low != "the" || !pluralTeamWord(strings.TrimRight(a.toks[nick].text, "'’")) {
		return -1
	}
	club := ""
	for k := 1; k < len(a.toks) && a.toks[k].s < pos; k++ {
		if k == nick || !a.toks[k].cap || strings.TrimRight(a.toks[k].low, "'’s") != q[0] {
			continue
		}
		if a.toks[k-1].low != "the" {
			return -1 // "beat Rangers": a club's own name
		}
		if k >= 3 && a.toks[k-2].low == "," && isNameWord(a.toks[k-3]) && a.toks[k-3].para == a.toks[k].para {
			b := k - 3
			for b > 0 && isNameWord(a.toks[b-1]) && a.toks[b-1].sent == a.toks[b].sent {
				b--
			}
			club = a.toks[b].low
		} else if k+2 < len(a.toks) && a.toks[k+1].low == "(" && isNameWord(a.toks[k+2]) {
			club = a.toks[k+2].low
		}
	}
	if club != "" {
		return a.clubBossQ([]string{club}, pos, not)
	}
	found, n := -1, 0
	a.reg.walkBack(pos, 400, func(m mention) bool {
		e := &a.reg.ents[m.ent]
		if m.ent == found || !e.person || e.org || e.anon {
			return false
		}
		role := strings.Fields(e.role)
		if len(role) == 0 {
			return false
		}
		if head := strings.ToLower(role[len(role)-1]); head != "manager" && head != "coach" && head != "boss" {
			return false
		}
		if found < 0 {
			found = m.ent
		}
		if m.ent != found {
			n++
		}
		return false
	})
	if n > 0 || found == not {
		return -1
	}
	return found
}

// clubBossQ is clubBossBefore for the qualifiers q.
func (a *attributor) clubBossQ(q []string, pos, not int) int {
	found := -1
	a.reg.walkBack(pos, 120, func(m mention) bool {
		e := &a.reg.ents[m.ent]
		if m.ent == not || !e.person || e.org || e.anon {
			return false
		}
		role := strings.Fields(e.role)
		if len(role) < 2 {
			return false
		}
		if head := strings.ToLower(role[len(role)-1]); head != "manager" && head != "coach" {
			return false
		}
		// (A club's post: "Ireland head coach", not "Tesco store manager"
		// nor "Ireland assistant coach".)
		for _, w := range role[:len(role)-1] {
			if !capitalised(w) && w != "head" {
				return false
			}
		}
		for _, w := range role[:len(role)-1] {
			lw := strings.ToLower(w)
			for _, x := range q {
				if capitalised(w) && (strings.HasPrefix(lw, x) || strings.HasPrefix(x, lw)) {
					found = m.ent
					return true
				}
			}
		}
		return false
	})
	return found
}

// seatRoles are posts of elected members, held for a place and a party.
var seatRoles = setOf("mp", "councillor", "lawmaker", "senator", "td", "msp", "mla", "mep", "ms", "assemblyman",
	"assemblywoman", "assemblymember", "alderman", "mayor", "governor")

// allCapsWord reports whether w is written in capitals, two letters or
// more ("SDLP", "NDP"), as an acronym is.
func allCapsWord(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			n++
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return n >= 2
}

// leaderOfPlace returns the one person in the last twelve sentences
// before pos whose post leads the place or party a nationality names in
// the description np ("the Russian leader" after "Russian President
// Vladimir Putin", "the Japanese leader" after "Japanese Prime Minister
// Shigeru Ishiba"), or -1 when there is none or more than one.
func (a *attributor) leaderOfPlace(np nounPhrase, pos int) int {
	q, two := a.descNationality(np)
	if q == "" || two {
		return -1
	}
	if len(q) > 5 {
		q = q[:5]
	}
	found := a.reg.onlyOne(pos, 120, a.sentAt(pos)-12, func(_ mention, e *entity) bool {
		return e.person && !e.org && !e.anon && leadsPlace(e.role, q)
	})
	if found >= 0 {
		a.conf = 0.72
	}
	return max(found, -1)
}

// otherNationalSubject reports whether the description np carries a
// nationality that the role entity id was given does not ("the Indian
// minister" for "Foreign Minister Wang Yi") while someone else, not an
// organisation, opens the sentence before pos.
func (a *attributor) otherNationalSubject(np nounPhrase, id, pos int) bool {
	q, _ := a.descNationality(np)
	if q == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(a.reg.ents[id].role)) {
		if w == q || len(w) >= 4 && len(q) >= 4 && w[:4] == q[:4] || countryOfNationality(strings.TrimSuffix(w, "'s"), q) {
			return false
		}
	}
	s := a.sentAt(pos)
	other := false
	a.reg.walkBack(pos, 40, func(m mention) bool {
		if m.sent < s-1 {
			return true
		}
		if m.sent == s-1 && m.opens && m.ent != id {
			e := &a.reg.ents[m.ent]
			other = !e.org && !e.anon && !countries[strings.ToLower(strings.Join(e.name, " "))]
			return true
		}
		return false
	})
	return other
}

// headOfStateNouns head a description of a country's leader ("the
// Brazilian leader", "the French president").
var headOfStateNouns = setOf("leader", "president", "premier", "chancellor")

// countryPersonBefore returns the one person in the last twelve sentences
// before pos named right after the possessive of the country whose
// nationality qualifies the description np ("Brazil's Lula ... the
// Brazilian leader"), or -1 when there is none or more than one.
func (a *attributor) countryPersonBefore(np nounPhrase, pos int) int {
	q, two := a.descNationality(np)
	if q == "" || two {
		return -1
	}
	found := a.reg.onlyOne(pos, 120, a.sentAt(pos)-12, func(m mention, e *entity) bool {
		if e.org || e.anon || !e.person && len(e.name) != 1 {
			return false
		}
		k := a.tokAt(m.pos)
		if k <= 0 || k >= len(a.toks) || a.toks[k].s != m.pos {
			return false
		}
		c := a.toks[k-1]
		return c.poss && c.cap && c.in(lxCountries) && countryOfNationality(c.low, q)
	})
	if found < 0 {
		return -1
	}
	// A name of one word no one called a person acts in its sentence:
	// "Brazil's Lula on Friday defended", "Hungary's Orban said" (not
	// "Brazil's Petrobras" in passing).
	if !a.reg.ents[found].person {
		acts := false
		a.reg.walkBack(pos, 120, func(m mention) bool {
			if m.ent != found {
				return false
			}
			k := a.tokAt(m.pos)
			n := k + 1
			if n+1 < len(a.toks) && a.toks[n].low == "on" && a.toks[n+1].in(lxDayNames) {
				n += 2
			}
			acts = n < len(a.toks) && a.toks[n].kind == tWord && !a.toks[n].cap && (a.isVerb(n) || a.toks[n].in(lxPastVerbs) || strings.HasSuffix(a.toks[n].low, "ed"))
			return acts
		})
		if !acts {
			return -1
		}
	}
	a.conf = 0.72
	return found
}

// irregularNationalities are the nationalities whose country's name shares
// fewer than four letters with them.
var irregularNationalities = map[string]string{"french": "france", "spanish": "spain", "british": "britain",
	"polish": "poland", "dutch": "netherlands", "danish": "denmark", "finnish": "finland", "irish": "ireland",
	"swiss": "switzerland", "thai": "thailand", "filipino": "philippines", "philippine": "philippines"}

// epithetNames are words of kinship or respect that South Asian papers
// use alone as a leader's popular name ("Didi", "Amma", "Netaji").
var epithetNames = setOf("didi", "dada", "amma", "bhai", "bhaiya", "behenji", "bapu", "bapuji", "chacha", "netaji",
	"thalaiva", "thalaivar", "thalaivi", "akka", "appa", "didiji")

// countryOfNationality reports whether the country (lower case) is the one
// the nationality nat names ("brazil", "brazilian"; "france", "french").
func countryOfNationality(country, nat string) bool {
	if c, ok := irregularNationalities[nat]; ok {
		return c == country
	}
	// ("aussie", "australia"; "kiwi", "new zealand")
	if c, ok := demonymCountries[nat]; ok {
		return c == country
	}
	n := 0
	for n < len(country) && n < len(nat) && country[n] == nat[n] {
		n++
	}
	return n >= 4 || n == len(country) && n >= 3
}

// leadsPlace reports whether role ("Russian President", "Japanese Prime
// Minister") is a head of state's or government's post whose place word
// begins with q (the first five letters of a nationality).
func leadsPlace(role, q string) bool {
	f := strings.Fields(role)
	if len(f) < 2 {
		return false
	}
	head := strings.ToLower(f[len(f)-1])
	prev := strings.ToLower(f[len(f)-2])
	if !(head == "president" || head == "premier" || head == "chancellor" || head == "leader" ||
		head == "minister" && prev == "prime" || head == "king" || head == "emir") {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if lw := strings.ToLower(w); capitalised(w) && strings.HasPrefix(lw, q) {
			return true
		}
	}
	return false
}

// subjectDescribed reads the sentence of the latest mention of entity id
// before pos when that mention is only in passing (a possessive, the
// object of a preposition) and the sentence opens with a description of a
// person as its subject ("The United manager was also asked about Marcus
// Rashford"): it returns whom the description means (-1 if no one) and
// true; or -1 and false when there is no such sentence.
func (a *attributor) subjectDescribed(id, pos int) (int, bool) {
	k, weak := a.latestMention(id, pos)
	if k < 0 || !weak {
		return -1, false
	}
	s := k
	for s > 0 && a.toks[s-1].sent == a.toks[k].sent && a.toks[s-1].para == a.toks[k].para {
		s--
	}
	if a.toks[s].low != "the" || a.toks[s].kind != tWord {
		return -1, false
	}
	for h := s + 1; h < k-1 && h <= s+4; h++ {
		t := a.toks[h]
		if t.kind != tWord || t.poss {
			return -1, false
		}
		var np nounPhrase
		switch ok, plural := personNoun(t.low); {
		case ok && !plural || ageOf(t.low) != "":
			np = nounPhrase{kind: npDesc, word: t.low, lo: s, hi: h + 1}
		case demonym(t.low) && h == s+1:
			np = nounPhrase{kind: npPron, word: "demonym", lo: s, hi: h + 1}
		default:
			continue
		}
		// Its verb follows: "The United manager was", "The Dutchman said".
		if v := a.toks[h+1]; v.kind != tWord || v.cap || v.sent != t.sent {
			return -1, false
		}
		conf := a.conf
		d := a.resolvePhrase(np, a.toks[s].s)
		a.conf = conf
		return d, true
	}
	return -1, false
}

// describedBefore reports whether the sentence before the one of the
// pronoun at toks[k] (of gender g) has as its subject someone described,
// not named ("The party's chairwoman called the charges a stunt.", "A
// spokeswoman for the party said"), and person id is not named there: the
// one "he" or "she" most likely takes up. It returns who the description
// refers back to, when someone other than id of that gender, or -1.
func (a *attributor) describedBefore(id, k int, g byte) (int, bool) {
	s0 := k
	for s0 > 0 && a.toks[s0-1].sent == a.toks[k].sent {
		s0--
	}
	if s0 == 0 || a.toks[k].para-a.toks[s0-1].para > 1 {
		return -1, false
	}
	s1 := s0 - 1
	for s1 > 0 && a.toks[s1-1].sent == a.toks[s0-1].sent {
		s1--
	}
	// "When Aziz sat down, the Prime Minister rose again.": a clause
	// fronted before a described subject, the main clause's.
	fronted := -1
	if o := a.toks[s1]; o.kind == tWord && o.cap && (subordinators[o.low] || o.low == "after" || o.low == "before" || o.low == "since") {
		c := s1 + 1
		for c < s0 && a.toks[c].low != "," && a.toks[c].kind != tQuote {
			c++
		}
		if c+1 < s0 && a.toks[c].low == "," && !strings.HasSuffix(a.toks[s1+1].low, "ing") {
			if fronted = describedMain(a.toks, c+1); fronted >= 0 {
				if m, _ := a.latestMention(id, a.toks[k].s); m > c {
					return -1, false
				}
				s1 = c + 1
			}
		}
	}
	// "Asked if Mr Harlow still had confidence in her, the spokesman
	// said: "Yes." / Pressed on the target, he replied:": a question's
	// clause fronted before a described subject; a name in it is what was
	// asked about, and the subject answers.
	asked := false
	if fronted < 0 && s1+1 < s0 && askedFront(a.toks, s1) {
		c := s1 + 1
		for c < s0 && c < s1+30 && a.toks[c].low != "," && a.toks[c].kind != tQuote {
			c++
		}
		if c+1 < s0 && a.toks[c].low == "," {
			s1, asked = c+1, true
		}
	}
	aside := false
	if m, _ := a.latestMention(id, a.toks[k].s); fronted < 0 && m >= s1 {
		if aside = a.inSubjectAside(s1, s0, m); !aside {
			return -1, false
		}
	}
	// (Only a sentence opening with an article or a possessor: reading
	// a name there would register it.)
	switch t := a.toks[s1]; {
	case t.kind != tWord:
		return -1, false
	case t.low == "the" || t.low == "a" || t.low == "an" || t.low == "another" || t.low == "its" || t.low == "their":
	case asked && (t.low == "his" || t.low == "her"):
	case t.poss && t.cap && s1+1 < s0 && !a.toks[s1+1].cap:
	default:
		return -1, false
	}
	np := a.subject(s1, s0)
	// "his spokesman said": the possessor's, someone else.
	if asked && (a.toks[s1].low == "his" || a.toks[s1].low == "her") {
		np = nounPhrase{}
		if ok, plural := personNoun(a.toks[s1+1].low); ok && !plural && s1+2 < s0 {
			np = nounPhrase{kind: npDesc, word: a.toks[s1+1].low, lo: s1, hi: s1 + 2, ent: -1}
		}
	}
	if fronted >= 0 {
		np = nounPhrase{kind: npDesc, word: a.toks[fronted].low, lo: s1, hi: fronted + 1, ent: -1}
	}
	vp := a.pastAside(np.hi, s0)
	// (Past a phrase holding a name in apposition: "with the Kenyan
	// leader, William Otieno, said".)
	if aside && vp < s0 && !a.startsVerbPhrase(vp) {
		for e := vp; e+1 < s0 && e < vp+8; e++ {
			if a.toks[e].low == "," && a.toks[e+1].in(lxReportingVerbs) {
				vp = e + 1
				break
			}
		}
	}
	if np.lo > s1+1 || np.hi >= s0 || fronted < 0 && !a.startsVerbPhrase(vp) {
		return -1, false
	}
	// "A reporter asked whether ...": who asks is not who answers.
	switch a.toks[vp].low {
	case "asked", "pressed", "questioned", "quizzed", "challenged":
		return -1, false
	}
	head := ""
	switch np.kind {
	case npDesc:
		head = np.word
	case npAnon:
		switch a.toks[np.lo].low {
		case "a", "an", "one", "another":
		default:
			return -1, false
		}
		for j := np.lo + 1; j < np.hi; j++ {
			if ok, plural := personNoun(a.toks[j].low); ok && !plural {
				head = a.toks[j].low
			}
		}
	}
	if ok, plural := personNoun(head); !ok || plural || orgHeads[head] {
		return -1, false
	}
	if ng := nounGender(head); ng != 0 && ng != g {
		return -1, false
	}
	if np.kind == npAnon {
		return -1, true
	}
	titled := np.hi-np.lo > 2 && a.titledOtherwise(id, head)
	conf, n := a.conf, len(a.reg.ents[id].roles)
	d := a.resolvePhrase(np, a.toks[s1].s)
	guess := a.conf < 0.85
	a.conf = conf
	a.reg.ents[id].roles = a.reg.ents[id].roles[:n] // a guess adds none
	// "Attorney General Kris Mayes ... The Arizona Republican Party
	// chairwoman called ...": a person the article gave a title is not
	// guessed to be one described by another role, qualified.
	if d == id && guess && titled {
		return -1, true
	}
	if d == id && fronted >= 0 {
		// "When Aziz sat down, the Prime Minister rose": someone other
		// than Aziz, whom the text does not name here.
		return -1, true
	}
	if d == id {
		return -1, false
	}
	if d >= 0 && (!a.reg.ents[d].person || a.reg.ents[d].anon || a.reg.ents[d].gender != 0 && a.reg.ents[d].gender != g) {
		d = -1
	}
	return d, true
}

// pastAside returns where the verb of a subject ending at toks[i] may
// start, before end: i, or past an aside set off by commas, a relative
// clause, a description or a phrase ("The governor, who had opposed the
// project, stayed away"; "The governor, a Democrat, stayed away"; "The
// president, for his part, appeared unmoved").
func (a *attributor) pastAside(i, end int) int {
	if i+1 >= end || a.toks[i].low != "," {
		return i
	}
	for j := i + 2; j < end && j < i+16; j++ {
		switch t := &a.toks[j]; {
		case t.kind == tQuote:
			return i
		case t.low == ",":
			return j + 1
		}
	}
	return i
}

// askedPronounObject reports whether the latest mention of the asker id
// before the pronoun at toks[p] is the subject of a question verb whose
// object is a pronoun of gender g: "Baier pressed him", "she asked her".
func (a *attributor) askedPronounObject(id, p int, g byte) bool {
	i := a.askerQuestion(id, p)
	if i < 0 {
		return false
	}
	o := a.toks[i+1].low
	return g == 'm' && o == "him" || g == 'f' && o == "her"
}

// askerQuestion returns the index of the question verb ("asked",
// "pressed") that the latest mention of the asker id, within two sentences
// before the pronoun at toks[p], is the subject of, past an apposition
// ("Lisa Park, a reporter for the Sun, asked"), with a word after it in its
// sentence; or -1.
func (a *attributor) askerQuestion(id, p int) int {
	k, _ := a.latestMention(id, a.toks[p].s)
	if k < 0 || a.toks[p].sent-a.toks[k].sent > 2 {
		return -1
	}
	i := k
	for i < len(a.toks) && isNameWord(a.toks[i]) {
		i++
	}
	if i < len(a.toks) && a.toks[i].low == "," {
		for j := i + 1; j < len(a.toks) && j <= i+10 && a.toks[j].sent == a.toks[k].sent; j++ {
			if a.toks[j].low == "," {
				i = j + 1
				break
			}
		}
	}
	if i+1 >= len(a.toks) || !questionVerbs[a.toks[i].low] || a.toks[i+1].sent != a.toks[i].sent {
		return -1
	}
	return i
}

// replyVerbs say that words answer someone else's.
var replyVerbs = setOf("replied", "replies", "responded", "responds", "answered", "answers", "retorted", "retorts", "countered", "counters")

// spokeLastBefore reports whether the latest mention of entity id before
// the pronoun at toks[p] names the speaker of the quotation in the
// sentence right before the one the pronoun's quotation opens:
// `"...," O'Donnell said. "...," she replied.`, `"...," said O'Donnell.`.
func (a *attributor) spokeLastBefore(id, p int) bool {
	k, _ := a.latestMention(id, a.toks[p].s)
	if k < 2 || a.toks[p].sent-a.toks[k].sent > 2 {
		return false
	}
	// (In the quotation's own sentence: not "...gloomy." / Alden
	// laughed.)
	switch {
	case a.toks[k-1].kind == tQuote && a.toks[k-1].sent == a.toks[k].sent && a.toks[k-1].para == a.toks[k].para:
	case a.toks[k-2].kind == tQuote && a.toks[k-1].kind == tWord && a.toks[k-1].in(lxReportingVerbs) && a.toks[k-2].sent == a.toks[k].sent && a.toks[k-2].para == a.toks[k].para:
	default:
		return false
	}
	// The reply opens the sentence right after that one: nothing but
	// its quotation between (not "Asked about the polls, he replied").
	r := p - 1
	if r <= k || a.toks[r].kind != tQuote {
		return false
	}
	for j := k + 1; j < r; j++ {
		if a.toks[j].sent != a.toks[k].sent && a.toks[j].kind != tEnd {
			return false
		}
	}
	return true
}

// goesOn reports whether the verb next to the description np says its
// speaker goes on: "the presenter added", "continued the host".
func (a *attributor) goesOn(np nounPhrase) bool {
	for _, v := range [2]int{np.hi, np.lo - 1} {
		if v >= 0 && v < len(a.toks) && goOnVerbs[a.toks[v].low] {
			return true
		}
	}
	return false
}

// otherDescribedBefore reports whether the sentence right before the
// description np's quotation ends in a quotation given to another
// description: `"...," the prime minister said. / "...," the Labour
// leader shot back.` (np.lo is after the quotation).
func (a *attributor) otherDescribedBefore(np nounPhrase) bool {
	q := np.lo - 1
	if q < 1 || a.toks[q].kind != tQuote {
		return false
	}
	// The quotation before, its sentence ending right before this one.
	e := q - 1
	for e > 0 && a.toks[e].kind != tQuote && a.toks[e].sent == a.toks[q-1].sent && q-e < 8 {
		e--
	}
	// e: the end of the quotation before; then "the", a few words and
	// a verb of speech, and the sentence's end.
	if e < 0 || a.toks[e].kind != tQuote || e+3 >= q || a.toks[e+1].low != "the" {
		return false
	}
	for j := e + 2; j < q && j < e+6; j++ {
		t := a.toks[j]
		if t.kind != tWord {
			return false
		}
		if t.in(lxReportingVerbs) {
			return j > e+2 && a.toks[j-1].low != np.word && a.toks[j-1].kind == tWord && !a.toks[j-1].cap
		}
	}
	return false
}

// answersBack reports whether the verb after the description np says its
// words answer someone else's: "the Labour leader replied", "shot back".
func (a *attributor) answersBack(np nounPhrase) bool {
	v := np.hi
	if v >= len(a.toks) {
		return false
	}
	if replyVerbs[a.toks[v].low] {
		return true
	}
	return v+1 < len(a.toks) && a.toks[v+1].low == "back" && phrasalVerbs[a.toks[v].low] == "back"
}

var goOnVerbs = setOf("added", "adds", "continued", "continues", "went", "goes")

// inSubjectAside reports whether toks[m] lies in a participle phrase set
// off by commas after the description opening the sentence toks[s1:s0]:
// "The president, speaking at a news conference with Chancellor Olaf
// Brenner, said ...": Brenner is in the phrase; the president is the
// subject a pronoun next takes up.
func (a *attributor) inSubjectAside(s1, s0, m int) bool {
	if t := a.toks[s1]; t.low != "the" && t.low != "a" && t.low != "an" {
		return false
	}
	c := s1 + 1
	for c < s0 && c < s1+6 && a.toks[c].kind == tWord && !a.toks[c].cap {
		c++
	}
	if c >= s0 || c >= m || a.toks[c].low != "," || !a.asideOpens(c+1, s0) {
		return false
	}
	for e := m + 1; e+1 < s0; e++ {
		switch t := a.toks[e]; {
		case t.kind == tQuote || t.kind == tEnd:
			return false
		case t.low == ",":
			n := a.toks[e+1]
			return n.kind == tWord && !n.cap && n.in(lxReportingVerbs)
		}
	}
	return false
}

// askedFront reports whether toks[s] opens a sentence with the clause of
// a question put to its subject: "Asked if ...,", "Pressed on ...,",
// "When asked about ...,".
func askedFront(toks []token, s int) bool {
	t := toks[s]
	if t.kind != tWord || !t.cap {
		return false
	}
	switch t.low {
	case "asked", "pressed", "questioned", "challenged", "quizzed":
		return true
	case "when", "if":
		return s+1 < len(toks) && toks[s+1].low == "asked" || s+2 < len(toks) && toks[s+1].low == "pressed" && toks[s+2].low == "on"
	}
	return false
}

// titledOtherwise reports whether entity id was given a title or a role
// ("Attorney General Kris Mayes", "Gov. Ann Hale", "Arizona's attorney
// general, Kris Mayes"), none of them the description's head w.
func (a *attributor) titledOtherwise(id int, w string) bool {
	e := &a.reg.ents[id]
	other := false
	fits := func(head string) bool {
		other = true
		return roleClass(head) == roleClass(w) || roleSynonyms[w] == head || leaderRoles[head] && leaderNouns[w]
	}
	if role := strings.Fields(e.role); len(role) > 0 && fits(strings.ToLower(strings.TrimSuffix(role[len(role)-1], "."))) {
		return false
	}
	for _, r := range e.roles {
		if fits(r) {
			return false
		}
	}
	return other
}

// nounGender is the gender a person noun gives ("chairwoman" 'f',
// "spokesman" 'm'), or 0.
func nounGender(w string) byte {
	switch {
	case strings.HasSuffix(w, "woman"):
		return 'f'
	case strings.HasSuffix(w, "man") && w != "human":
		return 'm'
	}
	return 0
}

// relativeNamed reports whether the latest mention of entity id before
// pos names them as someone's relative ("her late uncle Johnny", "his
// wife, Mary,"): a person the sentence is not about.
func (a *attributor) relativeNamed(id, pos int) bool {
	k, _ := a.latestMention(id, pos)
	if k < 2 {
		return false
	}
	h := k - 1
	if a.toks[h].low == "," {
		h--
	}
	if h < 1 || a.toks[h].cap || !a.toks[h].in(lxRelationNouns) || a.toks[h].para != a.toks[k].para {
		return false
	}
	for d := h - 1; d >= 0 && d >= h-2 && a.toks[d].kind == tWord; d-- {
		if t := a.toks[d]; t.low == "his" || t.low == "her" || t.low == "their" || t.poss {
			// "Her colleague, Professor Vicente Soler, was more
			// cautious": a colleague in apposition opening the
			// sentence is its subject, whom the sentence is about (not
			// a relative: "His wife, Ann Reid, said" in a story about
			// him leaves a new description of no one sure).
			if workRelations[a.toks[h].low] && a.toks[h+1].low == "," && (d == 0 || a.toks[d-1].kind == tEnd || a.toks[d-1].para != t.para) {
				e := k
				for e < len(a.toks) && isNameWord(a.toks[e]) {
					e++
				}
				if e < len(a.toks) && a.toks[e].low == "," {
					return false
				}
			}
			return true
		}
	}
	return false
}

// ofIndefinite reports whether the description np goes on with "of" and
// an indefinite article or "one" ("the head of a foreign business group",
// "the chief of one chamber").
func (a *attributor) ofIndefinite(np nounPhrase) bool {
	for k := max(np.lo, 0); k+1 < len(a.toks) && k <= np.hi && k < np.lo+6; k++ {
		if a.toks[k].low == "of" && a.toks[k].para == a.toks[np.lo].para {
			switch a.toks[k+1].low {
			case "a", "an", "one", "another":
				return true
			}
			return false
		}
	}
	return false
}

// unnamedDescribedBefore reports whether the head of the description np,
// a noun for someone speaking for others ("the spokesperson", "the
// official", "the source"), stands before it in the sentence or the three
// before, not possessive and not a title before a name: someone the text
// described without naming, whom the description refers back to.
func (a *attributor) unnamedDescribedBefore(np nounPhrase) bool {
	if !proxySpeakers[np.word] || np.lo <= 0 || np.lo >= len(a.toks) {
		return false
	}
	sent := a.toks[np.lo].sent
	for k := np.lo - 1; k >= 0 && a.toks[k].sent >= sent-3; k-- {
		t := &a.toks[k]
		if t.kind == tWord && !t.cap && !t.poss && t.low == np.word && (k+1 >= len(a.toks) || !isNameWord(a.toks[k+1])) {
			return true
		}
	}
	return false
}

// proxySpeakers are the nouns for someone speaking for others whom news
// often leaves unnamed.
var proxySpeakers = setOf("spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "insider")

// workRelations are relationNouns of work or study, not of family, and
// of politics or sport ("His rival, James Cleverly, told").
var workRelations = setOf("colleague", "associate", "teammate", "classmate", "rival", "opponent", "ally")

// onlyOrgNear resolves "the group" or "the site" that the article never
// introduced with that noun: the one organisation, or name of no known
// kind that is not a person's, mentioned in this sentence or the two
// before, even in passing ("In the post announcing Energy Control's
// service, the group promised"); -1 when there are two. A guess from
// proximity, given below ConfidentAt.
func (a *attributor) onlyOrgNear(pos int, head string) int {
	// (A name of one word that only its speaking made a person's is one
	// too: "Aer Lingus said it ... Ryanair said most of its flights
	// would operate. "...," the carrier said." does not say Aer Lingus;
	// bareOrg reads Ryanair.)
	found := a.reg.onlyOne(pos, 40, a.sentAt(pos)-2, func(m mention, e *entity) bool {
		return !e.anon && (!e.person && (e.org || e.maybe) || e.person && e.orgShaped()) && !a.workplace(m.pos) && !(firmHeads[head] && publicBody(e)) &&
			!(m.weak && a.firmQualifierAt(m.pos))
	})
	if found < 0 || a.reg.ents[found].person {
		return -1
	}
	a.conf = 0.6
	return found
}

// articleFirm resolves "the carmaker" or "the company" that no firm in
// the sentences just before explains: the one firm the article named
// before pos, however far back ("Harlow Motors cut its forecast ...
// chief executive Maria Okonkwo told analysts ... "...," the carmaker
// said"). Only a name that says it is an organisation counts ("Motors",
// "Bank"), none a public body or where someone quoted works ("an analyst
// at Jefferies"); a name that may be a person's or a firm's, or a second
// firm, and the text does not say which: -1.
func (a *attributor) articleFirm(pos int) int {
	found, other, actor := -1, false, false
	a.reg.walkBack(pos, 400, func(m mention) bool {
		e := &a.reg.ents[m.ent]
		if e.anon || e.person && !e.org || !e.org && !e.maybe || m.weak && a.firmQualifierAt(m.pos) {
			return false
		}
		if publicBody(e) || a.workplace(m.pos) {
			return false
		}
		if m.ent == found {
			actor = actor || !a.afterPreposition(m.pos)
			return false
		}
		if found >= 0 || !e.org || e.person {
			other = true
			return true
		}
		found, actor = m.ent, !a.afterPreposition(m.pos)
		return false
	})
	// (A firm named only after a preposition, "beating expectations on
	// AI demand", is none the article is about.)
	if found < 0 && !other {
		return a.ledeBareOrg(pos)
	}
	if found < 0 || other || !actor {
		return -1
	}
	a.conf = 0.75
	return found
}

// ledeBareOrg returns the one-word name that opens the article as the
// active subject of its first sentence ("Ryanair said on Monday it would
// cut capacity"), which nothing marks as a person's, when no other such
// name is the subject of a clause before pos: the firm the article is
// about, given at bareOrgConf; or -1.
func (a *attributor) ledeBareOrg(pos int) int {
	k := datelineEnd(a.toks, 0)
	if k >= len(a.toks) || a.toks[k].s >= pos || a.toks[k].para != a.toks[0].para {
		return -1
	}
	id := a.reg.mentionAt(a.toks[k].s)
	if id < 0 || !a.reg.ents[id].orgShaped() || !a.clauseSubjectAt(a.toks[k].s) || !a.activeSubjectAt(a.toks[k].s) {
		return -1
	}
	other := false
	a.reg.walkBack(pos, 400, func(m mention) bool {
		if m.ent != id && !m.weak && a.reg.ents[m.ent].orgShaped() && a.clauseSubjectAt(m.pos) {
			other = true
			return true
		}
		return false
	})
	if other {
		return -1
	}
	a.takeBareOrg(id)
	return id
}

// afterPreposition reports whether the name at pos follows a
// preposition in its sentence ("on AI demand", "shares of Harlow").
func (a *attributor) afterPreposition(pos int) bool {
	k := a.tokAt(pos)
	return k > 0 && k < len(a.toks) && a.toks[k-1].sent == a.toks[k].sent && a.toks[k-1].in(lxPrepositions)
}

// firmQualifierAt reports whether the name at pos names what the firm
// named after it makes or owns ("Candy Crush maker King", see
// qualifiesFirm).
func (a *attributor) firmQualifierAt(pos int) bool {
	k := a.tokAt(pos)
	for k < len(a.toks) && isNameWord(a.toks[k]) && !a.toks[k].poss {
		k++
	}
	return qualifiesFirm(a.toks, k)
}

// workplace reports whether the name at pos is where someone quoted works
// ("said Li Wei, an analyst at Huatai Securities"): not the firm a later
// "the carmaker" guesses at.
func (a *attributor) workplace(pos int) bool {
	k := a.tokAt(pos)
	if k < 2 || k >= len(a.toks) || a.toks[k-1].low != "at" {
		return false
	}
	ok, _ := personNoun(a.toks[k-2].low)
	return ok && !a.toks[k-2].cap
}

// printNouns are the mediaNouns for a paper.
var printNouns = setOf("newspaper", "paper", "daily", "tabloid", "weekly")

// publishedIn reads a piece of writing closed by where it appeared, the
// comma at toks[j] ending it: "his obituary, published in the Brooklyn
// Daily Eagle,", "the report, published by the Urban Institute,": the
// publication, or the author of a report no one is said to own, is the
// speaker. A memoir or letter someone owns ("Ann Hale's memoir, published
// by Knopf,") is not the publisher's words.
func (a *attributor) publishedIn(lo, j int) nounPhrase {
	k := j - 1
	for k > lo && k > j-10 && a.toks[k].low != "," {
		k--
	}
	if k <= lo || a.toks[k].low != "," || k+3 >= j {
		return nounPhrase{}
	}
	v, p := a.toks[k+1], a.toks[k+2]
	if !publishVerbs[v.low] || p.low != "in" && p.low != "by" {
		return nounPhrase{}
	}
	n := k + 3
	if a.toks[n].low == "the" {
		n++
	}
	if n >= j || !isNameWord(a.toks[n]) || a.nameRunEnd(n, j) != j {
		return nounPhrase{}
	}
	h := a.toks[k-1]
	if h.kind != tWord || h.cap || !(h.in(lxSpeechNouns) || writingNouns[h.low]) || h.in(lxDelegateNouns) {
		return nounPhrase{}
	}
	d := k - 2
	owned := d >= lo && (a.toks[d].poss || a.toks[d].low == "his" || a.toks[d].low == "her" || a.toks[d].low == "their")
	if p.low == "by" && owned && !aboutNouns[h.low] {
		return nounPhrase{}
	}
	// Where a piece appears is a publication, whatever its name looks
	// like ("Brooklyn" is a given name too).
	ni := readRun(a.toks[n:j])
	if len(ni.name) == 0 {
		return nounPhrase{}
	}
	id := a.reg.lookupG(ni.name, a.toks[n].s, 0)
	if e := &a.reg.ents[id]; e.person && e.named > 0 {
		return nounPhrase{}
	}
	a.reg.ents[id].org, a.reg.ents[id].person = true, false
	a.reg.mention(id, a.toks[n].s, a.toks[n].sent)
	return nounPhrase{kind: npName, ent: id, lo: max(d, lo), hi: j}
}

// publishVerbs say where a piece of writing appeared; writingNouns are
// pieces of writing that speak for their publication; aboutNouns are
// about their possessor, not by them ("his obituary").
var publishVerbs = setOf("published", "printed", "carried", "issued", "released", "run")
var writingNouns = setOf("obituary", "editorial", "article", "piece", "profile", "leader", "editorial", "feature")
var aboutNouns = setOf("obituary", "profile", "biography")

// nounQualifiers reports whether toks[i:j] are one or two lower-case
// words that qualify a noun after them ("annual", "latest quarterly").
func (a *attributor) nounQualifiers(i, j int) bool {
	if j <= i || j-i > 2 {
		return false
	}
	for _, t := range a.toks[i:j] {
		// ("Her Facebook post": a platform qualifies the noun too.)
		if t.kind != tWord || t.cap && !platforms[t.low] || t.poss || t.in(lxPrepositions) || t.in(lxReportingVerbs) || determiner(t.low) {
			return false
		}
	}
	return true
}

// personAppositive reports whether toks[i:j] is a person's name in
// apposition after head: a run of name words that reads as a person's, or,
// after a role held somewhere ("the mayor of Dayton, Nan Whaley,"), any
// run of two to four name words that is not an organisation's.
func (a *attributor) personAppositive(i, j int, head nounPhrase) bool {
	if i >= j || j-i > 4 || !allNameWords(a.toks[i:j]) {
		return false
	}
	ni := readRun(a.toks[i:j])
	if ni.person {
		return true
	}
	if ni.org || len(ni.name) < 2 || head.kind != npName || head.lo < 2 {
		return false
	}
	p, r := a.toks[head.lo-1], a.toks[head.lo-2]
	if p.low == "the" && head.lo >= 3 {
		p, r = r, a.toks[head.lo-3]
	}
	return p.in(lxPrepositions) && r.kind == tWord && !r.cap && r.in(lxPersonRoles)
}

// teamNouns name the group a person leads or works in ("Paganini and his
// team", "and her colleagues").
var teamNouns = setOf("team", "colleagues", "co-authors", "coauthors", "collaborators", "researchers", "students", "lab")

// objectPreps take a name as their object ("in Kabul"), which then is
// not the subject of the verb after it; mediaNouns name a publication
// ("the journal JAMA Psychiatry").
var objectPreps = setOf("in", "at", "from", "on", "by", "for", "into", "across", "near", "inside", "outside")
var mediaNouns = withWords(printNouns, "journal", "magazine", "outlet", "website", "site", "network", "broadcaster",
	"publication", "station", "channel")

// headBefore reads back from toks[b] through a chain of prepositional
// phrases to the noun phrase they qualify, returning an unnamed speaker
// when its head names people ("The authors of the research published in
// ..."), or nothing.
func (a *attributor) headBefore(lo, b, hi int) nounPhrase {
	for j := b; j >= lo && j > b-16; j-- {
		t := a.toks[j]
		if t.kind != tWord || t.low == "," || t.in(lxClauseWords) && t.low != "and" || t.in(lxReportingVerbs) {
			return nounPhrase{}
		}
		if t.cap || determiner(t.low) || t.in(lxPrepositions) || t.in(lxObjectPreps) {
			continue
		}
		if j > lo && determiner(a.toks[j-1].low) || j == lo {
			if ok, _ := personNoun(t.low); ok || t.in(lxGroupNouns) {
				s := j
				if j > lo {
					s = j - 1
				}
				return nounPhrase{kind: npAnon, lo: s, hi: hi}
			}
		}
	}
	return nounPhrase{}
}

// theyOrgVoices resolves "they" at toks[k] to the organisation whose
// officials are the nearest people in the plural in its sentence and the
// two before it: "Officials at the National Weather Service warned
// Sunday that ... "...," they said.", "Oakland Zoo officials confirmed
// ... They said". It returns -1 otherwise ("Officials warned ...", or
// another plural, "residents", nearer).
func (a *attributor) theyOrgVoices(k int) int {
	if k <= 0 || k >= len(a.toks) {
		return -1
	}
	sent := a.toks[k].sent
	for j := k - 1; j >= 0 && j > k-90 && a.toks[j].sent >= sent-2; j-- {
		t := a.toks[j]
		if t.kind != tWord || !pluralPeople(t) {
			continue
		}
		// "Analysts at ANZ expect more gains. "...," they said.", "ANZ
		// analysts expect ...": a firm's experts in the plural speak for
		// it as its officials do (not "two analysts at ANZ", some of
		// them, nor "analysts at ANZ and Westpac", two firms').
		if firmVoices[t.low] {
			return a.theyFirmVoices(j)
		}
		if !orgVoices[t.low] {
			return -1
		}
		org := func(i int) int {
			if i < 0 || i >= len(a.toks) || !isNameWord(a.toks[i]) || a.toks[i].para != t.para {
				return -1
			}
			if id := a.reg.mentionAt(a.toks[i].s); id >= 0 && a.reg.ents[id].org && !a.reg.ents[id].anon {
				return id
			}
			return -1
		}
		if n := j + 1; n+1 < len(a.toks) {
			switch a.toks[n].low {
			case "at", "of", "from", "for", "with":
				n++
				if a.toks[n].low == "the" {
					n++
				}
				return org(n)
			}
		}
		b := j - 1
		if b < 0 || !isNameWord(a.toks[b]) || a.toks[b].poss {
			return -1
		}
		for b > 0 && isNameWord(a.toks[b-1]) && !a.toks[b-1].poss && a.toks[b-1].sent == t.sent {
			b--
		}
		return org(b)
	}
	return -1
}

// theyFirmVoices is theyOrgVoices for a firm's experts at toks[j]
// ("analysts"): the firm named after "at" or "from" them, or just before
// them, when they open their clause and the firm is the only one named
// there; -1 otherwise.
func (a *attributor) theyFirmVoices(j int) int {
	t := a.toks[j]
	s, e := -1, -1
	if n := j + 1; n+1 < len(a.toks) && (a.toks[n].low == "at" || a.toks[n].low == "from") {
		if j > 0 && a.toks[j-1].sent == t.sent && a.toks[j-1].kind == tWord && a.toks[j-1].low != "the" {
			return -1
		}
		n++
		if a.toks[n].low == "the" {
			n++
		}
		s, e = n, a.nameRunEnd(n, len(a.toks))
	} else if b := j - 1; b >= 0 && isNameWord(a.toks[b]) && !a.toks[b].poss && a.toks[b].sent == t.sent {
		for b > 0 && isNameWord(a.toks[b-1]) && !a.toks[b-1].poss && a.toks[b-1].sent == t.sent {
			b--
		}
		if b > 0 && a.toks[b-1].sent == t.sent && a.toks[b-1].kind == tWord && a.toks[b-1].low != "the" {
			return -1
		}
		s, e = b, j
	}
	if s < 0 || e <= s || a.toks[s].para != t.para || !a.firmRun(s, e) {
		return -1
	}
	if e < len(a.toks) && e < j+8 && (a.toks[e].low == "and" || a.toks[e].low == "&" || a.toks[e].low == "," || a.toks[e].low == "or") {
		return -1
	}
	return a.orgNamed(s, e)
}

// theyLedGroup resolves "they" at toks[k] to the person whose colleagues
// or team open the sentence before with them: "Dr. Ana Ruiz and her
// colleagues at the Scripps Institution tracked 40 gray whales. "...,"
// they wrote." is hers, as "Ana Ruiz and her colleagues wrote" is. It
// returns -1 otherwise ("Tom Reed and Ana Ruiz tracked ...": two named).
func (a *attributor) theyLedGroup(k int) int {
	if k <= 0 || k >= len(a.toks) {
		return -1
	}
	b := a.prevSentStart(k)
	if b < 0 {
		return -1
	}
	id := a.reg.mentionAt(a.toks[b].s)
	for b < len(a.toks) && honorificOf(a.toks[b]) {
		b++
	}
	e := b
	for e < len(a.toks) && e < b+4 && isNameWord(a.toks[e]) && !a.toks[e].poss && a.toks[e].sent == a.toks[b].sent {
		e++
	}
	if e == b || e+2 >= len(a.toks) || a.toks[e].low != "and" {
		return -1
	}
	g := e + 1
	switch a.toks[g].low {
	case "his", "her", "their":
		g++
	}
	if !ledGroupNouns[a.toks[g].low] || a.toks[g].sent != a.toks[b].sent {
		return -1
	}
	// ("Ana Ruiz and her colleagues surveyed residents. "...," they
	// said.": the residents may be meant.)
	for j := g + 1; j < k; j++ {
		if pluralPeople(a.toks[j]) {
			return -1
		}
	}
	if id < 0 {
		id = a.reg.mentionAt(a.toks[b].s)
	}
	if id < 0 || !a.reg.isPerson(id) || a.reg.ents[id].org || a.reg.ents[id].anon || a.reg.ents[id].plural {
		return -1
	}
	return id
}

// ledGroupNouns are the people working with a person, after "and" and
// a possessive or not ("and her colleagues", "and colleagues").
var ledGroupNouns = setOf("colleagues", "co-authors", "coauthors", "collaborators", "team", "co-workers", "coworkers")

// orgVoices are people an organisation speaks through, in the plural
// ("Oakland Zoo officials said", "officials at the zoo said").
var orgVoices = setOf("officials", "spokesmen", "spokespeople", "spokespersons")

// firmRun reports whether the name run toks[i:j] may be a firm's name
// that experts work at: not English words alone, which name a field or a
// place ("Aviation analysts", "Wall Street economists"), unless they
// read as an organisation's name ("Capital Economics").
func (a *attributor) firmRun(i, j int) bool {
	if j <= i {
		return false
	}
	for _, t := range a.toks[i:j] {
		if !englishWord(t.low) || isAcronym(t.text) {
			return true
		}
	}
	return readRun(a.toks[i:j]).org && !streetHeads[a.toks[j-1].low]
}

// firmVoices are a firm's experts in the plural, through whom it speaks
// in its research notes ("analysts at Jefferies said", "Nedbank
// strategists wrote", "economists at Goldman Sachs wrote in a note"): the
// firm, as with orgVoices.
var firmVoices = setOf("analysts", "economists", "strategists")

// orgNamed registers the capitalised run toks[i:j] as an organisation and
// returns it, unless it reads as a person's name (a given name, title or
// honorific, or an entity known as a person) or a nationality; -1 then.
// A word of a longer name that only ends like a people's word is no
// nationality ("economists at Goldman Sachs said", "Freeman Hospital"),
// as "Englishman" or "Ukrainian" would be.
func (a *attributor) orgNamed(i, j int) int {
	if j <= i || nationality(a.toks[i].low) || demonym(a.toks[i].low) && (j-i == 1 || peopleWord(a.toks[i].low) || demonymNoun(a.toks[i].low)) {
		return -1
	}
	ni := readRun(a.toks[i:j])
	if len(ni.name) == 0 || ni.person {
		return -1
	}
	id := a.reg.lookupG(ni.name, a.toks[i].s, 0)
	if e := &a.reg.ents[id]; e.person || e.anon {
		return -1
	}
	a.reg.ents[id].org, a.reg.ents[id].maybe = true, false
	a.reg.mention(id, a.toks[i].s, a.toks[i].sent)
	return id
}

// partyLabelAt returns the index of a party-and-state label set off by
// commas that the comma toks[j] closes ("Sen. Ben Sasse, R-Neb.,", "Rep.
// Ann Hale, D-Fort Lauderdale,"), or -1.
func (a *attributor) partyLabelAt(lo, j int) int {
	for k := j - 1; k-1 >= lo && k >= j-3; k-- {
		if a.toks[k-1].low == "," && partyLabel(a.toks[k].text) {
			if k == j-1 || labelTownEnd(a.toks, k) == j {
				return k
			}
			return -1
		}
		if a.toks[k].kind != tWord {
			return -1
		}
	}
	return -1
}

// partyLabel reports whether w is a party-and-state label ("R-Neb.",
// "D-N.Y.").
func partyLabel(w string) bool {
	if len(w) < 4 || len(w) > 16 || w[0] != 'R' && w[0] != 'D' && w[0] != 'I' || w[1] != '-' || w[2] < 'A' || w[2] > 'Z' {
		return false
	}
	// "D-N.Y.", "R-Neb.", and the state spelled out: "D-California".
	for i := 3; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

// ownerRun returns the capitalised run ending with the possessive at toks[i].
func (a *attributor) ownerRun(lo, i int) []token {
	k := i
	for k > lo && isNameWord(a.toks[k-1]) && !a.toks[k-1].poss {
		k--
	}
	return a.toks[k : i+1]
}

// pluralPersonNoun reports whether w is the plural of a person noun
// ("fans", "customers", "neighbours").
func pluralPersonNoun(w string) bool {
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || len(w) < 4 {
		return false
	}
	ok, plural := personNoun(w[:len(w)-1])
	return ok && !plural
}

func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "this", "that":
		return true
	}
	return false
}

func isPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "it", "i", "we", "you":
		return true
	}
	return false
}

// nameNP turns a capitalised run into a speaker phrase, registering the
// name. A run that is only a title ("the President") is a description.
// listNameStart returns where an organisation's name that holds a list
// ("Foreign, Commonwealth and Development Office", "Ministry of Housing,
// Communities and Local Government") and ends at toks[j] opens, when the
// scan registered it whole, or -1.
func (a *attributor) listNameStart(lo, j int) int {
	comma := false
	for x := j - 1; x >= lo && x >= j-12; x-- {
		t := a.toks[x]
		switch {
		case t.low == ",":
			comma = true
			continue
		case t.kind != tWord || t.poss || t.para != a.toks[j].para:
			return -1
		case isNameWord(t):
		case t.low == "and" || t.low == "of" || t.low == "for" || t.low == "the" && !t.cap:
			continue
		default:
			return -1
		}
		if !comma || x > lo && isNameWord(a.toks[x-1]) {
			continue
		}
		id := a.reg.mentionAt(t.s)
		if id < 0 || !a.reg.ents[id].org {
			continue
		}
		n := 0
		for y := x; y <= j; y++ {
			if a.toks[y].low != "," {
				n++
			}
		}
		if n == len(a.reg.ents[id].name) {
			return x
		}
	}
	return -1
}

func (a *attributor) nameNP(run []token, lo, k, hi int) nounPhrase {
	if len(run) == 0 {
		return nounPhrase{}
	}
	// "the Spaniard said": a person described by nationality.
	if len(run) == 1 && k > 0 && a.toks[k-1].low == "the" && demonym(run[0].low) {
		return nounPhrase{kind: npPron, word: "demonym", lo: k, hi: hi}
	}
	// "the Northern Irishman said", "the South African said".
	if len(run) == 2 && k > 0 && a.toks[k-1].low == "the" && compoundDemonym(a.toks, k) && !a.nounAt(k+2) {
		return nounPhrase{kind: npPron, word: "demonym", lo: k, hi: hi}
	}
	// "Mamata Banerjee addressed a rally. "...," Didi said": a word of
	// kinship or respect used alone as a leader's popular name, which
	// the article never tied to a name ("Mamata Banerjee, known as
	// Didi,"), says no one.
	if len(run) == 1 && !run[0].poss && epithetNames[run[0].low] {
		if id := a.reg.mentionAt(run[0].s); id < 0 || len(a.reg.ents[id].name) < 2 {
			return nounPhrase{kind: npAnon, lo: k, hi: hi}
		}
	}
	// "the Democrat said": a person described by party, like "he".
	if len(run) == 1 && k > 0 && run[0].in(lxPartyMembers) && a.toks[partyLead(a.toks, k)].low == "the" {
		return nounPhrase{kind: npPron, word: "party", lo: k, hi: hi}
	}
	// "many Liberal Democrats said", "some Tories said": members of the
	// party, not the party.
	if k > 0 && a.toks[k-1].para == run[0].para && pluralQuantifiers[a.toks[k-1].low] && partyPluralName(run) {
		return nounPhrase{kind: npAnon, lo: k - 1, hi: hi}
	}
	// "Democrats said", "Republicans warned": a group (but "the
	// Conservatives said" is the party).
	if len(run) == 1 && strings.HasSuffix(run[0].low, "s") && partyMembers[strings.TrimSuffix(run[0].low, "s")] &&
		!(k > 0 && a.toks[k-1].low == "the" && partyPluralName(run)) {
		return nounPhrase{kind: npAnon, lo: k, hi: hi}
	}
	// "a Syrian refugee": a nationality before a noun is an adjective;
	// so is a party's ("the early Democratic presidential debates", "a
	// Republican senator").
	if len(run) == 1 && (nationality(run[0].low) || run[0].in(lxPartyMembers) || run[0].low == "democratic") && k+1 < len(a.toks) && a.toks[k+1].kind == tWord && !a.toks[k+1].cap &&
		!a.toks[k+1].in(lxReportingVerbs) && !a.toks[k+1].in(lxSkipBeforeVerb) {
		if ok, _ := personNoun(a.toks[k+1].low); ok {
			return nounPhrase{kind: npAnon, lo: k, hi: hi}
		}
		return nounPhrase{}
	}
	// "New signs appeared": an ordinary word opening a sentence (see
	// partOfNameOnly).
	if len(run) == 1 && run[0].in(lxPartOfNameOnly) && (k == 0 || a.toks[k-1].kind == tEnd || a.toks[k-1].para != run[0].para) {
		return nounPhrase{}
	}
	// "Critics said", "Others warned", "Fans of zoning deregulation call
	// themselves": a group opening a sentence.
	if len(run) == 1 && (k == 0 || a.toks[k-1].kind == tEnd || a.toks[k-1].para != run[0].para) {
		if ok, plural := personNoun(run[0].low); ok && plural || run[0].in(lxGroupNouns) || run[0].low == "others" || pluralPersonNoun(run[0].low) {
			return nounPhrase{kind: npAnon, lo: k, hi: hi}
		}
	}
	// "Counsel for Mrs Heywood, Philip Carr, said", "Solicitor for the
	// family, Ann Hale, said": a role noun opening a sentence without an
	// article, before "for", describes the speaker named after it; it is
	// no name (a surname named before, "King for his part", stays one).
	if len(run) == 1 && (k == 0 || a.toks[k-1].kind == tEnd || a.toks[k-1].para != run[0].para) && k+1 < len(a.toks) && a.toks[k+1].low == "for" &&
		givenNameGender(run[0].low) == 0 && !a.reg.knownPerson(run) {
		if ok, plural := personNoun(run[0].low); ok && !plural {
			return nounPhrase{kind: npDesc, word: run[0].low, lo: k, hi: hi}
		}
	}
	// "the Director noted": a title alone is a description; so is one
	// after a word of time ("the future President said", "the former
	// Minister").
	// "a spokeswoman for the First Minister", "a spokesman for the
	// Treasurer": title words alone after "the" are a description too.
	if k > 0 && titleWordsOnly(run) {
		d := k - 1
		for d > lo && a.toks[d].kind == tWord && a.toks[d].cap && a.toks[d].in(lxTitles) {
			d--
		}
		if a.toks[d].low == "the" {
			return nounPhrase{kind: npDesc, word: run[len(run)-1].low, lo: d, hi: hi}
		}
	}
	if len(run) == 1 && k > 0 && run[0].in(lxTitles) && run[0].in(lxPersonRoles) {
		if a.toks[k-1].low == "the" {
			return nounPhrase{kind: npDesc, word: run[0].low, lo: k - 1, hi: hi}
		}
		if k > 1 && timeAdjectives[a.toks[k-1].low] && a.toks[k-2].low == "the" {
			return nounPhrase{kind: npDesc, word: run[0].low, lo: k - 2, hi: hi}
		}
	}
	// "the Ohio Democrat said", "a Texas Republican": a party member
	// described, not named (lexicon.go).
	if np, ok := partyMember(a.toks, run, k, hi); ok {
		return np
	}
	// "the Rae Bareli MP said", "the Wayanad MP": the member for a seat
	// described, not named (see registerRun).
	if n := len(run); n >= 2 && n <= 3 && k > 0 && a.toks[k-1].low == "the" && roleAcronym(run[n-1]) && !run[n-1].poss && !run[n-2].poss {
		return nounPhrase{kind: npDesc, word: strings.TrimSuffix(run[n-1].low, "s"), lo: k - 1, hi: hi}
	}
	if np, ok := a.prosecutorAcronym(run, k, hi); ok {
		return np // "the DA said"
	}
	ni := a.reg.readRun(run)
	// "Asylum seekers housed on the barge say ...", "Care workers in the
	// city say ...": an English word opening a sentence before a plural
	// noun of people qualifies it; the scan registered no name there, and
	// the group is no one named.
	if e := k + len(run); !ni.person && (k == 0 || a.toks[k-1].kind == tEnd || a.toks[k-1].para != run[0].para) &&
		e < len(a.toks) && a.toks[e].para == run[0].para && !run[len(run)-1].poss && peopleAfterOpener(a.toks[e]) {
		return nounPhrase{kind: npAnon, lo: k, hi: hi}
	}
	// "The former Royal Marine, 34, said": a capitalised noun after "the
	// former" describes someone; it is not a name.
	if formerDescription(a.toks, k, ni) {
		return nounPhrase{kind: npAnon, lo: k - 2, hi: hi}
	}
	// "the Scottish Executive", "the Northern Ireland Executive": a
	// government, not a company's chief executive.
	if len(ni.name) == 0 && len(run) >= 2 && run[len(run)-1].low == "executive" && (nationality(run[0].low) || demonym(run[0].low)) {
		id := a.reg.lookupG(words(run), run[0].s, 0)
		a.reg.ents[id].org = true
		a.reg.mention(id, run[0].s, run[0].sent)
		return nounPhrase{kind: npName, ent: id, lo: k, hi: hi}
	}
	if len(ni.name) == 0 {
		if len(ni.roles) > 0 {
			// "One MP told", "a senior Tory MP said", "two MPs said":
			// someone the text does not name.
			if d := a.indefiniteBefore(k); d >= 0 || strings.HasSuffix(run[len(run)-1].text, "s") && roleAcronym(run[len(run)-1]) {
				if d < 0 {
					d = k
				}
				return nounPhrase{kind: npAnon, lo: d, hi: hi}
			}
			// "the former CM said", "the acting Governor said": the words
			// before that make it another office are the description's.
			lo := k
			for lo > 0 && lo > k-3 && a.toks[lo-1].kind == tWord && !a.toks[lo-1].cap && a.toks[lo-1].para == run[0].para && (a.toks[lo-1].in(lxOffModifiers) || actingWords[a.toks[lo-1].low]) {
				lo--
			}
			if lo == k || lo == 0 || a.toks[lo-1].low != "the" {
				lo = k + 1
			}
			return nounPhrase{kind: npDesc, word: ni.roles[len(ni.roles)-1], lo: lo - 1, hi: hi}
		}
		return nounPhrase{}
	}
	id := a.reg.lookupG(ni.name, run[0].s, ni.gender)
	ri := tokIndex(a.toks, run[0].s)
	id, settled := a.reg.titledSurname(a.toks, ri, ri+len(run), ni, id)
	e := &a.reg.ents[id]
	// (A name the article made an organisation's stays one: "The MoD
	// said it "does not comment on speculation"".)
	// (Nor is one no list knows made a person's when it speaks of itself
	// as "it": "Twitch said on Tuesday that it "will not tolerate
	// harassment"", which a streamer's "he told viewers" is not.)
	itSelf := len(ni.name) == 1 && ni.gender == 0 && len(ni.roles) == 0 && e.gender == 0 && len(e.roles) == 0 && !e.person && a.itSelfSays(k+len(run))
	if !ni.org && !e.org && !itSelf {
		e.person = true
	} else if !e.person && !itSelf {
		e.org = true
	}
	if e.gender == 0 {
		e.gender = ni.gender
	}
	for _, r := range ni.roles {
		e.addRole(r)
	}
	// "team member Rodaba Noori told"
	if k > lo && a.toks[k-1].kind == tWord && !a.toks[k-1].cap && a.toks[k-1].in(lxPersonRoles) {
		e.addRole(a.toks[k-1].low)
	}
	a.reg.mention(id, run[0].s, run[0].sent)
	shared := len(ni.name) == 1 && !settled && a.reg.sharedSurname(ni.name[0], ni.gender, run[0].s, run[0].sent)
	rival := len(ni.name) == 1 && !shared && !settled && a.reg.surnameRival(id, ni.name[0], ni.gender, run[0].s)
	// "Aaron and Jess Lindqvist opened the bakery. Her husband said the
	// first year was hard. "...," Lindqvist said": the sentence before
	// was about the spouse of that gender; the surname is theirs.
	if (shared || rival) && ni.gender == 0 {
		if g := a.spouseSubjectBefore(k); g != 0 {
			if sp := a.reg.spouseOfSurname(ni.name, g); sp >= 0 {
				a.reg.mention(sp, run[0].s, run[0].sent)
				return nounPhrase{kind: npName, ent: sp, lo: k, hi: hi}
			}
		}
	}
	return nounPhrase{kind: npName, ent: id, lo: k, hi: hi, shared: shared, rival: rival}
}

// itSelfSays reports whether the verb of speech at toks[v] goes on with
// "it" that says or does what the quotation or a modal right after says:
// "said it "will not tolerate ..."", "said on Tuesday that it would". Not
// "said that it was "a sad day"" (an "it" about something else).
func (a *attributor) itSelfSays(v int) bool {
	if v >= len(a.toks) || a.toks[v].kind != tWord || !a.toks[v].in(lxReportingVerbs) || !saidItAt(a.toks, v) {
		return false
	}
	n := v + 1
	for n < len(a.toks) && n < v+8 && a.toks[n].low != "it" {
		n++
	}
	if n+1 >= len(a.toks) || a.toks[n].low != "it" {
		return false
	}
	switch t := a.toks[n+1]; t.low {
	case "will", "would", "had", "has", "could", "can", "should", "plans", "planned", "intends", "remains", "remained":
		return true
	default:
		return t.kind == tQuote
	}
}

// parseFwd reads a speaker phrase starting at toks[i] (before hi): "Bolden",
// "Ambassador Mohib", "he", "the spokesman", "the Crown prosecutor, Mark
// Tedeschi,".
func (a *attributor) parseFwd(i, hi int) nounPhrase {
	if i >= hi || a.toks[i].kind != tWord {
		return nounPhrase{}
	}
	t := a.toks[i]
	switch {
	case isPronoun(t.low) && t.low != "you" && !t.name:
		// (Not the Chinese surname "He", a name word before a name:
		// "a spokesperson, He Yadong, told"; see surnameHe.)
		return nounPhrase{kind: npPron, word: t.low, lo: i, hi: i + 1}
	case t.low == "one" && i+1 < hi && a.toks[i+1].low == "of":
		// "one of the organisers, Maria Lopez" / "one of them"
		j := i + 2
		for j < hi && j < i+10 && a.toks[j].kind == tWord && !a.toks[j].in(lxReportingVerbs) {
			j++
		}
		if j+1 < hi && a.toks[j].low == "," && isNameWord(a.toks[j+1]) {
			if np := a.parseFwd(j+1, hi); np.kind == npName && !a.reg.ents[np.ent].org {
				np.lo = i
				return np
			}
		}
		return nounPhrase{kind: npAnon, lo: i, hi: j}
	case (orgVoices[t.low] || firmVoices[t.low]) && i+2 < hi && (a.toks[i+1].low == "at" || a.toks[i+1].low == "from"):
		// "said analysts at ANZ", "said officials at the Oakland Zoo":
		// the organisation speaking through them.
		n := i + 2
		if a.toks[n].low == "the" {
			n++
		}
		if e := a.nameRunEnd(n, hi); e > n && (orgVoices[t.low] || a.firmRun(n, e)) && (e >= hi || a.toks[e].kind != tWord || !a.toks[e].poss && !a.toks[e-1].poss) {
			if id := a.orgNamed(n, e); id >= 0 {
				return nounPhrase{kind: npName, ent: id, lo: i, hi: e}
			}
		}
		return nounPhrase{}
	case isNameWord(t):
		j := i + 1
		// "the British Bankers' Association": a plural possessive inside
		// an organisation's name is part of it (see possInName).
		for j < hi && (isNameWord(a.toks[j]) || (a.toks[j].in(lxNameParticles) && j+1 < hi && isNameWord(a.toks[j+1]))) && (!a.toks[j-1].poss || possInName(a.toks[:hi], j-1)) {
			j++
		}
		// "Number 10 said:", "said Channel 4": a name ending in a number,
		// not the word before it.
		if j < hi && a.toks[j].kind == tWord && isDigit(a.toks[j].text[0]) && !a.toks[j-1].poss {
			return nounPhrase{}
		}
		if a.toks[j-1].poss {
			// "said Trump's spokesman": not Trump; "said Apple's chief
			// executive Tim Cook", "said China's ambassador to Britain Liu
			// Xiaoming": the person named after the role.
			if np := a.roleThenName(j, hi); np.kind == npName {
				np.lo = i
				return np
			}
			// "said Microsoft's Satya Nadella", "said CNN's Jake Tapper":
			// the person named right after the organisation.
			if e := a.nameRunEnd(j, hi); e > j+1 {
				if ni := readRun(a.toks[j:e]); !ni.org && len(ni.name) >= 2 && !readRun(a.toks[i:j]).person {
					if np := a.parseFwd(j, hi); np.kind == npName && !a.reg.ents[np.ent].org {
						np.lo = i
						return np
					}
				}
			}
			return nounPhrase{}
		}
		// "said His Excellency, John Mahama": a style of address alone,
		// then the person it styles after a comma.
		if j+1 < hi && a.toks[j].low == "," && isNameWord(a.toks[j+1]) && styleOnly(a.toks[i:j]) {
			if np := a.parseFwd(j+1, hi); np.kind == npName && !a.reg.ents[np.ent].org {
				np.lo = i
				return np
			}
		}
		// "said Secretary of State Antony Blinken", "Speaker of the House
		// Nancy Pelosi", "said Secretary for Justice Paul Lam": a title,
		// its object, then the person; "said US
		// Secretary of State Antony Blinken": past a country's acronym or
		// adjective.
		ts := i
		// ("said Cabinet Secretary for Health Neil Gray", "Party
		// Secretary for ...": past the body the post sits in.)
		if j-i >= 2 && !t.in(lxTitles) && (nationality(t.low) || isAcronym(t.text) || t.in(lxOrgWords)) {
			ts = i + 1
		}
		if j+2 < hi && (a.toks[j].low == "of" || a.toks[j].low == "for") && allTitles(a.toks[ts:j]) {
			n := j + 1
			if a.toks[n].low == "the" {
				n++
			}
			if e := a.nameRunEnd(n, hi); e-n >= 2 {
				if s := titleObjectEnd(a.toks, n, e); s > n && s < e {
					if np := a.parseFwd(s, hi); np.kind == npName && !a.reg.ents[np.ent].org {
						a.reg.ents[np.ent].addRole(a.toks[j-1].low)
						np.lo = i
						return np
					}
				}
			}
		}
		// "the Centre for Economic Policy Research", "the Department of
		// Justice": one organisation.
		if j+1 < hi && (a.toks[j].low == "of" && (a.toks[j-1].in(lxOrgWords) || membersOfAmerica(a.toks, j)) || (a.toks[j].low == "for" || a.toks[j].low == "on") && a.toks[j-1].in(lxInstitutionHeads)) &&
			isNameWord(a.toks[j+1]) {
			e := j + 1
			for e < hi && isNameWord(a.toks[e]) && !a.toks[e-1].poss {
				e++
			}
			// "the Committee on Intelligence and Security"
			if a.toks[j].low != "of" && e+1 < hi && a.toks[e].low == "and" && isNameWord(a.toks[e+1]) && !a.toks[e-1].poss &&
				!a.toks[e+1].in(lxTitles) && !honorificOf(a.toks[e+1]) && !isFirstName(a.toks[e+1]) && givenNameGender(a.toks[e+1].low) == 0 {
				f := e + 1
				for f < hi && isNameWord(a.toks[f]) && !a.toks[f-1].poss {
					f++
				}
				if !a.toks[f-1].poss && f-e <= 4 {
					e = f
				}
			}
			// "Federal Reserve Bank of Kansas City President Thomas M.
			// Hoenig": a title inside the run after the organisation's
			// place, then a person's name: the person, whose role the
			// organisation qualifies.
			for p := j + 2; p+1 < e; p++ {
				if !a.toks[p].in(lxTitles) || !a.toks[p].in(lxPersonRoles) || a.toks[p+1].in(lxTitles) || !a.personRunAt(p+1, hi) {
					continue
				}
				if np := a.parseFwd(p+1, hi); np.kind == npName && !a.reg.ents[np.ent].org {
					a.reg.ents[np.ent].addRole(a.toks[p].low)
					np.lo = i
					return np
				}
			}
			if !a.toks[e-1].poss && e-i <= 8 {
				j = e
			}
		}
		// "added Ernst and Young's Sanjay Mehta", "said Procter and
		// Gamble's chief economist Ann Moss": a firm named by two words
		// joined by "and", then its person.
		if j == i+1 && j+2 < hi && a.toks[j].low == "and" && isNameWord(a.toks[j+1]) && a.toks[j+1].poss && a.toks[j+1].cap {
			if np := a.parseFwd(j+1, hi); np.kind == npName && !a.reg.ents[np.ent].org {
				np.lo = i
				return np
			}
		}
		// "said CEO and managing director Salil Rao", "said Infonix CEO
		// and MD Salil Rao": a run ending in a post joined by "and" to
		// another post, then the person who holds both.
		if j+2 < hi && a.toks[j].low == "and" && roleAcronym(a.toks[j-1]) && !a.toks[j-1].poss && (j == i+1 || !readRun(a.toks[i:j]).person) &&
			(roleAcronym(a.toks[j+1]) || !a.toks[j+1].cap && a.toks[j+1].in(lxPersonRoles) || a.rolesAhead(j+1, hi)) {
			if np := a.parseFwd(j+1, hi); np.kind == npName && !a.reg.ents[np.ent].org {
				np.lo = i
				return np
			}
		}
		// "Universities and Colleges Employers Association": one name.
		if j+1 < hi && a.toks[j].low == "and" && isNameWord(a.toks[j+1]) {
			e := j + 1
			for e < hi && isNameWord(a.toks[e]) && !a.toks[e-1].poss {
				e++
			}
			// "said the House Ways and Means Committee's chairman, Tom
			// Hadley": the whole name owns the role, as "said Apple's
			// chief executive Tim Cook" (the person named after the role)
			// or "said the Senate Foreign Relations Committee's chairman,
			// Tom Hadley" (no phrase here; the apposition is read by the
			// caller); never "House Ways".
			if last := a.toks[e-1]; last.in(lxOrgWords) && last.poss && e-i <= 8 {
				if np := a.roleThenName(e, hi); np.kind == npName && !a.reg.ents[np.ent].org {
					np.lo = i
					return np
				}
				return nounPhrase{}
			}
			if last := a.toks[e-1]; last.in(lxOrgWords) && !last.poss && e-i <= 8 {
				j = e
			} else if e+1 < hi && membersOfAmerica(a.toks, e) && e-i <= 8 {
				// "said the Pharmaceutical Research and Manufacturers of
				// America"
				j = e + 2
			}
		}
		// "said Game of Thrones actress Emilia Clarke", "Lord of the
		// Rings star Orlando Bloom": a title with "of" qualifying the role.
		if j+1 < hi && a.toks[j].low == "of" {
			e := j + 1
			if e < hi && a.toks[e].low == "the" {
				e++
			}
			if e < hi && isNameWord(a.toks[e]) {
				for e < hi && e < j+6 && isNameWord(a.toks[e]) && !a.toks[e-1].poss {
					e++
				}
				if np, ok := a.roleNameAfter(i, e, hi); ok {
					return np
				}
			}
		}
		// "said London race director David Bedford": the first run only
		// qualifies the role; so does "Richard and Judy" in "said Richard
		// and Judy executive producer Amanda Ross".
		if j+1 < hi && a.toks[j].low == "and" && isNameWord(a.toks[j+1]) {
			e := j + 1
			for e < hi && e < j+5 && isNameWord(a.toks[e]) && !a.toks[e-1].poss {
				e++
			}
			if np, ok := a.roleNameAfter(i, e, hi); ok {
				return np
			}
			// "said Health and Human Services Secretary Xavier Becerra":
			// the words before the title qualify it.
			if ni := readRun(a.toks[j+1 : a.nameRunEnd(j+1, hi)]); len(ni.roles) > 0 && len(ni.name) >= 2 && !ni.org && !readRun(a.toks[i:j]).person &&
				!a.toks[j+1].in(lxTitles) && !honorificOf(a.toks[j+1]) {
				if np := a.parseFwd(j+1, hi); np.kind == npName && !a.reg.ents[np.ent].org {
					np.lo = i
					return np
				}
			}
		}
		k := j
		for k < hi && k < j+4 && a.toks[k].kind == tWord && !a.toks[k].cap && !a.toks[k].in(lxPrepositions) &&
			!a.toks[k].in(lxReportingVerbs) && !determiner(a.toks[k].low) && !a.toks[k].in(lxClauseWords) {
			k++
		}
		if np, ok := a.roleNameAfter(i, j, hi); ok {
			return np
		}
		// "Popular drinking hole The Idle Hour", "Iconic Clon spot
		// DeBarras": a place or business described before its name.
		if np, ok := a.describedVenue(i, j, k, hi); ok {
			return np
		}
		np := a.nameNP(a.toks[i:j], i, i, j)
		if np.kind == npName {
			if role := appositiveRole(a.toks, j); role != "" {
				a.reg.ents[np.ent].addRole(role)
			}
		}
		return np
	case !t.cap && !determiner(t.low) && !t.in(lxReportingVerbs):
		// "according to fire chief Daniel Ruiz", "said lawyer Ben Ortiz";
		// a longer list of roles only ("said founder and managing partner
		// Lisa Stone").
		for j := i; j < hi && j < i+6; j++ {
			w := a.toks[j]
			if isNameWord(w) {
				if j > i+3 && !roleWordsOnly(a.toks[i:j]) {
					break
				}
				np := a.parseFwd(j, hi)
				if np.kind == npName {
					if a.toks[j-1].low != "and" {
						a.reg.ents[np.ent].addRole(a.toks[j-1].low)
					}
					np.lo = i
				}
				return np
			}
			// "and" joins two roles of one person ("prosecutor and deputy
			// attorney", "founder and CEO Ann Hall"), not a role and a
			// name.
			// ("said longtime friend and colleague Jim Hale": a tie to
			// the person is such a word too.)
			roleAnd := w.low == "and" && j > i && (a.toks[j-1].in(lxPersonRoles) || a.toks[j-1].in(lxRelationNouns) && singularPersonNoun(a.toks[j-1].low)) && j+1 < hi && (!isNameWord(a.toks[j+1]) || a.toks[j+1].in(lxTitles) && bareRoleAnd(a.toks, j+1))
			// "said study co-author and MBARI scientist Lucia Fernandez":
			// the second role qualified by an organisation's name, then
			// the person who holds both.
			if w.low == "and" && j > i && j <= i+3 && a.toks[j-1].in(lxPersonRoles) && singularPersonNoun(a.toks[j-1].low) && j+1 < hi && isNameWord(a.toks[j+1]) &&
				!a.toks[j+1].in(lxTitles) && (a.roleBeforeName(j+1, hi) || a.tieBeforeName(j+1, hi) > 0) {
				if np := a.parseFwd(max(j+1, a.tieBeforeName(j+1, hi)), hi); np.kind == npName && !a.reg.ents[np.ent].org {
					np.lo = i
					return np
				}
			}
			if w.kind != tWord || w.cap || w.in(lxPrepositions) && !roleAnd || w.in(lxReportingVerbs) || determiner(w.low) {
				break
			}
		}
		return nounPhrase{}
	case t.low == "the" || t.low == "a" || t.low == "an" || t.low == "his" || t.low == "her" || t.low == "its" || t.low == "their" || t.low == "one" || t.low == "another":
		// "said a skeptical Robert Wolfarth, the trust's new chairman": a
		// name after an adjective.
		if i+2 < hi && a.toks[i+1].kind == tWord && !a.toks[i+1].cap && !a.toks[i+1].in(lxPersonRoles) && isNameWord(a.toks[i+2]) {
			if ok, _ := personNoun(a.toks[i+1].low); !ok {
				// Not "said the former Leeds midfielder": a name before a
				// role only qualifies it (read below as a description).
				if np := a.parseFwd(i+2, hi); np.kind == npName && !a.reg.ents[np.ent].org && !(np.hi < hi && roleAfterName(a.toks[np.hi])) {
					np.lo = i
					return np
				}
			}
		}
		// "writes the Associated Press": a name after "the"; "said the
		// Wales coach Warren Gatland": the person named after the role.
		if t.low == "the" && i+1 < hi && isNameWord(a.toks[i+1]) {
			// Not "said the New York City police commissioner, William
			// Bratton,": an organisation before role words only qualifies
			// the role (read below as a description, or the name in
			// apposition).
			// "writes the Washington Post's Chris Mooney": the person
			// named after an organisation's possessive.
			if np := a.parseFwd(i+1, hi); np.kind == npName && (a.reg.ents[np.ent].org && !a.roleWordsAt(np.hi, hi) || a.roleBeforeName(i+1, hi) ||
				a.afterPossessor(i+1, np) && a.reg.isPerson(np.ent) ||
				// "said the American Travis Hale": a nationality before
				// a person's name.
				np.hi > i+2 && np.hi <= hi && a.reg.isPerson(np.ent) && demonymBeforeName(a.toks[i+1:np.hi], 0)) {
				np.lo = i
				return np
			}
			// "said the German": a person described by nationality (not
			// "said the German chancellor").
			if i+3 <= hi && compoundDemonym(a.toks, i+1) && (i+3 >= hi || a.toks[i+3].kind != tWord) && !a.toks[i+2].poss {
				return nounPhrase{kind: npPron, word: "demonym", lo: i, hi: i + 3}
			}
			if n := a.toks[i+1]; (i+2 >= hi || a.toks[i+2].kind != tWord) && !n.poss && (demonym(n.low) || n.in(lxPartyMembers)) {
				word := "demonym"
				if n.in(lxPartyMembers) {
					word = "party"
				}
				return nounPhrase{kind: npPron, word: word, lo: i, hi: i + 2}
			}
		}
		// "said the Illinois Democrat", "said the chamber's top
		// Democrat", "said the Senate's No. 2 Republican": a member
		// described by state, rank or standing, ending the phrase.
		if t.low == "the" || t.low == "its" {
			if np, ok := a.partyMemberFwd(i, hi); ok {
				return np
			}
		}
		j := i + 1
		// "said the House Ways and Means Committee's chairman, Tom
		// Hadley": past the body's name joined by "and".
		if t.low == "the" {
			if e := andOrgPossEnd(a.toks, i+1, hi); e > 0 {
				j = e
			}
		}
		head := ""
		for j < hi && j < i+8 && a.toks[j].kind == tWord && (!a.toks[j].in(lxPrepositions) || a.rolesJoined(j, hi)) && !a.toks[j].in(lxReportingVerbs) && a.toks[j].low != "who" {
			// "said the mayor Tuesday", "said his lawyer yesterday": a
			// time after the description is no part of it.
			if head != "" && (a.toks[j].in(lxDayNames) || timeAfterDesc[a.toks[j].low]) {
				break
			}
			// "said his neighbour Valerie Stone", "said her daughter
			// Valerie": a person noun, then the person's name.
			if head != "" && t.low != "its" && isNameWord(a.toks[j]) && !a.toks[j-1].cap && (relationNouns[head] || personRoles[head] || occupations[head]) && singularPersonNoun(head) {
				if np := a.parseFwd(j, hi); np.kind == npName && !a.reg.ents[np.ent].org {
					a.reg.ents[np.ent].addRole(head)
					np.lo = i
					return np
				}
			}
			head = hyphenRole(a.toks[j].low)
			j++
		}
		if head == "" {
			return nounPhrase{}
		}
		// "said the co-author and NASA scientist Lucia Fernandez": a
		// second role qualified by an organisation's name, then the
		// person who holds both.
		if j+1 < hi && a.toks[j].low == "and" && (personRoles[head] || occupations[head] || relationNouns[head]) && singularPersonNoun(head) &&
			isNameWord(a.toks[j+1]) && !a.toks[j+1].in(lxTitles) && (a.roleBeforeName(j+1, hi) || a.tieBeforeName(j+1, hi) > 0) {
			if np := a.parseFwd(max(j+1, a.tieBeforeName(j+1, hi)), hi); np.kind == npName && !a.reg.ents[np.ent].org {
				np.lo = i
				return np
			}
		}
		// "the Crown prosecutor, Mark Tedeschi,"; "the chairman of the
		// education committee, Labour MP Barry Sheerman"
		c := j
		for c < hi && c < j+10 && a.toks[c].kind == tWord && !a.toks[c].in(lxReportingVerbs) && !a.toks[c].in(lxClauseWords) {
			c++
		}
		// "The group, WeWorkers Coalition,": the organisation named.
		if orgHeads[head] && c == j && c+1 < hi && a.toks[c].low == "," && isNameWord(a.toks[c+1]) {
			if np := a.parseFwd(c+1, hi); np.kind == npName && !a.reg.ents[np.ent].person {
				a.reg.ents[np.ent].org = true
				np.lo = i
				return np
			}
		}
		// "another witness in the probe, former White House Russia adviser
		// Fiona Hill": the apposition may open with role words.
		apposName := c+1 < hi && (isNameWord(a.toks[c+1]) || a.toks[c+1].kind == tWord && !a.toks[c+1].cap &&
			!determiner(a.toks[c+1].low) && !a.toks[c+1].in(lxReportingVerbs) && !a.toks[c+1].in(lxClauseWords))
		if apposName && a.toks[c].low == "," && (personRoles[head] || occupations[head] || relationNouns[head] && singularPersonNoun(head) || firstHeadIsRole(a.toks[i+1:j])) {
			if np := a.parseFwd(c+1, hi); np.kind == npName && !a.reg.ents[np.ent].org {
				a.reg.ents[np.ent].addRole(head)
				np.lo = i
				return np
			}
		}
		// "a statement from the ministry": the ministry speaks.
		if speechNouns[head] && !delegateNouns[head] && j+1 < hi && (a.toks[j].low == "from" || a.toks[j].low == "by") {
			if np := a.parseFwd(j+1, hi); np.kind == npName || np.kind == npDesc {
				np.lo = i
				return np
			}
		}
		// "A spokesperson for Sheffield University": the organisation.
		if spokesNouns[head] && j+1 < hi && (a.toks[j].low == "for" || a.toks[j].low == "of" || a.toks[j].low == "at") {
			if np := a.parseFwd(j+1, hi); np.kind == npName && a.reg.ents[np.ent].org {
				np.lo = i
				return np
			}
		}
		if t.low == "a" || t.low == "an" || t.low == "one" || t.low == "another" {
			return nounPhrase{kind: npAnon, lo: i, hi: j}
		}
		// "said the widow of Peter Grant": someone the text does not name
		// here; "said the president of Ukraine": the president placed
		// there (see parseBack).
		if n := j + 1; j < hi && a.toks[j].low == "of" && n < hi {
			if a.toks[n].low == "the" {
				n++
			}
			if e := a.nameRunEnd(n, hi); e > n {
				ni := readRun(a.toks[n:e])
				switch {
				case relationNouns[head] && !ni.org && len(ni.name) > 0:
					return nounPhrase{kind: npAnon, lo: i, hi: e}
				case personRoles[head] && !delegateNouns[head] && !spokesNouns[head] && head != "member" && !ni.person && len(ni.name) > 0:
					return nounPhrase{kind: npDesc, word: head, lo: i, hi: e, qual: n}
				}
			}
		}
		return nounPhrase{kind: npDesc, word: head, lo: i, hi: j}
	}
	return nounPhrase{}
}

// andOrgPossEnd returns the index after a body's name of name runs joined
// by "and" and ending in a possessive organisation word at toks[n]
// ("House Ways and Means Committee's", "Energy and Commerce
// Committee's"), or 0.
func andOrgPossEnd(toks []token, n, hi int) int {
	k := n
	for k < hi && k < n+5 && isNameWord(toks[k]) && !toks[k].poss {
		k++
	}
	if k == n || k+1 >= hi || toks[k].low != "and" || !isNameWord(toks[k+1]) {
		return 0
	}
	m := k + 1
	for m < hi && m < k+5 && isNameWord(toks[m]) && !toks[m].poss {
		m++
	}
	if m < hi && toks[m].poss && isNameWord(toks[m]) && toks[m].in(lxOrgWords) {
		return m + 1
	}
	return 0
}

// timeAfterDesc are times said right after a described speaker ("said the
// mayor yesterday").
var timeAfterDesc = setOf("today", "yesterday", "tonight", "earlier", "later", "afterwards", "afterward", "recently", "again", "also", "then")

// singularPersonNoun reports whether w names one person, not several
// ("neighbour", not "neighbours" nor "family").
func singularPersonNoun(w string) bool {
	ok, plural := personNoun(w)
	return !plural && (ok || personRoles[w] || occupations[w]) && !groupNouns[w] && w != "family" && w != "children" && w != "parents"
}

// personOfPlace reads a person's name before "of (the)" and the place or
// organisation starting at toks[k] ("Representative Jim Jordan of Ohio",
// "Commander Ian Sutherland of the Metropolitan Police"): the person is who
// the phrase names.
func (a *attributor) personOfPlace(lo, k, hi int) (nounPhrase, bool) {
	of := k - 1
	if of > lo && a.toks[of].low == "the" {
		of--
	}
	if of < lo+1 || a.toks[of].low != "of" || !isNameWord(a.toks[of-1]) || a.toks[of-1].poss {
		return nounPhrase{}, false
	}
	p := of - 1
	s := p
	// "Nick Van den Brul of BNP Paribas": a particle inside the name is
	// part of it.
	for s > lo {
		if isNameWord(a.toks[s-1]) && !a.toks[s-1].poss {
			s--
		} else if s-1 > lo && a.toks[s-1].in(lxNameParticles) && isNameWord(a.toks[s-2]) && !a.toks[s-2].poss {
			s -= 2
		} else {
			break
		}
	}
	// "Claudia Kemfert of the Brookings Institution said": a given name
	// only the longer list knows opens a person's name too.
	if pr := readRun(a.toks[s : p+1]); pr.person && !pr.org || !pr.org && len(pr.name) >= 2 && p > s && givenNameGender(a.toks[s].low) != 0 {
		if np := a.nameNP(a.toks[s:p+1], lo, s, hi); np.kind == npName {
			return np, true
		}
	}
	// "Wray Castell of the University of Otago said": a name of two or
	// three words no list knows, none of them a place or a word of
	// organisations, titles or roles, is the person's, not
	// the workplace's ("Friends of the Earth", "Bank Negara of Malaysia"
	// are not).
	// (A surname may be an English word, "Joost van Hoof"; the given
	// name opening it may not. A particle inside the name is part of it.)
	if p > s && p-s <= 2 {
		unknown := !englishWord(a.toks[s].low)
		for j, t := range a.toks[s : p+1] {
			if j > 0 && s+j < p && t.in(lxNameParticles) {
				continue
			}
			unknown = unknown && t.cap && !t.in(lxOrgWords) && !t.in(lxTitles) && !t.in(lxPersonRoles) && !honorificOf(t) &&
				!demonym(t.low) && !countries[t.low] && !peopleWord(t.low) && len(t.low) >= 2
		}
		if unknown && !readRun(a.toks[s:p+1]).org {
			if np := a.nameNP(a.toks[s:p+1], lo, s, hi); np.kind == npName && !a.reg.ents[np.ent].org {
				return np, true
			}
		}
	}
	// "Greg Williams spoke. "...," Williams of America said": a surname
	// alone that the article gave a person before.
	if s == p {
		if id := a.reg.mentionAt(a.toks[s].s); id >= 0 && a.reg.ents[id].person && !a.reg.ents[id].org {
			if np := a.nameNP(a.toks[s:p+1], lo, s, hi); np.kind == npName && np.ent == id {
				return np, true
			}
		}
		// "...," Williams of America said" with no Williams named before:
		// a lone name word that is no organisation's, title or role is a
		// person the text does not settle, never the place: no one.
		// (Not "the Bank of America", "Duke of Edinburgh", "Friends of
		// the Earth", "Church of England": an organisation word, a title,
		// an English word: only a word that is a name by its spelling.)
		if t, id := a.toks[s], a.reg.mentionAt(a.toks[s].s); (id < 0 || !a.reg.ents[id].org) && t.cap && !t.in(lxOrgWords) && !t.in(lxTitles) && !t.in(lxPersonRoles) &&
			!honorificOf(t) && !demonym(t.low) && (s == lo || a.toks[s-1].low != "the") {
			if ok, _ := personNoun(t.low); !ok && len(t.low) >= 3 && !englishWord(t.low) && !countries[t.low] && !peopleWord(t.low) {
				return nounPhrase{kind: npAnon, lo: s, hi: k}, true
			}
		}
	}
	return nounPhrase{}, false
}

// personBeforeWorkplace reads a subject that is a person's name before
// "of", "from" or "at" and where they work, described by a common noun
// that names no one ("Jan Smith of consultancy Capital Economics said",
// "Jan Smith of the think tank Bruegel said", "Jan Smith of the Kiel
// institute said"): the person, not the organisation (toks[j] ends the
// subject). The name must open the clause (or follow a comma), not be a
// preposition's object ("A friend of Jan Smith at the hospital said").
func (a *attributor) personBeforeWorkplace(lo, j, hi int) (nounPhrase, bool) {
	noun := false
	p := j
	for ; p > lo && j-p < 8; p-- {
		t := a.toks[p]
		if t.kind != tWord || t.para != a.toks[j].para {
			return nounPhrase{}, false
		}
		if t.low == "of" || t.low == "from" || t.low == "at" {
			break
		}
		switch {
		case t.cap && isNameWord(t) || t.low == "the" || t.low == "&":
		case !t.cap && (orgHeads[t.low] || firmHeads[t.low] || workplaceWords[t.low]):
			noun = true
		default:
			return nounPhrase{}, false
		}
	}
	// A common noun for the workplace is what the other readings miss;
	// "Ann Lee of the University of Leeds said" is read already.
	if p <= lo || p == j || !noun || !isNameWord(a.toks[p-1]) || a.toks[p-1].poss {
		return nounPhrase{}, false
	}
	e := p - 1
	s := e
	for s > lo && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && e-s < 4 {
		s--
	}
	if s > lo && a.toks[s-1].low != "," {
		return nounPhrase{}, false
	}
	run := a.toks[s : e+1]
	if pr := readRun(run); pr.org || !(pr.person || len(pr.name) >= 2 && givenNameGender(run[0].low) != 0) {
		return nounPhrase{}, false
	}
	if np := a.nameNP(run, lo, s, hi); np.kind == npName {
		return np, true
	}
	return nounPhrase{}, false
}

// unnamedClause reports whether the relative clause toks[r:j] says its
// subject is not named: "who asked not to be named", "who declined to be
// identified", "who spoke on condition of anonymity".
func unnamedClause(toks []token, r, j int) bool {
	for k := r + 1; k < j; k++ {
		switch toks[k].low {
		case "anonymity":
			return true
		case "to":
			if k+2 < j && k > r+1 && (toks[k-1].low == "not" || toks[k-1].low == "declined" || toks[k-1].low == "refused") && toks[k+1].low == "be" &&
				(toks[k+2].low == "named" || toks[k+2].low == "identified") {
				return true
			}
		}
	}
	return false
}

// workplaceWords describe where someone quoted works, with orgHeads and
// firmHeads: "of the think tank Bruegel", "of consultancy Capital
// Economics", "of the Kiel economic institute".
var workplaceWords = setOf("think", "tank", "consultancy", "research", "economic", "investment", "campaign",
	"lobby", "pressure", "advocacy", "trade", "industry", "body", "watchdog", "broker", "brokerage",
	"insurer", "lender", "institute", "analytics", "data", "asset", "management", "advisory", "ratings", "agency")

// timeAdjectives place a title in time: "the future President", "the
// outgoing Mayor".
var timeAdjectives = setOf("future", "former", "new", "incoming", "outgoing", "current", "then",
	"late", "acting", "interim", "newly-elected", "newly-appointed", "previous")

// roleWordsOnly reports whether toks, lower-case words before a name, are
// roles joined by "and": "founder and managing partner", "prosecutor and
// deputy district attorney" (each "and" and the end after a role noun).
func roleWordsOnly(toks []token) bool {
	// ("longtime friend and colleague": ties to the person count.)
	tie := func(t token) bool {
		return t.in(lxPersonRoles) || t.in(lxRelationNouns) && singularPersonNoun(t.low)
	}
	if len(toks) == 0 || !tie(toks[len(toks)-1]) {
		return false
	}
	and := false
	for k, t := range toks {
		if t.low == "and" {
			if k == 0 || !tie(toks[k-1]) {
				return false
			}
			and = true
		}
	}
	return and
}

// roleAfterName reports whether t is a lower-case role noun, after a name
// that qualifies it ("the Leeds midfielder").
func roleAfterName(t token) bool {
	return t.kind == tWord && !t.cap && t.in(lxPersonRoles)
}

// afterPossessor reports whether the person phrase np, read from the
// name run at toks[i], comes after a possessive name there ("Washington
// Post's Chris Mooney").
func (a *attributor) afterPossessor(i int, np nounPhrase) bool {
	for j := i; j < len(a.toks) && j < i+5 && isNameWord(a.toks[j]); j++ {
		if a.toks[j].poss {
			return j+1 < len(a.toks) && a.reg.mentionAt(a.toks[j+1].s) == np.ent
		}
	}
	return false
}

// roleWordsAt reports whether toks[j:hi] opens with lower-case words
// ending in a role noun ("police commissioner", "midfielder").
func (a *attributor) roleWordsAt(j, hi int) bool {
	k := j
	for k < hi && k < j+3 && a.toks[k].kind == tWord && !a.toks[k].cap && !a.toks[k].in(lxPrepositions) &&
		!a.toks[k].in(lxReportingVerbs) && !determiner(a.toks[k].low) && !a.toks[k].in(lxClauseWords) {
		k++
	}
	return k > j && roleEndsAt(a.toks, j, k)
}

// roleBeforeName reports whether toks[i:hi] opens with a capitalised run
// qualifying lower-case role words, then a name: "Wales coach Warren
// Gatland".
func (a *attributor) roleBeforeName(i, hi int) bool {
	j := i
	for j < hi && j < i+5 && isNameWord(a.toks[j]) && !a.toks[j].poss {
		j++
	}
	return j > i && qualifiesRole(a.toks[:hi], j)
}

// workTies are ties to a person that an organisation's name may qualify
// ("NASA colleague", "Oxford friend", "business partner").
var workTies = setOf("colleague", "partner", "friend", "associate", "teammate", "classmate", "ally", "confidant", "confidante")

// tieBeforeName returns the index of the name after a capitalised run
// (an organisation's name, no possessive) opening toks[i:hi] and one of
// workTies in the singular: "NASA colleague Tom Reed" in "said her
// co-author and NASA colleague Tom Reed". -1 when there is none.
func (a *attributor) tieBeforeName(i, hi int) int {
	j := i
	for j < hi && j < i+4 && isNameWord(a.toks[j]) && !a.toks[j].poss {
		j++
	}
	if j == i || j+1 >= hi || a.toks[j].poss {
		return -1
	}
	t := a.toks[j]
	if t.kind == tWord && !t.cap && workTies[t.low] && t.para == a.toks[i].para && isNameWord(a.toks[j+1]) && !a.toks[j+1].in(lxTitles) {
		return j + 1
	}
	return -1
}

// roleNameAfter reads, from toks[j] after a capitalised run starting at
// toks[i] that only qualifies a role, the role words and the person named
// after them ("said London race director David Bedford").
func (a *attributor) roleNameAfter(i, j, hi int) (nounPhrase, bool) {
	k := j
	for k < hi && k < j+4 && a.toks[k].kind == tWord && !a.toks[k].cap && !a.toks[k].in(lxPrepositions) &&
		!a.toks[k].in(lxReportingVerbs) && !determiner(a.toks[k].low) && !a.toks[k].in(lxClauseWords) {
		k++
	}
	if k > j && k < hi && roleEndsAt(a.toks, j, k) && isNameWord(a.toks[k]) {
		if np := a.parseFwd(k, hi); np.kind == npName {
			a.reg.ents[np.ent].addRole(a.toks[k-1].low)
			np.lo = i
			return np, true
		}
	}
	// ("said JPL scientist and study co-author Michael Malaska")
	if k := coordinatedRoles(a.toks[:hi], j); k >= 0 {
		if np := a.parseFwd(k, hi); np.kind == npName {
			a.reg.ents[np.ent].addRole(a.toks[k-1].low)
			np.lo = i
			return np, true
		}
	}
	return nounPhrase{}, false
}

// personRunAt reports whether the run of name words at toks[k] reads as
// a person's name of two words or more (a title, honorific or given name
// says so).
func (a *attributor) personRunAt(k, hi int) bool {
	e := a.nameRunEnd(k, hi)
	if e-k < 2 {
		return false
	}
	ni := readRun(a.toks[k:e])
	return !ni.org && (ni.person || ni.gender != 0)
}

// allTitles reports whether every word of toks is a title ("Secretary",
// "Deputy Prime Minister").
func allTitles(toks []token) bool {
	for _, t := range toks {
		if !t.in(lxTitles) {
			return false
		}
	}
	return len(toks) > 0
}

// nameRunEnd returns the end of the run of name words starting at toks[j]
// (before hi, and before a possessive ends it), or j.
func (a *attributor) nameRunEnd(j, hi int) int {
	e := j
	for e < hi && e < j+5 && isNameWord(a.toks[e]) {
		e++
		if a.toks[e-1].poss {
			return j
		}
	}
	return e
}

// roleThenName reads lower-case role words starting at toks[j] and the
// person named after them, directly ("chief executive Tim Cook") or after
// the role's object ("ambassador to Britain Liu Xiaoming"), or nothing.
func (a *attributor) roleThenName(j, hi int) nounPhrase {
	k := j
	for k < hi && k < j+4 && a.toks[k].kind == tWord && !a.toks[k].cap && !a.toks[k].in(lxPrepositions) &&
		!a.toks[k].in(lxReportingVerbs) && !determiner(a.toks[k].low) && !a.toks[k].in(lxClauseWords) {
		k++
	}
	if k == j || k >= hi || !a.toks[k-1].in(lxPersonRoles) {
		return nounPhrase{}
	}
	role := a.toks[k-1].low
	n := k
	switch a.toks[k].low {
	case "to", "for", "at", "of":
		n = k + 1
		if n < hi && a.toks[n].low == "the" {
			n++
		}
		e := n
		for e < hi && isNameWord(a.toks[e]) && !a.toks[e].poss {
			e++
		}
		// "former chief of staff, Ann Jones": a lower-case object.
		if e == n {
			for e < hi && e < n+3 && a.toks[e].kind == tWord && !a.toks[e].cap && !determiner(a.toks[e].low) && !a.toks[e].in(lxPrepositions) {
				e++
			}
			if e == n || e >= hi || a.toks[e].low != "," {
				return nounPhrase{}
			}
		}
		switch {
		case e > n && e+1 < hi && a.toks[e].low == ",":
			n = e + 1 // "ambassador to the UN, Barbara Woodward"
		case e-n >= 3 && !a.toks[e-1].in(lxOrgWords):
			n = titleObjectEnd(a.toks, n, e)
		default:
			return nounPhrase{}
		}
	}
	if n >= hi || !isNameWord(a.toks[n]) {
		return nounPhrase{}
	}
	np := a.parseFwd(n, hi)
	if np.kind != npName || a.reg.ents[np.ent].org {
		return nounPhrase{}
	}
	a.reg.ents[np.ent].addRole(role)
	return np
}

// resolve returns the entity a speaker phrase refers to at byte offset pos,
// or -1 when the text does not say.
func (a *attributor) resolve(np nounPhrase, pos int) int {
	if !np.refers || np.lo < 0 || np.lo >= len(a.toks) {
		id := a.resolvePhrase(np, pos)
		// "Tomas Vidal scored twice. "Tomas was brilliant," the veteran
		// said.": a description of a person does not mean the person the
		// words name in the third person; the person named before, given
		// but not shown. (A campaign speaks of its candidate so: "the
		// Stein campaign said".)
		if id >= 0 && np.kind == npDesc && (roleNoun(np.word) || ageOf(np.word) != "") && a.namesPerson(a.words, id) {
			alt := a.reg.personBefore(pos, a.sentAt(pos), 0, id, false)
			if alt >= 0 && (a.namesPerson(a.words, alt) || !a.reg.ents[alt].person || otherPost(a.reg.ents[alt].roles, np.word)) {
				alt = -1
			}
			id = alt
			a.conf = min(a.conf, 0.6)
		}
		// "The Cupertino-based firm said ... the iPhone maker said": a
		// firm a description refers back to is mentioned there, for the
		// next description to find (not one it only guesses).
		if id >= 0 && np.kind == npDesc && businessHeads[np.word] && a.conf >= ConfidentAt && np.lo >= 0 && np.lo < len(a.toks) &&
			!a.reg.hasMentionAt(a.toks[np.lo].s) {
			a.reg.mention(id, a.toks[np.lo].s, a.toks[np.lo].sent)
		}
		return id
	}
	// "Its statement": the latest name that is not a person's.
	var id int
	if np.kind == npPron {
		a.conf = 0.75
		id = a.reg.latestNamed(pos, a.sentAt(pos), func(m mention, _ *entity) bool { return !m.weak })
	} else {
		id = a.resolvePhrase(np, pos)
	}
	// "Vela Labs sued Orbel Foods. Its statement said": the organisation
	// must be what its sentence was about, its subject.
	if id < 0 || a.reg.ents[id].person || !a.subjectBefore(id, a.toks[np.lo].s) {
		return -1
	}
	a.reg.ents[id].org = true
	a.reg.mention(id, a.toks[np.lo].s, a.toks[np.lo].sent)
	return id
}

// latestMention returns the index of the token where the latest mention
// of entity id before pos starts (looking back 40 mentions), or -1, and
// whether that mention is weak (in passing: a possessive, an object).
func (a *attributor) latestMention(id, pos int) (int, bool) {
	at, weak := -1, false
	a.reg.walkBack(pos, 40, func(m mention) bool {
		if m.ent == id {
			at, weak = m.pos, m.weak
			return true
		}
		return false
	})
	if at < 0 {
		return -1, false
	}
	k := a.tokAt(at)
	if k >= len(a.toks) {
		return -1, false
	}
	return k, weak
}

// otherNationality reports whether the latest mention of id before pos
// has a people's word right before it ("Spaniard Lucia Ortega", "Spanish
// qualifier Lucia Ortega") that is not the one the demonym description
// np names ("the Belarusian").
func (a *attributor) otherNationality(np nounPhrase, id, pos int) bool {
	d := ""
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		if t := a.toks[k]; t.kind == tWord && t.cap && (demonym(t.low) || demonymSeconds[t.low]) {
			d = t.low
		}
	}
	k, _ := a.latestMention(id, pos)
	if d == "" || k < 0 {
		return false
	}
	// "Austria's Tom Berger", "Tom Berger of Austria" for "the
	// Australian".
	if nat, country := a.nationAt(k); nat != "" && country {
		return !nationMatches(nat, country, d)
	}
	// (The mention may start at "Spaniard", read as a title.)
	for j := k; j >= 0 && j >= k-2 && a.toks[j].sent == a.toks[k].sent && a.toks[j].kind == tWord; j-- {
		if t := a.toks[j]; t.cap && !t.poss && !slices.Contains(a.reg.ents[id].name, t.text) && (demonyms[t.low] || demonymNoun(t.low) || nationality(t.low) || demonymSeconds[t.low]) {
			return !sameNation(t.low, d)
		}
	}
	return false
}

// demonymCountries are the countries of nouns for their people whose
// names share fewer than four letters with them.
var demonymCountries = map[string]string{"spaniard": "spain", "frenchman": "france", "frenchwoman": "france",
	"dutchman": "netherlands", "dutchwoman": "netherlands", "irishman": "ireland", "irishwoman": "ireland",
	"welshman": "wales", "welshwoman": "wales", "dane": "denmark", "finn": "finland", "pole": "poland",
	"aussie": "australia", "kiwi": "new zealand", "austrian": "austria", "australian": "australia"}

// sameNation reports whether two words for peoples may name one person's
// nationality: the same stem ("spanish", "spaniard"), or two of the
// United Kingdom's ("briton", "scottish").
func sameNation(x, y string) bool {
	uk := func(w string) bool {
		for _, p := range []string{"brit", "eng", "scot", "wel", "iris", "nort", "uls"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		return false
	}
	return len(x) >= 3 && len(y) >= 3 && x[:3] == y[:3] || uk(x) && uk(y)
}

// bareSurnameRival reports whether the latest mention of id before pos is
// a surname alone, after an honorific or not ("Mr Foley", "Foley"), that
// fits another person of gender g named in full before it (surnameRival),
// and the first such mention of id: a short form the article settled on
// before ("Margaret Pemberton ... Mrs Pemberton studied ... Mrs Pemberton
// did not hesitate") says whom it means.
func (a *attributor) bareSurnameRival(id, pos int, g byte) bool {
	k, _ := a.latestMention(id, pos)
	if k < 0 || !a.bareSurnameAt(id, k) {
		return false
	}
	for _, m := range a.reg.mentions {
		if m.pos >= a.toks[k].s {
			break
		}
		if m.ent == id {
			if j := a.tokAt(m.pos); j < len(a.toks) && a.bareSurnameAt(id, j) {
				return false
			}
		}
	}
	e := &a.reg.ents[id]
	return a.reg.surnameRival(id, e.name[len(e.name)-1], g, a.toks[k].s)
}

// bareSurnameAt reports whether the mention of id at toks[k] is its
// surname alone, after an honorific or not.
func (a *attributor) bareSurnameAt(id, k int) bool {
	for k < len(a.toks) && honorificOf(a.toks[k]) {
		k++
	}
	if k+1 >= len(a.toks) || !isNameWord(a.toks[k]) || isNameWord(a.toks[k+1]) && a.toks[k+1].para == a.toks[k].para || k > 0 && isNameWord(a.toks[k-1]) && !honorificOf(a.toks[k-1]) && a.toks[k-1].para == a.toks[k].para {
		return false
	}
	e := &a.reg.ents[id]
	return len(e.name) >= 2 && strings.EqualFold(strings.TrimRight(a.toks[k].text, "'’s"), e.name[len(e.name)-1])
}

// describedBetween reports whether a sentence after the latest mention of
// id and before the pronoun at toks[p] (of gender g) opens with a definite
// description of a person as the subject of a verb other than one of
// speech ("The Serb will now face", "The 37-year-old has", "The champion
// plays"), while someone else of that gender, or of none known, was named
// in the three sentences before id's mention or since.
func (a *attributor) describedBetween(id, p int, g byte) bool {
	k, _ := a.latestMention(id, a.toks[p].s)
	if k < 0 {
		return false
	}
	described := false
	for j := k + 1; j+2 < p && !described; j++ {
		if a.toks[j].sent == a.toks[j-1].sent || a.toks[j].low != "the" {
			continue
		}
		w, n := a.toks[j+1], a.toks[j+2]
		desc := w.cap && demonym(w.low) || ageOf(w.low) != "" || !w.cap && w.in(lxPersonRoles)
		described = desc && n.kind == tWord && !n.cap && !n.in(lxReportingVerbs) && n.sent == w.sent
	}
	if !described {
		return false
	}
	from := a.toks[k].sent - 3
	other := false
	a.reg.walkBack(a.toks[p].s, 60, func(m mention) bool {
		if m.sent < from {
			return true
		}
		e := &a.reg.ents[m.ent]
		if m.ent != id && (e.person || e.maybe) && !e.org && !e.anon && !e.plural && (e.gender == 0 || e.gender == g) {
			other = true
			return true
		}
		return false
	})
	return other
}

// subjectBefore reports whether the latest mention of entity id before pos
// is the subject of its sentence: the name opening it (after an
// introductory phrase), or an organisation's statement that referred back
// to it there ("Its statement claimed").
func (a *attributor) subjectBefore(id, pos int) bool {
	k, _ := a.latestMention(id, pos)
	if k < 0 {
		return false
	}
	if !isNameWord(a.toks[k]) {
		return true // a mention this chain recorded at "Its"/"The firm's"
	}
	lo := k
	for lo > 0 && a.toks[lo-1].sent == a.toks[k].sent && a.toks[lo-1].para == a.toks[k].para {
		lo--
	}
	// Past an introductory phrase closed by a comma ("However,", "On
	// Monday,"), and "the".
	if t := a.toks[lo]; lo < k && (introWords[t.low] || t.low == "however" || t.low == "meanwhile" || strings.HasSuffix(t.low, "ly")) {
		for c := lo + 1; c < k; c++ {
			if a.toks[c].low == "," {
				lo = c + 1
				break
			}
		}
	}
	if lo < k && a.toks[lo].low == "the" {
		lo++
	}
	return lo == k
}

// embedded reports whether the latest mention of entity id before pos is
// embedded in its sentence: a possessive, the object of a preposition, or
// inside a relative clause ("products that contained DNP").
func (a *attributor) embedded(id, pos int) bool {
	k, weak := a.latestMention(id, pos)
	if k < 0 {
		return false
	}
	if weak {
		return true
	}
	for j := k - 1; j >= 0 && a.toks[j].sent == a.toks[k].sent && a.toks[j].kind != tQuote; j-- {
		switch a.toks[j].low {
		case "that", "which", "who", "whose", "where":
			return true
		}
	}
	return false
}

// namedBefore reports whether the latest mention of id before pos is
// before at (or there is none).
func (a *attributor) namedBefore(id, at, pos int) bool {
	k, _ := a.latestMention(id, pos)
	return k < 0 || a.toks[k].s < at
}

// resolvePhrase is resolve without recording the mention.
func (a *attributor) resolvePhrase(np nounPhrase, pos int) int {
	a.conf = 1
	switch np.kind {
	case npName:
		// "John Smith and his wife Mary Smith ... Smith said": the text
		// does not say which.
		if np.shared {
			a.conf = 0.25
		} else if np.rival {
			// "Mayor John Lee ... his daughter Sarah Lee ... Lee said":
			// the one named last, but not sure enough to show.
			a.conf = 0.6
		}
		return np.ent
	case npPron:
		switch np.word {
		case "he", "she":
			g := byte('m')
			if np.word == "she" {
				g = 'f'
			}
			a.conf = 0.85
			own := np.lo > 0 && np.lo < len(a.toks) && (afterParaphrase(a.toks, np.lo) || afterPartialClause(a.toks, np.lo))
			id := a.reg.personBefore(pos, a.sentAt(pos), g, -1, own)
			// "Sophie Adams, 34, ... [ten sentences about the hospital]
			// "...," she said.": the one person of that gender further back.
			if id < 0 && np.lo > 0 && np.lo < len(a.toks) {
				if id = a.distantPerson(np.lo, g); id >= 0 {
					a.conf = 0.7
					return id
				}
			}
			// "It was, she says, "the best decision I ever made". / Three
			// years ago, Aoife Brennan quit her job ...": a feature's
			// opening pronoun means the person named first after it.
			if id < 0 && np.lo >= 0 && np.lo < len(a.toks) {
				if id = a.ledePronoun(np.lo, g); id >= 0 {
					a.conf = 0.6
					return id
				}
			}
			// "Asked about the leak, the commissioner told reporters:
			// "...". Pressed again, she added: "..." / Commissioner Anne
			// Lowry ...": no one named before; the one the quotation just
			// before was given to by its description.
			if id < 0 && a.lastDesc >= 0 && a.lastDescPos < pos && a.sentAt(pos)-a.sentAt(a.lastDescPos) <= 2 {
				if e := &a.reg.ents[a.lastDesc]; e.gender == 0 || e.gender == g {
					a.conf = 0.7
					return a.lastDesc
				}
			}
			// "Raskin asked whether anyone had responded. "Nobody," she
			// said.": who asks is not who answers.
			asker := -1
			if id >= 0 && a.askedBy(id, pos) {
				if alt := a.reg.personBefore(pos, a.sentAt(pos), g, id, own); alt >= 0 && a.reg.ents[alt].gender == g {
					// (An unnamed asker, "A reporter asked whether ...", is
					// not quoted answering: the one answering is shown.)
					a.conf = 0.6
					if a.reg.ents[id].anon {
						a.conf = 0.8
					}
					asker, id = id, alt
				}
			}
			// A person named in the words the pronoun reports is no rival
			// (see afterPartialClause).
			rpos := pos
			if own {
				for j := np.lo - 1; j >= 0 && a.toks[j].sent == a.toks[np.lo].sent && a.toks[j].para == a.toks[np.lo].para; j-- {
					rpos = a.toks[j].s
				}
			}
			// ("Judge Jim Tindal said Dunn had "groomed" the boys.
			// "...," he told Dunn.": the one told is no rival.)
			told := -1
			if h := np.hi; np.lo >= 0 && h+1 < len(a.toks) && h > np.lo && a.toks[h].in(lxTellVerbs) && isNameWord(a.toks[h+1]) && a.toks[h+1].sent == a.toks[np.lo].sent {
				told = a.reg.mentionAt(a.toks[h+1].s)
			}
			// (""...," he told Tindal.": not Tindal.)
			if id >= 0 && told == id {
				if id = a.reg.personBefore(pos, a.sentAt(pos), g, told, own); id >= 0 && a.reg.ents[id].gender != g {
					id = -1
				}
			}
			if id >= 0 && a.reg.rivalExcept(rpos, a.sentAt(pos), g, id, told) {
				a.conf = 0.45
				if asker < 0 && a.wordsNameRival(id, np.lo, g) {
					a.conf = 0.7
				}
			}
			// "Baier pressed him on his age. "Watch me," he said.": the
			// asker put the question to "him", the other one; the asker is
			// the rival the check above found. Shown.
			if asker >= 0 && np.lo > 0 && np.lo < len(a.toks) && (a.askedPronounObject(asker, np.lo, g) || a.askedNamedObject(asker, id, np.lo, g)) {
				a.conf = max(a.conf, 0.75)
			}
			// ""But you're behind," O'Donnell said. / "Not where it
			// counts," she replied.": who replies is not who spoke just
			// before; the other person of that gender, when named (the
			// two are each other's rivals: the reply decides).
			if id >= 0 && np.hi < len(a.toks) && replyVerbs[a.toks[np.hi].low] && a.spokeLastBefore(id, np.lo) {
				if alt := a.reg.personBefore(pos, a.sentAt(pos), g, id, own); alt >= 0 && a.reg.ents[alt].gender == g {
					id = alt
					a.conf = 0.7
				}
			}

			// "Brothers Liam and Declan Foley ... Mr Foley said the
			// brothers would ... "...," he said": the pronoun goes back to
			// a bare surname that fits two people; which, the text does
			// not say. Given, not shown.
			if id >= 0 && a.bareSurnameRival(id, pos, g) {
				a.conf = min(a.conf, 0.6)
			}
			// "Djokovic beat Alcaraz. Alcaraz said ... The Serb will now
			// face Sinner. "...," he said.": a sentence about someone
			// described, not named, stands between the pronoun and the
			// person named last; which of the two it is, the text does not
			// say. Given, not shown.
			if id >= 0 && np.lo > 0 && np.lo < len(a.toks) && a.describedBetween(id, np.lo, g) {
				a.conf = min(a.conf, 0.6)
			}
			// ""Hall has misled the council," he said.": whoever speaks,
			// it is not Hall, whom the words name in the third person;
			// the next candidate, given but not shown.
			if id >= 0 && a.namesSpeaker(a.words, id) {
				if alt := a.reg.personBefore(pos, a.sentAt(pos), g, id, own); alt >= 0 && a.reg.ents[alt].gender == g {
					id = alt
				}
				a.conf = min(a.conf, 0.6)
			}
			if id >= 0 && !a.reg.ents[id].person {
				a.conf *= 0.8
			}
			// "The United manager was also asked about Marcus Rashford.
			// "...," he said.": the person described, not the one asked
			// about.
			if id >= 0 {
				if d, ok := a.subjectDescribed(id, pos); ok && d != id {
					if d >= 0 && a.reg.ents[d].person && !a.reg.ents[d].anon && (a.reg.ents[d].gender == 0 || a.reg.ents[d].gender == g) {
						id = d
						a.conf = min(a.conf, 0.7)
					} else {
						a.conf = min(a.conf, 0.45)
					}
				}
			}
			// "Mayes announced the charges. ... The party's chairwoman
			// called them a stunt. "...," she said.": the person the
			// sentence before describes as its subject, not one named
			// further back.
			if id >= 0 && a.conf >= ConfidentAt && np.lo > 0 && np.lo < len(a.toks) {
				if d, ok := a.describedBefore(id, np.lo, g); ok {
					id = d
					a.conf = min(a.conf, 0.7)
				}
			}
			// "Bogdanov won the event last year and then claimed the
			// Dubai title, but McIlroy is unfazed. He admitted:": the
			// subject of the clause after ", but" that ends the sentence
			// before, not the main clause's.
			if id >= 0 && np.lo > 0 && np.lo < len(a.toks) {
				if b := a.butSubjectBefore(np.lo, g); b >= 0 && b != id {
					id = b
					a.conf = min(a.conf, 0.7)
				}
			}
			if id >= 0 && a.conf > 0.6 && a.passedOverSubject(id, np.lo, g, told) {
				a.conf = 0.6
			}
			if id >= 0 && a.reg.ents[id].gender == 0 {
				a.reg.ents[id].gender = g
			}
			return id
		case "it":
			a.conf = 0.75
			// "The airline said it would move 12 aircraft. "...," it
			// said.": the organisation the sentence before opens with,
			// described, is what "it" takes up.
			// "Consumer group Foodwatch was less positive. "...," it
			// said.": the organisation the sentence before opens with,
			// named after the noun that says what it is.
			// "Three patients sued the FDA. The complaint, filed in
			// Maryland, asks a judge to act. "...," it said.": the
			// document the sentence before opens with is what "it" takes
			// up: its filer or writer, "" when the text says it is no
			// one named, and when the text does not say, the
			// organisation named last is given but not shown (it may be
			// the one sued or written to).
			// "Chief executive Mark Dunning sent a memo to staff on
			// Friday. It read:": a document the sentence before brings
			// in ("a memo", "a letter") is what "it" reads or says:
			// whoever issued it, when issuer finds who.
			if np.lo >= 0 && np.hi < len(a.toks) && docReadVerbs[a.toks[np.hi].low] {
				if k := a.docObjectBefore(np.lo); k >= 0 {
					if id, _ := a.issuerAt(a.toks[np.lo].s, a.toks[k].low); id >= 0 {
						return id
					}
				}
			}
			capIt := false
			if k := a.docSubjectBefore(pos); k >= 0 {
				id, hit := a.issuerAt(a.toks[k].s, a.toks[k].low)
				if id < 0 && (a.toks[k].low == "report" || a.toks[k].low == "filing") {
					id = a.reportOwner(a.descStart(k), a.toks[k].low)
				}
				if id >= 0 {
					return id
				}
				if hit {
					a.conf = 0
					return -1
				}
				// (one organisation in the article: the one meant,
				// "The Centre for Clean Air said ... The report blamed
				// ... "...," it said.")
				capIt = a.reg.onlyOne(pos, 400, 0, func(_ mention, e *entity) bool { return e.org && !e.person && !e.anon }) < 0
			}
			if capIt {
				defer func() { a.conf = min(a.conf, 0.6) }()
			}
			if n := a.orgNamedSubjectBefore(pos); n >= 0 {
				a.reg.ents[n].org, a.reg.ents[n].person = true, false
				return n
			}
			if k := a.orgDescSubjectBefore(pos); k >= 0 {
				if d := a.resolvePhrase(nounPhrase{kind: npDesc, word: a.toks[k].low, lo: a.descStart(k), hi: k + 1}, a.toks[k].s); d >= 0 && !a.reg.ents[d].person {
					a.conf = min(a.conf, 0.75)
					return d
				}
				// ("The ministry said the taxes were needed. "...," it
				// said.": a ministry never named, not a firm before; a
				// firm's noun, "The lender, which ..., said", leaves "it"
				// to the firm named last.)
				if !businessHeads[a.toks[k].low] {
					a.conf = 0
					return -1
				}
				a.conf = 0.75
			}
			id, rival := a.reg.orgBefore(pos)
			if s := a.itSpeaker(id, pos); s >= 0 {
				a.conf = 0.7
				return s
			}
			if rival >= 0 {
				// "The agency warned buyers of pills that contain DNP. "...,"
				// it said.": the subject, not a name deep in its object (after
				// a preposition or in a relative clause). A direct object
				// ("Vela Labs sued Orbel") may be the one answering.
				if a.subjectBefore(rival, pos) && !a.subjectBefore(id, pos) && a.embedded(id, pos) {
					return rival
				}
				a.conf = 0.6 // two organisations in that sentence: given, not shown
			}
			// "Hezbollah said it fired rockets. "...," it said.": a name
			// that only does things, named since any organisation.
			if b, at := a.bareOrgNear(pos, a.sentAt(pos)); b >= 0 && (id < 0 || a.namedBefore(id, at, pos)) {
				a.takeBareOrg(b)
				return b
			}
			// "Rep. Tim Ryan put out a statement. "...," it read.": no
			// organisation; the statement a person issued.
			if id < 0 {
				if s := a.issuer(pos, "statement"); s >= 0 && a.reg.isPerson(s) && !a.reg.ents[s].org {
					return s
				}
			}
			return id
		case "they":
			a.conf = 0.75
			if id := a.theyOrg(np.lo); id >= 0 {
				return id
			}
			if id := a.theyOrgVoices(np.lo); id >= 0 {
				return id
			}
			if id := a.theyLedGroup(np.lo); id >= 0 {
				return id
			}
			if id := a.theyPerson(np.lo); id >= 0 {
				a.conf = 0.7
				return id
			}
			return -1
		case "demonym", "party":
			a.conf = 0.7
			// "Spain's Alejandro Ruiz won ahead of Belgium's Wout
			// Peeters. "...," the Belgian said": the one person the
			// article gave that nationality; given to two ("Kenyan Faith
			// Chebet beat Kenyan Mary Wanjiru"), no one.
			noHolder := false
			if np.word == "demonym" {
				if id, n := a.nationHolder(np, pos); n == 1 {
					return id
				} else if n > 1 {
					return -1
				}
				noHolder = true
			}
			id := a.reg.personBefore(pos, a.sentAt(pos), 0, -1, false)
			// "Senator Chris Murphy and Senator Ted Cruz spoke ... the
			// Republican said": the text does not say which.
			if id >= 0 && np.word == "party" && a.reg.personRival(pos, id) {
				a.conf = 0.25
			}
			// "Sen. Jane Roe, R-Texas, spoke ... the Illinois Democrat
			// said": not someone the article labelled with the other
			// party; the person before, or no one.
			if id >= 0 && np.word == "party" && a.otherParty(np, id, pos) {
				if alt := a.reg.personBefore(pos, a.sentAt(pos), 0, id, false); alt >= 0 && !a.otherParty(np, alt, pos) {
					id = alt
					a.conf = min(a.conf, 0.6)
				} else {
					id = -1
				}
			}
			// "Rep. Nancy Mace, R-S.C., ... Ainsley Earhardt noted that
			// Mace had backed Dawson. "...," the South Carolina Republican
			// said": the one person lately named whose label gives that
			// state and party.
			if np.word == "party" {
				if m := a.labelledMember(np, pos); m >= 0 {
					a.conf = 0.8
					return m
				}
			}
			// "Novak Djokovic beat Carlos Alcaraz. "...," the Serb said.":
			// a name of no known gender first may be the one meant.
			if _, unsure := a.reg.recentPerson(pos, a.sentAt(pos), 0); id >= 0 && unsure {
				a.conf = min(a.conf, 0.6)
			}
			// "Aryna Sokolova was knocked out by Spaniard Lucia Ortega.
			// "...," the Belarusian said.": not someone the article gave
			// another nationality; the person before, given but not
			// shown.
			if id >= 0 && np.word == "demonym" && a.otherNationality(np, id, pos) {
				if alt := a.reg.personBefore(pos, a.sentAt(pos), 0, id, false); alt >= 0 && !a.otherNationality(np, alt, pos) {
					id = alt
				} else {
					id = -1
				}
				a.conf = min(a.conf, 0.6)
			}
			// "The Rovers boss singled out striker Tomas Vidal. "Tomas
			// has been brilliant," the Scot added.": not Vidal, whom the
			// words name in the third person; the one before, given but
			// not shown.
			if id >= 0 && a.namesPerson(a.words, id) {
				if alt := a.reg.personBefore(pos, a.sentAt(pos), 0, id, false); alt >= 0 && !a.namesPerson(a.words, alt) {
					id = alt
				} else {
					id = -1
				}
				a.conf = min(a.conf, 0.6)
			}
			// "Novak Petrovic beat Casper Lund. "...," the Norwegian
			// said": the article gave no one that nationality, and
			// another person named just before may be the one meant; the
			// text does not say whom, so no one.
			if id >= 0 && noHolder && a.demonymRival(np, id, pos) {
				return -1
			}
			return id
		}
		return -1
	case npDesc:
		a.conf = 0.85
		// "said the woman, who gave her name only as Maria": the name
		// the relative clause gives, as after "one woman".
		if np.lo >= 0 && np.lo < len(a.toks) && a.toks[np.lo].low == "the" {
			for k := np.lo + 1; k < np.hi && k < len(a.toks) && k < np.lo+4; k++ {
				if ok, pl := personNoun(a.toks[k].low); ok && !pl && a.toks[k].kind == tWord && !a.toks[k].cap {
					if id := a.reg.clauseGivenName(a.toks, k); id >= 0 {
						return id
					}
					break
				}
			}
		}
		// "Top seed Lena Okafor ... "...," the top seed said": the one
		// person the article gave the description's very words before
		// the name; given to two, no one.
		if id, n := a.titledAlike(np, pos); n == 1 {
			return id
		} else if n > 1 || np.word == "ranked" {
			return -1
		}
		// "Jannik Berger won the final. "...," the second seed said": a
		// seeding no one was given is the subject of the sentence
		// before, no one else named since (not "Berger beat Hale").
		if np.word == "seed" {
			id := a.reg.personBefore(pos, a.sentAt(pos), 0, -1, false)
			if id >= 0 && a.lastSubjectIs(id, pos) && !a.reg.ents[id].org && !a.reg.ents[id].anon {
				a.conf = 0.75
				return id
			}
			return -1
		}
		// "Amelia Hart, 13, ... the teenager said": the one the article
		// gave an age from 13 to 19.
		if np.word == "teenager" || np.word == "teen" {
			if id := a.teenBefore(np.lo); id >= 0 {
				return id
			}
		}
		if n := ageOf(np.word); n != "" {
			if id := a.ageBefore(np.lo, n); id >= 0 {
				return id
			}
			a.conf = 0.6
			id := a.reg.personBefore(pos, a.sentAt(pos), 0, -1, false)
			// "Agnes McLaren, 72, ... Her neighbour said he had lost
			// everything. "...," the 26-year-old said.": someone the
			// article gave another age is not meant.
			if id >= 0 && !a.reg.ents[id].anon && !a.reg.ents[id].org && a.agedBefore(np.lo, id) {
				return -1
			}
			if id < 0 {
				var c float64
				if id, c = a.ledeDescribed(np); id >= 0 {
					a.conf = c
				}
			}
			// "Zuma told supporters in Durban that ... / "...," the
			// 82-year-old said.": the subject of the sentence just before,
			// no one else named since, is the one meant.
			if id >= 0 && a.lastSubjectIs(id, pos) {
				a.conf = 0.75
			}
			return id
		}
		// "The World Food Programme said it would cut rations. The UN
		// agency said ... "...," it said": "the UN agency", "the EU
		// agency" refers back to the agency of that union named last,
		// one the article calls so ("the WFP, the UN's food agency") or
		// one that is ("World Food Programme", "Frontex"); two named
		// together ("The WFP and UNICEF said"), or none, no one.
		if np.word == "agency" {
			if u := a.umbrellaQualified(np); u != 0 {
				a.conf = 0.8
				id := a.unionAgencyBefore(pos, u)
				if id < 0 {
					a.conf = 0
				}
				return id
			}
		}
		// "The European Commission opened an investigation. "...," the EU
		// executive said": the Commission, as Brussels reporting calls
		// it, never a person whose role is an executive's (nor the
		// Commission's president).
		if np.word == "executive" && a.euQualified(np) {
			a.conf = 0.85
			return a.reg.latestNamed(pos, a.sentAt(pos), func(m mention, e *entity) bool { return e.org && byHeadWord(e, "commission") })
		}
		// "The Health and Safety Executive fined Carwell Foods. "...," the
		// executive said": a body named "... Executive" before, no person
		// named since (not "chief executive Ann Lee ... the executive
		// said", which other rules read).
		// "Harlow Motors' annual report warned of job cuts. "...," the
		// report said": a report or filing the article tied to one named
		// firm speaks for it (not "the government's report", a body the
		// text does not name).
		if (np.word == "report" || np.word == "filing") && np.lo >= 0 && np.hi-np.lo == 2 && a.toks[np.lo].low == "the" {
			if id := a.reportOwner(np.lo, np.word); id >= 0 {
				a.conf = 0.8
				return id
			}
		}
		if np.word == "executive" && np.lo >= 0 && np.hi-np.lo == 2 && a.toks[np.lo].low == "the" {
			if id := a.reg.executiveBodyBefore(pos, a.sentAt(pos)); id >= 0 {
				a.conf = 0.8
				return id
			}
		}
		// "The Trump campaign dismissed the report. "...," the campaign
		// said.": the candidate whose campaign was named last.
		if np.word == "campaign" && np.lo >= 0 && np.hi-np.lo == 2 && a.toks[np.lo].low == "the" {
			if id := a.campaignOwnerBefore(np.lo); id >= 0 {
				a.conf = 0.8
				return id
			}
		}
		// "Northway said it would defend itself. "...," the grocer said":
		// a trade that is a firm's as well as a person's refers back to
		// a one-word name that only does things (bareOrg), never to a
		// person.
		if tradeFirmHeads[np.word] && np.lo >= 0 && np.hi-np.lo == 2 && a.toks[np.lo].low == "the" {
			if id := a.bareOrg(pos, a.sentAt(pos)); id >= 0 {
				return id
			}
			// ("Northway Foods ... Northway said it would defend itself.
			// "...," the grocer said": a firm named in that sentence or
			// the one before, as "the company" takes it, when no person
			// is.)
			if !a.personNear(pos) {
				if id := a.orgByHead(pos, a.sentAt(pos), "company"); id >= 0 {
					return id
				}
			}
		}
		// "The RBI fined Sahyadri Co-operative Bank. "...," the central
		// bank said": a central bank only, never a lender named with
		// "Bank"; none named, no one.
		if np.word == "bank" && a.centralQualified(np) {
			a.conf = 0.85
			return a.reg.latestNamed(pos, a.sentAt(pos), func(m mention, e *entity) bool { return e.org && !e.person && centralBankName(e) })
		}
		if orgHeads[np.word] {
			id := a.orgByHead(pos, a.sentAt(pos), np.word)
			if id < 0 && firmHeads[np.word] {
				id = a.articleFirm(pos)
			}
			if id < 0 && businessHeads[np.word] {
				id = a.onlyOrgNear(pos, np.word)
			}
			// "Yorkshire Ambulance Service said ... "...," a
			// spokesperson for the trust said": British papers call any
			// NHS body "the trust" (see healthTrustBefore).
			if id < 0 && np.word == "trust" {
				id = a.reg.healthTrustBefore(pos, a.sentAt(pos))
			}
			// "Qantas cancelled dozens of flights. "...," the airline
			// said.": a name that only does things.
			if id < 0 && (businessHeads[np.word] || bareOrgHeads[np.word]) {
				id = a.bareOrg(pos, a.sentAt(pos))
			}
			// "Ofgem announced a new price cap. "...," the regulator
			// said": a body that faces firms, named by one word that
			// acted, not one acted on ("Thames Water was fined").
			if id < 0 && actingOrgHeads[np.word] {
				if b, at := a.bareOrgNear(pos, a.sentAt(pos)); b >= 0 && a.activeSubjectAt(at) && !a.regulated(b, pos) {
					a.takeBareOrg(b)
					id = b
				} else if b := a.actingAcronym(pos); b >= 0 {
					// "The CMA has provisionally blocked the deal.
					// "...," the watchdog said"
					a.conf = 0.75
					id = b
				}
			}
			if id < 0 && describedBodyHeads[np.word] {
				id = a.describedBody(pos, np.word)
			}
			return id
		}
		if mediaNouns[np.word] {
			a.conf = 0.8
			if id := a.reg.mediaByNoun(pos, a.sentAt(pos), np.word); id >= 0 {
				return id
			}
			// "The New York Times said it would appeal. "...," the
			// newspaper said": a paper's name says it is one.
			if printNouns[np.word] {
				a.conf = 0.75
				if id := a.reg.latestNamed(pos, a.sentAt(pos), func(m mention, e *entity) bool { return m.sent >= a.sentAt(pos)-2 && isPublication(e) }); id >= 0 {
					return id
				}
			}
			// "The BBC has apologised. "...," the broadcaster said", "Stack
			// Overflow ... the site noted": the one organisation near.
			if id := a.onlyOrgNear(pos, np.word); id >= 0 {
				return id
			}
			// "Mumsnet ran the survey. "...," the website said": a name of
			// one word that acted.
			return a.bareOrg(pos, a.sentAt(pos))
		}
		if writingNouns[np.word] && !aboutNouns[np.word] && !speechNouns[np.word] && !personRoles[np.word] {
			// "A headline in the Wall Street Journal reads ... The article
			// states": the publication named last.
			a.conf = 0.75
			return a.reg.latestNamed(pos, a.sentAt(pos), func(_ mention, e *entity) bool { return isPublication(e) })
		}
		if speechNouns[np.word] && !delegateNouns[np.word] {
			// "Big Machine Records issued a statement ... the statement
			// continued": who issued it.
			a.conf = 0.8
			return a.issuer(pos, np.word)
		}
		// "the CFO said", "the chief executive said": the one person the
		// article gave that post of a firm's top table, however written
		// ("chief financial officer, Brian West" for "the CFO").
		// (Only "the" and the post: not "Barclays' chief executive", "the
		// chief executive of Barclays", whom another rule reads.)
		post := ""
		if np.lo >= 0 && np.hi <= len(a.toks) && np.lo+1 < np.hi && np.qual == 0 && a.toks[np.lo].low == "the" && np.hi-np.lo <= 4 {
			plain := true
			for _, t := range a.toks[np.lo+1 : np.hi] {
				plain = plain && t.kind == tWord && !t.poss && !t.in(lxPrepositions)
			}
			if plain {
				post = topPost(a.text[a.toks[np.lo].s:a.toks[np.hi-1].e])
			}
		}
		// (Not "the incoming chief executive", "the former CEO": another
		// holder of the post, read below.)
		if post != "" && !a.offDescription(np) {
			if id := a.postHolder(pos, post); id >= 0 {
				a.conf = 0.85
				return id
			}
		}
		off := a.offDescription(np)
		id := a.reg.roleBeforeAs(pos, np.word, off)
		// "District Attorney Jane Roe ... Defense attorney Tom Bell ... the
		// district attorney said": the prosecutor, or no one (never the
		// defence's attorney).
		if a.prosecutorDesc(np) {
			return a.reg.prosecutorBefore(pos, a.sentAt(pos))
		}
		// "Tom Hale stars in Ann Cole's "The Long Field" ... "...," the
		// director said": no one was given the role, and one person
		// only is named as the maker of a work whose title the article
		// quotes.
		if id < 0 && !off && makerRoles[np.word] && np.lo >= 0 && np.hi-np.lo == 2 && a.toks[np.lo].low == "the" {
			if id = a.workMakerBefore(pos); id >= 0 {
				a.conf = 0.75
				return id
			}
		}
		// "Former US President Barack Obama ... the 44th president
		// said": a holder numbered in the line of them may hold the post
		// now or have held it.
		if id < 0 && !off && a.ordinalDescription(np) {
			id = a.reg.roleBeforeAs(pos, np.word, true)
		} else if id >= 0 && !off && a.ordinalDescription(np) {
			// "President Joe Biden met former President Barack Obama ...
			// the 44th president said": the sitting holder or the one
			// who held it before; the text does not say which.
			if alt := a.reg.roleBeforeAs(pos, np.word, true); alt >= 0 && alt != id {
				return -1
			}
		}
		// "Former President Trump mocked Vice President Kamala Harris.
		// ... the former president told the crowd": an office held
		// before is not one held under the role.
		sub := off && a.subDescription(np)
		if off && id >= 0 && a.reg.ents[id].heldOff(np.word) && a.reg.ents[id].heldSub(np.word) != sub {
			if alt := a.reg.roleAsBefore(pos, np.word, sub); alt >= 0 {
				id = alt
			}
		}
		// "Coach Tom Ashby stepped down. Assistant coach Ben Hale ran
		// practice ... the former coach said": neither one holding an
		// office under the role nor one still to take it up held it
		// before.
		if off && !sub && id >= 0 && a.formerDescription(np) && (a.reg.ents[id].heldSub(np.word) || a.reg.ents[id].heldFuture(np.word)) {
			id = -1
		}
		// "Prime Minister Keir Starmer laid a wreath ... the former prime
		// minister said": one who holds the office now is not its former
		// holder (but "Former Prime Minister Tony Blair ... the former
		// prime minister said" is Blair). Only for the one holder: with
		// two, the other may be the former one.
		nowHolder := -1
		// Nor the deputy of it ("President Ana Lima ... the vice
		// president said"), nor the one to hold it next ("Harlow Motors
		// chief executive Ann Baines will step down ... the incoming
		// chief executive said").
		if off && id >= 0 && !a.reg.ents[id].heldOff(np.word) && (sub || a.formerDescription(np) || a.incomingDescription(np)) && !a.reg.otherHolderBefore(pos, roleClass(np.word), id) {
			nowHolder, id = id, -1
		}
		// "Mayor Tina Brooks ... Jim Reilly, who was mayor until 2019,
		// ... the ex-mayor said": with two holding the office plainly,
		// the text does not say which held it before.
		if off && id >= 0 && !a.reg.ents[id].heldOff(np.word) && a.formerDescription(np) && a.reg.otherHolderBefore(pos, roleClass(np.word), id) {
			nowHolder, id = id, -1
		}
		// "Acting Prime Minister Richard Marles ... Prime Minister Anthony
		// Albanese is overseas. The acting prime minister added": the
		// one holding it for the time being; "the prime minister" the
		// one holding it fully, if any. (Not "Police Chief Maria Lopez
		// ... the acting chief said", "Mayor Tina Brooks ... The acting
		// mayor was in Leeds": one given the title plainly is not the
		// acting one.)
		if !off && a.actingDescription(np) {
			if alt := a.reg.actingBefore(pos, np.word); alt >= 0 {
				id = alt
			} else if id >= 0 {
				nowHolder, id = id, -1
			}
		} else if !off && id >= 0 && a.reg.ents[id].heldActing(np.word) {
			if alt := a.reg.fullHolderBefore(pos, np.word); alt >= 0 {
				id = alt
			}
		}
		// "Walter Meier, a research scientist, ... BAS physicist
		// Caroline Holmes said ... The scientist added": a physicist
		// named later is a scientist too, the one meant when the
		// sentence before names her; further back, the text does not
		// say which of the two is meant (given, not shown).
		if kinds := roleKinds[np.word]; kinds != nil && np.qual == 0 {
			if k, ks := a.reg.kindBefore(pos, np.word, kinds); k >= 0 && k != id {
				if id >= 0 && ks < a.sentAt(pos)-1 || a.reg.kindRival(pos, k, ks, np.word, kinds) {
					a.conf = 0.6
				}
				id = k
			}
		}
		// "the president of Ukraine said": the latest president the
		// article placed there ("Ukrainian President Volodymyr Zelensky"),
		// not another president.
		if np.qual > 0 {
			// "Sen. Amira Castellanos (D-N.M.) ... the senator from New
			// Mexico added": a lawmaker described by the state sent from,
			// which the article gave only as an abbreviation or not at
			// all; the one senator it named.
			from := np.qual > 0 && a.toks[np.qual-1].low == "from"
			// "Sen. Ray Dunmore (R-Ohio) ... Sen. Amira Castellanos
			// (D-N.M.) ... the senator from New Mexico": the state her
			// label gives.
			if from && id >= 0 {
				switch a.labelState(np.qual, id, pos) {
				case 1:
					return id
				case -1:
					if alt := a.reg.personBefore(pos, a.sentAt(pos), 0, id, false); alt >= 0 && a.labelState(np.qual, alt, pos) == 1 {
						return alt
					}
					return -1
				}
			}
			if id >= 0 && !a.roleHeldAt(id, np.qual) && !(from && !a.reg.otherHolderBefore(pos, roleClass(np.word), id)) {
				id = -1
			}
			return id
		}
		// "England captain Tom Ashby ... the skipper said"
		if syn := roleSynonyms[np.word]; id < 0 && syn != "" {
			id = a.reg.roleBefore(pos, syn)
		}
		// "District Attorney Jane Roe ... the prosecutor said"
		if id < 0 && np.word == "prosecutor" {
			id = a.reg.prosecutorBefore(pos, a.sentAt(pos))
		}
		// "Castleton manager Neil Orr ... the Castleton boss added": a
		// club's boss is its manager or coach.
		if id < 0 && np.word == "boss" {
			if id = a.clubBossBefore(np, pos, -1); id >= 0 {
				a.conf = 0.72
				return id
			}
		}
		// "soul star Peabo Bryson" named once in passing, long before the
		// star the article is about says something: not him.
		if id >= 0 && a.reg.ents[id].named == 1 && !notTopicRoles[np.word] && !a.possessed(np) {
			if t := a.reg.topic(pos); t >= 0 && a.reg.passingHolder(pos, id, t) && genderFits(a.reg.ents[t].gender, np.word) {
				id = t
				a.conf = 0.65 // a guess from who the article is about: given, not shown
			}
		}
		// "Senator Amy Kerr and Senator Ted Cole clashed ... the senator
		// said": two people given the role together; the text does not
		// say which.
		if id >= 0 && (!off && a.reg.roleRival(pos, np.word, id) || off && a.reg.offRoleRival(pos, np.word, id, sub)) {
			a.conf = 0.25
		}
		// "Wayne Parr denies fraud. Lee Dunn denies money laundering.
		// ... the defendant said": two on trial anywhere before; the text
		// does not say which.
		if id >= 0 && roleClass(np.word) == "defendant" && a.reg.otherHolderBefore(pos, "defendant", id) {
			a.conf = 0.25
		}
		// "the firm's boss said" after "Dana Pike, the chief executive of
		// Orbel": the one person leading it (not "the head of a foreign
		// business group").
		// (Not "the former leader": one leading now is not.)
		// (Nor "the acting chief": the one leading in full is not.)
		if id < 0 && leaderNouns[np.word] && !a.possessedByPerson(np) && !a.ofIndefinite(np) && !a.formerDescription(np) && !a.actingDescription(np) {
			if id = a.reg.leaderBefore(pos, a.sentAt(pos)); id >= 0 {
				a.conf = 0.75
			}
		}
		// "Brazil's Lula defended the group ... "...," the Brazilian
		// leader told reporters": the one person the article named after
		// that country's possessive.
		if id < 0 && headOfStateNouns[np.word] {
			id = a.countryPersonBefore(np, pos)
		}
		// "his wife said", "the couple's lawyer said": someone related to
		// another person, not a new description of the person just named.
		// (Not "said the chief of one chamber": someone of an
		// organisation the text does not name.)
		// "Bob, 71, said they had no plans to stop. "...," the retired
		// electrician said": an occupation the person has left, as a
		// definite description, describes the person just named, to
		// whom the article gave no other post. (Not "said the waiter":
		// someone the article does not name.)
		if id < 0 && occupations[np.word] && !personRoles[np.word] && a.formerOccupation(np) {
			if p, unsure := a.reg.recentPerson(pos, a.sentAt(pos), 0); p >= 0 && !unsure && len(a.reg.ents[p].roles) == 0 && !a.reg.ents[p].anon {
				a.conf = 0.75
				return p
			}
		}
		// "Jessica Nguyen said her son, Leo, was playing with a remote.
		// ... "...," his mother said": the parent the article named with
		// the child.
		if id < 0 && (np.word == "mother" || np.word == "father" || np.word == "mum" || np.word == "dad" || np.word == "mom") && a.possessed(np) {
			if p := a.parentNamed(np); p >= 0 {
				a.conf = 0.8
				return p
			}
		}
		if team := a.possessed(np) && a.teamPossessed(np); id < 0 && personRoles[np.word] && (!a.possessed(np) || team) && !a.ofIndefinite(np) {
			// "Chris Grayling warned ... Speaking in the Commons, the
			// Conservative MP said": a role the article had not given yet
			// describes the person it is about.
			var g byte
			switch {
			case femaleRoles[np.word]:
				g = 'f'
			case maleRoles[np.word]:
				g = 'm'
			}
			var unsure bool
			id, unsure = a.reg.recentPerson(pos, a.sentAt(pos), g)
			// "Beyonce paid tribute to her late uncle Johnny. "...," the
			// singer wrote.": the uncle is not whom the sentence is about.
			if id >= 0 && (a.relativeNamed(id, pos) || id == nowHolder) {
				id = -1
			}
			// "President Ana Lima met former Mexican president Luis
			// Ortega. "...," the former Mexican leader said": a former
			// leader is one who led before, not one leading now; the
			// latest person the article gave a leader's post held before.
			if off && leaderNouns[np.word] && a.formerDescription(np) && (id < 0 || !a.reg.ents[id].heldOff(np.word) && leadsNow(&a.reg.ents[id])) {
				id = a.reg.formerLeaderBefore(pos)
			}
			// ("Karen Webb is expected to be named acting chief ... the
			// former chief said": one still to take the post up did not
			// hold it before.)
			if id >= 0 && off && a.formerDescription(np) && a.reg.ents[id].heldFuture(np.word) {
				id = -1
			}
			// "Chief executive Tom Reed said the firm had collapsed.
			// "...," the receiver said": one put over a failed firm is
			// not its own officer, nor anyone the article gave another
			// role.
			if id >= 0 && insolvencyRoles[np.word] && len(a.reg.ents[id].roles) > 0 {
				id = -1
			}
			// "The prime minister's official spokesperson said ... Starmer
			// had "full confidence" ... "...," the spokesperson said": the
			// spokesperson described just before, whom the text does not
			// name, not the person named since.
			if id >= 0 && a.unnamedDescribedBefore(np) {
				id = -1
			}
			// ""Do you hate your family?" Morgan asked. / "No. I love my
			// family," the prince answered.": who asks is not who
			// answers, described by a role the text never gave.
			// (Not ""Why now?" Morgan asked. "...," the presenter
			// added": the asker going on.)
			if id >= 0 && !a.goesOn(np) && a.askedBy(id, pos) {
				id = -1
			}
			// ""...," the prime minister said. / "...," the Labour leader
			// shot back.": who answers back is not who spoke just before,
			// described by a role the text never gave.
			if id >= 0 && a.answersBack(np) && np.lo > 0 && (a.spokeLastBefore(id, np.lo) || a.otherDescribedBefore(np)) {
				id = -1
			}
			// Not someone the article gave another post of the same kind
			// ("Wales coach Ben Hale ... the skipper said"), nor the role
			// as another office ("Former President Donald Trump ... the
			// president said"). A former post may be the person's own
			// ("Gov. Tom Reilly ... the former senator said").
			if id >= 0 && !off && (otherPost(a.reg.ents[id].roles, np.word) || a.reg.ents[id].heldOff(np.word) || otherWalk(a.reg.ents[id].roles, np.word)) {
				// "Jonny Sexton will miss the opener. "...," head coach
				// Andy Farrell said. / The fly-half said": the person
				// before the one of another post, when that one holds
				// a player's post, the one passed over a coach's, and the
				// one before given no post but a player's.
				other := id
				id = -1
				if g := postGroups[np.word]; (g == 5 || g == 6) && slices.ContainsFunc(a.reg.ents[other].roles, func(r string) bool { return postGroups[r] == 1 }) {
					if alt, u := a.reg.recentPersonBut(pos, a.sentAt(pos), 0, other); alt >= 0 && playerRolesOnly(a.reg.ents[alt].roles) && !otherPost(a.reg.ents[alt].roles, np.word) && !a.reg.ents[alt].heldOff(np.word) {
						id = alt
						unsure = unsure || u
					}
				}
			}
			// Nor, for a police or military rank, one the article gave a
			// civilian role ("Farmer leader Ajit Nawale said the march
			// would go on. "...," the superintendent said").
			// "Det Insp Paul Hayes said ... Ann Hale, the shop worker,
			// said ... "...," the officer said": nor, for "the officer",
			// one given a civilian role; the one person given a police
			// rank, if any.
			if id >= 0 && (policeRanks[np.word] || officerNouns[np.word]) && civilianOnly(a.reg.ents[id].roles) {
				id = -1
				if officerNouns[np.word] {
					id = a.reg.onlyOne(pos, 120, a.sentAt(pos)-12, func(_ mention, e *entity) bool {
						return e.person && !e.anon && !e.org && slices.ContainsFunc(e.roles, func(r string) bool { return policeRanks[r] })
					})
					id = max(id, -1)
				}
			}
			// Nor, for the bench of a court or an inquest, anyone the
			// article gave no seat on a bench: "Tom Reed gave evidence.
			// "...," the judge said." is someone else; a judge or a
			// coroner is named with the title, not described by it later
			// (but "Mr Justice Hawthorne ... the judge said").
			if id >= 0 && benchRoles[np.word] && !slices.ContainsFunc(a.reg.ents[id].roles, func(r string) bool { return benchRoles[r] }) {
				id = -1
			}
			// Nor one given another post of the top table ("CFO Brian
			// West ... the chief executive said").
			if id >= 0 && post != "" && personPost(&a.reg.ents[id]) != "" {
				id = -1
			}
			// "Brad Pitt and Angelina Jolie have settled their divorce.
			// "...," the actor said.": a role of no gender may mean either
			// of two people joined as the subject.
			unsure = unsure || id >= 0 && g == 0 && a.joinedWithPerson(id, pos)
			// "Ann Moss sued Tom Reed. "...," the retired teacher said":
			// either of two people the sentence before sets against
			// each other.
			unsure = unsure || id >= 0 && np.lo > 0 && a.setAgainstBefore(np.lo, id)
			// "Mikel Arteta said ... "...," Arsenal's manager said": the
			// person the article is about, when the article gave them no
			// post ("Rita Moss joined Tesla as an engineer ... Tesla's
			// founder said" is someone else). Given, not shown: the team
			// may be the other side's.
			if team && id >= 0 {
				if len(a.reg.ents[id].roles) > 0 || a.servedAs(id, pos) {
					id = -1
				}
				unsure = true
			}
			switch {
			case id >= 0 && (unsure || partyRoles[np.word]):
				// "Lewis Hamilton finished behind Max Verstappen": the
				// description may mean the first name; "Imran Khan was
				// convicted ... the victim told the court": a party to
				// what happened is often someone the article has not
				// named. Given, not shown.
				a.conf = 0.6
			case id >= 0:
				// ("the former United boss said": a post held before,
				// not "the United boss" later.)
				if off {
					a.reg.ents[id].addRoleOff(np.word, true)
				} else {
					a.reg.ents[id].addRole(np.word)
				}
				a.conf = 0.72
			}
		}
		// "Brenda Pollard, 72, ... He dug the foundations and vanished.
		// "...," the grandmother-of-five said.": a relation with a count
		// is an epithet of the person the article is about, or of the one
		// person of that gender it named, however far back. Given, not
		// shown.
		if id < 0 && femaleRoles[np.word] != maleRoles[np.word] && a.countEpithet(np) && !a.possessed(np) {
			t := a.reg.topic(pos)
			if t < 0 || a.reg.ents[t].gender == 0 || !genderFits(a.reg.ents[t].gender, np.word) {
				t = a.reg.onlyOfGender(pos, femaleRoles[np.word])
			}
			if t >= 0 {
				id, a.conf = t, 0.65
			}
		}
		// "The Home Secretary has announced a crackdown, promising to
		// "smash the gangs". ... Yvette Cooper told the Commons": a title
		// in the first sentence that the next ones put a name to. A
		// guess, given, not shown.
		if role := a.titleLede(np); id < 0 && role != "" {
			if p := a.reg.namedNext(a.toks[0].sent, role); p >= 0 {
				id, a.conf = p, 0.6
			}
		}
		if id < 0 {
			var c float64
			if id, c = a.ledeDescribed(np); id >= 0 {
				a.conf = c
			}
		}
		// "Foreign Minister Wang Yi ... Jaishankar, in his own remarks,
		// said ... "...," the Indian minister said": a nationality the
		// holder found was never given, right after a sentence someone
		// else opens: given, not shown.
		if id >= 0 && a.conf >= ConfidentAt && a.otherNationalSubject(np, id, pos) {
			a.conf = 0.6
		}
		if id >= 0 {
			if other, same := a.otherQualifier(np, id); other && same {
				// "Chinese leader Xi Jinping met Russian President
				// Vladimir Putin ... the Russian leader said": the one
				// leader the article placed there.
				// "Opposition Leader Peter Dutton ... The Greens leader,
				// Adam Bandt, ... The Opposition Leader told Sky News":
				// the holder of the post the description's name
				// qualifies, named before the other one.
				if m := a.qualifiedHolderBefore(np, pos, id); m >= 0 {
					a.conf = 0.8
					return m
				}
				if leaderNouns[np.word] {
					if np.word == "boss" {
						if m := a.clubBossBefore(np, pos, id); m >= 0 {
							a.conf = 0.72
							return m
						}
					}
					return a.leaderOfPlace(np, pos)
				}
				return -1
			} else if other {
				a.conf = min(a.conf, 0.6) // given, not shown
			}
		}
		return id
	case npAnon:
		// An unnamed speaker becomes an antecedent for a later "he said".
		if np.lo < 0 || np.lo >= len(a.toks) {
			return -1
		}
		// "Harlow United have signed Rafael Mendes. "...," a club
		// statement read.": the organisation the noun refers back to, as
		// for "a club spokesman" (spokesFor).
		if h := np.hi - 1; h == np.lo+2 && h < len(a.toks) && a.toks[h].kind == tWord && a.toks[h].in(lxSpeechNouns) && !a.toks[h].in(lxDelegateNouns) {
			if id := a.reg.spokesFor(a.toks, np.lo, h); id >= 0 {
				a.conf = 0.8
				return id
			}
		}
		if id := a.reg.mentionAt(a.toks[np.lo].s); id >= 0 && a.reg.ents[id].anon {
			return id
		}
		// "said one resident, who gave his name only as Dave": the name
		// the relative clause gives.
		for k := np.lo; k < np.hi && k < len(a.toks) && k < np.lo+6; k++ {
			if ok, pl := personNoun(a.toks[k].low); ok && !pl && a.toks[k].kind == tWord && !a.toks[k].cap {
				if id := a.reg.clauseGivenName(a.toks, k); id >= 0 {
					a.conf = min(a.conf, 0.85)
					return id
				}
				break
			}
		}
		if !a.reg.hasMentionAt(a.toks[np.lo].s) {
			for k := np.lo; k < np.hi && k < len(a.toks); k++ {
				if ok, pl := personNoun(a.toks[k].low); ok && a.toks[k].kind == tWord {
					return a.reg.addAnon(a.toks, np.lo, a.toks[k].low, pl)
				}
			}
		}
	}
	return -1
}

// playerRolesOnly reports whether roles are none or players' posts only
// (postGroups 5 and 6).
func playerRolesOnly(roles []string) bool {
	for _, r := range roles {
		if g := postGroups[r]; g != 5 && g != 6 {
			return false
		}
	}
	return true
}

// titleLede returns the role of the description np when it is a title
// after "the" in the article's first sentence ("The Home Secretary has
// announced ..."), or "".
func (a *attributor) titleLede(np nounPhrase) string {
	d := np.lo
	if d >= 0 && d < len(a.toks) && a.toks[d].low != "the" {
		d-- // "Home Secretary" read as the run after "the"
	}
	// "The government's chief scientific adviser has told MPs",
	// "Britain's spy chief has warned": a possessor, then role words in
	// lower case, the last the description's head.
	if o := np.lo; np.kind == npDesc && o >= 0 && o+2 < len(a.toks) && o+2 <= np.hi && np.hi <= len(a.toks) && a.toks[o].sent == a.toks[0].sent {
		k := o
		if a.toks[k].low == "the" {
			k++
		}
		if t := a.toks[k]; t.poss && t.kind == tWord && (t.cap || k > o) && (k == 0 || a.toks[k-1].low == "the") {
			for j := k + 1; j < np.hi && j <= k+4; j++ {
				w := a.toks[j]
				if w.kind != tWord || w.cap {
					return ""
				}
				if w.low == np.word {
					if w.in(lxPersonRoles) && j+1 < len(a.toks) && !isNameWord(a.toks[j+1]) && a.toks[j+1].low != "," {
						return np.word
					}
					return ""
				}
			}
			return ""
		}
	}
	if d < 0 || d+1 >= len(a.toks) || a.toks[d].sent != a.toks[0].sent || a.toks[d].low != "the" {
		return ""
	}
	// "The Home Secretary", "The Chancellor": capitalised title words,
	// the last a person's role.
	k := d + 1
	for k < len(a.toks) && k <= d+3 && a.toks[k].cap && a.toks[k].in(lxTitles) {
		k++
	}
	if k > d+1 && a.toks[k-1].in(lxPersonRoles) && (k >= len(a.toks) || !isNameWord(a.toks[k])) {
		return a.toks[k-1].low
	}
	return ""
}

// offDescription reports whether the description np names its role as
// another office: "the former president", "the vice president", "the
// shadow chancellor".
func (a *attributor) offDescription(np nounPhrase) bool {
	// "the ex-president": the head itself.
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		if exTitle(a.toks[k].low) == np.word {
			return true
		}
	}
	for k := max(np.lo, 0); k+1 < np.hi && k+1 < len(a.toks); k++ {
		if a.toks[k+1].low == np.word {
			// "the deputy prime minister", "the shadow defence
			// secretary": across title words.
			return offRoleBefore(a.toks, k+1)
		}
	}
	return false
}

// ordinalDescription reports whether the description np numbers its
// holder in the line of them: "the 44th president", "the first female
// chancellor".
func (a *attributor) ordinalDescription(np nounPhrase) bool {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks) && a.toks[k].low != np.word; k++ {
		w := a.toks[k].low
		if len(w) >= 3 && isDigit(w[0]) && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd")) {
			return true
		}
	}
	return false
}

// formerDescription reports whether the description np names its role
// as an office held before ("the former prime minister", "the ex-chief
// executive"), not one under it or to come.
func (a *attributor) formerDescription(np nounPhrase) bool {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks) && a.toks[k].low != np.word; k++ {
		switch a.toks[k].low {
		case "former", "ex", "erstwhile", "onetime", "one-time":
			return true
		}
		// "the ex-president", "the ex-prime minister"
		if exTitle(a.toks[k].low) != "" {
			return true
		}
	}
	return false
}

// incomingDescription reports whether the description np names its role
// as an office still to be taken up ("the incoming chief executive").
func (a *attributor) incomingDescription(np nounPhrase) bool {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks) && a.toks[k].low != np.word; k++ {
		if a.toks[k].low == "incoming" || a.toks[k].low == "future" {
			return true
		}
	}
	return false
}

// actingDescription reports whether the description np names its role as
// held for the time being ("the acting prime minister", "the interim
// chief").
func (a *attributor) actingDescription(np nounPhrase) bool {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks) && a.toks[k].low != np.word; k++ {
		if actingWords[a.toks[k].low] {
			return true
		}
	}
	return false
}

// subDescription reports whether the description np names an office
// under its role ("the vice president", "the deputy prime minister").
func (a *attributor) subDescription(np nounPhrase) bool {
	for k := max(np.lo, 0); k+1 < np.hi && k+1 < len(a.toks); k++ {
		if a.toks[k+1].low == np.word {
			return subRoleBefore(a.toks, k+1)
		}
	}
	return false
}

// campaignOwnerBefore returns the person whose campaign the text named
// last before toks[k], within a few sentences ("the Trump campaign",
// "Josh Stein's campaign"), or -1 when that campaign is no person's.
func (a *attributor) campaignOwnerBefore(k int) int {
	sent := a.toks[k].sent
	for c := k - 1; c > 0 && a.toks[c].sent >= sent-4; c-- {
		if a.toks[c].low != "campaign" || a.toks[c].kind != tWord {
			continue
		}
		o := c - 1
		if !isNameWord(a.toks[o]) || a.toks[o].para != a.toks[c].para {
			return -1
		}
		for o > 0 && isNameWord(a.toks[o-1]) && !a.toks[o-1].poss && a.toks[o-1].para == a.toks[c].para {
			o--
		}
		if id := a.reg.mentionAt(a.toks[o].s); id >= 0 && a.reg.isPerson(id) && !a.reg.ents[id].org {
			return id
		}
		return -1
	}
	return -1
}

// proxyNouns are bodies that speak for one person: a candidate's campaign,
// a politician's office.
var proxyNouns = setOf("campaign", "office")

// proxyOwner reads whose campaign or office the phrase toks[k:j+1] (head
// at j) is: a person named as its possessor (owner, or -1), a person's
// name between "the" and the head ("the Biden campaign"), or "his"/"her".
func (a *attributor) proxyOwner(lo, k, j, owner, hi int) (nounPhrase, bool) {
	switch {
	case owner >= 0:
		if np := a.nameNP(a.ownerRun(lo, owner), lo, k, hi); np.kind == npName && !a.reg.ents[np.ent].org && a.reg.isPerson(np.ent) {
			return np, true
		}
	case (a.toks[k].low == "his" || a.toks[k].low == "her") && k+1 == j:
		w := "he"
		if a.toks[k].low == "her" {
			w = "she"
		}
		return nounPhrase{kind: npPron, word: w, lo: k, hi: hi}, true
	case a.toks[k].low == "the" && k+1 < j && allNameWords(a.toks[k+1:j]):
		if np := a.nameNP(a.toks[k+1:j], lo, k+1, hi); np.kind == npName && !a.reg.ents[np.ent].org && a.reg.isPerson(np.ent) {
			np.lo = k
			return np, true
		}
	}
	return nounPhrase{}, false
}

// indefiniteBefore returns the index of an indefinite determiner ("a",
// "one", "another", "two") before the run at toks[k], past up to two
// lower-case words ("one senior MP"), or -1.
func (a *attributor) indefiniteBefore(k int) int {
	for d := k - 1; d >= 0 && d >= k-3; d-- {
		t := a.toks[d]
		if t.kind != tWord || t.para != a.toks[k].para || t.cap && d < k-1 {
			return -1
		}
		if anonDeterminer(t.low) {
			return d
		}
		if t.cap || determiner(t.low) || t.in(lxPrepositions) || t.in(lxReportingVerbs) {
			return -1
		}
	}
	return -1
}

// rolesAhead reports whether toks[k:] opens with lower-case role words
// ("managing director", "chief executive") then a name.
func (a *attributor) rolesAhead(k, hi int) bool {
	j := k
	for j < hi && j < k+4 && a.toks[j].kind == tWord && !a.toks[j].cap && (a.toks[j].in(lxPersonRoles) || a.toks[j].in(lxTitles) || roleNoun(a.toks[j].low)) {
		j++
	}
	return j > k && j < hi && isNameWord(a.toks[j])
}

// rolesJoined reports whether the "and" at toks[j] joins two roles of one
// person ("said the singer and guitarist, Tom Reed"): a role noun on
// either side, the second with no article of its own.
func (a *attributor) rolesJoined(j, hi int) bool {
	if a.toks[j].low != "and" || j < 1 || j+1 >= hi {
		return false
	}
	p, n := a.toks[j-1], a.toks[j+1]
	// "his friend and former neighbour Jim Hale": past a word qualifying
	// the second.
	if n.kind == tWord && !n.cap && !roleNoun(n.low) && j+2 < hi {
		if m := a.toks[j+2]; m.kind == tWord && !m.cap && roleNoun(m.low) && (n.low == "former" || n.low == "longtime" || n.low == "long-time" || n.low == "old" || n.low == "close") {
			n = m
		}
	}
	return p.kind == tWord && n.kind == tWord && !p.cap && !n.cap && roleNoun(p.low) && roleNoun(n.low)
}

// countWords count children or grandchildren after a family role ("the
// mother of three").
var countWords = setOf("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10")

// otherParty reports whether the person id, at their latest mention
// before pos, carries a party label ("Sen. Jane Roe, R-Texas,", "Rep.
// Tom Hale (D-Ohio)") of a party other than the one the description np
// names ("the Illinois Democrat").
func (a *attributor) otherParty(np nounPhrase, id, pos int) bool {
	var want byte
	for k := max(np.lo, 0); k < len(a.toks) && k < np.lo+8; k++ {
		// "the Texas Republican" after "Sen. Ann Hale, R-Ohio,": another
		// state.
		if isNameWord(a.toks[k]) && a.labelState(k, id, pos) == -1 {
			return true
		}
		if a.toks[k].in(lxPartyMembers) {
			switch a.toks[k].low {
			case "democrat":
				want = 'D'
			case "republican":
				want = 'R'
			}
			break
		}
	}
	k, _ := a.latestMention(id, pos)
	if want == 0 || k < 0 {
		return false
	}
	e := k
	for e < len(a.toks) && e < k+5 && isNameWord(a.toks[e]) && !a.toks[e].poss {
		e++
	}
	if e+1 < len(a.toks) && (a.toks[e].low == "," || a.toks[e].low == "(") && partyLabel(a.toks[e+1].text) {
		return a.toks[e+1].text[0] != want
	}
	return false
}

// labelledMember returns the one person named in the eight sentences
// before pos whose party label gives the state the description np names
// and not the other party ("the South Carolina Republican" for "Rep.
// Nancy Mace, R-S.C."), or -1 (none, or two such).
func (a *attributor) labelledMember(np nounPhrase, pos int) int {
	q := -1
	for k := max(np.lo, 0); k < len(a.toks) && k < np.lo+6; k++ {
		if isNameWord(a.toks[k]) && !a.toks[k].in(lxPartyMembers) {
			q = k
			break
		}
		if a.toks[k].in(lxPartyMembers) {
			break
		}
	}
	if q < 0 {
		return -1
	}
	found, sent := -1, a.sentAt(pos)
	a.reg.walkBack(pos, 80, func(m mention) bool {
		if m.sent < sent-8 {
			return true
		}
		e := &a.reg.ents[m.ent]
		if m.ent == found || e.org || e.anon || !e.person {
			return false
		}
		if a.labelState(q, m.ent, pos) == 1 && !a.otherParty(np, m.ent, pos) {
			if found >= 0 {
				found = -2
				return true
			}
			found = m.ent
		}
		return false
	})
	return max(found, -1)
}

// labelState compares the state named at toks[q] ("New Mexico" in "the
// senator from New Mexico") with the one of the party label at the latest
// mention of id before pos ("(D-N.M.)", ", R-Ohio,"): 1 when they are
// the same, -1 when they differ, 0 when either is unknown.
func (a *attributor) labelState(q, id, pos int) int {
	place := ""
	for k := q; k < len(a.toks) && k < q+3 && isNameWord(a.toks[k]) && !a.toks[k].poss; k++ {
		if place != "" {
			place += " "
		}
		place += a.toks[k].low
		if usStates[place] {
			break
		}
	}
	if !usStates[place] {
		return 0
	}
	// The latest mention of id that carries a label.
	label := ""
	a.reg.walkBack(pos, 400, func(m mention) bool {
		if m.ent != id {
			return false
		}
		k := a.tokAt(m.pos)
		e := k
		for e < len(a.toks) && e < k+5 && isNameWord(a.toks[e]) && !a.toks[e].poss {
			e++
		}
		if e > k && e+1 < len(a.toks) && (a.toks[e].low == "," || a.toks[e].low == "(") && partyLabel(a.toks[e+1].text) {
			label = a.toks[e+1].text
			return true
		}
		return false
	})
	if label == "" {
		return 0
	}
	st := strings.ToLower(label[2:])
	if full, ok := stateAbbrevs[st]; ok {
		st = full
	}
	if !usStates[st] {
		return 0
	}
	if st == place {
		return 1
	}
	return -1
}

// usStates are the states' names, in lower case; stateAbbrevs their
// abbreviations in news style ("N.M.", "Calif.") and postal codes.
var usStates = setOf("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
	"delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
	"kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
	"mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
	"new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
	"pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
	"vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming")

var stateAbbrevs = map[string]string{
	"ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california", "colo.": "colorado",
	"conn.": "connecticut", "del.": "delaware", "fla.": "florida", "ga.": "georgia", "ill.": "illinois",
	"ind.": "indiana", "kan.": "kansas", "kans.": "kansas", "ky.": "kentucky", "la.": "louisiana", "md.": "maryland",
	"mass.": "massachusetts", "mich.": "michigan", "minn.": "minnesota", "miss.": "mississippi",
	"mo.": "missouri", "mont.": "montana", "neb.": "nebraska", "nebr.": "nebraska", "nev.": "nevada",
	"n.h.": "new hampshire", "n.j.": "new jersey", "n.m.": "new mexico", "n.y.": "new york",
	"n.c.": "north carolina", "n.d.": "north dakota", "okla.": "oklahoma", "ore.": "oregon",
	"pa.": "pennsylvania", "r.i.": "rhode island", "s.c.": "south carolina", "s.d.": "south dakota",
	"tenn.": "tennessee", "vt.": "vermont", "va.": "virginia", "wash.": "washington",
	"w.va.": "west virginia", "wis.": "wisconsin", "wyo.": "wyoming",
	"al": "alabama", "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california", "co": "colorado",
	"ct": "connecticut", "de": "delaware", "fl": "florida", "ga": "georgia", "hi": "hawaii", "id": "idaho",
	"il": "illinois", "in": "indiana", "ia": "iowa", "ks": "kansas", "ky": "kentucky", "la": "louisiana",
	"me": "maine", "md": "maryland", "ma": "massachusetts", "mi": "michigan", "mn": "minnesota",
	"ms": "mississippi", "mo": "missouri", "mt": "montana", "ne": "nebraska", "nv": "nevada",
	"nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york", "nc": "north carolina",
	"nd": "north dakota", "oh": "ohio", "ok": "oklahoma", "or": "oregon", "pa": "pennsylvania",
	"ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tn": "tennessee", "tx": "texas",
	"ut": "utah", "vt": "vermont", "va": "virginia", "wa": "washington", "wv": "west virginia",
	"wi": "wisconsin", "wy": "wyoming",
}

// partyMemberFwd reads a member described after "the" at toks[i] and
// ending the phrase at a party noun ("the Illinois Democrat", "the
// chamber's top Democrat"), as partyMember reads it backwards.
func (a *attributor) partyMemberFwd(i, hi int) (nounPhrase, bool) {
	for e := i + 1; e < hi && e < i+9; e++ {
		t := a.toks[e]
		if t.kind != tWord || t.para != a.toks[i].para || t.in(lxReportingVerbs) {
			return nounPhrase{}, false
		}
		if !t.cap || !t.in(lxPartyMembers) || t.poss {
			continue
		}
		if e+1 < hi && a.toks[e+1].kind == tWord && a.toks[e+1].para == t.para {
			return nounPhrase{}, false
		}
		s := e
		for s > i+1 && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss {
			s--
		}
		np, ok := partyMember(a.toks, a.toks[s:e+1], s, e+1)
		if ok && np.kind == npPron {
			np.lo = i
			// "said the Energy and Commerce Committee's top Democrat,
			// Ann Moss": the member named in apposition.
			// (Not "the woman who lost to the Republican, Tom Hadley".)
			plain := true
			for k := i + 1; k < e; k++ {
				if w := a.toks[k]; (w.in(lxPrepositions) || w.in(lxClauseWords)) && !(w.low == "and" && a.toks[k-1].cap && a.toks[k+1].cap) {
					plain = false
				}
			}
			if n := e + 2; plain && n < hi && a.toks[e+1].low == "," && isNameWord(a.toks[n]) && a.toks[n].para == t.para {
				if nn := a.parseFwd(n, hi); nn.kind == npName && !a.reg.ents[nn.ent].org && a.reg.isPerson(nn.ent) && len(a.reg.ents[nn.ent].name) > 1 {
					a.reg.ents[nn.ent].addRole(t.low)
					nn.lo = i
					return nn, true
				}
			}
		}
		return np, ok
	}
	return nounPhrase{}, false
}

// lawmakerNouns are a legislator's posts, which "from" and the state or
// district sent from describe ("the senator from New Mexico").
var lawmakerNouns = setOf("senator", "congressman", "congresswoman", "representative", "lawmaker", "legislator", "assemblyman", "assemblywoman", "delegate", "congressmember")

// partyMembers name a person by party ("the Democrat", "the Tory").
var partyMembers = setOf("democrat", "republican", "tory", "conservative", "socialist",
	"libertarian", "progressive", "nationalist", "unionist", "liberal")

// possessed reports whether the description np has a possessor before its
// head ("his lawyer", "the couple's lawyer", "Trump's spokesman").
func (a *attributor) possessed(np nounPhrase) bool {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		t := a.toks[k]
		if t.kind != tWord || t.low == np.word {
			break
		}
		switch {
		case t.poss, t.low == "his", t.low == "her", t.low == "their", t.low == "its", t.low == "our", t.low == "my", t.low == "your":
			return true
		}
	}
	return false
}

// formerOccupation reports whether the description np is "the" and a
// word saying the person no longer works at it before the head: "the
// retired electrician", "the former miner".
func (a *attributor) formerOccupation(np nounPhrase) bool {
	if np.lo < 0 || np.hi > len(a.toks) || np.hi-np.lo != 3 || a.toks[np.lo].low != "the" {
		return false
	}
	switch a.toks[np.lo+1].low {
	case "retired", "former", "ex-", "one-time", "onetime":
		return a.toks[np.hi-1].low == np.word
	}
	return false
}

// parentNamed returns the person the article named as the parent of a
// child before the description np of a parent ("his mother", "the boy's
// father"): the subject of a sentence saying "her son" or "his daughter",
// the name before "whose son", or the possessor in "Jessica Nguyen's
// son", in the eight sentences before, of the parent's gender; the
// child's gender, where both say one, agrees. It returns -1 otherwise.
func (a *attributor) parentNamed(np nounPhrase) int {
	if np.lo <= 0 || np.lo >= len(a.toks) {
		return -1
	}
	pg := byte('f')
	if np.word == "father" || np.word == "dad" {
		pg = 'm'
	}
	var cg byte // the child's gender, from the description's possessor
	for k := np.lo; k < np.hi && k < len(a.toks) && a.toks[k].low != np.word; k++ {
		switch w := strings.TrimRight(a.toks[k].low, "'’s"); {
		case a.toks[k].low == "his" || w == "boy" || w == "son":
			cg = 'm'
		case a.toks[k].low == "her" || w == "girl" || w == "daughter":
			cg = 'f'
		}
	}
	sent := a.toks[np.lo].sent
	found := -1
	for k := np.lo - 1; k > 0 && a.toks[k].sent >= sent-8; k-- {
		t := a.toks[k]
		var kg byte
		switch t.low {
		case "son", "boy":
			kg = 'm'
		case "daughter", "girl":
			kg = 'f'
		case "child", "baby", "toddler":
		default:
			continue
		}
		if t.cap || t.poss || cg != 0 && kg != 0 && cg != kg {
			continue
		}
		// Past an age or an adjective: "her 4-year-old son", "whose
		// eldest daughter".
		q := k - 1
		for q > 0 && q >= k-2 && a.toks[q].kind == tWord && !a.toks[q].cap && !a.toks[q].poss && !possPronoun(a.toks[q].low) && a.toks[q].low != "whose" && !determiner(a.toks[q].low) {
			q--
		}
		pt := a.toks[q]
		p := -1
		switch {
		case pt.low == "her" && pg == 'f' || pt.low == "his" && pg == 'm':
			p = a.sentenceSubjectBefore(q)
		case pt.low == "whose" && q >= 2:
			n := q - 1
			if a.toks[n].low == "," {
				n--
			}
			if isNameWord(a.toks[n]) {
				p = a.reg.mentionAt(a.nameStart(n))
			}
		case pt.poss && isNameWord(pt):
			p = a.reg.mentionAt(a.nameStart(q))
		}
		if p >= 0 {
			e := &a.reg.ents[p]
			if e.anon || e.org || !e.person && !e.maybe || e.gender != 0 && e.gender != pg {
				return -1
			}
			// Two parents named with their children ("Jessica Nguyen's
			// son ... Amy Cole's son"): the text does not say which.
			if found >= 0 && found != p {
				return -1
			}
			found = p
		}
	}
	return found
}

// sentenceSubjectBefore returns the first person named, not as a possessive nor
// an object, in the sentence of toks[k] before it, or -1.
func (a *attributor) sentenceSubjectBefore(k int) int {
	found := -1
	for _, m := range a.reg.mentions {
		if m.pos >= a.toks[k].s {
			break
		}
		if m.sent != a.toks[k].sent || m.weak || found >= 0 {
			continue
		}
		if e := &a.reg.ents[m.ent]; (e.person || e.maybe) && !e.org && !e.anon {
			found = m.ent
		}
	}
	return found
}

// nameStart returns the byte offset of the name run that ends at or holds
// toks[k].
func (a *attributor) nameStart(k int) int {
	for k > 0 && isNameWord(a.toks[k-1]) && !a.toks[k-1].poss && a.toks[k-1].para == a.toks[k].para {
		k--
	}
	return a.toks[k].s
}

// servedAs reports whether the sentence of the latest mention of id before
// pos gives that person a post with "as a"/"as an" ("Rita Moss joined
// Tesla as an engineer").
func (a *attributor) servedAs(id, pos int) bool {
	k, _ := a.latestMention(id, pos)
	if k < 0 {
		return false
	}
	for j := k; j+2 < len(a.toks) && a.toks[j].sent == a.toks[k].sent; j++ {
		if a.toks[j].low == "as" && (a.toks[j+1].low == "a" || a.toks[j+1].low == "an") {
			for n := j + 2; n < len(a.toks) && n <= j+4; n++ {
				if a.toks[n].in(lxPersonRoles) || roleNoun(a.toks[n].low) {
					return true
				}
			}
		}
	}
	return false
}

// teamPossessed reports whether the description np is possessed by a name
// of one word that nothing marks as a person's, a team or a country
// ("Arsenal's manager", "England's captain"), and by nothing else: it
// describes someone of the team as "the Arsenal manager" would.
func (a *attributor) teamPossessed(np nounPhrase) bool {
	team := false
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		t := a.toks[k]
		if t.kind != tWord || t.low == np.word {
			break
		}
		if !t.poss {
			continue
		}
		id := a.reg.mentionAt(t.s)
		if team || id < 0 || !teamPossessor(&a.reg.ents[id]) {
			return false
		}
		team = true
	}
	return team
}

func allNameWords(toks []token) bool {
	for _, t := range toks {
		if !isNameWord(t) {
			return false
		}
	}
	return true
}

var dayNames = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// firstHeadIsRole reports whether the noun phrase toks, before any
// preposition, ends in a role noun ("the chairman of the committee").
func firstHeadIsRole(toks []token) bool {
	for i, t := range toks {
		if t.in(lxPrepositions) {
			return i > 0 && toks[i-1].in(lxPersonRoles)
		}
	}
	return false
}

// orgBeforeRegion reads, before the name run toks[k:j+1] of a country or a
// region ("Wales", "Northern Ireland", "NSW"), "in" or a parenthesised
// acronym and "for", and before them an organisation's name ending in an
// organisation's word: "the Environment Agency in Wales", "the Health
// Service Executive (HSE) for Northern Ireland"; it returns the index of
// the organisation's last word, or -1. ("Public Health Agency for
// Northern Ireland", with no acronym closing the name, stays whole.)
func (a *attributor) orgBeforeRegion(lo, k, j, hi int) int {
	if k-2 < lo || j-k > 2 || a.toks[j].poss {
		return -1
	}
	last := a.toks[j]
	if !last.in(lxCountries) && !bodyRegions[last.low] {
		return -1
	}
	for _, t := range a.toks[k:j] {
		if !regionModifiers[t.low] {
			return -1
		}
	}
	e := k - 2
	switch a.toks[k-1].low {
	case "in":
	case "for":
		// Only past an acronym in brackets, which closes the name.
		if a.toks[e].low != ")" || e-3 < lo || a.toks[e-2].low != "(" || !isAcronym(a.toks[e-1].text) {
			return -1
		}
		e -= 3
	default:
		return -1
	}
	if a.toks[e].low == ")" && e-3 >= lo && a.toks[e-2].low == "(" && isAcronym(a.toks[e-1].text) {
		e -= 3
	}
	if e < lo || !isNameWord(a.toks[e]) || a.toks[e].poss || !(a.toks[e].in(lxInstitutionHeads) || a.toks[e].in(lxOrgWords) || a.toks[e].low == "executive") {
		return -1
	}
	s := e
	for s > lo && s > e-6 && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss {
		s--
	}
	if e == s && !isAcronym(a.toks[s].text) {
		return -1
	}
	return e
}

// institutionHeads name an organisation whose name goes on after "for":
// "Centre for Economic Policy Research", "Institute for Fiscal Studies".
var institutionHeads = setOf("centre", "center", "centers", "institute", "council", "committee",
	"foundation", "commission", "association", "coalition", "alliance", "society", "bureau",
	"league", "federation", "fund", "agency", "office", "campaign", "network", "union",
	"organisation", "organization", "partnership", "trust", "board", "project", "forum", "panel",
	// "Department for Education", "Ministry for Foreign Affairs",
	// "Hospital for Sick Children", "School for Social Research"
	"department", "ministry", "authority", "directorate", "secretariat", "school", "academy",
	"college", "hospital", "museum", "service",
	// "Syrian Observatory for Human Rights"
	"observatory")

// spokesNouns speak for an organisation, which is then the speaker when
// the text names no one ("a spokesperson for UCEA said").
var spokesNouns = setOf("spokesman", "spokeswoman", "spokesperson", "representative", "official",
	"spokespeople", "spokesmen", "representatives")

// orgHeads are nouns by which an article refers back to an organisation it
// has named ("the ministry", "the company"): the businessHeads ("the
// company", "the club", "the carmaker", "the tech giant") and these.
var orgHeads = withWords(businessHeads, "ministry", "department", "agency", "bank", "union", "council",
	"commission", "regulator", "party",
	"government", "embassy", "court", "university", "hospital", "school", "police", "army",
	// Resolved only to an organisation whose name has the word ("the
	// trust" for the Citizens' Independent Transportation Trust).
	"trust", "foundation", "association", "institute", "authority", "board", "committee",
	"coalition", "alliance", "federation", "society", "league",
	// "Buckingham Palace said ... the palace said"
	"palace",
	// "The Landworkers' Co-operative said ... the cooperative said", "a
	// consortium named Arden Partners ... the consortium said"
	"cooperative", "co-operative", "co-op", "consortium",
	// "Dangote Refinery ... the refinery said", "the London Stock
	// Exchange ... the exchange said", "the International Monetary
	// Fund ... the fund said"
	"refinery", "exchange", "fund",
	// what science, weather and school pages call the institution
	// named before ("the National Hurricane Center ... the center
	// said", "the Bureau of Meteorology ... the bureau said", "the Los
	// Angeles Unified School District ... the district said", "Chester
	// Zoo ... the zoo said")
	"district", "bureau", "panel", "center", "centre", "service", "survey", "zoo", "observatory",
	"laboratory", "museum", "college", "academy",
	// Resolved only to an organisation introduced with the noun ("Ofcom,
	// the media watchdog,"); "body" is a businessHead.
	"watchdog",
	// "the force" for a police force, "the brigade" for a fire brigade
	// (see headNames).
	"force", "brigade", "constabulary",
	// "the team" for a team named in the plural ("the Dallas Cowboys")
	"team")

// pluralTeamWord reports whether w, the last word of a name, is a plural
// such as teams and bands are named with ("Cowboys", "Nets"), not a word
// ending in "ss" or "us" ("Congress", "Campus").
func pluralTeamWord(w string) bool {
	if len(w) <= 3 || w[len(w)-1]|0x20 != 's' {
		return false
	}
	switch w[len(w)-2] | 0x20 {
	case 's', 'u', '\'':
		return false
	}
	return !strings.HasSuffix(w, "’s")
}

// headNames are the words in an organisation's name that a head noun
// other than those words refers back to: "the force said" after "Greater
// Manchester Police" or "Scotland Yard".
var headNames = map[string][]string{
	"force": {"police", "constabulary", "yard", "force"},
	// "the Food and Drug Administration ... the agency said"; "the U.S.
	// Department of Agriculture ... the agency said", as American papers
	// call a federal department
	"agency": {"administration", "centers", "centres", "bureau", "service", "commission", "authority", "department"},
	// "The Writers Guild of America applauded the deal. "...," the union
	// said", "the United Auto Workers ... the union said": a trade
	// union's name need not say "union".
	"union": {"guild", "workers"},
	// "Barclays was fined by the Financial Conduct Authority. "...," the
	// regulator said": a regulator's name says what kind of body it is,
	// not that it regulates.
	// ("The Securities and Exchange Board of India fined ... the market
	// regulator said")
	"regulator": {"authority", "commission", "office", "administration", "inspectorate", "ombudsman", "board"},
	"watchdog":  {"authority", "commission", "office", "inspectorate", "ombudsman"},
	// "The Federal Reserve left rates unchanged. ... the central bank
	// said"
	"bank": {"reserve"},
	// "The Ministry of Defence said ... In a statement, the department
	// added", as British papers call a ministry
	"department": {"ministry"},
}

// acronymHeads may refer back to an organisation named by its acronym
// alone in that sentence or the one before ("The CDC recommended
// boosters. ... the agency said").
var acronymHeads = setOf("agency", "bureau")

// businessHeads may refer back to a name that does not say what it is
// ("Hellas Maritime ... the company said").
// The firmHeads ("the company", "the carmaker"), and:
var businessHeads = withWords(firmHeads, "group", "charity",
	// "Manchester United confirmed the signing. "...," the club said": a
	// club's name need not say "club".
	"club",
	// "Rafael Mendes has joined Harlow United. "...," the Championship
	// side said": sport pages' words for a club.
	"side", "outfit", "franchise",
	// "The organization, which negotiates for the studios, said": the
	// most general noun, fit for any organisation just named; "the
	// governing body said", "the trade body said" after FIFA or UK
	// Hospitality.
	"organisation", "organization", "body")

// topPost returns the post of a firm's top table that a role or
// description names ("ceo" for "chief executive" or "CEO", "cfo" for
// "chief financial officer", "finance chief" or "CFO", "coo", "cto"), or
// "".
func topPost(s string) string {
	s = strings.ToLower(s)
	switch {
	case strings.Contains(s, "financial officer") || strings.Contains(s, "finance officer") || strings.Contains(s, "finance chief") ||
		strings.Contains(s, "finance director") || hasWord(s, "cfo"):
		return "cfo"
	case strings.Contains(s, "operating officer") || hasWord(s, "coo"):
		return "coo"
	case strings.Contains(s, "technology officer") || hasWord(s, "cto"):
		return "cto"
	case strings.Contains(s, "chief executive") || hasWord(s, "ceo"):
		return "ceo"
	}
	return ""
}

// hasWord reports whether s holds w as a whole word.
func hasWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		e := k + len(w)
		if (k == 0 || !isLetter(s[k-1])) && (e == len(s) || !isLetter(s[e])) {
			return true
		}
		i = k + 1
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// postHolder returns the person mentioned last before pos whom the article
// gave the top-table post (topPost), when it gave it to one person alone;
// or -1.
func (a *attributor) postHolder(pos int, post string) int {
	found := -1
	for id := range a.reg.ents {
		e := &a.reg.ents[id]
		if !e.person || e.anon || e.org || personPost(e) != post {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = id
	}
	if found < 0 || !a.mentionedBefore(found, pos) {
		return -1
	}
	return found
}

// personPost returns the top-table post the article gave person e, by the
// role as written or a role word ("ceo", "cfo"), or "".
func personPost(e *entity) string {
	if p := topPost(e.role); p != "" {
		return p
	}
	for _, r := range e.roles {
		switch r {
		case "ceo", "cfo", "coo", "cto":
			return r
		}
	}
	return ""
}

// mentionedBefore reports whether entity id is mentioned before pos.
func (a *attributor) mentionedBefore(id, pos int) bool {
	k, _ := a.latestMention(id, pos)
	return k >= 0
}

// firmHeads are the businessHeads that only a firm is called by ("the
// company", "the carmaker"), never a public body.
var firmHeads = setOf("company", "firm", "operator", "airline", "carrier", "manufacturer",
	"maker", "carmaker", "automaker", "chipmaker", "drugmaker", "planemaker", "retailer",
	"lender", "insurer", "giant", "supermarket", "startup", "start-up", "conglomerate",
	// "Thames Water ... the utility said", "Safaricom ... the telco
	// said", "a retail chain", "the housebuilder" (not "the grocer" or
	// "the miner": a person's trade as well)
	"utility", "telco", "refiner", "chain", "housebuilder", "homebuilder", "brokerage")

// publicBodyWords in an organisation's name say it is a public body, which
// "the company" does not refer back to ("The European Commission said it
// had abused its position. "...," the company said": not the Commission).
var publicBodyWords = setOf("commission", "ministry", "department", "agency", "court", "council",
	"government", "police", "parliament", "committee", "authority", "tribunal", "senate",
	"congress", "administration", "regulator", "inspectorate", "ombudsman")

// publicBody reports whether entity e's name says it is a public body.
func publicBody(e *entity) bool {
	for _, w := range e.name {
		if publicBodyWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// orgByHead resolves "the ministry" at pos (in sentence sent): the latest
// organisation whose name has that word ("Foreign Ministry"), or, for a
// business noun, the latest name that is not a person's in this sentence
// or the one before. It returns -1 when there is none: the text does not
// say which.
func (a *attributor) orgByHead(pos, sent int, head string) int {
	r := a.reg
	// byNoun: the candidate was found by the business noun alone, in the
	// sentence of its mention at fpos.
	byNoun, fsent, fpos := false, -1, -1
	id := r.latestNamed(pos, sent, func(m mention, e *entity) bool {
		// "A WHO spokesperson said ... The UN agency said": the UN's
		// agency, named before, is not the UN.
		if head == "agency" && umbrellaBody(e) {
			return false
		}
		if byHeadWord(e, head) || a.namedWithHead(m.pos, head) {
			return true
		}
		if acronymHeads[head] && len(e.name) == 1 && isAcronym(e.name[0]) && !e.person && m.sent >= sent-1 && !m.weak {
			return true
		}
		if businessHeads[head] && (e.org || e.maybe) && m.sent >= sent-1 && !m.weak && !(e.maybe && a.ownedThing(m.pos)) && !(firmHeads[head] && publicBody(e)) {
			byNoun, fsent, fpos = true, m.sent, m.pos
			return true
		}
		// "UK Sport announced the funding. "...," the agency said",
		// "Sport England ... the agency said": a body named by a
		// country and one word (no agency named since).
		if head == "agency" && e.org && m.sent >= sent-8 && !m.weak && countryBody(e) {
			return true
		}
		// "The British Medical Association said doctors would strike
		// again. "...," the union said": a profession's body that is a
		// union too, named in that sentence or the two before (further
		// back, an employers' association may be meant as well).
		if head == "union" && len(e.name) > 1 && m.sent >= sent-2 && !m.weak && unionBody(e) {
			byNoun, fsent, fpos = true, m.sent, m.pos
			return true
		}
		// "The Dallas Cowboys released the kicker. "...," the team
		// said": a team's name in the plural (not "the team" of
		// researchers at a university).
		if head == "team" && e.org && len(e.name) >= 2 && pluralTeamWord(e.name[len(e.name)-1]) && m.sent >= sent-1 && !m.weak {
			byNoun, fsent, fpos = true, m.sent, m.pos
			return true
		}
		// "The Falcons said they would support him. "...," the team
		// said": a plural nickname after "the" alone (not a people, "the
		// Britons", nor a party's members, "the Democrats").
		if head == "team" && len(e.name) == 1 && !e.person && !e.anon && pluralTeamWord(e.name[0]) && m.sent >= sent-1 && a.theBefore(m.pos) {
			if w := strings.ToLower(e.name[0]); !pluralDemonym(w) && !partyMembers[strings.TrimSuffix(w, "s")] && !partyMembers[w] {
				byNoun, fsent, fpos = true, m.sent, m.pos
				return true
			}
		}
		return false
	})
	// "Hellas Maritime and Orbel Foods signed a deal. "...," the company
	// said.": two firms in that sentence; the text does not say which.
	if id >= 0 && byNoun {
		two := false
		r.walkBack(fpos, 40, func(m mention) bool {
			if m.sent != fsent {
				return true
			}
			// (For a team, any other name: "The Golden State Warriors
			// beat the Boston Celtics".)
			if e := &r.ents[m.ent]; m.ent != id && (e.org || e.maybe || head == "team") && !e.person && !e.anon && !m.weak && !(firmHeads[head] && publicBody(e)) {
				two = true
				return true
			}
			return false
		})
		if two {
			return -1
		}
	}
	return id
}

// theBefore reports whether the token before the one at byte offset pos
// is "the".
func (a *attributor) theBefore(pos int) bool {
	k := a.tokAt(pos)
	return k > 0 && k < len(a.toks) && a.toks[k-1].low == "the" && a.toks[k-1].para == a.toks[k].para
}

// countryBody reports whether e is named by a country's letters or name
// and one word ("UK Sport", "Sport England", "Tourism Australia").
// "Public Health Ontario", "Public Health Scotland", "Queensland Health":
// a public body of three words ending in a country or a province, or a
// province's public service, too.
func countryBody(e *entity) bool {
	switch len(e.name) {
	case 3:
		last := strings.ToLower(trimNameEnd(e.name[2]))
		if !countries[last] && !bodyRegions[last] {
			return false
		}
		for _, w := range e.name[:2] {
			if givenNameWord(w) || countries[strings.ToLower(w)] {
				return false
			}
		}
		return true
	case 2:
	default:
		return false
	}
	first, last := e.name[0], strings.ToLower(e.name[1])
	if bodyRegions[strings.ToLower(first)] && serviceWords[last] {
		return true
	}
	return countryLetters[first] || countries[last] && !countries[strings.ToLower(first)] && !givenNameWord(first)
}

// givenNameWord reports whether w is a known given name.
func givenNameWord(w string) bool {
	_, ok := firstNames[withoutAccents(strings.ToLower(w))]
	return ok || givenNameGender(strings.ToLower(w)) != 0
}

// unionBody reports whether the name e is of a body that may be a trade
// union without saying "union": an association, federation,
// confederation, brotherhood, or a royal college ("the Royal College of
// Nursing").
func unionBody(e *entity) bool {
	for i, w := range e.name {
		switch strings.ToLower(w) {
		case "association", "federation", "confederation", "brotherhood":
			return true
		case "college":
			return i > 0 && strings.EqualFold(e.name[i-1], "Royal")
		}
	}
	return false
}

// byHeadWord reports whether entity e is what "the " + head refers back to
// by the noun itself: a name with the word ("Foreign Ministry" for "the
// ministry"), or one introduced with it.
func byHeadWord(e *entity, head string) bool {
	for _, name := range e.name {
		// "the co-operative" for "Landworkers' Co-operative"; "the
		// cooperative" too.
		if cooperativeHeads[head] && cooperativeHeads[strings.ToLower(name)] {
			return true
		}
		// "Screen Actors Guild-American Federation of ...": each part of
		// a hyphened word is a word of the name.
		for rest := name; rest != ""; {
			w, more, _ := strings.Cut(rest, "-")
			rest = more
			if strings.EqualFold(w, head) || len(w) == len(head)+1 && w[len(w)-1] == 's' && strings.EqualFold(w[:len(head)], head) {
				return true
			}
			// (Not a name of one word: "Workers at the plant walked out"
			// opens a sentence with a common noun.)
			for _, n := range headNames[head] {
				if strings.EqualFold(w, n) && len(e.name) > 1 {
					return true
				}
			}
		}
	}
	// Introduced with the noun: "The group, WeWorkers Coalition,".
	return e.org && slices.Contains(e.roles, head)
}

// cooperativeHeads are the spellings of a cooperative's name, each
// referring back to the others.
var cooperativeHeads = setOf("cooperative", "co-operative", "co-op", "coop")

// namedWithHead reports whether the name mentioned at pos stands beside
// the noun head, which says what it is: after it ("the RMT union", "the
// disability charity Scope", "the teachers' union, the NEU,") or right
// before it ("the GMB union said"). "The RMT union said ... "...," the
// union said" refers back to it.
func (a *attributor) namedWithHead(pos int, head string) bool {
	k := a.tokAt(pos)
	if k >= len(a.toks) || a.toks[k].s != pos {
		return false
	}
	para := a.toks[k].para
	j := k
	for j < len(a.toks) && j < k+8 && isNameWord(a.toks[j]) && a.toks[j].para == para {
		if a.toks[j].poss {
			return false
		}
		j++
	}
	if j < len(a.toks) && a.toks[j].para == para && a.toks[j].low == head && !a.toks[j].cap {
		return true
	}
	b := k - 1
	if b >= 0 && a.toks[b].low == "the" {
		b--
	}
	if b >= 0 && a.toks[b].low == "," {
		b--
	}
	return b >= 0 && a.toks[b].para == para && a.toks[b].low == head && !a.toks[b].cap && (b == k-1 || a.toks[k-1].low == "the" || a.toks[k-1].low == ",")
}

// ownedThing reports whether the name at pos is something an organisation
// owns ("its App Store rules", "their Model Y"): not the firm a later
// "the firm" refers back to.
func (a *attributor) ownedThing(pos int) bool {
	k := a.tokAt(pos)
	if k == 0 || k >= len(a.toks) {
		return false
	}
	p := a.toks[k-1]
	return p.para == a.toks[k].para && (p.low == "its" || p.low == "their")
}

// questionVerbs put a question to someone: "Alan Dale asked him why".
var questionVerbs = setOf("asked", "asks", "questioned", "pressed", "challenged", "quizzed", "interviewed", "inquired", "enquired")

// askedBy reports whether the latest mention of entity id before pos, in
// the sentence before pos's, is the subject of "asked" ("Representative
// Jamie Raskin, a Maryland Democrat, asked whether ...").
func (a *attributor) askedBy(id, pos int) bool {
	sent := a.sentAt(pos)
	found := false
	a.reg.walkBack(pos, 20, func(m mention) bool {
		if m.ent != id {
			return false
		}
		// (An unnamed asker, "Another reporter asked about the talks.
		// She said ... "...," she added.", is answered over a few
		// sentences.)
		if m.sent < sent-1 && !(a.reg.ents[id].anon && m.sent >= sent-3) {
			return true
		}
		i := a.tokAt(m.pos)
		// "Alan Dale asked him why he had stayed": a pronoun in the
		// question, which a chain may have given the asker, is not where
		// the asker is named.
		if i < len(a.toks) && a.toks[i].sent == m.sent && isPronoun(a.toks[i].low) {
			return false
		}
		for i < len(a.toks) && isNameWord(a.toks[i]) {
			i++
		}
		// "a reporter asked": past an unnamed asker's description.
		if a.reg.ents[id].anon {
			for n := 0; n < 4 && i < len(a.toks) && a.toks[i].kind == tWord && !a.isVerb(i) && !questionVerbs[a.toks[i].low] && a.toks[i].low != "followed"; n++ {
				i++
			}
		}
		// "Asked by the chairman, Alan Dale, why he had stayed, he
		// paused.": the one named in the fronted phrase asks.
		s0 := i
		for s0 > 0 && a.toks[s0-1].sent == m.sent && a.toks[s0-1].para == a.toks[i].para && i-s0 < 8 {
			s0--
		}
		if (s0 == 0 || a.toks[s0-1].sent != m.sent) && s0+1 < i && a.toks[s0].low == "asked" && a.toks[s0+1].low == "by" {
			found = true
			return true
		}
		// "The chairman, Alan Dale, asked": the name in apposition, its
		// closing comma before the verb.
		// (Not "Vasquez, asked by reporters whether ..., smiled": she was
		// asked.)
		if i+2 < len(a.toks) && a.toks[i].low == "," && questionVerbs[a.toks[i+1].low] && a.toks[i+2].low != "by" {
			i++
		} else if i < len(a.toks) && a.toks[i].low == "," {
			for j := i + 1; j < len(a.toks) && j <= i+12; j++ {
				if a.toks[j].low == "," {
					i = j + 1
					break
				}
				if a.toks[j].kind != tWord {
					break
				}
			}
		}
		if i < len(a.toks) && a.toks[i].sent == m.sent {
			switch {
			case questionVerbs[a.toks[i].low]:
				found = i+1 < len(a.toks) && a.toks[i+1].low != "for" && a.toks[i+1].low != "to"
			case (a.toks[i].low == "followed" || a.toks[i].low == "follows") && i+1 < len(a.toks) && a.toks[i+1].low == "up":
				// "A reporter followed up: "Was the US informed?"":
				// another question.
				found = true
			case a.toks[i].low == "put":
				// "Jim Hall put it to Tom Reed that ...": a question too.
				found = i+2 < len(a.toks) && a.toks[i+1].low == "it" && a.toks[i+2].low == "to"
			}
		}
		return true
	})
	return found
}

// nounAt reports whether toks[k] is a lower-case noun a people's word
// before it qualifies ("the South African government", "the New Zealand
// coach").
func (a *attributor) nounAt(k int) bool {
	if k >= len(a.toks) || a.toks[k].kind != tWord || a.toks[k].cap || a.toks[k].in(lxReportingVerbs) {
		return false
	}
	ok, _ := personNoun(a.toks[k].low)
	return ok || a.toks[k].in(lxOrgWords) || a.toks[k].in(lxOrgHeads)
}

// nationality reports whether w (lower case) is an adjective of
// nationality ("syrian", "japanese"), stricter than demonym.
func nationality(w string) bool {
	if demonyms[w] {
		return true
	}
	for _, suf := range []string{"ian", "ean", "ese"} {
		if len(w) > 5 && strings.HasSuffix(w, suf) && !nonDemonyms[w] {
			return true
		}
	}
	return false
}

// demonym reports whether w (lower case) names a person by nationality
// ("spaniard", "croatian", "frenchman"), as in "the Spaniard said".
func demonym(w string) bool {
	if demonyms[w] {
		return true
	}
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ese", "ard", "man", "woman"} {
		if strings.HasSuffix(w, suf) {
			return !nonDemonyms[w]
		}
	}
	return false
}

// pluralDemonym reports whether w names a people: "britons", "americans",
// "frenchmen".
func pluralDemonym(w string) bool {
	if b, ok := strings.CutSuffix(w, "men"); ok && len(b) > 2 {
		return demonym(b + "man")
	}
	b, ok := strings.CutSuffix(w, "s")
	return ok && len(b) > 3 && demonym(b)
}

var demonyms = setOf("american", "mexican", "kenyan", "ugandan", "rwandan", "cuban", "moroccan",
	"dominican", "venezuelan", "german", "afghan", "pakistani", "iraqi", "israeli", "saudi",
	"qatari", "bangladeshi", "somali", "scot", "swede", "dane", "finn", "pole", "turk",
	"greek", "briton", "brit", "swiss", "thai", "kiwi", "aussie", "argentine", "filipino",
	"czech", "slovak", "uzbek", "kazakh", "kuwaiti", "omani", "yemeni", "emirati", "nepali",
	"dutch", "welsh", "irish", "english", "scottish", "british", "french", "spanish",
	"portuguese", "japanese", "chinese", "south african", "tanzanian", "zambian", "cameroonian",
	// peoples and regions sport pages call players and managers by ("the
	// Serb said", "the Catalan replied")
	"serb", "croat", "catalan", "basque", "slovene", "kurd", "texan", "jamaican", "guatemalan",
	"uruguayan", "paraguayan", "angolan", "mozambican", "montenegrin", "kosovar", "tajik",
	"samoan", "tongan", "londoner", "scouser", "geordie", "mancunian", "glaswegian",
	// people of a city or state ("the Dubliner said", "the Queenslander")
	"dubliner", "aucklander", "queenslander", "sydneysider", "muscovite",
	// peoples named with "-ese", spelled out since names end so too
	// ("Albanese", "Calabrese")
	"lebanese", "vietnamese", "taiwanese", "sudanese", "senegalese", "congolese", "maltese",
	"burmese", "nepalese", "togolese", "gabonese", "guyanese", "bhutanese", "surinamese",
	// peoples' words of no common ending ("the Monegasque said", "the
	// Cypriot", "the Icelander")
	"monegasque", "cypriot", "icelander", "luxembourger", "libyan", "andorran", "nicaraguan", "honduran",
	"salvadoran", "kyrgyz", "turkmen", "azeri", "malagasy", "bruneian", "sammarinese")

// nonDemonyms end like demonyms but name institutions or roles.
var nonDemonyms = setOf("guardian", "chairman", "chairwoman", "spokesman", "spokeswoman",
	"ombudsman", "foreman", "alderman", "congressman", "congresswoman", "businessman",
	"businesswoman", "policeman", "policewoman", "fireman", "sportsman", "frontman",
	"vatican", "kremlin", "pentagon", "european", "standard", "leopard", "custodian",
	"libertarian", "comedian", "musician", "politician", "physician", "veteran", "civilian",
	"guardsman", "batsman", "bowman", "linesman", "horseman", "huntsman", "statesman")

// isDashTok reports whether a token is a dash standing alone, as writers
// set off a parenthesis (" – ", " — ", " - ").
func isDashTok(w string) bool { return w == "–" || w == "—" || w == "-" }

// clauseOpener reports whether toks[i:j] opens with a subject pronoun and
// a lower-case word after it: a clause ("he admits he was angry"), never
// an apposition.
func clauseOpener(toks []token, i, j int) bool {
	if i+1 >= j {
		return false
	}
	switch toks[i].low {
	case "he", "she", "they", "we", "i":
	default:
		return false
	}
	n := toks[i+1]
	return n.kind == tWord && !n.cap && n.low != "and" && n.low != "or" && n.low != "who"
}

// isPublication reports whether e is a publication: introduced with a
// media noun ("the journal JAMA Psychiatry"), or named with a word that
// names newspapers ("Wall Street Journal", "Chicago Tribune").
func isPublication(e *entity) bool {
	for _, r := range e.roles {
		if mediaNouns[r] {
			return true
		}
	}
	for _, w := range e.name {
		if l := strings.ToLower(w); mediaNouns[l] || paperNames[l] {
			return true
		}
	}
	return false
}

// paperNames are words newspapers are named with.
var paperNames = setOf("times", "post", "herald", "tribune", "gazette", "telegraph", "guardian", "chronicle", "inquirer",
	"examiner", "courier", "observer", "independent", "express", "mail", "bulletin", "register", "dispatch", "sentinel",
	"journal", "standard", "mirror", "today")

// itSpeaker returns the organisation an "it" speaking at pos goes on
// meaning, or -1: the one quoted last ("Despite ...," economists at
// Goldman Sachs said ... "...," it said.), when the latest organisation
// named, id, is only named since in passing, as an object ("forecast the
// GDP", "from the RBI"), never as a sentence's subject, and that quotation
// is at most six sentences back.
func (a *attributor) itSpeaker(id, pos int) int {
	s := a.lastOrg
	if s < 0 || s == id || a.lastOrgPos >= pos || a.sentAt(pos)-a.sentAt(a.lastOrgPos) > 6 {
		return -1
	}
	if id < 0 {
		return s
	}
	subject := false
	a.reg.walkBack(pos, 60, func(m mention) bool {
		if m.pos <= a.lastOrgPos {
			return true
		}
		if m.ent == id && (m.speaks || m.opens || a.opensClause(m.pos)) {
			subject = true
			return true
		}
		return false
	})
	if subject {
		return -1
	}
	return s
}

// prevSentStart returns the index of the first token of the sentence
// before the one of toks[k], or -1 when there is none.
func (a *attributor) prevSentStart(k int) int {
	s := a.toks[k].sent
	b := -1
	for j := k - 1; j >= 0 && a.toks[j].sent >= s-1; j-- {
		if a.toks[j].sent == s-1 {
			b = j
		}
	}
	return b
}

// prevSentAt is prevSentStart for the token at byte offset pos (-1 also
// when pos is at or before the first token or past the last).
func (a *attributor) prevSentAt(pos int) int {
	i := a.tokAt(pos)
	if i >= len(a.toks) || i == 0 {
		return -1
	}
	return a.prevSentStart(i)
}

// orgDescSubjectBefore returns the index of the head noun of "The
// company" or "The airline" that opens the sentence before pos's as the
// subject of a verb ("The airline said it would move 12 aircraft."), or
// -1.
func (a *attributor) orgDescSubjectBefore(pos int) int {
	b := a.prevSentAt(pos)
	if b < 0 || a.toks[b].low != "the" {
		return -1
	}
	prev := a.toks[b].sent
	// ("The Taiwanese company", "The Basel-based group": past a
	// nationality or a lower-case word before the noun.)
	hk := b + 1
	// ("The UN agency said": past a union of states' letters too.)
	for hk < len(a.toks) && hk < b+3 && a.toks[hk].sent == prev && a.toks[hk].kind == tWord && !a.toks[hk].poss && !a.toks[hk].in(lxOrgHeads) &&
		(!a.toks[hk].cap || nationality(a.toks[hk].low) || umbrellaLetters[a.toks[hk].text]) && !a.toks[hk].in(lxReportingVerbs) {
		hk++
	}
	if hk+1 >= len(a.toks) || a.toks[hk+1].sent != prev {
		return -1
	}
	h, v := a.toks[hk], a.toks[hk+1]
	// ("The group, which owns fashion brands, said": past a clause
	// between commas.)
	if v.low == "," && hk+2 < len(a.toks) && (a.toks[hk+2].low == "which" || a.toks[hk+2].low == "whose") {
		for c := hk + 3; c+1 < len(a.toks) && c < hk+25 && a.toks[c].sent == prev; c++ {
			if a.toks[c].low == "," {
				v = a.toks[c+1]
				break
			}
		}
	}
	if h.kind != tWord || h.cap || h.poss || !h.in(lxOrgHeads) || v.kind != tWord || v.cap || v.sent != prev {
		return -1
	}
	w := v.low
	if !(reportingVerbs[w] || auxiliaries[w] || v.in(lxPastVerbs) || len(w) > 3 && strings.HasSuffix(w, "ed")) {
		return -1
	}
	return hk
}

// euQualified reports whether the description np is the European
// Union's ("the EU executive", "the bloc's executive", "the European
// Union's executive").
func (a *attributor) euQualified(np nounPhrase) bool {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		t := a.toks[k]
		switch {
		case t.text == "EU" || t.text == "EU's" || t.text == "EU’s":
			return true
		case t.poss && strings.HasPrefix(t.low, "bloc"):
			return true
		case t.poss && strings.HasPrefix(t.low, "union") && k > 0 && a.toks[k-1].text == "European":
			return true
		}
	}
	return false
}

// personNear reports whether a person is mentioned in the sentence of
// pos or the one before, before pos.
func (a *attributor) personNear(pos int) bool {
	sent, found := a.sentAt(pos), false
	a.reg.walkBack(pos, 40, func(m mention) bool {
		if m.sent < sent-1 {
			return true
		}
		if e := &a.reg.ents[m.ent]; e.person || e.anon {
			found = true
			return true
		}
		return false
	})
	return found
}

// tradeFirmHeads are what papers call a firm by its trade that a person
// plying it is called too ("the grocer", "the miner", "the jeweller"):
// not firmHeads.
var tradeFirmHeads = setOf("grocer", "miner", "jeweller", "jeweler", "brewer", "baker", "builder", "publisher", "distiller")

// centralQualified reports whether the description np says "central"
// before its noun ("the central bank", "India's central bank").
func (a *attributor) centralQualified(np nounPhrase) bool {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		if a.toks[k].low == "central" {
			return true
		}
	}
	return false
}

// centralBankName reports whether e is named as a central bank is: with
// "Reserve" or "Central" ("Reserve Bank of India", "Federal Reserve",
// "European Central Bank"), "Bank of" and a place ("Bank of England",
// "Bank of Japan"), or one of the names of its own ("Bundesbank").
func centralBankName(e *entity) bool {
	for i, w := range e.name {
		switch strings.ToLower(w) {
		case "reserve", "central", "bundesbank", "riksbank", "fed", "rbi", "ecb", "boe", "boj", "pboc", "sarb", "cbn":
			return true
		case "bank":
			if i == 0 && len(e.name) == 3 && strings.EqualFold(e.name[1], "of") {
				return true
			}
		}
	}
	return false
}

// descStart returns the index of "the" that opens the description whose
// head is toks[k] (see orgDescSubjectBefore).
func (a *attributor) descStart(k int) int {
	b := k - 1
	for b > 0 && b > k-3 && a.toks[b].low != "the" {
		b--
	}
	return b
}

// orgNamedSubjectBefore returns the organisation named after its noun
// that opens the sentence before pos's ("Consumer group Foodwatch was
// less positive.", "The campaign group Foodwatch said"), or -1.
func (a *attributor) orgNamedSubjectBefore(pos int) int {
	b := a.prevSentAt(pos)
	if b < 0 {
		return -1
	}
	prev := a.toks[b].sent
	k := b
	if a.toks[k].low == "the" {
		k++
	}
	// up to two words before the noun ("consumer group", "the campaign
	// group"), the first of which may open the sentence in capitals
	h := -1
	for j := k; j < len(a.toks) && j < k+3 && a.toks[j].kind == tWord && a.toks[j].sent == prev && !a.toks[j].poss && (!a.toks[j].cap || j == b); j++ {
		if orgHeads[a.toks[j].low] {
			h = j
		}
	}
	if h < 0 || h+1 >= len(a.toks) || !isNameWord(a.toks[h+1]) || a.toks[h+1].sent != prev {
		return -1
	}
	id := a.reg.mentionAt(a.toks[h+1].s)
	// (Its speaking alone may have made a name of one word a person's:
	// "The campaign group Foodwatch said".)
	if id < 0 {
		return -1
	}
	if e := &a.reg.ents[id]; e.person && !e.orgShaped() || e.anon {
		return -1
	}
	// the name ends before a verb: it is the subject
	e := h + 1
	for e < len(a.toks) && isNameWord(a.toks[e]) && !a.toks[e].poss {
		e++
	}
	if e >= len(a.toks) || a.toks[e].kind != tWord || a.toks[e].cap || a.toks[e].in(lxPrepositions) || a.toks[e-1].poss {
		return -1
	}
	return id
}

// opensClause reports whether the name at byte offset pos heads its
// sentence's subject: at most a determiner and a lower-case noun come
// before it ("The company Velora announced"), and no preposition.
func (a *attributor) opensClause(pos int) bool {
	k := a.tokAt(pos)
	if k >= len(a.toks) {
		return false
	}
	n := 0
	for j := k - 1; j >= 0 && a.toks[j].sent == a.toks[k].sent && a.toks[j].para == a.toks[k].para; j-- {
		t := a.toks[j]
		if t.kind != tWord || t.in(lxPrepositions) || n == 2 || j < k-1 && t.low != "the" && t.low != "a" && t.low != "an" {
			return false
		}
		n++
	}
	return true
}

// personOfName reads the subject "a co-owner of the NHL's Devils" before
// the name run starting at toks[k]: past "the" and a possessor's name, a
// preposition ("of", "at", "with") after a lower-case noun for a person
// opened by a determiner. An indefinite one is someone unnamed; "the co-owner of" is a
// description.
func (a *attributor) personOfName(lo, k, hi int) (nounPhrase, bool) {
	b := k - 1
	if b > lo && a.toks[b].poss && a.toks[b].kind == tWord {
		b--
		for b > lo && isNameWord(a.toks[b]) && !a.toks[b].poss {
			b--
		}
	}
	if b > lo && a.toks[b].low == "the" {
		b--
	}
	// "Residents of Springfield said", "The Veterans of Foreign Wars
	// called it", "Supporters of Trump said": people in the plural,
	// capitalised as the sentence's first word or after "the", head the
	// subject; the name after "of" does not speak.
	if b-1 >= lo && a.toks[b].low == "of" {
		if n := a.toks[b-1]; n.kind == tWord && n.cap && !n.poss && (a.opensSentence(b-1) || b-2 >= lo && a.toks[b-2].low == "the" && a.opensSentence(b-2)) {
			ok, plural := personNoun(n.low)
			if sg, cut := strings.CutSuffix(n.low, "s"); !ok && cut {
				ok, _ = personNoun(sg)
				plural = ok
			}
			if ok && plural && !orgVoices[n.low] {
				return nounPhrase{kind: npAnon, lo: b - 1, hi: hi}, true
			}
		}
	}
	if b-1 <= lo || !a.toks[b].in(lxPrepositions) || a.toks[b].low == "and" {
		return nounPhrase{}, false
	}
	n := a.toks[b-1]
	// "Officials at Oakland Zoo said": an organisation speaking through
	// its officials is the organisation.
	if (orgVoices[n.low] || firmVoices[n.low]) && n.kind == tWord {
		switch a.toks[b].low {
		case "at", "from", "with", "of":
			if id := a.orgNamed(k, a.nameRunEnd(k, hi)); id >= 0 {
				return nounPhrase{kind: npName, ent: id, lo: b - 1, hi: hi}, true
			}
		}
	}
	if n.kind != tWord || n.cap {
		return nounPhrase{}, false
	}
	if ok, _ := personNoun(n.low); !ok || n.in(lxDelegateNouns) || n.in(lxSpokesNouns) || n.low == "member" || n.low == "members" {
		return nounPhrase{}, false
	}
	d := b - 2
	for d > lo && d > b-5 && a.toks[d].kind == tWord && !a.toks[d].cap && !determiner(a.toks[d].low) && !anonDeterminer(a.toks[d].low) {
		d--
	}
	switch w := a.toks[d].low; {
	case anonDeterminer(w):
		return nounPhrase{kind: npAnon, lo: d, hi: hi}, true
	case w == "the":
		return nounPhrase{kind: npDesc, word: n.low, lo: d, hi: hi, qual: k}, true
	}
	return nounPhrase{}, false
}

// anonDescBefore returns where an indefinite description of a person ends
// right before the preposition at toks[p] opens ("a source close" of "a
// source close to Macron", "officials familiar" of "officials familiar
// with Hale"), past at most two lower-case words after its noun, or -1.
func (a *attributor) anonDescBefore(lo, p int) int {
	for n := p - 1; n >= lo && n >= p-3; n-- {
		t := a.toks[n]
		if t.kind != tWord || t.cap {
			return -1
		}
		ok, plural := personNoun(t.low)
		if !ok {
			continue
		}
		if n > lo && anonDeterminer(a.toks[n-1].low) {
			return n - 1
		}
		if plural && (n == lo || a.toks[n-1].kind != tWord) {
			return n
		}
		return -1
	}
	return -1
}

// ledeSomeoneAt returns the index of the first token of the first
// paragraph that names someone or describes a person ("The family of a
// woman who died ... have said she "died doing what she loved"": the
// "she" is hers), or the paragraph's end; read once.
func (a *attributor) ledeSomeoneAt() int {
	if a.ledeSomeone > 0 {
		return a.ledeSomeone - 1
	}
	j := 0
	for ; j < len(a.toks) && a.toks[j].para == a.toks[0].para; j++ {
		t := a.toks[j]
		if t.kind != tWord {
			continue
		}
		if isNameWord(t) && a.reg.mentionAt(t.s) >= 0 {
			break
		}
		if ok, _ := personNoun(t.low); ok && !t.cap || t.in(lxPersonRoles) || t.in(lxRelationNouns) || t.in(lxOccupations) {
			break
		}
	}
	a.ledeSomeone = j + 1
	return j
}

// firstParaEnd returns the index of the first token past the article's
// first paragraph, or len(a.toks) (found once: ledePronoun asks it for
// each pronoun of that paragraph).
func (a *attributor) firstParaEnd() int {
	if a.paraEnd == 0 {
		j := 0
		for j < len(a.toks) && a.toks[j].para == a.toks[0].para {
			j++
		}
		a.paraEnd = j + 1
	}
	return a.paraEnd - 1
}

// ledePronoun returns the person a he/she at toks[p] in the article's
// first paragraph means when no one is named before it: the subject of the
// first sentence of the next paragraph, of its gender or of none known
// ("It was, she says, "the best decision I ever made". / Three years ago,
// Aoife Brennan quit ..."); -1 otherwise (not a name later in the
// pronoun's own paragraph: ""No," she said. Linda Park had already left.").
func (a *attributor) ledePronoun(p int, g byte) int {
	first := a.toks[0].para
	if a.toks[p].para != first || p >= a.ledeSomeoneAt() {
		return -1
	}
	lo := a.firstParaEnd()
	if lo >= len(a.toks) || a.toks[lo].para != first+1 {
		return -1
	}
	hi := lo
	for hi < len(a.toks) && a.toks[hi].para == first+1 && a.toks[hi].kind != tEnd && a.toks[hi].kind != tQuote {
		hi++
	}
	fits := func(np nounPhrase) bool {
		// Only one whose given name says the pronoun's gender.
		return np.kind == npName && np.ent >= 0 && !a.reg.ents[np.ent].anon && !a.reg.ents[np.ent].org && a.reg.ents[np.ent].gender == g
	}
	if np := a.subject(lo, hi); fits(np) {
		return np.ent
	}
	// "Three years ago, Aoife Brennan quit": past a phrase of time.
	for c := lo + 1; c < hi && c <= lo+6; c++ {
		if a.toks[c].low == "," {
			if np := a.subject(c+1, hi); fits(np) && np.lo == c+1 {
				return np.ent
			}
			break
		}
	}
	return -1
}

// peopleAfterOpener reports whether t is a lower-case plural noun of people
// ("seekers", "workers", "residents", "activists"), the head a sentence's
// capitalised first words qualify ("Asylum seekers say", "Amazon workers
// in Coventry say"); not a verb ("Simmons agrees", "Apple offers").
func peopleAfterOpener(t token) bool {
	if t.kind != tWord || t.cap {
		return false
	}
	if ok, plural := personNoun(t.low); ok && plural || pluralPersonNoun(t.low) {
		return true
	}
	return groupPeople[t.low]
}

// groupPeople are plural nouns of people a capitalised word qualifies at a
// sentence's start in reports of protests, strikes and communities, that
// personNoun does not know as plurals of a person ("workers", "residents",
// "activists" are its roles' and occupations' plurals).
var groupPeople = setOf("seekers", "families", "locals", "marchers", "unionists", "cleaners", "leavers",
	"dwellers", "households")

// policeRanks are ranks of the police and the armed forces, which describe
// no one the article gave a civilian role: uniformRanks, indianRanks and
// these.
var policeRanks = withWords(unionOf(uniformRanks, indianRanks), "superintendent", "commissioner")

// civilianOnly reports whether roles hold a role and none of them is a
// rank's or an officer's (policeRanks, rankRoles).
func civilianOnly(roles []string) bool {
	if len(roles) == 0 {
		return false
	}
	for _, r := range roles {
		if policeRanks[r] || rankRoles[r] {
			return false
		}
	}
	return true
}

// describedRelative returns where a description of one person starts ("A man",
// "A Nigerian mother") when toks[lo:j+1] is that description, opening the
// clause, followed by a restrictive relative clause ("who spent 18 months
// sleeping rough in Bristol", "whose son played with Leo Hart") that runs to j with no comma, quotation or
// verb of speech in it; or -1.
func (a *attributor) describedRelative(lo, j int) int {
	r := -1
	for k := j; k > lo && k > j-25; k-- {
		t := a.toks[k]
		if t.kind != tWord || reportingVerbs[t.low] {
			return -1
		}
		if t.low == "who" || t.low == "whose" || t.low == "whom" {
			r = k
			break
		}
	}
	if r < 0 || r == j {
		return -1
	}
	h := r - 1
	if ok, plural := personNoun(a.toks[h].low); !ok || plural || a.toks[h].cap {
		return -1
	}
	for d := h - 1; d >= lo && d >= h-3; d-- {
		t := a.toks[d]
		if t.kind != tWord {
			return -1
		}
		switch t.low {
		case "a", "an", "one", "another":
			if d == lo || a.toks[d-1].kind == tEnd || a.toks[d-1].para != t.para {
				return d
			}
			return -1
		}
		if t.cap && d != h-1 {
			return -1
		}
	}
	return -1
}

// titleQualifier reports whether t, right before a title, makes it
// another post: "Shadow", "Vice", "Deputy", "former", a title or role.
func titleQualifier(t token) bool {
	switch t.low {
	case "shadow", "vice", "deputy", "assistant", "associate", "junior", "co", "under", "lieutenant", "ex", "acting", "interim":
		return true
	}
	return timeAdjectives[t.low] || t.in(lxTitles) || t.in(lxPersonRoles) || t.poss
}

// seedRanks come before "seed" in a tennis or snooker draw's seeding.
var seedRanks = setOf("top", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th", "13th", "14th", "15th", "16th", "no", "number")

// titledAlike returns the person the article gave, before pos, the very
// words of the definite description np (two words or more after "the")
// as a title before the name ("Top seed Lena Okafor", "the defending
// champion Tom Hale") or in apposition after it ("Lena Okafor, the top
// seed,"), and how many people it gave them (0, 1, or 2 for more).
func (a *attributor) titledAlike(np nounPhrase, pos int) (int, int) {
	d := np.lo
	if d < 0 || np.hi > len(a.toks) || np.hi-d < 3 || np.hi-d > 5 || a.toks[d].low != "the" {
		return -1, 0
	}
	w := a.toks[d+1 : np.hi]
	for _, t := range w {
		if t.kind != tWord || t.poss || isNameWord(t) && !t.cap {
			return -1, 0
		}
	}
	found, n := -1, 0
	for j := 0; j+len(w) < d; j++ {
		if a.toks[j].s >= pos {
			break
		}
		match := true
		for k, t := range w {
			if a.toks[j+k].low != t.low {
				match = false
				break
			}
		}
		// (Not "Shadow defence secretary James Cartlidge" for "the
		// defence secretary": a word before the match that qualifies
		// the title.)
		if !match || j > 0 && a.toks[j-1].kind == tWord && a.toks[j-1].para == a.toks[j].para && titleQualifier(a.toks[j-1]) {
			continue
		}
		id := -1
		if e := j + len(w); isNameWord(a.toks[e]) && a.toks[e].para == a.toks[j].para {
			id = a.reg.mentionAt(a.toks[e].s)
		}
		if id < 0 && j >= 3 && a.toks[j-1].low == "the" && a.toks[j-2].low == "," && isNameWord(a.toks[j-3]) {
			s := j - 3
			for s > 0 && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && a.toks[s-1].para == a.toks[j].para {
				s--
			}
			id = a.reg.mentionAt(a.toks[s].s)
		}
		if id < 0 || !a.reg.isPerson(id) || a.reg.ents[id].org {
			continue
		}
		if found >= 0 && found != id {
			return -1, 2
		}
		found, n = id, 1
	}
	return found, n
}

// ledeDescribed returns the person a definite description of a person
// speaking in the article's opening means when no one is named before it:
// the name opening the next sentence, in its paragraph or the next
// (""I thought my career was over," the 31-year-old said. / Marta Kessler,
// who spent 14 months out, ..."; ""We will not be bullied," the veteran
// lawmaker told a rally. Senator Bola Adeyemi, ..."), and the confidence
// to give it: shown when the name opens that sentence, given but not shown
// past an opening phrase ("Giving evidence, Denise Parr said") or when the
// article gives the name another post. -1 when someone is named before,
// or the name's gender or age is not the description's.
func (a *attributor) ledeDescribed(np nounPhrase) (int, float64) {
	d := np.lo
	if d < 0 || d >= len(a.toks) || a.toks[d].low != "the" || a.toks[d].para > a.toks[0].para+1 || a.possessed(np) ||
		np.hi > d && np.hi <= len(a.toks) && a.toks[np.hi-1].poss {
		return -1, 0
	}
	age := ageOf(np.word)
	if age == "" && !personRoles[np.word] && !occupations[np.word] || np.hi-d > 4 || np.hi > len(a.toks) || a.toks[np.hi-1].low != np.word {
		return -1, 0
	}
	// "the 31-year-old", "the veteran lawmaker": the head after words
	// that modify it, not "the aisle" after "a woman in".
	for _, t := range a.toks[d+1 : np.hi] {
		if t.kind != tWord || t.poss || closedClass(t.low) {
			return -1, 0
		}
	}
	for j := 0; j < d; j++ {
		if t := a.toks[j]; isNameWord(t) {
			if id := a.reg.mentionAt(t.s); id >= 0 && !a.reg.ents[id].org {
				return -1, 0
			}
			// "Beyonce thanked her fans. "...," the singer told the
			// crowd. Jay-Z said": a one-word name, no English word,
			// opening a sentence as its subject may be the one meant.
			if (j == 0 || a.toks[j-1].kind == tEnd || a.toks[j-1].sent != t.sent) && !t.poss && j+1 < d && a.toks[j+1].kind == tWord && !a.toks[j+1].cap &&
				!englishWord(t.low) && !t.in(lxCountries) && a.reg.mentionAt(t.s) < 0 {
				return -1, 0
			}
		}
	}
	// The next sentence: past the description's, in its paragraph or
	// opening the next.
	s := a.toks[d].sent
	lo := nextSentence(a.toks, d, s)
	if lo >= len(a.toks) || a.toks[lo].para > a.toks[d].para+1 {
		return -1, 0
	}
	hi := lo
	for hi < len(a.toks) && hi < lo+40 && a.toks[hi].sent == a.toks[lo].sent && a.toks[hi].kind != tQuote {
		hi++
	}
	sub := a.subject(lo, hi)
	// "Asked about the leak, the commissioner told reporters: "...".
	// Pressed again, she added: "...". / Commissioner Anne Lowry took up
	// the post in January.": past a sentence or two whose subject is a
	// pronoun going on about the one described.
	for n := 0; n < 2 && sub.kind == npPron && (sub.word == "he" || sub.word == "she") && sub.lo >= lo; n++ {
		nlo := nextSentence(a.toks, lo, a.toks[lo].sent)
		if nlo >= len(a.toks) || a.toks[nlo].para > a.toks[d].para+2 {
			return -1, 0
		}
		lo, hi = nlo, nlo
		for hi < len(a.toks) && hi < lo+40 && a.toks[hi].sent == a.toks[lo].sent && a.toks[hi].kind != tQuote {
			hi++
		}
		sub = a.subject(lo, hi)
	}
	// "Writing in The Times, the former prime minister said the party
	// had "lost its way". / "We must return to the centre ground,"
	// Theresa Hale wrote.": the name right after the quotation opening
	// the next sentence, before a verb of speech (given, not shown).
	// (Only when the description opens its sentence's narrative, not
	// in the cue after a quotation of its own: ""...," the minister
	// said. "...," Sarah Cole said." does not say they are one.)
	quoted := false
	ds := d
	for ds > 0 && a.toks[ds-1].sent == a.toks[d].sent {
		ds--
	}
	if sub.kind == npNone && lo < len(a.toks) && a.toks[lo].kind == tQuote && a.toks[ds].kind != tQuote {
		j := lo + 1
		if j < len(a.toks) && a.toks[j].low == "," {
			j++
		}
		end := j
		for end < len(a.toks) && end < j+8 && a.toks[end].sent == a.toks[lo].sent && a.toks[end].kind == tWord {
			end++
		}
		if j < end && isNameWord(a.toks[j]) {
			if q := a.parseFwd(j, end); q.kind == npName && q.lo == j && q.hi < end && a.toks[q.hi].in(lxReportingVerbs) {
				sub, lo, quoted = q, j, true
			}
		}
	}
	if sub.kind != npName || sub.ent < 0 || sub.lo < lo {
		return -1, 0
	}
	e := &a.reg.ents[sub.ent]
	if !e.person || e.org || e.anon || e.plural || !genderFits(e.gender, np.word) {
		return -1, 0
	}
	// "Talks resumed in Cairo": a capitalised English word alone opening
	// the sentence is no one's name (but "Osaka, who ...").
	if len(e.name) == 1 && englishWord(strings.ToLower(e.name[0])) && !knownGiven(e.name[0]) {
		return -1, 0
	}
	// Not the other side of an exchange: ""Why did you go?" the lawyer
	// asked. Hale replied that ...".
	for k := np.hi; k < len(a.toks) && a.toks[k].sent == s; k++ {
		if a.toks[k].low == "asked" || a.toks[k].low == "asks" {
			return -1, 0
		}
	}
	for k := sub.hi; k < hi && k < sub.hi+3; k++ {
		switch a.toks[k].low {
		case "replied", "replies", "responded", "responds", "answered", "answers", "retorted", "countered":
			return -1, 0
		}
	}
	// Past an opening phrase about no one ("Giving evidence,"), not a
	// description of someone in apposition ("Her coach, Luis Ferreira,").
	for k := lo; k < sub.lo; k++ {
		if t := a.toks[k]; t.poss || t.low == "his" || t.low == "her" || t.low == "their" || personRoles[t.low] || relationNouns[t.low] || occupations[t.low] {
			return -1, 0
		}
	}
	// Not one the article gives another post ("The Prime Minister has
	// vowed ... Ann Hale, a charity worker, said").
	if age == "" && len(e.roles) > 0 && !e.hasRole(np.word) {
		return -1, 0
	}
	// "Kessler, 31," : the age given must be the description's.
	if age != "" && sub.hi+1 < len(a.toks) && a.toks[sub.hi].low == "," && a.toks[sub.hi+1].kind == tWord && ageOf(a.toks[sub.hi+1].low+"-year-old") != "" &&
		a.toks[sub.hi+1].low != age {
		return -1, 0
	}
	conf := 0.7
	first := lo
	if first < len(a.toks) && !isNameWord(a.toks[first]) {
		// "Senator Bola Adeyemi": titles before the name.
		for first < sub.lo && a.toks[first].cap && titles[a.toks[first].low] {
			first++
		}
	}
	if first != sub.lo || quoted {
		conf = 0.6
	}
	return sub.ent, conf
}

// possPronoun reports whether w is a possessive pronoun before a noun.
func possPronoun(w string) bool {
	switch w {
	case "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}

// possTiedGroup reports whether toks[j-1:j+1] is "his", "her" or "their"
// and a plural noun of people tied to someone ("his friends", "her
// neighbours", "their colleagues").
func (a *attributor) possTiedGroup(j int) bool {
	p, t := a.toks[j-1], a.toks[j]
	if p.low != "his" && p.low != "her" && p.low != "their" || t.kind != tWord || t.cap || t.para != p.para {
		return false
	}
	switch t.low {
	case "friends", "relatives", "neighbours", "neighbors", "colleagues", "classmates", "teammates", "team-mates", "cousins":
		return true
	}
	return false
}

// spouseSubjectBefore returns the gender of the spouse "her husband" or
// "his wife" that opens the sentence before the one of toks[k], in the
// same paragraph or the one before: 'm' for a husband, 'f' for a wife;
// else 0.
func (a *attributor) spouseSubjectBefore(k int) byte {
	b := a.prevSentStart(k)
	if b < 0 || b+1 >= len(a.toks) || a.toks[k].para-a.toks[b].para > 1 {
		return 0
	}
	switch p, n := a.toks[b].low, a.toks[b+1].low; {
	case p == "her" && n == "husband":
		return 'm'
	case p == "his" && n == "wife":
		return 'f'
	}
	return 0
}

// spouseOfSurname returns the one person named in full whose surname is the
// bare name and whose gender is g, or -1.
func (r *registry) spouseOfSurname(name []string, g byte) int {
	found := -1
	for _, c := range r.bySurname[r.surnameKey(name)] {
		e := &r.ents[c]
		if e.org || e.anon || e.gender != g || len(e.name) < 2 || !e.joins(name) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = c
	}
	return found
}

// butSubjectBefore returns the person named as the subject of a clause
// opened by ", but" that ends the sentence before the one of the pronoun
// at toks[k], when the pronoun opens its sentence (or follows a quotation
// opening it) and that person may be of gender g; or -1. "Tom Reed won
// the race, but Jack Lee was happy with second. He said:" is Lee.
func (a *attributor) butSubjectBefore(k int, g byte) int {
	s0 := k
	if s0 >= 2 && a.toks[s0-1].low == "," && a.toks[s0-2].kind == tQuote {
		s0 -= 2
	}
	if s0 < 2 || a.toks[s0-1].kind != tEnd || a.toks[s0-1].para != a.toks[k].para {
		return -1
	}
	b := s0 - 1
	lo := b - 1
	for lo > 0 && a.toks[lo-1].kind != tEnd && a.toks[lo-1].para == a.toks[b].para {
		lo--
	}
	for j := lo; j < b; j++ {
		if a.toks[j].kind == tQuote {
			return -1
		}
	}
	sub, ok := a.contrastSubject(lo, b)
	if !ok || sub.kind != npName || sub.lo < 1 || a.toks[sub.lo-1].low != "but" {
		return -1
	}
	e := &a.reg.ents[sub.ent]
	if !e.person || e.anon || e.org || e.plural || g != 0 && e.gender != 0 && e.gender != g {
		return -1
	}
	return sub.ent
}

// styleOnly reports whether run is only a compound style of address ("His
// Excellency", "Her Majesty"; see compoundHonorifics).
func styleOnly(run []token) bool {
	if len(run) != 2 {
		return false
	}
	for _, t := range run {
		if !strings.HasPrefix(t.low, "his ") || !honorificOf(t) {
			return false
		}
	}
	return true
}

// executiveBodyBefore is the organisation named "... Executive" last
// before pos, in the twelve sentences up to sent, when no person is named
// between; -1 otherwise.
func (r *registry) executiveBodyBefore(pos, sent int) int {
	found := -1
	r.walkBack(pos, 80, func(m mention) bool {
		if m.sent < sent-12 {
			return true
		}
		e := &r.ents[m.ent]
		if e.person && !e.anon {
			return true
		}
		if e.org && !e.person && len(e.name) >= 2 && e.name[len(e.name)-1] == "Executive" {
			found = m.ent
			return true
		}
		return false
	})
	return found
}

// reportOwner is the organisation whose report (or filing) the article
// named last before toks[lo], in that sentence or the three before:
// "Harlow Motors' annual report", "the company's annual report" with one
// firm in the article (articleFirm); -1 otherwise.
func (a *attributor) reportOwner(lo int, word string) int {
	sent := a.toks[lo].sent
	for k := lo - 1; k > 0 && a.toks[k].sent >= sent-3; k-- {
		t := a.toks[k]
		if t.kind != tWord || t.low != word || t.cap && k > 0 && a.toks[k-1].kind == tWord && !a.toks[k-1].poss {
			continue
		}
		// past up to two qualifiers: "annual", "half-year", "latest".
		j := k - 1
		for n := 0; n < 2 && j > 0 && a.toks[j].kind == tWord && !a.toks[j].poss && !a.toks[j].cap && a.toks[j].sent == t.sent; n++ {
			j--
		}
		o := a.toks[j]
		if !o.poss || o.sent != t.sent {
			return -1
		}
		if isNameWord(o) {
			s := j
			for s > 0 && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && a.toks[s-1].sent == o.sent {
				s--
			}
			id := a.reg.mentionAt(a.toks[s].s)
			if id >= 0 && a.reg.ents[id].org && !a.reg.ents[id].person && !a.reg.ents[id].anon {
				return id
			}
			// "Oxfam's latest report ... the report said": a name of one
			// word known as nothing else, no given name, issues reports
			// as an organisation does.
			if id >= 0 && s == j && !a.reg.ents[id].person && !a.reg.ents[id].maybe && !a.reg.ents[id].anon && len(a.reg.ents[id].name) == 1 &&
				givenNameGender(strings.ToLower(a.reg.ents[id].name[0])) == 0 && word == "report" {
				return id
			}
			return -1
		}
		if !o.cap && firmHeads[o.low] && j > 0 && a.toks[j-1].low == "the" {
			return a.articleFirm(a.toks[lo].s)
		}
		return -1
	}
	return -1
}

// makerRoles make a film, book, play or song: "the director", "the
// author".
var makerRoles = setOf("director", "filmmaker", "author", "novelist", "playwright", "screenwriter",
	"showrunner", "composer", "songwriter")

// workMakerBefore returns the one person the article names, before byte
// offset pos, as the maker of a work by a possessive right before its
// quoted title ("Ann Cole's "The Long Field""), or -1 when none or two
// are.
func (a *attributor) workMakerBefore(pos int) int {
	found := -1
	for k := a.tokAt(pos) - 1; k > 0; k-- {
		t := &a.toks[k]
		if t.kind != tQuote {
			continue
		}
		p := &a.toks[k-1]
		if !p.poss || !p.cap || !p.name || p.para != t.para {
			continue
		}
		title := strings.Trim(a.text[t.s:t.e], "\"“”‘’' ")
		if title == "" || !titleCase(title) {
			continue
		}
		j := k - 1
		for j > 0 && a.toks[j-1].name && a.toks[j-1].cap && !a.toks[j-1].poss && a.toks[j-1].para == p.para {
			j--
		}
		id := a.reg.mentionAt(a.toks[j].s)
		if id < 0 {
			id = a.reg.mentionAt(p.s)
		}
		if id < 0 || a.reg.ents[id].org || a.reg.ents[id].anon || a.reg.ents[id].plural {
			continue
		}
		if found >= 0 && found != id {
			return -1
		}
		found = id
	}
	return found
}
