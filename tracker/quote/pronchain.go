package quote

import "strings"

// passedOverSubject reports whether the person id that a "he"/"she" at
// toks[p] was given is only named in passing in their sentence (a
// possessive, an object, after a verb: "The club paid a fee to Mark Hale's
// agency", "The club thanked Mark Hale") while the subject of a sentence
// just before, or of that one, is another person the pronoun may mean:
// one of gender g in the three sentences before ("Tom Bell signed a new
// deal. The club thanked Mark Hale for his help. "...," he said."), or one
// of no known gender opening the same sentence ("Ruiz thanked Ann Cole for
// her work. "...," she said."). The text does not say which of the two
// speaks. (told is the one the pronoun's verb tells, no rival.)
func (a *attributor) passedOverSubject(id, p int, g byte, told int) bool {
	if p <= 0 || p >= len(a.toks) {
		return false
	}
	k, weak := a.latestMention(id, a.toks[p].s)
	// (Not in the pronoun's own sentence: "threats by the secretary, Gavin
	// Williamson, over what he called a "crisis"".)
	if k < 0 || a.toks[p].sent-a.toks[k].sent > 4 || a.toks[p].sent == a.toks[k].sent {
		return false
	}
	sent := a.toks[k].sent
	lo := k
	for lo > 0 && a.toks[lo-1].sent == sent && a.toks[lo-1].para == a.toks[k].para {
		lo--
	}
	// The name is a possessive, the object of a preposition or the
	// object right after a verb ("thanked Mark Hale", "thanked Mr Hale").
	b := k - 1
	for b > lo && a.toks[b].kind == tWord && a.toks[b].cap && (honorificOf(a.toks[b]) || a.toks[b].in(lxTitles)) {
		b--
	}
	// (Past an apposition's head: "paid a fee to his agent, Mark Hale".)
	if b > lo && a.toks[b].low == "," {
		h := b - 1
		for h > lo && h >= b-4 && a.toks[h].kind == tWord && !a.toks[h].cap && !objectMarkers[a.toks[h].low] && !a.verbBetween(h, h+1) {
			h--
		}
		if h < b-1 && objectMarkers[a.toks[h].low] {
			b = h
			weak = true
		}
	}
	// (A verb of speech before the name reports its clause: "said Dunn
	// had".)
	if b < lo || !weak && (!a.verbBetween(b, b+1) || a.toks[b].in(lxReportingVerbs)) {
		return false
	}
	// Nor when a pronoun of that gender in a sentence since has gone on
	// with someone
	// ("the first minister said his comments ..."): the chain is the
	// text's.
	for j := k + 1; j < p; j++ {
		if a.toks[j].sent == sent {
			continue // "thanked Ann Cole for her work"
		}
		switch a.toks[j].low {
		case "he", "him", "his", "himself":
			if g == 'm' {
				return false
			}
		case "she", "her", "hers", "herself":
			if g == 'f' {
				return false
			}
		}
	}
	found := false
	a.reg.walkBack(a.toks[k].s, 40, func(m mention) bool {
		if m.sent < sent-3 {
			return true
		}
		if m.ent == id || m.ent == told || m.weak || !m.opens {
			return false
		}
		e := &a.reg.ents[m.ent]
		// (A name of one word opening the sentence, a verb after it, that
		// nothing marks as a person's or not: "Ruiz thanked".)
		bare := m.sent == sent && m.acts && e.orgShaped()
		if e.org || e.anon || e.plural || !(e.person || e.maybe || bare) {
			return false
		}
		if e.gender == g || m.sent == sent && e.gender == 0 {
			found = true
			return true
		}
		return false
	})
	return found
}

// verbBetween reports whether a word of toks[lo:hi] is a verb: the
// sentence's subject comes before it.
func (a *attributor) verbBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		t := &a.toks[j]
		if t.kind != tWord || t.cap {
			continue
		}
		if pastVerb(*t) || auxiliaries[t.low] || copulaForms[t.low] || irregularPast[t.low] || a.isVerb(j) {
			return true
		}
	}
	return false
}

var copulaForms = setOf("is", "was", "are", "were")

// irregularPast are past forms of common verbs that pastVerb does not read.
var irregularPast = setOf("paid", "heard", "found", "felt", "sold", "caught", "taught", "fought", "built",
	"lent", "meant", "beat", "hired", "fired", "named")

// objectMarkers are prepositions whose object a name in passing is.
var objectMarkers = setOf("to", "for", "with", "by", "from", "of", "at", "on", "about", "against")

// askedNamedObject reports whether the asker, named before a question verb,
// put the question to id by name ("Lisa Park asked Hale whether the plan
// would survive. "It will," she said."), or asked about a "he"/"she" of
// gender g that a reply takes up ("Lisa Park, a reporter, asked whether
// she would resign. "Not today," she replied."): the one asked answers,
// though asker and answerer share a gender.
func (a *attributor) askedNamedObject(asker, id, p int, g byte) bool {
	i := a.askerQuestion(asker, p)
	if i < 0 {
		return false
	}
	if o := a.toks[i+1]; isNameWord(o) {
		return a.reg.mentionAt(o.s) == id
	}
	if w := a.toks[i+1].low; w != "whether" && w != "if" || p+1 >= len(a.toks) || !replyVerbs[a.toks[p+1].low] {
		return false
	}
	for j := i + 2; j < len(a.toks) && j <= i+5 && a.toks[j].sent == a.toks[i].sent; j++ {
		if w := a.toks[j].low; g == 'm' && w == "he" || g == 'f' && w == "she" {
			return true
		}
	}
	return false
}

// wordsNameRival reports whether the words a "he"/"she" at toks[p] speaks
// name the one other person of gender g that the text names since id's
// latest mention (id's sentence included), in the third person: by name,
// or as "she"/"her" ("Ann Ruiz praised her deputy, Lisa Cole. "Cole has
// been brilliant," she said."). The rival is who the words are about, so
// the speaker is id.
func (a *attributor) wordsNameRival(id, p int, g byte) bool {
	if a.words == "" || p <= 0 || p >= len(a.toks) {
		return false
	}
	k, _ := a.latestMention(id, a.toks[p].s)
	if k < 0 || a.toks[p].sent-a.toks[k].sent > 2 {
		return false
	}
	rival, many := -1, false
	a.reg.walkBack(a.toks[p].s, 40, func(m mention) bool {
		if m.sent < a.toks[k].sent {
			return true
		}
		e := &a.reg.ents[m.ent]
		if m.ent == id || !e.person || e.anon || e.plural || e.org || e.gender != g {
			return false
		}
		if rival >= 0 && rival != m.ent {
			many = true
			return true
		}
		rival = m.ent
		return false
	})
	if rival < 0 || many {
		return false
	}
	if a.namesSpeaker(a.words, rival) {
		return true
	}
	for i := 0; ; {
		ws, we := nextWord(a.words, i)
		if ws == len(a.words) {
			return false
		}
		switch strings.ToLower(a.words[ws:we]) {
		case "she", "her", "herself":
			if g == 'f' {
				return true
			}
		case "he", "him", "his", "himself":
			if g == 'm' {
				return true
			}
		}
		i = we
	}
}
