package quote

import (
	"strings"
)

// An organisation that news names by one word of its own ("Tesla",
// "Greenpeace", "Qantas", "Hezbollah") carries no sign of what it is: no
// "Inc", no "Ministry", no given name. It is only a name that does things:
// "Tesla recalled 2 million cars", "Greenpeace said the spill ...". What
// the article says next tells: "the company said", "the group said", "it
// said" refer back to it. bareOrg reads that reference.

// bareOrgConf is the confidence of a speaker found by bareOrg: given,
// never shown, since the name itself never said it was an organisation.
const bareOrgConf = 0.6

// bareOrg returns the one name of a single word that nothing marks as a
// person (no given name, title, role, gender or age: at most its speaking,
// "Greenpeace said") and that is the subject of a clause in sentence sent
// or the one before, before pos: what a business noun ("the company",
// "the group", "the airline") or "it" at pos refers back to when no name
// says it is an organisation. It returns -1 when there is no such name, or
// two.
func (a *attributor) bareOrg(pos, sent int) int {
	id, _ := a.bareOrgNear(pos, sent)
	if id >= 0 {
		a.takeBareOrg(id)
	}
	return id
}

// bareOrgNear is bareOrg's search: the name and where it was met.
func (a *attributor) bareOrgNear(pos, sent int) (id, at int) {
	id, at = -1, -1
	a.reg.walkBack(pos, 40, func(m mention) bool {
		if m.sent < sent-1 {
			return true
		}
		if m.weak || m.ent == id || !a.reg.ents[m.ent].orgShaped() || !a.clauseSubjectAt(m.pos) {
			return false
		}
		if id >= 0 {
			id = -2
			return true
		}
		id, at = m.ent, m.pos
		return false
	})
	if id < 0 {
		return -1, -1
	}
	return id, at
}

// takeBareOrg makes the name bareOrg found an organisation from now on
// ("it" and "the company" take it up again, "he" does not), at
// bareOrgConf.
func (a *attributor) takeBareOrg(id int) {
	e := &a.reg.ents[id]
	e.org, e.person = true, false
	a.conf = bareOrgConf
}

// bareOrgHeads are nouns besides businessHeads that refer back to an
// organisation named by one word ("Barclays ... the bank said", "Frontex
// ... the agency said"). Not a government's nouns ("Zelensky said ... the
// ministry said" is a ministry never named), nor those of a body that
// faces the firm ("Barclays was fined by the FCA. "...," the regulator
// said", "Starbucks workers walked out. "...," the union said").
var bareOrgHeads = setOf("bank", "agency")

// actingOrgHeads are the nouns of bodies that face firms and workers
// ("the regulator", "the watchdog"): they refer back to a name of one word
// only when it was the subject of an active verb ("Ofgem announced",
// "Ofcom said", "Sebi has ordered"), not of a passive one ("Thames Water
// was fined") or of a noun it qualifies ("Starbucks workers").
var actingOrgHeads = setOf("regulator", "watchdog")

// actingAcronym returns the organisation named by an acronym alone that
// is the active subject of a clause in the sentence of pos or the one
// before ("The CMA has provisionally blocked the deal."), the one such
// name there, not one the article shows answering a ruling or
// penalised (regulated); or -1.
func (a *attributor) actingAcronym(pos int) int {
	sent := a.sentAt(pos)
	id := -1
	a.reg.walkBack(pos, 40, func(m mention) bool {
		if m.sent < sent-1 {
			return true
		}
		e := &a.reg.ents[m.ent]
		if m.weak || m.ent == id || !e.org || e.person || len(e.name) != 1 || !isAcronym(e.name[0]) || nounAcronyms[e.name[0]] {
			return false
		}
		k := a.tokAt(m.pos)
		if k >= len(a.toks) {
			return false
		}
		// the subject: opens its sentence, after "The" or not
		b := k - 1
		if b >= 0 && a.toks[b].low == "the" {
			b--
		}
		if b >= 0 && a.toks[b].sent == a.toks[k].sent && a.toks[b].low != "," {
			return false
		}
		if !a.activeSubjectAt(m.pos) {
			return false
		}
		if id >= 0 {
			id = -2
			return true
		}
		id = m.ent
		return false
	})
	if id < 0 || a.regulated(id, pos) {
		return -1
	}
	return id
}

// regulated reports whether the article, before pos, shows the name id
// as a party a regulator acts on, not the regulator: it answers a
// ruling ("Tesla said it would appeal", "Vantor disputed the
// findings"), or it is penalised ("Tesla was fined", "fined Tesla", "a
// fine against Tesla"). "Tesla said it would appeal. "...," the
// regulator said" is not Tesla.
func (a *attributor) regulated(id, pos int) bool {
	found := false
	a.reg.walkBack(pos, 200, func(m mention) bool {
		if m.ent != id {
			return false
		}
		k := a.tokAt(m.pos)
		if k >= len(a.toks) {
			return false
		}
		if k > 0 && a.toks[k-1].sent == a.toks[k].sent && (penaltyVerbs[a.toks[k-1].low] || a.toks[k-1].low == "against") {
			found = true
			return true
		}
		j := k
		for j < len(a.toks) && isNameWord(a.toks[j]) && a.toks[j].sent == a.toks[k].sent {
			j++
		}
		for n := 0; j < len(a.toks) && n < 12 && a.toks[j].sent == a.toks[k].sent; j, n = j+1, n+1 {
			w := a.toks[j].low
			if answerVerbs[w] || penaltyVerbs[w] && j > 0 && a.toks[j-1].in(lxPassiveAux) {
				found = true
				return true
			}
		}
		return false
	})
	return found
}

// penaltyVerbs are what a regulator does to a firm ("fined Tesla",
// "Thames Water was fined").
var penaltyVerbs = setOf("fined", "sued", "penalised", "penalized", "censured", "reprimanded", "sanctioned",
	"charged", "investigated", "probed", "banned", "ordered", "fines", "sues", "orders", "charges")

// answerVerbs are how a firm answers a ruling against it ("said it would
// appeal", "disputed the findings").
var answerVerbs = setOf("appeal", "appeals", "appealed", "appealing", "contest", "contested", "dispute", "disputed",
	"disputes", "disagree", "disagreed", "disagrees", "deny", "denied", "denies", "challenge", "challenged")

// activeSubjectAt reports whether the name at pos, the subject of its
// clause (clauseSubjectAt), governs an active verb: a reporting verb, a
// past tense ("announced") or an auxiliary other than a passive's
// ("has ordered", "will", "ran"; not "was fined", "were told").
func (a *attributor) activeSubjectAt(pos int) bool {
	k := a.tokAt(pos)
	if k+1 >= len(a.toks) {
		return false
	}
	n := a.toks[k+1]
	if n.in(lxPassiveAux) {
		return false
	}
	return n.in(lxReportingVerbs) || n.in(lxAuxiliaries) || n.in(lxPastVerbs) || len(n.low) > 3 && strings.HasSuffix(n.low, "ed")
}

// orgShaped reports whether e is a name of one word that nothing marks as
// a person's or a place's: not a given name, a country, a people, a month
// or a day, with no gender, title or role; its speaking alone may have
// made it a person.
func (e *entity) orgShaped() bool {
	if len(e.name) != 1 || e.org || e.anon || e.plural || e.maybe || e.gender != 0 || len(e.roles) > 0 || e.role != "" || nounAcronyms[e.name[0]] {
		return false
	}
	w := strings.ToLower(trimNameEnd(e.name[0]))
	if _, ok := firstNames[withoutAccents(w)]; ok {
		return false
	}
	return givenNameGender(w) == 0 && !countries[w] && !peopleWord(w) && !monthNames[w] && !dayNames[w]
}

// clauseSubjectAt reports whether the one-word name at pos is the subject
// of its clause: it opens the sentence or follows an opening phrase's
// comma ("On Monday, Tesla"), and a verb follows it ("recalled", "said",
// "has", "was", "plans") or a noun it qualifies ("Tesla shares fell").
// A name after a preposition, an article or a possessive is not.
func (a *attributor) clauseSubjectAt(pos int) bool {
	k := a.tokAt(pos)
	if k >= len(a.toks) || k+1 >= len(a.toks) {
		return false
	}
	t, n := a.toks[k], a.toks[k+1]
	if t.poss || n.kind != tWord || n.cap || n.sent != t.sent || n.para != t.para {
		return false
	}
	b := k - 1
	// "Games maker Activision has banned": past what the firm makes.
	if b > 0 && qualifiesFirm(a.toks, b) && isNameWord(a.toks[b-1]) && a.toks[b-1].sent == t.sent {
		for b--; b >= 0 && a.toks[b].sent == t.sent && isNameWord(a.toks[b]) && !a.toks[b].poss; b-- {
		}
	}
	// ("Johannesburg - Eskom has warned": past a dateline.)
	if b >= 0 && a.toks[b].sent == t.sent && a.toks[b].para == t.para && a.toks[b].low != "," && datelineEnd(a.toks, 0) != k {
		return false
	}
	w := n.low
	return reportingVerbs[w] || auxiliaries[w] || passiveAux[w] || n.in(lxPastVerbs) ||
		len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}
