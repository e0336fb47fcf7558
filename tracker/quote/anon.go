package quote

// Anonymous speakers: indefinite descriptions of people the article does not
// name ("a provincial official in Parwan", "one resident", "two diplomats",
// "a spokesman for the ministry"). Each becomes an entity with no name, so
// that a later "he said" or "the official said" resolves to it, and so to
// "", rather than to someone named earlier. A description in apposition
// with a name ("a spokesman, Zabihullah Mujahid," / "Gul Ahmad, a
// shopkeeper,") is that named person, not an anonymous one.

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// electRole reports whether w is a role someone is to take up, written
// with "-elect" or "-designate" ("mayor-elect", "president-designate"): a
// role of its own, not that of the role's holder now.
func electRole(w string) bool {
	r, ok := strings.CutSuffix(w, "-elect")
	if !ok {
		r, ok = strings.CutSuffix(w, "-designate")
	}
	return ok && personRoles[r]
}

// personNoun reports whether w names a kind of person, and whether it is
// plural ("officials", "diplomats", "spokesmen").
func personNoun(w string) (ok, plural bool) {
	if personRoles[w] {
		return true, false
	}
	switch w {
	case "spokesmen", "spokespeople", "people", "men", "women", "officials", "sources",
		// "One of their former foster children, now 28, spoke"
		"children",
		// ""...," his parents said": kin who speak together
		"parents", "grandparents", "siblings":
		return true, true
	case "person", "source", "insider", "passer-by", "bystander", "onlooker", "neighbour",
		"neighbor", "relative", "colleague", "friend", "employee", "staffer", "aid worker",
		"parent", "shopkeeper", "fisherman", "villager", "labourer", "laborer", "soldier",
		"policeman", "policewoman", "guard", "trader", "merchant", "vendor", "driver",
		"commenter", "user", "reader", "viewer", "listener", "caller", "follower", "fan",
		"supporter", "critic", "observer", "attendee", "participant", "customer", "client",
		"patient", "passenger", "shopper", "tourist", "visitor", "mourner", "staff member",
		"guy", "lady", "gentleman", "stranger", "teenager", "tenant", "homeowner", "buyer", "seller", "volunteer",
		"kid", "youngster", "renter", "retiree", "pensioner",
		// "a deportee", "one detainee"
		"deportee", "detainee", "evacuee", "trainee", "appointee", "refugee", "escapee",
		"returnee", "amputee", "divorcee", "honoree", "inductee", "parolee", "migrant", "immigrant":
		return true, false
	}
	if occupations[w] {
		return true, false
	}
	if electRole(w) {
		return true, false
	}
	// "firefighters", "gunmen", "officials": the plural of a role or an
	// occupation.
	if pluralIn(w, personRoles) || pluralIn(w, occupations) {
		return true, true
	}
	// "a co-owner", "co-workers": a partner in a role is a person too.
	if rest, ok := strings.CutPrefix(w, "co-"); ok && rest != "" {
		return personNoun(rest)
	}
	// "Vice-captain Priya Raman", "an ex-minister", "Team-mate Trent
	// Alexander-Arnold", "his club-mates": a deputy or a former holder of
	// a role, a mate in a team or a club (British papers hyphenate them).
	if rest, ok := strings.CutPrefix(w, "vice-"); ok && rest != "" {
		return personNoun(rest)
	}
	if rest, ok := strings.CutPrefix(w, "ex-"); ok && rest != "" {
		return personNoun(rest)
	}
	if len(w) > 6 && w[len(w)-5:] == "-mate" || len(w) > 7 && w[len(w)-6:] == "-mates" {
		return true, w[len(w)-1] == 's'
	}
	// "Left-back Trent Alexander", "the fly-half": positions on the
	// field.
	switch w {
	case "left-back", "right-back", "centre-back", "center-back", "full-back", "fullback", "wing-back",
		"centre-half", "center-half", "left-winger", "right-winger", "centre-forward", "center-forward",
		"fly-half", "scrum-half", "wicket-keeper", "wicketkeeper", "keeper", "playmaker",
		"full-forward", "half-forward", "point-guard":
		return true, false
	}
	return false, false
}

// pluralIn reports whether w is the plural of a word of set: "-s",
// "-es", "-ies" for "-y", "-men" for "-man".
func pluralIn(w string, set map[string]bool) bool {
	switch {
	case strings.HasSuffix(w, "ies") && set[w[:len(w)-3]+"y"]:
	case strings.HasSuffix(w, "men") && set[w[:len(w)-3]+"man"]:
	case strings.HasSuffix(w, "es") && set[w[:len(w)-2]]:
	case strings.HasSuffix(w, "s") && set[w[:len(w)-1]]:
	default:
		return false
	}
	return true
}

// anonDeterminer lists words opening an indefinite description.
func anonDeterminer(w string) bool {
	switch w {
	case "a", "an", "one", "another", "two", "three", "four", "five", "several", "some",
		"many", "other":
		return true
	}
	return false
}

// formerBefore reports whether a word making the role one held before
// ("former", "ex", "onetime", "erstwhile") stands between the determiner at
// toks[i] and the role noun of an indefinite description ("one former
// adviser", "a former top aide").
func formerBefore(toks []token, i int, role string) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && toks[k].kind == tWord && toks[k].low != role; k++ {
		switch toks[k].low {
		case "former", "ex", "onetime", "one-time", "erstwhile", "ex-" + role:
			return true
		}
	}
	return false
}

// copulas before a description make it a predicate ("Kroll is an
// engineer"), not a new person.
var copulas = setOf("is", "was", "are", "were", "be", "been", "being", "became", "becomes",
	"as", "like", "remains", "remained", "named", "appointed", "elected", "hired", "of", "than")

// addAnon registers an anonymous person at toks[i]. It returns the entity.
func (r *registry) addAnon(toks []token, i int, role string, plural bool) int {
	id := len(r.ents)
	e := entity{person: true, anon: true, plural: plural, alias: -1}
	r.ents = append(r.ents, e)
	r.last = append(r.last, -1)
	if role != "" && !plural {
		// "One former adviser said ...": the role held before, as for a
		// named holder ("Former adviser Lena Ortiz"), so that "the former
		// adviser said" refers back to this person.
		r.ents[id].addRoleOff(role, formerBefore(toks, i, role))
	} else if role != "" {
		r.ents[id].roles = append(r.ents[id].roles, roleClass(role))
	}
	switch {
	case femaleRoles[role] || role == "women":
		r.ents[id].gender = 'f'
	case maleRoles[role] || role == "men":
		r.ents[id].gender = 'm'
	}
	r.mentionW(id, toks[i].s, toks[i].sent, anonObject(toks, i))
	r.ents[id].speaks = plural && groupSpeaks(toks, i)
	return id
}

// groupSpeaks reports whether the description of a group at toks[i] is
// the subject of a verb of speech: right after one ("said two officials")
// or before one in its clause ("Two diplomats who attended said", "Many
// residents told reporters").
func groupSpeaks(toks []token, i int) bool {
	if i > 0 && toks[i-1].kind == tWord && toks[i-1].in(lxReportingVerbs) && toks[i-1].sent == toks[i].sent {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+10 && toks[k].sent == toks[i].sent; k++ {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		if t.in(lxReportingVerbs) {
			return true
		}
	}
	return false
}

// anonObject reports whether the description at toks[i] is the object of
// a verb or a preposition ("he met a nurse", "to meet a radio deejay",
// "about a neighbour"): rarely who a later "he said" means when the
// sentence's subject, or the one before it, is someone named. A
// description that opens a sentence or a clause ("A firefighter carried",
// "and a nurse said", "that one official"), follows a verb of speech
// ("said a firefighter") or a sentence adverb ("Later a spokesman said")
// is a subject.
func anonObject(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.kind != tWord || p.para != toks[i].para || p.cap {
		return false
	}
	if p.low != "and" && (p.in(lxPrepositions) || p.low == "about") {
		return true
	}
	return !p.in(lxClauseWords) && !p.in(lxReportingVerbs) && !sentenceAdverbs[p.low]
}

// sentenceAdverbs open a clause before its subject without a comma
// ("Later a spokesman said", "Then a nurse came in").
var sentenceAdverbs = setOf("then", "later", "now", "today", "yesterday", "tonight", "also",
	"meanwhile", "still", "finally", "eventually", "soon", "recently", "earlier", "instead",
	"afterwards", "afterward", "sometimes", "often", "occasionally", "suddenly", "here", "there")

// hasMentionAt reports whether some entity is mentioned at byte offset pos.
func (r *registry) hasMentionAt(pos int) bool {
	for _, ms := range [][]mention{r.mentions, r.anonMentions, r.cueMentions, r.cueLate} {
		if _, ok := mentionIn(ms, pos); ok {
			return true
		}
	}
	return false
}

// mentionAt returns the entity mentioned at byte offset pos by a name or a
// description, or -1.
func (r *registry) mentionAt(pos int) int {
	for _, ms := range [][]mention{r.mentions, r.anonMentions} {
		if ent, ok := mentionIn(ms, pos); ok {
			return ent
		}
	}
	return -1
}

// mentionOf returns the mention by a name or a description at byte
// offset pos.
func (r *registry) mentionOf(pos int) (mention, bool) {
	for _, ms := range [][]mention{r.mentions, r.anonMentions} {
		i, found := slices.BinarySearchFunc(ms, pos, func(m mention, p int) int { return cmp.Compare(m.pos, p) })
		if found {
			return ms[i], true
		}
	}
	return mention{}, false
}

// mentionIn finds the mention at byte offset pos in ms, which is sorted by
// position.
func mentionIn(ms []mention, pos int) (ent int, ok bool) {
	i, found := slices.BinarySearchFunc(ms, pos, func(m mention, p int) int { return cmp.Compare(m.pos, p) })
	if !found {
		return -1, false
	}
	return ms[i].ent, true
}

// scanAnon finds indefinite descriptions of people and registers each as an
// anonymous entity, unless a name stands in apposition to it, in which case
// the named person gets the role.
func (r *registry) scanAnon(toks []token) {
	for d := 0; d < len(toks); d++ {
		t := &toks[d]
		if t.kind == tWord && t.low == "the" {
			r.definite(toks, d)
			continue
		}
		if t.kind == tWord && t.low == "my" {
			r.myRelative(toks, d)
			continue
		}
		if t.kind != tWord || !anonDeterminer(t.low) {
			continue
		}
		if d > 0 && toks[d-1].kind == tWord && copulas[toks[d-1].low] {
			continue
		}
		// "one of them", "one of the officials"
		head, h, plural := "", -1, false
		if t.low == "one" && d+1 < len(toks) && toks[d+1].low == "of" {
			// "One of them, Dolores Finch," names the person, and so does
			// "one of the so-called Guildford Four, Gerry Conlon -".
			named := d+4 < len(toks) && toks[d+3].low == "," && isNameWord(toks[d+4])
			if c := r.oneOfNamed(toks, d); c > 0 {
				named = true
				if id := r.mentionAt(toks[c].s); id >= 0 && !r.ents[id].org && !r.ents[id].anon {
					r.ents[id].person = true
				}
			}
			// ("one of their former foster children": a possessive
			// pronoun before the group too.)
			if d+2 < len(toks) && (toks[d+2].low == "them" || (toks[d+2].low == "the" || possPronoun(toks[d+2].low)) && peopleAfter(toks, d+3) || toks[d+2].low == "those") && !named {
				id := r.addAnon(toks, d, "", false)
				r.copularName(toks, d+2, id)
			}
			continue
		}
		// ("a Hereford and Worcester Fire and Rescue Service spokesman":
		// further, past an organisation's long name.)
		for k := d + 1; k < len(toks) && (k <= d+7 || k <= d+12 && r.insideOrg(toks, k-1)); k++ {
			w := toks[k]
			// "A Department of Health spokesperson": "of" inside a name.
			// "A Foreign, Commonwealth and Development Office
			// spokesperson": a comma inside one too.
			if (w.low == "of" || orgOfName(toks, k) || (w.low == "and" || w.low == ",") && r.insideOrg(toks, k)) && k > d+1 && isNameWord(toks[k-1]) && k+1 < len(toks) && isNameWord(toks[k+1]) && toks[k+1].para == t.para {
				continue
			}
			if w.kind != tWord || w.para != t.para || w.in(lxPrepositions) || w.in(lxReportingVerbs) || w.in(lxClauseWords) {
				break
			}
			// ("A former foster child spoke at the ceremony": an unnamed
			// child opening the sentence, though "child" is no person noun
			// elsewhere: "the birth of their one biological child, Ronan".)
			low := w.low
			// ("an ex-strategist for the campaign": the role, held before.)
			if r, ok := strings.CutPrefix(low, "ex-"); ok && !relationNouns[r] {
				low = r
			}
			if ok, pl := personNoun(low); (ok || low == "child" && (d == 0 || toks[d-1].kind == tEnd || toks[d-1].para != t.para)) && !w.cap {
				head, h, plural = low, k, pl
				// "a police officer", "a senior official": keep the last
				// role noun of a compound.
				if k+1 < len(toks) {
					if ok2, _ := personNoun(toks[k+1].low); ok2 && !toks[k+1].cap && toks[k+1].kind == tWord {
						continue
					}
				}
				break
			}
		}
		if h < 0 {
			continue
		}
		if t.low == "a" || t.low == "an" || t.low == "one" || t.low == "another" {
			if plural {
				continue
			}
		} else if !plural {
			continue
		}
		// "a retired woman named Monica Incerti", "a vendor called Pete":
		// the person named.
		if n := h + 2; n < len(toks) && (toks[h+1].low == "named" || toks[h+1].low == "called") && isNameWord(toks[n]) && toks[n].para == t.para {
			if id := r.mentionAt(toks[n].s); id >= 0 && !r.ents[id].org && !r.ents[id].anon {
				r.ents[id].addRole(head)
				r.ents[id].person = true
			}
			continue
		}
		// A name right after the head: "a Taliban spokesman Zabihullah Mujahid".
		if h+1 < len(toks) && isNameWord(toks[h+1]) && toks[h+1].para == t.para {
			continue
		}
		// "a retired woman named Ann Hall": the name says who.
		if n := h + 1; n+1 < len(toks) && (toks[n].low == "named" || toks[n].low == "called") && isNameWord(toks[n+1]) && toks[n+1].para == t.para {
			if id := r.mentionAt(toks[n+1].s); id >= 0 && !r.ents[id].org && !r.ents[id].anon {
				r.ents[id].addRole(head)
				r.ents[id].person = true
				continue
			}
		}
		// Apposition after: "a spokesman (for the ministry), Ali Khan,".
		if id := r.appositiveName(toks, h); id >= 0 {
			r.ents[id].addRole(head)
			r.ents[id].person = true
			r.ents[id].org = false
			continue
		}
		// "Another resident, who gave his name only as Dave,", "a woman
		// at the protest, who gave her name as Karen,": the name the
		// relative clause gives.
		if id := r.clauseGivenName(toks, h); id >= 0 {
			r.ents[id].addRole(head)
			r.ents[id].person = true
			r.ents[id].org = false
			continue
		}
		// A description opening the sentence in apposition to its subject:
		// "An employee with the city, he told reporters", "A father of
		// three, Tom Reed now ...": the subject itself, no one else.
		if s := frontedApposition(toks, d, h); s >= 0 {
			if isNameWord(toks[s]) {
				if id := r.mentionAt(toks[s].s); id >= 0 && !r.ents[id].anon && !r.ents[id].org {
					r.ents[id].addRole(head)
					r.ents[id].person = true
				}
			}
			continue
		}
		// Apposition before: "Gul Ahmad, a shopkeeper," / "Lee, 42, a nurse,".
		if d > 1 && toks[d-1].low == "," {
			k := d - 2
			if k > 1 && toks[k].kind == tWord && isDigit(toks[k].text[0]) && toks[k-1].low == "," {
				k -= 2
			}
			// Not a possessive ("volunteers at St. Anthony's, a retired
			// woman named ..."): the description is of someone else.
			// Nor a place in a phrase opening the sentence ("In Washington,
			// a Pentagon spokesperson said", "At a town hall in Iowa, a
			// voter asked").
			if k >= 0 && (isNameWord(toks[k]) && !toks[k].poss && !openingPlace(toks, k) || toks[k].low == "he" || toks[k].low == "she") {
				if isNameWord(toks[k]) {
					s := k
					for s > 0 && isNameWord(toks[s-1]) && !toks[s-1].poss && toks[s-1].para == toks[k].para {
						s--
					}
					if id := r.mentionAt(toks[s].s); id >= 0 && !r.ents[id].anon && !r.ents[id].org {
						r.ents[id].addRole(head)
						r.ents[id].person = true
					}
				}
				continue
			}
		}
		id := r.addAnon(toks, d, head, plural)
		if !plural {
			r.copularName(toks, h+1, id)
		}
		// "a White House spokeswoman", "a spokesman for the Department of
		// Justice": the organisation speaks through them, so their words,
		// and a later "she added", are the organisation's.
		if !plural && spokesNouns[head] && r.ents[id].alias < 0 {
			if org := r.spokesFor(toks, d, h); org >= 0 {
				r.ents[id].alias = org
			} else if org := r.orgSpokeBefore(toks, d, h); org >= 0 {
				r.ents[id].alias = org
			}
		}
		// "A senior Israeli official said ... Hamas official Basem Naim
		// told Reuters": an unnamed official or diplomat is an anonymous
		// source, whom news English does not name later.
		// (Past a dateline too: "WASHINGTON — A federal judge".)
		// (Not "One GOP lawmaker said ...", "A Republican senator,
		// speaking on condition of anonymity, said ...": one of many, or
		// someone the article says it does not name, whom a lawmaker
		// named later is not.)
		if !plural && !anonSourceHeads[head] && (d == 0 || toks[d-1].para != t.para || toks[d-1].kind == tEnd || d == datelineEnd(toks, 0) && toks[d].sent == toks[0].sent) &&
			toks[d].low != "one" && toks[d].low != "another" && !unnamedOnPurpose(toks, d) {
			r.ledeAlias(id, toks[d].sent, head)
		}
		if !plural {
			r.pendingDef = append(r.pendingDef, ledeAnon{id, toks[d].sent, head})
		}
	}
}

// peopleAfter reports whether the few words from toks[i] name people, a
// plural person noun or a group of them ("the officials", "the best
// players", "the so-called Guildford Four"), not things ("One of the
// things you learn", "one of the reasons").
func peopleAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4 && toks[k].para == toks[i].para; k++ {
		t := toks[k]
		if t.kind != tWord || t.in(lxPrepositions) || t.in(lxClauseWords) {
			return false
		}
		if t.cap {
			return true // a name for a group: "the Guildford Four"
		}
		if pluralPersonNoun(t.low) || t.in(lxGroupNouns) {
			return true
		}
		if ok, plural := personNoun(t.low); ok && plural {
			return true
		}
	}
	return false
}

// oneOfNamed returns the start of the name in apposition after "one of
// the ..." at toks[d] ("one of the so-called Guildford Four, Gerry
// Conlon"): a comma closing the group's few words, then a name of two
// words or more, closed by a comma or a dash; 0 when there is none.
func (r *registry) oneOfNamed(toks []token, d int) int {
	for c := d + 3; c < len(toks) && c <= d+9 && toks[c].para == toks[d].para; c++ {
		t := toks[c]
		if t.kind == tEnd || t.kind == tQuote || t.in(lxReportingVerbs) || t.in(lxClauseWords) && t.low != "and" {
			return 0
		}
		if t.low != "," {
			continue
		}
		// The group is people: a plural person noun ("one of the
		// volunteers at the shelter,") or a named group ("the Guildford
		// Four"), not "one of the clubs, Leeds United,".
		if g := toks[c-1]; !isNameWord(g) {
			people := false
			for k := d + 2; k < c && !people; k++ {
				if toks[k].in(lxPrepositions) && k > d+2 {
					break
				}
				w := toks[k].low
				_, pl := personNoun(w)
				if sg, ok := strings.CutSuffix(w, "s"); ok && !pl && len(sg) > 2 {
					// "volunteers", "buyers"
					ok1, pl1 := personNoun(sg)
					pl = ok1 && !pl1
				}
				people = pl && toks[k].kind == tWord && !toks[k].cap
			}
			if !people {
				return 0
			}
		}
		n := c + 1
		// "One of the volunteers, a retired woman named Monica Incerti,"
		if n < len(toks) && (toks[n].low == "a" || toks[n].low == "an") {
			for k := n + 1; k < len(toks) && k <= n+5 && toks[k].kind == tWord && !toks[k].cap; k++ {
				if toks[k].low == "named" || toks[k].low == "called" {
					n = k + 1
					break
				}
			}
		}
		e := n
		for e < len(toks) && isNameWord(toks[e]) && !toks[e].poss && toks[e].para == t.para {
			e++
		}
		if e-n < 2 || e >= len(toks) {
			return 0
		}
		switch toks[e].low {
		case ",", "-", "–", "—":
			return n
		case "of", "at", "from":
			// "One of the study's authors, Dr Priya Raman of King's
			// College London, said": past where the person works, to
			// the comma closing the apposition.
			for k := e + 1; k < len(toks) && k <= e+8 && toks[k].para == t.para; k++ {
				if w := toks[k]; w.kind == tEnd || w.kind == tQuote || w.in(lxReportingVerbs) || w.in(lxClauseWords) {
					return 0
				}
				if toks[k].low == "," {
					return n
				}
			}
		}
		return 0
	}
	return 0
}

// copularName names the unnamed person id when the description is the
// subject of "was"/"is" and a person's name is the predicate: "one of the
// women to flee the north was 25-year-old Nesma Hajjaj" (the description
// ends before toks[from]).
func (r *registry) copularName(toks []token, from, id int) {
	for c := from; c < len(toks) && c < from+8 && toks[c].para == toks[from].para; c++ {
		t := toks[c]
		if t.kind != tWord || t.low == "," || t.in(lxReportingVerbs) || t.in(lxClauseWords) || t.low == "who" || t.low == "that" {
			return
		}
		if t.low != "was" && t.low != "is" {
			continue
		}
		n := c + 1
		for n < len(toks) && n <= c+3 && toks[n].kind == tWord && !toks[n].cap && (ageOf(toks[n].low) != "" || toks[n].low == "the" || toks[n].low == "a") {
			n++
		}
		if n < len(toks) && isNameWord(toks[n]) && toks[n].para == t.para {
			if p := r.mentionAt(toks[n].s); p >= 0 && r.ents[p].person && !r.ents[p].anon && !r.ents[p].org {
				r.ents[id].alias = p
			}
		}
		return
	}
}

// anonSourceHeads are the nouns of unnamed sources, whom the article does
// not name later though it names someone with the same role.
var anonSourceHeads = setOf("official", "diplomat", "source", "aide", "insider")

// unnamedOnPurpose reports whether the sentence from toks[d] says its
// source is not named: "speaking on condition of anonymity", "who
// requested anonymity", "who asked not to be named", "not authorized to
// speak publicly".
func unnamedOnPurpose(toks []token, d int) bool {
	for k := d; k < len(toks) && k < d+40 && toks[k].sent == toks[d].sent; k++ {
		switch toks[k].low {
		case "anonymity", "anonymously":
			return true
		case "named", "identified", "authorized", "authorised":
			if k >= 2 && (toks[k-1].low == "be" && toks[k-2].low == "to" && k >= 3 && toks[k-3].low == "not" || toks[k-1].low == "not") {
				return true
			}
		}
	}
	return false
}

// ledeAlias names an unnamed person who opens a sentence when one of the
// next two sentences introduces a named person with the same role: "A
// federal judge on Friday halted ... In a 34-page opinion, U.S. District
// Judge Maria Delgado wrote ...". The mentions after the description are
// not scanned yet, so the names are looked up in the sentences' order.
func (r *registry) ledeAlias(id, sent int, head string) {
	r.pendingLede = append(r.pendingLede, ledeAnon{id, sent, roleClass(head)})
}

type ledeAnon struct {
	id, sent int
	role     string
}

// otherOfRole reports whether the name at byte offset pos is introduced
// as another holder of a role, in apposition before it ("Another
// spokesman, Tom Hale,", "a second witness, Ann Burke,") or after it
// ("Tom Hale, another spokesman,").
func otherOfRole(toks []token, pos int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= pos })
	if k >= len(toks) {
		return false
	}
	if k > 0 && toks[k-1].low == "," {
		for j := k - 2; j >= 0 && j >= k-5 && toks[j].kind == tWord && toks[j].sent == toks[k].sent; j-- {
			if otherWords[toks[j].low] {
				return true
			}
		}
	}
	e := k
	for e < len(toks) && isNameWord(toks[e]) && !toks[e].poss {
		e++
	}
	return e+1 < len(toks) && toks[e].low == "," && (otherWords[toks[e+1].low] || (toks[e+1].low == "a" || toks[e+1].low == "the") && e+2 < len(toks) && otherWords[toks[e+2].low])
}

var otherWords = setOf("another", "second", "third", "other", "fellow", "different")

// defNamedLater names an unnamed person ("One official said", "a teacher
// said") by the name a definite description of the same noun gives in
// apposition, opening one of the next three sentences: "The official,
// Jane Roe, added". Not when another of that noun comes between ("Another
// official said").
func (r *registry) defNamedLater(toks []token, la ledeAnon) {
	if r.ents[la.id].alias >= 0 {
		return
	}
	for i := nextSentence(toks, 0, la.sent); i+4 < len(toks) && toks[i].sent <= la.sent+3; i++ {
		t := toks[i]
		if toks[i+1].low != la.role || toks[i+1].sent != t.sent || toks[i+1].poss {
			continue
		}
		if otherWords[t.low] || t.low == "a" || t.low == "an" || t.low == "one" {
			return // another of them
		}
		if t.low != "the" || i > 0 && toks[i-1].sent == t.sent || toks[i+2].low != "," || !isNameWord(toks[i+3]) {
			continue
		}
		e := i + 3
		for e < len(toks) && isNameWord(toks[e]) && !toks[e].poss {
			e++
		}
		if e >= len(toks) || toks[e].low != "," {
			return
		}
		for k := i + 3; k < e; k++ {
			if id := r.mentionAt(toks[k].s); id >= 0 {
				if p := &r.ents[id]; p.person && !p.org && !p.anon && !p.plural {
					r.ents[la.id].alias = id
				}
				return
			}
		}
		return
	}
}

// resolveLedes applies ledeAlias once every mention is known.
func (r *registry) resolveLedes(toks []token) {
	for _, la := range r.pendingDef {
		r.defNamedLater(toks, la)
	}
	for _, la := range r.pendingLede {
		if r.ledeNamedNext(toks, la) {
			continue
		}
		// Only names can be the person an unnamed description turns out to be.
		for i := r.mentionAfter(la.sent); i < len(r.mentions) && r.mentions[i].sent <= la.sent+2; i++ {
			e := &r.ents[r.mentions[i].ent]
			if e.anon || e.org || !e.person {
				continue
			}
			// "A spokesman said ... Another spokesman, Tom Hale, said":
			// the text says the one named is someone else.
			if otherOfRole(toks, r.mentions[i].pos) {
				break
			}
			for _, ro := range e.roles {
				if ro == la.role {
					r.ents[la.id].alias = r.mentions[i].ent
					break
				}
			}
			if r.ents[la.id].alias >= 0 {
				break
			}
		}
		if r.ents[la.id].alias < 0 {
			r.ledeGuessNext(toks, la)
		}
	}
}

// ledeNamedNext names the unnamed person a story opens on ("A woman who
// spent 11 years in immigration limbo says ...", "A Nigerian mother who
// was detained ... has described ...") by the person whose name, with an
// age, opens the next paragraph ("Grace Adeyemi, 46, came to Britain
// ..."), as features and human-interest reports introduce them. Only a
// plain noun of a person (personHeads) in the article's first sentence,
// and a name of the same gender if both are known.
func (r *registry) ledeNamedNext(toks []token, la ledeAnon) bool {
	a := &r.ents[la.id]
	if la.sent != 0 || a.alias >= 0 || !ledeHeads[la.role] {
		return false
	}
	o := r.openerNext(toks, la.sent)
	if o.m < 0 {
		return false
	}
	e := &r.ents[r.mentions[o.m].ent]
	if e.anon || e.org || !e.person || a.gender != 0 && e.gender != 0 && a.gender != e.gender {
		return false
	}
	// The name opens the next paragraph, with an age.
	if !o.at || o.k == 0 || toks[o.k-1].para == toks[o.k].para || toks[o.k].para != toks[o.k-1].para+1 {
		return false
	}
	if o.age < 0 || o.end+3 >= len(toks) || len(toks[o.age].text) > 3 {
		return false
	}
	// The sentence goes on about them ("Grace Adeyemi, 46, came to
	// Britain", "Daniel, 43, who did not want ..."), not an apposition
	// giving someone else's tie ("Jane Reed, 46, her neighbour, said").
	if n := toks[o.end+3]; n.kind != tWord || n.cap || determiner(n.low) || n.low == "her" || n.low == "his" || n.low == "their" {
		return false
	}
	a.alias = r.mentions[o.m].ent
	return true
}

// ledeOpener is who opens the sentence after a lede's (openerNext): its
// first token k (len(toks) when there is none); m, the first mention after
// the lede's sentence when it is in the next one (-1 otherwise), and at,
// whether m stands at toks[k]; the name run at toks[k] ends before end
// (k when toks[k] is no name word), and age is the index of an age in
// commas after it (", 46,"), or -1.
type ledeOpener struct {
	k, m, end, age int
	at             bool
}

// openerNext finds who opens the sentence after sentence sent: the walk
// ledeNamedNext (a name with an age opening the next paragraph) and
// ledeGuessNext (the person opening the next sentence) share; each then
// asks what it needs of the opener.
func (r *registry) openerNext(toks []token, sent int) ledeOpener {
	o := ledeOpener{k: nextSentence(toks, 0, sent), m: r.mentionAfter(sent), age: -1}
	if o.m >= len(r.mentions) || r.mentions[o.m].sent != sent+1 {
		o.m = -1
	}
	o.at = o.m >= 0 && o.k < len(toks) && r.mentions[o.m].pos == toks[o.k].s
	o.end = o.k
	for o.end < len(toks) && isNameWord(toks[o.end]) && !toks[o.end].poss && toks[o.end].para == toks[o.k].para {
		o.end++
	}
	if j := o.end; j+2 < len(toks) && toks[j].low == "," && toks[j+1].kind == tWord && isDigit(toks[j+1].text[0]) && toks[j+2].low == "," {
		o.age = j + 1
	}
	return o
}

// nextSentence returns the first token from toks[from] on that is past
// sentence sent, or len(toks).
func nextSentence(toks []token, from, sent int) int {
	for from < len(toks) && toks[from].sent <= sent {
		from++
	}
	return from
}

// mentionAfter returns the index of the first mention past sentence sent,
// or len(r.mentions).
func (r *registry) mentionAfter(sent int) int {
	return sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].sent > sent })
}

// ledeHeads are plain nouns of a person a story may open on before naming
// them (ledeNamedNext).
var ledeHeads = setOf("woman", "man", "mother", "father", "mum", "dad", "girl", "boy", "teenager",
	"grandmother", "grandfather", "widow", "widower", "refugee", "migrant", "pensioner", "student",
	"nurse", "worker", "survivor", "tenant", "veteran", "volunteer", "resident", "pupil", "carer")

// ledeGuessNext names the unnamed person opening the article's first
// sentence with the person the next sentence opens with, when no one is
// named before: the delayed identification of a news lede ("A paramedic
// who treated the victims said the scene was "like a war zone". / Kate
// Bishop, who has worked ... said"), a guess (given, not shown). Not an
// unnamed source ("A senior official said ... / Foreign Minister X will
// travel"), a spokesperson, nor a person of the other gender. (Where
// ledeNamedNext finds no name with an age opening the next paragraph.)
func (r *registry) ledeGuessNext(toks []token, la ledeAnon) {
	e := &r.ents[la.id]
	if len(toks) == 0 || la.sent != toks[0].sent || anonSourceHeads[la.role] || spokesNouns[la.role] || e.plural || e.alias >= 0 {
		return
	}
	// The next sentence, in the paragraph or the next.
	o := r.openerNext(toks, la.sent)
	if o.k >= len(toks) || toks[o.k].sent != la.sent+1 || toks[o.k].para > toks[0].para+1 {
		return
	}
	for _, m := range r.mentions[:r.mentionAfter(la.sent)] {
		if m.ent != la.id && !r.ents[m.ent].org {
			return // someone named in the lede sentence
		}
	}
	// "Speaking after the inquest, Michael Obi said": past a phrase
	// opened by a participle, to the name after its comma.
	// ("Giving evidence at Wexford Crown Court, Alan Trent, 71, said":
	// the court named in the phrase is no one.)
	if !o.at && o.m >= 0 && toks[o.k].cap && strings.HasSuffix(toks[o.k].low, "ing") && (!isNameWord(toks[o.k]) || o.k+1 < len(toks) && toks[o.k+1].kind == tWord && !toks[o.k+1].cap) {
		for c := o.k + 1; c < len(toks) && c <= o.k+10 && toks[c].sent == toks[o.k].sent && toks[c].kind != tQuote; c++ {
			if toks[c].low == "," {
				for o.m+1 < len(r.mentions) && c+1 < len(toks) && r.mentions[o.m].pos < toks[c+1].s && r.ents[r.mentions[o.m].ent].org {
					o.m++
				}
				if c+1 < len(toks) && r.mentions[o.m].pos == toks[c+1].s {
					o.at, o.k, o.end = true, c+1, c+1
					for o.end < len(toks) && isNameWord(toks[o.end]) && !toks[o.end].poss {
						o.end++
					}
					o.age = -1
				}
				break
			}
		}
	}
	if !o.at || r.mentions[o.m].weak {
		return
	}
	p := r.mentions[o.m].ent
	n := &r.ents[p]
	if n.anon || n.org || !n.person || n.plural || e.gender != 0 && n.gender != 0 && e.gender != n.gender {
		return
	}
	// Not someone the sentence ties to another ("Jane Reed, 46, her
	// neighbour, said").
	j := o.end
	if o.age >= 0 {
		j = o.age + 1
	}
	if j+1 < len(toks) && toks[j].low == "," {
		if t := toks[j+1]; t.poss || t.low == "his" || t.low == "her" || t.low == "their" {
			return
		}
	}
	e.alias, e.guessed = p, true
}

// frontedApposition returns where the subject starts when the indefinite
// description toks[d:h+1] opens its sentence and, past a prepositional
// phrase of its own, a comma and a subject follow: "he", "she" or a name
// before a lower-case word ("An employee with the municipal government,
// he told reporters"). It returns -1 otherwise.
func frontedApposition(toks []token, d, h int) int {
	if d > 0 && toks[d-1].kind != tEnd && toks[d-1].para == toks[d].para {
		return -1
	}
	para := toks[d].para
	for c := h + 1; c < len(toks) && c <= h+8 && toks[c].para == para; c++ {
		t := toks[c]
		if t.low == "," {
			n := c + 1
			if n >= len(toks) || toks[n].para != para {
				return -1
			}
			if toks[n].low == "he" || toks[n].low == "she" {
				return n
			}
			e := n
			for e < len(toks) && isNameWord(toks[e]) && !toks[e].poss {
				e++
			}
			if e > n && e < len(toks) && toks[e].kind == tWord && !toks[e].cap {
				return n
			}
			return -1
		}
		if t.kind != tWord || t.in(lxReportingVerbs) || t.in(lxClauseWords) || t.low == "who" || t.low == "which" || t.low == "that" {
			return -1
		}
	}
	return -1
}

// appositiveName returns the named person following the description whose
// head is toks[h], after an optional prepositional phrase and a comma, or -1.
func (r *registry) appositiveName(toks []token, h int) int {
	para := toks[h].para
	for c := h + 1; c < len(toks) && c <= h+8 && toks[c].para == para; c++ {
		t := toks[c]
		if t.low == "," {
			// "Another tenant, pensioner Roy Platt,": a person noun or
			// two before the name.
			c += describingWords(toks, c+1)
			if c+1 < len(toks) && isNameWord(toks[c+1]) && toks[c+1].para == para {
				// The run starting at c+1 may open with a title.
				id := r.mentionAt(toks[c+1].s)
				if id < 0 {
					for k := c + 2; k < len(toks) && k <= c+4 && isNameWord(toks[k]); k++ {
						if id = r.mentionAt(toks[k].s); id >= 0 {
							break
						}
					}
				}
				if id >= 0 && !r.ents[id].org {
					return id
				}
			}
			return -1
		}
		if t.kind != tWord || t.in(lxReportingVerbs) || t.in(lxClauseWords) || t.low == "who" {
			return -1
		}
	}
	return -1
}

// describingWords returns how many lower-case words from toks[i] describe
// the person named right after them ("pensioner", "retired teacher",
// "mother-of-two"): up to three, the last a person noun in the singular;
// 0 otherwise.
func describingWords(toks []token, i int) int {
	for n := 1; n <= 3 && i+n < len(toks); n++ {
		t := toks[i+n-1]
		if t.kind != tWord || t.cap || t.para != toks[i].para || determiner(t.low) || t.in(lxClauseWords) || t.in(lxPrepositions) || t.in(lxReportingVerbs) {
			return 0
		}
		if isNameWord(toks[i+n]) {
			if ok, plural := personNoun(t.low); ok && !plural || t.in(lxPersonRoles) || t.in(lxOccupations) {
				return n
			}
			return 0
		}
	}
	return 0
}

// definite registers "the minister" (toks[d] is "the") as a mention of the
// latest person given that role, so that a following "he said" finds the
// person the narrative is about ("Asked about Kroll's assessment, the
// minister laughed. "...," he said.").
func (r *registry) definite(toks []token, d int) {
	// "according to the minister" names a speaker; other objects of a
	// preposition rarely are one.
	if d > 0 && toks[d-1].kind == tWord && (toks[d-1].in(lxPrepositions) || toks[d-1].low == "about") &&
		!(d > 1 && toks[d-1].low == "to" && toks[d-2].low == "according") {
		return
	}
	possessed := false
	for k := d + 1; k < len(toks) && k <= d+3; k++ {
		w := toks[k]
		// "the Bishop": a title alone, capitalised, is a description too.
		capTitle := w.cap && k == d+1 && w.in(lxTitles) && w.in(lxPersonRoles) && !w.poss
		// "the Tory leader", "the Scottish minister": a capitalised word
		// qualifying the role noun after it.
		capQual := w.cap && k == d+1 && !w.poss && k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].cap &&
			toks[k+1].para == w.para && toks[k+1].in(lxPersonRoles)
		if w.kind != tWord || w.para != toks[d].para || w.cap && !capTitle && !capQual || w.in(lxPrepositions) || w.in(lxReportingVerbs) || w.in(lxClauseWords) {
			return
		}
		possessed = possessed || w.poss
		// "The cashier, who asked not to be named, said": whoever the
		// article named before, this is someone it does not name.
		if ok, pl := personNoun(w.low); ok && !w.cap && !possessed && anonymityClause(toks, k+1) {
			r.addAnon(toks, d, w.low, pl)
			return
		}
		role, ex := w.low, exTitle(w.low)
		if ex != "" && personRoles[ex] {
			role = ex // "The ex-governor stuck to his view."
		}
		if !w.in(lxPersonRoles) && role == w.low {
			continue
		}
		// ("The former governor, however, stuck to his view": an aside,
		// no name.)
		if k+1 < len(toks) && (isNameWord(toks[k+1]) || toks[k+1].in(lxPersonRoles) || toks[k+1].low == "," && !asideAfter(toks, k+1)) {
			return // "the minister Rahim Azizi", "the team captain", "the mayor, Jane Roe,"
		}
		// "The founding director of the city's housing department, Jeff
		// Kositsky, ...": the name in apposition after the description's
		// prepositional phrase is whom it describes.
		if k+1 < len(toks) && toks[k+1].in(lxPrepositions) && appositionAfterPhrase(toks, k+1) {
			return
		}
		id := r.roleBefore(toks[d].s, role)
		// "Former RBI governor Raghav Menon ... Governor Shaktikanta Iyer
		// ... The former governor disagreed. "...," he said": one holding
		// the role as another office, held before or under it, or for the
		// time being, only.
		if ex != "" || offRoleBefore(toks, k) {
			id = r.roleAsBefore(toks[d].s, role, ex == "" && subRoleBefore(toks, k))
		} else if actingRoleBefore(toks, k) {
			id = r.actingBefore(toks[d].s, role)
		}
		// "The book was adapted into a film starring Burt Lancaster. ...
		// The writer was known for his research": a description opening
		// a sentence, that no one was given, is the person the article is
		// about, not someone it named in passing.
		opens := d == 0 || toks[d-1].kind == tEnd || toks[d-1].para != toks[d].para
		if opens && !possessed && !notTopicRoles[role] && (k+1 >= len(toks) || !toks[k+1].in(lxPrepositions)) &&
			(id < 0 || r.ents[id].named == 1) {
			if t := r.topic(toks[d].s); t >= 0 && (id < 0 || r.passingHolder(toks[d].s, id, t)) && genderFits(r.ents[t].gender, role) {
				id = t
			}
		}
		if id >= 0 {
			r.mention(id, toks[d].s, toks[d].sent)
		}
		return
	}
}

// asideAfter reports whether the comma toks[c] opens an aside adverb
// ("however", "meanwhile", "though") set off by a comma after it.
func asideAfter(toks []token, c int) bool {
	if c+2 >= len(toks) || toks[c+2].low != "," {
		return false
	}
	switch toks[c+1].low {
	case "however", "meanwhile", "though", "nevertheless", "too", "also":
		return true
	}
	return false
}

// myRelative reads "my" at toks[d] before a relation noun that opens a
// clause, its subject ("My father said", "As my father liked to say"), in
// an interview's answer or a first-person piece: a mention of the one the
// article named in that relation ("Hale's father, the late Malcolm Hale"),
// so that a later "he" may take it up.
func (r *registry) myRelative(toks []token, d int) {
	n := d + 1
	if n+1 >= len(toks) || toks[n].kind != tWord || toks[n].cap || !singularRelation(toks[n].low) || toks[n].para != toks[d].para {
		return
	}
	if v := toks[n+1]; v.kind != tWord || v.cap || v.para != toks[d].para {
		return
	}
	if d > 0 && toks[d-1].kind == tWord && (toks[d-1].in(lxPrepositions) || toks[d-1].in(lxObjectPreps)) && toks[d-1].low != "as" {
		return
	}
	if id := r.roleBefore(toks[d].s, toks[n].low); id >= 0 && r.ents[id].person && !r.ents[id].anon {
		r.mention(id, toks[d].s, toks[d].sent)
	}
}

// singularRelation reports whether w is a relation noun for one person
// ("father", "wife", "colleague"), not a group ("parents", "family").
func singularRelation(w string) bool {
	ok, plural := personNoun(w)
	return relationNouns[w] && ok && !plural
}

// appositionAfterPhrase reports whether the prepositional phrase opening at
// toks[p] runs, within its sentence and a dozen words, to a comma and a
// name closed by another comma: "of the city's housing department, Jeff
// Kositsky,".
func appositionAfterPhrase(toks []token, p int) bool {
	for c := p + 1; c < len(toks) && c <= p+14 && toks[c].sent == toks[p].sent; c++ {
		t := toks[c]
		// "and" inside a name ("Department of Housing and Health") is no
		// clause.
		inName := t.low == "and" && c+1 < len(toks) && isNameWord(toks[c+1]) && isNameWord(toks[c-1])
		if t.kind == tQuote || t.kind == tEnd || t.kind == tWord && !inName && (t.in(lxReportingVerbs) || t.in(lxClauseWords) || t.low == "who" || t.low == "which") {
			return false
		}
		if t.low != "," {
			continue
		}
		n := c + 1
		for n < len(toks) && isNameWord(toks[n]) && toks[n].sent == t.sent {
			n++
		}
		return n > c+1 && n < len(toks) && toks[n].low == ","
	}
	return false
}

// notTopicRoles are role nouns that name someone other than the person an
// article is about when no one was given them: a relative, or anyone in a
// crowd ("the man", "the witness", "the spokesman").
var notTopicRoles = setOf("mother", "father", "wife", "husband", "son", "daughter", "sister", "brother",
	"aunt", "uncle", "cousin", "niece", "nephew", "grandmother", "grandfather", "grandson", "granddaughter",
	"stepfather", "stepmother", "girlfriend", "boyfriend", "fiance", "fiancee", "fiancé", "fiancée", "widow",
	"widower", "mum", "mom", "dad", "sibling", "twin", "partner", "man", "woman", "girl", "boy", "resident",
	"witness", "victim", "survivor", "voter", "citizen", "worker", "member", "protester", "demonstrator",
	"farmer", "student", "official", "spokesman", "spokeswoman", "spokesperson", "representative", "aide",
	"officer", "detective", "doctor", "nurse", "lawyer", "attorney", "judge", "prosecutor", "referee")

// topicWindow is how many mentions back topic looks: an article may be
// about one person in its first half and another in its second.
const topicWindow = 120

// onlyOfGender returns the one person the text named before pos who is a
// woman (female) or a man, or -1: none, two, or a person of no known
// gender who may be meant.
func (r *registry) onlyOfGender(pos int, female bool) int {
	g := byte('m')
	if female {
		g = 'f'
	}
	found := -1
	ok := true
	r.walkBack(pos, topicWindow, func(m mention) bool {
		e := &r.ents[m.ent]
		if !e.person || e.org || e.anon || e.plural || m.ent == found {
			return false
		}
		if e.gender == 0 || e.gender == g && found >= 0 {
			ok = false
			return true
		}
		if e.gender == g {
			found = m.ent
		}
		return false
	})
	if !ok {
		return -1
	}
	return found
}

// topic returns the person the article is about at pos: among the latest
// topicWindow mentions of people before it, named at least four times and
// at least twice as often as anyone else; -1 when there is none.
func (r *registry) topic(pos int) int {
	if len(r.counts) < len(r.ents) {
		r.counts = append(r.counts, make([]int, len(r.ents)-len(r.counts))...)
	}
	counts := r.counts // zero outside this call: reset below
	var seen [topicWindow]int
	nSeen := 0
	best, second := -1, 0
	r.walkBack(pos, topicWindow, func(m mention) bool {
		e := &r.ents[m.ent]
		if !e.person || e.org || e.anon || e.plural {
			return false
		}
		if counts[m.ent] == 0 {
			seen[nSeen] = m.ent
			nSeen++
		}
		counts[m.ent]++
		switch {
		case m.ent == best:
		case best < 0 || counts[m.ent] > counts[best]:
			if best >= 0 {
				second = counts[best]
			}
			best = m.ent
		case counts[m.ent] > second:
			second = counts[m.ent]
		}
		return false
	})
	top := 0
	if best >= 0 {
		top = counts[best]
	}
	for _, id := range seen[:nSeen] {
		counts[id] = 0
	}
	if best < 0 || top < 4 || top < 2*second {
		return -1
	}
	return best
}

// passingHolder reports whether id, found for a description by the role
// the article gave it, is someone named once in passing, while the person
// the article is about (t) has been named since: "... with soul star Peabo
// Bryson ... [Dion, many times] ... the star explained" means Dion.
func (r *registry) passingHolder(pos, id, t int) bool {
	if id == t || r.ents[id].named != 1 {
		return false
	}
	later := false
	r.walkBack(pos, 200, func(m mention) bool {
		if m.ent == t {
			later = true
		}
		return m.ent == t || m.ent == id
	})
	return later
}

// genderFits reports whether a person of gender g (0 if unknown) can be
// described by the role noun.
func genderFits(g byte, role string) bool {
	switch {
	case g == 0:
		return true
	case femaleRoles[role]:
		return g == 'f'
	case maleRoles[role]:
		return g == 'm'
	}
	return true
}

// ageOf returns N for "N-year-old", or "".
func ageOf(w string) string {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" || len(n) > 3 {
		return ""
	}
	for i := 0; i < len(n); i++ {
		if !isDigit(n[i]) {
			return ""
		}
	}
	return n
}

// ageBefore returns the person whose age the article gave as n before the
// token at index k ("Luca, 24," or "the 24-year-old Luca"), or -1.
func (a *attributor) ageBefore(k int, n string) int {
	for j := k - 1; j >= 2 && j >= k-600; j-- {
		t := a.toks[j]
		if t.low == n && a.toks[j-1].low == "," && isNameWord(a.toks[j-2]) {
			s := j - 2
			for s > 0 && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && a.toks[s-1].para == t.para {
				s--
			}
			if id := a.reg.mentionAt(a.toks[s].s); id >= 0 && !a.reg.ents[id].org {
				return id
			}
		}
		if t.low == n+"-year-old" {
			// "Jack Dunn, a 31-year-old from Leeds,", "Rafael Moreno,
			// the 23-year-old from Valencia,": the name the description
			// is in apposition to.
			if j >= 3 && (a.toks[j-1].low == "a" || a.toks[j-1].low == "an" || a.toks[j-1].low == "the") && a.toks[j-2].low == "," && isNameWord(a.toks[j-3]) {
				s := j - 3
				for s > 0 && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && a.toks[s-1].para == t.para {
					s--
				}
				if id := a.reg.mentionAt(a.toks[s].s); id >= 0 && a.reg.isPerson(id) {
					return id
				}
			}
			// Not a place after a preposition ("a 31-year-old from
			// Leeds").
			for s := j + 1; s < len(a.toks) && s <= j+3 && a.toks[s].kind == tWord && !closedClass(a.toks[s].low); s++ {
				if isNameWord(a.toks[s]) {
					if id := a.reg.mentionAt(a.toks[s].s); id >= 0 && !a.reg.ents[id].org {
						return id
					}
					break
				}
			}
		}
	}
	return -1
}

// agedBefore reports whether the article gave person id an age before the
// token at index k ("Agnes McLaren, 72,", "the 72-year-old Agnes
// McLaren").
func (a *attributor) agedBefore(k, id int) bool {
	for j := k - 1; j >= 2 && j >= k-600; j-- {
		t := a.toks[j]
		if t.kind != tWord || !isDigit(t.low[0]) {
			continue
		}
		if a.toks[j-1].low == "," && isNameWord(a.toks[j-2]) {
			s := j - 2
			for s > 0 && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && a.toks[s-1].para == t.para {
				s--
			}
			if a.reg.mentionAt(a.toks[s].s) == id {
				return true
			}
		}
		if strings.HasSuffix(t.low, "-year-old") {
			// "Jack Dunn, a 31-year-old from Leeds,".
			if j >= 3 && (a.toks[j-1].low == "a" || a.toks[j-1].low == "an" || a.toks[j-1].low == "the") && a.toks[j-2].low == "," && isNameWord(a.toks[j-3]) {
				s := j - 3
				for s > 0 && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && a.toks[s-1].para == t.para {
					s--
				}
				if a.reg.mentionAt(a.toks[s].s) == id {
					return true
				}
			}
			for s := j + 1; s < len(a.toks) && s <= j+3 && a.toks[s].kind == tWord && !closedClass(a.toks[s].low); s++ {
				if isNameWord(a.toks[s]) {
					if a.reg.mentionAt(a.toks[s].s) == id {
						return true
					}
					break
				}
			}
		}
	}
	return false
}

// teenBefore returns the person the article gave an age from 13 to 19
// before the token at index k ("Amelia Hart, 13,"), when it gave one
// alone such an age, or -1.
func (a *attributor) teenBefore(k int) int {
	found := -1
	for j := k - 1; j >= 2 && j >= k-600; j-- {
		t := a.toks[j]
		if len(t.low) != 2 || t.low[0] != '1' || t.low[1] < '3' || t.low[1] > '9' || a.toks[j-1].low != "," || !isNameWord(a.toks[j-2]) {
			continue
		}
		s := j - 2
		for s > 0 && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss && a.toks[s-1].para == t.para {
			s--
		}
		if id := a.reg.mentionAt(a.toks[s].s); id >= 0 && !a.reg.ents[id].org {
			if found >= 0 && found != id {
				return -1
			}
			found = id
		}
	}
	return found
}

// spokesFor returns the organisation the unnamed spokesperson toks[d:h+1]
// (toks[h] the head noun) speaks for, named before the head ("a Sussex
// Police spokesman") or after "for" ("a spokeswoman for the Northern Care
// Alliance"), or -1.
func (r *registry) spokesFor(toks []token, d, h int) int {
	at := -1
	// "a senior Hamas official": past a word of rank.
	n := d + 1
	if n+1 < h && rankWords[toks[n].low] {
		n++
	}
	switch {
	case n == h-1 && !toks[n].cap && firmHeads[toks[n].low] && (toks[d].low == "a" || toks[d].low == "an"):
		// "Helix Robotics denied the claims. "...," a company spokesman
		// said": the firm named in this sentence or the one before.
		return r.firmBefore(toks[d].s, toks[d].sent)
	case n == h-1 && !toks[n].cap && spokesHeads[toks[n].low] && (toks[d].low == "a" || toks[d].low == "an"):
		// "a university spokesperson said", "a department spokesman"
		// after the University of Sheffield or the Department of
		// Education: the institution named with the word, when one
		// alone was named in the sentences before.
		// "Manchester United said ... a club spokesman said": a business
		// noun the name does not say takes the firm named in that
		// sentence or the one before (firmBefore), as "a company
		// spokesman" does.
		head := toks[n].low
		found := r.onlyOne(toks[d].s, 80, toks[d].sent-6, func(_ mention, e *entity) bool {
			return e.org && !e.anon && byHeadWord(e, head)
		})
		if found == -1 && businessHeads[head] {
			return r.firmBefore(toks[d].s, toks[d].sent)
		}
		if found == -1 && head == "trust" {
			return r.healthTrustBefore(toks[d].s, toks[d].sent)
		}
		return max(found, -1)
	case n < h && (orgNameWords(toks[n:h]) || r.insideOrg(toks, h-1)):
		at = n
	case h+2 < len(toks) && toks[h+1].in(lxSpokesPreps) && toks[h+1].para == toks[h].para:
		at = h + 2
		if toks[at].low == "the" && at+1 < len(toks) {
			at++
			// "said a spokesman for the company": the firm named in
			// this sentence or the one before.
			if firmHeads[toks[at].low] && (at+1 == len(toks) || toks[at+1].kind != tWord || toks[at+1].para != toks[at].para) {
				return r.firmBefore(toks[d].s, toks[d].sent)
			}
			// "Yorkshire Ambulance Service said ... "...," a
			// spokesperson for the trust said": the NHS body named
			// before, as "a trust spokesperson" is (see above).
			if toks[at].low == "trust" && (at+1 == len(toks) || toks[at+1].kind != tWord || toks[at+1].para != toks[at].para) {
				found := r.onlyOne(toks[d].s, 80, toks[d].sent-6, func(_ mention, e *entity) bool {
					return e.org && !e.anon && byHeadWord(e, "trust")
				})
				if found == -1 {
					return r.healthTrustBefore(toks[d].s, toks[d].sent)
				}
				return max(found, -1)
			}
			// "The Health and Safety Executive fined Carwell Foods. "...,"
			// a spokesman for the executive said": the body named "...
			// Executive" before, no person named since.
			if toks[at].low == "executive" && (at+1 == len(toks) || toks[at+1].kind != tWord || toks[at+1].para != toks[at].para || reportingVerbs[toks[at+1].low]) {
				return r.executiveBodyBefore(toks[d].s, toks[d].sent)
			}
		}
		if !isNameWord(toks[at]) {
			return -1
		}
	default:
		return -1
	}
	id := r.mentionAt(toks[at].s)
	if id < 0 || r.ents[id].anon || !spokesOrgBeside(toks, at, mentionEnd(toks, at, len(r.ents[id].name))) {
		return -1
	}
	e := &r.ents[id]
	// "a spokesman for Banco do Brasil", "a spokeswoman for Crédit
	// Agricole": a name after "for" that nothing marks as a person's
	// (no given name, title or honorific, no "he"/"she") is what a
	// spokesperson speaks for, an organisation.
	// "a Thames Water spokesperson said" too: a name of two words or more
	// before the noun (a person's spokesman is "a Trump spokesman", one
	// the article made a person's).
	if !e.org && !e.person && (at > h && toks[h+1].low == "for" || at < h) && len(e.name) >= 2 && e.gender == 0 {
		e.org, e.maybe = true, false
	}
	// "Tesco said the figures were wrong. "...," a Tesco spokesperson
	// said": a name of one word that only its speaking made a person's
	// (no given name, title, role or gender) is what its spokesperson
	// speaks for.
	if !e.org && e.person && e.orgShaped() {
		e.org, e.person = true, false
	}
	if e.org {
		return id
	}
	return -1
}

// orgSpokeBefore returns the organisation a bare "a spokesman" or "a
// spokesperson" toks[d:h+1] speaks for when the name mentioned last before
// it, in its sentence or the one before, is that organisation's as the
// subject of a verb of speech: "NHS England said it was committed ... A
// spokesman added: "..."". It returns -1 otherwise (and for "a spokesman
// for ...", which names whom the spokesman speaks for).
func (r *registry) orgSpokeBefore(toks []token, d, h int) int {
	if h != d+1 || toks[d].low != "a" && toks[d].low != "an" {
		return -1
	}
	if n := h + 1; n < len(toks) && toks[n].para == toks[h].para {
		switch toks[n].low {
		case "for", "of", "at", "from", "with", "to":
			return -1
		}
	}
	latest, speaks, itAt, opens := -1, false, false, false
	// "Police Scotland said a 34-year-old man had been arrested. "...,"
	// a spokesman said": an unnamed person in what the name said, after
	// it in its sentence, is passed over.
	anonSent, latestSent := -1, -1
	r.walkBack(toks[d].s, 8, func(m mention) bool {
		// (Or the sentence before that, when it spoke and the one between
		// brings in no one: "The Home Office said ... The hotel has housed
		// 400 people. A spokesperson said".)
		if m.sent < toks[d].sent-1 && !(latest < 0 && m.sent == toks[d].sent-2 && m.speaks && !m.weak && quietSentenceBefore(toks, d)) || latest >= 0 && m.ent != latest {
			return true
		}
		if latest < 0 && r.ents[m.ent].anon && !m.speaks && (anonSent < 0 || anonSent == m.sent) {
			anonSent = m.sent
			return false
		}
		if latestSent < 0 {
			latestSent = m.sent
		}
		latest = m.ent
		if m.speaks && !m.weak {
			speaks = true
			itAt = itAt || saidIt(toks, m.pos)
		}
		opens = opens || m.opens && !m.weak && m.sent == toks[d].sent-1
		return false
	})
	if latest < 0 || anonSent >= 0 && (latestSent != anonSent || !speaks) {
		return -1
	}
	e := &r.ents[latest]
	if e.anon {
		return -1
	}
	// "Energy UK, which represents suppliers, defended the charges.
	// "...," a spokesman said.": an organisation that opens the sentence
	// before, and is the last name there, takes a stand its spokesman
	// then speaks for.
	if !speaks {
		if opens && e.org && !e.person {
			return latest
		}
		return -1
	}
	// "Thames Water said it ...", "NHS England said it ...": a name that
	// only its verb of speech made a person's, which speaks of itself as
	// "it", with a firm's form or an acronym opening it.
	firmLike := e.gender == 0 && len(e.roles) == 0 && itAt && (firmTail(e.name) || len(e.name) >= 2 && isAcronym(e.name[0]))
	if !(e.org && !e.person || firmLike) {
		return -1
	}
	return latest
}

// saidIt reports whether the name at pos is followed by a verb and "it"
// or "its" ("Thames Water said it had enough cash").
func saidIt(toks []token, pos int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= pos })
	for k < len(toks) && isNameWord(toks[k]) {
		k++
	}
	return saidItAt(toks, k)
}

// saidItAt reports whether the verb at toks[k] is followed by "it" or
// "its".
func saidItAt(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].para != toks[k+1].para {
		return false
	}
	n := k + 1
	// "Twitch said in a statement that it "values its creators."", "said
	// on Tuesday that it": past a short phrase of where or when, to
	// "that".
	if t := toks[n]; t.low == "in" || t.low == "on" {
		for m := n + 1; m < len(toks) && m <= n+5 && toks[m].sent == t.sent && toks[m].kind == tWord && (!toks[m].cap || toks[m].in(lxDayNames)); m++ {
			if toks[m].low == "that" {
				n = m
				break
			}
		}
	}
	if toks[n].low == "that" && n+1 < len(toks) && toks[n+1].sent == toks[n].sent {
		n++
	}
	w := toks[n].low
	return w == "it" || w == "its"
}

// firmBefore returns the firm that "a company spokesman" at pos (in
// sentence sent) speaks for: the latest name of an organisation, or of no
// known kind, in that sentence or the one before, not a public body nor
// the object of a preposition, when its sentence names no other; or -1.
func (r *registry) firmBefore(pos, sent int) int {
	found, fsent := -1, -1
	r.walkBack(pos, 40, func(m mention) bool {
		if m.sent < sent-1 || found >= 0 && m.sent < fsent {
			return true
		}
		e := &r.ents[m.ent]
		if m.weak || e.anon || e.person || !(e.org || e.maybe) || m.ent == found || publicBody(e) {
			return false
		}
		if found >= 0 {
			found = -1
			return true
		}
		found, fsent = m.ent, m.sent
		return false
	})
	if found >= 0 {
		r.ents[found].org, r.ents[found].maybe = true, false
	}
	return found
}

// healthTrustBefore returns the one NHS body named in the six sentences
// before pos (in sentence sent) by a name that says it runs hospitals or
// ambulances ("Yorkshire Ambulance Service", "Leeds General Infirmary"),
// whom British papers call "the trust" though its name does not say so;
// or -1.
func (r *registry) healthTrustBefore(pos, sent int) int {
	found := r.onlyOne(pos, 80, sent-6, func(_ mention, e *entity) bool {
		if !e.org || e.anon {
			return false
		}
		for _, w := range e.name {
			switch strings.ToLower(w) {
			case "nhs", "ambulance", "hospital", "hospitals", "infirmary":
				return true
			}
		}
		return false
	})
	return max(found, -1)
}

// spokesHeads are nouns for an institution that a spokesperson or
// official is said to be of ("a university spokesperson"), naming the
// institution named with the word before. Not "government", "army" or
// "court", said of the state's bodies whatever was named; "police" only
// for a force the article named ("Kent Police").
var spokesHeads = setOf("university", "school", "college", "department", "ministry", "agency", "council",
	"district", "hospital", "museum", "zoo", "charity", "union", "trust", "board", "bureau", "service",
	"center", "centre", "institute", "foundation", "commission", "authority", "company", "firm",
	// "Kent Police said ... a force spokesman said"; "London Fire Brigade
	// said ... a brigade spokesman said"; "a club spokesman"
	"force", "police", "constabulary", "brigade", "club",
	// "Buckingham Palace announced the visit. "...," a palace
	// spokesperson said"
	"palace")

// regionAdjectives name a country or region as an official's adjective
// ("a US official", "a senior European official"), not a body.
var regionAdjectives = setOf("us", "u.s.", "uk", "u.k.", "european", "western", "arab", "gulf", "african", "asian")

// rankWords stand between "a" and an organisation's name before a
// spokesperson or official ("a senior Hamas official", "a top White House
// official"); not "former", which makes them no longer its voice.
var rankWords = setOf("senior", "top", "high-ranking", "high-level", "mid-level", "junior")

// unnamedSpokes reports whether np is an unnamed spokesperson for no one
// named: "a spokesman", "a company spokeswoman", not "a spokesman for
// Hamas" nor "a WeWork spokesperson".
func (a *attributor) unnamedSpokes(np nounPhrase) bool {
	if np.kind != npAnon || np.lo < 0 || np.hi > len(a.toks) {
		return false
	}
	spokes := false
	for j := np.lo; j < np.hi; j++ {
		t := a.toks[j]
		if isNameWord(t) || t.low == "for" || t.kind == tQuote {
			return false
		}
		spokes = spokes || t.in(lxSpokesNouns)
	}
	if n := np.hi; n < len(a.toks) && (a.toks[n].low == "for" || a.toks[n].low == "of" || a.toks[n].low == "at") {
		return false
	}
	return spokes
}

// orgSubject reports whether the subject np of a verb of speech before
// the quotation toks[k] is an organisation: the article says so, or it
// speaks of itself as "it" ("Sears says it is").
func (a *attributor) orgSubject(np nounPhrase, k int) bool {
	if a.reg.ents[np.ent].org {
		return true
	}
	for v := np.hi; v+1 < k; v++ {
		if a.isVerb(v) {
			n := a.toks[v+1].low
			if n == "that" && v+2 < k {
				n = a.toks[v+2].low
			}
			return n == "it" || n == "its"
		}
	}
	return false
}

// orgNameWords reports whether toks are the words of one name, "of"
// joining name words inside it ("Department of Health").
func orgNameWords(toks []token) bool {
	for k, t := range toks {
		// "Department of Health", "Department for Education"
		if (t.low == "of" || t.low == "for" && k > 0 && toks[k-1].in(lxInstitutionHeads)) && k > 0 && k+1 < len(toks) && isNameWord(toks[k-1]) && isNameWord(toks[k+1]) {
			continue
		}
		// "a Foreign, Commonwealth and Development Office spokesperson"
		if (t.low == "," || t.low == "and") && k > 0 && k+1 < len(toks) && isNameWord(toks[k-1]) && isNameWord(toks[k+1]) && listInOrgName(toks, 0, firstComma(toks)) == len(toks) {
			continue
		}
		if !isNameWord(t) {
			return false
		}
	}
	return true
}

// spokesOrgBeside reports whether the name toks[i:j] is what an unnamed
// spokesperson speaks for: the whole of the words between "a" and the head
// noun ("a WeWork spokesperson", "an IAAF spokesman"), or the object of
// "for" after it ("a spokesman for Hamas"). A nationality ("a British
// spokesman") or a bare common noun ("a Government spokesperson") names no
// one.
func spokesOrgBeside(toks []token, i, j int) bool {
	if j == i+1 && (nationality(toks[i].low) || toks[i].in(lxOrgHeads)) {
		return false
	}
	// "a senior US official", "one European official": an official of a
	// country or region named by its adjective speaks for no body named.
	if j == i+1 && j < len(toks) && (toks[j].low == "official" || toks[j].low == "officials") && regionAdjectives[strings.ToLower(toks[i].text)] {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].poss && !titleOffice(toks, k) {
			return false
		}
	}
	if i > 0 && j < len(toks) && toks[j].in(lxSpokesNouns) && !toks[j].cap && toks[j].para == toks[i].para {
		d := i - 1
		if d > 0 && rankWords[toks[d].low] {
			d--
		}
		switch toks[d].low {
		case "a", "an", "one", "another":
			return true
		}
	}
	b := i - 1
	if b >= 0 && toks[b].low == "the" {
		b--
	}
	return b >= 1 && toks[b].in(lxSpokesPreps) && toks[b-1].in(lxSpokesNouns) && !toks[b-1].cap && toks[b-1].para == toks[i].para
}

// firstComma returns the index of the first comma of toks, or len(toks).
func firstComma(toks []token) int {
	for k := range toks {
		if toks[k].low == "," {
			return k
		}
	}
	return len(toks)
}

// mentionEnd returns where the mention of a name of n words opening at
// toks[at] ends: n words on, or sooner, before a spokesperson's noun or
// what is no word ("an ICO spokesperson" names the Information
// Commissioner's Office by one word).
func mentionEnd(toks []token, at, n int) int {
	e := at
	for w := 0; e < len(toks) && w < n && !toks[e].in(lxSpokesNouns); e++ {
		// "Foreign, Commonwealth and Development Office": a comma
		// inside the name is no word of it.
		if toks[e].low == "," && e > at && e+1 < len(toks) && isNameWord(toks[e+1]) {
			continue
		}
		if toks[e].kind != tWord {
			break
		}
		w++
	}
	return e
}

// clauseGivenName returns the person whose name a relative clause after
// the person noun toks[h] gives, past a short phrase placing them ("a
// woman at the protest, who gave her name as Karen,", "one shopper, who
// gave only her first name, Sara,", "a man who identified himself only as
// Ali"), or -1. The name closes the clause after "as", "by" or a comma.
func (r *registry) clauseGivenName(toks []token, h int) int {
	c := h + 1
	// (A name inside the phrase after its preposition: "a commander of
	// the Jenin Brigades, who gave his name as Abu Khaled,".)
	prep := false
	for c < len(toks) && c <= h+6 && toks[c].kind == tWord && (!toks[c].cap || prep) && toks[c].low != "who" {
		prep = prep || spokesPreps[toks[c].low] || toks[c].low == "in" || toks[c].low == "with"
		c++
	}
	if c < len(toks) && toks[c].low == "," {
		c++
		// "One volunteer, a retired teacher who gave her name only as
		// Margaret,": past an apposition describing the person again.
		if c < len(toks) && (toks[c].low == "a" || toks[c].low == "an") {
			for n := c + 1; n < len(toks) && n <= c+5 && toks[n].kind == tWord && !toks[n].cap && toks[n].para == toks[h].para; n++ {
				if ok, pl := personNoun(toks[n].low); ok && !pl {
					if m := n + 1; m < len(toks) && toks[m].low == "who" {
						c = m
					} else if m+1 < len(toks) && toks[m].low == "," && toks[m+1].low == "who" {
						c = m + 1
					}
					break
				}
			}
		}
	}
	if c >= len(toks) || toks[c].low != "who" || toks[c].para != toks[h].para {
		return -1
	}
	naming := false
	for k := c + 1; k < len(toks) && k <= c+14 && toks[k].sent == toks[c].sent; k++ {
		t := toks[k]
		switch {
		case t.low == "name" || t.low == "names" || t.low == "identified" || t.low == "goes":
			naming = true
		case isNameWord(t) && naming && k > c+2:
			switch toks[k-1].low {
			case "as", "by", ",":
			default:
				return -1
			}
			if id := r.mentionAt(t.s); id >= 0 && !r.ents[id].org && !r.ents[id].anon {
				return id
			}
			return -1
		case t.kind != tWord && t.low != ",":
			return -1
		}
	}
	return -1
}

// spokesPreps join a spokesperson or an official to what they speak for:
// "a spokesman for Hamas", "an official of the Bidhannagar Municipal
// Corporation", "an official at the council".
var spokesPreps = setOf("for", "of", "at", "from")

// openingPlace reports whether the name ending at toks[k] is the object
// of a preposition opening its sentence ("In Washington, a spokesperson
// said"), a place or time set before the subject; after a preposition
// inside the sentence it may have an apposition ("according to Dr. Abed
// Abu Hasira, a doctor in the department").
func openingPlace(toks []token, k int) bool {
	s := k
	for s > 0 && isNameWord(toks[s-1]) && !toks[s-1].poss && toks[s-1].para == toks[k].para {
		s--
	}
	if s > 0 && toks[s-1].low == "the" {
		s--
	}
	p := s - 1
	if p < 0 || toks[p].kind != tWord || !toks[p].in(lxPrepositions) || toks[p].low == "and" || toks[p].para != toks[k].para {
		return false
	}
	if p == 0 || toks[p-1].kind == tEnd || toks[p-1].para != toks[p].para {
		return true
	}
	// "At a town hall in Iowa, a voter asked": the place ends a chain of
	// phrases that opens the sentence with a preposition, no comma in it.
	for q := p - 1; q >= 0 && q >= p-8; q-- {
		t := toks[q]
		if t.para != toks[p].para || t.kind != tWord {
			return false
		}
		if q == 0 || toks[q-1].kind == tEnd || toks[q-1].para != t.para {
			return t.in(lxPrepositions) && t.low != "and"
		}
	}
	return false
}

// anonymityClause reports whether toks[c] opens a relative clause saying
// the person just described is not named: ", who asked not to be named,",
// ", who declined to be identified,", ", who spoke on condition of
// anonymity,", ", who gave only her first name,".
func anonymityClause(toks []token, c int) bool {
	if c+1 >= len(toks) || toks[c].low != "," || toks[c+1].low != "who" {
		return false
	}
	for k := c + 2; k < len(toks) && k <= c+16 && toks[k].sent == toks[c].sent; k++ {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		switch t.low {
		case "anonymity", "anonymous", "anonymously":
			return true
		case "named", "identified":
			if toks[k-1].low == "be" || toks[k-1].low == "being" {
				return true
			}
		case "name", "surname", "names":
			switch toks[k-1].low {
			case "his", "her", "their", "full", "last", "first", "family", "second":
				return true
			}
		}
	}
	return false
}
