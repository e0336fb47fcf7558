package quote

// Last resort: a speaker for a quotation no rule attributed, read from the
// structure of the news writing around it rather than from a cue.

import "strings"

// Confidences of the last resort: always at or above minConfidence, so the
// speaker is given (extract -json), and below ConfidentAt, so it is never
// shown to readers.
// Ordered by how often each structure was right when run alone on every
// scored quotation of the studied real-news sets (1411 quotations, their
// own cues ignored): the speaker of the quotations beside it 646/671, a
// named subject or possessor 89/103, a he/she or description 35/36, the
// person the narrative before is about 32/41.
const (
	lastResortNear    = 0.55 // the speaker of the quotations beside it
	lastResortNamed   = 0.5  // the named subject of the quotation's own clause
	lastResortPronoun = 0.5  // a he/she or description subject, resolved
	lastResortAbout   = 0.4  // the person the narrative before it is about
)

// neighbour is what the rules found for one quotation: its token and the
// entity they gave it (-1 when none).
type neighbour struct {
	tok, ent int
	para     int
}

// lastResort returns the speaker the structure around the quotation token k
// suggests, and how sure it is, or -1 when nothing supports one (never the
// first name of the article at random). It is for quotations with no cue of
// their own that the rules left with no speaker. near holds the rules'
// speakers of all quotations, in order; self is this one's index in it.
// The structures, in order:
//   - someone's words named in the quotation's sentence, whose content
//     it is: "Smith's statement read", "his letter said", "the first
//     minister's remark that ...", "directives from Xi to "..."";
//   - a verb of speech in the infinitive: the person before "to"
//     ("allowed Mosseri to claim that ...");
//   - a partial quotation in a clause: the clause's subject, through
//     "X, who ...", appositions, titles, descriptions and he/she ("Benioff
//     called Cook "someone who ..."", "Cook has long called privacy "a
//     fundamental human right""), but not when the clause is passive or a
//     copula that describes its subject in someone else's words ("Smith
//     was described as "a liar""), nor when someone unnamed stands
//     between ("in the words of one observer");
//   - a quotation opening its sentence: the speaker of the quotations
//     beside it in the paragraph (no sentence about someone else between);
//     opening its paragraph, the speaker of the paragraph before (its last
//     attributed quotation, or one given by this last resort), or, for
//     words in the first person, the one person that paragraph's last
//     sentence is about, or, past one paragraph of narrative about no
//     one, the speaker of the paragraph before that.
func (a *attributor) lastResort(k int, near []neighbour, self int) (int, float64) {
	para := a.toks[k].para
	lo := k
	for lo > 0 && a.toks[lo-1].para == para && a.toks[lo-1].kind != tEnd && !(a.toks[lo-1].kind == tQuote && !a.toks[lo-1].weak) && k-lo < maxRegion {
		lo--
	}
	if lo < k {
		if id, c := a.possessorBefore(lo, k); id >= 0 {
			return id, c
		}
		if id, c, ok := a.infinitiveSpeaker(lo, k); ok {
			return id, c
		}
		if id, c := a.clauseSubject(lo, k); id >= 0 || a.aboutSomeone(lo, k) || a.toks[k-1].kind != tWord {
			return id, c
		}
		// A partial quotation completing a clause about a thing, no one ("the
		// Fed's policy "is as likely to be a negative"", "job growth will
		// be "stable and resilient""), among the quotations of one speaker
		// in its paragraph: the nearest, before or after, with no
		// sentence about someone else between.
		if j := self - 1; j >= 0 && near[j].para == para && near[j].ent >= 0 && !a.otherBetween(near[j].tok, k, near[j].ent) {
			return near[j].ent, lastResortAbout
		}
		if j := self + 1; j < len(near) && near[j].para == para && near[j].ent >= 0 && !a.otherBetween(k, near[j].tok, near[j].ent) {
			return near[j].ent, lastResortAbout
		}
		return -1, 0
	}
	// A quotation opening its sentence.
	q := a.toks[k]
	body := strings.TrimSpace(a.text[q.s:q.e])
	// An unanswered question in an interview is the interviewer's; the
	// structure does not say who asked.
	if strings.HasSuffix(strings.TrimRight(body, "\"”»″' "), "?") {
		return -1, 0
	}
	// In the paragraph: the quotation before, then the one after, with no
	// sentence about someone else between.
	// Only the nearest quotation on each side counts: one with no speaker
	// between hides those further away (""...," he said. "...," she
	// said. "..."" is not his).
	if j := self - 1; j >= 0 && near[j].para == para && near[j].ent >= 0 && !a.otherBetween(near[j].tok, k, near[j].ent) {
		return near[j].ent, lastResortNear
	}
	if j := self + 1; j < len(near) && near[j].para == para && near[j].ent >= 0 && !a.otherBetween(k, near[j].tok, near[j].ent) {
		return near[j].ent, lastResortNear
	}
	// A quotation after narrative in its paragraph: narrativeSubject has
	// read the sentence before.
	if k > 0 && a.toks[k-1].para == para {
		return -1, 0
	}
	// A paragraph of its own: the speaker of the paragraph before, or the
	// one person it is about, for words in the first person ("The runner,
	// Joy Wanjiru, missed the camp." / "I had a contract to race.") or a
	// letter's salutation ("Anders Lund sent a memo to staff." / "Dear
	// colleagues,"). The
	// paragraph after is left to leadsInto, which knows when a run of
	// quotation paragraphs leads into its cue.
	if j := self - 1; j >= 0 && near[j].para == para-1 {
		if near[j].ent >= 0 && !a.otherBetween(near[j].tok, k, near[j].ent) {
			return near[j].ent, lastResortNear
		}
		return -1, 0
	}
	if k > 0 && (firstPerson(body) || salutation(body)) && !a.paragraphQuotes(k-1) {
		if id := a.sentenceAbout(k - 1); id >= 0 {
			return id, lastResortAbout
		}
		if id := a.aboutPastNoOne(k - 1); id >= 0 {
			return id, lastResortAbout - 0.05
		}
	}
	// Past one paragraph of narrative about the speaker of the paragraph
	// before it ("He plans to sell them in China by the end of the year."
	// after his quotation), that speaker.
	if k > 0 && !a.paragraphQuotes(k-1) {
		if j := self - 1; j >= 0 && near[j].para == para-2 && near[j].ent >= 0 && a.sentenceAbout(k-1) == near[j].ent {
			return near[j].ent, lastResortAbout
		}
	}
	// Past one paragraph of narrative about no one ("The sessions have
	// been the perfect showcase for their enthusiasm."), the speaker of
	// the paragraph before it.
	if k > 0 && !a.paragraphQuotes(k-1) && a.aboutNoOne(k-1) {
		if j := self - 1; j >= 0 && near[j].para == para-2 && near[j].ent >= 0 && !a.otherBetween(near[j].tok, k, near[j].ent) {
			return near[j].ent, lastResortAbout
		}
	}
	return -1, 0
}

// aboutSomeone reports whether toks[lo:hi] names or refers to a person
// or an organisation: a name, a personal pronoun or a person noun.
func (a *attributor) aboutSomeone(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		t := a.toks[j]
		if t.kind != tWord {
			continue
		}
		if isNameWord(t) || isPronoun(t.low) || t.low == "his" || t.low == "her" || t.low == "their" || t.low == "its" {
			return true
		}
		if ok, _ := personNoun(t.low); ok {
			return true
		}
	}
	return false
}

// aboutNoOne reports whether the paragraph of toks[e] names no person,
// refers to none by he or she, and has no verb of speech.
func (a *attributor) aboutNoOne(e int) bool {
	para := a.toks[e].para
	// A live blog's time stamp opens a new entry (see timeStamp).
	if lo := a.paraStart(e); e-lo < 16 && timeStamp(a.text[a.toks[lo].s:a.toks[e].e]) {
		return false
	}
	j := e
	for ; j >= 0 && a.toks[j].para == para; j-- {
		t := a.toks[j]
		if e-j > maxRegion || t.kind == tQuote || a.isVerb(j) {
			return false
		}

		switch t.low {
		case "he", "she", "him", "her", "his", "hers", "i", "we":
			return false
		}
		if isNameWord(t) {
			if m := a.reg.mentionAt(t.s); m >= 0 && (a.reg.isPerson(m) || a.reg.ents[m].anon) {
				return false
			}
		}
		if ok, _ := personNoun(t.low); ok && j > 0 && anonDeterminer(a.toks[j-1].low) {
			return false
		}
	}
	return j < e
}

// infinitiveSpeaker reads a verb of speech in the infinitive whose subject
// is the person before "to": "abandoning likes allowed Mosseri to claim
// that Instagram wants to be "..."", "urged him to say "...""; ok is false
// when there is no such verb.
func (a *attributor) infinitiveSpeaker(lo, k int) (int, float64, bool) {
	for v := k - 1; v >= lo+2; v-- {
		t := a.toks[v]
		if t.kind != tWord || t.cap || !(t.in(lxReportingVerbs) || t.in(lxBareSpeech)) || a.toks[v-1].low != "to" || t.in(lxTellVerbs) {
			continue
		}
		w := a.toks[v-2]
		switch {
		case w.low == "him" || w.low == "her":
			pron := "he"
			if w.low == "her" {
				pron = "she"
			}
			id, c := a.speakerOf(nounPhrase{kind: npPron, word: pron, lo: v - 2, hi: v - 1})
			return id, c, true
		case isNameWord(w) && !w.poss:
			s := v - 2
			for s > lo && isNameWord(a.toks[s-1]) && !a.toks[s-1].poss {
				s--
			}
			np := a.nameNP(a.toks[s:v-1], lo, s, v-1)
			id, c := a.speakerOf(np)
			return id, c, true
		}
		return -1, 0, false
	}
	return -1, 0, false
}

// possessorBefore reads someone's words named in toks[lo:k] before the
// quotation, whose content it is: "Smith's statement read", "his tweet
// said", "the first minister's statement that it was okay to get drunk
// "once in a while"", "directives from Xi to "show absolutely no
// mercy"". Not words merely mentioned ("Jones dismissed Smith's statement
// as "nonsense"" is Jones's).
func (a *attributor) possessorBefore(lo, k int) (int, float64) {
	for j := k - 1; j > lo && j >= k-14; j-- {
		t := a.toks[j]
		if t.kind != tWord || !(t.in(lxPossSpeech) || t.in(lxSpeechNouns) || contentNouns[t.low]) || t.in(lxDelegateNouns) || t.cap {
			continue
		}
		// "directives from Xi to "..."", "a warning from the minister
		// that "..."": the source named after the noun.
		if j+2 < k && a.toks[j+1].low == "from" {
			np := a.parseFwd(j+2, k)
			if np.kind == npNone || np.hi > k || !a.contentNext(np.hi, k) {
				return -1, 0
			}
			return a.speakerOf(np)
		}
		if !a.contentNext(j+1, k) {
			return -1, 0
		}
		p := j - 1
		// One modifier: "Smith's latest tweet", "her opening statement".
		if p > lo && !a.toks[p].poss && a.toks[p].kind == tWord && !a.toks[p].cap && a.toks[p].low != "his" && a.toks[p].low != "her" {
			p--
		}
		switch w := a.toks[p]; {
		case w.low == "his" || w.low == "her":
			pron := "he"
			if w.low == "her" {
				pron = "she"
			}
			return a.speakerOf(nounPhrase{kind: npPron, word: pron, lo: p, hi: p + 1})
		case w.poss && !w.cap && w.in(lxPersonRoles) && p > lo && a.toks[p-1].low == "the":
			// "the first minister's statement": one modifier allowed.
			return a.speakerOf(nounPhrase{kind: npDesc, word: w.low, lo: p - 1, hi: p + 1})
		case w.poss && !w.cap && w.in(lxPersonRoles) && p-1 > lo && a.toks[p-2].low == "the":
			return a.speakerOf(nounPhrase{kind: npDesc, word: w.low, lo: p - 2, hi: p + 1})
		case w.poss && isNameWord(w):
			run := a.ownerRun(lo, p)
			if np := a.nameNP(run, lo, p+1-len(run), j); np.kind == npName && !np.shared {
				return a.speakerOf(np)
			}
		}
		return -1, 0
	}
	return -1, 0
}

// contentNext reports whether what follows a noun of speech at toks[i],
// up to the quotation at toks[k], introduces its content: the quotation
// itself, a colon or comma, "that" (a clause of its content may follow),
// "to" (an order's), or a verb that reads it out ("read", "said").
func (a *attributor) contentNext(i, k int) bool {
	if i >= k {
		return true
	}
	switch a.toks[i].low {
	case ":", ",", "—", "–", "-":
		return i+1 == k || a.contentNext(i+1, k)
	case "that":
		for j := i + 1; j < k; j++ {
			if t := a.toks[j]; t.kind == tWord && !t.cap && (t.in(lxPossSpeech) || t.in(lxSpeechNouns)) {
				return false
			}
		}
		return true
	case "to":
		return i+1 == k || i+2 == k
	case "read", "reads", "said", "says", "stated", "states", "added", "adds", "continued", "was", "is":
		return i+1 == k || i+2 == k && (a.toks[i+1].low == ":" || a.toks[i+1].low == ",")
	}
	return false
}

// speakerOf resolves the speaker phrase of a structure, with the
// last resort's confidence for it, or -1 when it is unsure or no one the
// text names.
func (a *attributor) speakerOf(np nounPhrase) (int, float64) {
	conf := lastResortNamed
	switch np.kind {
	case npName:
		// Not two people ("Tom Reed and Ann Hall"), nor a name for people
		// in the plural ("Many San Franciscans agree on "..."").
		if np.shared || np.rival || a.coordinated(np) || a.reg.ents[np.ent].plural {
			return -1, 0
		}
	case npPron:
		if np.word != "he" && np.word != "she" {
			return -1, 0
		}
		conf = lastResortPronoun
	case npDesc:
		conf = lastResortPronoun
	default:
		return -1, 0
	}
	id := a.resolvePhrase(np, a.toks[np.lo].s)
	if id < 0 || a.conf < 0.5 || !a.speakerEntity(id) {
		return -1, 0
	}
	return id, conf
}

// contentNouns carry someone's words, beside possSpeech and speechNouns:
// "directives from Xi to "show absolutely no mercy"", "the minister's
// remark that ...".
var contentNouns = setOf("directive", "directives", "order", "orders", "instruction", "instructions",
	"call", "calls", "demand", "demands", "plea", "pledge", "vow", "command", "commands",
	"remark", "remarks", "claim", "claims", "assertion", "insistence", "suggestion", "boast", "quip")

// clauseSubject returns the subject of the sentence toks[lo:k] that a
// partial quotation at toks[k] completes, or of the reported clause in it
// ("Smith said Jones had called it "a farce"" is Jones's).
func (a *attributor) clauseSubject(lo, k int) (int, float64) {
	// A relative clause holding the quotation is its antecedent's: "The
	// plan was backed by Ann Hall, who called it "the best hope we
	// have"".
	if id, c, ok := a.relativeSubject(lo, k); ok {
		return id, c
	}
	np := a.subject(lo, k)
	if np.kind == npNone || np.hi >= k {
		return -1, 0
	}
	// Not a name after the sentence's verb ("Among those values is
	// privacy, which Apple views as "..."": the sentence is about privacy).
	for j := lo; j < np.lo; j++ {
		if t := a.toks[j]; t.kind == tWord && !t.cap && (t.in(lxDescribingVerbs) || a.isVerb(j)) {
			return -1, 0
		}
	}
	// A name that only qualifies a noun is not the subject ("Democratic
	// inquisitors are reduced to lecturing ...").
	if np.kind == npName && a.toks[np.hi].kind == tWord && !a.toks[np.hi].cap && !a.startsVerbPhrase(np.hi) && !adverbLike(&a.toks[np.hi]) &&
		np.hi+1 < k && a.startsVerbPhrase(np.hi+1) {
		return -1, 0
	}
	// A clause of its own between the subject and the quotation, with a
	// named or he/she subject, is that one's ("Reed suspects Hall brushed
	// off the audit as "..."", "Smith said Jones had called the plan
	// "a farce""); a verb of speech introducing the quotation whose subject
	// the text does not name is no one's ("Schiff believes the public will
	// scream, "..."").
	for v := np.hi; v < k; v++ {
		t := a.toks[v]
		if t.kind != tWord || t.cap || t.in(lxTellVerbs) {
			continue
		}
		if v == k-2 && (a.toks[k-1].low == "," || a.toks[k-1].low == ":") && (t.in(lxReportingVerbs) || t.in(lxBareSpeech)) {
			in := a.parseBack(np.hi, v-1)
			if in.hi != v || !(in.kind == npName || in.kind == npPron && (in.word == "he" || in.word == "she")) {
				return -1, 0
			}
			np = in
			break
		}
		s := v + 1
		if s < k && a.toks[s].low == "that" {
			s++
		}
		if s >= k || !(isNameWord(a.toks[s]) || a.toks[s].low == "he" || a.toks[s].low == "she") ||
			!(a.isVerb(v) || t.in(lxThatVerbs) || clauseVerbs[t.low] || t.low == "that") {
			continue
		}
		in := a.parseFwd(s, k)
		if (in.kind == npName || in.kind == npPron && (in.word == "he" || in.word == "she")) && in.hi < k && a.startsVerbPhrase(in.hi) {
			np = in
			v = in.hi - 1
		}
	}
	// The words are the subject's only when the clause acts: not "Smith
	// was described as "a liar"" or "Smith is "the best we have had"", and
	// not with someone unnamed between ("in the words of one observer").
	if a.describedSubject(np.hi, k) || a.anonBetween(np.hi, k) {
		return -1, 0
	}
	return a.speakerOf(np)
}

// describedSubject reports whether the verb phrase toks[i:k] before a
// quotation describes its subject rather than saying something: a copula or
// a passive ("is", "has long been", "was described as", "is known as").
func (a *attributor) describedSubject(i, k int) bool {
	// "Caudevilla was keen to stress that ...": a verb of speech after
	// all.
	for j := i + 1; j < k; j++ {
		if t := a.toks[j]; t.kind == tWord && !t.cap && a.toks[j-1].low == "to" && (t.in(lxReportingVerbs) || t.in(lxBareSpeech)) {
			return false
		}
	}
	for j := i; j < k; j++ {
		t := a.toks[j]
		if t.kind != tWord {
			continue
		}
		if t.in(lxDescribingVerbs) || t.in(lxPassiveAux) {
			return true
		}
		if t.in(lxAuxiliaries) || adverbLike(&t) || t.low == "also" || t.low == "long" || t.low == "not" || t.low == "never" || t.low == "once" || t.low == "still" {
			continue
		}
		return false // the first verb acts
	}
	return false
}

// anonBetween reports whether someone unnamed is mentioned in toks[i:k].
func (a *attributor) anonBetween(i, k int) bool {
	for j := i; j < k; j++ {
		if id := a.reg.mentionAt(a.toks[j].s); id >= 0 && a.reg.ents[id].anon {
			return true
		}
		if ok, _ := personNoun(a.toks[j].low); ok && j > i && anonDeterminer(a.toks[j-1].low) {
			return true
		}
	}
	return false
}

// sentenceAbout returns the person the sentence ending at toks[e] is about:
// its subject, a named person or a he/she, when it names no one else as a
// subject and has no quotation.
func (a *attributor) sentenceAbout(e int) int {
	para := a.toks[e].para
	// A sentence, not a heading ("Jane Roe - statement on her resignation").
	if a.toks[e].kind != tEnd {
		return -1
	}
	end := e - 1
	lo := end
	for lo > 0 && a.toks[lo-1].para == para && a.toks[lo-1].kind != tEnd && end-lo < maxRegion {
		lo--
		if t := a.toks[lo]; t.kind == tQuote && !t.weak {
			return -1
		}
	}
	if end-lo < 2 {
		return -1
	}
	np := a.subject(lo, end+1)
	switch {
	case np.kind == npName && !np.shared && !np.rival && a.reg.isPerson(np.ent):
	case np.kind == npPron && (np.word == "he" || np.word == "she"):
	default:
		return -1
	}
	id := a.resolvePhrase(np, a.toks[np.lo].s)
	if id < 0 || a.conf < 0.5 || !a.speakerEntity(id) || !a.reg.isPerson(id) {
		return -1
	}
	// About that person alone: no one else named ("Ortiz believes Sam
	// Reyes will win"), no he or she of another ("Mr Ortiz thinks she made
	// a mistake").
	g := a.reg.ents[id].gender
	for j := np.hi; j <= end; j++ {
		t := a.toks[j]
		if isNameWord(t) {
			if m := a.reg.mentionAt(t.s); m >= 0 && m != id && a.reg.isPerson(m) {
				return -1
			}
		}
		switch t.low {
		case "he", "him", "his":
			if g != 'm' {
				return -1
			}
		case "she", "her", "hers":
			if g != 'f' {
				return -1
			}
		}
	}
	return id
}

// paragraphQuotes reports whether the paragraph of toks[e] holds a
// quotation.
func (a *attributor) paragraphQuotes(e int) bool {
	para := a.toks[e].para
	for j := e; j >= 0 && a.toks[j].para == para; j-- {
		if a.toks[j].kind == tQuote && !a.toks[j].weak {
			return true
		}
	}
	return false
}

// describingVerbs link a subject to a description of it.
var describingVerbs = setOf("is", "was", "are", "were", "be", "been", "being", "became", "becomes",
	"become", "remains", "remained", "seems", "seemed", "looks", "looked", "sounds", "sounded")

// speakerEntity reports whether entity id can be a speaker the structure
// suggests: a named person or organisation, not a capitalised word that
// only looks like a name ("Privacy", "Rounding") and that the reading of
// names found nowhere else.
func (a *attributor) speakerEntity(id int) bool {
	if !a.reg.hasName(id) || a.reg.ents[id].anon || a.reg.ents[id].named == 0 {
		return false
	}
	return a.reg.isPerson(id) || a.reg.ents[id].org
}

// bareSpeech are base forms of verbs of speech that reportingVerbs leaves
// out as mostly nouns, but that introduce a quotation after a comma ("and
// scream, "..."").
var bareSpeech = setOf("scream", "shout", "cry", "chant", "yell", "plead", "reply", "answer", "protest",
	"demand", "say", "ask", "tweet", "post", "write", "declare", "announce", "claim", "state", "note",
	"comment", "vow", "pledge", "promise", "stress", "argue", "insist", "explain", "warn", "suggest")

// clauseVerbs take a clause with a subject of its own: "Reed suspects Hall
// brushed off the audit".
var clauseVerbs = setOf("suspects", "suspected", "thinks", "thought", "believes", "believed", "says", "said",
	"knows", "knew", "hopes", "hoped", "fears", "feared", "claims", "claimed", "insists", "insisted",
	"argues", "argued", "suggests", "suggested", "recalls", "recalled", "remembers", "remembered",
	"reckons", "reckoned", "felt", "feels", "noted", "notes", "added", "adds", "explained", "explains")

// speechRightAfter reports whether the quotation token k, closed by a
// comma, is followed in its sentence by a verb of speech, inverted or not:
// ""...," wrote user jayk1984." has a cue of its own, though the rules
// could not read its speaker.
func (a *attributor) speechRightAfter(k int) bool {
	q := a.toks[k]
	if q.q < 0 || !strings.HasSuffix(strings.TrimRight(a.text[q.s:q.e], "\"”»″' "), ",") && !(k+1 < len(a.toks) && a.toks[k+1].low == ",") {
		return false
	}
	for j := k + 1; j < len(a.toks) && j <= k+6 && a.toks[j].para == q.para; j++ {
		t := a.toks[j]
		if t.kind == tEnd || t.kind == tQuote {
			return false
		}
		if t.kind == tWord && !t.cap && (a.isVerb(j) || a.isInvertedVerb(j)) {
			return true
		}
	}
	return false
}

// relativeSubject reads a relative clause "NAME, who ..." that runs, with
// no comma, to the quotation at toks[k]; ok is false when there is none.
func (a *attributor) relativeSubject(lo, k int) (int, float64, bool) {
	for w := k - 1; w > lo+1; w-- {
		t := a.toks[w]
		if t.low == "," && w != k-1 || t.kind == tQuote {
			return -1, 0, false
		}
		if t.low != "who" || a.toks[w-1].low != "," {
			continue
		}
		e := w - 1
		b := e
		for b > lo && isNameWord(a.toks[b-1]) && !a.toks[b-1].poss {
			b--
		}
		if b == e || a.describedSubject(w+1, k) || a.anonBetween(w+1, k) {
			return -1, 0, false
		}
		np := a.nameNP(a.toks[b:e], lo, b, e)
		if id, c := a.speakerOf(np); id >= 0 && a.reg.isPerson(id) {
			return id, c, true
		}
		return -1, 0, false
	}
	return -1, 0, false
}

// salutation reports whether the quoted body is a letter's greeting alone,
// its first paragraph: "Dear colleagues," "Dear Mr Speaker:".
func salutation(body string) bool {
	body = strings.Trim(body, "\"“”'‘’ ")
	if !strings.HasPrefix(body, "Dear ") || len(body) > 60 || !strings.HasSuffix(body, ",") && !strings.HasSuffix(body, ":") {
		return false
	}
	return !strings.ContainsAny(body[:len(body)-1], ".,;:!?")
}

// paraStart returns the index of the first token of the paragraph of
// toks[e].
func (a *attributor) paraStart(e int) int {
	lo := e
	for lo > 0 && a.toks[lo-1].para == a.toks[e].para {
		lo--
	}
	return lo
}
