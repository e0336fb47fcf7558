package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quoted words that are written, named or titled rather than spoken, in
// shapes notSpeech does not cover (issue 8, eighth round).

// writtenWords reports whether the quoted span at toks[k] is the text of
// a headline, tagline or sign introduced by a verb that would otherwise
// read as a cue: "A Monday headline in the Journal reads, "..."", "Its
// tagline is "the real world is calling"", ""Go home," one sign read".
func writtenWords(toks []token, k int) bool {
	para := toks[k].para
	// Before: "<noun> ... reads, "..."", "<noun> is "..."".
	j := k - 1
	for j >= 0 && toks[j].para == para && (toks[j].low == "," || toks[j].low == ":") {
		j--
	}
	// "the theme of the Harbour Forum: "Open borders."": a theme, motto or
	// slogan, past the phrase naming whose, introduced by a colon.
	if k >= 2 && toks[k-1].low == ":" && toks[k-1].para == para {
		for m := k - 2; m >= 0 && m >= k-8 && toks[m].sent == toks[k-1].sent && toks[m].kind == tWord; m-- {
			w := toks[m].low
			if sloganNouns[w] && (m == k-2 || toks[m+1].low == "of") && !ownedCaption(toks, m) {
				return true
			}
			if reportingVerbs[w] || auxiliaries[w] || passiveAux[w] || isPronoun(w) {
				break
			}
		}
	}
	if j >= 1 && toks[j].para == para && toks[j].kind == tWord {
		switch v := toks[j].low; {
		case v == "is" || v == "was":
			if toks[j-1].in(lxSloganNouns) && !ownedCaption(toks, j-1) {
				return true
			}
		case writingVerbs[v]:
			// The noun is the verb's subject: right before it, or before
			// a phrase that places it ("A headline in the Journal reads").
			for m := j - 1; m >= 0 && m >= j-7 && toks[m].sent == toks[j].sent && toks[m].kind == tWord; m-- {
				if toks[m].in(lxSloganNouns) && (m == j-1 || toks[m+1].in(lxObjectPreps) || toks[m+1].low == "of" || m == j-2 && (toks[m+1].low == "that" || toks[m+1].low == "which")) && !ownedCaption(toks, m) {
					return true
				}
			}
		}
	}
	// After: ""...," the headline read", ""...," read one sign".
	j = k + 1
	if j < len(toks) && toks[j].para == para && toks[j].low == "," {
		j++
	}
	for m := j; m < len(toks) && m <= j+3 && toks[m].para == para && toks[m].kind == tWord; m++ {
		if toks[m].in(lxSloganNouns) && !ownedCaption(toks, m) {
			if m+1 < len(toks) && writingVerbs[toks[m+1].low] || m > j && writingVerbs[toks[j].low] {
				return true
			}
		}
	}
	return false
}

// headlineNamed reports whether the quoted span at toks[k] comes right
// after "the headline", "headlined", "titled" or "entitled": "wrote an
// op-ed with the headline "Something is broken at the agency," calling
// ...", "a report titled "...". A cue after it (the participle there)
// does not make the title anyone's words.
func headlineNamed(toks []token, k int) bool {
	if k == 0 || toks[k-1].para != toks[k].para || toks[k-1].kind != tWord {
		return false
	}
	switch toks[k-1].low {
	case "headline", "headlined", "titled", "entitled":
		return true
	}
	return false
}

// ownedCaption reports whether toks[m], a word of sloganNouns, is the
// caption someone wrote to a post of theirs, whose words are theirs: "her
// caption", "Hale's caption", "the caption of her post", or "in the
// caption" or "with the caption" after a verb of speech or posting in its
// sentence ("shared the photos, writing in the caption:", "posted a photo
// of the two of them with the caption:"). A caption under a photograph in
// a museum or a paper is no one's.
func ownedCaption(toks []token, m int) bool {
	if w := toks[m].low; w != "caption" && w != "captions" {
		return false
	}
	owner := func(t token) bool {
		return t.kind == tWord && (t.low == "her" || t.low == "his" || t.low == "their" || t.poss && t.cap)
	}
	if m >= 1 && toks[m-1].sent == toks[m].sent && owner(toks[m-1]) {
		return true
	}
	if m+2 < len(toks) && toks[m+1].low == "of" && toks[m+2].sent == toks[m].sent && owner(toks[m+2]) {
		return true
	}
	if m >= 2 && toks[m-1].low == "the" && (toks[m-2].low == "in" || toks[m-2].low == "with" || toks[m-2].low == "alongside") {
		for v := m - 3; v >= 0 && v >= m-20 && toks[v].sent == toks[m].sent; v-- {
			if w := toks[v].low; reportingVerbs[w] || moreVerbForms[w] || w == "shared" || w == "sharing" || w == "posted" || w == "posting" {
				return true
			}
		}
	}
	return false
}

// sloganNouns carry written words no one is quoted as saying.
var sloganNouns = setOf("headline", "headlines", "tagline", "slogan", "motto", "catchphrase", "sign", "signs", "banner",
	"banners", "placard", "placards", "poster", "posters", "billboard", "billboards", "caption", "inscription", "plaque",
	"strapline", "theme")

// writtenSubject reports whether the speaker phrase np of a cue is a
// thing that carries written words, not a speaker: "the opening title
// card", "his cardboard sign, which". A label may be a record company
// ("the label said") and is left out.
func writtenSubject(toks []token, np nounPhrase) bool {
	if np.kind != npDesc && np.kind != npAnon || np.hi <= np.lo || np.hi > len(toks) {
		return false
	}
	head := toks[np.hi-1].low
	if np.kind == npDesc && np.word != "" {
		head = np.word
	}
	return head != "label" && (inscriptionNouns[head] || sloganNouns[head] && !ownedCaption(toks, np.hi-1))
}

// genericShort reports whether a quoted word or two is named by a generic
// "you" or "one" ("You might even say "boilerplate."", "One could call it
// "a bargain""): the writer's term, no one's words.
func genericShort(text string, sp span, np nounPhrase) bool {
	return np.kind == npPron && (np.word == "you" || np.word == "one") && sp.words < 3
}

// writingVerbs introduce the words of a headline or sign.
var writingVerbs = setOf("reads", "read", "reading", "says", "said", "declares", "declared", "proclaims", "proclaimed")

// titledWork reports whether a quoted span with no cue is the title of a
// work: after "author of" ("author of "Central Bankers at the End of
// Their Ropes""), after a possessive name with most of its words
// capitalised ("Amit Majmudar's "An American Nurse Foresees her
// Death""), or a title-case question or exclamation after "In" opening a
// sentence ("In "How Will the Pandemic Affect Poetry?", she ...").
func titledWork(text string, toks []token, k int, sp span) bool {
	body := strings.TrimSpace(text[sp.start:sp.end])
	if k == 0 || toks[k-1].para != toks[k].para {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(body); !unicode.IsUpper(r) {
		return false
	}
	p := toks[k-1]
	switch {
	case p.low == "of" && k >= 2 && creatorNouns[toks[k-2].low]:
		return mostlyCapitalised(body)
	case p.poss && p.cap && p.kind == tWord:
		return mostlyCapitalised(body) && !strings.ContainsAny(strings.TrimRight(body, ".,"), ".,;:")
	case p.low == "in" && p.cap && (k < 2 || toks[k-2].sent != p.sent):
		trimmed := strings.TrimRight(body, "?!")
		return trimmed != body && titleCase(trimmed)
	}
	return false
}

// creatorNouns make a work theirs: "author of "..."".
var creatorNouns = setOf("author", "co-author", "coauthor", "editor", "writer", "director", "creator", "producer",
	"composer", "publisher", "host")

// mostlyCapitalised reports whether all but at most one of the words of s
// that are not short function words start with a capital letter, and s
// has three to fifteen words: the shape of a title with a lower-case slip
// ("An American Nurse Foresees her Death").
func mostlyCapitalised(s string) bool {
	words, lower := 0, 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsLower(r) && !smallWords[strings.ToLower(strings.TrimRight(w, ".,:;?!"))] {
			lower++
		}
	}
	return words >= 3 && words <= 15 && lower <= 1
}

// namedThing reports whether a quoted span with no cue names a thing in a
// noun phrase: an article and modifiers before it and a noun after it
// ("the ol' "how many fingers am I holding up?" trick", "a "Gucci Grammy
// Awards special edition" watch"), or an article and a measure before a
// short name ending in a comma ("a 27-inch "diamonds tennis necklace,"").
func namedThing(text string, toks []token, k int, sp span) bool {
	body := strings.TrimSpace(text[sp.start:sp.end])
	n := sp.words
	para := toks[k].para
	// The determiner, past up to three modifiers.
	j, mods, measure := k-1, 0, false
	for ; j >= 0 && toks[j].para == para && mods <= 5; j-- {
		t := toks[j]
		if t.kind == tPunct && (t.low == "'" || t.low == "’") {
			continue // "the ol' "...""
		}
		if t.kind == tWord && determiner(t.low) && t.low != "that" && t.low != "one" {
			break
		}
		if hasDigit(t.low) || t.low == "/" || measureWords[t.low] || strings.HasSuffix(t.low, "-inch") || strings.HasSuffix(t.low, "-foot") {
			measure = true
		} else if t.kind != tWord || t.cap || t.in(lxPrepositions) || t.in(lxReportingVerbs) || t.in(lxAuxiliaries) ||
			t.in(lxPassiveAux) || isPronoun(t.low) || t.in(lxClauseWords) {
			return false
		}
		mods++
	}
	if j < 0 || toks[j].para != para || !(toks[j].kind == tWord && determiner(toks[j].low)) {
		return false
	}
	if nx := k + 1; nx < len(toks) && toks[nx].para == para && n <= 8 && modifiedNoun(toks[nx]) {
		return true
	}
	return measure && n <= 4 && strings.HasSuffix(body, ",")
}

var measureWords = setOf("inch", "inches", "foot", "feet", "pound", "pounds", "carat", "karat", "ounce", "gram", "meter", "metre")

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// termSubject reports whether a quoted span (body: its text, trimmed) is
// a term or slogan that is the subject of its sentence, not anyone's words: a short noun phrase
// after "the" or "a" that opens the sentence, before a verb ("The 'sting
// in the tail' is produced by a jet of air"), or a quotation opening the
// sentence that a verb of being makes a slogan (""Hong Kong today, Taiwan
// tomorrow" became her call to arms", ""Take back control" was the
// rallying cry").
func termSubject(toks []token, k int, body string, n int) bool {
	nx := k + 1
	if nx >= len(toks) || toks[nx].sent != toks[k].sent || toks[nx].kind != tWord {
		return false
	}
	opens := func(i int) bool { return i == 0 || toks[i-1].sent != toks[i].sent }
	// (A colon opens the sentence's own words too: "Kaveh writes: A
	// "rural brain drain" has been ...".)
	if k >= 1 && (opens(k-1) || k >= 2 && toks[k-2].low == ":" && toks[k-2].sent == toks[k].sent) && (toks[k-1].low == "the" || toks[k-1].low == "a" || toks[k-1].low == "an") &&
		n <= 6 && !strings.ContainsAny(body, ",.;:!?") && termVerbs[toks[nx].low] {
		return true
	}
	if !opens(k) || !sloganLinks[toks[nx].low] {
		return false
	}
	for j := nx + 1; j < len(toks) && j <= nx+4 && toks[j].sent == toks[k].sent && toks[j].kind == tWord; j++ {
		if sloganHeads[toks[j].low] || toks[j].in(lxSloganNouns) {
			return true
		}
	}
	return false
}

// termVerbs may follow a quoted term that is a sentence's subject.
var termVerbs = setOf("is", "was", "are", "were", "has", "had", "will", "would", "can", "could", "became",
	"becomes", "remains", "remained", "describes", "described", "refers", "referred", "means", "meant")

// sloganLinks make the quotation before them what the words after name.
var sloganLinks = setOf("became", "becomes", "become", "is", "was", "remains", "remained", "has", "had")

// sloganHeads name words a campaign or crowd repeats ("her call to arms",
// "the rallying cry of the campaign").
var sloganHeads = setOf("slogan", "slogans", "motto", "mantra", "catchphrase", "watchword", "refrain", "chant",
	"cry", "call", "battle-cry", "byword", "rallying")
