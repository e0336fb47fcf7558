package quote

// Speaker phrases: reading the noun phrase a reporting verb governs, and
// resolving it to an entity.

import "strings"

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
}

// parseBack reads the speaker phrase ending at toks[j] (not before lo):
// a name run, a pronoun, "X, the spokesman," or "the spokesman".
func (a *attributor) parseBack(lo, j int) nounPhrase {
	return a.parseBackDepth(lo, j, 0)
}

// parseBackDepth is parseBack; depth 1 forbids reading another apposition.
func (a *attributor) parseBackDepth(lo, j, depth int) nounPhrase {
	hi := j + 1
	for j >= lo && a.toks[j].kind == tWord && (!a.toks[j].cap || dayNames[a.toks[j].low]) && skipBeforeVerb[a.toks[j].low] {
		j--
	}
	if j < lo {
		return nounPhrase{}
	}
	t := a.toks[j]
	switch {
	case t.low == "," && depth == 0:
		// "X, the spokesman, said"; "X, curator at the University of
		// Arkansas, Fayetteville, said": try earlier commas while the head
		// found is a place or organisation.
		k := j - 1
		var head nounPhrase
		for tries := 0; tries < 3; tries++ {
			for k >= lo && a.toks[k].low != "," && j-k < 30 {
				k--
			}
			if k < lo || a.toks[k].low != "," {
				return nounPhrase{}
			}
			head = a.parseBackDepth(lo, k-1, 1)
			if head.kind != npName {
				break
			}
			afterPrep := head.lo > lo && prepositions[a.toks[head.lo-1].low]
			if !a.reg.ents[head.ent].org && !afterPrep {
				break
			}
			k--
		}
		// "The Shadow Secretary for the Family, Theresa May, said": the
		// appositive is the person's name and the head only a description.
		if head.kind == npName && k+1 < j && j-k-1 <= 4 && allNameWords(a.toks[k+1:j]) &&
			readRun(a.toks[k+1:j]).person && !readRun(a.toks[head.lo:k]).person {
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
		for i := k + 1; i < j; i++ {
			if isNameWord(a.toks[i]) {
				if np := a.parseFwd(i, j); np.kind == npName {
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
	case isPronoun(t.low) && !(t.low == "her" || t.low == "his"):
		return nounPhrase{kind: npPron, word: t.low, lo: j, hi: hi}
	case isNameWord(t):
		k := j
		for k > lo && isNameWord(a.toks[k-1]) && !a.toks[k-1].poss && a.toks[k-1].para == t.para {
			k--
		}
		for k > lo && nameParticles[a.toks[k-1].low] && k-1 > lo && isNameWord(a.toks[k-2]) {
			k -= 2
			for k > lo && isNameWord(a.toks[k-1]) && !a.toks[k-1].poss {
				k--
			}
		}
		run := a.toks[k : j+1]
		// "Department of Agriculture", "University of Arkansas": one organisation.
		if k >= lo+2 && a.toks[k-1].low == "of" && isNameWord(a.toks[k-2]) && orgWords[strings.ToLower(a.toks[k-2].bare())] {
			k -= 2
			for k > lo && isNameWord(a.toks[k-1]) && !a.toks[k-1].poss {
				k--
			}
			return a.nameNP(a.toks[k:j+1], lo, k, hi)
		}
		// "Minister of Education Stefania Giannini": drop the title's object.
		if len(run) >= 3 && k >= lo+2 && a.toks[k-1].low == "of" && titles[strings.ToLower(a.toks[k-2].bare())] {
			run = run[1:]
		}
		np := a.nameNP(run, lo, k, hi)
		// "Colin Asplin, Blackpool Hotel Association said": the person
		// before the organisation speaks.
		if np.kind == npName && a.reg.ents[np.ent].org && k-2 >= lo && a.toks[k-1].low == "," && isNameWord(a.toks[k-2]) {
			if p := a.parseBackDepth(lo, k-2, 1); p.kind == npName && !a.reg.ents[p.ent].org {
				p.hi = hi
				return p
			}
		}
		return np
	default:
		// A lower-case noun phrase: "the spokesman", "Tunisia's coach",
		// "a State Department official", "Cornyn's statement".
		head := t.low
		k := j
		var owner = -1
		for k > lo && k > j-6 {
			p := a.toks[k-1]
			if p.kind != tWord || prepositions[p.low] || reportingVerbs[p.low] {
				break
			}
			k--
			if p.poss && isNameWord(p) {
				owner = k
				break
			}
			if determiner(p.low) {
				break
			}
		}
		det := a.toks[k].low
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
		if !personRoles[head] {
			if groupNouns[head] {
				return nounPhrase{kind: npAnon, lo: k, hi: hi}
			}
			return nounPhrase{}
		}
		switch {
		case det == "the" || det == "his" || det == "her" || det == "their" || det == "its" || det == "our":
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

// ownerRun returns the capitalised run ending with the possessive at toks[i].
func (a *attributor) ownerRun(lo, i int) []token {
	k := i
	for k > lo && isNameWord(a.toks[k-1]) && !a.toks[k-1].poss {
		k--
	}
	return a.toks[k : i+1]
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
func (a *attributor) nameNP(run []token, lo, k, hi int) nounPhrase {
	if len(run) == 0 {
		return nounPhrase{}
	}
	ni := readRun(run)
	if len(ni.name) == 0 {
		if len(ni.roles) > 0 {
			return nounPhrase{kind: npDesc, word: ni.roles[len(ni.roles)-1], lo: k, hi: hi}
		}
		return nounPhrase{}
	}
	id := a.reg.lookupG(ni.name, run[0].s, ni.gender)
	e := &a.reg.ents[id]
	if !ni.org {
		e.person = true
		e.org = false
	} else if !e.person {
		e.org = true
	}
	if e.gender == 0 {
		e.gender = ni.gender
	}
	for _, r := range ni.roles {
		e.addRole(r)
	}
	// "team member Rodaba Noori told"
	if k > lo && a.toks[k-1].kind == tWord && !a.toks[k-1].cap && personRoles[a.toks[k-1].low] {
		e.addRole(a.toks[k-1].low)
	}
	a.reg.mention(id, run[0].s, run[0].sent)
	return nounPhrase{kind: npName, ent: id, lo: k, hi: hi}
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
	case isPronoun(t.low) && t.low != "you":
		return nounPhrase{kind: npPron, word: t.low, lo: i, hi: i + 1}
	case isNameWord(t):
		j := i + 1
		for j < hi && (isNameWord(a.toks[j]) || (nameParticles[a.toks[j].low] && j+1 < hi && isNameWord(a.toks[j+1]))) && !a.toks[j-1].poss {
			j++
		}
		if a.toks[j-1].poss {
			// "said Trump's spokesman": not Trump.
			return nounPhrase{}
		}
		// "said London race director David Bedford": the first run only
		// qualifies the role.
		k := j
		for k < hi && k < j+4 && a.toks[k].kind == tWord && !a.toks[k].cap && !prepositions[a.toks[k].low] &&
			!reportingVerbs[a.toks[k].low] && !determiner(a.toks[k].low) && !clauseWords[a.toks[k].low] {
			k++
		}
		if k > j && k < hi && personRoles[a.toks[k-1].low] && isNameWord(a.toks[k]) {
			if np := a.parseFwd(k, hi); np.kind == npName {
				a.reg.ents[np.ent].addRole(a.toks[k-1].low)
				np.lo = i
				return np
			}
		}
		np := a.nameNP(a.toks[i:j], i, i, j)
		if np.kind == npName {
			if role := appositiveRole(a.toks, j); role != "" {
				a.reg.ents[np.ent].addRole(role)
			}
		}
		return np
	case !t.cap && !determiner(t.low) && !reportingVerbs[t.low]:
		// "according to fire chief Daniel Ruiz", "said lawyer Ben Ortiz"
		for j := i; j < hi && j < i+4; j++ {
			w := a.toks[j]
			if isNameWord(w) {
				np := a.parseFwd(j, hi)
				if np.kind == npName {
					a.reg.ents[np.ent].addRole(a.toks[j-1].low)
					np.lo = i
				}
				return np
			}
			if w.kind != tWord || w.cap || prepositions[w.low] || reportingVerbs[w.low] || determiner(w.low) {
				break
			}
		}
		return nounPhrase{}
	case t.low == "the" || t.low == "a" || t.low == "an" || t.low == "his" || t.low == "her" || t.low == "its" || t.low == "their":
		j := i + 1
		head := ""
		for j < hi && j < i+8 && a.toks[j].kind == tWord && !prepositions[a.toks[j].low] && !reportingVerbs[a.toks[j].low] && a.toks[j].low != "who" {
			head = a.toks[j].low
			j++
		}
		if head == "" {
			return nounPhrase{}
		}
		// "the Crown prosecutor, Mark Tedeschi,"; "the chairman of the
		// education committee, Labour MP Barry Sheerman"
		c := j
		for c < hi && c < j+10 && a.toks[c].kind == tWord && !reportingVerbs[a.toks[c].low] && !clauseWords[a.toks[c].low] {
			c++
		}
		if c+1 < hi && a.toks[c].low == "," && isNameWord(a.toks[c+1]) && (personRoles[head] || firstHeadIsRole(a.toks[i+1:j])) {
			if np := a.parseFwd(c+1, hi); np.kind == npName && !a.reg.ents[np.ent].org {
				a.reg.ents[np.ent].addRole(head)
				np.lo = i
				return np
			}
		}
		if t.low == "a" || t.low == "an" {
			return nounPhrase{kind: npAnon, lo: i, hi: j}
		}
		return nounPhrase{kind: npDesc, word: head, lo: i, hi: j}
	}
	return nounPhrase{}
}

// resolve returns the entity a speaker phrase refers to at byte offset pos,
// or -1 when the text does not say.
func (a *attributor) resolve(np nounPhrase, pos int) int {
	switch np.kind {
	case npName:
		return np.ent
	case npPron:
		switch np.word {
		case "he", "she":
			g := byte('m')
			if np.word == "she" {
				g = 'f'
			}
			id := a.reg.personBefore(pos, a.sentAt(pos), g)
			if id >= 0 && a.reg.ents[id].gender == 0 {
				a.reg.ents[id].gender = g
			}
			return id
		case "it":
			return a.reg.orgBefore(pos)
		}
		return -1
	case npDesc:
		if n := ageOf(np.word); n != "" {
			if id := a.ageBefore(np.lo, n); id >= 0 {
				return id
			}
			return a.reg.personBefore(pos, a.sentAt(pos), 0)
		}
		return a.reg.roleBefore(pos, np.word)
	case npAnon:
		// An unnamed speaker becomes an antecedent for a later "he said".
		if np.lo >= 0 && np.lo < len(a.toks) && !a.reg.hasMentionAt(a.toks[np.lo].s) {
			for k := np.lo; k < np.hi && k < len(a.toks); k++ {
				if ok, pl := personNoun(a.toks[k].low); ok && a.toks[k].kind == tWord {
					a.reg.addAnon(a.toks, np.lo, a.toks[k].low, pl)
					break
				}
			}
		}
	}
	return -1
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
		if prepositions[t.low] {
			return i > 0 && personRoles[toks[i-1].low]
		}
	}
	return false
}
