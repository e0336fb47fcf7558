package quote

// Mention chains: words quoted a second time keep the speaker the article
// gave them the first time; pronouns, descriptions and names that refer
// back to someone named earlier (a given name alone, "they" for an
// organisation, "the magazine", "the firm's boss"); names that only
// qualify a role or sit in a fronted phrase.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// requoteWindow bounds how many earlier attributed quotations a repeated
// quotation is compared with, keeping Extract linear.
const requoteWindow = 40

// nextWord returns the bounds of the first word of s at or after byte i:
// a run of letters, digits and apostrophes, hyphens joining two runs
// ("well-being", "don't"). start is len(s) when there is none. It is the
// one definition of a word inside a quotation (firstPerson, quoteWords,
// signature, shortTitle).
func nextWord(s string, i int) (start, end int) {
	start = len(s)
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case inWord(r):
			if start == len(s) {
				start = j
			}
		case r == '-' && start < len(s) && j+n < len(s):
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); inWord(r2) {
				break
			}
			return start, j
		default:
			if start < len(s) {
				return start, j
			}
		}
		j += n
	}
	return start, len(s)
}

func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
}

// quoteWords returns the words of a quotation (nextWord), lower case, each
// followed by a space and the first preceded by one (" get it out "), and
// how many there are: the form in which a re-quoted passage is recognised
// whatever its punctuation and marks.
func quoteWords(s string) (string, int) {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	n := 0
	for i := 0; ; {
		ws, we := nextWord(s, i)
		if ws == len(s) {
			break
		}
		for _, r := range s[ws:we] {
			b.WriteRune(unicode.ToLower(r))
		}
		b.WriteByte(' ')
		n++
		i = we
	}
	return b.String(), n
}

// wordSig is a signature of a quotation's words: a 256-bit set of their
// hashes and how many there are. A quotation can repeat another only if
// its set is within the other's, so most pairs are ruled out without
// building their words.
type wordSig struct {
	bits [4]uint64
	n    int
}

func signature(s string) wordSig {
	var sig wordSig
	for i := 0; ; {
		ws, we := nextWord(s, i)
		if ws == len(s) {
			break
		}
		h := uint64(14695981039346656037)
		for _, r := range s[ws:we] {
			h = (h ^ uint64(unicode.ToLower(r))) * 1099511628211
		}
		sig.bits[h>>62] |= 1 << (h & 63)
		sig.n++
		i = we
	}
	return sig
}

// within reports whether every word hash of a is in b.
func (a wordSig) within(b wordSig) bool {
	for i := range a.bits {
		if a.bits[i]&^b.bits[i] != 0 {
			return false
		}
	}
	return true
}

// repeats reports whether the quotation with words w (n of them) repeats
// the earlier one with words e (m of them): the same five or more words,
// or a run of at least six of them (a passage of a post or speech quoted
// again in part).
func repeats(w string, n int, e string, m int) bool {
	if n < 5 || m < 5 {
		return false
	}
	if n == m {
		return w == e
	}
	if n < m {
		return n >= 6 && strings.Contains(e, w)
	}
	return m >= 6 && strings.Contains(w, e)
}

// requotes gives each kept quotation with no speaker the speaker of an
// earlier attributed quotation it repeats: "Senator Blake wrote on X:
// "...". ... "...," the post read." keep(i) says whether quotation i is
// kept, named(i) whether it has a speaker; take(i, j) copies j's speaker
// to i.
func requotes(text string, spans []span, keep, named func(int) bool, unattributed func(int) bool, take func(i, j int)) {
	var prior []int
	var sigs []wordSig // of prior, computed when first needed
	for i, sp := range spans {
		if !keep(i) {
			continue
		}
		if named(i) {
			if len(prior) == 2*requoteWindow {
				// Only the latest requoteWindow are compared.
				prior = append(prior[:0], prior[requoteWindow:]...)
				sigs = append(sigs[:0], sigs[requoteWindow:]...)
			}
			prior = append(prior, i)
			sigs = append(sigs, wordSig{n: -1})
			continue
		}
		if !unattributed(i) || len(prior) == 0 {
			continue
		}
		body := text[sp.start:sp.end]
		sig := signature(body)
		if sig.n < 5 {
			continue
		}
		for n := len(prior) - 1; n >= 0 && n >= len(prior)-requoteWindow; n-- {
			p := spans[prior[n]]
			if sigs[n].n < 0 {
				sigs[n] = signature(text[p.start:p.end])
			}
			if o := sigs[n]; o.n < 5 || !(sig.n <= o.n && sig.within(o) || o.n < sig.n && o.within(sig)) {
				continue
			}
			w, nw := quoteWords(body)
			e, ne := quoteWords(text[p.start:p.end])
			if repeats(w, nw, e, ne) {
				take(i, prior[n])
				break
			}
		}
	}
}

// firstPerson reports whether a quotation speaks in the first person ("I",
// "we", "my", "our"...): words a person says of themselves.
func firstPerson(body string) bool { return hasWordOf(body, firstPersonWords) }

// firstSingular reports whether a quotation speaks in the first person
// singular ("I", "my", "me"): one person's words, not an organisation's.
func firstSingular(body string) bool { return hasWordOf(body, firstSingularWords) }

var (
	firstSingularWords = setOf("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my", "mine", "myself")
	firstPersonWords   = setOf("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my", "mine", "myself",
		"we", "we're", "we’re", "we've", "we’ve", "we'll", "we’ll", "us", "our", "ours")
)

// hasWordOf reports whether any word of body, lower-cased, is in words.
func hasWordOf(body string, words map[string]bool) bool {
	for i := 0; ; {
		ws, we := nextWord(body, i)
		if ws == len(body) {
			return false
		}
		if words[strings.ToLower(body[ws:we])] {
			return true
		}
		i = we
	}
}

// narrativeSubject finds the speaker of a first-person quotation with no
// cue of its own from the sentence before it in its paragraph, when that
// sentence is about one person, its subject: "Dan (not his real name), a
// first-year student, has just returned home. He doesn't plan to go back.
// "I was living in a flat with five other students ..."".
func (a *attributor) narrativeSubject(k int, body string) (cue, bool) {
	if k < 2 || a.toks[k-1].para != a.toks[k].para || a.toks[k-1].kind != tEnd {
		return cue{}, false
	}
	first := firstPerson(body)
	end := k - 1
	lo := end
	for lo > 0 && a.toks[lo-1].para == a.toks[k].para && a.toks[lo-1].kind != tEnd {
		lo--
		if t := a.toks[lo]; t.kind == tQuote && !t.weak {
			return cue{}, false
		}
	}
	np := a.subject(lo, end)
	manner := np.kind != npNone && a.mannerPredicate(np.hi, end)
	// (A sentence of two words says too little, unless it is a gesture:
	// "Simmons agrees.", "She smiled.")
	if end-lo < 3 && !manner {
		return cue{}, false
	}
	if np.kind != npName && !(np.kind == npPron && (np.word == "he" || np.word == "she")) {
		return cue{}, false
	}
	if np.kind == npName && !a.reg.ents[np.ent].person {
		return cue{}, false
	}
	if !first && !manner {
		return cue{}, false
	}
	// "Jannik Berger beat Tom Hale in the final. "...," the second seed
	// said": a description no one was given, after the quotation, may
	// be either of two people the sentence sets against each other.
	if np.kind == npName && a.describedAfter(k) && a.otherPersonIn(np.hi, end, np.ent) {
		return cue{}, false
	}
	return cue{np: np, pos: a.toks[np.lo].s}, true
}

// describedAfter reports whether the quotation toks[k] is followed in its
// sentence by "the" and a few words and a reporting verb: ""...," the
// second seed said".
func (a *attributor) describedAfter(k int) bool {
	if k+2 >= len(a.toks) || a.toks[k+1].low != "the" || a.toks[k+1].para != a.toks[k].para {
		return false
	}
	for j := k + 2; j < len(a.toks) && j <= k+6 && a.toks[j].kind == tWord; j++ {
		if a.toks[j].in(lxReportingVerbs) {
			return j > k+2
		}
	}
	return false
}

// setAgainstBefore reports whether the sentence before the one of toks[lo],
// in its paragraph, has id as its subject and names another person after
// it: "Ann Moss sued Tom Reed ... "...," the retired teacher said".
func (a *attributor) setAgainstBefore(lo, id int) bool {
	if lo <= 0 || lo >= len(a.toks) {
		return false
	}
	end := lo - 1
	for end > 0 && a.toks[end].kind != tEnd && a.toks[end].para == a.toks[lo].para && lo-end < 80 {
		end--
	}
	if a.toks[end].kind != tEnd || a.toks[end].para != a.toks[lo].para {
		return false
	}
	start := end
	for start > 0 && a.toks[start-1].kind != tEnd && a.toks[start-1].para == a.toks[end].para && end-start < 80 {
		start--
	}
	np := a.subject(start, end)
	return np.kind == npName && np.ent == id && a.otherPersonIn(np.hi, end, id)
}

// otherPersonIn reports whether toks[lo:hi] names a person other than id.
func (a *attributor) otherPersonIn(lo, hi, id int) bool {
	for j := lo; j < hi && j < len(a.toks); j++ {
		if t := a.toks[j]; isNameWord(t) {
			if e := a.reg.mentionAt(t.s); e >= 0 && e != id && a.reg.isPerson(e) {
				return true
			}
		}
	}
	return false
}

// questionLead reads a short question that asks for someone's words right
// before the quotation toks[k] in its paragraph: "Her advice to younger
// workers? "Never let anybody make you feel small."", "Delgado's verdict?
// "...."". The possessor speaks.
func (a *attributor) questionLead(k int) (cue, bool) {
	if k < 4 || a.toks[k-1].para != a.toks[k].para || a.toks[k-1].kind != tEnd || a.text[a.toks[k-1].s:a.toks[k-1].e] != "?" {
		return cue{}, false
	}
	lo := k - 1
	for lo > 0 && a.toks[lo-1].para == a.toks[k].para && a.toks[lo-1].kind != tEnd {
		lo--
		if a.toks[lo].kind == tQuote || k-1-lo > 8 {
			return cue{}, false
		}
	}
	var np nounPhrase
	n := lo + 1
	switch t := a.toks[lo]; {
	case t.low == "his":
		np = nounPhrase{kind: npPron, word: "he", lo: lo, hi: lo + 1}
	case t.low == "her":
		np = nounPhrase{kind: npPron, word: "she", lo: lo, hi: lo + 1}
	case isNameWord(t):
		e := lo
		for e < k-1 && isNameWord(a.toks[e]) && !a.toks[e].poss {
			e++
		}
		if e >= k-1 || !isNameWord(a.toks[e]) || !a.toks[e].poss {
			return cue{}, false
		}
		id := a.reg.mentionAt(t.s)
		if id < 0 || !a.reg.isPerson(id) {
			return cue{}, false
		}
		np = nounPhrase{kind: npName, ent: id, lo: lo, hi: e + 1}
		n = e + 1
	default:
		return cue{}, false
	}
	if n >= k-1 || !leadQuestionNouns[a.toks[n].low] {
		return cue{}, false
	}
	// "to younger workers", "for others", "on the matter": what follows
	// the noun says only to whom or about what.
	if n+1 < k-1 && !a.toks[n+1].in(lxPrepositions) {
		return cue{}, false
	}
	return cue{np: np, pos: a.toks[lo].s}, true
}

// nameLabel reads a paragraph that is only a person's name, with or
// without a description after a comma, and no full stop, right before the
// paragraph the quotation toks[k] opens: a panel of experts or readers
// printed name over words ("Prof Jane Wills, urban geographer" / "It could
// work, but only if ..."). A headline with a verb after the name ("Ellen
// Price defends the cuts") is no label.
func (a *attributor) nameLabel(k int) (cue, bool) {
	if k == 0 || !startsParagraph(a.toks, k) || a.toks[k-1].para != a.toks[k].para-1 || a.toks[k-1].kind == tEnd {
		return cue{}, false
	}
	lo := k - 1
	for lo > 0 && a.toks[lo-1].para == a.toks[k-1].para {
		lo--
		if k-lo > 14 {
			return cue{}, false
		}
	}
	if !isNameWord(a.toks[lo]) {
		return cue{}, false
	}
	for j := lo; j < k; j++ {
		if t := a.toks[j]; t.kind == tQuote || t.kind == tEnd || bylineWords[t.low] {
			return cue{}, false
		}
	}
	np := a.parseFwd(lo, k)
	if np.kind != npName || !a.reg.ents[np.ent].person || a.reg.ents[np.ent].org || a.reg.ents[np.ent].anon {
		return cue{}, false
	}
	if np.hi < k && a.toks[np.hi].low != "," {
		return cue{}, false
	}
	// A label is a page's heading, which the registry reads as a
	// headline: the name must say it is a person's by itself, through
	// an honorific or a known given name ("Shelter, housing charity" is
	// no one).
	if t := a.toks[lo]; !honorificOf(t) && !isFirstName(t) && givenNameGender(t.low) == 0 {
		return cue{}, false
	}
	return cue{np: np, pos: a.toks[lo].s}, true
}

// bylineWords mark a paragraph naming the article's writer ("Jane
// Whitfield, Health Correspondent"), no one it quotes.
var bylineWords = setOf("correspondent", "reporter", "editor", "writer", "columnist", "contributor", "by")

// leadQuestionNouns are what a question before a quotation asks someone
// for: "Her advice?", "His verdict?".
var leadQuestionNouns = setOf("advice", "verdict", "response", "answer", "reply", "reaction", "message",
	"explanation", "secret", "view", "take", "prediction", "motto", "philosophy", "tip", "tips",
	"conclusion", "assessment", "defence", "defense", "excuse", "retort", "recipe")

// mannerPredicate reports whether toks[i:end], what follows a sentence's
// subject up to its end, says only how the subject takes what follows:
// a copula and an adjective of manner ("was more blunt", "was less
// forgiving", "remained defiant") or a gesture ("smiled", "shrugged off
// talk of heroism", "laughed"). A quotation right after such a sentence,
// with no cue of its own, is the subject's, first person or not:
// "Another resident, Keith Barlow, was more blunt. "They can dress it up
// how they like.""
func (a *attributor) mannerPredicate(i, end int) bool {
	if i >= end || a.toks[i].low != "," {
		return a.mannerAt(i, end)
	}
	// Past the comma closing an apposition ("another mum, Lorraine,"), or
	// an age or apposition set off by commas ("Keith Barlow, 74,").
	if a.mannerAt(i+1, end) {
		return true
	}
	for c := i + 1; c < end && c < i+10; c++ {
		if a.toks[c].low == "," {
			return a.mannerAt(c+1, end)
		}
	}
	return false
}

// mannerAt reads mannerPredicate's verb phrase from toks[i].
func (a *attributor) mannerAt(i, end int) bool {
	for i < end && a.toks[i].in(lxSkipBeforeVerb) && a.toks[i].low != "who" && a.toks[i].low != "which" {
		i++
	}
	if i >= end || a.toks[i].kind != tWord || a.toks[i].cap {
		return false
	}
	if gestureVerbs[a.toks[i].low] {
		return true
	}
	if !mannerCopulas[a.toks[i].low] {
		return false
	}
	i++
	for i < end && mannerDegree[a.toks[i].low] {
		i++
	}
	return i < end && mannerAdjectives[a.toks[i].low] && (i+1 == end || i+2 == end && a.toks[i+1].low == "still")
}

var (
	// gestureVerbs: the subject's manner before their words.
	gestureVerbs = setOf("smiled", "smiles", "laughed", "laughs", "shrugged", "shrugs", "nodded", "nods",
		"sighed", "sighs", "grinned", "grins", "chuckled", "chuckles", "winced", "winces", "paused",
		"pauses", "hesitated", "hesitates", "beamed", "beams", "scoffed", "scoffs", "bristled", "bristles",
		// "Simmons agrees.": a stance taken before the words.
		"agrees", "agreed", "disagrees", "disagreed", "concurs", "concurred", "demurs", "demurred")
	mannerCopulas = setOf("was", "is", "were", "are", "remained", "remains", "sounded", "sounds", "seemed", "seems")
	mannerDegree  = setOf("more", "less", "far", "much", "even", "rather", "equally", "also", "just", "as", "typically",
		"characteristically", "somewhat", "a", "bit", "little", "no")
	// mannerAdjectives describe how someone puts or takes a thing.
	mannerAdjectives = setOf("blunt", "frank", "candid", "forthright", "direct", "succinct", "unimpressed",
		"adamant", "defiant", "philosophical", "sceptical", "skeptical", "forgiving", "optimistic",
		"pessimistic", "upbeat", "emphatic", "unapologetic", "unrepentant", "scathing", "dismissive",
		"pragmatic", "realistic", "sanguine", "cautious", "diplomatic", "circumspect", "unmoved",
		"unconvinced", "unfazed", "resolute", "defensive", "matter-of-fact", "bullish", "hopeful",
		"gloomy", "wistful", "indignant", "furious", "angry", "outraged", "incredulous", "enthusiastic",
		"effusive", "modest", "humble", "magnanimous", "charitable", "generous", "conciliatory",
		"combative", "blunter", "franker", "harsher", "kinder", "critical", "positive", "negative",
		"measured", "guarded", "confident", "emotional", "tearful")
)

// quietParagraph reports whether the paragraph before the one opened by
// the quotation token k is narrative that brings in no one: no quotation,
// no name, no pronoun or description as a subject of speech, no reporting
// verb. A quotation after it continues the speaker of the paragraph
// before: "Varadkar explained: "..." / In short, it would see all but
// essential workplaces closed. / "We asked for comfort ...""
func (a *attributor) quietParagraph(k int) bool {
	if k == 0 {
		return false
	}
	para := a.toks[k].para - 1
	end := k
	lo := end
	for lo > 0 && a.toks[lo-1].para == para {
		lo--
	}
	if lo == end || end-lo > 80 || a.toks[end-1].para != para {
		return false
	}
	// A live blog's time stamp ("1.45pm", "Updated 10:42 a.m. ET") opens
	// a new entry: no run of quotations goes on past it.
	if end-lo <= 16 && timeStamp(a.text[a.toks[lo].s:a.toks[end-1].e]) {
		return false
	}
	if a.clutterParagraph(lo, end) {
		return true
	}
	return a.quietRange(lo, end)
}

// timeStamp reports whether the paragraph s is a live blog's time stamp
// opening an entry: a time of day, with or without a date, a time zone and
// "Updated" ("2.02pm", "11:05 a.m.", "Updated at 14.32 BST", "Updated June
// 3, 2025, 5:12 p.m. ET").
func timeStamp(s string) bool {
	if len(s) > 60 {
		return false
	}
	clock := false
	for i, w := range strings.Fields(s) {
		w = strings.TrimRight(w, ",")
		low := strings.ToLower(w)
		switch {
		case low == "updated" || low == "posted" || low == "published":
			if i != 0 {
				return false
			}
		case low == "at" || low == "on" || low == "last":
		case low == "am" || low == "pm" || low == "a.m." || low == "p.m." || low == "a.m" || low == "p.m":
		case monthNames[low] || dayNames[low]:
		case clockTime(low):
			clock = true
		case strings.Trim(w, "0123456789") == "" || strings.Trim(low, "0123456789") == "th" || strings.Trim(low, "0123456789") == "st":
		case len(w) >= 2 && len(w) <= 4 && strings.ToUpper(w) == w && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "":
			// a time zone: ET, BST, AEST
		default:
			return false
		}
	}
	return clock
}

// clockTime reports whether w is a time of day: "9:58", "14.32",
// "1.45pm", "10:15am".
func clockTime(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	h := 0
	for h < len(w) && h < 2 && isDigit(w[h]) {
		h++
	}
	return h > 0 && len(w) == h+3 && (w[h] == ':' || w[h] == '.') && isDigit(w[h+1]) && isDigit(w[h+2])
}

// afterClutter reports whether the paragraph before the one opened by the
// quotation token k is page furniture (see clutterParagraph).
func (a *attributor) afterClutter(k int) bool {
	if k == 0 {
		return false
	}
	lo := k
	for lo > 0 && a.toks[lo-1].para == a.toks[k].para-1 {
		lo--
	}
	return lo < k && a.toks[k-1].para == a.toks[k].para-1 && a.clutterParagraph(lo, k)
}

// quietRange reports whether the paragraph toks[lo:end] brings in no one
// (see quietParagraph).
func (a *attributor) quietRange(lo, end int) bool {
	for j := lo; j < end; j++ {
		t := a.toks[j]
		if t.kind == tQuote || a.isVerb(j) || a.isInvertedVerb(j) && j+1 < end && a.toks[j+1].kind == tEnd {
			return false
		}
		if t.kind == tWord && (isPronoun(t.low) && t.low != "it" || t.low == "his" || t.low == "her" || t.low == "their") {
			return false
		}
	}
	return !a.namesSomeone(lo, end)
}

// clutterParagraph reports whether the paragraph toks[lo:end] is page
// furniture left in an article's text, which a run of quotation
// paragraphs goes on past: a photograph's caption with its credit
// ("Mayor Karen Bass at City Hall. (AP Photo/Jae C. Hong)"), an
// advertisement's label, or a link to another story ("READ MORE: ...",
// "Related: ...").
func (a *attributor) clutterParagraph(lo, end int) bool {
	if a.toks[lo].kind == tQuote {
		return false
	}
	para := a.text[a.toks[lo].s:a.toks[end-1].e]
	if adLabels[strings.ToLower(strings.TrimSpace(para))] {
		return true
	}
	for _, c := range photoCredits {
		if strings.Contains(para, c) {
			return true
		}
	}
	// A label of one or two words and a colon opening the paragraph.
	for n := lo + 1; n < end && n <= lo+2; n++ {
		if a.toks[n].low == ":" {
			label := strings.ToLower(a.text[a.toks[lo].s:a.toks[n-1].e])
			return linkLabels[label] && n+1 < end && a.toks[n+1].kind != tQuote
		}
	}
	return false
}

var (
	adLabels     = setOf("advertisement", "advert", "sponsored", "story continues below", "continue reading below", "article continues below", "scroll to continue")
	photoCredits = []string{"(AP Photo", "AP Photo/", "Photograph:", "Photo:", "Photo credit", "Getty Images", "Credit:", "/AFP", "(Reuters)", "/Reuters", "/Shutterstock", "/PA Wire", "(PA)"}
	linkLabels   = setOf("read more", "read also", "related", "see also", "more", "watch", "listen", "recommended", "also read", "most read")
)

// afterShortPhrase reads an inverted cue after a short prepositional phrase
// that completes the quotation's sentence: `There is "less drive to pick a
// winner" in Iowa, said Pat Rynard, managing editor of ...`. toks[i:v] is
// the phrase and its comma, toks[v] the verb; the speaker must be a named
// person.
func (a *attributor) afterShortPhrase(i, v, hi int) (cue, bool) {
	if !a.shortPhraseTo(i, v) {
		return cue{}, false
	}
	np := a.parseFwd(v+1, hi)
	if np.kind != npName || a.reg.ents[np.ent].org {
		return cue{}, false
	}
	return cue{np: np, text: a.cueText(v, hi), pos: a.toks[v].s, adjacent: true}, true
}

// shortPhraseTo reports whether toks[i:c] is a short prepositional phrase
// of plain words closed by the comma toks[c-1] ("for building codes,").
func (a *attributor) shortPhraseTo(i, c int) bool {
	if c-i > 7 || c-i < 3 || a.toks[c-1].low != "," || !a.toks[i].in(lxObjectPreps) && !a.toks[i].in(lxPrepositions) || a.toks[i].low == "and" {
		return false
	}
	for j := i; j < c-1; j++ {
		if t := a.toks[j]; t.kind != tWord || t.in(lxClauseWords) || a.isVerb(j) || isPronoun(t.low) {
			return false
		}
	}
	return true
}

// theyOrg resolves "they" as the subject of a cue at toks[k] to the
// organisation the sentence before is about, as British reporting writes
// of an organisation in the plural ("Greenvale Council has closed its
// libraries. They said: ..."). It looks back over the pronoun's own
// sentence and the two before it, nearest first: a named organisation that
// is a subject (not a possessive or the object of a preposition) is the
// antecedent; anything a plural "they" could mean first — people named,
// an unnamed group ("residents", "two officials"), two organisations
// joined by "and" — leaves it undecided (-1).
func (a *attributor) theyOrg(k int) int {
	found := -1
	a.theyWindow(k, func(j int, ms mention, ok bool) bool {
		if !ok {
			return true
		}
		e := &a.reg.ents[ms.ent]
		switch {
		case e.anon:
			return false
		case e.org:
			if ms.weak {
				return true
			}
			// "Norland Foods and Vela Labs said": both of them.
			e2 := j
			for e2+1 < len(a.toks) && isNameWord(a.toks[e2+1]) {
				e2++
			}
			if j > 0 && a.toks[j-1].low == "and" || e2+2 < len(a.toks) && a.toks[e2+1].low == "and" && isNameWord(a.toks[e2+2]) {
				return false
			}
			// "Cameron's family thanked GMP. They said:": people in the
			// plural before it in its sentence are its subject, whom
			// "they" may mean as well.
			for p := j - 1; p >= 0 && a.toks[p].sent == a.toks[j].sent; p-- {
				if pluralPeople(a.toks[p]) {
					return false
				}
			}
			found = ms.ent
			return false
		case e.person || e.maybe:
			return ms.weak
		}
		return true
	})
	return found
}

// theyWindow walks back from the "they" at toks[k] over the words of its
// sentence and the two before it (at most 90 tokens), nearest first,
// calling fn with each word's index and the mention it starts, if any
// (only the first word of a name run holds one). It stops at a word for
// people in the plural ("residents"), which a plural "they" could mean, or
// when fn returns false, and reports whether it went through the whole
// window.
func (a *attributor) theyWindow(k int, fn func(j int, ms mention, ok bool) bool) bool {
	if k <= 0 || k >= len(a.toks) {
		return false
	}
	sent := a.toks[k].sent
	for j := k - 1; j >= 0 && j > k-90 && a.toks[j].sent >= sent-2; j-- {
		t := a.toks[j]
		if t.kind != tWord {
			continue
		}
		if pluralPeople(t) {
			return false
		}
		var ms mention
		ok := false
		if isNameWord(t) && (j == 0 || !isNameWord(a.toks[j-1]) || a.toks[j-1].para != t.para || a.toks[j-1].poss) {
			ms, ok = a.reg.mentionOf(t.s)
		}
		if !fn(j, ms, ok) {
			return false
		}
	}
	return true
}

// theyPerson resolves "they" as the subject of a cue at toks[k] to a
// person the article never calls "he" or "she" (singular "they"): the one
// person named in the pronoun's sentence and the two before it, when
// nothing there could be what a plural "they" means (people in the plural,
// an unnamed group or person, an organisation that is no mere object, a
// second person) and no he/she/his/her points at someone of a gender
// ("Alex Reyes, who runs the shelter, confirmed the change. "...," they
// said."). It returns -1 otherwise.
func (a *attributor) theyPerson(k int) int {
	found := -1
	whole := a.theyWindow(k, func(j int, ms mention, ok bool) bool {
		switch a.toks[j].low {
		case "he", "she", "him", "his", "her", "hers", "himself", "herself", "we", "us", "our":
			return false
		}
		if !ok {
			return true
		}
		e := &a.reg.ents[ms.ent]
		switch {
		case e.anon || e.plural:
			return false
		case e.org:
			return ms.weak
		case e.person:
			if e.gender != 0 || len(e.name) < 2 || found >= 0 && found != ms.ent {
				return false
			}
			found = ms.ent
			return true
		}
		return false // a name that may be a group's
	})
	if !whole {
		return -1
	}
	return found
}

// pluralPeople reports whether t names people in the plural ("residents",
// "officials", "Critics", "the police"), whom a "they" may mean.
func pluralPeople(t token) bool {
	if t.kind != tWord || t.name && !t.cap {
		return false
	}
	if ok, pl := personNoun(t.low); ok && pl {
		return true
	}
	switch t.low {
	case "police", "staff", "families", "children", "students", "pupils", "parents", "workers", "members",
		"fans", "locals", "owners", "crews", "teams", "players", "both", "organisers", "organizers":
		return true
	case "team", "family", "couple", "pair", "squad", "jury", "crew", "band":
		// "Lyle's defence team said they would appeal": a group of
		// people named in the singular.
		return !t.cap
	}
	return t.in(lxGroupNouns) && strings.HasSuffix(t.low, "s") && !orgHeads[strings.TrimSuffix(t.low, "s")]
}

// takenUpByPronoun reports the gender of the one-word name toks[i] when the
// text treats it as a person's given name: the name is the subject of a
// clause (a lower-case word, its verb, follows), and a "he" or "she"
// opening a clause in its sentence or the next two takes it up, with no
// other name a pronoun could mean in between. A name the given-name lists
// know must agree with the pronoun; one they do not know ("Priya") needs
// more: a "his"/"her" of the same gender in its own sentence, or the next
// sentence opening with the pronoun; and its own sentence must not take it
// up as "it" or "its". It returns 0 otherwise: "Jordan has closed its
// border. "...," he said." is not about a person called Jordan.
func takenUpByPronoun(toks []token, i int) byte {
	t := toks[i]
	if t.poss || i+1 >= len(toks) || t.in(lxMonthNames) {
		return 0
	}
	// "Trump, speaking at a rally in Ohio, repeated his claim": the verb
	// after an aside set off by commas.
	v := i + 1
	if toks[v].low == "," {
		v = asideEnd(toks, v)
		if v < 0 {
			return 0
		}
	}
	if n := toks[v]; n.kind != tWord || n.cap || n.para != t.para || n.in(lxPrepositions) || n.low == "or" || n.low == "who" ||
		n.in(lxClauseWords) || !unicode.IsLetter(rune(n.text[0])) {
		return 0
	}
	// "the Apollo 10 crew", "in Leeds", "Cook's": not the subject (but
	// "The court heard that Reed had sent ..." is: "that" opens the
	// clause Reed is the subject of).
	if p := i - 1; p >= 0 && toks[p].para == t.para && toks[p].kind == tWord &&
		(determiner(toks[p].low) && toks[p].low != "that" || toks[p].in(lxPrepositions) || toks[p].in(lxObjectPreps) || toks[p].poss) {
		return 0
	}
	if t.in(lxOrgWords) || nationality(t.low) || demonym(t.low) || t.in(lxCountries) || t.in(lxPartyNames) || t.in(lxPartyMembers) {
		return 0
	}
	// "Children growing up in his presidency "...," he said.", "Nurses
	// have told him ...": people in the plural opening a sentence, not
	// one person called by a single name; a participle or a verb in the
	// plural after the word says so when the lists do not know the noun.
	if pluralPeople(t) || pluralSubjectNext(toks[v].low) {
		return 0
	}
	known := givenNameGender(t.low)
	// "Luboku released his new EP": "his" right after the name's verb is
	// the name's own (an organisation has "its"; "her" may be an object).
	if v+1 < len(toks) && toks[v+1].low == "his" && toks[v+1].para == t.para && (known == 0 || known == 'm') &&
		!toks[v].in(lxPassiveAux) && !toks[v].in(lxSkipBeforeVerb) && toks[v].low != "and" {
		return 'm'
	}
	var own byte // gender of a his/her in the name's own sentence
	for n := i + 1; n < len(toks) && n < i+80; n++ {
		w := toks[n]
		if w.sent > t.sent+2 {
			return 0
		}
		if w.kind != tWord {
			continue
		}
		switch w.low {
		case "its", "it":
			if w.sent == t.sent {
				return 0 // "Jordan has closed its border"
			}
		case "his", "himself":
			if w.sent == t.sent && own == 0 {
				own = 'm'
			}
			continue
		case "her", "herself":
			if w.sent == t.sent && own == 0 {
				own = 'f'
			}
			continue
		case "he", "she":
			if !subjectSlot(toks, n) {
				return 0
			}
			g := byte('m')
			if w.low == "she" {
				g = 'f'
			}
			if known != 0 {
				if known == g {
					return g
				}
				return 0
			}
			opens := w.sent == t.sent+1 && (toks[n-1].kind == tEnd || toks[n-1].para != w.para)
			// "Wong said the talks had been difficult. "...," she said.":
			// a name that speaks, and the subject of a cue right after the
			// next quotation.
			cued := toks[v].in(lxReportingVerbs) && w.sent <= t.sent+2 && toks[n-1].kind == tQuote && n+1 < len(toks) && toks[n+1].in(lxReportingVerbs)
			// "Sunak arrived in Downing Street. "We have work to do,"
			// he said.": a live blog's surname, the subject of what only
			// people do, whose next sentence is a quotation "he" speaks.
			hv := toks[v].low
			if (hv == "has" || hv == "had") && v+1 < len(toks) {
				hv = toks[v+1].low // "Starmer has arrived in Brussels."
			}
			cued = cued || humanVerbs[hv] && n >= 2 && toks[n-1].kind == tQuote && toks[n-2].kind == tEnd && toks[n-2].sent == t.sent &&
				n+1 < len(toks) && toks[n+1].in(lxReportingVerbs)
			if own == g || (opens || cued) && own == 0 {
				return g
			}
			return 0
		}
		// Another name, not a place after a preposition, could be meant.
		if p := toks[n-1]; isNameWord(w) && !(p.low == "in" || p.low == "to" || p.low == "from" || p.low == "at" || p.low == "on" && platforms[w.low] || isNameWord(p) && p.sent == w.sent) {
			return 0
		}
	}
	return 0
}

// humanVerbs are things only people do, said of a one-word subject
// ("Sunak arrived", "Hunt rises", "Ardern visited").
var humanVerbs = setOf("arrived", "arrives", "met", "meets", "visited", "visits", "thanked", "thanks", "rises", "rose",
	"stood", "stands", "sat", "flew", "travelled", "traveled", "addressed", "addresses", "greeted", "greets", "hugged",
	"smiled", "smiles", "laughed", "laughs", "waved", "waves", "walked", "walks", "posed", "joked", "jokes", "shrugged")

// asideEnd returns the index of the word after an aside that opens with the
// comma at toks[c] and closes with another in the same sentence, within a
// few words and with no quotation ("Trump, speaking at a rally in Ohio on
// Saturday, repeated"), or -1.
func asideEnd(toks []token, c int) int {
	for k := c + 1; k < len(toks) && k < c+16; k++ {
		t := toks[k]
		if t.sent != toks[c].sent || t.kind == tQuote || t.kind == tEnd {
			return -1
		}
		if t.low == "," {
			if k == c+1 || k+1 >= len(toks) || toks[k+1].sent != t.sent {
				return -1
			}
			return k + 1
		}
	}
	return -1
}

// pluralSubjectNext reports whether the word after a one-word subject
// shows the subject is not one person: a participle ("Nurses working in the
// ward") or a verb agreeing with a plural ("Voters have", "Farmers say").
func pluralSubjectNext(w string) bool {
	if pluralVerbs[w] || presentPlural[w] {
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "during"
}

var presentPlural = setOf("say", "do", "remain", "want", "need", "believe", "think", "feel", "fear", "worry")

var monthNames = setOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december")

// inFrontedPhrase reports whether the name at toks[i] is inside a phrase
// that opens its sentence before the subject, closed by a comma: a
// prepositional or participial phrase ("At a conference hosted by UK
// finance minister Gordon Brown, he said ...", "Speaking to Laura Hinds,
// she said ..."). Such a name is the object of a preposition or verb, not
// whom the sentence is about, so a pronoun rarely means it. A subordinate
// clause ("When Smith arrived, he ...") has its own subject and does not
// count.
func inFrontedPhrase(toks []token, i int) bool {
	s := i
	for s > 0 && toks[s-1].sent == toks[i].sent && toks[s-1].para == toks[i].para {
		s--
		if t := toks[s]; t.kind == tQuote || t.low == "," || t.low == ";" || t.low == ":" {
			return false
		}
	}
	if s == i || s+1 >= len(toks) {
		return false
	}
	o := toks[s]
	if o.kind != tWord || !o.cap {
		return false
	}
	clause := false // a subordinate clause: its subject is weak only before a named one
	switch {
	case o.low == "after" || o.low == "before" || o.low == "since" || o.in(lxSubordinators):
		// "After meeting X,"; "After X left the room, Jim Hall spoke"
		// (but "When Laura Hinds arrived, she said": she is Hinds).
		n := toks[s+1]
		if n.kind != tWord {
			return false
		}
		clause = !strings.HasSuffix(n.low, "ing")
		if clause && !o.in(lxSubordinators) && o.low != "after" && o.low != "before" && o.low != "since" {
			return false
		}
	case o.in(lxPrepositions) && o.low != "and" || o.in(lxObjectPreps) || frontedOpeners[o.low]:
	case strings.HasSuffix(o.low, "ing") && len(o.low) > 5 && !isFirstName(o):
		// "Speaking to ...", "Addressing ..."
	default:
		return false
	}
	// The phrase must close with a comma before the sentence goes on.
	for e := i + 1; e < len(toks) && toks[e].sent == toks[i].sent && toks[e].para == toks[i].para; e++ {
		switch t := toks[e]; {
		case t.low == ",":
			return e+1 < len(toks) && toks[e+1].sent == t.sent && toks[e+1].kind == tWord && (!clause || isNameWord(toks[e+1]) || describedMain(toks, e+1) >= 0)
		case t.kind == tQuote, t.kind == tWord && t.low == "said":
			return false
		}
	}
	return false
}

// inFrontedTimeClause reports whether the name toks[i:j] is inside a
// clause of time fronted before the main clause, after an introductory
// phrase or an adverb of degree that inFrontedPhrase does not read past,
// or as an apposition to a role: "Last year, soon after the police chief,
// Andrew Kell, announced his retirement, Mayor Tom Bright said ...", "In
// an interview last month, shortly after Ann Reyes resigned, Mr. Hale
// said ...". The main clause must open with a name or a definite
// description of a person, its subject, whom a "he" after then means.
func inFrontedTimeClause(toks []token, i, j int) bool {
	if i == 0 || j >= len(toks) {
		return false
	}
	// The name follows the subordinator or an apposition's comma.
	if w := toks[i-1].low; w != "," && !timeSubordinators[w] {
		return false
	}
	sent, para := toks[i].sent, toks[i].para
	s := i
	for s > 0 && toks[s-1].sent == sent && toks[s-1].para == para && toks[s-1].kind != tEnd {
		s--
	}
	// An introductory phrase of a few words closed by a comma ("Last
	// year,", "In an interview last month,") may open the sentence.
	o := s
	for k := s; k < i && k-s <= 7; k++ {
		if toks[k].low == "," {
			if k+1 < i && toks[s].kind == tWord && (introWords[toks[s].low] || timeIntroWords[toks[s].low]) {
				o = k + 1
			}
			break
		}
	}
	// "soon after", "shortly before", "just days after", "two weeks
	// before", "a week after": an adverb of degree or a span of time.
	for n := 0; n < 3 && o+1 < i && toks[o].kind == tWord && (timeDegree[toks[o].low] || countWords[toks[o].low] || hasDigit(toks[o].low)); n++ {
		o++
	}
	sub := toks[o]
	if sub.kind != tWord || !timeSubordinators[sub.low] || o >= i {
		return false
	}
	// ", Andrew Kell," in apposition to a role ("the police chief").
	appos := toks[i-1].low == ","
	if appos && (i < 3 || toks[i-2].kind != tWord || !(personRoles[toks[i-2].low] || occupations[toks[i-2].low])) {
		return false
	}
	for k := o + 1; k < i; k++ {
		switch t := toks[k]; {
		case t.kind == tQuote || t.low == ";" || t.low == ":":
			return false
		case t.low == "," && !(appos && k == i-1):
			return false
		}
	}
	e := j
	if appos {
		if toks[e].low != "," {
			return false
		}
		e++
	}
	for ; e < len(toks) && toks[e].sent == sent && toks[e].para == para; e++ {
		switch t := toks[e]; {
		case t.low == ",":
			n := e + 1
			return n < len(toks) && toks[n].sent == sent && toks[n].kind == tWord && toks[n].cap &&
				(isNameWord(toks[n]) || describedMain(toks, n) >= 0)
		case t.kind == tQuote, t.low == ";", t.low == ":", t.kind == tWord && t.low == "said":
			return false
		}
	}
	return false
}

// timeIntroWords open an introductory phrase of time before a fronted
// clause ("Last year, soon after ...", "Earlier this month, when ...").
var timeIntroWords = setOf("last", "this", "earlier", "later", "years", "months", "weeks", "days", "back", "then")

// timeDegree are adverbs of degree before a subordinator of time ("soon
// after", "shortly before", "long before", "just after").
var timeDegree = setOf("soon", "shortly", "just", "right", "long", "even", "only", "immediately", "moments", "minutes", "hours",
	"days", "weeks", "months", "years", "minute", "hour", "day", "week", "month", "year", "a", "an", "few", "several", "some")

// describedMain returns the index of the head of a definite description
// of a person opening the main clause at toks[k], after a fronted clause,
// or -1: "When Aziz sat down, the Prime Minister rose again", "After Reed
// left, the coach spoke" (the person described, not Aziz or Reed, is the
// one a "he" after means).
func describedMain(toks []token, k int) int {
	if toks[k].low != "the" {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].sent == toks[k].sent && toks[j].kind == tWord; j++ {
		w := toks[j].low
		if toks[j].poss || closedClass(w) {
			return -1
		}
		if personRoles[w] || occupations[w] || ageOf(w) != "" {
			if j+1 < len(toks) && (titles[toks[j+1].low] || personRoles[toks[j+1].low]) {
				continue // "the Prime Minister"
			}
			if j+1 < len(toks) && toks[j+1].kind == tWord && !toks[j+1].cap && !isNameWord(toks[j+1]) {
				return j
			}
			return -1
		}
	}
	return -1
}

// frontedOpeners open a phrase before the subject whose names are objects.
// subordinators open a clause fronted before the main one ("When Tom
// Reed lost his seat, Jim Hall took over").
var subordinators = setOf("when", "while", "although", "though", "because", "once", "until", "whereas", "as", "if")

// timeSubordinators open a clause of time: "after Kell retired", "when
// the vote came", "once the deal was signed".
var timeSubordinators = setOf("after", "before", "since", "when", "while", "once", "until")

var frontedOpeners = setOf("during", "according", "asked", "interviewed", "hosted", "questioned", "alongside",
	"unlike", "like", "despite", "following", "amid", "under", "through", "over", "against", "beside", "besides")

// titleOfPlaceBefore returns the title of "the Mayor of Dunmore, " or
// "The Bishop of Wexham, the " ending right before toks[i], the name in
// apposition to it, or "".
// ("A former Governor of Lagos State, Babatunde Fashola,": off says a
// word before the title makes it an office held before.)
func titleOfPlaceBefore(toks []token, i int) (role string, off bool) {
	c := i - 1
	if c > 0 && toks[c].low == "the" {
		c--
	}
	if c < 3 || toks[c].low != "," {
		return "", false
	}
	p := c - 1
	for p > 0 && isNameWord(toks[p]) && !toks[p].poss && c-p <= 4 {
		p--
	}
	if p == c-1 || toks[p].low != "of" || p < 1 {
		return "", false
	}
	t := toks[p-1]
	if t.kind != tWord || !t.cap || !t.in(lxTitles) || !t.in(lxPersonRoles) {
		return "", false
	}
	return t.low, offRoleBefore(toks, p-1)
}

// qualifiesRole reports whether the capitalised run ending before toks[j]
// only qualifies a role before a person's name: lower-case role words,
// then a name ("VOA Pentagon correspondent Carla Babb", "Reuters White
// House correspondent Jeff Mason").
func qualifiesRole(toks []token, j int) bool {
	k := j
	for k < len(toks) && k < j+3 && toks[k].kind == tWord && !toks[k].cap && !toks[k].in(lxPrepositions) && !determiner(toks[k].low) {
		k++
	}
	// (Not "Franziska Brantner accused Merz of": a verb of criticism or
	// speech after a name of two words or more, though "murder accused
	// John Smith" has the word as a role.)
	if k == j+1 && j >= 2 && (toks[j].in(lxCriticismVerbs) || toks[j].in(lxReportingVerbs)) && isNameWord(toks[j-1]) && isNameWord(toks[j-2]) && toks[j-2].para == toks[j].para {
		return false
	}
	return k > j && k < len(toks) && (roleEndsAt(toks, j, k) || titleLike(toks[k-1].low)) && isNameWord(toks[k]) && toks[k].para == toks[j].para ||
		coordinatedRoles(toks, j) >= 0
}

// qualifiesFirm reports whether the name ending before toks[j] names a
// product, a brand or a trade that the business noun after it makes, owns
// or runs, the firm named next: "Candy Crush maker King", "Zara owner
// Inditex", "Fortnite developer Epic Games", "Games maker Activision".
func qualifiesFirm(toks []token, j int) bool {
	k := j + 1
	if k >= len(toks) || toks[j].kind != tWord || toks[j].cap || !firmQualifierHeads[toks[j].low] || !isNameWord(toks[k]) || toks[k].para != toks[j].para {
		return false
	}
	return true
}

// firmQualifierHeads are the business nouns of qualifiesFirm.
var firmQualifierHeads = setOf("maker", "carmaker", "automaker", "chipmaker", "drugmaker", "planemaker",
	"owner", "developer", "publisher", "parent", "operator", "retailer", "giant", "manufacturer")

// roleEndsAt reports whether the lower-case words toks[j:k] end in a role
// noun ("quarterback", "race director") or a player's position named in
// two words ("tight end", "running back", "point guard").
func roleEndsAt(toks []token, j, k int) bool {
	if toks[k-1].in(lxPersonRoles) || toks[k-1].in(lxOccupations) {
		return true
	}
	return k-2 >= j && positionPairs[toks[k-2].low+" "+toks[k-1].low]
}

// positionPairs are players' positions whose last word is no role of its
// own: "Chiefs tight end Travis Kelce", "Leicester left back Luke Thomas".
var positionPairs = setOf("tight end", "defensive end", "running back", "left back", "right back",
	"full back", "centre back", "center back", "wing back", "defensive back", "point guard",
	"shooting guard", "small forward", "power forward", "wide receiver", "left tackle", "right tackle",
	"defensive tackle", "nose tackle", "offensive lineman", "defensive lineman", "free safety",
	"strong safety", "starting pitcher", "relief pitcher", "inside centre", "outside centre")

// lookupQualifier returns the entity a qualifier run names: one already
// known by exactly that name, or a new one marked qual, which shorter
// names do not join.
func (r *registry) lookupQualifier(name []string) int {
	for _, id := range r.bySurname[r.surnameKey(name)] {
		if e := &r.ents[id]; len(e.name) == len(name) && endsWith(e.name, name) {
			return id
		}
	}
	id := r.newEntity(name)
	r.ents[id].qual = true
	return id
}

// mediaNounBeside returns the lower-case noun of a publication right
// before or after the name toks[i:j] ("US magazine Mobile PC", "the Echo
// newspaper"), or "".
func mediaNounBeside(toks []token, i, j int) string {
	if i > 0 && toks[i-1].kind == tWord && !toks[i-1].cap && toks[i-1].in(lxMediaNouns) && toks[i-1].para == toks[i].para {
		return toks[i-1].low
	}
	if j < len(toks) && toks[j].kind == tWord && !toks[j].cap && toks[j].in(lxMediaNouns) && !toks[j-1].poss && toks[j].para == toks[i].para {
		return toks[j].low
	}
	return ""
}

// addOrgNoun records the common noun an organisation was introduced with
// ("magazine"), among its roles.
func (e *entity) addOrgNoun(n string) {
	for _, r := range e.roles {
		if r == n {
			return
		}
	}
	if len(e.roles) < 8 {
		e.roles = append(e.roles, n)
	}
}

// mediaByNoun resolves "the magazine" at pos (in sentence sent) to the
// latest publication introduced with that noun, or whose name has it
// ("Wexham Echo newspaper", "Farm Weekly"), in the twelve sentences
// before; -1 when there is none.
func (r *registry) mediaByNoun(pos, sent int, noun string) int {
	return r.latestNamed(pos, sent, func(_ mention, e *entity) bool {
		for _, x := range e.roles {
			if x == noun {
				return true
			}
		}
		for _, w := range e.name {
			if strings.EqualFold(w, noun) {
				return true
			}
		}
		return false
	})
}

// latestNamed is the latest entity before pos, named (not anonymous) and
// not a person, in the twelve sentences up to sent, whose mention is
// accepted by ok; -1 when there is none.
func (r *registry) latestNamed(pos, sent int, ok func(m mention, e *entity) bool) int {
	found := -1
	r.walkBack(pos, 80, func(m mention) bool {
		if m.sent < sent-12 {
			return true
		}
		e := &r.ents[m.ent]
		if e.anon || e.person || !ok(m, e) {
			return false
		}
		found = m.ent
		return true
	})
	return found
}

// leaderNouns describe whoever leads an organisation, whatever the title
// the article gave them ("the firm's boss" for its chief executive).
var leaderNouns = setOf("boss", "chief", "head", "leader")

// leaderRoles are the titles of someone who leads an organisation: the
// leaderNouns and these.
var leaderRoles = withWords(leaderNouns, "executive", "ceo", "president", "chair",
	"director", "manager", "founder", "owner", "principal", "chancellor", "secretary-general", "commissioner",
	// "AAP convener Arvind Kejriwal", "TMC supremo Mamata Banerjee"
	"convener", "convenor", "supremo")

// possessedByPerson reports whether the description np is possessed by a
// pronoun or a person ("his boss", "Pike's boss"): someone related to that
// person. A possessor that is an organisation ("the firm's boss",
// "Orbel's boss") is not.
func (a *attributor) possessedByPerson(np nounPhrase) bool {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		t := a.toks[k]
		if t.kind != tWord || t.low == np.word {
			break
		}
		switch {
		case t.low == "his" || t.low == "her" || t.low == "their" || t.low == "my" || t.low == "your" || t.low == "our":
			return true
		case t.poss && (t.in(lxOrgHeads) || t.in(lxMediaNouns)):
			continue
		case t.poss:
			if id := a.reg.mentionAt(t.s); id >= 0 && a.reg.ents[id].org {
				continue
			}
			return true
		}
	}
	return false
}

// teamPossessor reports whether e, a possessor, is a name of one word that
// nothing marks as a person's: a team's or a country's ("Arsenal's
// manager", "England's captain"), which a role noun after it describes
// someone of.
func teamPossessor(e *entity) bool {
	return len(e.name) == 1 && !e.person && e.gender == 0 && len(e.roles) == 0 && !e.anon
}

// leaderBefore returns the one person given a leader's title (leaderRoles)
// in the six sentences before pos, or -1 when there is none or more than
// one.
func (r *registry) leaderBefore(pos, sent int) int {
	return max(r.onlyOne(pos, 60, sent-6, func(_ mention, e *entity) bool {
		if !e.person || e.org || e.anon && e.alias < 0 {
			return false
		}
		// (Not one leading only before, to come or under the leader:
		// "Karen Webb is expected to be named acting chief".)
		return slices.ContainsFunc(e.roles, func(ro string) bool { return leaderRoles[ro] && !e.heldOff(ro) })
	}), -1)
}

// onlyOne walks back from pos (at most limit mentions, down to sentence
// from) and returns the one entity a mention of which fits, -1 when none
// does, or -2 when two do: "the firm's boss", "the carmaker" or "the
// Russian leader" refer to someone the text names alone.
func (r *registry) onlyOne(pos, limit, from int, fits func(m mention, e *entity) bool) int {
	found := -1
	r.walkBack(pos, limit, func(m mention) bool {
		if m.sent < from {
			return true
		}
		if m.ent == found || !fits(m, &r.ents[m.ent]) {
			return false
		}
		if found >= 0 {
			found = -2
			return true
		}
		found = m.ent
		return false
	})
	return found
}

// sharedSurname reports whether a bare surname at pos (in sentence sent),
// with the gender g its honorific gives (0 if none), fits two people named
// in full in one sentence, the latest of the four up to sent that names
// one of them: "John Smith and his wife Mary Smith ran the farm. "...,"
// Smith said." does not say which. (Named in sentences of their own, the
// one named last is meant.)
// surnameRival reports whether a bare surname or given name w (of a
// mention of gender g, 0 if unknown) read as entity id is also the surname
// or given name of another person named in full whom the mention could
// mean as well.
func (r *registry) surnameRival(id int, w string, g byte, pos int) bool {
	e := &r.ents[id]
	if e.org || len(e.name) < 2 {
		return false
	}
	// "Tom Reed ... Tom Hanks ... Tom said": a given name is shared too.
	// (Not one the article names only after pos: ""...," Sharif told
	// parliament" before "His elder brother Nawaz Sharif" is introduced
	// has one Sharif to mean.)
	for _, cands := range [2][]int{r.bySurname[surnameFold(w)], r.byFirst[foldName(w)]} {
		for _, c := range cands {
			o := &r.ents[c]
			if c != id && o.person && !o.org && !o.anon && len(o.name) >= 2 && (g == 0 || o.gender == 0 || o.gender == g) && r.namedBefore(c, pos) {
				return true
			}
		}
	}
	return false
}

// namedBefore reports whether the scan found a mention of entity id before
// byte offset pos.
func (r *registry) namedBefore(id, pos int) bool {
	for _, m := range r.mentions {
		if m.pos >= pos {
			return false
		}
		if m.ent == id {
			return true
		}
	}
	return false
}

func (r *registry) sharedSurname(surname string, g byte, pos, sent int) bool {
	cands := r.bySurname[surnameFold(surname)]
	if len(cands) < 2 {
		return false
	}
	first, firstSent := -1, -1
	found := false
	r.walkBack(pos, 60, func(m mention) bool {
		if m.sent < sent-3 || first >= 0 && m.sent != firstSent {
			return true
		}
		e := &r.ents[m.ent]
		if m.ent == first || e.org || e.anon || len(e.name) < 2 || g != 0 && e.gender != 0 && e.gender != g ||
			!slices.Contains(cands, m.ent) {
			return false
		}
		if first >= 0 {
			found = true
			return true
		}
		first, firstSent = m.ent, m.sent
		return false
	})
	return found
}

// roleSynonyms name the same post in other words ("the skipper" for the
// captain); a description tries its synonym when no one has the role
// itself.
var roleSynonyms = map[string]string{
	"skipper": "captain", "captain": "skipper", "forward": "striker", "striker": "forward",
	"keeper": "goalkeeper", "goalkeeper": "keeper", "goalie": "goalkeeper",
	"attorney": "lawyer", "lawyer": "attorney", "medic": "doctor", "physician": "doctor",
	"headteacher": "principal", "principal": "headteacher", "prime minister": "premier",
}

// postGroups sort posts that one person does not hold together: in a
// match, a court, a hospital or a school, each has one.
var postGroups = map[string]uint8{
	"coach": 1, "manager": 1, "referee": 1, "umpire": 1,
	// a club's boss is its manager or coach (see otherPost): not the
	// goalkeeper named just before ("Goalkeeper Sam Doyle made three
	// saves. "...," the Castleton boss added")
	"boss": 1,
	// players' positions: one each, none a coach's; a captain plays one
	// of them ("England captain Harry Kane ... the striker said")
	"striker": 5, "forward": 5, "goalkeeper": 5, "keeper": 5, "defender": 5, "midfielder": 5, "winger": 5,
	"goalie": 5, "goaltender": 5, "netminder": 5, "defenceman": 5, "defenseman": 5, "slugger": 5, "hitter": 5,
	"pitcher": 5, "quarterback": 5, "linebacker": 5, "shortstop": 5, "outfielder": 5, "infielder": 5,
	"fly-half": 5, "scrum-half": 5, "batsman": 5, "bowler": 5, "wicketkeeper": 5,
	"pacer": 5, "paceman": 5, "seamer": 5, "spinner": 5, "leg-spinner": 5, "off-spinner": 5, "batter": 5,
	"shot-stopper": 5, "centre-back": 5, "center-back": 5, "centre-half": 5, "full-back": 5, "left-back": 5,
	"right-back": 5, "wing-back": 5, "playmaker": 5, "prop": 5,
	// a horse's rider and its trainer: "Trainer Aidan Walsh ... the
	// jockey said" is someone else
	"jockey": 9, "trainer": 9,
	// the hand or foot a player plays with: "Right-hander Tom Lee ...
	// the left-hander said" is someone else
	"right-hander": 10, "left-hander": 10, "right-armer": 11, "left-armer": 11,
	"right-footer": 12, "left-footer": 12,
	"captain": 6, "skipper": 6,
	"judge": 2, "prosecutor": 2, "lawyer": 2, "attorney": 2, "barrister": 2, "solicitor": 2,
	"defendant": 2, "witness": 2, "juror": 2,
	"doctor": 3, "nurse": 3, "surgeon": 3, "patient": 3, "physician": 3,
	"teacher": 4, "pupil": 4, "student": 4, "headteacher": 4, "principal": 4,
	// a church's ranks: "Cardinal Pietro Parolin ... the pope said" is
	// someone else
	"pope": 7, "pontiff": 7, "cardinal": 7, "archbishop": 7, "bishop": 7, "priest": 7,
	// offices of state and crown, each held by one person: "Prime
	// Minister Keir Starmer ... the king said" is someone else
	"president": 8, "minister": 8, "king": 8, "queen": 8, "chancellor": 8, "governor": 8, "mayor": 8,
	"senator": 8, "congressman": 8, "congresswoman": 8, "representative": 8,
}

// otherPost reports whether roles hold a post of the same group as role
// but not role itself or its synonym: the person is someone else.
func otherPost(roles []string, role string) bool {
	g := postGroups[role]
	if g == 0 {
		return false
	}
	for _, r := range roles {
		if r == role || r == roleSynonyms[role] || r == roleClass(role) || role == "boss" && (r == "manager" || r == "coach") {
			return false
		}
	}
	for _, r := range roles {
		if postsClash(postGroups[r], g) {
			return true
		}
	}
	return false
}

// postsClash reports whether posts of groups a and b (postGroups) are held
// by two people: a group's posts clash among themselves, and a captain's
// with a coach's but not with a player's position.
func postsClash(a, b uint8) bool {
	if a == 0 || b == 0 || a == b {
		return a == b && a != 0
	}
	return (a == 5 || a == 6 || b == 5 || b == 6) && (a == 1 || b == 1)
}

// distantPerson finds the antecedent of a he/she (gender g) at toks[k]
// further back than personBefore looks (up to twenty sentences), when
// nothing in between could be meant instead: no one else named whose
// gender is unknown or g, no person described ("the health secretary", "a
// nurse"), no pronoun of the other gender and no quotation before the
// pronoun's paragraph. It returns -1 otherwise.
func (a *attributor) distantPerson(k int, g byte) int {
	sent := a.toks[k].sent
	other1, other2 := "he", "him"
	if g == 'm' {
		other1, other2 = "she", "her"
	}
	for j := k - 1; j >= 0 && j > k-800 && a.toks[j].sent >= sent-20; j-- {
		t := a.toks[j]
		if t.kind == tQuote && !t.weak && t.para != a.toks[k].para {
			return -1 // another quotation, maybe someone else's, in between
		}
		if t.kind != tWord {
			continue
		}
		if t.low == other1 || t.low == other2 || t.low == "his" && g == 'f' || t.low == "hers" && g == 'm' {
			return -1
		}
		if !t.cap {
			if ok, plural := personNoun(t.low); ok && !plural {
				return -1
			}
			continue
		}
		if !isNameWord(t) || j > 0 && isNameWord(a.toks[j-1]) && a.toks[j-1].sent == t.sent {
			continue
		}
		id := a.reg.mentionAt(t.s)
		if id < 0 {
			continue
		}
		e := &a.reg.ents[id]
		switch {
		case e.org || e.plural || e.gender != 0 && e.gender != g:
		case e.anon:
			return -1
		case e.person && e.gender == g && a.toks[j].sent < sent-8:
			return id
		case e.person || e.maybe:
			return -1 // someone of unknown gender: either could be meant
		}
	}
	return -1
}

// headingOrg returns the organisation a quotation opening its paragraph at
// toks[k] speaks for when the paragraph before is a heading that names it
// first ("Mallow Swimming Pool - closed until further notice": a short
// line with no sentence end, a name, then a dash or colon) and the
// quotation speaks in the first person plural ("we are closing our
// doors"). It returns -1 otherwise, and for a person named in a heading.
func (a *attributor) headingOrg(k int, body string) int {
	if k == 0 || !startsParagraph(a.toks, k) || !firstPlural(body) {
		return -1
	}
	para := a.toks[k-1].para
	if para != a.toks[k].para-1 {
		return -1
	}
	lo := k - 1
	for lo > 0 && a.toks[lo-1].para == para {
		lo--
	}
	if k-lo > 20 || !isNameWord(a.toks[lo]) {
		return -1
	}
	for j := lo; j < k; j++ {
		// A heading may quote a few words ("closed 'until further notice'").
		if t := a.toks[j]; t.kind == tEnd || t.kind == tQuote && wordCount(a.text[t.s:t.e]) > 4 {
			return -1
		}
	}
	e := lo
	for e < k && isNameWord(a.toks[e]) && !a.toks[e].poss {
		e++
	}
	if e == k || e-lo > 6 {
		return -1
	}
	switch a.toks[e].low {
	case "-", "–", "—", ":":
	default:
		return -1
	}
	id := a.reg.mentionAt(a.toks[lo].s)
	if id < 0 || a.reg.ents[id].person || a.reg.ents[id].anon {
		return -1
	}
	a.reg.ents[id].org = true
	return id
}

// firstPlural reports whether a quotation speaks in the first person
// plural ("we", "our", "us"): the voice of an organisation's statement.
func firstPlural(body string) bool {
	for i := 0; ; {
		ws, we := nextWord(body, i)
		if ws == len(body) {
			return false
		}
		switch strings.ToLower(body[ws:we]) {
		case "we", "we're", "we’re", "we've", "we’ve", "we'll", "we’ll", "our", "ours", "us":
			return true
		}
		i = we
	}
}

// listedWords returns the speaker of a quotation that is an item of a
// list of someone's words: its paragraph opens with a label closed by a
// colon ("Pre-emptive self-exoneration: "I don't have anything against
// bikes.""), like the paragraphs before it back to one that ends with a
// colon and names whose words they are by a possessive ("Cassidy's post
// ... includes all the requisite tactics. These include:", "Highlights of
// Obama's speech:"). It returns -1 otherwise, and when a label names a
// person (who may speak the item).
func (a *attributor) listedWords(k int) int {
	// A question is an interviewer's, whoever the list is of.
	if q := a.toks[k]; !a.labelBefore(k) || isQuestion(a.text[q.s:q.e]) {
		return -1
	}
	j := k
	for steps := 0; steps < 20; steps++ {
		// The start of the paragraph before.
		s := j
		for s > 0 && a.toks[s-1].para == a.toks[j].para {
			s--
		}
		if s == 0 {
			return -1
		}
		p := s - 1 // last token of the paragraph before
		ps := p
		for ps > 0 && a.toks[ps-1].para == a.toks[p].para {
			ps--
		}
		if a.toks[p].low == ":" {
			return a.wordsOwner(ps, p)
		}
		// Another item: a label and a quotation.
		q := ps
		for q <= p && a.toks[q].kind != tQuote {
			q++
		}
		if q > p || !a.labelBefore(q) {
			return -1
		}
		j = ps
	}
	return -1
}

// turnLabels name a speaker's turn in an interview's transcript.
var turnLabels = setOf("q", "a", "question", "answer", "interviewer", "moderator", "host", "reporter")

// labelBefore reports whether the quotation toks[k] follows, in its
// paragraph, a label closed by a colon: a few words opening the paragraph,
// no verb of speech, no quotation, no one named as a person.
func (a *attributor) labelBefore(k int) bool {
	if k == 0 || a.toks[k-1].low != ":" || a.toks[k-1].para != a.toks[k].para {
		return false
	}
	lo := k - 1
	for lo > 0 && a.toks[lo-1].para == a.toks[k].para {
		lo--
	}
	if k-lo > 30 {
		return false
	}
	// "Question:", "Reporter:", "A:": a speaker's turn in an interview,
	// not a topic.
	if k-1-lo <= 2 {
		for j := lo; j < k-1; j++ {
			w := a.toks[j].low
			if ok, _ := personNoun(w); ok || turnLabels[w] {
				return false
			}
		}
	}
	for j := lo; j < k-1; j++ {
		t := a.toks[j]
		if t.kind == tQuote || t.kind == tEnd || a.isVerb(j) || isPronoun(t.low) && t.low != "it" {
			return false
		}
		if id := a.reg.mentionAt(t.s); id >= 0 && a.reg.isPerson(id) {
			return false
		}
	}
	return true
}

// wordsOwner returns whose words the paragraph toks[lo:hi] introduces: a
// possessive name before a noun of speech or writing ("Cassidy's post",
// "Obama's speech"), the only one in the paragraph, or -1.
func (a *attributor) wordsOwner(lo, hi int) int {
	owner := -1
	for j := lo; j+1 < hi; j++ {
		t := a.toks[j]
		if !t.poss || !isNameWord(t) || !a.toks[j+1].in(lxSpeechNouns) || a.toks[j+1].in(lxDelegateNouns) || a.toks[j+1].cap {
			continue
		}
		run := a.ownerRun(lo, j)
		np := a.nameNP(run, lo, j+1-len(run), j+1)
		if np.kind != npName || owner >= 0 && owner != np.ent {
			return -1
		}
		owner = np.ent
	}
	return owner
}

// addressed reports whether the quotation body opens by hailing the person
// id by name: a capitalised word and a comma first ("Steve, I promise"),
// the person's given name, surname or a form of the given name sharing its
// first three letters.
func (a *attributor) addressed(body string, id int) bool {
	e := &a.reg.ents[id]
	if e.org || len(e.name) == 0 {
		return false
	}
	body = strings.TrimLeft(body, "'‘\"“ ")
	ws, we := nextWord(body, 0)
	if we >= len(body) || body[we] != ',' || ws >= we {
		return hailedAfterComma(body, e)
	}
	w := body[ws:we]
	if !capitalised(w) {
		return false
	}
	return hails(w, e)
}

// hailedAfterComma reports whether a clause of body closes by hailing the
// person e by one name word set off by a comma and closed by a stop or a
// comma ("We heard you, Larry. Thank you.", "Not now, Reed!").
func hailedAfterComma(body string, e *entity) bool {
	for i := strings.Index(body, ", "); i >= 0; {
		ws, we := nextWord(body, i+2)
		if ws == i+2 && we < len(body) && we > ws && strings.IndexByte(".!?,", body[we]) >= 0 && capitalised(body[ws:we]) && hails(body[ws:we], e) {
			return true
		}
		n := strings.Index(body[i+2:], ", ")
		if n < 0 {
			break
		}
		i += 2 + n
	}
	return false
}

// hails reports whether the word w names the person e: their given name,
// surname or a form of the given name sharing its first three letters.
func hails(w string, e *entity) bool {
	for k, n := range e.name {
		if strings.EqualFold(n, w) {
			return true
		}
		if k == 0 && len(e.name) > 1 && len(w) >= 3 && len(n) >= 3 && strings.EqualFold(n[:3], w[:3]) && givenNameGender(strings.ToLower(w)) != 0 {
			return true
		}
	}
	return false
}
