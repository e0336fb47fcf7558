package quote

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entity is one person or organisation the article names. Later mentions
// by surname ("Mujahid", "Mr. Trump") merge into the earlier, fuller name,
// and a fuller later mention upgrades the name, so the speaker reported is
// the fullest form the article gives.
type entity struct {
	name   []string // fullest name, as written
	gender byte     // 'm', 'f' or 0 when unknown
	roles  []string // role classes: "spokesperson", "president", ...
	person bool     // known to be a person (title, honorific, first name, role, speech)
	maybe  bool     // looks like a person's name but nothing confirms it
	org    bool
	anon   bool // an unnamed person ("a provincial official"): reported as ""
	alias  int  // for anon: the named person it turns out to be, or -1
	// guessed: for anon, alias is only the person the next sentence names
	// (see resolveLedes): given, not shown.
	guessed bool
	plural  bool // an unnamed group of people ("two diplomats")
	speaks  bool // a plural that says something ("Two diplomats said"): "he" may be one of them
	// offRoles: roles the article gives only with a word that makes them
	// another office ("Former President Donald Trump", "Vice President
	// Kamala Harris", "the shadow chancellor"): "the president said" is
	// not them.
	offRoles []string
	role     string // what the article first says the person is, as written
	// qual: named so far only as the qualifier of someone's role ("VOA
	// Pentagon" in "VOA Pentagon correspondent Carla Babb"): a shorter
	// name ("the Pentagon") is another entity, not this one.
	qual bool
	// named counts the article's mentions of the entity by name (not
	// pronouns, descriptions or cues): how much the article is about it.
	named int
	// bare: called by a single word of the name before ("Mrs Pemberton",
	// "Reed"), the short form the article settled on for the person.
	bare bool
}

// joins reports whether the name a mention gives may refer to e: not a
// shorter form of a name known only as a qualifier.
func (e *entity) joins(name []string) bool { return !e.qual || len(name) >= len(e.name) }

func (e *entity) hasRole(r string) bool {
	for _, x := range e.roles {
		if x == r || (r == "official" && officialRoles[x]) {
			return true
		}
	}
	return false
}

func (e *entity) addRole(r string) {
	if e.gender == 0 {
		e.gender = roleNounGender(r)
	}
	r = roleClass(r)
	if r == "" || e.hasRole(r) {
		return
	}
	if len(e.roles) < 8 {
		e.roles = append(e.roles, r)
	}
	if e.gender == 0 {
		e.gender = roleNounGender(r)
	}
}

// addRoleOff adds the role r to e (addRole), recording whether the article
// gave it with a word that makes it another office (off) or as the office
// itself: a role given plainly, before or after, is the office.
func (e *entity) addRoleOff(r string, off bool) {
	had := e.hasRole(roleClass(r))
	e.addRole(r)
	r = roleClass(r)
	i := slices.Index(e.offRoles, r)
	switch {
	case off && !had && i < 0 && e.hasRole(r):
		e.offRoles = append(e.offRoles, r)
	case !off && i >= 0:
		e.offRoles = slices.Delete(e.offRoles, i, i+1)
	}
}

// heldOff reports whether e holds the role r only as another office
// ("Former President Donald Trump" for "president").
func (e *entity) heldOff(r string) bool { return slices.Contains(e.offRoles, roleClass(r)) }

// heldSub reports whether e holds the role r as an office under it ("Vice
// President Kamala Harris" for "president"), not one held before.
func (e *entity) heldSub(r string) bool {
	return e.heldOff(r) && slices.Contains(e.offRoles, subPrefix+roleClass(r))
}

// subPrefix marks, in offRoles, a role held as an office under it.
const subPrefix = "sub "

// actingPrefix marks, in offRoles, a role held for the time being
// ("Acting Prime Minister Richard Marles", "interim chief Dana Hill"):
// the office itself, for "the chief said" when nobody else holds it, but
// not the holder "the prime minister" means beside one holding it fully.
const actingPrefix = "acting "

// heldActing reports whether e holds the role r for the time being.
func (e *entity) heldActing(r string) bool {
	return len(e.offRoles) > 0 && slices.Contains(e.offRoles, actingPrefix+roleClass(r))
}

// markActing records that e holds the role r for the time being.
func (e *entity) markActing(r string) {
	if r = roleClass(r); r != "" && e.hasRole(r) && !e.heldActing(r) {
		e.offRoles = append(e.offRoles, actingPrefix+r)
	}
}

// futurePrefix marks, in offRoles, a post still to be taken up ("Karen
// Webb is expected to be named acting chief"): held neither now nor
// before, so not "the former chief".
const futurePrefix = "future "

// heldFuture reports whether e holds the role r only as one to come.
func (e *entity) heldFuture(r string) bool {
	return len(e.offRoles) > 0 && slices.Contains(e.offRoles, futurePrefix+roleClass(r))
}

// actingWords make a role one held for the time being.
var actingWords = setOf("acting", "interim", "caretaker")

// actingRoleBefore reports whether a word of actingWords stands among the
// few title words before the role toks[k] ("Acting Prime Minister").
func actingRoleBefore(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3 && toks[i].kind == tWord && toks[i].para == toks[k].para; i-- {
		if actingWords[toks[i].low] {
			return true
		}
		// ("the city's acting police chief": a lower-case noun of the
		// post between.)
		if !toks[i].in(lxTitles) && (toks[i].cap || toks[i].poss || toks[i].in(lxPrepositions) || toks[i].in(lxClauseWords) || determiner(toks[i].low)) {
			return false
		}
	}
	return false
}

// subModifiers make a role an office under it: a "vice president" or a
// "deputy prime minister" is no "former president" or "former prime
// minister".
var subModifiers = setOf("vice", "deputy", "assistant", "associate", "under", "lieutenant", "shadow")

// subRoleBefore reports whether a word of subModifiers stands among the
// few title words before the role toks[k] ("Vice President").
func subRoleBefore(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3 && toks[i].kind == tWord && toks[i].para == toks[k].para; i-- {
		if subModifiers[toks[i].low] {
			return true
		}
		if !toks[i].in(lxTitles) && !toks[i].in(lxOffModifiers) {
			return false
		}
	}
	return false
}

// offModifiers make a role another office: a "former president", "vice
// president", "deputy prime minister" or "shadow chancellor" is not "the
// president", "the prime minister" or "the chancellor": the subModifiers
// and these.
var offModifiers = withWords(subModifiers, "former", "ex", "late", "incoming", "future", "onetime", "one-time", "erstwhile",
	"then", "past")

// offBefore reports whether a word of offModifiers stands before the role
// noun r among the few words from toks[k] ("the former president").
func offBefore(toks []token, k int, r string) bool {
	for i := k; i < len(toks) && i <= k+5 && toks[i].kind == tWord; i++ {
		if toks[i].low == r {
			return false
		}
		if toks[i].in(lxOffModifiers) && i+1 < len(toks) && toks[i+1].low == r {
			return true
		}
		// "the shadow defence secretary", "the former foreign
		// minister": title words between.
		if toks[i].in(lxOffModifiers) && offAcross(toks, i+1, r) {
			return true
		}
	}
	return false
}

// offAcross reports whether one or two title words from toks[k] lead to
// the role noun r: "defence secretary", "prime minister", "foreign
// secretary" after "shadow" or "former".
func offAcross(toks []token, k int, r string) bool {
	for i := k; i < len(toks) && i < k+2 && toks[i].kind == tWord && toks[i].in(lxTitles) && !toks[i].in(lxOffModifiers); i++ {
		if i+1 < len(toks) && toks[i+1].low == r {
			return true
		}
	}
	return false
}

// offRoleBefore reports whether an offModifiers word stands before the
// role noun toks[k] across no more than two title words: "shadow defence
// secretary James Cartlidge", "former foreign minister Ann Lee".
func offRoleBefore(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3 && toks[i].kind == tWord && toks[i].para == toks[k].para; i-- {
		// "ex-prime minister Boris Johnson", "the ex-chief minister"
		if toks[i].in(lxOffModifiers) || exWord(toks[i]) {
			return true
		}
		// "Former Wallabies coach Eddie Jones", "former RBI governor
		// Raghav Menon": the body of the office between (a capitalised
		// name, not a possessive: "former Speaker Pelosi's aide").
		if !toks[i].in(lxTitles) && !(toks[i].cap && !toks[i].poss && isNameWord(toks[i]) && offModBefore(toks, i)) {
			return false
		}
	}
	return false
}

// exOffice is the role an "ex-" word before a name names ("ex-president"
// -> "president", "ex-cm" -> "cm"), or "".
func exOffice(w string) string {
	r, ok := strings.CutPrefix(w, "ex-")
	if !ok || r == "" || relationNouns[r] || !personRoles[r] {
		return ""
	}
	return r
}

// exWord reports whether t is "ex-" before a title or a name: "ex-prime
// (minister)", "ex-Labour (leader)", not "ex-wife".
func exWord(t token) bool {
	r, ok := strings.CutPrefix(t.low, "ex-")
	return ok && r != "" && (titles[r] && !relationNouns[r] || len(t.text) > 3 && t.text[3] >= 'A' && t.text[3] <= 'Z')
}

// offModBefore reports whether toks[i], a name word, follows an
// offModifiers word across one or two more name words ("Former Wallabies
// coach", "ex-"-words aside).
func offModBefore(toks []token, i int) bool {
	for p := i - 1; p >= 0 && p >= i-2 && toks[p].kind == tWord && toks[p].para == toks[i].para; p-- {
		if toks[p].in(lxOffModifiers) || exWord(toks[p]) {
			return true
		}
		if !toks[p].cap || toks[p].poss || !isNameWord(toks[p]) {
			return false
		}
	}
	return false
}

// roleGender gives e the gender a role noun said of it in the text carries
// ("daughter Dylan Farrow", "Sam Reed, his wife,"): the article's own word
// outranks the gender a given name usually has.
func (e *entity) roleGender(r string) {
	if g := roleNounGender(r); g != 0 {
		e.gender = g
	}
}

// roleNounGender is the gender the role noun r says a named person has,
// or 0. "Spokesman" and "chairman" are also titles of posts women hold
// ("Opposition foreign affairs spokesman Michaelia Cash ... she said"):
// they say nothing of it.
func roleNounGender(r string) byte {
	switch {
	case femaleRoles[r]:
		return 'f'
	case maleRoles[r] && r != "spokesman" && r != "chairman":
		return 'm'
	}
	return 0
}

// mention is one occurrence of an entity, at byte offset pos.
type mention struct {
	ent  int
	pos  int
	sent int  // sentence index
	weak bool // possessive or object of a preposition: rarely the speaker
	// speaks: the name is the subject of a reporting verb ("Harry had
	// said"), set by registerRun
	speaks bool
	// opens: the name opens its sentence ("Mr Campbell's e-mail ..."),
	// set by registerRun
	opens bool
	// acts: it opens its sentence and a word in lower case follows it
	// there, as a verb does ("Cui disagrees"), set by registerRun
	acts bool
}

// registry holds the entities of one article and where each was mentioned.
type registry struct {
	ents         []entity
	bySurname    map[string][]int
	byFirst      map[string][]int
	byMiddle     map[string][]int // inner words of names of three or more ("Etienne" of "Camille Etienne Gbedey")
	aliases      map[string]int   // a person's other name, lower case, given by "known as" (see knownAsName)
	mentions     []mention        // from scanMentions, ordered by pos
	cueMentions  []mention        // from reading cues, ordered by pos
	cueLate      []mention        // from reading cues, before the last of cueMentions when read (see mentionW)
	scanned      bool             // scanMentions is done
	anonPass     bool             // scanAnon is running
	anonMentions []mention        // from scanAnon (descriptions), ordered by pos
	last         []int            // per entity: position of the latest mention seen
	counts       []int            // per entity, for topic
	pendingLede  []ledeAnon
	pendingDef   []ledeAnon        // unnamed people a definite apposition may name later (defNamedLater)
	folded       map[string]string // foldName of the words surnameKey read
	reads        []runRead         // what registerRun read of each run, ordered by pos
	names        []string          // the words of the names registerRun read, one after another
}

// runRead is what readRun gave for a run registerRun read: the run's
// first token's offset, its length in tokens, and the reading.
type runRead struct {
	pos, n int
	ni     nameInfo
}

// readRun is readRun(run), run being a slice of the tokens scanMentions
// read: the reading registerRun made of the same run when it made one.
// (The tokens do not change after the scan, so the reading is the same;
// nothing changes a nameInfo's slices in place.)
func (r *registry) readRun(run []token) nameInfo {
	if len(run) > 0 {
		pos := run[0].s
		k := sort.Search(len(r.reads), func(k int) bool { return r.reads[k].pos >= pos })
		if k < len(r.reads) && r.reads[k].pos == pos && r.reads[k].n == len(run) {
			return r.reads[k].ni
		}
	}
	return readRun(run)
}

func newRegistry() *registry {
	return &registry{bySurname: make(map[string][]int), byFirst: make(map[string][]int), byMiddle: make(map[string][]int),
		folded: make(map[string]string)}
}

// lookupG finds the entity a name refers to, adding it if new. A name
// matches an entity with the same last word when either is a single word,
// when their first words agree, or when one ends the other. g is the
// mention's gender (from an honorific or given name; 0 if unknown). When several people share a surname, a bare
// surname ("Ms. Otieno") is the compatible one mentioned last before pos.
func (r *registry) lookupG(name []string, pos int, g byte) int {
	if len(name) == 0 {
		return -1
	}
	if len(r.aliases) > 0 {
		if id, ok := r.aliases[strings.ToLower(strings.Join(name, " "))]; ok {
			return id
		}
	}
	key := r.surnameKey(name)
	cands := r.bySurname[key]
	compatible := func(e *entity) bool { return g == 0 || e.gender == 0 || e.gender == g }
	if len(name) == 1 && len(cands) > 1 {
		// "Mr Akhtar" after "Mohammed and Shamim Akhtar": the one of that
		// gender, when the article gives one, before one of no known
		// gender.
		exact := false
		for _, c := range cands {
			exact = exact || g != 0 && r.ents[c].gender == g && r.ents[c].joins(name)
		}
		// "Margaret Pemberton ... Mrs Pemberton studied ... Her
		// granddaughter, Laura Pemberton, ... Mrs Pemberton said": the
		// one the article already called so, when only one was. (Only
		// with a title: "Actress Carla Moss ... Moss said ... Union
		// steward Dan Moss ... Moss said" is the one named last, below.)
		settled := -1
		for _, c := range cands {
			if g == 0 {
				break
			}
			if e := &r.ents[c]; e.bare && compatible(e) && (!exact || e.gender == g) && e.joins(name) && !e.org {
				if settled >= 0 {
					settled = -1
					break
				}
				settled = c
			}
		}
		if settled >= 0 {
			return settled
		}
		best := -1
		r.walkBack(pos, 300, func(m mention) bool {
			for _, c := range cands {
				if c == m.ent && compatible(&r.ents[c]) && (!exact || r.ents[c].gender == g) && r.ents[c].joins(name) {
					best = c
					return true
				}
			}
			return false
		})
		if best >= 0 {
			r.ents[best].bare = true
			return best
		}
	}
	for i := len(cands) - 1; i >= 0; i-- {
		id := cands[i]
		e := &r.ents[id]
		if len(cands) > 1 && !compatible(e) || !e.joins(name) || otherGeneration(name, e.name) || ofObject(e.name, name) && !r.spans(id, pos) || ofObject(name, e.name) ||
			otherCommittee(name, e.name) || otherGivenBefore(name, e.name) || otherGivenBefore(e.name, name) || r.givenOfJunior(name, e.name, key) {
			continue
		}
		// "Eastern Airlines Flight" after "Skyway Air's Flight 12": an
		// organisation's name does not end in someone's surname, so its
		// last word alone is not the fuller name's.
		if len(name) > 1 && len(e.name) == 1 && !strings.EqualFold(name[0], e.name[0]) && orgWordWithin(name[:len(name)-1]) {
			continue
		}
		if len(name) == 1 || len(e.name) == 1 || strings.EqualFold(name[0], e.name[0]) || endsWith(e.name, name) || endsWith(name, e.name) {
			if len(name) > len(e.name) {
				r.rename(id, name)
			}
			if len(name) == 1 && len(e.name) > 1 {
				e.bare = true
			}
			return id
		}
		// "Josh Apte" after "Joshua Apte": a short form of the same given
		// name; the full form is the fuller name.
		if len(name) == len(e.name) && len(name) > 1 && shortForm(name[0], e.name[0]) && endsWith(e.name, name[1:]) {
			if len(name[0]) > len(e.name[0]) {
				r.rename(id, name)
			}
			return id
		}
	}
	// A lone given name ("Thomas' sister" after "Thomas Sam") refers to the
	// most recent person of that given name: the one mentioned last before
	// pos, not one the article names only further on ("Lee said" after
	// "Lee Jae-myung", with "Lee Sang-min" named paragraphs later; a family
	// name printed first reads as a given name here).
	if len(name) == 1 {
		if ids := r.joinable(r.byFirst[key], name); len(ids) > 0 {
			// "Velotra said" after "Velotra Motors" and its "Velotra
			// Summit" model: a brand name is the organisation's.
			if last := ids[len(ids)-1]; !r.ents[last].person {
				for _, id := range ids {
					if r.ents[id].org {
						return id
					}
				}
			}
			// "Jerry said" after "Jerry Jones" and "his son, Jerry Jr.":
			// the elder, named by the given name alone (see
			// givenOfJunior).
			if len(ids) > 1 {
				kept := ids[:0:0]
				for _, id := range ids {
					if !r.givenOfJunior(name, r.ents[id].name, key) {
						kept = append(kept, id)
					}
				}
				if len(kept) > 0 {
					ids = kept
				}
			}
			if len(ids) > 1 {
				// "Ms. Kim" after "Kim Yo Jong, the sister of leader Kim
				// Jong Un": the one of that gender, when the article
				// gives one, before one of no known gender.
				exact := false
				for _, id := range ids {
					exact = exact || g != 0 && r.ents[id].gender == g
				}
				best := -1
				r.walkBack(pos, 300, func(m mention) bool {
					for _, id := range ids {
						if id == m.ent && compatible(&r.ents[id]) && (!exact || r.ents[id].gender == g) {
							best = id
							return true
						}
					}
					return false
				})
				if best >= 0 {
					return best
				}
			}
			return ids[len(ids)-1]
		}
	}
	// "Fiona Parry" after "her mother, Fiona,": a person first called by
	// a given name alone, then named in full; the full name is the
	// fuller form, when no one else the article names in full has that
	// given name.
	if id := r.givenAlone(name, g, pos); id >= 0 {
		e := &r.ents[id]
		e.name = name
		r.bySurname[key] = append(r.bySurname[key], id)
		f := foldName(name[0])
		r.byFirst[f] = append(r.byFirst[f], id)
		r.indexMiddle(id, name)
		return id
	}
	// "Etienne said" after "Camille Etienne Gbedey": an inner word of a
	// longer name (a middle name, the first of two surnames) used alone.
	if len(name) == 1 {
		if ids := r.byMiddle[key]; len(ids) > 0 {
			best := -1
			for _, id := range ids {
				if e := &r.ents[id]; !e.org && e.joins(name) && (g == 0 || e.gender == 0 || e.gender == g) && (best < 0 || r.last[id] > r.last[best]) {
					best = id
				}
			}
			if best >= 0 {
				return best
			}
		}
	}
	// "the ISPR said" after "Inter-Services Public Relations (ISPR)", "the
	// ICO" after "the Information Commissioner's Office": an acronym of
	// an organisation named before is that organisation.
	if len(name) == 1 && len(cands) == 0 && len(name[0]) <= 8 {
		if id := r.acronymOf(name[0]); id >= 0 {
			r.bySurname[key] = append(r.bySurname[key], id)
			return id
		}
	}
	// "Mirza Fakhrul" after "Mirza Fakhrul Islam Alamgir", "Maria
	// Lopez" after "Maria Lopez Garcia": the first words of the longer
	// name of one person named before are that person.
	if len(name) >= 2 && len(cands) == 0 {
		if id := r.prefixOf(name); id >= 0 {
			return id
		}
	}
	return r.newEntity(name)
}

// orgWordWithin reports whether a word of name marks an organisation
// ("Airlines", "Bank", "Group").
func orgWordWithin(name []string) bool {
	for _, w := range name {
		l := strings.ToLower(w)
		if orgWords[l] || strings.HasSuffix(l, "s") && orgWords[l[:len(l)-1]] {
			return true
		}
	}
	return false
}

// otherGivenBefore reports whether the name a is the name b, of a given name
// and a surname or more, with another given name before it: "John Stephen
// Jones" after "Stephen Jones" is a son or a namesake, not the same man
// renamed ("Andrés Manuel López Obrador" after "López Obrador" is: no
// given name opens the shorter one).
func otherGivenBefore(a, b []string) bool {
	if len(a) <= len(b) || len(b) < 2 || strings.EqualFold(a[0], b[0]) || !endsWith(a, b) {
		return false
	}
	for _, w := range a[1 : len(a)-len(b)] {
		if !capitalised(w) {
			return false // "Tom Reed and Jerry Hall": two people, joined
		}
	}
	return givenWord(a[0]) && givenWord(b[0])
}

// givenWord reports whether the name word w is a given name the lists hold.
func givenWord(w string) bool {
	_, ok := firstNames[withoutAccents(strings.ToLower(trimNameEnd(w)))]
	return ok
}

// givenOfJunior reports whether the lone word name, a given name, is
// compared with a given name and a generational suffix ("Jerry Jr.") while
// the article names another person of that given name in full ("Jerry
// Jones"): the bare given name is the elder's, whom the article names by
// it; the son is told apart by his suffix. key is the name's surname key.
func (r *registry) givenOfJunior(name, e []string, key string) bool {
	if len(name) != 1 || len(e) != 2 || generationSuffix(e[1]) == "" || !givenWord(name[0]) {
		return false
	}
	for _, id := range r.byFirst[key] {
		if n := r.ents[id].name; len(n) >= 2 && generationSuffix(n[len(n)-1]) == "" && !r.ents[id].org {
			return true
		}
	}
	return false
}

// prefixOf returns the one person named before whose longer name opens
// with name, or -1 (none, or two).
func (r *registry) prefixOf(name []string) int {
	found := -1
	for id := range r.ents {
		e := &r.ents[id]
		if e.anon || len(e.name) <= len(name) || otherGeneration(name, e.name) {
			continue
		}
		match := true
		for k := 1; k < len(name) && match; k++ {
			match = strings.EqualFold(name[k], e.name[k])
		}
		if !match || !strings.EqualFold(name[0], e.name[0]) {
			continue
		}
		// (Not "Dan Wootton" and "Dan Wootton Interview", a heading: the
		// longer name's last word is no English word.)
		if found >= 0 && found != id || !e.person || e.org || englishWord(strings.ToLower(e.name[len(e.name)-1])) {
			return -1 // two, or a name that may be no person's
		}
		found = id
	}
	return found
}

// acronymOf returns the one organisation named before whose initials
// spell the acronym a ("ISPR" for "Inter-Services Public Relations", "IDF"
// for "Israel Defense Forces", "JCS" for "Joint Chiefs of Staff"; function
// words and a leading acronym, "UN" in "UN Office for the Coordination of
// Humanitarian Affairs", left out), or -1.
func (r *registry) acronymOf(a string) int {
	if len(a) < 3 || len(a) > 8 || a[0] < 'A' || a[0] > 'Z' {
		return -1
	}
	// "MoD", "DfE": British acronyms write "of" and "for" in lower case.
	var buf [8]byte
	n, upper := 0, 0
	// "Defra", "Acas": British papers write an acronym said as a word
	// with one capital; its letters are the initials of an organisation
	// of four words or more named before.
	if wordAcronym(a) {
		for i := 0; i < len(a); i++ {
			buf[i] = a[i] &^ 0x20
		}
		found := -1
		for id := range r.ents {
			e := &r.ents[id]
			if !e.org || e.anon || len(e.name) < 4 || !initialsSpell(e.name, buf[:len(a)]) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = id
		}
		return found
	}
	for i := 0; i < len(a); i++ {
		switch c := a[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c == 'o' || c == 'f':
			if i == 0 || i == len(a)-1 || a[i-1] < 'A' || a[i-1] > 'Z' {
				return -1
			}
		case c == '.':
			continue
		default:
			return -1
		}
		buf[n] = a[i]
		n++
	}
	if upper < 2 {
		return -1
	}
	// (Not "US" or "UN": a country's or a body's two letters stand for
	// themselves more often than they refer back.)
	if n < 3 {
		return -1
	}
	want := buf[:n]
	found := -1
	for id := range r.ents {
		e := &r.ents[id]
		// "AMLO" after "Andres Manuel Lopez Obrador": a person of three
		// names or more, all capitalised, called by their initials.
		if e.person && (len(e.name) < 3 || len(e.name) != n) || e.anon || len(e.name) < 2 || !initialsSpell(e.name, want) {
			continue
		}
		if found >= 0 {
			return -1 // two organisations: the text does not say which
		}
		found = id
	}
	return found
}

// wordAcronym reports whether a is written as an acronym said as a word:
// four to six letters, a capital then small ones ("Defra", "Acas").
func wordAcronym(a string) bool {
	if len(a) < 4 || len(a) > 6 || a[0] < 'A' || a[0] > 'Z' {
		return false
	}
	for i := 1; i < len(a); i++ {
		if a[i] < 'a' || a[i] > 'z' {
			return false
		}
	}
	return true
}

// initialsSpell reports whether the initials of the words of name (each
// part of a hyphenated word, "Inter-Services"; a possessive's word,
// "Commissioner's") spell want, function words and a leading acronym
// left out.
func initialsSpell(name []string, want []byte) bool {
	k := 0
	for i, w := range name {
		if i == 0 && len(name) > 2 && isAcronym(w) {
			continue
		}
		switch lw := strings.ToLower(w); lw {
		case "of", "for":
			// the "o" of "MoD", the "f" of "DfE"
			if k < len(want) && (want[k] == lw[0] || want[k] == lw[0]-'a'+'A') {
				k++
			}
			continue
		case "the", "and", "on", "to", "in", "&":
			continue
		}
		for p := 0; p < len(w); {
			c := w[p]
			if c < 'A' || c > 'Z' {
				return false
			}
			if k >= len(want) || want[k] != c {
				return false
			}
			k++
			h := strings.IndexByte(w[p:], '-')
			if h < 0 {
				break
			}
			p += h + 1
		}
	}
	return k == len(want)
}

// fullNamesInQuotes gives a person the article names only by surname
// ("Reynolds asked Cameron", "Cameron responded") the full name a
// quotation gives ("I'm backing David Cameron on this one"): the fullest
// name the article gives, though only a speaker's words give it. The full
// name is a given name either list knows and the surname, not run on into
// a longer name; it must be the only one the quotations give for that
// surname, and of the person's gender when known, and no one else the
// article names has that surname.
func (r *registry) fullNamesInQuotes(text string, toks []token) {
	type found struct {
		name []string
		n    int // distinct full names seen for the surname
	}
	// The people named by surname alone: most articles have none, and
	// then there is nothing to read.
	var aloneBuf [16]int // (on the stack: since non-people count too, most articles have some)
	alone := aloneBuf[:0]
	for id := range r.ents {
		if e := &r.ents[id]; len(e.name) == 1 && !e.org && !e.anon && !e.plural {
			alone = append(alone, id)
		}
	}
	if len(alone) == 0 {
		return
	}
	var seen map[int]*found
	var wordsBuf [256]string
	words := wordsBuf[:0] // reused: the words of one quotation
	for _, t := range toks {
		if t.kind != tQuote {
			continue
		}
		words = appendFields(words[:0], text[t.s:t.e])
		for i := 0; i+1 < len(words); i++ {
			given := strings.TrimLeft(words[i], "\"“‘'([")
			sur := strings.TrimRight(words[i+1], ".,;:!?\"”’')]")
			sur = strings.TrimSuffix(strings.TrimSuffix(sur, "'s"), "’s")
			if !capitalised(given) || !capitalised(sur) || strings.ContainsAny(given, ".,;:!?") {
				continue
			}
			// (One not yet known as a person counts only when the full
			// name speaks; see below.)
			speaks := sur == words[i+1] && i+2 < len(words) && reportVerbs[strings.ToLower(strings.TrimRight(words[i+2], ",.;:"))]
			known := false
			for _, id := range alone {
				known = known || (r.ents[id].person || speaks) && strings.EqualFold(r.ents[id].name[0], sur)
			}
			if !known {
				continue
			}
			g := givenNameGender(strings.ToLower(given))
			if _, ok := firstNames[withoutAccents(strings.ToLower(given))]; !ok && g == 0 {
				continue
			}
			// "David Cameron Foundation": a longer name.
			if sur == words[i+1] && i+2 < len(words) && capitalised(strings.TrimLeft(words[i+2], "\"“‘'(")) {
				continue
			}
			// "his daughter Ivanka Trump": a relative, another person.
			if i > 0 && relationNouns[strings.ToLower(strings.Trim(words[i-1], ",;:"))] {
				continue
			}
			cands := r.bySurname[surnameFold(sur)]
			if len(cands) != 1 {
				continue
			}
			id := cands[0]
			e := &r.ents[id]
			if len(e.name) != 1 || e.org || e.anon || e.plural || !strings.EqualFold(e.name[0], sur) ||
				g != 0 && e.gender != 0 && g != e.gender {
				continue
			}
			// "said Fleming" alone does not say Fleming is a person (an
			// outlet or firm speaks so too): then only a quotation that
			// has the full name speak ("Investor Advocate Rick Fleming
			// said Tuesday ...") gives it.
			if !e.person && !speaks {
				continue
			}
			if seen == nil {
				seen = map[int]*found{}
			}
			f := seen[id]
			if f == nil {
				f = &found{}
				seen[id] = f
			}
			if f.n == 0 || !strings.EqualFold(f.name[0], given) {
				f.n++
			}
			f.name = []string{given, e.name[0]}
		}
	}
	// In the entities' order, so that the index stays deterministic.
	if len(seen) == 0 {
		return // (slices.Sorted allocates even for an empty map)
	}
	for _, id := range slices.Sorted(maps.Keys(seen)) {
		f := seen[id]
		if f.n != 1 {
			continue
		}
		e := &r.ents[id]
		e.name = f.name
		if e.gender == 0 {
			e.gender = givenNameGender(strings.ToLower(f.name[0]))
		}
		k := foldName(f.name[0])
		r.byFirst[k] = append(r.byFirst[k], id)
	}
}

// appendFields appends the space-separated words of s to dst, as
// strings.Fields gives them, reusing dst's array.
func appendFields(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// capitalised reports whether w opens with an upper-case letter and goes
// on in lower case ("Cameron", not "UK" or "and").
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 || !unicode.IsUpper(r) || n == len(w) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsLower(r2)
}

// givenAlone returns the one person named so far only by the given name
// that opens name (a full name of two or three words), or -1: someone the
// article gave a role or a gender, as a bare name may be a place's.
func (r *registry) givenAlone(name []string, g byte, pos int) int {
	if len(name) < 2 || len(name) > 3 {
		return -1
	}
	f := foldName(name[0])
	if len(r.byFirst[f]) > 0 {
		return -1
	}
	// A given name the lists do not know, or give both sexes ("Fran",
	// "Dana"), is one only after a relation ("his wife Fran"): a lone
	// surname is never introduced so.
	known := givenNameGender(f) != 0
	found := -1
	for _, id := range r.bySurname[surnameFold(name[0])] {
		e := &r.ents[id]
		// Known as a person by more than the name: a role ("her mother,
		// Fiona,"), a gender or speech ("Marisol says"); not "Jordan
		// said" of a country. Or named in full right after, in the next
		// few words ("Who is Dora? Dora Whitfield is ...", "Meet Dora.
		// Dora Whitfield"): the full name introduces the one just called
		// by the given name. A given name the lists do not know joins
		// only after a relation.
		if len(e.name) != 1 || e.org || e.anon || e.qual || g != 0 && e.gender != 0 && e.gender != g {
			continue
		}
		if known {
			introduced := r.last[id] < pos && pos-r.last[id] <= 40 && !countries[f]
			if e.gender == 0 && len(e.roles) == 0 && !e.person && !introduced {
				continue
			}
		} else if !slices.ContainsFunc(e.roles, func(ro string) bool { return kinRoles[ro] }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = id
	}
	return found
}

// otherSexSurname reads a surname after an honorific of the other sex than
// the one person of that surname named in full ("Mrs. Alvarez" after "Luis
// Alvarez and his wife, Maria,"): someone else of the family. It is the
// one relative named by a given name alone, of that sex, who then takes
// the surname ("Maria Alvarez"); or a new person; or -1 when the honorific
// does not set them apart.
func (r *registry) otherSexSurname(name []string, g byte, honorific bool) int {
	if !honorific || len(name) != 1 || g == 0 {
		return -1
	}
	key := r.surnameKey(name)
	cands := r.bySurname[key]
	if len(cands) != 1 {
		return -1
	}
	if e := &r.ents[cands[0]]; !e.person || e.org || e.gender == 0 || e.gender == g || len(e.name) < 2 {
		return -1
	}
	found := -1
	for id := range r.ents {
		e := &r.ents[id]
		if len(e.name) != 1 || !e.person || e.org || e.anon || e.gender != g || !slices.ContainsFunc(e.roles, func(ro string) bool { return kinRoles[ro] }) {
			continue
		}
		if found >= 0 {
			found = -2 // two: the text does not say which
			break
		}
		found = id
	}
	if found >= 0 {
		e := &r.ents[found]
		e.name = []string{e.name[0], name[0]}
		r.bySurname[key] = append(r.bySurname[key], found)
		return found
	}
	id := r.newEntity(name)
	r.ents[id].person = true
	return id
}

// kinRoles are the roles of a relative introduced by a given name alone
// ("his wife, Maria,").
var kinRoles = setOf("wife", "husband", "daughter", "son", "mother", "father", "sister", "brother",
	"widow", "widower", "aunt", "uncle", "niece", "nephew", "cousin", "granddaughter", "grandson",
	"grandmother", "grandfather", "stepdaughter", "stepson", "stepmother", "stepfather")

// joinable returns the entities of ids that a mention by name may refer to.
func (r *registry) joinable(ids []int, name []string) []int {
	for k, id := range ids {
		if !r.ents[id].joins(name) {
			out := append([]int(nil), ids[:k]...)
			for _, id := range ids[k+1:] {
				if r.ents[id].joins(name) {
					out = append(out, id)
				}
			}
			return out
		}
	}
	return ids
}

// rename gives the entity id the fuller name, indexing its given name when
// the name it had was one word or began with another: "Angela says" after
// "the Pemberton family's home ... Angela Pemberton" is Angela Pemberton.
func (r *registry) rename(id int, name []string) {
	e := &r.ents[id]
	if len(name) > 1 && (len(e.name) < 2 || !strings.EqualFold(e.name[0], name[0])) {
		f := foldName(name[0])
		if ids := r.byFirst[f]; !slices.Contains(ids, id) {
			r.byFirst[f] = append(ids, id)
		}
	}
	e.name = name
	r.indexMiddle(id, name)
}

// newEntity adds an entity named name and indexes it.
func (r *registry) newEntity(name []string) int {
	id := len(r.ents)
	if len(name) > 1 {
		f := foldName(name[0])
		r.byFirst[f] = append(r.byFirst[f], id)
	}
	r.ents = append(r.ents, entity{name: name})
	r.last = append(r.last, -1)
	key := r.surnameKey(name)
	r.bySurname[key] = append(r.bySurname[key], id)
	r.indexMiddle(id, name)
	return id
}

// otherGeneration reports whether two full names differ in a suffix that
// tells a father from a son: "Martin Luther King III" is not "Martin Luther
// King", nor "Ann Lee Sr." "Ann Lee Jr."; "Jr." alone is often dropped
// ("Martin Luther King Jr." is "Martin Luther King").
func otherGeneration(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	sa, sb := generationSuffix(a[len(a)-1]), generationSuffix(b[len(b)-1])
	if sa == sb || len(a) == 2 && sa != "" || len(b) == 2 && sb != "" {
		return false
	}
	return !(sa == "" && sb == "jr" || sa == "jr" && sb == "")
}

// surnameKey returns the folded surname of a name: its last word, or the
// word before a generational suffix ("Carlineo" of "Patrick Carlineo Jr.").
// The registry keeps each word's folded form for the call: an article
// names the same people again and again, and lower-casing a capitalised
// word allocates.
func (r *registry) surnameKey(name []string) string {
	w := name[len(name)-1]
	if len(name) > 1 && generationSuffix(w) != "" {
		w = name[len(name)-2]
	}
	if k, ok := r.folded[w]; ok {
		return k
	}
	k := surnameFold(w)
	r.folded[w] = k
	return k
}

// surnameFold is foldName of a surname without an Arabic article glued to
// it ("al-Sharaa", "el-Sisi", "Al-Shaibani"): wire copy names the person
// "Sharaa" and "al-Sharaa" alike, so both are one key.
func surnameFold(w string) string {
	k := foldName(w)
	if len(k) > 5 && (strings.HasPrefix(k, "al-") || strings.HasPrefix(k, "el-")) {
		return k[3:]
	}
	return k
}

var nameSuffixes = setOf("jr", "sr", "ii", "iii", "iv")

// generationSuffix returns the generational suffix w is, folded as
// nameSuffixes has it ("Jr." → "jr"), or "", without allocating: it is
// asked of every name compared.
func generationSuffix(w string) string {
	w = trimNameEnd(w)
	if len(w) > 3 {
		return ""
	}
	for s := range nameSuffixes {
		if strings.EqualFold(w, s) {
			return s
		}
	}
	return ""
}

// surnameTitle reports whether the title word toks[i] of a name run stands
// where the surname does: after a given name opening the run (toks[cut])
// and one more word at most, and followed by nothing or a generational
// suffix only ("Martin Luther King Jr.", "Gayle King", but not "Paris
// Mayor Anne Hidalgo").
// titleAsSurname reports whether toks[i], a title's or an honorific's
// short form with no period ("Sen", "Tun"), closes the run after a name
// word that is no title: a surname ("Hun Sen", "Amartya Sen", "Zaw Min
// Tun"), since the title would come before a name ("Sen. Ann Hall", "Tun
// Mahathir").
func titleAsSurname(toks []token, i int) bool {
	t := toks[i]
	if i != len(toks)-1 || i == 0 || t.low != "sen" && t.low != "tun" || !t.cap || strings.HasSuffix(t.text, ".") {
		return false
	}
	p := toks[i-1]
	return isNameWord(p) && !p.poss && !p.in(lxTitles) && !honorificOf(p) && !p.in(lxOrgWords)
}

func surnameTitle(toks []token, cut, i int) bool {
	if i <= cut || i-cut > 2 {
		return false
	}
	// "Haleem Adil Sheikh", "Rasheed Sheikh": the family name common in
	// South Asia, ending a name whose given name the lists may not know.
	if surnameSheikh(toks, cut, i) {
		return true
	}
	if givenNameGender(toks[cut].low) == 0 || titleLike(toks[cut].low) {
		return false
	}
	for _, t := range toks[i+1:] {
		if !nameSuffixes[foldName(t.low)] {
			return false
		}
	}
	return true
}

// surnameSheikh reports whether toks[i] is "Sheikh" (or "Shaikh") ending
// the run after one or two words that are no title, place, nationality or
// organisation's word: a surname, not the title of the name after it.
func surnameSheikh(toks []token, cut, i int) bool {
	if w := toks[i].low; w != "sheikh" && w != "shaikh" || i != len(toks)-1 || toks[i].poss {
		return false
	}
	for _, t := range toks[cut:i] {
		if t.poss || !t.cap || t.in(lxTitles) || t.in(lxHonorifics) || t.in(lxOrgWords) || nationality(t.low) || countries[t.low] || isAcronym(t.text) {
			return false
		}
	}
	return true
}

// indexMiddle records the inner words of a name of three or more words,
// leaving out initials, particles and the surname before a suffix ("W.",
// "de", "Carlineo" of "Patrick Carlineo Jr.").
func (r *registry) indexMiddle(id int, name []string) {
	if len(name) < 3 || nameSuffixes[foldName(name[len(name)-1])] {
		return
	}
	// "Regina Ip Lau Suk-yee ... Ip said": a Hong Kong name, a Western
	// given name before the family name, ends in a hyphenated Chinese
	// given name; its family name may have two letters.
	minLen := 3
	if strings.IndexByte(name[len(name)-1], '-') > 0 {
		minLen = 2
	}
	for _, w := range name[1 : len(name)-1] {
		// (A nickname by itself: "ZywOo" in Mathieu "ZywOo" Herbaut.)
		f := foldName(strings.Trim(w, "\"“”'‘’"))
		if len(f) < minLen || strings.HasSuffix(w, ".") || nameParticles[f] {
			continue
		}
		if ids := r.byMiddle[f]; len(ids) == 0 || ids[len(ids)-1] != id {
			r.byMiddle[f] = append(ids, id)
		}
	}
}

// shortForm reports whether one given name begins the other and has at
// least three letters ("Josh" and "Joshua", "Chris" and "Christopher").
func shortForm(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && a != b && strings.HasPrefix(b, a) && !strings.ContainsAny(a, ".")
}

// ofObject reports whether the name short is, or ends, the object of the
// last "of" in the longer name long: another organisation or place than
// the one long names ("World Bank" and "the Administrative Tribunal of the
// World Bank", "Michigan" and "University of Michigan").
func ofObject(long, short []string) bool {
	k := len(long) - len(short) - 1 // the word before short's words
	if k < 0 || !endsWith(long, short) {
		return false
	}
	if long[k] == "the" && k > 0 {
		k--
	}
	return long[k] == "of"
}

// spans reports whether a mention of the entity id covers the text at pos:
// the tail after "of" of its own name, read again by itself ("...
// Coordination of Humanitarian Affairs said" inside "the UN Office for the
// Coordination of Humanitarian Affairs said"), which is that entity, not
// the organisation its "of" names.
func (r *registry) spans(id, pos int) bool {
	n := 0
	for _, w := range r.ents[id].name {
		n += len(w) + 1
	}
	k := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].pos >= pos })
	for k--; k >= 0 && pos-r.mentions[k].pos <= n; k-- {
		if r.mentions[k].ent == id {
			return true
		}
	}
	return false
}

// endsWith reports whether the name a ends with all the words of b
// ("Kathleen Hawk Sawyer" ends with "Hawk Sawyer").
func endsWith(a, b []string) bool {
	if len(b) > len(a) {
		return false
	}
	for i := range b {
		if !strings.EqualFold(a[len(a)-len(b)+i], b[i]) {
			return false
		}
	}
	return true
}

func (r *registry) mention(id, pos, sent int) { r.mentionW(id, pos, sent, false) }

func (r *registry) mentionW(id, pos, sent int, weak bool) {
	if id < 0 {
		return
	}
	if r.scanned {
		// A pass that goes back over the quotations reads cues before the
		// last one read: kept apart (cueLate), so that each is not moved
		// past every later one (quadratic on a page of many quotations);
		// walkBack reads both lists as one, a late mention after a
		// cueMention at the same place.
		m := mention{ent: id, pos: pos, sent: sent, weak: weak}
		if n := len(r.cueMentions); n > 0 && pos < r.cueMentions[n-1].pos {
			r.cueLate = insertMention(r.cueLate, m)
		} else {
			r.cueMentions = append(r.cueMentions, m)
		}
	} else if r.anonPass {
		r.anonMentions = insertMention(r.anonMentions, mention{ent: id, pos: pos, sent: sent, weak: weak})
	} else {
		r.mentions = insertMention(r.mentions, mention{ent: id, pos: pos, sent: sent, weak: weak})
		r.ents[id].named++
	}
	if pos > r.last[id] {
		r.last[id] = pos
	}
}

// insertMention keeps ms ordered by pos; mentions arrive nearly in order,
// so the backward scan is short.
func insertMention(ms []mention, m mention) []mention {
	ms = append(ms, m)
	i := len(ms) - 1
	for i > 0 && ms[i-1].pos > m.pos {
		ms[i] = ms[i-1]
		i--
	}
	ms[i] = m
	return ms
}

// walkBack calls fn for the entities mentioned before pos, most recent
// first, for at most limit mentions or until fn returns true.
func (r *registry) walkBack(pos, limit int, fn func(m mention) bool) {
	// (On mentions at the same place, the list first here is read first.)
	lists := [4][]mention{r.mentions, r.anonMentions, r.cueLate, r.cueMentions}
	var idx [4]int
	for l, ms := range lists {
		idx[l] = sort.Search(len(ms), func(i int) bool { return ms[i].pos >= pos }) - 1
	}
	for n := 0; n < limit; n++ {
		best := -1
		for l := range lists {
			if idx[l] >= 0 && (best < 0 || lists[l][idx[l]].pos > lists[best][idx[best]].pos) {
				best = l
			}
		}
		if best < 0 {
			return
		}
		m := lists[best][idx[best]]
		idx[best]--
		if fn(m) {
			return
		}
	}
}

// fullName returns the name to report for an entity.
func (r *registry) fullName(id int) string {
	if id < 0 || id >= len(r.ents) {
		return ""
	}
	if e := &r.ents[id]; e.anon {
		if e.alias >= 0 && e.alias < len(r.ents) && !r.ents[e.alias].anon {
			return strings.Join(r.ents[e.alias].name, " ")
		}
		return ""
	}
	return strings.Join(r.ents[id].name, " ")
}

// hasName reports whether fullName(id) is not "", without building it.
func (r *registry) hasName(id int) bool {
	if id < 0 || id >= len(r.ents) {
		return false
	}
	e := &r.ents[id]
	if e.anon {
		return e.alias >= 0 && e.alias < len(r.ents) && !r.ents[e.alias].anon && len(r.ents[e.alias].name) > 0
	}
	return len(e.name) > 0
}

// personBefore returns the person a he/she (gender g) at byte offset pos in
// sentence sent refers to. Sentences are searched from the pronoun's
// backwards; in each, the first compatible person wins, since the subject
// usually comes first ("Mr Campbell e-mailed Mr McFadyen ... He said").
// Names that only look like a person's count when nothing else is found.
//
// skipOwn leaves out the people named earlier in the pronoun's own
// sentence: "Taking Archie outside is his favorite activity, he said." is
// not Archie speaking, or the writer would have named him in the cue.
func (r *registry) personBefore(pos, sent int, g byte, exclude int, skipOwn bool) int {
	best, bestSent, maybe, known, top, weakAlt := -1, -1, -1, -1, -1, -1
	bestWeak, bestSpeaks := false, false
	bestPos, firstPos := -1, -1 // best's mention; the first of its sentence
	// subj is a person named as a subject (not a possessive or the object
	// of a preposition) in the few sentences before a best that is only
	// named in passing: "Hickson now has his own door. ... It was one of
	// those days when ... As he opened his door, ...".
	subj := -1
	// anonSubj: an unnamed person of gender g ("a 24-year-old woman", "a
	// mother of three") is that subject instead: "Under cross-examination
	// by Helen Shaw, she said" is the woman, whom the text does not name.
	// (One of no known gender may be an apposition to a name: "said Doug
	// Cooke, an industry consultant".)
	anonSubj := false
	nearSubj := -1
	r.walkBack(pos, 80, func(m mention) bool {
		if best >= 0 && m.sent != bestSent {
			if !bestWeak || m.sent < bestSent-subjectReach || m.sent < sent-8 {
				return true
			}
			e := &r.ents[m.ent]
			if !m.weak && (e.person || e.maybe && e.gender != 0) && !e.org && !e.plural && !e.anon && m.ent != exclude && (g == 0 || e.gender == g) {
				subj = m.ent
				return true
			}
			if !m.weak && e.anon && e.alias < 0 && !e.plural && g != 0 && e.gender == g {
				anonSubj = true
				return true
			}
			return false
		}
		// Earlier in best's sentence: someone named as its subject or
		// as the possessor opening it.
		if e := &r.ents[m.ent]; best >= 0 && (!m.weak || m.opens) && (e.person || e.maybe) && !e.org {
			firstPos = m.pos
		}
		if skipOwn && m.sent == sent {
			return false
		}
		if m.sent < sent-8 {
			return true
		}
		e := &r.ents[m.ent]
		// "he"/"she" is one person, not a group named as an object ("live
		// with five people") or doing something else ("many programmers
		// leave science"); a group that speaks ("Two diplomats said")
		// still means the text does not say which one.
		if e.org || e.plural && (m.weak || !e.anon || !e.speaks) || m.ent == exclude {
			return false
		}
		// "A Bendigo teenager has been hailed a hero ... Callum Price, 17,
		// ... "...," she said": an unnamed person the article names later
		// has the name's gender.
		if e.anon && e.gender == 0 && g != 0 && e.alias >= 0 && e.alias < len(r.ents) && r.ents[e.alias].gender != 0 && r.ents[e.alias].gender != g {
			return false
		}
		if e.gender != 0 && g != 0 && e.gender != g {
			// "ZHDA president Tawanda Zvakada said ... "...," he said.":
			// a gender known only from US births is the last resort.
			if usGenderOf(e) && e.person && !e.anon && weakAlt < 0 {
				weakAlt = m.ent
			}
			return false
		}
		if e.person || (e.maybe && e.gender != 0) {
			// The first person of the sentence, unless only a possessive
			// or a prepositional object precedes the subject.
			if best < 0 || !m.weak || bestWeak {
				best, bestSent, bestWeak, bestSpeaks, bestPos, firstPos = m.ent, m.sent, m.weak, m.speaks, m.pos, m.pos
			}
			if top < 0 || e.named > r.ents[top].named {
				top = m.ent
			}
			if g != 0 && e.gender == g && m.speaks {
				known = m.ent
			}
			return false
		}
		if e.maybe && maybe < 0 {
			maybe = m.ent
		}
		// "Venkat Srinivasan thinks the breakthrough will come from
		// China. "...," he said.": a name no list gives a gender, opening
		// the pronoun's sentence or the one before, nearer than anyone
		// known to be a person.
		if best < 0 && nearSubj < 0 && e.maybe && e.gender == 0 && !e.person && !e.anon && len(e.name) >= 2 && !m.weak && m.acts && m.sent >= sent-1 {
			nearSubj = m.ent
		}
		return false
	})
	if nearSubj >= 0 && best >= 0 && nearSubj != best {
		return nearSubj
	}
	// "On Monday, Winfrey told CBS that Harry had said ... "...," he
	// added.": the speaker of a reported clause whom the pronoun surely
	// fits wins over a subject whose gender the article never gave.
	if best >= 0 && known >= 0 && known != best && r.ents[best].gender == 0 && r.ents[known].person && !r.ents[known].anon {
		return known
	}
	// Grammatical role outranks a sentence or two of recency: the subject
	// of a sentence just before, whose gender the pronoun fits, rather than
	// someone only met as a possessive or after a preposition since.
	if subj >= 0 && subj != best && (r.ents[best].anon || g != 0 && r.ents[best].gender != g) {
		return subj
	}
	if anonSubj && !r.ents[best].anon {
		return -1
	}
	// "Mr Campbell's e-mail ... suggested they get Trevor Beattie to issue
	// a statement. In it, he said:", "Bogdanov claimed the race would be
	// between Okken and Reina, but McIlroy is unfazed. He admitted:": the
	// person the article is about, named in the sentence as a possessive or
	// in a later clause, rather than someone it names in passing (not
	// first in the sentence, or as a possessive or an object of a
	// preposition), unless that one is the sentence's speaker.
	passing := bestWeak || firstPos < bestPos
	if best >= 0 && passing && top != best && !bestSpeaks && !r.ents[top].anon && (g == 0 || r.ents[top].gender == g) &&
		r.ents[top].named >= 3 && r.ents[top].named >= 3*r.ents[best].named {
		return top
	}
	if best >= 0 {
		return best
	}
	if weakAlt >= 0 {
		return weakAlt
	}
	return maybe
}

// afterIntroPhrase reports whether the name at toks[i] follows an
// introductory phrase that opens its sentence and closes with the comma
// right before it ("At Mugda Medical College Hospital, Rokeya Begum
// sat", "On Sunday, Ama Owusu said"), a phrase of at most eight words
// with no other comma or quotation in it.
func afterIntroPhrase(toks []token, i int) bool {
	if i < 3 || toks[i-1].low != "," {
		return false
	}
	s := i - 2
	for s > 0 && i-s <= 9 && toks[s-1].sent == toks[i].sent && toks[s-1].para == toks[i].para && toks[s-1].kind != tEnd {
		s--
		if t := toks[s]; t.kind == tQuote || t.low == "," || t.low == ";" || t.low == ":" {
			return false
		}
	}
	if s > 0 && toks[s-1].sent == toks[i].sent && toks[s-1].para == toks[i].para && toks[s-1].kind != tEnd {
		return false
	}
	o := toks[s]
	return s < i-2 && o.kind == tWord && o.cap && introWords[o.low]
}

// namedNext returns the person named first, as a subject, in the two
// sentences after sent, whom the article had not named before, or -1; not
// one given another role, or the role as another office ("Shadow
// chancellor Mel Stride" after "The Chancellor has been accused").
func (r *registry) namedNext(sent int, role string) int {
	for _, m := range r.mentions {
		if m.sent <= sent {
			continue
		}
		if m.sent > sent+2 {
			break
		}
		e := &r.ents[m.ent]
		if m.weak || e.org || e.anon || e.plural || !e.person {
			continue
		}
		if len(e.roles) > 0 && !e.hasRole(role) || e.heldOff(role) {
			return -1
		}
		for _, p := range r.mentions {
			if p.sent > sent {
				break
			}
			if p.ent == m.ent {
				return -1
			}
		}
		return m.ent
	}
	return -1
}

// usGenderOf reports whether the gender of e, a person, is known only
// from the US births list of given names (usGender).
func usGenderOf(e *entity) bool {
	if len(e.name) < 2 || e.gender == 0 {
		return false
	}
	return usGender(strings.ToLower(e.name[0])) == e.gender
}

// subjectReach is how many sentences before a pronoun's nearest candidate,
// named only in passing, personBefore looks for a subject instead.
const subjectReach = 4

// roleBefore returns the most recent entity before pos described by role,
// leaving out those who hold it only as another office ("the president" is
// not "Former President Donald Trump").
func (r *registry) roleBefore(pos int, role string) int { return r.roleBeforeAs(pos, role, false) }

// roleBeforeAs is roleBefore for a description that names another office
// or not (off: "the former president", "the vice president"): it prefers
// those holding the role that way, and takes one holding it plainly when
// there is none.
func (r *registry) roleBeforeAs(pos int, role string, off bool) int {
	role = roleClass(role)
	found, plain := -1, -1
	r.walkBack(pos, 200, func(m mention) bool {
		e := &r.ents[m.ent]
		if !e.hasRole(role) {
			return false
		}
		if e.heldOff(role) == off {
			found = m.ent
			return true
		}
		if plain < 0 && off {
			plain = m.ent
		}
		return false
	})
	if found < 0 {
		return plain
	}
	return found
}

// kindBefore returns the person mentioned latest before pos who holds
// the role or one of kinds, its kinds ("physicist" for "scientist"), and
// the sentence of that mention, or -1.
func (r *registry) kindBefore(pos int, role string, kinds map[string]bool) (id, sent int) {
	role = roleClass(role)
	id = -1
	r.walkBack(pos, 200, func(m mention) bool {
		e := &r.ents[m.ent]
		if e.org || e.anon {
			return false
		}
		for _, x := range e.roles {
			if x == role || kinds[x] {
				id, sent = m.ent, m.sent
				return true
			}
		}
		return false
	})
	return id, sent
}

// kindRival reports whether someone other than id holding the role or one
// of kinds is mentioned before pos, back to sent (that of id's latest
// mention): "Dr Ann Lee, a GP, and Dr Tom Bell, a surgeon, wrote to the
// board. "...," the doctor said" does not say which. (One named in the
// sentence before is not meant: the one named latest is, as
// TestScienceScientistKinds has it.)
func (r *registry) kindRival(pos, id, sent int, role string, kinds map[string]bool) bool {
	role = roleClass(role)
	found := false
	r.walkBack(pos, 200, func(m mention) bool {
		if m.sent < sent {
			return true
		}
		e := &r.ents[m.ent]
		if m.ent == id || e.org || e.anon {
			return false
		}
		for _, x := range e.roles {
			if x == role || kinds[x] {
				found = true
				return true
			}
		}
		return false
	})
	return found
}

// roleKinds are the roles a general role noun takes in: "the scientist"
// may be the physicist or the epidemiologist named.
var roleKinds = map[string]map[string]bool{
	"scientist":  scienceRoles,
	"researcher": scienceRoles,
	// "Dr. Alan Brewer, an emergency physician at Connecticut
	// Children's, ... "...," the doctor said": a physician, a surgeon,
	// a GP or a specialist is a doctor.
	"doctor": doctorRoles,
}

// doctorRoles are doctors by their practice.
var doctorRoles = setOf("doctor", "physician", "surgeon", "gp", "medic", "dermatologist", "cardiologist", "neurologist",
	"oncologist", "psychiatrist", "paediatrician", "pediatrician", "obstetrician", "gynaecologist", "gynecologist",
	"anaesthetist", "anesthetist", "anesthesiologist", "radiologist")

// scienceRoles are scientists by their field.
var scienceRoles = setOf("physicist", "biologist", "chemist", "geologist", "epidemiologist", "virologist",
	"astronomer", "climatologist", "meteorologist", "ecologist", "zoologist", "neurologist", "psychologist",
	"sociologist", "criminologist", "archaeologist", "anthropologist", "economist", "scientist")

// roleAsBefore is roleBeforeAs for a description that names another
// office (off), telling an office under the role (sub: "the vice
// president") from one held before ("the former president"): the latest
// person holding the role that way, or -1.
func (r *registry) roleAsBefore(pos int, role string, sub bool) int {
	role = roleClass(role)
	found := -1
	r.walkBack(pos, 200, func(m mention) bool {
		if e := &r.ents[m.ent]; e.hasRole(role) && e.heldOff(role) && e.heldSub(role) == sub {
			found = m.ent
			return true
		}
		return false
	})
	return found
}

// roleRival reports whether a person other than id with the same role is
// named in the sentence of id's latest mention before pos, ahead of that
// mention: "Senator Amy Kerr and Senator Ted Cole clashed over the bill"
// leaves "the senator said" undecided.
// "Deputy Prime Minister Chrystia Blake and Prime Minister Mark Carney
// toured the plant": one holding it as another office, or for the time
// being beside one holding it fully, is no rival.
func (r *registry) roleRival(pos int, role string, id int) bool {
	role = roleClass(role)
	acting := r.ents[id].heldActing(role)
	return r.rivalBesideID(pos, id, false, func(e *entity, _ mention) bool {
		return !e.org && !(e.anon && e.alias == id) && e.hasRole(role) && !(e.heldOff(role) && !r.ents[id].heldOff(role)) && e.heldActing(role) == acting
	})
}

// leadsNow reports whether e holds a leader's post (leaderRoles) plainly.
func leadsNow(e *entity) bool {
	return slices.ContainsFunc(e.roles, func(r string) bool { return leaderRoles[r] && !e.heldOff(r) })
}

// formerLeaderBefore returns the latest person before pos given a
// leader's post (leaderRoles) as one held before ("former Mexican
// president Luis Ortega"), or -1.
func (r *registry) formerLeaderBefore(pos int) int {
	found := -1
	r.walkBack(pos, 200, func(m mention) bool {
		e := &r.ents[m.ent]
		if !e.org && !e.anon && slices.ContainsFunc(e.roles, func(x string) bool { return leaderRoles[x] && e.heldOff(x) && !e.heldSub(x) && !e.heldFuture(x) }) {
			found = m.ent
			return true
		}
		return false
	})
	return found
}

// actingBefore returns the latest person before pos holding role for the
// time being (heldActing), or -1.
func (r *registry) actingBefore(pos int, role string) int {
	found := -1
	r.walkBack(pos, 200, func(m mention) bool {
		if e := &r.ents[m.ent]; !e.org && e.hasRole(roleClass(role)) && e.heldActing(role) {
			found = m.ent
			return true
		}
		return false
	})
	return found
}

// fullHolderBefore returns the latest person before pos holding role
// plainly: neither as another office nor for the time being, or -1.
func (r *registry) fullHolderBefore(pos int, role string) int {
	found := -1
	r.walkBack(pos, 200, func(m mention) bool {
		if e := &r.ents[m.ent]; !e.org && !e.anon && e.hasRole(roleClass(role)) && !e.heldOff(role) && !e.heldActing(role) {
			found = m.ent
			return true
		}
		return false
	})
	return found
}

// otherHolderBefore reports whether a person other than id holding role
// is mentioned before pos.
func (r *registry) otherHolderBefore(pos int, role string, id int) bool {
	found := false
	r.walkBack(pos, 400, func(m mention) bool {
		e := &r.ents[m.ent]
		if m.ent != id && !e.org && !(e.anon && e.alias == id) && e.hasRole(role) {
			found = true
		}
		return found
	})
	return found
}

// offRoleRival is roleRival for a description that names another office,
// of its kind (sub): "Former President Trump mocked Vice President Kamala
// Harris" leaves "the former president" decided.
// "President Ana Lima and former President Tomas Reyes traded barbs":
// nor is one holding it plainly a rival of one holding it so.
func (r *registry) offRoleRival(pos int, role string, id int, sub bool) bool {
	role = roleClass(role)
	idOff := r.ents[id].heldOff(role)
	return r.rivalBesideID(pos, id, false, func(e *entity, _ mention) bool {
		return !e.org && !(e.anon && e.alias == id) && e.hasRole(role) && !(e.heldOff(role) && e.heldSub(role) != sub) && !(idOff && !e.heldOff(role))
	})
}

// personRival reports whether a person other than id is named, not as a
// possessive or an object, in the sentence of id's latest mention before
// pos or after it: "Senator Chris Murphy and Senator Ted Cruz spoke" leaves
// a description that fits both undecided.
func (r *registry) personRival(pos, id int) bool {
	return r.rivalBesideID(pos, id, true, func(e *entity, m mention) bool {
		return (e.person || e.maybe && e.gender != 0) && !e.org && !e.anon && !e.plural && !m.weak
	})
}

// rivalBesideID walks back from pos to the start of the sentence of id's
// latest mention and reports whether fits holds for a mention of someone
// else in the sentence ahead of id's mention, or, with afterID, also
// between id's mention and pos.
func (r *registry) rivalBesideID(pos, id int, afterID bool, fits func(*entity, mention) bool) bool {
	idSent, found := -1, false
	r.walkBack(pos, 80, func(m mention) bool {
		if idSent >= 0 && m.sent < idSent {
			return true
		}
		if m.ent == id {
			if idSent < 0 {
				idSent = m.sent
			}
			return false
		}
		if (idSent >= 0 || afterID) && fits(&r.ents[m.ent], m) {
			found = true
			return idSent >= 0
		}
		return false
	})
	return found
}

// rival reports whether a person other than id, of gender g or unknown
// gender, is mentioned about as close before pos as id (in the same
// sentence as id's latest mention, the one after it, or nearer), so that a
// pronoun at pos could mean either.
//
// "Rhys Evans said Mr Pryce had changed his life. "...," he said": one
// named after id in what id's verb of speech reports, in that sentence,
// is no rival.
func (r *registry) rival(pos, sent int, g byte, id int) bool {
	return r.rivalExcept(pos, sent, g, id, -1)
}

// rivalExcept is rival, leaving out the person except (the one the
// pronoun's verb tells: "he told Dunn").
func (r *registry) rivalExcept(pos, sent int, g byte, id, except int) bool {
	idSent, found := -1, false
	reported := -1 // the sentence of rivals met before id's latest mention
	gid := r.ents[id].gender
	r.walkBack(pos, 80, func(m mention) bool {
		if m.sent < sent-8 || idSent >= 0 && m.sent < idSent {
			return true
		}
		if m.ent == id {
			if idSent < 0 {
				idSent = m.sent
				if reported >= 0 && (reported != m.sent || !m.speaks || m.weak) {
					found = true
					return true
				}
			}
			return false
		}
		if m.ent == except {
			return false
		}
		e := &r.ents[m.ent]
		// "Wong said ... Albanese disagreed. "...," she said.": a name of
		// one word opening its sentence, that nothing marks as a person's
		// or not, may be the one meant too.

		subject := !e.person && m.opens && !e.org && !e.maybe && e.orgShaped()
		if !e.person && !subject || e.org || e.anon || e.plural || m.weak || e.gender != 0 && e.gender != g || e.gender == 0 && gid == g {
			return false
		}
		if idSent < 0 && (reported < 0 || reported == m.sent) {
			reported = m.sent
			return false
		}
		found = true
		return true
	})
	return found || reported >= 0 && idSent < 0
}

// recentPerson returns the person named first in the latest of the two
// sentences before sent (or in sent itself, before pos) that names one, or
// -1: the person a new description ("the actor") most likely refers to.
// unsure says that a name that may be a person's, of no known gender, is
// nearer than that person or before them in their sentence: "Lewis
// Hamilton finished behind Max Verstappen. "...," said the champion." may
// mean either (and "Real Madrid have signed Jude Bellingham. "...," the
// midfielder said." means Bellingham).
func (r *registry) recentPerson(pos, sent int, g byte) (id int, unsure bool) {
	return r.recentPersonBut(pos, sent, g, -1)
}

// recentPersonBut is recentPerson passing over the entity not.
func (r *registry) recentPersonBut(pos, sent int, g byte, not int) (id int, unsure bool) {
	best, bestSent := -1, -1
	unsureSent, maybeEnt := -1, -1
	// (Passing over someone, two sentences more: the one passed over
	// may have spoken a run of quotation sentences.)
	reach := 2
	if not >= 0 {
		reach = 4
	}
	r.walkBack(pos, 40, func(m mention) bool {
		if m.sent < sent-reach || best >= 0 && m.sent != bestSent {
			return true
		}
		if m.ent == not {
			return false
		}
		e := &r.ents[m.ent]
		// (Nor a country a list gives a given name's gender: "Ireland
		// confirmed".)
		if not >= 0 && len(e.name) == 1 && countries[strings.ToLower(e.name[0])] {
			return false
		}
		if e.maybe && e.gender == 0 && !e.person && !e.org && !e.anon && !m.weak && len(e.name) >= 2 {
			if !unsure {
				maybeEnt = m.ent
			}
			unsure, unsureSent = true, m.sent
			return false
		}
		// A name whose given name says a gender ("Taylor Swift") counts,
		// as it does for pronouns.
		if !(e.person || e.maybe && e.gender != 0) || e.org || e.plural || e.anon || m.weak || (g != 0 && e.gender != 0 && e.gender != g) {
			return false
		}
		if unsure && m.sent != unsureSent {
			return true
		}
		best, bestSent, unsure = m.ent, m.sent, false
		return false
	})
	// (Passing over someone, the name no list gives a gender is the one
	// left: "Jonny Sexton will miss the opener. "...," head coach Andy
	// Farrell said. The fly-half said", unsure.)
	if best < 0 && not >= 0 && maybeEnt >= 0 {
		return maybeEnt, true
	}
	return best, unsure && best >= 0
}

// orgBefore returns the most recent organisation mentioned before pos.
// rival is another organisation the sentence naming it names too, or -1 ("Vela Labs sued Orbel on Monday. "...," it said."): which one "it"
// means is the grammar's call (the subject, unless a passive names its
// agent), so the text does not say for sure.
func (r *registry) orgBefore(pos int) (id, rival int) {
	id, rival = -1, -1
	sent := -1
	r.walkBack(pos, 30, func(m mention) bool {
		if !r.ents[m.ent].org {
			return false
		}
		if id >= 0 {
			if m.sent == sent && m.ent != id && !m.weak {
				rival = m.ent
			}
			return m.sent != sent || rival >= 0
		}
		id, sent = m.ent, m.sent
		return false
	})
	return id, rival
}

// foldName lowercases a name word and strips diacritics-free punctuation
// differences ("Al-Maeena" and "al-Maeena" match).
func foldName(w string) string {
	return strings.ToLower(trimNameEnd(w))
}

// trimNameEnd is strings.TrimRight(w, ".'’"), without the cut set's
// decoding on every call: it is asked of every name compared.
func trimNameEnd(w string) string {
	for {
		switch {
		case strings.HasSuffix(w, "."), strings.HasSuffix(w, "'"):
			w = w[:len(w)-1]
		case strings.HasSuffix(w, "’"):
			w = w[:len(w)-len("’")]
		default:
			return w
		}
	}
}

// isNameWord reports whether t can be part of a capitalised name run.
func isNameWord(t token) bool { return t.name }

// particleCamel reports whether w is a name particle written joined to
// the capitalised rest of a surname: "deGrasse", "vanEngelsdorp".
func particleCamel(w string) bool {
	for i := 2; i <= 4 && i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z' && nameParticles[w[:i]]
		}
	}
	return false
}

// hyphenOrApostrophe reports whether w has a hyphen or an apostrophe, '
// or ’, in one pass over its bytes.
func hyphenOrApostrophe(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '-', '\'':
			return true
		case 0xE2: // the first byte of ’
			if strings.HasPrefix(w[i:], "’") {
				return true
			}
		}
	}
	return false
}

// nameWord decides isNameWord once per token: a capitalised word that is
// not a sentence-opening function word and has no digits, an honorific, or
// a particle glued to a capital ("al-Amr").
func nameWord(t *token) bool {
	if t.kind != tWord {
		return false
	}
	if t.cap && t.in(lxHonorifics) {
		return true
	}
	if !t.cap {
		if particleCamel(t.text) {
			return true // "Neil deGrasse Tyson", "Dennis vanEngelsdorp"
		}
		if brandCamel(t.text) {
			return true // "a spokesperson for easyJet said", "eBay said"
		}
		if !hyphenOrApostrophe(t.text) {
			return false
		}
		// ("Valéry Giscard d'Estaing", "Marcello dell'Utri": French and
		// Italian particles elided before a vowel.)
		if i := strings.IndexAny(t.text, "-’'"); i > 0 && (nameParticles[strings.ToLower(t.text[:i])] || t.text[i] != '-' && (t.text[:i] == "d" || t.text[:i] == "dell")) {
			r, _ := utf8.DecodeRuneInString(t.text[i+1:])
			return unicode.IsUpper(r)
		}
		return false
	}
	if t.in(lxStopCaps) {
		return false
	}
	// "Day-by-day Schiff", "Up-to-date": a compound of ordinary words
	// opening a sentence is not part of a name (names capitalise each
	// part: "Ould-Abdallah"; "Maryland-based lawyer Jim Dunham" stays a
	// modifier before the name).
	if i := strings.LastIndexByte(t.text, '-'); i > 0 && i+1 < len(t.text) && strings.Count(t.text, "-") >= 2 {
		if r, _ := utf8.DecodeRuneInString(t.text[i+1:]); unicode.IsLower(r) {
			return false
		}
	}
	for i := 0; i < len(t.text); i++ {
		if c := t.text[i]; isDigit(c) || c == '@' || c == '#' {
			return brandDigits(t.text)
		}
	}
	return true
}

// brandCamel reports whether w is a brand's name written with a small
// first letter and a capital inside it, as "easyJet" and "eBay" are: a
// lower-case letter or one or two, a capital, then small letters.
func brandCamel(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i <= 4 && i+1 < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			for k := i + 1; k < len(w); k++ {
				if w[k] < 'a' || w[k] > 'z' {
					return false
				}
			}
			return len(w)-i >= 3
		}
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return false
}

// brandDigits reports whether the capitalised word w is a brand's name
// ending in a digit or two after small letters, as "Jet2" is (not "A380",
// "G7", "COVID-19" or "@BBC").
func brandDigits(w string) bool {
	n := len(w)
	d := n
	for d > 0 && isDigit(w[d-1]) {
		d--
	}
	if n-d > 2 || d < 3 {
		return false
	}
	for i := 1; i < d; i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func honorificOf(t token) bool {
	return t.cap && t.in(lxHonorifics)
}

// nameInfo is what a capitalised run says about the entity it names.
type nameInfo struct {
	name     []string
	roles    []string
	offRoles []string // of roles, those after a word making them another office (offModifiers)
	gender   byte
	person   bool // a title, honorific or known first name says so
	org      bool
	maybe    bool
}

// readRun interprets the capitalised run toks (already free of leading
// stop words): titles and honorifics before the name become roles and
// gender; an organisation word makes it an organisation unless a personal
// name follows it ("Refugee Council Enver Solomon").
func readRun(toks []token) nameInfo { return readRunIn(toks, nil) }

// readRunIn is readRun, the words of the name appended to *arena when
// arena is not nil (one allocation for the names of many runs).
func readRunIn(toks []token, arena *[]string) nameInfo {
	var ni nameInfo
	// "Labour-run Sunderland City Council", "the Hamas-run Health
	// Ministry", "Iran-backed Hezbollah": who runs or backs it qualifies
	// the name; it is not part of it.
	for len(toks) > 1 && compoundQualifier(toks[0].low) {
		toks = toks[1:]
	}
	// "A Port Harcourt-based lawyer, Emeka Okorie,", "the Hong
	// Kong-based firm": a place of two words or more made a qualifier
	// names no one.
	// (The participle is in lower case: "Ann Lee-Held" is a name.) So
	// does one word: "the Kathmandu-based centre said".
	if n := len(toks); n > 0 && compoundQualifier(toks[n-1].low) && toks[n-1].text[strings.LastIndexByte(toks[n-1].text, '-')+1] >= 'a' {
		return ni
	}
	// "Professor Sonia Livingstone OBE", "Ann Lee QC", "Tom Hale MP":
	// letters for an honour, a degree or a seat after the name are not
	// part of it.
	for n := len(toks); n > 1 && postNominal(toks[:n]); n = len(toks) {
		if w := toks[n-1].low; personRoles[w] {
			ni.roles = append(ni.roles, w)
		}
		toks = toks[:n-1]
	}
	// "Prime Minister's Office", "Ukraine's Prosecutor General's
	// Office": an office named by its holder's title.
	if n := len(toks); n >= 2 && titleOffice(toks, n-2) {
		start := 0
		for k := 0; k < n-2; k++ {
			if toks[k].poss {
				start = k + 1
			}
		}
		ni.org = true
		ni.name = wordsIn(arena, toks[start:])
		return ni
	}
	cut, possCut := 0, 0
	honorific := false
	orgAt := -1
	for i, t := range toks {
		w := t.low
		switch {
		case titleAsSurname(toks, i):
			// "Hun Sen", "Kyaw Tun": the surname (see titleAsSurname).
		case i == cut && i+1 < len(toks) && exOffice(w) != "":
			// "Ex-President Ana Lima", "Ex-CM Amarinder Singh": an office
			// held before.
			r := exOffice(w)
			ni.roles = append(ni.roles, r)
			ni.offRoles = append(ni.offRoles, r)
			ni.person = true
			cut = i + 1
		case w == "lady" && i == cut && i > 0 && toks[i-1].low == "first" && i+1 < len(toks):
			// "First Lady Jill Hart": a title, one role ("the first lady
			// said" is her).
			ni.roles = append(ni.roles, "first lady")
			ni.gender = 'f'
			ni.person = true
			cut = i + 1
		case honorificOf(t) && !(i > cut && i == len(toks)-1 && !toks[i-1].in(lxTitles) && !honorificOf(toks[i-1])):
			// (Not "Ashley Daw", "Kenneth Lord", "Somchai Khun": an
			// honorific's word ending a name after a word of the name
			// is the surname.)
			honorific = true
			if g := honorifics[t.low]; g != 0 {
				ni.gender = g
			}
			ni.person = true
			cut = i + 1
		case i > cut && i+2 < len(toks) && seatNominals[t.text] && t.text != "SC" && (isFirstName(toks[i+1]) || honorificOf(toks[i+1]) || seatPersonAfter(toks[i+1:])):
			// "Fianna Fáil TD Willie O'Dea", "Sinn Féin MLA Ann Lee": a
			// seat's letters after the party, before a given name, are
			// a title (but "TD Bank Group" is a name).
			ni.roles = append(ni.roles, w)
			ni.person = true
			cut = i + 1
		case i == len(toks)-1 && roleAcronym(t) && (qualifiersOnly(toks[cut:i]) || i == cut+1 && isAcronym(toks[cut].text) || seatNominals[t.text] && seatPlace(toks[cut:i])):
			// "One MP told the BBC", "a Tory MP said", "two MPs", "the
			// WNBA MVP", "the Waterford TD": a role written in capitals,
			// no name.
			ni.roles = append(ni.roles, strings.TrimSuffix(w, "s"))
			cut = i + 1
		case t.text == "GM" && i+2 < len(toks) && (isFirstName(toks[i+1]) || givenNameGender(toks[i+1].low) != 0):
			// "Ravens GM Ozzie Newsome", "Hawks GM Darla Pruitt": a
			// team's general manager before a given name and a surname
			// (not "GM Korea said", the carmaker's arm).
			ni.roles = append(ni.roles, "general manager")
			ni.person = true
			cut = i + 1
		case t.in(lxTitles) && surnameTitle(toks, cut, i):
			// "Martin Luther King Jr.", "Stephen King": a title word in
			// the surname's place after a given name is the surname.
		case (t.in(lxTitles) || t.in(lxPluralTitles) && i == cut) && i < len(toks)-1 && !(i > 0 && (toks[i-1].low == "of" || toks[i-1].low == "for") && toks[0].in(lxOrgWords) && instObjectGoesOn(toks, i+1)) && !generalStaff(toks, i+1) && !titleNamesOrg(toks, i) && !titleOpensOrgName(toks, i):
			// (Not "Health" in "Department of Health and Social Care"
			// nor "Foreign" in "Ministry of Foreign Affairs": an
			// institution's object.)
			// "Sen. Ann Hall" is a senator, as "Senator Ann Hall" is.
			r := w
			if full, ok := titleAbbrevs[strings.TrimSuffix(w, ".")]; ok && !t.in(lxPersonRoles) {
				r = strings.ToLower(full)
			}
			if personRoles[r] || electRole(r) {
				ni.roles = append(ni.roles, r)
				if actingRoleBefore(toks, i) {
					ni.offRoles = append(ni.offRoles, actingPrefix+roleClass(r))
				}
				if offRoleBefore(toks, i) {
					ni.offRoles = append(ni.offRoles, r)
					if subRoleBefore(toks, i) {
						ni.offRoles = append(ni.offRoles, subPrefix+roleClass(r))
					}
				}
			}
			if !modifierTitle(w) {
				ni.person = true
			}
			cut = i + 1
		case i == cut && i+2 < len(toks) && !isFirstName(t) && givenNameGender(w) == 0 &&
			(isFirstName(toks[i+1]) || givenNameGender(toks[i+1].low) != 0) && roleNoun(w):
			// "Prosecutor Ann Hall", "Bartender Joe Malloy": a role or an
			// occupation before a given name and a surname, as a title
			// would be (but "Mother Teresa" is a name).
			ni.roles = append(ni.roles, w)
			ni.person = true
			cut = i + 1
		case i == cut && i+1 < len(toks) && !t.poss && len(hyphenRoles(w)) > 0 && isNameWord(toks[i+1]):
			// "Actor-politician Vijay", "Singer-songwriter Ed Sheeran":
			// roles joined by a hyphen before a name, one word or more.
			ni.roles = append(ni.roles, hyphenRoles(w)...)
			ni.person = true
			cut = i + 1
		case i == cut && i+1 < len(toks) && !t.poss && demonymBeforeName(toks, i):
			// "Kenyan Ruth Chepkoech broke the record", "said American
			// Travis Hale", "the Spaniard Vidal said": a nationality
			// before a person's name describes them, as a title does.
			ni.person = true
			cut = i + 1
		case i == cut && i+2 < len(toks) && t.in(lxPartyMembers) && !t.poss && partyNamePerson(toks[i+1:]):
			// "Democrat Yadira Caraveo", "Republican Vivek Ramaswamy":
			// a party noun before a person's name describes them, as a
			// title does.
			ni.person = true
			cut = i + 1
		case i == 0 && len(toks) == 2 && !t.in(lxTitles) && !t.in(lxKinTitles) && !t.in(lxRelationNouns) && !isFirstName(t) && givenNameGender(w) == 0 && roleNoun(w) &&
			(isFirstName(toks[1]) || givenNameGender(toks[1].low) != 0 || stageName(w, toks[1])) && !toks[1].poss:
			// "Singer Adele has cancelled ...", "Rapper Drake said": a
			// role noun before a name of one word, a star's (no part of
			// the name; but "Mother Teresa" is a name).
			ni.roles = append(ni.roles, w)
			ni.person = true
			cut = i + 1
		case i == 0 && len(toks) == 2 && t.in(lxKinTitles) && givenNameGender(toks[1].low) != 0 && !toks[1].poss:
			// "Gran Maureen, 68, added", "Mum Sarah said": a tabloid's kin
			// noun before a given name alone, no part of it.
			ni.roles = append(ni.roles, w)
			ni.person = true
			cut = i + 1
		case t.in(lxTitles) && i == len(toks)-1 && i > 0 && !isFirstName(toks[i-1]) && toks[i-1].low != "of" && (toks[i-1].low != "the" || i < 2 || toks[i-2].low != "of") && !portfolioEnd(w):
			// "NASA Administrator", "Panama coach": a role, no name (but
			// "Department of Justice" and "Department of the Interior"
			// are names).
			if t.in(lxPersonRoles) {
				ni.roles = append(ni.roles, w)
			}
			cut = i + 1
		case (t.in(lxOrgWords) || (isAcronym(t.text) && len(toks) == 1 && !nounAcronyms[t.text] && !countryAcronyms[t.text]) || w == "&" && i > 0 || generalStaff(toks, i)) && !(i == cut && capsInitials(toks, i)):
			// "Johnson & Johnson", "Marks & Spencer": a firm.
			orgAt = i
		}
		if t.poss && i < len(toks)-1 && !possInName(toks, i) {
			cut = i + 1 // "Malaysia's Prime Minister ..."
			possCut = i + 1
		}
	}
	// "Council on Foreign Relations", "Senate Committee on Armed
	// Services": an institution's object is its name's, title words and
	// all.
	for i := possCut + 1; i < len(toks)-1; i++ {
		if (toks[i].low == "on" || toks[i].low == "for") && toks[i-1].in(lxInstitutionHeads) && !toks[i-1].in(lxTitles) || orgOfThe(toks, i) {
			ni.org, ni.person, ni.roles = true, false, nil
			ni.name = wordsIn(arena, toks[possCut:])
			return ni
		}
	}
	// "Surf Life Saving NSW", "Ambulance Victoria", "Hockey Canada": a
	// body named by what it does and the country or state it does it in,
	// no given name before the place.
	// "Health Canada", "Public Health Wales": a title's qualifier
	// ("Health") read as a title above is the body's word (regionalBody
	// allows it), so read from before the title.
	if orgAt < 0 && !ni.person && !honorific && (regionalBody(toks[cut:]) || cut > possCut && regionalBody(toks[possCut:])) {
		ni.org = true
		ni.name = wordsIn(arena, toks[possCut:])
		return ni
	}
	// "Defence Ministry", "State Department": title words qualify the
	// organisation and stay in its name.
	// "Tom Hall", "Lena Park": a given name before a word that is also a
	// surname.
	givenSurname := orgAt == len(toks)-1 && orgAt == cut+1 && (isFirstName(toks[cut]) || givenNameGender(toks[cut].low) != 0) &&
		surnameLike[toks[orgAt].low]
	// "UK Sport", "US Soccer", "UN Women", "Sport England": a country's
	// letters or name and one word (no given name) name a body, never a
	// person.
	// "Queensland Health", "NSW Health", "Sydney Water": a place's name
	// or letters and the word of a public service name the body that
	// runs it, never a person (who speaks, and whose "spokesman" speaks
	// for it).
	if len(toks)-possCut == 2 && !ni.person && !honorific && serviceBody(toks[possCut], toks[possCut+1]) {
		ni.org = true
		ni.roles = nil
		ni.name = wordsIn(arena, toks[possCut:])
		return ni
	}
	if len(toks)-cut == 2 && cut >= possCut && !ni.person && countryPair(toks[cut], toks[cut+1]) {
		ni.org = true
		ni.roles = nil
		ni.name = wordsIn(arena, toks[cut:])
		return ni
	}
	if orgAt == len(toks)-1 && orgAt >= cut && orgAt > possCut && !ni.person && !givenSurname {
		ni.org = true
		ni.roles = nil
		ni.name = wordsIn(arena, toks[possCut:])
		return ni
	}
	// "The Health and Safety Executive fined Carwell Foods", "the Food
	// Standards Executive": a public body whose name ends in "Executive"
	// after words that are not a title or a job's ("Chief Executive",
	// "Sales Executive" are posts).
	// ("The Health Service Executive published", "the Northern Ireland
	// Executive said": past an organisation's word before it, in a name
	// of three words or more.)
	if n := len(toks); (orgAt < 0 || orgAt < n-1 && n-possCut >= 3) && !ni.person && !honorific && n-possCut >= 2 && executiveBody(toks[possCut:]) {
		ni.org = true
		ni.roles = nil
		ni.name = wordsIn(arena, toks[possCut:])
		return ni
	}
	for k, t := range toks[cut:] {
		// "Committee to Protect Journalists": the head and its cause.
		if t.low == "to" && campaignTo(toks, cut+k) {
			ni.org, ni.person, ni.roles = true, false, nil
			ni.name = wordsIn(arena, toks[min(cut, cut+k-1):])
			return ni
		}
		// "Department of Agriculture", "Institute for Fiscal Studies"
		if t.low == "of" || (t.low == "for" || t.low == "on" && cut+k+1 < len(toks) && !toks[cut+k+1].in(lxDayNames) && !toks[cut+k+1].in(lxMonthNames)) &&
			k > 0 && toks[cut+k-1].in(lxInstitutionHeads) {
			ni.org, ni.person = true, false
			ni.name = wordsIn(arena, toks[cut:])
			return ni
		}
	}
	// "Prof Steve West", "Tom Hall": an honorific, or a given name before
	// a word that is also a surname, makes a person.
	// "Mayor Bill de Blasio": a given name that is also an organisation
	// word starts a name.
	// "Her son, Park Min-jun,": a Korean or Chinese family name that is
	// an organisation's word, printed first before a hyphenated given
	// name, starts a person's name (but "Park Avenue").
	if orgAt >= cut && (honorific || givenSurname ||
		orgAt < len(toks)-1 && orgAt == cut && isFirstName(toks[orgAt]) && !toks[len(toks)-1].in(lxOrgWords) ||
		orgAt == cut && eastAsianFamilyNames[toks[orgAt].low] && familyFirst(toks[cut:]) && !toks[len(toks)-1].in(lxOrgWords)) {
		orgAt = -1
	}
	if orgAt >= cut {
		if orgAt == len(toks)-1 || len(toks)-orgAt-1 < 2 {
			ni.org = true
			ni.name = wordsIn(arena, toks[cut:])
			ni.person = false
			return ni
		}
		// "United Teachers Los Angeles": an adjective opening the
		// name is no organisation before another name.
		if orgAt > 0 || !orgAdjectives[toks[orgAt].low] {
			cut = orgAt + 1
		}
	}
	// "Novelist Arthur Hailey", "Liberal Democrat Sarah Teather": a known
	// given name after other capitalised words starts the name.
	// "Tanaiste Leo Varadkar", "Volunteer Coordinator Bonnie Young": a
	// given name the longer list knows does too, after a word shaped like
	// a title and no given name ("Hernan Dario Gomez" stays whole).
	// "Chef Jamie Oliver", "Chefs Jamie Oliver and ...": a role noun the
	// lexicon knows, in the singular or plural, before two more words
	// starts the name too, though the given name is one of both genders.
	// "Ana Paula da Silva", "Jean Claude Juncker": a first given name the
	// longer list knows, not shaped like a title, is part of the name.
	// "J. Craig Shearman", "H. Ross Perot": an initial opening the name
	// is its first given name, no title.
	if rest := toks[cut:]; len(rest) >= 3 && !isFirstName(rest[0]) && !honorific && !initialWord(rest[0].text) {
		for p := 1; p < len(rest)-1; p++ {
			// "Doctors Without Borders": no name opens with a
			// preposition.
			if titlePreps[rest[p].low] {
				continue
			}
			// "Prince Abdulaziz bin Salman": a particle inside the name
			// ("bin", "van") and the word after it start no name.
			if nameParticles[rest[p].low] && !rest[p].cap || nameParticles[rest[p-1].low] && !rest[p-1].cap {
				continue
			}
			// (Not "Gohar Ali Khan", "Dapo Ahmed Abiodun": one first word
			// of no English, no acronym, is a given name the list lacks;
			// but "Colorado Republican Dan Maes".)
			if isFirstName(rest[p]) && (noGivenName(rest[:1]) && (p > 1 || describingWord(rest[0])) || titleLike(rest[0].low)) ||
				givenNameGender(rest[p].low) != 0 && titleLike(rest[p-1].low) && noGivenName(rest[:p]) ||
				p == 1 && len(rest) == 3 && plainRole(rest[0].low) {
				if r := rest[p-1].low; personRoles[r] {
					ni.roles = append(ni.roles, r)
				}
				cut += p
				break
			}
		}
	}
	ni.name = wordsIn(arena, toks[cut:])
	if len(ni.name) == 0 {
		return ni
	}
	if g, ok := firstName(&toks[cut]); ok {
		if len(ni.name) > 1 {
			ni.person = true
			if ni.gender == 0 && !familyFirst(toks[cut:]) {
				ni.gender = g
			}
		} else {
			// "Thomas' sister", or a surname that is also a given name
			// ("Natalya Lawrence ... Lawrence says she"): no gender.
			ni.maybe = true
		}
	} else if len(ni.name) > 1 && (toks[cut].text == "Umm" || toks[cut].text == "Abu") && givenNameGender(toks[cut+1].low) != 0 {
		// "Umm Mohammed al-Najjar ... Umm Mohammed said", "Abu Khaled
		// Shaheen": an Arabic kunya, "mother of" or "father of" before
		// a child's given name, names a woman or a man (not "Umm Qasr",
		// a port, nor "Abu Dhabi").
		ni.person = true
		if ni.gender == 0 {
			ni.gender = 'm'
			if toks[cut].text == "Umm" {
				ni.gender = 'f'
			}
		}
	}
	// "UK Finance", "NSW Health": a country's or state's letters before
	// a word that is no given name may be an organisation too (not "USS
	// Higgins", a ship).
	if !ni.person && len(ni.name) >= 2 && len(ni.name) <= 4 && (!isAcronym(ni.name[0]) || placeAcronyms[ni.name[0]] && !knownGiven(ni.name[1])) {
		ni.maybe = true
	}
	// "Meghan Markle", "Dylan Nelson": a given name the hand-written list
	// does not know still says which pronoun the person takes (not one of
	// two letters: "Di Li" is not "Di", short for Diana).
	if ni.gender == 0 && len(ni.name) > 1 && !ni.org && len(toks[cut].low) > 2 && !familyFirst(toks[cut:]) {
		ni.gender = givenNameGender(toks[cut].low)
	}
	return ni
}

// stageName reports whether the word t after the role noun w (lower
// case) opening a sentence is a star's one name no list knows: "Rapper
// Stormzy", "Singer Burna Boy" aside, "Footballer Vinícius": w is a
// performer's or a player's noun and t no English word, no organisation's
// word, no acronym (not "Farmer Brothers", "Singer Sewing").
func stageName(w string, t token) bool {
	return stageRoles[w] && t.cap && !englishWord(t.low) && !t.in(lxOrgWords) && !isAcronym(t.text)
}

// knownAsName returns where the name run ends before ", known as" that
// introduces the run at toks[i] as another name of the same person, or
// -1: "Mohamed Hamdan Dagalo, known as Hemedti", "Robert Kyagulanyi, the
// singer-turned-politician known as Bobi Wine", "Joko Widodo, popularly
// known as Jokowi", "nicknamed", "aka". It returns the index of the
// run's first token. (Not "Smith, whose son is known as Bob": only
// "the" or "a" and lower-case words may describe the person between.)
func knownAsName(toks []token, i int) int {
	p := i - 1
	switch {
	case p >= 1 && toks[p].low == "as" && toks[p-1].low == "known":
		p -= 2
	case p >= 0 && (toks[p].low == "nicknamed" || toks[p].low == "aka" || toks[p].low == "a.k.a."):
		p--
	default:
		return -1
	}
	for p >= 0 && knownAsAdverbs[toks[p].low] && toks[p].kind == tWord {
		p--
	}
	// "the drug lord known as": a description of a few lower-case words
	// opening with an article.
	if p >= 0 && toks[p].kind == tWord && !toks[p].cap {
		q := p
		for q >= 0 && p-q < 6 && toks[q].kind == tWord && !toks[q].cap && !knownAsStops[toks[q].low] {
			if toks[q].low == "the" || toks[q].low == "a" || toks[q].low == "an" {
				break
			}
			q--
		}
		if q < 0 || p-q >= 6 || toks[q].kind != tWord || (toks[q].low != "the" && toks[q].low != "a" && toks[q].low != "an") {
			return -1
		}
		p = q - 1
	}
	if p < 1 || toks[p].kind != tPunct || toks[p].text != "," || toks[p-1].kind != tWord || !toks[p-1].name || toks[p-1].para != toks[i].para {
		return -1
	}
	k := p - 1
	for k > 0 && toks[k-1].kind == tWord && (toks[k-1].name || toks[k-1].in(lxNameParticles)) && toks[k-1].para == toks[k].para {
		k--
	}
	return k
}

var knownAsAdverbs = setOf("better", "widely", "popularly", "commonly", "also", "locally", "universally", "affectionately", "simply", "fondly")

// knownAsStops are words that make the words before "known as" describe
// someone else than the name before them ("Smith, whose son is known
// as").
var knownAsStops = setOf("who", "whose", "which", "that", "his", "her", "their", "its", "is", "was", "are", "were", "and", "or")

// mentionIn returns the entity of the last mention at or after from and
// before to, or -1.
func (r *registry) mentionIn(from, to int) int {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].pos >= to }) - 1
	if k >= 0 && r.mentions[k].pos >= from {
		return r.mentions[k].ent
	}
	return -1
}

// familyFirst reports whether the name run is an East Asian name printed
// family name first, whose first word is no given name though English
// has it as one ("Kim Jong Un", "Lee Jae-myung", "Park Chan-dae", "Chan
// Chun Sing"): the second word is a hyphenated given name in lower case
// after the hyphen, or the name has three words, the first a common
// Korean or Chinese family name and the other two short syllables that
// are no given names. Its first word says nothing of the person's sex.
func familyFirst(run []token) bool {
	if len(run) < 2 {
		return false
	}
	w := run[1].text
	if h := strings.IndexByte(w, '-'); h > 0 && h+1 < len(w) && w[h+1] >= 'a' && w[h+1] <= 'z' && strings.IndexByte(w[h+1:], '-') < 0 {
		return true
	}
	if len(run) != 3 || !eastAsianFamilyNames[run[0].low] {
		return false
	}
	for _, t := range run[1:] {
		if !t.cap || len(t.text) > 5 || strings.IndexByte(t.text, '-') >= 0 || isFirstName(t) || givenNameGender(t.low) != 0 {
			return false
		}
	}
	return true
}

// eastAsianFamilyNames are Korean and Chinese family names that English
// also has as given names or words (see familyFirst).
var eastAsianFamilyNames = setOf("kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
	"han", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "moon", "yang", "ko", "nam", "ryu", "son",
	"roh", "yi", "chung", "jeon", "chan", "tan", "jin", "min", "wang", "li", "chen", "lin", "ma", "sun", "lai",
	"ho", "lam", "wong", "chang", "young")

// titleNamesOrg reports whether the title word toks[i] opens an
// organisation's name, before an organisation's word that is no given name
// and no adjective: "the Premier League", "Major League Baseball",
// "General Motors" (not "Mayor Bill de Blasio", "President Biden").
func titleNamesOrg(toks []token, i int) bool {
	n := toks[i+1]
	return n.in(lxOrgWords) && !orgAdjectives[n.low] && !n.poss && !isFirstName(n) && !n.in(lxPersonRoles) && !capsInitials(toks, i+1)
}

// capsInitials reports whether toks[k], after a title, is a person's
// initials written as two or three capitals without stops before the
// surname that ends the run, as Indian papers write them ("Tata Steel CEO
// TV Narendran", "chairman KV Kamath"), not an organisation's word.
func capsInitials(toks []token, k int) bool {
	w := toks[k].text
	if k == 0 || k+2 != len(toks) || len(w) < 2 || len(w) > 3 || !titles[toks[k-1].low] || toks[k].poss {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	s := toks[k+1]
	return s.cap && !isAcronym(s.text) && !orgWords[s.low] && !outletHeads[s.low]
}

// instObjectGoesOn reports whether toks[k], after a title word that opens
// an institution's object, goes on with that object rather than a
// person's name: an "and" ("Department of Health and Social Care") or one
// last word that is no given name ("Ministry of Foreign Affairs", not
// "Ministry of Finance Brian Manning").
func instObjectGoesOn(toks []token, k int) bool {
	return toks[k].low == "and" || k == len(toks)-1 && !isFirstName(toks[k]) && givenNameGender(toks[k].low) == 0
}

// formerDescription reports whether the run opening at toks[k], read as
// ni, follows "the former" or "a former" (or "ex-") and nothing says it is a
// person's name or an organisation's: "The former Royal Marine, 34,",
// "the ex-Coronation Street star" (but "the former Prime Minister Boris
// Johnson" has a given name).
func formerDescription(toks []token, k int, ni nameInfo) bool {
	if k < 2 || ni.person || ni.org || len(ni.name) == 0 {
		return false
	}
	if f := toks[k-1].low; f != "former" && f != "ex" || toks[k-1].cap && k-1 > 0 && toks[k-2].kind == tWord {
		return false
	}
	if d := toks[k-2].low; d != "the" && d != "a" {
		return false
	}
	_, given := firstNames[strings.ToLower(ni.name[0])]
	return !given
}

// capsOnly reports whether toks are words in capitals, commas and
// brackets only: the rest of a dateline's place ("DELHI", "(PTI)").
func capsOnly(toks []token) bool {
	for _, t := range toks {
		switch {
		case t.low == "," || t.low == "(" || t.low == ")":
		case t.kind == tWord && isAcronym(t.text):
		default:
			return false
		}
	}
	return true
}

// compoundQualifier reports whether w is a compound of a name and a
// participle of control or support ("hamas-run", "labour-led",
// "iran-backed", "moscow-installed"), a qualifier before a name.
func compoundQualifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "run", "led", "backed", "controlled", "installed", "based", "owned", "funded", "allied",
		"aligned", "linked", "affiliated", "appointed", "sponsored", "supported", "dominated",
		"administered", "held", "occupied", "annexed":
		return true
	}
	return false
}

// initialWord reports whether w is an initial standing for a given name:
// one capital letter and a full stop ("J.").
func initialWord(w string) bool {
	s, ok := strings.CutSuffix(w, ".")
	return ok && isInitial(s)
}

// postNominals are letters written after a name for an honour or a
// degree; seatNominals for a seat in a parliament. Matched as written.
var (
	// (and "SAN", Senior Advocate of Nigeria: "Wole Olanipekun SAN")
	postNominals = setOf("OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "QC", "KC", "PhD", "FRS", "SAN")
	// (and the Irish "Paul Gallagher SC" and "BL" of a senior or junior
	// counsel; the seats of Canadian, Pakistani and Kenyan assemblies:
	// "MPP", "MHA", "MNA", "MPA", "MCA", "MLC")
	seatNominals = setOf("MP", "MEP", "MSP", "MLA", "TD", "SC", "BL", "MPP", "MHA", "MNA", "MPA", "MCA", "MLC",
		// a member of the Knesset: "Likud MK Tally Gotliv" (not "MK Stalin", a name)
		"MK")
)

// seatPersonAfter reports whether the run rest after a seat's letters
// ("Likud MK Tally Gotliv") is a person's name of two or three words whose
// given name the lists do not know: no organisation's or title's word in
// it, nor letters in capitals.
func seatPersonAfter(rest []token) bool {
	if len(rest) < 2 || len(rest) > 3 {
		return false
	}
	for _, t := range rest {
		if t.kind != tWord || !t.cap || t.poss || t.in(lxOrgWords) || t.in(lxInstitutionHeads) || t.in(lxTitles) || isAcronym(t.text) {
			return false
		}
	}
	return true
}

// postNominal reports whether the last word of the capitalised run toks
// is letters after a name ("Sonia Livingstone OBE", "Jonathan Reynolds
// MP"), not the name itself: an honour after any name word; a seat after
// a full name opened by a given name or honorific, since "Labour MP" and
// "Tory MP" are a party's member, described.
func postNominal(toks []token) bool {
	n := len(toks)
	last, prev := toks[n-1], toks[n-2]
	if prev.poss || prev.in(lxTitles) || prev.in(lxOrgWords) {
		return false
	}
	if postNominals[last.text] {
		return true
	}
	// "Narendra Modi Ji", "Amit Shah Ji": the Indian honorific after a
	// name of two words or more ("Zhang Ji" keeps its given name).
	if last.text == "Ji" && n >= 3 && isNameWord(prev) && isNameWord(toks[n-3]) {
		return true
	}
	// ("Al Ahly SC", "Al Hilal SC": a club's name opened by the Arabic
	// article, no given name.)
	return seatNominals[last.text] && n >= 3 && (isFirstName(toks[0]) || givenNameGender(toks[0].low) != 0 || honorificOf(toks[0])) &&
		!(last.text == "SC" && nameParticles[toks[0].low])
}

// seatPlace reports whether toks, before a seat's letters that end a run
// with no title before it, are one to three words of a place the member
// sits for ("the Waterford TD", "the Upper Bann MLA"), not a name: no
// given name opens them and no organisation's word is among them.
func seatPlace(toks []token) bool {
	if len(toks) == 0 || len(toks) > 3 || isFirstName(toks[0]) || givenNameGender(toks[0].low) != 0 {
		return false
	}
	for _, t := range toks {
		if t.poss || t.in(lxOrgWords) || t.in(lxTitles) || isAcronym(t.text) {
			return false
		}
	}
	return true
}

// describingWord reports whether the capitalised t, opening a run of
// three words or more before a known given name, may describe the person
// rather than be their own given name: an English word ("Novelist Arthur
// Hailey", "Liberal Democrat Sarah Teather"), an acronym ("BBC Laura
// Kuenssberg") or a possessive. A short English word no role noun is more
// often a given name the list lacks ("ABUJA — Bola Ahmed Tinubu", "Wale
// Ahmed Bello"; but "Chef Ahmed Ali", "Poet John Keats").
func describingWord(t token) bool {
	return t.poss || isAcronym(t.text) || englishWord(t.low) && (len(t.low) > 4 || roleNoun(t.low)) || strings.ContainsRune(t.text, '-')
}

// orgNounInApposition returns the noun of an organisation (orgHeads) in
// apposition with the name toks[i:j], opening its sentence, maybe after
// modifiers: "The group, NAME,", "Britain's media watchdog, NAME," or
// "NAME, the company"; "" when there is none.
func orgNounInApposition(toks []token, i, j int) string {
	// Both open their sentence: "In a statement issued in Geneva, the
	// council said" is no apposition.
	opens := func(k int) bool { return k == 0 || toks[k-1].kind == tEnd || toks[k-1].para != toks[k].para }
	// Modifiers between the determiner and the noun: "media", "the UK's".
	modifier := func(t token) bool {
		return t.kind == tWord && (!t.cap && !t.poss && !t.in(lxClauseWords) && !t.in(lxPrepositions) && !determiner(t.low) || t.cap && t.poss)
	}
	if i >= 3 && j < len(toks) && toks[i-1].low == "," && toks[j].low == "," {
		if n := toks[i-2]; n.kind == tWord && !n.cap && !n.poss && n.in(lxOrgHeads) {
			d := i - 3
			for d > 0 && i-3-d < 2 && modifier(toks[d]) && !opens(d) {
				d--
			}
			// "The group, NAME,", "Britain's media watchdog, NAME,"
			if toks[d].para == toks[i].para && opens(d) && (determiner(toks[d].low) || toks[d].cap && toks[d].poss) {
				return n.low
			}
		}
	}
	// "NAME, the company", "NAME, the country's media watchdog,"
	if j+2 < len(toks) && opens(i) && toks[j].low == "," && (toks[j+1].low == "the" || toks[j+1].low == "a") {
		for h := j + 2; h < len(toks) && h <= j+4 && toks[h].para == toks[i].para; h++ {
			if n := toks[h]; n.kind == tWord && !n.cap && !n.poss && n.in(lxOrgHeads) {
				return n.low
			}
			if !modifier(toks[h]) {
				break
			}
		}
	}
	return ""
}

// describedPersonBefore reports whether the words ending at toks[h], a
// description closed by a comma before a name, describe a person: an
// occupation after a determiner or a possessor ("a local plumber", "the
// club's physio"), or a relation only people have after "his", "her" or
// someone's ("his rival", "her opposite number", "Trump's successor").
func describedPersonBefore(toks []token, h int) bool {
	// "Their neighbor across the road, Lou Garza,", "her neighbour next
	// door, Ann Hale,": past where the neighbour lives.
	for k := h; k > 1 && k >= h-3 && toks[k].kind == tWord && !toks[k].cap; k-- {
		if besidePreps[toks[k].low] && (toks[k-1].in(lxRelationNouns) || counterpartNouns[toks[k-1].low]) {
			h = k - 1
			break
		}
	}
	t := toks[h]
	if t.kind != tWord || t.cap || h < 1 {
		return false
	}
	d := h - 1
	if d > 0 && toks[d].kind == tWord && !toks[d].cap && !determiner(toks[d].low) && !toks[d].poss {
		d-- // one word qualifying the noun: "opposite number", "local plumber"
	}
	p := toks[d]
	if p.para != t.para {
		return false
	}
	if t.in(lxOccupations) && (determiner(p.low) || p.poss) {
		return true
	}
	return (t.in(lxRelationNouns) || counterpartNouns[t.low]) && (p.low == "his" || p.low == "her" || p.low == "their" || p.low == "our" || p.low == "my" || p.poss)
}

// actingVerbs state that a person holds a post, after "is", "was",
// "has been" or "had been": "is serving as acting chief", "was named
// interim CEO", "has been appointed acting leader".
var actingVerbs = setOf("named", "appointed", "made", "installed", "serving", "serve", "acting")

// actingPostAfter returns the index of the role noun of a post held for
// the time being that the verb phrase after the name toks[i:j] states
// ("Tom Grady is serving as acting chief", "Rob Ainsley, has been
// appointed acting leader", "Priya Shah was named interim CEO"), or -1;
// future reports a post still to come ("Karen Webb will be named acting
// chief", "is expected to be named acting chief").
func actingPostAfter(toks []token, i, j int) (rn int, future bool) {
	k := j
	if k < len(toks) && toks[k].low == "," && i > 0 && toks[i-1].low == "," {
		k++ // "her deputy, Councillor Rob Ainsley, has been appointed"
	}
	if k+3 >= len(toks) || toks[k].para != toks[i].para {
		return -1, false
	}
	switch w := toks[k].low; {
	case w == "will" || w == "would" || w == "could" || w == "may" || w == "might":
		future = true
		k++
	case (w == "is" || w == "was") && k+3 < len(toks) && toBeAbout[toks[k+1].low] && toks[k+2].low == "to":
		// "is expected to be named", "is set to serve as"
		future = true
		k += 3
	case w == "is" || w == "was":
		k++
	case (w == "has" || w == "had") && toks[k+1].low == "been":
		k += 2
	default:
		return -1, false
	}
	if future && k < len(toks) && toks[k].low == "be" {
		k++
	} else if future && (k >= len(toks) || toks[k].low != "serve") {
		return -1, false
	}
	if k < len(toks) && toks[k].low == "now" {
		k++
	}
	if k >= len(toks) || !actingVerbs[toks[k].low] {
		return -1, false
	}
	if toks[k].low == "serving" || toks[k].low == "serve" {
		if k+1 >= len(toks) || toks[k+1].low != "as" {
			return -1, false
		}
		k++
	} else if toks[k].low == "acting" {
		k-- // "Tom Grady is acting chief": the acting word itself
	}
	k++
	if k < len(toks) && (toks[k].low == "the" || toks[k].low == "an" || toks[k].low == "a") {
		k++
	}
	if k >= len(toks) || !actingWords[toks[k].low] {
		return -1, false
	}
	rn = -1
	for t := k + 1; t < len(toks) && t <= k+3 && toks[t].kind == tWord && toks[t].para == toks[i].para && (toks[t].in(lxTitles) || toks[t].in(lxPersonRoles)); t++ {
		if toks[t].in(lxPersonRoles) {
			rn = t
		}
	}
	return rn, future && rn >= 0
}

// toBeAbout put a post to come: "is expected to be named", "is set to
// serve as", "is likely to be appointed".
var toBeAbout = setOf("expected", "set", "likely", "tipped", "poised", "due", "going")

// predecessorBefore returns the index of "predecessor" or "successor"
// after "his", "her" or "their" and before a comma and the name starting
// at toks[i], across up to two lower-case role words ("Her successor,
// finance chief Raj Menon"), or -1.
func predecessorBefore(toks []token, i int) int {
	k := i - 1
	for n := 0; n < 2 && k > 0 && toks[k].kind == tWord && !toks[k].cap && (toks[k].in(lxTitles) || toks[k].in(lxPersonRoles) || n == 1 && toks[k+1].in(lxPersonRoles)); n++ {
		k--
	}
	if k < 2 || toks[k].low != "," || toks[k-2].para != toks[i].para {
		return -1
	}
	c := toks[k-1].low
	if (c != "predecessor" && c != "successor") || !(toks[k-2].low == "his" || toks[k-2].low == "her" || toks[k-2].low == "their") {
		return -1
	}
	return k - 1
}

// holderForCounterpart returns the person "his"/"her" before toks[c] ("his
// predecessor") refers to: the latest person mentioned in that sentence
// or the one before, other than e, holding an office plainly, of the
// possessive's gender when known; or -1.
func (r *registry) holderForCounterpart(toks []token, c int, e *entity) int {
	var g byte
	switch toks[c-1].low {
	case "his":
		g = 'm'
	case "her":
		g = 'f'
	}
	found := -1
	r.walkBack(toks[c].s, 8, func(m mention) bool {
		if m.sent < toks[c].sent-1 {
			return true
		}
		h := &r.ents[m.ent]
		if h == e || h.org || h.anon || h.plural || g != 0 && h.gender != 0 && h.gender != g {
			return false
		}
		if slices.ContainsFunc(h.roles, func(x string) bool { return titles[x] && !h.heldOff(x) && !h.heldActing(x) }) {
			found = m.ent
		}
		return true
	})
	return found
}

// besidePreps place a neighbour: "across the road", "next door", "down
// the street".
var besidePreps = setOf("across", "next", "down", "up", "opposite", "along")

// epithetApposition returns the relation or role noun of a description
// that a name starting at toks[i] stands in apposition to, past "the" and
// one or two lower-case epithets: "Hale's father, the late Malcolm Hale",
// "her husband, the celebrated Tom Reed". It is "" when there is none.
func epithetApposition(toks []token, i int) string {
	c := i - 1
	for n := 0; n < 2 && c > 0 && toks[c].kind == tWord && !toks[c].cap && !determiner(toks[c].low) && !toks[c].in(lxPersonRoles); n++ {
		c--
	}
	if c == i-1 || c < 3 || toks[c].low != "the" || toks[c-1].low != "," || toks[c-3].para != toks[i].para {
		return ""
	}
	r := toks[c-2]
	if r.kind != tWord || r.cap || !(singularRelation(r.low) || r.in(lxPersonRoles) || r.in(lxOccupations)) || !roleDeterminer(toks, c-3) {
		return ""
	}
	return r.low
}

// kinModifiers place a relative in time or in the family: "her late
// husband", "his estranged wife", "their eldest son".
var kinModifiers = setOf("late", "former", "ex", "estranged", "elder", "eldest", "older", "oldest", "younger",
	"youngest", "twin", "beloved", "first", "second", "new", "only")

// counterpartNouns name a person by their place beside another ("his
// rival", "her successor", "his opposite number"), as relationNouns do by
// a tie.
var counterpartNouns = setOf("rival", "counterpart", "successor", "predecessor", "nemesis",
	"challenger", "replacement", "number", "opponent", "understudy", "protege", "protégé",
	"mentor", "idol", "hero", "accuser", "attacker", "killer")

// hyphenRoles returns the roles of a compound of two person nouns joined
// by a hyphen ("actor-politician", "singer-songwriter", "actor-director"),
// or nil.
func hyphenRoles(w string) []string {
	a, b, ok := strings.Cut(w, "-")
	if !ok || personRoles[w] || strings.Contains(b, "-") || !roleNoun(a) || !roleNoun(b) {
		return nil
	}
	return []string{a, b}
}

// roleNoun reports whether w (lower case) is a singular noun for a person's
// role or occupation (personRoles, occupations).
func roleNoun(w string) bool {
	ok, plural := personNoun(w)
	return ok && !plural
}

// titleLike reports whether a capitalised word w (lower case) reads as a
// title or job before a name: a known title or role, a national title, or
// an agent noun ("coordinator", "manager", "chemist", "consultant").
func titleLike(w string) bool {
	if titles[w] || personRoles[w] || nationalTitles[w] {
		return true
	}
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"or", "er", "ist", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// plainRole reports whether w is a noun for a kind of person (personNoun:
// a role of personRoles, "vendor", "shopper", ...), or its plural, that is
// no royal or noble title (those stay with the name: "Prince Harry",
// "Queen Elizabeth II").
func plainRole(w string) bool {
	if ok, _ := personNoun(w); !ok {
		return false
	}
	if !personRoles[w] {
		if s, ok := strings.CutSuffix(w, "s"); ok && personRoles[s] {
			w = s
		}
	}
	switch w {
	case "king", "queen", "prince", "princess", "pope", "duke", "duchess", "earl", "countess", "baron", "baroness", "sultan", "emir":
		return false
	}
	return true
}

// titleAsGivenName reports whether the title opening the two-word run
// toks[i:j] is the person's given name: a title the list of given names
// knows ("Marshal", "Major"), no royal or noble one, with an apposition
// after the run whose head is another person noun ("Marshal Cohen, the
// chief retail analyst at NPD,"), or the run itself in apposition to a
// description of a person before it ("another contributor to the
// anthology, Major Jackson,").
func titleAsGivenName(toks []token, i, j int) bool {
	w := toks[i].low
	if !titles[w] || givenNameGender(w) == 0 || !toks[i+1].cap || toks[i+1].poss {
		return false
	}
	switch w {
	case "king", "queen", "prince", "princess", "duke", "duchess", "earl", "countess", "baron", "baroness":
		return false
	}
	head := appositiveHead(toks, j)
	if ok, _ := personNoun(head); ok && head != w && !rankRoles[head] {
		return true
	}
	// "another contributor to the anthology, Major Jackson, says": the
	// name in apposition to a description before it.
	if i < 2 || toks[i-1].low != "," || j >= len(toks) || toks[j].low != "," {
		return false
	}
	noun, det := false, false
	for b := i - 2; b >= 0 && b >= i-9 && toks[b].para == toks[i].para; b-- {
		t := toks[b]
		if noun && t.kind == tWord && (determiner(t.low) || anonDeterminer(t.low)) {
			det = true
			break
		}
		if t.kind != tWord || t.cap || t.in(lxReportingVerbs) || t.in(lxClauseWords) && t.low != "and" {
			break
		}
		if rankRoles[t.low] {
			return false
		}
		if ok, _ := personNoun(t.low); ok && t.low != w || titleLike(t.low) && !t.in(lxTitles) && !strings.HasSuffix(t.low, "ing") {
			noun = true
		}
	}
	return noun && det
}

// roleDeterminer reports whether toks[k] is the determiner or possessor of
// a role ending after it, past up to two lower-case title words: "the" in
// "the mayor", "the chief constable", "the deputy chief executive".
func roleDeterminer(toks []token, k int) bool {
	for n := 0; n < 2 && k > 0 && toks[k].kind == tWord && !toks[k].cap && toks[k].in(lxTitles) && toks[k-1].para == toks[k].para; n++ {
		k--
	}
	return determiner(toks[k].low) || toks[k].poss
}

// kinTitles are kin nouns a tabloid puts before a given name ("Gran
// Maureen", "Mum Sarah", "Dad Lee"); not "Sister", "Father" or "Mother",
// which are also titles of religious orders.
var kinTitles = setOf("mum", "mom", "dad", "gran", "granny", "nan", "nana", "nanna", "grandad", "granddad",
	"grandma", "grandpa", "wife", "husband", "hubby", "son", "daughter", "widow", "widower", "fiancee", "fiance")

// durationAfterRole reports whether toks[k] ends "of 52 years" after a
// role noun: "his wife of 52 years", "her partner of two decades".
func durationAfterRole(toks []token, k int) bool {
	switch toks[k].low {
	case "years", "decades", "months":
	default:
		return false
	}
	n := toks[k-1]
	return toks[k-2].low == "of" && n.kind == tWord && (isDigit(n.text[0]) || n.in(lxCountWords) || n.low == "many" || n.low == "several") && toks[k-3].kind == tWord && !toks[k-3].cap
}

// rankRoles are roles a holder of a military or police rank carries:
// described so ("the battalion commander, Major Reed"), the title is the
// rank, not a given name. The ranks that are roles too (uniformRanks) are
// in policeRanks as well.
var rankRoles = withWords(uniformRanks, "officer", "soldier", "spokesman", "spokeswoman", "spokesperson", "chief", "head",
	"pilot", "marine", "trooper", "general", "captain", "major", "deputy",
	"marshal", "agent", "guard", "veteran", "adjutant", "aide")

// uniformRanks are ranks of the police and the armed forces that are also
// roles of their holders: in both policeRanks (ranks a civilian cannot
// hold) and rankRoles (roles of people in uniform).
var uniformRanks = setOf("commander", "sergeant", "lieutenant", "colonel", "detective", "inspector", "constable", "sheriff")

// nationalTitles are titles of office the general lists lack.
var nationalTitles = setOf("taoiseach", "tanaiste", "tánaiste", "ceann", "comhairle", "amir", "shah", "raja", "rajah", "maharaja")

// givenPerson reports whether the one-word run toks[i:j] opening a
// sentence is a given name used as a person's name: any word followed by
// ", who" or "— who", or a given name either list knows followed by a verb
// of speech, an age (", 21,") or "(not his real name)".
func givenPerson(toks []token, i, j int) bool {
	if j != i+1 || j+1 >= len(toks) || toks[j].para != toks[i].para {
		return false
	}
	n := toks[j]
	// "Tommy — who only goes by his first name online —": "who" is said
	// of people, known given name or not.
	if (n.low == "," || n.low == "—" || n.low == "–") && toks[j+1].low == "who" {
		// Not a group: "Critics, who ...", "Residents, who ...".
		w := toks[i].low
		ok, _ := personNoun(w)
		return !ok && !groupNouns[w] && !(strings.HasSuffix(w, "s") && givenNameGender(w) == 0 && !isFirstName(toks[i]))
	}
	if !isFirstName(toks[i]) && givenNameGender(toks[i].low) == 0 {
		return false
	}
	switch {
	case n.kind == tWord && !n.cap && n.in(lxReportingVerbs) && !n.poss:
		return true
	case n.low == "," || n.low == "—" || n.low == "–":
		w := toks[j+1]
		// "Maria, a young mother of two, ...": a description of a
		// person in apposition.
		if n.low == "," && (w.low == "a" || w.low == "an") && appositiveRole(toks, j) != "" {
			return true
		}
		// "Catherine, Princess of Wales,", "Harry, the Duke of Sussex,":
		// a title of a place in apposition.
		if t := j + 1; n.low == "," {
			if toks[t].low == "the" && t+1 < len(toks) {
				t++
			}
			if t+1 < len(toks) && toks[t].cap && toks[t].in(lxTitles) && toks[t].in(lxPersonRoles) && toks[t+1].low == "of" {
				return true
			}
		}
		return w.low == "who" || w.kind == tWord && len(w.text) <= 3 && isDigit(w.text[0]) && j+2 < len(toks) && toks[j+2].low == ","
	case n.low == "(":
		// "Dan (not his real name), a 19-year-old student"
		for k := j + 1; k < len(toks) && k < j+6 && toks[k].low != ")"; k++ {
			if toks[k].low == "name" || toks[k].low == "names" {
				return true
			}
		}
	}
	return false
}

// noGivenName reports whether none of toks is a given name either list
// knows.
func noGivenName(toks []token) bool {
	for _, t := range toks {
		if isFirstName(t) || givenNameGender(t.low) != 0 {
			return false
		}
	}
	return true
}

// regionalBody reports whether the name run toks is two to four words
// ending in a country or a state ("Surf Life Saving NSW", "Health
// Canada", "Public Health Wales"), none before it a given name, a title
// (but a title's qualifier, "Health"), a possessive or a word of place ("Northern Ireland",
// "New South Wales").
func regionalBody(toks []token) bool {
	n := len(toks)
	if n < 2 || n > 4 {
		return false
	}
	// ("Public Health Scotland's Dr Nick Phin": the body's possessive
	// too.)
	last := toks[n-1]
	if !last.in(lxCountries) && !bodyRegions[last.low] {
		return false
	}
	for _, t := range toks[:n-1] {
		if t.kind != tWord || !t.cap || t.poss || isFirstName(t) || givenNameGender(t.low) != 0 || t.in(lxTitles) && !modifierTitle(t.low) ||
			t.in(lxHonorifics) || regionModifiers[t.low] || t.in(lxCountries) || nationality(t.low) {
			return false
		}
	}
	return true
}

// bodyRegions are states and provinces that name a body working in them
// ("Ambulance Victoria", "Surf Life Saving NSW", "Hockey Alberta");
// regionModifiers make a place's name with one ("Northern Ireland").
var (
	bodyRegions = setOf("nsw", "qld", "victoria", "queensland", "tasmania", "ontario", "quebec", "alberta",
		"manitoba", "saskatchewan")
	regionModifiers = setOf("north", "south", "east", "west", "northern", "southern", "eastern", "western",
		"new", "great", "greater", "central", "united", "upper", "lower", "republic", "rural", "mainland", "inner", "outer")
)

// streetHeads end the names of streets; streetPreps place something on
// one ("on Bank Street").
var (
	streetHeads = setOf("street", "road", "avenue", "lane", "drive", "boulevard", "terrace", "crescent", "st", "st.", "rd", "ave", "ave.")
	streetPreps = setOf("on", "in", "along", "off", "near", "onto", "into", "down", "up", "at", "from", "outside", "across")
)

// surnameLike are organisation or place words that are also common
// surnames ("Steve West", "Tom Hall").
var surnameLike = setOf("west", "north", "south", "east", "house", "street", "hall", "park",
	"bridge", "church", "lake", "bay", "hill", "day", "king", "post", "press", "bell", "rivers",
	"field", "wood", "brook", "ford", "castle", "stone", "banks", "law", "new", "young", "major")

// modifierTitle lists title words that only qualify another ("Foreign
// Minister"): on their own they do not make a person.
func modifierTitle(w string) bool {
	switch w {
	case "vice", "prime", "foreign", "interior", "defence", "defense", "finance", "health",
		"home", "shadow", "state", "former", "acting", "interim", "supreme", "first",
		"senior", "junior", "assistant", "associate", "executive", "managing", "crown",
		"presidential", "head", "chief", "general", "major", "justice", "brother",
		"sister", "father", "speaker", "leader", "forward", "boss", "director", "editor":
		return true
	}
	return false
}

// portfolioEnd reports whether title word w, ending a capitalised run,
// only qualifies a title and no title follows it, so that the run names
// a body, not a role: "UK Finance", "NSW Health", "Florida State" (but
// "NASA Administrator", "Panama coach" are roles).
func portfolioEnd(w string) bool {
	switch w {
	case "vice", "prime", "foreign", "interior", "defence", "defense", "finance", "health", "home",
		"shadow", "state", "former", "acting", "interim", "supreme", "first", "crown", "presidential", "managing":
		return true
	}
	return false
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// wordsIn is words, appended to *arena when arena is not nil: the name
// is the arena's slice, capped at its length, so that appending to it
// copies it.
func wordsIn(arena *[]string, toks []token) []string {
	if arena == nil || len(toks) == 0 {
		return words(toks)
	}
	n := len(*arena)
	*arena = appendWords(*arena, toks)
	return (*arena)[n:len(*arena):len(*arena)]
}

func words(toks []token) []string {
	if len(toks) == 0 {
		return nil
	}
	return appendWords(make([]string, 0, len(toks)), toks)
}

// appendWords appends the words of the name toks (see words) to out.
func appendWords(out []string, toks []token) []string {
	base := len(out)
	for i := range toks {
		t := &toks[i]
		// "Foreign, Commonwealth and Development Office": a comma of a
		// list inside a name stays with the word before it.
		if t.low == "," && len(out) > base {
			out[len(out)-1] += ","
			continue
		}
		if possInName(toks, i) {
			out = append(out, t.text) // "Citizens’ Independent ... Trust"
			continue
		}
		out = append(out, t.bare())
	}
	return out
}

// possInName reports whether toks[k] is a possessive inside an
// organisation's name: a plural one before a name ending in an
// organisation's word ("Citizens’" in "Citizens’ Independent
// Transportation Trust", "Teachers'" in "Teachers' Pension Board"); a
// people's before any name that is no person's ("Women's Aid", "the
// Children's Society"); or a singular one, not a country's, before a
// name that ends in a country and closes the phrase ("Alzheimer's
// Research UK said", "said Parkinson's UK.").
func possInName(toks []token, k int) bool {
	t := &toks[k]
	if titleOffice(toks, k) {
		return true
	}
	if !t.poss || !t.cap {
		return false
	}
	plural := strings.HasSuffix(t.text, "s'") || strings.HasSuffix(t.text, "s’")
	e := k + 1
	for e < len(toks) && e <= k+5 && toks[e].para == t.para && isNameWord(toks[e]) && !toks[e].poss {
		e++
	}
	if e == k+1 {
		return false
	}
	last := toks[e-1]
	switch {
	case plural:
		return last.in(lxOrgWords)
	case peoplePoss[t.low]:
		return noGivenName(toks[k+1 : e])
	}
	if e-k > 4 || t.in(lxCountries) || nationality(t.low) || !(last.text == "UK" || last.text == "USA" || last.in(lxCountries)) {
		return false
	}
	return e == len(toks) || toks[e].kind != tWord || toks[e].in(lxReportingVerbs) || toks[e].in(lxAuxiliaries) || toks[e].low == "and"
}

// titleOffice reports whether toks[k] is a title in the possessive before
// "Office" or "Department" ending a name: "the Prime Minister's Office",
// "the Prosecutor General's Office", "the Sheriff's Department".
func titleOffice(toks []token, k int) bool {
	t := &toks[k]
	if !t.poss || !t.cap || !t.in(lxTitles) || k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	if !n.cap || n.poss || n.para != t.para || n.low != "office" && n.low != "department" {
		return false
	}
	return k+2 >= len(toks) || !isNameWord(toks[k+2]) || toks[k+2].para != t.para
}

// pluralTitles are titles in the plural before the first of two names
// ("Justices Sanjay Kishan Kaul and Sudhanshu Dhulia", "Senators Ann Lee
// and Tom Hale"): titles, not part of the first name.
var pluralTitles = setOf("justices", "judges", "senators", "professors", "drs", "drs.")

// orgAdjectives are organisation words (orgWords) that are adjectives:
// opening a name, they qualify what follows ("United Teachers Los
// Angeles", "National Nurses United").
var orgAdjectives = setOf("united", "national", "international", "federal", "northern", "southern", "eastern", "western")

// peoplePoss are the plurals not in -s whose possessive opens
// organisations' names: "Women's Aid", "the People's Party".
var peoplePoss = setOf("women", "children", "men", "people")

// scanMentions walks the narrative once, registering every capitalised run
// as a mention of a person, an organisation, or a name of unknown kind.
// Lower-case role words before a name ("Taliban spokesman Zabihullah
// Mujahid") and appositions after it ("Zabihullah Mujahid, the Taliban's
// spokesman,") give the entity a role and mark it as a person.
func (r *registry) scanMentions(toks []token) {
	// The scan adds about one mention a run of name words: room for one
	// a name word spares the list its growing by doubling.
	names := 0
	for i := range toks {
		if toks[i].name {
			names++
		}
	}
	r.mentions = slices.Grow(r.mentions, names)
	r.reads = slices.Grow(r.reads, names*2/3) // about one run in three is of two name words or more
	r.names = slices.Grow(r.names, names)
	for i := 0; i < len(toks); {
		if i == 0 || toks[i-1].para != toks[i].para {
			// A title-case headline names no one reliably ("Trump Allies
			// Push for Quick Vote"); a dateline ("SAN MARCO, Italy —")
			// is a place.
			if end := headlineEnd(toks, i); end > i {
				i = end
				continue
			}
			if end := datelineEnd(toks, i); end > i {
				i = end
				continue
			}
			// "Image caption Tom Reed at the launch", "Photo: Ann Hall":
			// page clutter beside the story, no one in it.
			if end := captionEnd(toks, i); end > i {
				i = end
				continue
			}
		}
		// "Amir Khan speaks to the crowd. Photo: Jo Brady/PA": the
		// credit closing a caption names the photographer, no one in
		// the story.
		if toks[i].cap {
			if end := creditEnd(toks, i); end > i {
				i = end
				continue
			}
		}
		if !isNameWord(toks[i]) && !r.functionSurname(toks, i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].para == toks[i].para && (!toks[j-1].poss || possInName(toks, j-1)) && !toks[j].glued &&
			(isNameWord(toks[j]) || particleInName(toks, j) || orgOfName(toks, j) || orgOfThe(toks, j) || outletToday(toks, i, j)) {
			j++
		}
		// "Department of Health and Social Care", "Department for Work
		// and Pensions": an "and" inside an institution's object, before
		// words that are no person's name.
		if e := andInOrgName(toks, i, j); e > j {
			j = e
		} else if e := andBeforeOrgHead(toks, i, j); e > j && !r.knownPerson(toks[i:j]) {
			// (Not "Jones and Kent Police said" after "Dr Ann Jones".)
			j = e
			// "Securities and Exchange Board of India": the head's "of"
			// and its object are the name's too.
			for j+1 < len(toks) && orgOfName(toks, j) {
				j++
				for j < len(toks) && toks[j].para == toks[i].para && !toks[j-1].poss && isNameWord(toks[j]) {
					j++
				}
			}
		} else if e := listInOrgName(toks, i, j); e > j {
			j = e
		}
		if m := outletSplit(toks, i, j); m > 0 {
			r.registerRun(toks, i, m)
			i = m
		} else if m := r.placeSplit(toks, i, j); m > 0 {
			r.registerRun(toks, i, m)
			i = m
		}
		// (Not "Warren and Bernie Sanders" after "Elizabeth Warren": a
		// surname the article has given.)
		if coupleFirst(toks, i, j) && len(r.bySurname[r.surnameKey([]string{toks[i].bare()})]) == 0 {
			r.registerCoupleFirst(toks, i)
			i = j
			continue
		}
		r.registerRun(toks, i, j)
		i = j
	}
	r.anonPass = true
	r.scanAnon(toks)
	r.pronounChains(toks)
	r.anonPass = false
	r.resolveLedes(toks)
	r.scanned = true
}

// placeSplit returns where a person's name starts in the run toks[i:j]
// when a country, the object of a preposition, opens it with no comma
// before the subject's name ("Having lost to Spain McIlroy said",
// "Against Spain Rory McIlroy was brilliant"): the name after is a
// person's, by a given name, an honorific, or a surname the article gave
// a person before. It returns 0 otherwise ("against England Hockey",
// "Jean-Luc Melenchon of France Unbowed called").
func (r *registry) placeSplit(toks []token, i, j int) int {
	// (Not "passed to Georgia Stanway", "Jordan Henderson": a country
	// that is a given name too.)
	if j-i < 2 || i < 1 || !toks[i].cap || toks[i].poss || !toks[i].in(lxCountries) && !placeOpener(toks, i, j) || toks[i].glued || toks[i+1].para != toks[i].para || knownGiven(toks[i].text) && !dayNames[toks[i].low] {
		return 0
	}
	if p := toks[i-1]; p.kind != tWord || p.cap && !(i == 1 || toks[i-2].sent != p.sent || toks[i-2].kind == tEnd || toks[i-2].para != p.para) || !(p.in(lxPrepositions) || p.low == "to" || p.low == "against" || p.low == "over") || p.low == "and" || p.low == "of" || p.sent != toks[i].sent {
		return 0
	}
	for _, t := range toks[i+1 : j] {
		if t.in(lxOrgWords) || t.in(lxInstitutionHeads) || t.in(lxCountries) {
			return 0
		}
	}
	n := toks[i+1]
	if isFirstName(n) || givenNameGender(n.low) != 0 || knownGiven(n.text) || honorificOf(n) {
		return i + 1
	}
	// ("to Spain Rory McIlroy": two words no English word, a given name
	// the lists do not know and a surname.)
	if j == i+3 && !englishWord(n.low) && !englishWord(toks[i+2].low) && !isAcronym(n.text) && !isAcronym(toks[i+2].text) {
		return i + 1
	}
	// ("Having lost to Spain McIlroy said": a surname alone, no English
	// word, as the verb's subject.)
	if j == i+2 && !englishWord(n.low) && !isAcronym(n.text) && j < len(toks) && toks[j].kind == tWord && !toks[j].cap && toks[j].in(lxReportingVerbs) {
		return i + 1
	}
	if j == i+2 {
		for _, id := range r.bySurname[r.surnameKey([]string{n.bare()})] {
			if e := &r.ents[id]; !e.org && !e.anon && len(e.name) >= 2 {
				return i + 1
			}
		}
	}
	return 0
}

// outletToday reports whether toks[j], "Today", ends a news outlet's name
// after a country or letters ("USA Today", "India Today", "Russia
// Today"), not the adverb after a name ("Trump Today said" is not
// written; "said Reed. Today ..." ends the run at the full stop).
func outletToday(toks []token, i, j int) bool {
	return j == i+1 && toks[j].text == "Today" && toks[i].cap && !toks[i].poss &&
		(isAcronym(toks[i].text) || toks[i].in(lxCountries))
}

// coupleFirst reports whether the one-word run toks[i:j] is a given name
// that shares the surname of the full name after "and": "Ben and Amy
// Clarke", "Mohammed and Shamim Akhtar", a couple or siblings named
// together. The first is then a person of that surname ("Ben said" is Ben
// Clarke's, "Mr Akhtar" Mohammed Akhtar's), not a name of one word.
func coupleFirst(toks []token, i, j int) bool {
	if j != i+1 || j+3 > len(toks) || toks[j].low != "and" || toks[i].poss || toks[j].para != toks[i].para {
		return false
	}
	if givenNameGender(toks[i].low) == 0 || i > 0 && toks[i-1].para == toks[i].para && (toks[i-1].low == "the" || isNameWord(toks[i-1])) {
		return false
	}
	g, sur := toks[j+1], toks[j+2]
	if !isNameWord(g) || !isNameWord(sur) || g.para != toks[i].para || sur.para != toks[i].para || g.poss || g.glued || sur.glued {
		return false
	}
	if sur.in(lxOrgWords) || sur.in(lxInstitutionHeads) || g.in(lxTitles) {
		return false
	}
	return j+3 == len(toks) || !isNameWord(toks[j+3]) || toks[j+3].para != toks[i].para || sur.poss
}

// registerCoupleFirst registers the given name toks[i] of coupleFirst with
// the surname of the name after "and".
func (r *registry) registerCoupleFirst(toks []token, i int) {
	name := []string{toks[i].bare(), toks[i+3].bare()}
	g := givenNameGender(toks[i].low)
	id := r.lookupG(name, toks[i].s, g)
	e := &r.ents[id]
	e.person, e.maybe = true, false
	if e.gender == 0 {
		e.gender = g
	}
	r.mentionW(id, toks[i].s, toks[i].sent, inFrontedPhrase(toks, i) || inAside(toks, i))
}

// andInOrgName returns where an institution's name ends when the run
// toks[i:j] is an institution and its object ("Department of Health",
// "Department for Work") and an "and" with one to three more name words
// that are no person's follows: "Department of Health and Social Care".
// It returns j otherwise.
func andInOrgName(toks []token, i, j int) int {
	if j+1 >= len(toks) || toks[j].low != "and" || toks[j].para != toks[i].para || toks[j-1].poss {
		return j
	}
	inst := false
	for k := i + 1; k+1 < j; k++ {
		if orgOfName(toks, k) {
			inst = true
		}
	}
	if !inst {
		return j
	}
	e := j + 1
	for e < len(toks) && e <= j+3 && isNameWord(toks[e]) && toks[e].para == toks[j].para && !toks[e-1].poss {
		e++
	}
	if e == j+1 || e <= len(toks)-1 && isNameWord(toks[e]) || readRun(toks[j+1:e]).person {
		return j
	}
	return e
}

// listInOrgName returns where an institution's name ends when the run
// toks[i:j] opens a list of name words joined by commas and a last "and"
// that is its name: the run holds an institution's object ("Ministry of
// Housing, Communities and Local Government", "Department for Science,
// Innovation and Technology") or, one or two words with no given name,
// the list ends in an institution's head ("Foreign, Commonwealth and
// Development Office"). It returns j otherwise.
func listInOrgName(toks []token, i, j int) int {
	if j >= len(toks) || toks[j].low != "," || toks[j-1].poss || j-i > 6 {
		return j
	}
	p := j
	for items := 0; items < 3; items++ {
		e := p + 1
		for e < len(toks) && e <= p+3 && isNameWord(toks[e]) && !toks[e].poss && toks[e].para == toks[i].para {
			e++
		}
		if e == p+1 || e >= len(toks) || !noGivenName(toks[p+1:e]) {
			return j
		}
		switch toks[e].low {
		case ",":
			p = e
			continue
		case "and":
		default:
			return j
		}
		f := e + 1
		for f < len(toks) && f <= e+6 && isNameWord(toks[f]) && !toks[f].poss && toks[f].para == toks[i].para {
			f++
		}
		if f == e+1 || f < len(toks) && isNameWord(toks[f]) {
			return j
		}
		inst := false
		for k := i + 1; k < j; k++ {
			inst = inst || orgOfName(toks, k)
		}
		if inst || j-i <= 2 && toks[f-1].in(lxInstitutionHeads) && noGivenName(toks[i:j]) && !readRun(toks[i:j]).person {
			return f
		}
		return j
	}
	return j
}

// knownPerson reports whether the name run is a person the article named
// before, by surname or given name.
func (r *registry) knownPerson(run []token) bool {
	key := surnameFold(run[len(run)-1].text)
	for _, id := range r.bySurname[key] {
		if r.ents[id].person {
			return true
		}
	}
	for _, id := range r.byFirst[foldName(run[0].text)] {
		if r.ents[id].person {
			return true
		}
	}
	return false
}

// andBeforeOrgHead returns where an organisation's name ends when the run
// toks[i:j], one or two words and no person's, is joined by "and" to one
// to three name words that end in an organisation's head: "Food and Drug
// Administration", "Securities and Exchange Commission", "Health and
// Safety Executive". It returns j otherwise.
func andBeforeOrgHead(toks []token, i, j int) int {
	if j-i > 2 || j+1 >= len(toks) || toks[j].low != "and" || toks[j].para != toks[i].para || toks[j-1].poss {
		return j
	}
	// (Up to six words: "East Suffolk and North Essex NHS Foundation
	// Trust"; past one more "and" inside: "Dorset and Wiltshire Fire and
	// Rescue Service".)
	e := j + 1
	for e < len(toks) && e <= j+6 && toks[e].para == toks[j].para && !toks[e-1].poss &&
		(isNameWord(toks[e]) || toks[e].low == "and" && e > j+1 && e+1 < len(toks) && isNameWord(toks[e+1]) && toks[e-1].low != "and") {
		e++
	}
	// "Pharmaceutical Research and Manufacturers of America"
	if e > j+1 && e+1 < len(toks) && membersOfAmerica(toks, e) && !readRun(toks[i:j]).person && noGivenName(toks[i:j]) {
		return e + 2
	}
	if e == j+1 || e < len(toks) && isNameWord(toks[e]) && toks[e].para == toks[j].para || toks[e-1].low == "and" {
		return j
	}
	if j == i+1 && e == j+3 && countyForce(toks, i) {
		return e
	}
	// ("Queensland Fire and Emergency Services": "services" too.)
	if h := toks[e-1].low; !institutionHeads[h] && h != "administration" && h != "executive" && h != "services" || toks[e-1].poss {
		return j
	}
	if readRun(toks[i:j]).person || !noGivenName(toks[i:j]) {
		return j
	}
	return e
}

// countyForce reports whether toks[i:i+4] is a police force named for two
// counties, one word each: "Avon and Somerset Police", "Devon and Cornwall
// Constabulary" (though "Devon" is a given name too).
func countyForce(toks []token, i int) bool {
	if i+3 >= len(toks) || toks[i+1].low != "and" {
		return false
	}
	for _, t := range toks[i : i+4] {
		if t.para != toks[i].para || t.poss || t.low != "and" && !isNameWord(t) {
			return false
		}
	}
	h := toks[i+3].low
	return h == "police" || h == "constabulary"
}

// roleAcronym reports whether t is a role written as capitals ("MP",
// "MEP", "CEO") or their plural ("MPs").
func roleAcronym(t token) bool {
	w := strings.TrimSuffix(t.text, "s")
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	low := t.low[:len(w)] // t.low is t.text in lower case (ASCII here)
	return personRoles[low] || acronymRoles[low]
}

// qualifiersOnly reports whether toks are only words qualifying a role
// before it: a party ("Tory", "Labour"), a nationality or a place's people.
func qualifiersOnly(toks []token) bool {
	for _, t := range toks {
		if !t.in(lxPartyMembers) && !t.in(lxPartyNames) && !nationality(t.low) && !demonym(t.low) {
			return false
		}
	}
	return true
}

// partyNames are parties named by a word that qualifies a role ("a Labour
// MP", "an SNP MSP").
var partyNames = setOf("labour", "tory", "tories", "conservative", "lib", "dem", "snp", "plaid", "dup",
	"sinn", "fein", "féin", "green", "reform", "ukip", "democratic", "republican", "gop", "liberal",
	// "AAP convener Arvind Kejriwal ... the BJP leader said", "Labor
	// leader Sam Price ... the Greens leader said": parties of India,
	// Australia and elsewhere by their short names.
	"bjp", "aap", "trinamool", "tmc", "dmk", "aiadmk", "bsp", "rjd", "ncp", "labor", "greens", "likud", "anc", "ndp")

// acronymRoles are roles written in capitals that personRoles lacks.
var acronymRoles = setOf("mep", "msp", "mla", "td", "cfo", "coo", "cto", "gp",
	// "MD and CEO Salil Rao", as Indian business pages write a
	// managing director
	"md",
	// Singapore's "SM Lee" (Senior Minister) and "DPM Gan" (Deputy Prime
	// Minister)
	"sm", "dpm")

// insideOrg reports whether toks[k] lies inside the name of an
// organisation the mention scan registered ("and" in "Department of Health
// and Social Care").
func (r *registry) insideOrg(toks []token, k int) bool {
	for s := k - 1; s >= 0 && s >= k-8 && toks[s].para == toks[k].para; s-- {
		if id := r.mentionAt(toks[s].s); id >= 0 {
			e := &r.ents[id]
			return e.org && s+len(e.name) > k
		}
	}
	return false
}

// outletSplit returns where a broadcaster's or paper's name ends inside the
// capitalised run toks[i:j] when a speaker's name follows it with no comma
// and a verb of speech closes the run: "Speaking on Sky News Malthouse
// said", "Talking to ITV News Kit Malthouse added", "Writing in the Daily
// Mail Tom Reed argued". It returns 0 when the run is one name ("Fox News
// Channel said", "Sky News reported") or no outlet opens it after a
// preposition.
func outletSplit(toks []token, i, j int) int {
	if j >= len(toks) || j-i < 2 || toks[j].para != toks[i].para || !toks[j].in(lxReportingVerbs) {
		return 0
	}
	p := i - 1
	if p >= 0 && toks[p].low == "the" {
		p--
	}
	if p < 0 || toks[p].para != toks[i].para || toks[p].cap {
		return 0
	}
	switch toks[p].low {
	case "on", "to", "in", "with", "from", "for":
	default:
		return 0
	}
	// "Minister for Transport Sun Xueling said": a minister's portfolio,
	// no outlet.
	if afterTitleObject(toks, i) {
		return 0
	}
	for m := i + 1; m < j && m <= i+4; m++ {
		if outletHeads[toks[m-1].low] && j-m <= 3 && !outletHeads[toks[m].low] && !toks[m-1].poss {
			return m
		}
	}
	return 0
}

// outletHeads end the names of broadcasters and papers ("Sky News", "BBC
// Radio", "the Daily Telegraph").
var outletHeads = setOf("news", "radio", "tv", "television", "times", "post", "journal", "telegraph",
	"guardian", "herald", "mail", "express", "mirror", "independent", "observer", "tribune",
	"gazette", "chronicle", "standard", "sun", "star", "online", "magazine", "podcast", "cnn",
	"bbc", "itv", "msnbc", "cnbc", "npr", "abc", "cbs", "nbc", "fox")

// particleInName reports whether toks[j] is a lower-case particle inside
// a name, one or two of them before a name word: "Ludwig van Beethoven",
// "Ana de la Cruz".
func particleInName(toks []token, j int) bool {
	for n := j; n < len(toks) && n < j+2 && toks[n].in(lxNameParticles) && !toks[n].cap; n++ {
		if n+1 < len(toks) && isNameWord(toks[n+1]) {
			return true
		}
	}
	return false
}

// productRecall reports whether toks[j], a form of "recall", takes back
// goods rather than remembers: a quantity or the firm's own goods follow
// ("Tesla recalled 2 million cars", "recalled its SUVs", "recalling
// thousands of ovens").
func productRecall(toks []token, j int) bool {
	if !strings.HasPrefix(toks[j].low, "recall") || j+1 >= len(toks) || toks[j+1].sent != toks[j].sent {
		return false
	}
	n := toks[j+1].low
	if n != "" && n[0] >= '0' && n[0] <= '9' || countWords[n] {
		return true
	}
	switch n {
	case "its", "their", "about", "nearly", "almost", "more", "over", "some", "all", "thousands", "hundreds", "millions", "dozens", "batches":
		return true
	}
	return false
}

// orgOfName reports whether toks[j] is an "of" inside an organisation's
// name ("Department of Health", "Bank of England"): after an organisation
// word of the run, before another name word, as parseBack reads it.
// So is a "for" or an "on" after an institution's head ("Department for
// Education", "Institute for Fiscal Studies", "Council on Foreign
// Relations").
func orgOfName(toks []token, j int) bool {
	// (And an "of" after the object "for the Coordination" of an
	// institution: "Office for the Coordination of Humanitarian Affairs".)
	ok := toks[j].low == "of" && j > 0 && (toks[j-1].in(lxOrgWords) || j >= 2 && toks[j-2].low == "the" && orgOfThe(toks, j-2)) ||
		(toks[j].low == "for" || toks[j].low == "on") && j > 0 && toks[j-1].in(lxInstitutionHeads) && toks[j-1].cap ||
		campaignTo(toks, j) || membersOfAmerica(toks, j)
	// (Not a date: "the Committee on Monday".)
	return ok && j+1 < len(toks) && !toks[j-1].poss && isNameWord(toks[j+1]) && toks[j+1].para == toks[j].para &&
		(toks[j].low != "on" || !toks[j+1].in(lxDayNames) && !toks[j+1].in(lxMonthNames))
}

// membersOfAmerica reports whether "of" at toks[j] joins a body's members,
// a capitalised plural, to "America": "Boy Scouts of America", "Independent
// Community Bankers of America", "Pharmaceutical Research and Manufacturers
// of America" (not a party's: "Democrats of America").
func membersOfAmerica(toks []token, j int) bool {
	if toks[j].low != "of" || j == 0 || j+1 >= len(toks) || toks[j+1].low != "america" || !toks[j+1].cap {
		return false
	}
	p := toks[j-1]
	if p.kind != tWord || !p.cap || p.poss || len(p.low) <= 3 || !strings.HasSuffix(p.low, "s") || strings.HasSuffix(p.low, "ss") ||
		partyPlural(p) || pluralDemonym(p.low) || p.para != toks[j].para {
		return false
	}
	// (Not "Ann Jones of America First Legal", "said Jones of America
	// ...": a person's surname, after a given name or alone; nor a name
	// going on past "America".)
	if j < 2 || toks[j-2].para != toks[j].para {
		return false
	}
	b := toks[j-2]
	the := j >= 3 && toks[j-3].low == "the"
	if b.low != "the" && !(b.low == "and" && j >= 3 && isNameWord(toks[j-3]) && !toks[j-3].poss) && (!isNameWord(b) || b.poss || honorificOf(b) || (isFirstName(b) || givenNameGender(b.low) != 0) && !the) {
		return false
	}
	return j+2 >= len(toks) || !isNameWord(toks[j+2]) || toks[j+2].para != toks[j].para
}

// campaignTo reports whether "to" at toks[j] joins an institution's head
// to the cause it names, a verb in capitals: "Committee to Protect
// Journalists", "Campaign to Protect Rural England", "Coalition to Stop
// Gun Violence".
func campaignTo(toks []token, j int) bool {
	return toks[j].low == "to" && j > 0 && j+2 < len(toks) && toks[j-1].in(lxInstitutionHeads) && toks[j-1].cap &&
		causeVerbs[toks[j+1].low] && toks[j+1].cap && isNameWord(toks[j+2]) && toks[j+2].para == toks[j].para
}

// causeVerbs open the cause in a campaign's name after "to".
var causeVerbs = setOf("protect", "stop", "end", "save", "elect", "defend", "free", "ban", "abolish", "prevent",
	"restore", "fight", "keep", "reform", "support", "promote")

// titleWordsOnly reports whether the run toks is made of title words
// only, the last a person's role or occupation, none in the possessive:
// "First Minister", "Foreign Secretary", "Treasurer".
func titleWordsOnly(toks []token) bool {
	for k := range toks {
		if !toks[k].in(lxTitles) || toks[k].poss {
			return false
		}
	}
	w := toks[len(toks)-1].low
	return personRoles[w] || occupations[w]
}

// orgOfThe reports whether toks[j] is the "of" or "for" of an
// institution's name that goes on with "the" and another name word, or
// that "the": "Institute for the Study of War", "Office of the UN High
// Commissioner", "Department of the Treasury", "General Staff of the Armed
// Forces".
func orgOfThe(toks []token, j int) bool {
	if toks[j].low == "the" {
		return !toks[j].cap && j > 0 && orgOfThe(toks, j-1)
	}
	if toks[j].low != "of" && toks[j].low != "for" || j == 0 || j+2 >= len(toks) {
		return false
	}
	h, the, n := &toks[j-1], &toks[j+1], &toks[j+2]
	return h.cap && !h.poss && (h.in(lxInstitutionHeads) || generalStaff(toks, j-1)) &&
		the.low == "the" && !the.cap && isNameWord(*n) && n.sent == toks[j].sent && n.para == toks[j].para &&
		!n.in(lxDayNames) && !n.in(lxMonthNames)
}

// generalStaff reports whether toks[k] is the "Staff" of a military
// command's name: "General Staff", "Joint Staff", "Defence Staff".
func generalStaff(toks []token, k int) bool {
	if toks[k].low != "staff" || !toks[k].cap || k == 0 || !toks[k-1].cap {
		return false
	}
	switch toks[k-1].low {
	case "general", "joint", "defence", "defense":
		return true
	}
	return false
}

// pronounChains reads, in order, every "he"/"she" that is the subject of a
// clause in the narrative and, when it clearly refers to one person,
// registers it as a mention of that person. A later pronoun then finds the
// person the narrative is about even when others were named in between:
// ""The mission I did ...," Stafford responded. He then referred to
// Cooke's earlier testimony ... "...," he concluded."
func (r *registry) pronounChains(toks []token) {
	// The last pronoun of each gender registered, to go on from past the
	// sentences personBefore looks back over.
	var last [2]struct{ id, k int }
	last[0].id, last[1].id = -1, -1
	for k, t := range toks {
		if t.kind != tWord || (t.low != "he" && t.low != "she") || !subjectSlot(toks, k) {
			continue
		}
		g, gi := byte('m'), 0
		if t.low == "she" {
			g, gi = 'f', 1
		}
		id := r.personBefore(t.s, t.sent, g, -1, afterParaphrase(toks, k) || afterPartialClause(toks, k))
		fits := id >= 0 && r.ents[id].person && !r.ents[id].anon && (r.ents[id].gender == g || r.ents[id].gender == 0)
		if !fits && last[gi].id >= 0 && r.chainGoesOn(toks, last[gi].k, k, g) {
			// "He would tell us, he said "..."" / [a question, an answer
			// about punishment, over ten sentences with no one else in
			// them] / "When we got older, he gave us a lot of freedom.":
			// the same person still.
			id = last[gi].id
		}
		if id < 0 || !r.ents[id].person || r.ents[id].anon || r.ents[id].gender != g && r.ents[id].gender != 0 ||
			r.rival(t.s, t.sent, g, id) {
			continue
		}
		r.mention(id, t.s, t.sent)
		last[gi].id, last[gi].k = id, k
	}
}

// firstPersonI reports whether w is "I" or a contraction of it ("I’m",
// "I'd"): the speaker of an interview's answer, no one the narrative
// names.
func firstPersonI(w string) bool {
	return w == "i" || strings.HasPrefix(w, "i’") || strings.HasPrefix(w, "i'")
}

// chainGoesOn reports whether a he/she (gender g) at toks[k] that no one
// named in the sentences before refers to goes on from the same pronoun at
// toks[p], registered for someone: at most fifteen sentences on, with no
// one between whom it could mean instead (a name of a person, a person
// described whose role fits the gender).
func (r *registry) chainGoesOn(toks []token, p, k int, g byte) bool {
	if toks[k].sent-toks[p].sent > 15 || k-p > 600 {
		return false
	}
	for j := p + 1; j < k; j++ {
		t := toks[j]
		if t.kind != tWord {
			continue
		}
		if isNameWord(t) && !firstPersonI(t.low) {
			if m := r.mentionAt(t.s); m >= 0 && !r.ents[m].org && (r.ents[m].gender == 0 || r.ents[m].gender == g) {
				return false
			}
			continue
		}
		if ok, plural := personNoun(t.low); ok && !plural && genderFits(g, t.low) {
			return false
		}
	}
	return true
}

// afterParaphrase reports whether the pronoun toks[k] follows a comma
// closing a sentence of reported speech with no quotation in it ("Taking
// Archie outside is his favorite activity, he said").
func afterParaphrase(toks []token, k int) bool {
	if k < 4 || toks[k-1].low != "," {
		return false
	}
	n := 0
	for j := k - 2; j >= 0 && toks[j].para == toks[k].para && toks[j].kind != tEnd; j-- {
		if toks[j].kind == tQuote {
			return false
		}
		n++
	}
	return n >= 3 && !frontedAfterAnd(toks, k-1) && !frontedSubordinate(toks, k)
}

// frontedSubordinate reports whether the comma before the pronoun
// toks[k] closes a clause of time or condition that opens the sentence,
// with no other comma in it ("After Andrew Kell announced his
// retirement, he said the force was "in good hands""), and the
// pronoun's verb goes on into what it reports rather than closing the
// sentence or a parenthesis (not "Because Kell quit, he said, the force
// was weak"). The pronoun is the main clause's subject; whom it means is
// found as for any other, the clause's subject first.
func frontedSubordinate(toks []token, k int) bool {
	c := k - 1
	s := c - 1
	for s > 0 && toks[s-1].para == toks[k].para && toks[s-1].kind != tEnd {
		s--
		// (An apposition's commas: "the police chief, Andrew Kell,".)
		if t := toks[s]; t.kind != tWord && !(t.low == "," && s > 0 && s+1 < c && (isNameWord(toks[s+1]) || isNameWord(toks[s-1]))) {
			return false
		}
	}
	// "Soon after", "Two weeks before".
	for n := 0; n < 3 && s+1 < c && (timeDegree[toks[s].low] || countWords[toks[s].low]); n++ {
		s++
	}
	if o := toks[s]; !timeSubordinators[o.low] ||
		!o.cap && !timeDegree[toks[max(s-1, 0)].low] && !countWords[toks[max(s-1, 0)].low] {
		return false
	}
	// The clause has a named subject ("After Andrew Kell announced", "Soon
	// after the police chief, Andrew Kell, announced"), not a participle
	// ("When asked about Henderson,").
	named := false
	for j := s + 1; j < c && j <= s+6; j++ {
		t := &toks[j]
		if isNameWord(*t) {
			named = true
			break
		}
		if t.kind == tWord && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || t.in(lxReportingVerbs)) {
			return false
		}
	}
	if !named {
		return false
	}
	v := k + 1
	if v < len(toks) && toks[v].in(lxSkipBeforeVerb) {
		v++
	}
	if v+1 >= len(toks) || toks[v].para != toks[k].para || toks[v].kind != tWord || toks[v].cap {
		return false
	}
	n := toks[v+1]
	return n.para == toks[k].para && n.kind != tEnd && n.low != "," && n.low != ";"
}

// frontedAfterAnd reports whether the comma toks[c] closes a phrase of
// place or time fronted in a clause joined by "and" or "but" ("Hale spoke
// in Ohio, and in Toledo on Wednesday night, she told voters"): a
// preposition or a word of time opens it, it has no verb, and the
// pronoun after the comma is that clause's subject, not the teller of a
// paraphrase.
func frontedAfterAnd(toks []token, c int) bool {
	s := c - 1
	for s > 0 && c-s <= 8 && toks[s-1].para == toks[c].para && toks[s-1].kind == tWord && toks[s-1].low != "and" && toks[s-1].low != "but" {
		s--
	}
	if s < 2 || s >= c || (toks[s-1].low != "and" && toks[s-1].low != "but") || toks[s-2].low != "," {
		return false
	}
	if o := toks[s]; o.cap || !(o.in(lxPrepositions) || introWords[o.low] || timeIntroWords[o.low]) {
		return false
	}
	for j := s; j < c; j++ {
		if t := &toks[j]; t.in(lxAuxiliaries) || t.in(lxPassiveAux) || t.in(lxReportingVerbs) || strings.HasSuffix(t.low, "ed") {
			return false
		}
	}
	return true
}

// afterPartialClause reports whether the pronoun toks[k] follows a
// quotation that completes a clause opened in its sentence, with no comma
// before it ("What Page was doing was "completely ridiculous," he said"):
// the words before the quotation are what the pronoun reports, so a person
// they name is not the pronoun's referent, as in "Page was doing it
// wrong, he said" (but "When Reed met the mayor, it was "a disaster," he
// said" may be Reed's).
func afterPartialClause(toks []token, k int) bool {
	// The quotation goes on from a word of the clause ("was", "called"),
	// not after a dash or a colon.
	if k < 3 || toks[k-1].kind != tQuote || toks[k-1].para != toks[k].para || toks[k-2].kind != tWord || toks[k-2].para != toks[k].para {
		return false
	}
	n := 0
	for j := k - 2; j >= 0 && toks[j].para == toks[k].para && toks[j].kind != tEnd; j-- {
		if toks[j].kind != tWord {
			return false
		}
		n++
	}
	return n >= 3
}

// subjectSlot reports whether the pronoun toks[k] is the subject of a
// clause: it opens a sentence, follows a quotation, a comma or a
// conjunction, and a lower-case word (its verb) follows.
func subjectSlot(toks []token, k int) bool {
	n := k + 1
	if n >= len(toks) || toks[n].para != toks[k].para || toks[n].kind != tWord || toks[n].cap {
		return false
	}
	switch toks[n].low {
	case "and", "or", "who", "whom", "herself", "himself":
		return false
	}
	if k == 0 || toks[k-1].para != toks[k].para {
		return true
	}
	switch p := toks[k-1]; {
	case p.kind == tEnd || p.kind == tQuote && !p.weak:
		return true
	case p.low == "," || p.low == "and" || p.low == "but" || p.low == "then":
		return true
	}
	return false
}

// partyNamePerson reports whether the words after a party noun read as a
// person's name: capitalised words, none naming an organisation or a
// party ("Republican National Committee", "Democrat Party") or a title.
func partyNamePerson(toks []token) bool {
	for k, t := range toks {
		if t.kind != tWord || !t.cap || t.in(lxOrgWords) || t.in(lxInstitutionHeads) || t.in(lxPartyNames) || t.in(lxPartyMembers) || t.in(lxTitles) || t.poss && k < len(toks)-1 {
			return false
		}
	}
	return true
}

// demonymBeforeName reports whether toks[i], a word for a nationality or
// a people, describes the person named by the rest of the run: a noun of
// one ("Spaniard", "Frenchman", "Briton") before any person's name, an
// adjective ("Kenyan", "American") only before a given name and a
// surname ("Kenyan Ruth Chepkoech", not "Australian Open", "American
// Airlines"). Not a given name itself ("Finn Russell", "Christian
// Pulisic", "Norman Foster").
func demonymBeforeName(toks []token, i int) bool {
	t := toks[i]
	if !t.cap || isFirstName(t) || !partyNamePerson(toks[i+1:]) {
		return false
	}
	w := t.low
	listed := demonyms[w] || demonymNoun(w)
	// (A name only the US births list knows, "Kenyan", "Briton", is no
	// given name when it is a listed demonym; "Kylian" is.)
	if g := givenNameGender(w); g != 0 && (!listed || usGender(w) == 0) {
		return false
	}
	if demonymNoun(w) {
		return true
	}
	// ("Janeese Lewis George": "-ese" ends names too; only listed ones.)
	adj := demonyms[w] || len(w) > 5 && (strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean")) && !nonDemonyms[w]
	return adj && len(toks)-i >= 3 && (isFirstName(toks[i+1]) || givenNameGender(toks[i+1].low) != 0)
}

// demonymNoun reports whether w (lower case) is a noun for a person of a
// people, never an adjective ("spaniard", "briton", "frenchwoman").
func demonymNoun(w string) bool {
	if demonymNouns[w] {
		return true
	}
	for _, suf := range []string{"man", "woman"} {
		if b, ok := strings.CutSuffix(w, suf); ok && (demonyms[b] || b == "scots" || b == "yorkshire" || b == "cornish" || b == "ulster") {
			return true
		}
	}
	return false
}

// compoundDemonym reports whether toks[i:i+2] is a word for a people in
// two words ("Northern Irishman", "South African", "New Zealander", "Sri
// Lankan"), which "the" before makes a description of a person ("...,"
// the Northern Irishman said"), never a name.
func compoundDemonym(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i].cap || !toks[i+1].cap || toks[i].poss || !demonymFirsts[toks[i].low] || toks[i+1].para != toks[i].para {
		return false
	}
	w := strings.TrimRight(toks[i+1].low, "'’s")
	return demonym(w) || demonymSeconds[w]
}

var (
	demonymFirsts  = setOf("north", "northern", "south", "southern", "east", "eastern", "west", "western", "new", "sri", "puerto", "costa", "saudi", "central")
	demonymSeconds = setOf("zealander", "lankan", "rican", "african", "american", "irishman", "irishwoman", "ossetian", "sudanese", "korean", "timorese")
)

// placeQualified reports whether low, a lower-cased word, is a place or
// people joined by a hyphen to "born", "raised", "based" or "bred"
// ("norwegian-born", "london-based"); placeQualifier returns the place or
// people.
func placeQualified(low string) bool { return placeQualifier(low) != "" }

func placeQualifier(low string) string {
	i := strings.LastIndexByte(low, '-')
	if i <= 0 {
		return ""
	}
	switch low[i+1:] {
	case "born", "raised", "based", "bred":
		return low[:i]
	}
	return ""
}

var demonymNouns = setOf("spaniard", "briton", "brit", "scot", "swede", "dane", "finn", "pole", "turk",
	"serb", "croat", "kiwi", "aussie", "kosovar", "londoner", "scouser", "geordie", "dubliner",
	"aucklander", "queenslander", "sydneysider", "muscovite", "parisian", "glaswegian", "mancunian")

// registerRun records toks[i:j] as a mention and returns its entity, or -1.
func (r *registry) registerRun(toks []token, i, j int) int {
	if j == i+1 && i > 0 && toks[i-1].low == "the" && (demonym(toks[i].low) || toks[i].in(lxPartyMembers)) {
		return -1
	}
	// "the Northern Irishman said", "the South African": a people's
	// word in two.
	if j == i+2 && i > 0 && toks[i-1].low == "the" && compoundDemonym(toks, i) {
		return -1
	}
	// "the three-term Democrat", "a freshman Republican": a member
	// described, no name.
	if j == i+1 && i > 1 && toks[i].in(lxPartyMembers) && partyLead(toks, i) < i-1 {
		return -1
	}
	// "The Arizona Democrat said the talks convinced her", "the New York
	// Democrat said": a member described by state or city, no name (not
	// a person called "Arizona Democrat" whom "she" then takes up).
	if j-i >= 2 && toks[j-1].in(lxPartyMembers) {
		if _, ok := partyMember(toks, toks[i:j], i, j); ok {
			return -1
		}
	}
	// "urged Britons to stick to the rules. He said": a people, not a
	// person a pronoun can take up.
	if j == i+1 && pluralDemonym(toks[i].low) {
		return -1
	}
	// "the Bishop", "The Mayor of Dunmore": a title alone after "the"
	// describes someone; it is not a name.
	if j == i+1 && i > 0 && toks[i-1].low == "the" && toks[i].in(lxTitles) && toks[i].in(lxPersonRoles) && !toks[i].poss {
		return -1
	}
	// "a spokeswoman for the First Minister", "a spokesman for the
	// Treasurer": title words alone after "the" describe someone too.
	if i > 0 && toks[i-1].low == "the" && titleWordsOnly(toks[i:j]) {
		return -1
	}
	// "the Rae Bareli MP said", "the Wayanad MP": a seat's place before
	// a role in capitals after "the" describes the member; the place
	// names no one who speaks.
	if j-i >= 2 && j-i <= 3 && i > 0 && toks[i-1].low == "the" && roleAcronym(toks[j-1]) && !toks[j-1].poss && !toks[j-2].poss {
		return -1
	}
	// "CS Murkomen", "CJ Koome": a role in capitals before a surname the
	// article has given is the person's title, as "Cabinet Secretary"
	// would be (but "CJ McCollum" named first is a given name's initials).
	// (The reading is kept for the whole run, which the cues read again.)
	acr := -1
	// ("SM Lee" after "Lee Hsien Loong": a family name printed first.)
	if j == i+2 && roleAcronym(toks[i]) && !toks[i].poss && (len(r.bySurname[r.surnameKey([]string{toks[i+1].bare()})]) > 0 || len(r.byFirst[foldName(toks[i+1].bare())]) > 0) {
		acr = i
		i++
	}
	// "Deputy Director of Public Prosecution Eva-Marie Persson": the
	// title's object is not part of the name.
	// (Not "a spokesperson for the Department of Health": an
	// institution's name, no title.)
	// (Past the object, a known given name opens a person's name though
	// its last word is an organisation's: "Minister for Trade and Industry
	// Tom Hall".)
	titled, titleAt := false, -1
	if j-i >= 3 && afterTitleObject(toks, i) && !(toks[i].in(lxOrgWords) && (toks[i+1].low == "of" || toks[i+1].low == "for")) {
		if s := titleObjectEnd(toks, i, j); !toks[j-1].in(lxOrgWords) || isFirstName(toks[s]) {
			titleAt = titleBeforeObject(toks, i)
			i = s
			titled = true
		}
	}
	// "carmaker Stellantis", "the streaming giant Netflix", "Chipmaker
	// Nvidia said": a name after a noun for an organisation is one (but
	// "Charity Commission" is a name).
	orgNoun, kindOrg := "", false
	// "Developer Castlegate Homes": a name of two words or more past the
	// noun may end in an organisation's word.
	if j > i+1 && (i == 0 || toks[i-1].kind == tEnd || toks[i-1].para != toks[i].para) && toks[i].in(lxLeadOrgNouns) && (!toks[j-1].in(lxOrgWords) || j > i+2 && !toks[i+1].in(lxOrgWords)) {
		orgNoun = toks[i].low
		i++
	} else if i > 0 && toks[i-1].kind == tWord && !toks[i-1].cap && toks[i-1].para == toks[i].para &&
		(toks[i-1].in(lxLeadOrgNouns) || toks[i-1].in(lxOrgNounsBefore)) {
		orgNoun = toks[i-1].low
	} else if i > 1 && toks[i-1].kind == tWord && !toks[i-1].cap && toks[i-1].para == toks[i].para && qualifiedOrgNouns[toks[i-1].low] &&
		toks[i-2].kind == tWord && toks[i-2].para == toks[i].para && !toks[i-2].poss && !determiner(toks[i-2].low) && (!toks[i-2].cap || nationality(toks[i-2].low) || toks[i-1].low == "agency" && umbrellaLetters[toks[i-2].text]) &&
		!toks[i-2].in(lxPrepositions) && !toks[i-2].in(lxReportingVerbs) {
		// "French luxury group Maison Orlane", "mining company Coolabah",
		// "the EU agency Frontex":
		// a word saying what kind before the noun (not "the company Smith
		// founded", a clause), though the name opens with a given name.
		orgNoun, kindOrg = toks[i-1].low, true
	} else if j < len(toks) && toks[j].low == "party" && !toks[j].cap && toks[j].para == toks[i].para && i > 0 && (toks[i-1].low == "the" || toks[i-1].poss) {
		// "the Likud party", "Netanyahu's Likud party": a party's name.
		orgNoun = "party"
	}
	ni := readRunIn(toks[i:j], &r.names)
	// "Kenneth Lord ... Lord said", "Paul Herr ... Herr said": an
	// honorific's word alone is the surname of one named before (see
	// readRun: after a given name it is the surname).
	if len(ni.name) == 0 && j == i+1 && honorificOf(toks[i]) && len(r.bySurname[surnameFold(toks[i].text)]) > 0 {
		ni.name, ni.person = words(toks[i:j]), true
	}
	// "a broken leg on Bank Street", "lives off Tom Lane": a name ending
	// in a street's word after a preposition of place is the street's,
	// though its first word is a given name.
	if (ni.person || ni.maybe) && !ni.org && j > i+1 && i > 0 && streetHeads[toks[j-1].low] && !toks[j-1].poss &&
		toks[i-1].kind == tWord && !toks[i-1].cap && streetPreps[toks[i-1].low] && !honorificOf(toks[i]) && !toks[i].in(lxTitles) {
		ni.person, ni.maybe, ni.gender, ni.roles = false, false, 0, nil
	}
	// (A name a title and its object precede is a person's, though no
	// list knows its given name: "Minister for Information and
	// Broadcasting Attaullah Tarar".)
	if titled && !ni.org && len(ni.name) >= 2 {
		ni.person = true
	}
	if acr >= 0 {
		ni.person = true
		ni.roles = append(ni.roles[:len(ni.roles):len(ni.roles)], toks[acr].low)
		r.reads = append(r.reads, runRead{toks[acr].s, j - acr, ni})
	}
	r.reads = append(r.reads, runRead{toks[i].s, j - i, ni})
	// "Energy bills tripled.", "Market turmoil deepened.": a common
	// noun opening the sentence before the noun it qualifies, no name,
	// though organisations' names hold it.
	if j == i+1 && ni.org && sentenceOpener(toks, i) && commonOrgNoun(toks[i]) && j < len(toks) && toks[j].kind == tWord && !toks[j].cap &&
		toks[j].sent == toks[i].sent && !toks[j].in(lxReportingVerbs) && !toks[j].in(lxAuxiliaries) && !toks[j].in(lxPastVerbs) {
		return -1
	}
	if formerDescription(toks, i, ni) {
		return -1
	}
	// (A name of two words or more may be a person's: "NBA giant
	// Shaquille O'Neal".)
	if orgNoun != "" && (ni.person || ni.maybe) && !(kindOrg && len(ni.roles) == 0) {
		orgNoun = ""
	}
	if orgNoun != "" {
		ni.org = true
		if kindOrg {
			ni.person, ni.maybe, ni.gender = false, false, 0
		}
	}
	// "Marshal Cohen, the chief retail analyst at NPD,", "Major Reed, a
	// CBS correspondent,": a title word that is also a given name, before
	// one more name word, is the given name when an apposition gives the
	// person another role.
	// News names a person in full when it first does: a title before a
	// surname met before is the title ("Major Reed" after "Maj. Tom Reed").
	if j == i+2 && len(ni.name) == 1 && len(r.bySurname[surnameFold(ni.name[0])]) == 0 && titleAsGivenName(toks, i, j) {
		ni.name, ni.roles, ni.person, ni.maybe = words(toks[i:j]), nil, true, false
		ni.gender = givenNameGender(toks[i].low)
	}
	if len(ni.name) == 0 {
		return -1
	}
	// "Priya moved to Leeds in 2015. She now teaches ...": a person the
	// article calls by one name, whom a pronoun then takes up.
	if len(ni.name) == 1 && j == i+1 && !ni.person && !ni.org {
		if g := takenUpByPronoun(toks, i); g != 0 {
			if key := foldName(ni.name[0]); len(r.bySurname[surnameFold(ni.name[0])]) == 0 && len(r.byFirst[key]) == 0 {
				ni.person, ni.gender, ni.maybe = true, g, false
			}
		}
	}
	// "in the Florida Keys", "The Virginia Banks closed": a name after
	// "the" is a place's or a thing's, not a person's, unless a title or
	// honorific says so ("the Rev. Al Sharpton"); a given name opening it
	// ("Florida", "Virginia") says nothing about a "she".
	if i > 0 && toks[i-1].low == "the" && toks[i-1].para == toks[i].para && !ni.person {
		ni.maybe, ni.gender = false, 0
		// "The Brooklyn Nets said", "the Dallas Cowboys": a name of two
		// words or more in the plural after "the" is a team's or a
		// band's, which speaks as one ("the team said").
		if last := toks[j-1]; len(ni.name) >= 2 && j == i+len(ni.name) && !last.poss && pluralTeamWord(last.text) {
			ni.org = true
		}
	}
	// "in March", "on March 22": a month alone names no one (but "May"
	// after "Theresa May" is hers).
	if len(ni.name) == 1 && j == i+1 && toks[i].in(lxMonthNames) && len(r.bySurname[surnameFold(ni.name[0])]) == 0 {
		return -1
	}
	// "economists at Goldman Sachs said", "a researcher at Stanford":
	// where people work is an organisation, and not the subject of the
	// verb after it (but "her daughter at Allen's apartment").
	// "issued a tribute via GMP", "sent a statement through Kent Police":
	// the channel words went through is their object too, not who spoke.
	objectOfPrep := i > 0 && toks[i-1].para == toks[i].para && (toks[i-1].in(lxPrepositions) || toks[i-1].low == "about" || toks[i-1].low == "via" || toks[i-1].low == "through") && toks[i-1].low != "and"
	// "Officials at Public Health Ontario said": the organisation its
	// officials speak for opening the sentence is no mere object; "the
	// agency" and "it" may take it up.
	if objectOfPrep && i > 1 && (toks[i-1].low == "at" || toks[i-1].low == "of" || toks[i-1].low == "from") && orgVoices[toks[i-2].low] && sentenceOpener(toks, i-2) {
		objectOfPrep = false
	}
	if objectOfPrep && toks[i-1].low == "at" && i > 1 && !ni.person && !toks[j-1].poss {
		if ok, _ := personNoun(toks[i-2].low); (ok || firmVoices[toks[i-2].low]) && !toks[i-2].cap {
			ni.org, ni.maybe = true, false
		}
	}
	// "Ofcom, the media watchdog, said": an organisation by apposition.
	if len(ni.name) == 1 && !ni.person && !ni.org && orgNounInApposition(toks, i, j) != "" {
		ni.org, ni.maybe = true, false
	}
	// "New signs appeared", "National figures show": a word that names an
	// organisation or place only inside a longer name ("New York", "National
	// Trust") is an ordinary word when it opens a sentence alone.
	if len(ni.name) == 1 && j == i+1 && toks[i].in(lxPartOfNameOnly) && (i == 0 || toks[i-1].kind == tEnd || toks[i-1].para != toks[i].para) {
		return -1
	}
	// Titles of one word at a sentence start are usually ordinary words;
	// a word no English word list has is a name there too ("Qantas
	// cancelled dozens of flights", "Greenpeace said").
	if len(ni.name) == 1 && !ni.person && !ni.org && (i == 0 || toks[i-1].kind == tEnd || toks[i-1].para != toks[i].para) &&
		len(r.bySurname[surnameFold(ni.name[0])]) == 0 && !r.firstOfPerson(toks, i, j) && !r.firstOfOrg(toks, i, j) {
		// "Tommy — who only goes by his first name online — retired",
		// "Dan, 21, said": a given name that a relative clause, an age
		// or a verb of speech marks as a person.
		if givenPerson(toks, i, j) {
			ni.person = true
		} else if !unknownWord(toks[i]) {
			return -1
		}
	}
	// "Mohamed Hamdan Dagalo, known as Hemedti, ... Hemedti said": the
	// other name a person goes by is that person's.
	// (And an organisation's: "the Rapid Support Forces, known as the
	// RSF".)
	if k := knownAsName(toks, i); k >= 0 {
		if p := r.mentionIn(toks[k].s, toks[i].s); p >= 0 && !r.ents[p].anon {
			if r.aliases == nil {
				r.aliases = make(map[string]int)
			}
			r.aliases[strings.ToLower(strings.Join(ni.name, " "))] = p
		}
	}
	var id int
	if j-i >= 2 && !ni.person && qualifiesRole(toks, j) {
		id = r.lookupQualifier(ni.name)
	} else if k := r.otherSexSurname(ni.name, ni.gender, honorificOf(toks[i])); k >= 0 {
		id = k
	} else {
		id = r.lookupG(ni.name, toks[i].s, ni.gender)
		id, _ = r.titledSurname(toks, i, j, ni, id)
		r.ents[id].qual = false
	}
	e := &r.ents[id]
	// "Canada's Sowmyan wants" after "Sowmyan Jegatheesan": a name the
	// article shortens to its first word, as it does a person's given
	// name, is a person's.
	// (Not "Vantor said" after "Vantor Search": a firm's name ends in
	// a common word a person's surname seldom is, and a firm is
	// shortened to its first word too.)
	if len(ni.name) == 1 && len(e.name) > 1 && e.maybe && !e.org && !ni.org && strings.EqualFold(foldName(e.name[0]), foldName(ni.name[0])) &&
		!firmTail(e.name) {
		e.person = true
	}
	// "Lawrence says she hopes ...": who speaks is a person, unless the
	// name says it is an organisation.
	// "a spokesman for Hamas said": the name is what the subject speaks
	// for, not the subject.
	forSpokes := spokesOrgBeside(toks, i, j)
	// "Abraham Lincoln once said": past an adverb or two (not an
	// auxiliary: "Kabul had urged" is a government's).
	speaks := j < len(toks) && toks[j].kind == tWord && (toks[j].in(lxReportingVerbs) || toks[j].in(lxInvertedVerbs) || speechPastAdverb(toks, j)) && !ni.org && !toks[j-1].poss && !productRecall(toks, j) &&
		!objectOfRelative(toks, i) && !forSpokes && !objectOfPrep
	// "The Vatican said", "the Kremlin said": a name after "the" that
	// no title or honorific makes a person's speaks as an institution.
	// (Not "The Dalai Lama said that he would be reincarnated": a "he"
	// or "she" takes it up.)
	theOrg := speaks && !ni.person && !e.person && i > 0 && toks[i-1].low == "the" && toks[i-1].para == toks[i].para && !personPronounAfter(toks, j)
	if theOrg {
		e.org, e.maybe = true, false
	}
	// "Aer Lingus said it had cancelled 84 flights", "Tesco said its
	// prices were fair": a name that speaks of itself as "it" is not
	// made a person by speaking (a person's name first met has a given
	// name, title or role that makes it one).
	itSelf := speaks && e.gender == 0 && len(e.roles) == 0 && saidItAt(toks, j)
	// "Brandt accused Republicans of stalling ... Republicans argued the
	// bill spent too much.": a party's members in the plural are a group
	// that speaks, not a person whom "the New York Democrat" could then
	// not mean.
	if len(ni.name) == 1 && partyPlural(toks[i]) {
		speaks = false
	}
	e.person = e.person || ni.person || speaks && !e.org && !itSelf && !(len(ni.name) == 1 && len(e.name) > 1 && firmTail(e.name))
	// "Pep Guardiola was asked about Erling Haaland's form": one asked a
	// question is a person, whose words "the City manager said" then
	// describes (not "Tesla was asked to comment", "... for comment").
	if !e.person && !e.org && !ni.org && len(ni.name) >= 2 && !firmTail(ni.name) && askedAQuestion(toks, j) {
		e.person = true
	}
	// "Lewis Hamilton's team ... Hamilton thanked his crew. "...," he
	// wrote.": the surname alone of a name that only looked like a
	// person's, taken up by a pronoun as a given name alone is, and by a
	// his/her in its own sentence (not "Ireland will see ... He warned").
	if len(ni.name) == 1 && j == i+1 && len(e.name) > 1 && e.maybe && !e.person && !e.org && e.gender == 0 && !ni.org {
		if g := takenUpByPronoun(toks, i); g != 0 && g == ownPossessive(toks, i) {
			e.person, e.gender = true, g
		}
	}
	e.org = (e.org || ni.org) && !e.person
	e.maybe = e.maybe || ni.maybe
	if e.gender == 0 {
		e.gender = ni.gender
	}
	// "Starmer met former Prime Minister Tony Blair": a lower-case
	// "former" before the run's title words makes the title another
	// office, as "Former Prime Minister Tony Blair" does.
	// "Former Secretary of State Hillary Mason": the title before the
	// object is the person's role, as held before with "former".
	if titled && titleAt >= 0 && personRoles[toks[titleAt].low] && !e.org {
		e.addRoleOff(toks[titleAt].low, offRoleBefore(toks, titleAt))
	}
	// "First Lady Jill Hart also spoke" (the run may start at "Lady"):
	// one title.
	if i > 0 && toks[i].low == "lady" && toks[i].cap && toks[i-1].low == "first" && toks[i-1].cap && toks[i-1].para == toks[i].para && j > i+1 && !e.org {
		e.addRole("first lady")
	}
	offBeforeRun := i > 0 && toks[i].in(lxTitles) && toks[i-1].kind == tWord && !toks[i-1].cap && toks[i-1].in(lxOffModifiers) && toks[i-1].para == toks[i].para
	for _, ro := range ni.roles {
		e.addRoleOff(ro, slices.Contains(ni.offRoles, ro) || offBeforeRun)
		if sub := subPrefix + roleClass(ro); e.heldOff(ro) && (slices.Contains(ni.offRoles, sub) || offBeforeRun && subModifiers[toks[i-1].low]) && !slices.Contains(e.offRoles, sub) {
			e.offRoles = append(e.offRoles, sub)
		}
		if slices.Contains(ni.offRoles, actingPrefix+roleClass(ro)) || i > 0 && toks[i-1].kind == tWord && actingWords[toks[i-1].low] && toks[i-1].para == toks[i].para {
			e.markActing(ro)
		}
	}
	// "US magazine Mobile PC", "the Echo newspaper": a publication, which
	// "the magazine" then refers back to.
	if m := mediaNounBeside(toks, i, j); m != "" && !e.person {
		e.org, e.maybe = true, false
		e.addOrgNoun(m)
	}
	if orgNoun != "" && !e.person {
		e.org, e.maybe = true, false
		e.addOrgNoun(orgNoun)
	}
	// "a WeWork spokesperson said", "a spokeswoman for Hamas said": what
	// speaks through an unnamed spokesperson is an organisation, unless the
	// article makes it a person ("a Trump spokesman" after "Donald Trump").
	if !e.person && !e.org && !e.maybe && forSpokes {
		e.org = true
	}
	// "The group, WeWorkers Coalition, formed ...", "Norland, the
	// company that ...": the noun "the group" later refers back with.
	if n := orgNounInApposition(toks, i, j); n != "" && !e.person {
		e.org, e.maybe = true, false
		e.addOrgNoun(n)
	}
	// "Mayor Joe Santos defeated his predecessor, Lynn Park,", "Her
	// successor, finance chief Raj Menon,": the holder's office, as
	// held before or to come ("the former mayor", "the incoming chief
	// executive"), not the office itself; and a person, though "Park"
	// looked like a place's name.
	if c := predecessorBefore(toks, i); c >= 0 && j < len(toks) && (toks[j].low == "," || toks[j].kind == tEnd) {
		if h := r.holderForCounterpart(toks, c, e); h >= 0 {
			for _, ro := range r.ents[h].roles {
				if titles[ro] && !r.ents[h].heldOff(ro) && !r.ents[h].heldActing(ro) && !e.hasRole(ro) {
					e.addRoleOff(ro, true)
				}
			}
			e.person, e.org, e.maybe = true, false, false
		}
	}
	// "Deputy Chief Tom Grady is serving as acting chief", "Priya Shah
	// was named interim CEO", "Councillor Rob Ainsley, has been appointed
	// acting leader": a post held for the time being, stated as settled
	// (not "will be named", "is expected to be named").
	// A post to come is another office, as "incoming" makes it: not
	// yet "the acting chief".
	if rn, future := actingPostAfter(toks, i, j); rn >= 0 && !ni.org {
		if future {
			if r := roleClass(toks[rn].low); !e.hasRole(r) {
				e.addRoleOff(r, true)
				if e.heldOff(r) {
					e.offRoles = append(e.offRoles, futurePrefix+r)
				}
			}
		} else {
			e.addRole(toks[rn].low)
			e.markActing(toks[rn].low)
		}
		e.person, e.org, e.maybe = true, false, false
	}
	if !e.org {
		// "spokesman Zabihullah Mujahid", "team member Rodaba Noori"
		// "ex-model Sandra": a former role marks a person too.
		if i > 0 && toks[i-1].kind == tWord && !toks[i-1].cap && personRoles[strings.TrimPrefix(toks[i-1].low, "ex-")] {
			// "former president Donald Trump", "ex-president Ann Hall"
			e.addRoleOff(strings.TrimPrefix(toks[i-1].low, "ex-"), strings.HasPrefix(toks[i-1].low, "ex-") || offRoleBefore(toks, i-1))
			if actingRoleBefore(toks, i-1) {
				e.markActing(toks[i-1].low) // "interim chief Dana Hill"
			}
			e.roleGender(strings.TrimPrefix(toks[i-1].low, "ex-"))
			e.person = true
			if e.gender == 0 && len(ni.name) == 1 {
				e.gender = givenNameGender(strings.ToLower(ni.name[0]))
			}
		}
		// "Cristian Gonzalez, an immigrant from Mexico, is a stay-at-home
		// mother of four": what the name is said to be.
		// (Not "the Frühburgunder is a first cousin of Pinot Noir": a
		// name with an article is a thing's.)
		role := predicateRole(toks, i, j)
		if role == "" {
			role = copulaRole(toks, i, j) // "Ben Hale is its drummer"
		}
		if role != "" && !toks[j-1].poss && (i == 0 || toks[i-1].low != "the") {
			e.addRole(role)
			e.roleGender(role)
			e.person = true
		}
		// "Prosecuting, Helen Marsh said", "Helen Marsh, prosecuting,
		// said": counsel for the Crown, as British court reports name
		// them.
		// ("Defending, Andrew Kemp said": the defence's lawyer.)
		// "Wayne Parr, 49, denies fraud", "Ann Cole has pleaded not
		// guilty", "Tom Reed is charged with murder": the person on
		// trial, whom "the defendant" or "the accused" then refers to.
		if onTrialAfter(toks, j) && !ni.org {
			e.addRole("defendant")
			e.person = true
		}
		if side := courtSide(toks, i, j); side != "" && !ni.org {
			if side == "prosecuting" {
				e.addRole("prosecutor")
			} else {
				e.addRole("lawyer")
			}
			e.person = true
		}
		// "Zabihullah Mujahid, the Taliban's spokesman,"
		if role := appositiveRole(toks, j); role != "" {
			e.addRoleOff(role, offBefore(toks, j+1, role))
			e.roleGender(role)
			e.person = e.person || personRoles[role] || occupations[role] && !ni.org
		} else if p, plural := personNoun(appositiveHead(toks, j)); p && !plural && !ni.org {
			// "Lakhwinder Kaur, another deportee,", "Ann Lee, a longtime
			// customer,": a person by apposition.
			e.person = true
		}
		// "Whitfield, 29," / "Sam Whitfield, who": an age or "who" marks
		// a person; so does "Rhys Evans, now 40,".
		if j+1 < len(toks) && toks[j].low == "," && toks[j+1].para == toks[j].para {
			a := j + 1
			if toks[a].low == "now" || toks[a].low == "aged" {
				a++
			}
			if n := toks[j+1]; n.low == "who" ||
				a < len(toks) && toks[a].kind == tWord && len(toks[a].text) <= 3 && isDigit(toks[a].text[0]) && a+1 < len(toks) && toks[a+1].low == "," {
				e.person = true
			}
		}
		// "Malaysia's Prime Minister, Najib Razak"
		// (Not "the ministries of Justice, Economy and Security": a
		// portfolio after "of".)
		if i > 1 && toks[i-1].low == "," && toks[i-2].kind == tWord && toks[i-2].in(lxTitles) && toks[i-2].in(lxPersonRoles) && !(i > 2 && toks[i-3].low == "of") {
			// ("The former mayor, Jim Reilly,": an office held before.)
			e.addRoleOff(toks[i-2].low, offRoleBefore(toks, i-2))
			if actingRoleBefore(toks, i-2) {
				e.markActing(toks[i-2].low)
			}
			e.person = true
		}
		// "The Democratic leader in the Senate, Chuck Ellis, said": a
		// description opening the sentence, its role ended by a
		// prepositional phrase, is the person's, qualifier and all.
		if rs, re := rolePhraseBefore(toks, i); re > rs && !ni.org && len(ni.name) >= 2 {
			e.addRole(toks[re-1].low)
			e.person = true
			if e.role == "" {
				e.role = displayRole(joinWords(toks[rs:re]))
			}
		}
		// "The leader of the Democrats in the Senate, Chuck Ellis,
		// said": the role and the party qualifying it after, as
		// "Democrat leader", so that another party's description does
		// not fit the person.
		if role, re := rolePartyAfter(toks, i); re > 0 && !ni.org && len(ni.name) >= 2 {
			e.addRole(toks[re].low)
			e.person = true
			if e.role == "" {
				e.role = role
			}
		}
		// "The Commissioner for Lands, Chidi Aroh,", "Minister of Works
		// and Housing, Dave Umahi,": after a title and its object too.
		if i > 2 && toks[i-1].low == "," && toks[i-2].kind == tWord && toks[i-2].cap && !ni.org && len(ni.name) >= 2 {
			s := i - 2
			for s > 0 && i-2-s < 3 && toks[s-1].kind == tWord && toks[s-1].cap && toks[s-1].para == toks[i].para {
				s--
			}
			if t := titleBeforeObject(toks, s); t >= 0 {
				if personRoles[toks[t].low] {
					// ("A former Governor of Lagos State, Babatunde
					// Fashola,": an office held before.)
					e.addRoleOff(toks[t].low, offRoleBefore(toks, t))
				}
				e.person = true
			}
		}
		// "her mother, Fiona,", "the group's founder, Ana Ruiz,", "the
		// chief constable, Ann Hall,": a name in apposition after a
		// described person is that person.
		// "Harper's wife of 52 years, Carol,": past how long.
		rn := i - 2
		if rn > 3 && durationAfterRole(toks, rn) {
			rn -= 3
		}
		// "Her late husband, Jack,", "his estranged wife, Ann,": past
		// words that place the relation in time or the family.
		rd := rn - 1
		for n := 0; n < 2 && rd > 0 && rn > 0 && relationNouns[toks[rn].low] && toks[rd].kind == tWord && !toks[rd].cap && kinModifiers[toks[rd].low] && toks[rd-1].para == toks[rd].para; n++ {
			rd--
		}
		if i > 2 && rn > 0 && toks[i-1].low == "," && toks[rn].kind == tWord && !toks[rn].cap && (toks[rn].in(lxPersonRoles) || toks[rn].in(lxOccupations)) &&
			roleDeterminer(toks, rd) && j < len(toks) && (toks[j].low == "," || toks[j].kind == tEnd) {
			// "The former mayor, Jim Reilly,": an office held before.
			e.addRoleOff(toks[rn].low, offRoleBefore(toks, rn))
			if actingRoleBefore(toks, rn) {
				e.markActing(toks[rn].low) // "the city's acting police chief, Dana Morrow,"
			}
			if e.gender == 0 {
				e.roleGender(toks[rn].low)
			}
			e.person = true
		}
		// "Hale's father, the late Malcolm Hale,", "her husband, the
		// celebrated Tom Reed,": so is one after "the" and an epithet.
		if r := epithetApposition(toks, i); r != "" && j < len(toks) && (toks[j].low == "," || toks[j].kind == tEnd) {
			e.addRole(r)
			e.person = true
		}
		// "His rival, Pep Guardiola,", "her opposite number, Ann Hall,",
		// "a local plumber, Dave Wilkins,": so is a name after an
		// occupation, or after a relation to a person ("his", "her",
		// someone's) that only people have.
		if i > 2 && toks[i-1].low == "," && j < len(toks) && toks[j].low == "," && !e.org && describedPersonBefore(toks, i-2) {
			e.person = true
		}
		// "The Mayor of Dunmore, Kate Ryle,", "The Bishop of Wexham, the
		// Rt Rev Alan Pryce,"
		if role, off := titleOfPlaceBefore(toks, i); role != "" {
			e.addRoleOff(role, off)
			e.person = true
		}
		// "A gray-haired man there, Martin, has lived ...": a name in
		// apposition to the description of a person opening the sentence.
		if role := describedBefore(toks, i); role != "" {
			e.addRole(role)
			e.person = true
		}
		// "Nigeria's richest man, Aliko Dangote, said": a name between
		// commas after a possessive's description of a person opening
		// the sentence.
		if !e.org && possDescribedBefore(toks, i, j) {
			e.person, e.maybe = true, false
		}
	}
	// "many San Franciscans think", "Dubliners are": a name for people
	// in the plural, whom "he" or "she" never means.
	if !e.person && (pluralRun(toks, i, j) || len(ni.name) == 1 && partyPlural(toks[i])) {
		// "the Conservatives said": a party named by its members in
		// the plural, after "the", is the party (partyPluralName).
		if i > 0 && toks[i-1].low == "the" && partyPluralName(toks[i:j]) {
			e.org = true
		} else {
			e.plural = true
		}
	}
	// "Wild defenseman Ryan Suter": a name qualifying the role of the
	// person named next is rarely the speaker either.
	// "from the RBI", "of the GDP": the object of a preposition past its
	// article is no subject either.
	theObject := i > 1 && toks[i-1].low == "the" && toks[i-2].para == toks[i].para && toks[i-2].in(lxPrepositions) && toks[i-2].low != "and"
	weak := toks[j-1].poss || objectOfPrep || theObject ||
		inFrontedPhrase(toks, i) || !e.person && (qualifiesRole(toks, j) || qualifiesFirm(toks, j)) || inAside(toks, i) ||
		inFrontedTimeClause(toks, i, j)
	// "would go to Ivan Petrov or Luis Mora": the second of two names
	// joined after a preposition is its object too.
	if n := len(r.mentions); !weak && i > 1 && (toks[i-1].low == "or" || toks[i-1].low == "and") && isNameWord(toks[i-2]) &&
		n > 0 && r.mentions[n-1].weak && r.mentions[n-1].sent == toks[i].sent && !toks[i-2].poss {
		weak = true
	}
	r.mentionW(id, toks[i].s, toks[i].sent, weak)
	opens := i == 0 || toks[i-1].kind == tEnd || toks[i-1].para != toks[i].para
	// "At the hospital, Rokeya Begum sat beside her daughter.": a subject
	// past an introductory phrase acts as one opening the sentence does.
	fronted := !opens && !weak && afterIntroPhrase(toks, i)
	if speaks := !weak && subjectOfSpeech(toks, j) && !objectOfRelative(toks, i); speaks || opens || fronted {
		if m, ok := slices.BinarySearchFunc(r.mentions, toks[i].s, func(m mention, p int) int { return cmp.Compare(m.pos, p) }); ok {
			r.mentions[m].speaks = speaks
			r.mentions[m].opens = opens
			r.mentions[m].acts = (opens || fronted) && j < len(toks) && toks[j].kind == tWord && !toks[j].cap && toks[j].sent == toks[i].sent && toks[j].para == toks[i].para
		}
	}
	if e := &r.ents[id]; e.role == "" && e.person && !e.org && !e.anon {
		e.role = displayRole(roleText(toks, i, j, len(ni.name)))
	}
	return id
}

// personPronounAfter reports whether a "he", "she", "his", "her" or "him"
// follows toks[j] in its sentence before another name or a quotation.
func personPronounAfter(toks []token, j int) bool {
	for n := j; n < len(toks) && n < j+30 && toks[n].sent == toks[j].sent && toks[n].para == toks[j].para; n++ {
		switch {
		case toks[n].low == "he" || toks[n].low == "she" || toks[n].low == "his" || toks[n].low == "her" || toks[n].low == "him":
			return true
		case toks[n].kind == tQuote || isNameWord(toks[n]) && n > j:
			return false
		}
	}
	return false
}

// firmTail reports whether name reads as a firm's: two words, the first
// one no word list knows (no given name, no English word, no country) and
// the last an ordinary English word in lower case that is no given name
// either ("Vantor Search", "Nordvik Software"), as few surnames are.
func firmTail(name []string) bool {
	if len(name) != 2 || len(name[1]) < 4 || !capitalised(name[0]) || strings.ContainsAny(name[0], "-.’'") {
		return false
	}
	first, last := strings.ToLower(name[0]), strings.ToLower(name[1])
	if len(first) < 4 || countries[first] || englishWord(first) || givenNameGender(first) != 0 || givenNameGender(last) != 0 {
		return false
	}
	if _, ok := firstNames[withoutAccents(first)]; ok {
		return false
	}
	if _, ok := firstNames[withoutAccents(last)]; ok {
		return false
	}
	return englishWord(last)
}

// partOfNameOnly are words of orgWords that name nothing alone.
// Not "United", "City", "County" or "State": a club or college is called
// so alone ("United said in a statement").
var partOfNameOnly = setOf("new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"national", "international", "federal", "states", "space", "market",
	"study", "report", "week", "day", "service", "services", "program", "programme", "project")

// firstOfPerson reports whether the one-word run toks[i:j] opening a
// sentence is the first word of the full name of a person named before it,
// used as a verb's subject or before an apposition: "Lee also expressed
// concern", "Lee, the party's leader, said" after "Lee Jae-myung" (a family
// name printed first, as in Korean and Chinese names), "Priya told" after
// "Priya Nair". Not "Will the council ..." after "Will Smith": a verb, an
// adverb or a comma must follow.
func (r *registry) firstOfPerson(toks []token, i, j int) bool {
	if j != i+1 || j >= len(toks) || toks[j].para != toks[i].para {
		return false
	}
	person := false
	for _, id := range r.byFirst[foldName(toks[i].text)] {
		// "Hafiz, from Pakistan, has" after "Hafiz Usama Tanveer": a name
		// that only looks like a person's counts, its first word used
		// alone as people's given names are.
		if e := &r.ents[id]; (e.person || e.maybe) && !e.org && !e.anon && len(e.name) > 1 {
			person = true
		}
	}
	if !person {
		return false
	}
	n := toks[j]
	switch {
	case n.low == ",":
		return true
	case n.kind != tWord || n.cap || n.poss:
		return false
	}
	// "Noel was more measured" after "Liam and Noel Gallagher".
	return n.in(lxReportingVerbs) || n.in(lxInvertedVerbs) || n.in(lxSkipBeforeVerb) || strings.HasSuffix(n.low, "ed") ||
		n.low == "was" || n.low == "is"
}

// firstOfOrg reports whether the one-word run toks[i:j] opening a
// sentence is the first word of an organisation's name of two words or
// more named before it, as the subject of a verb: "Helix denied the
// allegations" after "Helix Robotics", though "helix" is an English word.
func (r *registry) firstOfOrg(toks []token, i, j int) bool {
	if j != i+1 || j >= len(toks) || toks[j].para != toks[i].para {
		return false
	}
	n := toks[j]
	if n.kind != tWord || n.cap || !(n.in(lxReportingVerbs) || strings.HasSuffix(n.low, "ed") || n.low == "has" || n.low == "had" || n.low == "was" || n.low == "is" || n.low == "will" || n.low == "would") {
		return false
	}
	for _, id := range r.byFirst[foldName(toks[i].text)] {
		if e := &r.ents[id]; e.org && !e.person && !e.anon && len(e.name) > 1 {
			return true
		}
	}
	return false
}

// ownPossessive returns the gender of the first "his" or "her" after the
// name at toks[i] in its sentence, before any other name, or 0.
func ownPossessive(toks []token, i int) byte {
	for n := i + 1; n < len(toks) && n < i+30 && toks[n].sent == toks[i].sent && toks[n].para == toks[i].para; n++ {
		switch {
		case toks[n].low == "his":
			return 'm'
		case toks[n].low == "her":
			return 'f'
		case toks[n].kind == tQuote || isNameWord(toks[n]) && !platforms[toks[n].low]:
			return 0
		}
	}
	return 0
}

// leadOrgNouns say what kind of organisation the name after them is
// ("carmaker Stellantis", "Homelessness charity Shelter", "media regulator
// Ofcom"), even when they open the sentence in capitals ("Chipmaker
// Nvidia said").
var leadOrgNouns = setOf("carmaker", "automaker", "chipmaker", "drugmaker", "planemaker", "retailer",
	"lender", "insurer", "charity", "regulator", "watchdog", "broadcaster", "supermarket",
	"conglomerate", "startup", "start-up",
	// "Developer Castlegate Homes said", "housebuilder Bellway"
	"developer", "housebuilder", "homebuilder", "brewer", "grocer")

// orgNounsBefore do so only in lower case ("the streaming giant Netflix",
// "investment bank Goldman Sachs", "trade union Unite"): opening a
// sentence they are part of a name ("Giant Eagle", "Bank Leumi").
// ("the company Smith founded" may be a clause: not company, firm, group.)
var orgNounsBefore = setOf("giant", "bank", "airline", "operator", "manufacturer", "union")

// qualifiedOrgNouns say what kind of organisation the name after them is
// when a word qualifies them ("luxury group Maison Orlane", "mining
// company Coolabah", "software firm Canva").
var qualifiedOrgNouns = setOf("group", "company", "firm", "chain", "maker", "utility", "telco", "business",
	// "the EU border agency Frontex said ... the agency said"
	"agency")

// possDescribedBefore reports whether the name toks[i:j], closed by a
// comma, follows "<Place>'s <words> <person noun>," opening its sentence
// ("Nigeria's richest man, Aliko Dangote,", "Britain's biggest
// landlord, Tom Hale,").
func possDescribedBefore(toks []token, i, j int) bool {
	if i < 4 || j >= len(toks) || toks[j].low != "," || toks[i-1].low != "," || j-i < 2 {
		return false
	}
	n := toks[i-2]
	if n.kind != tWord || n.cap {
		return false
	}
	if ok, pl := personNoun(n.low); !ok || pl {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-6 && toks[k].para == toks[i].para; k-- {
		t := toks[k]
		if t.kind != tWord || t.in(lxReportingVerbs) || t.in(lxPrepositions) {
			return false
		}
		if t.poss && t.cap {
			return k == 0 || toks[k-1].kind == tEnd || toks[k-1].para != t.para
		}
		if t.cap {
			return false
		}
	}
	return false
}

// describedBefore returns the role noun of an indefinite description of a
// person that opens the sentence and is closed by the comma before the name
// at toks[i] ("A gray-haired, wispily bearded man there, Martin,"), or "".
func describedBefore(toks []token, i int) string {
	if i < 3 || toks[i-1].low != "," || i+1 >= len(toks) || toks[i+1].low != "," {
		return ""
	}
	role := ""
	for k := i - 2; k >= 0 && k >= i-10 && toks[k].para == toks[i].para; k-- {
		t := toks[k]
		if t.kind == tEnd || t.kind == tQuote {
			return ""
		}
		if t.kind == tPunct && t.low != "," && t.low != "-" {
			return ""
		}
		if t.kind != tWord {
			continue
		}
		if t.low == "a" || t.low == "an" {
			if role == "" || k > 0 && toks[k-1].kind != tEnd && toks[k-1].para == t.para {
				return ""
			}
			return role
		}
		// A prepositional phrase may follow the noun ("a man from the
		// valley"), not come between it and its article.
		if t.cap || t.in(lxReportingVerbs) || t.in(lxClauseWords) || t.in(lxPrepositions) && role != "" {
			return ""
		}
		if role == "" {
			if ok, pl := personNoun(t.low); ok && !pl {
				role = t.low
			}
		}
	}
	return ""
}

// partyPlural reports whether t is a party's members in the plural
// ("Republicans", "Democrats", "Conservatives"), a group of people.
func partyPlural(t token) bool {
	return t.kind == tWord && !t.poss && !t.in(lxPartyMembers) && strings.HasSuffix(t.low, "s") && partyMembers[strings.TrimSuffix(t.low, "s")]
}

// pluralRun reports whether the name toks[i:j] names people in the plural:
// a quantifier before it ("many San Franciscans", "most Texans") or a verb
// agreeing with a plural subject right after it ("Dubliners are", "Fans
// have").
func pluralRun(toks []token, i, j int) bool {
	if !strings.HasSuffix(toks[j-1].low, "s") || toks[j-1].poss {
		return false
	}
	if i > 0 && toks[i-1].para == toks[i].para && pluralQuantifiers[toks[i-1].low] {
		return true
	}
	// "Wolfgang Schaeuble and Yanis Varoufakis are meeting", "Germany's
	// Schaeuble and Greece's Varoufakis are": the verb agrees with two
	// names joined, not with the last alone.
	p := i - 1
	for p > 0 && toks[p].poss && isNameWord(toks[p]) && toks[p].para == toks[i].para {
		p--
		for p > 0 && isNameWord(toks[p]) && !toks[p].poss {
			p--
		}
	}
	if p > 0 && (toks[p].low == "and" || toks[p].low == "or") && isNameWord(toks[p-1]) {
		return false
	}
	return j < len(toks) && toks[j].para == toks[i].para && pluralVerbs[toks[j].low]
}

var pluralQuantifiers = setOf("many", "most", "some", "several", "few", "all", "other", "these", "those", "both", "fellow", "ordinary")

var pluralVerbs = setOf("are", "were", "have", "don't", "don’t", "themselves")

// speechPastAdverb reports whether toks[j] opens one or two adverbs of
// time ("once", "later", "repeatedly") before a reporting verb in the
// active voice: "Abraham Lincoln once said".
func speechPastAdverb(toks []token, j int) bool {
	for n := j; n < len(toks) && n < j+3 && toks[n].kind == tWord && !toks[n].cap; n++ {
		if toks[n].in(lxReportingVerbs) {
			// Not "Tesla later recalled 2 million cars".
			return n > j && !toks[n-1].in(lxPassiveAux) && !productRecall(toks, n)
		}
		if !toks[n].in2(lx2SpeakerAdverbs) {
			return false
		}
	}
	return false
}

// speakerAdverbs tell when or how often someone said something: "Abraham
// Lincoln once said", "Ann Hale later wrote" (not "San Francisco
// officially reported", "Kabul had urged").
var speakerAdverbs = setOf("once", "later", "also", "then", "famously", "often", "always", "repeatedly",
	"previously", "recently", "earlier", "again", "memorably", "frequently")

// subjectOfSpeech reports whether a reporting verb in the active voice
// follows a name ending before toks[j], past an auxiliary or adverb ("Harry
// had said", "Kerr later told").
// objectOfRelative reports whether the name run starting at toks[i] is the
// object of a verb in a relative clause ("Ms Robinson, who presents The
// Weakest Link tells Cockerell"): not the subject of the verb after it.
func objectOfRelative(toks []token, i int) bool {
	p := i - 1
	if p >= 0 && toks[p].low == "the" {
		p--
	}
	if p < 1 || toks[p].kind != tWord || toks[p].cap || toks[p].para != toks[i].para {
		return false
	}
	switch toks[p-1].low {
	case "who", "which", "that":
		return true
	}
	return false
}

func subjectOfSpeech(toks []token, j int) bool {
	// "Rhys Evans, now 40, said": past an age in commas.
	if k := j + 1; k+1 < len(toks) && toks[j].low == "," && toks[k].para == toks[j].para {
		if toks[k].low == "now" || toks[k].low == "aged" {
			k++
		}
		if k+1 < len(toks) && toks[k].kind == tWord && len(toks[k].text) <= 3 && isDigit(toks[k].text[0]) && isDigit(toks[k].text[len(toks[k].text)-1]) && toks[k+1].low == "," {
			j = k + 2
		}
	}
	for n := j; n < len(toks) && n < j+3 && toks[n].kind == tWord && !toks[n].cap; n++ {
		if toks[n].in(lxReportingVerbs) {
			return !toks[n-1].in(lxPassiveAux)
		}
		if !toks[n].in(lxSkipBeforeVerb) || toks[n].low == "and" || toks[n].low == "but" || toks[n].low == "who" || toks[n].low == "which" {
			return false
		}
	}
	return false
}

// roleText returns what the text says the person named by toks[i:j] (the
// name being its last n words) is: an apposition after the name ("Gwynne
// Shotwell, president of SpaceX,"), else the title and role words before
// it ("Wells Fargo analyst Zachary Fadem", "Prime Minister Keir Starmer").
// It is "" when neither names a role.
func roleText(toks []token, i, j, n int) string {
	if j < len(toks) && toks[j].low == "," {
		k := j + 1
		// "Lee, 42, a nurse,": past the age.
		if k+1 < len(toks) && toks[k].kind == tWord && isDigit(toks[k].text[0]) && toks[k+1].low == "," {
			k += 2
		}
		e := k
		// "The firefighter, Tom Reed, carried the boy out": a verb and its
		// object after the comma are the sentence's predicate, no role.
		// So is one opened by an auxiliary: "Corbett, 34, had started
		// the day three behind the overnight leader,".
		predicate := k+1 < len(toks) && determiner(toks[k+1].low) && pastVerb(toks[k]) ||
			k+1 < len(toks) && !toks[k].cap && toks[k].in(lxAuxiliaries) && toks[k+1].kind == tWord && !toks[k+1].cap
		// The role word heads the apposition's first noun phrase ("a
		// retired firefighter", "director of research at X"): one met only
		// after another preposition is in a phrase about something else
		// ("with her husband", "runs the shop with his wife").
		hasRole, past := false, false
		for e < len(toks) && e < k+16 && toks[e].para == toks[j].para && toks[e].kind == tWord {
			// (A capitalised word is a name's: "the United States
			// attorney", not the verb "states".)
			// ("Leila Haddad, whose daughter, Yasmin, ...": a relative
			// clause about someone else, no role of hers.)
			if toks[e].in(lxReportingVerbs) && !toks[e].cap || toks[e].low == "who" || toks[e].low == "which" || toks[e].low == "whose" || toks[e].low == "was" || toks[e].low == "is" {
				break
			}
			w := toks[e].low
			if h := strings.LastIndexByte(w, '-'); h > 0 {
				w = w[h+1:] // "vice-chancellor"
			}
			past = past || !hasRole && w != "of" && w != "and" && prepositions[w]
			hasRole = hasRole || !past && (personRoles[w] || titles[w] || !toks[e].cap && e > k && occupationSuffix(w))
			e++
		}
		// (The apposition may end where a relative clause on it starts:
		// "Frank Dowd, a former utility executive who now consults for
		// the industry,"; but "a petite woman who" says what, not who.)
		rel := e < len(toks) && (toks[e].low == "who" || toks[e].low == "whose") && !genericPeople[toks[e-1].low]
		if hasRole && !predicate && e > k && e < len(toks) && (toks[e].low == "," || toks[e].kind == tEnd || rel) {
			if toks[k].low == "now" && k+1 < e { // "now a physical oceanographer at"
				k++
			}
			if d := toks[k].low; d == "the" || d == "a" || d == "an" {
				k++
			}
			if e-k <= 14 {
				return joinWords(toks[k:e])
			}
		}
	}
	if r := possessedRoleBefore(toks, i, j); r != "" {
		return r
	}
	// The run's own title words, and role words before the run (the name
	// ends before letters after it: "Amit Shah Ji", "Ann Lee QC").
	nj := j
	for nj-i > 1 && postNominal(toks[i:nj]) {
		nj--
	}
	end := nj - n
	b := i
	for b > 0 && i-b < 6 && toks[b-1].kind == tWord && toks[b-1].para == toks[i].para {
		w := toks[b-1]
		if w.low == "and" && b < end && qualifierAnd(toks, b) {
			b--
			continue
		}
		// "Secretary for Justice Paul Lam", "Minister for Health Ann
		// Lee": "for" joins a post to its portfolio, as "of" does.
		forPost := w.low == "for" && b >= 2 && toks[b-2].cap && (toks[b-2].in(lxPersonRoles) || toks[b-2].in(lxTitles)) && b < i && toks[b].cap
		// "ambassador to Britain Liu Xiaming", "scientist and study
		// co-author Michael Malaska"
		if b < i && rolePrepAt(toks, b-1) {
			b--
			continue
		}
		if determiner(w.low) || w.in(lxReportingVerbs) || w.in(lxClauseWords) || w.in(lxPrepositions) && w.low != "of" && !forPost || w.in(lxSkipBeforeVerb) && !w.cap {
			break
		}
		// "the words of union leader Mick Lynch": "of" joins a role to
		// its place ("mayor of London"), not a thing to the role.
		if w.low == "of" && b >= 2 && toks[b-2].kind == tWord && !toks[b-2].cap && !toks[b-2].in(lxPersonRoles) && !toks[b-2].in(lxTitles) {
			break
		}
		// "the story of how Oscar-winning actress Mary Steenburgen came
		// to ...", "It was former adviser Ann Moss who ...": a wh-word
		// opens a clause, a copula or pronoun is the sentence's own; the
		// role starts after them.
		if w.in(lxWhWords) || w.in(lxCopulaWords) || isPronoun(w.low) {
			break
		}
		// "12:47 BST Shadow chancellor Bridget Fenwick": a live blog's
		// time stamp before the role.
		if clockEnd(toks, b-1) || !w.name && w.in2(lx2TimeZones) {
			break
		}
		// "Manchester City have signed midfielder Mateo Kovacic",
		// "Chelsea signed midfielder X": a verb after its subject or an
		// auxiliary, not a word of the role ("the disgraced former MP").
		// So after a role noun: "The Rovers boss singled out striker
		// Tomas Vidal", and a verb's particle ("out", "up") ends the role
		// as the verb does.
		// (And a result's verb: "Maria Kostova beat defending champion
		// Elena Ruiz", matchVerbs.)
		if !w.cap && (w.in(lxPastVerbs) || strings.HasSuffix(w.low, "ed") || matchVerbs[w.low]) && b >= 2 && toks[b-2].para == w.para &&
			(toks[b-2].in(lxAuxiliaries) || isNameWord(toks[b-2]) || !toks[b-2].cap && toks[b-2].in(lxPersonRoles)) {
			break
		}
		if !w.cap && b < i && verbParticles[w.low] {
			break
		}
		// ""...," shares longtime resident Tom Reed": an inverted verb
		// right after the quotation is no word of the role.
		if invertedAfterQuote(toks, b-1) {
			break
		}
		if !w.cap && !w.in(lxPersonRoles) && !w.in(lxOccupations) && b == i && !roleObjectBefore(toks, b) {
			break // the word right before must be a role: "analyst Ken Doctor"
		}
		b--
	}
	for b < end && (toks[b].low == "of" || toks[b].low == "and") {
		b++
	}
	if b >= end {
		return ""
	}
	words := toks[b:end]
	has := false
	for _, w := range words {
		if w.in(lxPersonRoles) || w.in(lxOccupations) || w.in(lxTitles) && !modifierTitle(w.low) {
			has = true
		}
	}
	if !has || honorificOf(words[len(words)-1]) {
		return ""
	}
	return joinWords(words)
}

// occupationSuffix reports whether w ends as nouns of occupation often
// do ("toxicologist", "pianist", "technician", "historian",
// "choreographer", "auctioneer"), for an apposition after a name that the
// lists do not know.
func occupationSuffix(w string) bool {
	for _, suf := range [...]string{"ist", "ician", "rian", "grapher", "eer"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// genericPeople are nouns for a person that say nothing of a role.
var genericPeople = setOf("woman", "man", "person", "girl", "boy", "lady", "guy", "gentleman", "individual")

// rolePhraseBefore returns where the role words of a description opening
// the sentence, ended by a prepositional phrase and a comma before the
// name at toks[i], start and end: "The Democratic leader in the Senate,
// Chuck Ellis, said" gives "Democratic leader" (s < r), or s == r. (Only
// with a qualifier before the role: "The leader of the Democrats in the
// Senate, Chuck Ellis," would record a bare "leader" that a description
// qualified by another party then fits.)
func rolePhraseBefore(toks []token, i int) (s, r int) {
	if i < 4 || toks[i-1].low != "," {
		return 0, 0
	}
	d := i - 2
	for d > 0 && i-d < 14 && toks[d-1].sent == toks[i].sent && toks[d-1].para == toks[i].para {
		d--
	}
	if toks[d].low != "the" || d > 0 && toks[d-1].sent == toks[i].sent && toks[d-1].para == toks[i].para {
		return 0, 0
	}
	k := d + 1
	for k < i-1 && k-d <= 4 && toks[k].cap && !toks[k].poss && toks[k].kind == tWord {
		k++
	}
	if k == d+1 || k >= i-2 || toks[k].cap || toks[k].kind != tWord || !toks[k].in(lxPersonRoles) || !toks[k+1].in(lxPrepositions) {
		return 0, 0
	}
	for m := k + 1; m < i-1; m++ {
		if toks[m].kind != tWord {
			return 0, 0
		}
	}
	return d + 1, k + 1
}

// rolePartyAfter returns the role of a description opening the sentence
// whose role a party qualifies after it, before ", Name," at toks[i]
// ("The leader of the Democrats in the Senate, Chuck Ellis," gives
// "Democrat leader"), and where its role noun is (0 when none).
func rolePartyAfter(toks []token, i int) (string, int) {
	if i < 6 || toks[i-1].low != "," {
		return "", 0
	}
	d := i - 2
	for d > 0 && i-d < 14 && toks[d-1].sent == toks[i].sent && toks[d-1].para == toks[i].para {
		d--
	}
	if toks[d].low != "the" || d > 0 && toks[d-1].sent == toks[i].sent && toks[d-1].para == toks[i].para {
		return "", 0
	}
	r := d + 1
	k := r + 2
	if toks[r].cap || toks[r].kind != tWord || !toks[r].in(lxPersonRoles) || toks[r+1].low != "of" {
		return "", 0
	}
	if toks[k].low == "the" {
		k++
	}
	if k >= i-1 || !toks[k].cap || toks[k].poss || toks[k].kind != tWord {
		return "", 0
	}
	w := toks[k].low
	if !partyNames[w] && !partyMembers[w] {
		w = strings.TrimSuffix(w, "s")
		if !partyNames[w] && !partyMembers[w] {
			return "", 0
		}
	}
	if w == "democrat" {
		w = "democratic"
	}
	for m := k + 1; m < i-1; m++ {
		if toks[m].kind != tWord {
			return "", 0
		}
	}
	return strings.ToUpper(w[:1]) + w[1:] + " " + toks[r].low, r
}

// possessedRoleBefore returns the role of a name in apposition after a
// role its country's or organisation's possessive qualifies ("Lebanon's
// caretaker prime minister, Najib Mikati,", "The company's chief
// executive, Ann Lee,": "Lebanon's caretaker prime minister", "company's
// chief executive"), or "". (Not "her mother, Fiona,": a pronoun's
// relation is no role to show.)
func possessedRoleBefore(toks []token, i, j int) string {
	if i < 3 || toks[i-1].low != "," || j < len(toks) && toks[j].low != "," && toks[j].kind != tEnd {
		return ""
	}
	r := i - 2
	if t := toks[r]; t.kind != tWord || !t.in(lxPersonRoles) || t.cap && !t.in(lxTitles) || t.para != toks[i].para {
		return ""
	}
	for b := r - 1; b >= 0 && r-b <= 5; b-- {
		w := toks[b]
		if w.kind != tWord || w.para != toks[i].para || w.sent != toks[i].sent {
			return ""
		}
		// "The Reform leader, Nigel Farage,", "the shadow chancellor,
		// Mel Stride,": the words after "the".
		if w.low == "the" {
			return joinWords(toks[b+1 : r+1])
		}
		if w.poss {
			// A name's possessive, or a noun's after "the" ("the
			// group's founder").
			if !w.cap && !(b > 0 && toks[b-1].low == "the") || isPronoun(w.low) {
				return ""
			}
			return joinWords(toks[b : r+1])
		}
		if w.cap && !(b+1 < len(toks) && b > 0 && toks[b-1].low == "the") || determiner(w.low) || w.in(lxReportingVerbs) || w.in(lxClauseWords) || w.in(lxPrepositions) || w.in(lxCopulaWords) {
			return ""
		}
	}
	return ""
}

// verbParticles end a phrasal verb ("singled out", "called up"): no word
// of a role before a name.
var verbParticles = setOf("out", "up", "off", "down", "back", "away")

// whWords open a clause inside a noun phrase ("the odyssey of how ...").
var whWords = setOf("how", "why", "what", "whether", "whom", "where", "when", "if", "than")

// copulaWords are forms of "be" ("It was former adviser Ann Moss").
var copulaWords = setOf("is", "was", "are", "were", "be", "been", "being", "am")

// inAside reports whether the name at toks[i] is inside a parenthesis
// within its sentence ("the EP (whose first track samples the voice of
// astronomer Carl Sagan) allowed Luboku to ..."): an aside, which a
// pronoun after it rarely means.
func inAside(toks []token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 30; k-- {
		t := toks[k]
		if t.para != toks[i].para || t.sent != toks[i].sent || t.kind == tQuote || t.low == ")" {
			return false
		}
		if t.low == "(" {
			return true
		}
	}
	return false
}

// qualifierAnd reports whether the "and" at toks[b-1], inside the words
// before a name, joins the words of a portfolio that qualify a title
// ("Health and Human Services Secretary", "Work and Pensions Secretary")
// rather than two people ("Trump and Commerce Secretary Wilbur Ross",
// "Smith and Secretary Jones"): both words are capitalised, the one before
// is a portfolio's, and the one after is no title, role or honorific.
func qualifierAnd(toks []token, b int) bool {
	if b < 2 || b >= len(toks) {
		return false
	}
	before, after := toks[b-2], toks[b]
	if before.kind != tWord || after.kind != tWord || before.para != after.para || !before.cap || !after.cap {
		return false
	}
	return portfolioWords[before.low] && !after.in(lxPersonRoles) && !after.in(lxTitles) && !honorificOf(after)
}

// portfolioWords open the names of government portfolios joined by "and"
// ("Housing and Urban Development", "Energy and Climate Change").
var portfolioWords = setOf("health", "housing", "energy", "commerce", "education", "labor", "labour",
	"transportation", "transport", "environment", "agriculture", "culture", "trade", "industry",
	"science", "work", "business", "justice", "home", "foreign", "defence", "defense", "finance",
	"veterans", "communities", "infrastructure", "immigration", "employment", "innovation")

// displayRole readies a role for readers: abbreviated titles written out
// ("Sen." becomes "Senator", "Lt. Col." "Lieutenant Colonel"); a title of
// rank alone that is part of how the person is named ("Prince" of Prince
// Harry) and words in someone's first person (an apposition inside a
// quoted post: "a man convicted of threatening my life") give no role.
func displayRole(role string) string {
	if role == "" {
		return ""
	}
	ws := strings.Fields(role)
	for i, w := range ws {
		if full, ok := titleAbbrevs[strings.ToLower(strings.TrimSuffix(w, "."))]; ok && (strings.HasSuffix(w, ".") || len(w) <= 4) {
			ws[i] = full
		}
		// "DS Priya Nair", "Det Con Andy Morris": a police rank in
		// capitals before the name (see policeRankCaps).
		if full, ok := policeCapsRanks[w]; ok && i == len(ws)-1 {
			ws[i] = full
		}
		if w == "Con" && i == len(ws)-1 && i > 0 && ws[i-1] == "Detective" {
			ws[i] = "Constable"
		}
		switch strings.ToLower(w) {
		case "my", "our", "i", "me", "we", "us":
			return ""
		}
	}
	// "Mr Justice Hawthorne", "Mrs Justice Cole", "Madam Speaker": the
	// honorific of address before a title is no part of the post (as
	// "Mr Paul Lam" has none); the role is the title, "Justice".
	if len(ws) > 1 && styleHonorifics[strings.ToLower(strings.TrimSuffix(ws[0], "."))] {
		ws = ws[1:]
	}
	if len(ws) == 1 && styleTitles[strings.ToLower(ws[0])] {
		return ""
	}
	// "Prime Minister Sheikh Hasina", "Foreign Minister Sheikh Abdullah
	// bin Zayed": an honorific of address after the post is part of how
	// the person is named, not of the role (but "First Lady", "Crown
	// Prince").
	if n := len(ws); n > 1 && addressHonorifics[strings.ToLower(ws[n-1])] {
		ws = ws[:n-1]
	}
	return strings.Join(ws, " ")
}

// styleHonorifics are honorifics of address that may go before a title.
var styleHonorifics = setOf("mr", "mrs", "ms", "miss", "madam", "madame", "mister")

// addressHonorifics are styles of address that never end a post's name.
var addressHonorifics = setOf("sheikh", "shaikh", "sir", "dame")

// titleAbbrevs are abbreviated titles and what they stand for.
var titleAbbrevs = map[string]string{
	"sen": "Senator", "rep": "Representative", "gov": "Governor", "lt": "Lieutenant",
	"col": "Colonel", "gen": "General", "capt": "Captain", "sgt": "Sergeant", "maj": "Major",
	"adm": "Admiral", "cmdr": "Commander", "supt": "Superintendent", "insp": "Inspector",
	"det": "Detective", "atty": "Attorney", "assemb": "Assemblymember", "sec": "Secretary",
	"lt-gov": "Lieutenant Governor", "rev": "Reverend", "prof": "Professor", "ald": "Alderman", "del": "Delegate",
	"cpl": "Corporal", "pvt": "Private", "pfc": "Private First Class", "spc": "Specialist", "ofc": "Officer",
	"tpr": "Trooper", "asst": "Assistant", "dist": "District",
	// "Sens. Maria Lopez and Kevin Hart": each a senator
	"sens": "Senator", "reps": "Representative",
}

// styleTitles are ranks that are part of how a person is named, not a
// role to show beside the name.
var styleTitles = setOf("prince", "princess", "king", "queen", "duke", "duchess", "pope",
	"sheikh", "sir", "dame", "lord", "lady", "earl", "countess", "baron", "baroness",
	"emir", "sultan", "ayatollah", "rabbi", "imam", "father", "sister", "brother", "reverend", "rev.",
	"maulana", "mawlawi", "maulvi", "mullah", "mufti", "monsignor", "prophet", "oba", "ooni", "alaafin")

func joinWords(toks []token) string {
	var sb strings.Builder
	for k, t := range toks {
		if k > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.text)
	}
	return sb.String()
}

// roleOf returns the role text of an entity, or "".
func (r *registry) roleOf(id int) string {
	if id < 0 || id >= len(r.ents) {
		return ""
	}
	e := &r.ents[id]
	if e.anon && e.alias >= 0 && e.alias < len(r.ents) {
		e = &r.ents[e.alias]
	}
	if e.org {
		return ""
	}
	return e.role
}

// afterTitleObject reports whether the capitalised run at toks[i] is the
// object of a title or role ("Minister of Education Stefania Giannini",
// "ambassador to Britain Liu Xiaoming", "envoy to the United Nations
// Vassily Nebenzia"), so that the name is only its last words.
func afterTitleObject(toks []token, i int) bool { return titleBeforeObject(toks, i) >= 0 }

// titleBeforeObject returns the index of the title or role whose object
// the capitalised run at toks[i] is (see afterTitleObject), or -1.
func titleBeforeObject(toks []token, i int) int {
	p := i - 1
	// "Minister for Trade and Industry Gan Kim Yong", "Minister for
	// Children, Equality and Youth Roderic O'Gorman": the object names
	// portfolios joined by "and" or commas; the run is its last.
	// (The run goes on with the list: not "Minister of Energy, Prince
	// Abdulaziz bin Salman", "Minister for Health and Tom Hall".)
	if p >= 2 && (toks[p].low == "and" || toks[p].low == ",") && !toks[p].cap && portfolioObjects[toks[i].low] {
		for k := p - 1; k >= 1 && k > p-9 && toks[k].para == toks[i].para; k-- {
			if t := toks[k]; t.kind == tWord && t.cap && portfolioObjects[t.low] || t.low == "and" || t.low == "," {
				continue
			}
			if toks[k].low == "of" || toks[k].low == "for" {
				p = k
			}
			break
		}
	}
	if p >= 2 && toks[p].low == "the" && !toks[p].cap {
		p--
	}
	if p < 1 {
		return -1
	}
	switch toks[p].low {
	case "of":
		if toks[p-1].in(lxTitles) {
			return p - 1
		}
	case "to", "for", "at":
		if toks[p-1].in(lxPersonRoles) {
			return p - 1
		}
		// "Minister of State for Transport Sun Xueling"
		if toks[p-1].low == "state" && p >= 3 && toks[p-2].low == "of" && toks[p-3].in(lxTitles) {
			return p - 3
		}
	}
	return -1
}

// portfolioObjects are the words of a portfolio that a minister's title
// names after "for" or "of": the portfolioWords and more ("Minister for Information and Broadcasting",
// "Secretary for Security", "Minister of Works and Housing").
var portfolioObjects = withWords(portfolioWords,
	"affairs", "information", "broadcasting", "communications", "technology", "digital", "sport", "sports",
	"tourism", "heritage", "arts", "planning", "works", "lands", "water", "power", "petroleum",
	"resources", "mines", "fisheries", "forestry", "security", "development", "enterprise", "investment",
	"youth", "children", "women", "family", "equality", "disability", "integration", "welfare", "pensions",
	"interior", "manpower", "aviation", "railways", "maritime", "climate", "economy", "treasury", "revenue",
	"law", "internal", "external", "national", "local", "government", "rural", "urban", "social", "services",
	"public", "higher", "basic", "primary", "secondary", "food", "budget", "economic")

// titleObjectEnd returns where the name starts in toks[i:j], a run
// following "<title> of": at a known given name, else the last two words
// ("Minister of Education Stefania Giannini").
func titleObjectEnd(toks []token, i, j int) int {
	// "Industry Gan Kim Yong", "Transport Sun Xueling": past the
	// portfolio's words, a word of no English (or a known given name)
	// starts the name; an English word may be more of the object
	// ("Health Services Ann Lee").
	s := i
	for s < j-2 && portfolioObjects[toks[s].low] {
		s++
	}
	if s > i && (isFirstName(toks[s]) || !englishWord(toks[s].low)) {
		return s
	}
	for p := s + 1; p < j-1; p++ {
		first := toks[p].low
		if h := strings.IndexByte(first, '-'); h > 0 {
			first = first[:h]
		}
		if _, ok := firstNames[first]; ok {
			return p
		}
	}
	// "Director of Horticulture Ghulam Rasool Mir", "Superintendent of
	// Police Jashandeep Singh Randhawa": the object is English words, the
	// name starts at the first word no English word list has.
	for p := i + 1; p < j-2; p++ {
		if !englishWord(toks[p].low) && !orgWords[toks[p].low] && capitalised(toks[p].text) {
			for q := i; q < p; q++ {
				if !englishWord(toks[q].low) {
					return j - 2
				}
			}
			return p
		}
	}
	return j - 2
}

// appositiveRole reads ", the Taliban's spokesman," starting at toks[j] and
// returns its head noun ("spokesman"), or "".
// onTrialAfter reports whether the name run ending before toks[j] is the
// subject of words a court report says of the person on trial: ", 49,
// denies fraud", "has pleaded not guilty", "is charged with", "is accused
// of", "is on trial", "is standing trial" (not "denied", which anyone
// may do of a claim, nor "was charged", whose case may be over).
func onTrialAfter(toks []token, j int) bool {
	// ", 49," or ", of Leeds,"? Only an age.
	if j+2 < len(toks) && toks[j].low == "," && len(toks[j+1].low) <= 3 && hasDigit(toks[j+1].low) && toks[j+2].low == "," {
		j += 3
	}
	w := func(k int) string {
		if k < len(toks) && toks[k].sent == toks[j].sent {
			return toks[k].low
		}
		return ""
	}
	if j >= len(toks) {
		return false
	}
	switch w(j) {
	case "denies":
		return true
	case "pleaded", "pleads", "pled":
		return w(j+1) == "not" && w(j+2) == "guilty" || w(j+1) == "guilty"
	case "has":
		return (w(j+1) == "pleaded" || w(j+1) == "pled") && (w(j+2) == "not" || w(j+2) == "guilty")
	case "is", "stands":
		switch w(j + 1) {
		case "charged":
			return w(j+2) == "with"
		case "accused":
			return w(j+2) == "of"
		case "on":
			return w(j+2) == "trial"
		case "standing":
			return w(j+2) == "trial"
		}
	}
	return false
}

// courtSide returns "prosecuting" or "defending" when the name run
// toks[i:j] follows that word opening its sentence and a comma
// ("Prosecuting, Helen Marsh said") or has it between commas after it
// ("Helen Marsh, prosecuting, said"); otherwise "".
func courtSide(toks []token, i, j int) string {
	side := func(t token) string {
		if t.kind == tWord && (t.low == "prosecuting" || t.low == "defending") {
			return t.low
		}
		return ""
	}
	if i >= 2 && toks[i-1].low == "," && toks[i-1].sent == toks[i].sent {
		if o := i - 2; o == 0 || toks[o-1].sent != toks[o].sent || toks[o-1].para != toks[o].para {
			if s := side(toks[o]); s != "" {
				return s
			}
		}
	}
	if j+2 < len(toks) && toks[j].low == "," && toks[j+2].low == "," && toks[j+1].sent == toks[i].sent {
		return side(toks[j+1])
	}
	return ""
}

func appositiveRole(toks []token, j int) string {
	// (And an occupation: "Mia Lane, the museum's curator,".)
	if head := appositiveHead(toks, j); personRoles[head] || occupations[head] {
		return head
	}
	return ""
}

// appositiveHead returns the last word of the apposition's first noun
// phrase after the name ending at toks[j-1] ("deportee" in "Ann Lee,
// another deportee,"), or "".
func appositiveHead(toks []token, j int) string {
	if j >= len(toks) || toks[j].low != "," {
		return ""
	}
	para := toks[j].para
	head := ""
	for k := j + 1; k < len(toks) && k <= j+12; k++ {
		t := toks[k]
		if t.para != para || t.kind != tWord {
			break
		}
		if head != "" && (t.in(lxPrepositions) || t.low == "who" || t.low == "which") {
			break
		}
		// "Cristian Gonzalez, an immigrant from Mexico, is a mother":
		// a verb after the comma closes an apposition the name ended;
		// what follows is said of the sentence's subject.
		if k == j+1 && (t.in(lxReportingVerbs) || t.low == "who" || t.low == "which" || t.in(lxCopulaWords) || t.in(lxAuxiliaries)) {
			return ""
		}
		head = t.low
	}
	return head
}

// predicateRole returns the person noun a copula after the name
// toks[i:j] (past an apposition between commas) says the name is: "mother"
// in "Cristian Gonzalez, an immigrant from Mexico, is a stay-at-home mother
// of four", "nurse" in "Ann Lee is a retired nurse"; else "".
func predicateRole(toks []token, i, j int) string {
	if j >= len(toks) {
		return ""
	}
	para := toks[j].para
	k := j
	if toks[k].low == "," && k+1 < len(toks) && (toks[k+1].low == "is" || toks[k+1].low == "was") && i > 0 && toks[i-1].low == "," {
		// "The director of the department, Leo Marsh, is a numbers man":
		// the name closes an apposition to the subject it names.
		k++
	} else if toks[k].low == "," {
		// Past an apposition describing the name ("an immigrant from
		// Mexico"), not another name ("Health, Leo Marsh, is").
		k++
		if k >= len(toks) || toks[k].cap {
			return ""
		}
		for k < len(toks) && k < j+14 && toks[k].para == para && toks[k].low != "," {
			if t := toks[k]; t.kind != tWord || t.in(lxCopulaWords) || t.in(lxAuxiliaries) || t.in(lxReportingVerbs) {
				return ""
			}
			k++
		}
		if k >= len(toks) || toks[k].low != "," {
			return ""
		}
		k++
	}
	if k+2 >= len(toks) || toks[k].para != para || (toks[k].low != "is" && toks[k].low != "was") || (toks[k+1].low != "a" && toks[k+1].low != "an") {
		return ""
	}
	for n := k + 2; n < len(toks) && n < k+6 && toks[n].para == para; n++ {
		t := toks[n]
		if t.kind != tWord || t.cap || t.poss {
			return ""
		}
		if t.in(lxPersonRoles) {
			return t.low
		}
	}
	return ""
}

var prepositions = setOf("of", "at", "for", "in", "from", "with", "to", "on", "by", "and")

// firstName gives firstNames' entry for the token's word.
func firstName(t *token) (g byte, ok bool) {
	if !t.in(lxFirstNames) {
		return 0, false
	}
	g, ok = firstNames[t.low]
	if !ok && strings.IndexByte(t.low, '-') > 0 {
		// "Jean-Luc" (see hyphenGiven): a gender when both names agree.
		return hyphenGender(t.low), true
	}
	return g, ok
}

func isFirstName(t token) bool {
	if w := withoutAccents(t.low); w != t.low {
		_, ok := firstNames[w]
		return ok || t.cap && strings.IndexByte(w, '-') > 0 && hyphenGiven(w)
	}
	return t.in(lxFirstNames)
}

// headlineEnd returns the end of the paragraph starting at toks[i] when it
// reads as a title-case headline: no sentence end, no quotation, and most
// words capitalised. Otherwise it returns i.
func headlineEnd(toks []token, i int) int {
	para := toks[i].para
	words, caps := 0, 0
	j := i
	for ; j < len(toks) && toks[j].para == para; j++ {
		switch toks[j].kind {
		case tEnd, tQuote:
			return i
		case tWord:
			words++
			if toks[j].cap {
				caps++
			} else if len(toks[j].low) <= 3 {
				words-- // "for", "on", "and": lower case in title case too
			}
		}
	}
	if words >= 3 && 5*caps >= 4*words {
		return j
	}
	return i
}

// datelineEnd returns the index after the dash of a dateline opening the
// paragraph at toks[i] ("WASHINGTON (AP) —", "NAIROBI, Kenya —"), or
// after the colon of one in capitals alone opening the first paragraph
// ("NEW DELHI: The Supreme Court ...", as Indian papers print them), or i.
func datelineEnd(toks []token, i int) int {
	t := toks[i]
	if e := titleDatelineEnd(toks, i); e > i {
		return e
	}
	// ("LA PAZ, Bolivia (AP) —", "EL PASO, Texas —": a place's first
	// word of two capitals before another in capitals.)
	if t.kind != tWord || !isAcronym(t.text) || len(t.text) < 3 && !(len(t.text) == 2 && i+1 < len(toks) && toks[i+1].para == t.para && toks[i+1].kind == tWord && isAcronym(toks[i+1].text) && len(toks[i+1].text) >= 3) {
		return i
	}
	for j := i + 1; j < len(toks) && j <= i+8 && toks[j].para == t.para; j++ {
		switch toks[j].low {
		case "—", "–", "--":
			return j + 1
		case ":":
			// "SYDNEY: Prime Minister ...", "NEW DELHI (PTI): ...", as
			// Australian and Indian papers open the first paragraph
			// (a speaker's label in a transcript is not the first).
			// One word alone needs five letters: "NASA: ..." may be the
			// agency speaking.
			if t.para == toks[0].para && capsOnly(toks[i+1:j]) && (j > i+1 || len(t.text) >= 5) {
				return j + 1
			}
			return i
		case "-":
			// "WASHINGTON (Aug. 13) -- ", typed as two hyphens.
			if j+1 < len(toks) && toks[j+1].low == "-" {
				return j + 2
			}
			return j + 1
		}
		if toks[j].kind == tEnd || toks[j].kind == tQuote {
			return i
		}
	}
	return i
}

// titleDatelineEnd returns the index after the dash or colon of a
// dateline in title case opening the article ("Johannesburg - Eskom has
// warned", "Nairobi — Safaricom has posted", "Mumbai: Rajgarh Steel on
// Friday reported", as African and Indian papers print them): up to
// three capitalised words, no possessive, then the mark and a
// capitalised word; or i.
func titleDatelineEnd(toks []token, i int) int {
	if i != 0 || len(toks) < 4 {
		return i
	}
	j := i
	for j < len(toks) && j < i+3 && toks[j].kind == tWord && toks[j].cap && !toks[j].poss && !isAcronym(toks[j].text) && toks[j].para == toks[i].para {
		j++
	}
	if j == i || j+1 >= len(toks) || toks[j].para != toks[i].para || toks[j+1].para != toks[i].para {
		return i
	}
	switch toks[j].low {
	case "—", "–", "-", ":":
	default:
		return i
	}
	// (Not "Tesla: the company said", a speaker's label, nor a name
	// glued to the mark, "Coca-Cola".)
	if n := toks[j+1]; n.kind != tWord || !n.cap || toks[j].s == toks[j-1].e || n.s == toks[j].e {
		return i
	}
	return j + 1
}

// creditEnd returns the end of the paragraph when toks[i] opens a
// photograph's credit after its caption ("... on Monday. Photo: Jo
// Brady/PA", "Picture: Sarah Lee for The Guardian", "Credit...Todd
// Heisler/The New York Times", "Photo by Leon Neal/Getty Images"), or i.
// The credit follows the end of the caption's sentence; "by" must be
// followed by a name ("Photo by the river" is no credit).
func creditEnd(toks []token, i int) int {
	if i+2 >= len(toks) || i == 0 || toks[i-1].para != toks[i].para || toks[i-1].kind != tEnd && toks[i-1].low != "(" ||
		toks[i+1].para != toks[i].para {
		return i
	}
	n := i + 1
	switch toks[i].low {
	case "photo", "image", "picture", "pic", "photograph", "photographer", "illustration", "video":
		if toks[n].low == "credit" {
			n++
		}
	case "credit", "credits":
	default:
		return i
	}
	switch toks[n].low {
	case ":":
	case ".", "…":
		// "Credit...Todd Heisler": the NYT's dots.
		if toks[i].low != "credit" {
			return i
		}
	case "by":
		if n+1 >= len(toks) || !isNameWord(toks[n+1]) || toks[n+1].para != toks[i].para {
			return i
		}
	default:
		return i
	}
	j := n
	for j < len(toks) && toks[j].para == toks[i].para {
		j++
	}
	return j
}

// captionEnd returns the end of the paragraph opened at toks[i] when it is
// a picture's caption or credit ("Image caption ...", "Media caption ...",
// "Photo: ...", "Picture: ..."), or a link to another story ("Related:
// ...", "READ MORE: ..."), or i.
func captionEnd(toks []token, i int) int {
	if i+1 >= len(toks) || toks[i].kind != tWord || !toks[i].cap || toks[i+1].para != toks[i].para {
		return i
	}
	n := toks[i+1].low
	switch toks[i].low {
	case "image", "media":
		if n != "caption" && n != "copyright" && n != "source" {
			return i
		}
	case "photo", "picture", "photograph", "caption", "credit", "pictured":
		if n != ":" {
			return i
		}
	default:
		// "Related: Health secretary Wes Streeting says ...", "READ
		// MORE: ...": a link to another story.
		if !linkLead(toks, i) {
			return i
		}
	}
	j := i
	for j < len(toks) && toks[j].para == toks[i].para {
		j++
	}
	return j
}

// linkLead reports whether toks[i] opens a label of one or two words and a
// colon that links to another story (see linkLabels): "Related:", "Read
// more:", "WATCH:".
func linkLead(toks []token, i int) bool {
	for n := i + 1; n < len(toks) && n <= i+2 && toks[n].para == toks[i].para; n++ {
		if toks[n].low == ":" {
			w := toks[i].low
			if n == i+2 {
				w += " " + toks[i+1].low
			}
			return linkLabels[w] && n+1 < len(toks) && toks[n+1].para == toks[i].para && toks[n+1].kind != tQuote
		}
	}
	return false
}

// placeAcronyms are a country's, union's or state's letters that open
// organisations' names ("UK Sport", "EU Council", "NSW Health").
var placeAcronyms = map[string]bool{"UK": true, "US": true, "USA": true, "EU": true, "UAE": true, "NSW": true, "NZ": true}

// knownGiven reports whether the name word w is a given name either list
// knows.
func knownGiven(w string) bool {
	l := strings.ToLower(w)
	_, ok := firstNames[withoutAccents(l)]
	return ok || givenNameGender(l) != 0
}

// countryLetters are the letters a country or union of countries is
// written with, as a body's name opens ("UK Sport", "UN Women").
var countryLetters = setOf("UK", "US", "U.S.", "U.K.", "EU", "UN")

// countryPair reports whether a and b, a name of two words, are a
// country's letters and a word ("UK Sport") or a word and a country
// ("Sport England"), the word no given name, title or role.
func countryPair(a, b token) bool {
	w := b
	switch {
	case countryLetters[a.text]:
	case b.in(lxCountries) && !a.in(lxCountries) && !nationality(a.low) && !demonym(a.low):
		w = a
	default:
		return false
	}
	return w.cap && !w.poss && !isFirstName(w) && givenNameGender(w.low) == 0 && !w.in(lxTitles) && !w.in(lxPersonRoles) && !w.in(lxHonorifics)
}

// serviceBody reports whether a and b, a name of two words, are a place's
// name or letters and the word of a public service ("Queensland Health",
// "SA Health", "Sydney Water", "Wales Ambulance"): the first no given
// name, title, role or honorific.
func serviceBody(a, b token) bool {
	return serviceWords[b.low] && b.cap && !b.poss && a.kind == tWord && a.cap && !a.poss && !isFirstName(a) && givenNameGender(a.low) == 0 &&
		!a.in(lxTitles) && !a.in(lxPersonRoles) && !a.in(lxHonorifics) && !nationality(a.low) && !demonym(a.low)
}

// serviceWords name a public service that a body of a place runs.
var serviceWords = setOf("health", "water", "ambulance", "rail", "transport", "tourism", "wildlife", "fisheries", "forestry")

// nounAcronyms are things, not bodies, that business and tech pages
// write in capitals ("on AI demand", "ahead of its IPO", "GDP grew"):
// alone, no organisation's name.
var nounAcronyms = setOf("AI", "GDP", "IPO", "IPOs", "EV", "EVs", "VAT", "CPI", "ETF", "ETFs", "GPU", "GPUs",
	"CPU", "CPUs", "LNG", "ESG", "API", "APIs", "PC", "PCs", "SUV", "SUVs", "HBM", "DRAM", "LLM", "LLMs")

// countryAcronyms are countries written in capitals ("in the US"): alone,
// a place, no organisation "the company" may take up.
var countryAcronyms = setOf("US", "U.S.", "UK", "U.K.", "USA", "UAE")

// sentenceOpener reports whether toks[i] opens its sentence.
func sentenceOpener(toks []token, i int) bool {
	return i == 0 || toks[i-1].kind == tEnd || toks[i-1].para != toks[i].para || toks[i-1].sent != toks[i].sent
}

// commonOrgNoun reports whether t is an organisation word that is also an
// ordinary English noun ("Energy", "Market", "Research"), not a brand
// ("Apple", "Reuters").
func commonOrgNoun(t token) bool {
	return t.in(lxOrgWords) && !brandOrgWords[t.low] && englishWord(t.low)
}

// brandOrgWords are the orgWords that are brands' names.
var brandOrgWords = setOf("apple", "amazon", "google", "microsoft", "twitter", "facebook", "instagram", "youtube",
	"tiktok", "reuters", "guardian", "telegraph", "times", "post", "herald", "tribune", "gazette")

// matchVerbs are the verbs of a result that pastVerbs and the ending "-ed"
// do not give ("Ann Lee beat top seed Mia Cole", "Lee faces defending
// champion Mia Cole"): after a name they end the role before the next.
var matchVerbs = setOf("beat", "beats", "defeats", "faces", "meets", "edges", "stuns",
	"upsets", "ousts", "replaces", "succeeds")

// askedAQuestion reports whether toks[j:] is a passive "was asked" (or
// "questioned", "pressed") followed by what about: "was asked about",
// "was pressed on whether".
func askedAQuestion(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j].sent != toks[j+2].sent {
		return false
	}
	switch toks[j].low {
	case "was", "is", "were":
	default:
		return false
	}
	switch toks[j+1].low {
	case "asked", "questioned", "pressed", "quizzed":
	default:
		return false
	}
	switch toks[j+2].low {
	case "about", "whether", "if", "why", "how", "what", "when", "on":
		return true
	}
	return false
}

// functionSurname reports whether toks[i], a capitalised function word
// ("Among", "Over"), is the surname of a person the article has named in
// full, alone beside a verb of speech: "Speaker Anita Among adjourned the
// House. "...," Among said." It then becomes a name word. (Not "Among
// those hurt was ...": no verb of speech.)
func (r *registry) functionSurname(toks []token, i int) bool {
	t := &toks[i] // (not a copy: it is asked of every word that is no name word)
	if t.kind != tWord || !t.cap || t.poss || !t.in(lxStopCaps) || i+1 >= len(toks) || toks[i+1].name {
		return false
	}
	said := toks[i+1].kind == tWord && !toks[i+1].cap && toks[i+1].in(lxReportingVerbs) ||
		i > 0 && toks[i-1].kind == tWord && toks[i-1].in(lxReportingVerbs) && toks[i+1].kind != tWord
	if !said {
		return false
	}
	for _, id := range r.bySurname[r.surnameKey([]string{t.bare()})] {
		if e := r.ents[id]; (e.person || e.maybe && e.gender != 0) && !e.org && !e.anon && len(e.name) >= 2 {
			t.name = true
			return true
		}
	}
	return false
}

// executiveBody reports whether the run (two words or more) names a body
// that ends in a capitalised "Executive": "Health and Safety Executive",
// "Food Standards Executive", "Scottish Executive". Not a post: no word
// before it is a rank ("Chief Executive", "Senior Executive") or a
// trade's ("Sales Executive", "Account Executive"), and none is a given
// name.
func executiveBody(toks []token) bool {
	n := len(toks)
	if n < 2 || toks[n-1].text != "Executive" {
		return false
	}
	for _, t := range toks[:n-1] {
		if t.kind != tWord || t.poss || t.in(lxPersonRoles) || executiveTrades[t.low] {
			return false
		}
	}
	return noGivenName(toks[:n-1])
}

// executiveTrades qualify a person's post "Executive": "Sales
// Executive", "Account Executive", "Chief Executive".
var executiveTrades = setOf("chief", "senior", "junior", "assistant", "associate", "deputy", "vice",
	"managing", "acting", "interim", "executive", "head", "principal", "lead", "joint", "co",
	"sales", "account", "accounts", "marketing", "advertising", "media",
	"business", "creative", "legal", "finance", "financial", "commercial", "recruitment",
	"development", "operations", "technical", "customer", "music", "network", "studio", "film",
	"television", "programme", "program", "digital", "communications", "regional", "global",
	"group", "company", "top", "former", "retired")

// otherCommittee reports whether two names of an institution that share
// their first and last words are two bodies, their middle words apart:
// "the Senate Judiciary Committee said" after "the Senate Foreign
// Relations Committee" is another committee. (Not "the Senate Foreign
// Relations Committee" after "the Senate Relations Committee", nor a
// person's middle name.)
func otherCommittee(a, b []string) bool {
	if len(a) < 3 || len(b) < 3 || !strings.EqualFold(a[0], b[0]) {
		return false
	}
	for _, x := range a[1 : len(a)-1] {
		for _, y := range b[1 : len(b)-1] {
			if strings.EqualFold(x, y) {
				return false
			}
		}
	}
	// (Lower-cased only here, past the cheap tests.)
	return institutionHeads[strings.ToLower(a[len(a)-1])]
}
