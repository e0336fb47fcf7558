package quote

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

// tokPool holds token slices for reuse by later calls of Extract: the
// tokens of a text are its largest allocation (about 90 bytes a word), and
// none outlives the call that made them. Each call takes its own slice, so
// concurrent calls share nothing.
var tokPool = sync.Pool{New: func() any { return new([]token) }}

// maxPooledTokens bounds the slices kept in tokPool, so that one very long
// text does not keep its tokens' memory alive.
const maxPooledTokens = 1 << 16

// getTokens takes a token slice from tokPool.
func getTokens() *[]token { return tokPool.Get().(*[]token) }

// putTokens returns toks, the slice that tokenizeInto made from *buf, to
// tokPool, cleared so that it holds no text.
func putTokens(buf *[]token, toks []token) {
	if cap(toks) > maxPooledTokens {
		return
	}
	// The few tokens past len that singleMarkNicknames dropped stay
	// until overwritten, or until the pool drops the slice at a GC.
	clear(toks)
	*buf = toks[:0]
	tokPool.Put(buf)
}

const (
	tWord  tokKind = iota
	tPunct         // one punctuation rune
	tQuote         // a whole quotation span, marks included
	tEnd           // sentence end: . ! ? not part of an abbreviation
)

// token is one word or punctuation mark of the text outside quotations, or
// a placeholder for a whole quotation. Attribution only reads the narrative
// around quotations, never their content.
type token struct {
	s, e     int
	para     int
	sent     int // sentence index, counted over the whole text
	q        int // span index for tQuote, else -1
	text     string
	low      string  // lowercased text, possessive 's removed
	lexWords         // the word lists low is in (see lexbits.go)
	cap      bool    // starts with an upper-case letter
	poss     bool    // ends in 's or s'
	weak     bool    // tQuote of fewer than three words: does not end a clause
	name     bool    // may be part of a capitalised name run (see nameWord)
	glued    bool    // a name run together with the word before (see gluedName): a run starts here
	kind     tokKind // (here, beside the flags, the struct packs into 96 bytes, not 104)
}

// tokenize splits the text outside the spans into tokens, in order, with one
// tQuote token standing for each span (from its opening to its closing mark).
func tokenize(text string, ps []paragraph, spans []span) []token {
	return tokenizeInto(nil, text, ps, spans)
}

// tokenizeInto is tokenize, appending to buf[:0] (a slice from tokPool)
// when it is large enough.
func tokenizeInto(buf []token, text string, ps []paragraph, spans []span) []token {
	toks := buf[:0]
	if n := len(text)/6 + len(spans) + 1; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	si := 0
	nicks := false // a nickname inside a name was read
	for pi, p := range ps {
		i := p.start
		for i < p.end {
			// Quotation placeholder.
			if si < len(spans) && spans[si].para == pi {
				sp := spans[si]
				qs := sp.start
				if sp.open >= 0 {
					qs = sp.open
				}
				if i >= qs {
					qe := sp.end
					if sp.close >= 0 {
						qe = sp.close
					}
					if aliasSpan(text, sp) {
						// "the drug lord known as "El Chapo,"": the
						// other name a person goes by, read as words of
						// a name (see knownAsName), not a quotation.
						body := text[sp.start:sp.end]
						end := len(body)
						for end > 0 && (body[end-1] == ',' || body[end-1] == '.') {
							end--
						}
						for k := 0; k < end; {
							for k < end && body[k] == ' ' {
								k++
							}
							e := k
							for e < end && body[e] != ' ' {
								e++
							}
							if e > k {
								toks = append(toks, newWord(text, sp.start+k, sp.start+e, pi))
							}
							k = e
						}
						if end < len(body) && body[end] == ',' {
							toks = append(toks, token{s: sp.start + end, e: sp.start + end + 1, kind: tPunct, para: pi, q: -1, text: ",", low: ","})
						}
					} else if nickname(text, sp) {
						nicks = true
						// Robert "Bob" Smith: a word of the name, not a
						// quotation (the span gets no token, so it is
						// never given as a quote).
						t := newWord(text, qs, qe, pi)
						t.cap = true
						toks = append(toks, t)
					} else {
						weak := sp.words < 3 && sp.open >= 0 && sp.close >= 0
						toks = append(toks, token{s: qs, e: qe, kind: tQuote, para: pi, q: si, weak: weak})
					}
					si++
					if qe > i {
						i = qe
					}
					continue
				}
			}
			limit := p.end
			if si < len(spans) && spans[si].para == pi {
				limit = spans[si].start
				if spans[si].open >= 0 {
					limit = spans[si].open
				}
			}
			if text[i] == ' ' {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:limit])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			if isWordRune(r) {
				j := scanWord(text, i, limit)
				g := gluedName(text, i, j)
				if g > i {
					toks = append(toks, newWord(text, i, g, pi))
				}
				toks = append(toks, newWord(text, g, j, pi))
				toks[len(toks)-1].glued = g > i
				i = j
				continue
			}
			k := tPunct
			if (r == '.' || r == '!' || r == '?') && !midNumber(text, i, limit) {
				k = tEnd
			}
			toks = append(toks, token{s: i, e: i + n, kind: k, para: pi, q: -1, text: text[i : i+n], low: text[i : i+n]})
			i += n
		}
		for si < len(spans) && spans[si].para == pi { // defensive: unreached spans
			si++
		}
	}
	toks = singleMarkNicknames(text, toks)
	lowerWords(toks)
	compoundHonorifics(toks)
	numberSentences(text, toks)
	gerundOpeners(toks)
	kinOpeners(toks)
	adverbOpeners(toks)
	imperativeOpeners(toks)
	capsLeadIns(toks)
	possessiveNames(toks)
	ampersandNames(toks)
	handleNames(toks, nicks)
	surnameHe(toks)
	givenNameWords(toks)
	// Two rules of titles, in one walk: a rank is capitalised, "in" is
	// not. (inChargeTitles gives "Charge" the title bit, which
	// policeRankCaps reads of earlier words only when no English word
	// list holds them: "charge" is one.)
	for i := range toks {
		if toks[i].cap {
			policeRankCaps(toks, i)
		} else if toks[i].text == "in" {
			inChargeTitles(toks, i)
		}
	}
	midSentenceCaps(toks)
	stopWordNames(toks)
	ofTheNames(toks)
	partyLabels(toks)
	// Two rules that only take name words out of names, in one walk
	// (neither reads a word the other changes).
	for i := range toks {
		if toks[i].name {
			zoneAfterTime(toks, i)
			qaLabels(toks, i)
			spanOfTime(toks, i)
		}
	}
	docAcronyms(toks)
	return toks
}

// docAcronyms unmarks as a name the acronym of a document after an
// article or a possessive: "the FIR states" (India's First Information
// Report, a complaint to the police) is a document that speaks for its
// filer, no organisation named "FIR".
func docAcronyms(toks []token) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.name && (t.text == "FIR" || t.text == "FIRs") && (toks[i-1].low == "the" || toks[i-1].low == "an" || toks[i-1].low == "its" || toks[i-1].low == "his" || toks[i-1].low == "her" || toks[i-1].low == "their") {
			t.name = false
		}
	}
}

// spanOfTime unmarks as a name a span of time opening a phrase of time:
// "Days later, chief of staff Ray Dunn said" (the speaker is Dunn, no one
// named "Days"), "Weeks after the vote", "Years ago". ("Tom Weeks later
// said" keeps the surname: the word opens no name run.)
func spanOfTime(toks []token, i int) {
	t := &toks[i]
	if i+1 >= len(toks) || toks[i+1].para != t.para || i > 0 && toks[i-1].name && toks[i-1].para == t.para {
		return
	}
	switch t.low {
	case "days", "weeks", "months", "years", "hours", "minutes", "moments", "seconds", "decades":
	default:
		return
	}
	switch toks[i+1].low {
	case "later", "earlier", "ago", "after", "before":
		t.name = false
	}
}

// qaLabels unmarks the labels of an interview printed as questions and
// answers as names: "Q: Why write a memoir now?" / "A: "I turned 60."" (and
// "Q." / "A."). A label opens its paragraph, before a colon, a question's
// first word or the answer's quotation ("A. J. Lee said" keeps its
// initial).
func qaLabels(toks []token, i int) {
	t := &toks[i]
	if !t.name || i+1 >= len(toks) || i > 0 && toks[i-1].para == t.para || toks[i+1].para != t.para {
		return
	}
	next := &toks[i+1]
	switch t.text {
	case "Q", "A":
		if next.text == ":" {
			t.name = false
		}
	case "Q.":
		if !next.name {
			t.name = false
		}
	case "A.":
		if next.kind == tQuote {
			t.name = false
		}
	}
}

// timeZones are the abbreviations of time zones written after a clock
// time, in capitals: "10:58 GMT", "2.15pm BST", "8:40 a.m. ET".
var timeZones = setOf("gmt", "bst", "utc", "cet", "cest", "eet", "eest", "wet", "et", "est", "edt",
	"ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst", "hst", "ist", "pkt", "aest",
	"aedt", "acst", "awst", "nzst", "nzdt", "jst", "kst", "hkt", "sgt", "wat", "cat", "eat", "sast", "msk", "gst")

// zoneAfterTime unmarks a time zone's abbreviation after a clock time as
// a name: in a live blog's "10:58 GMT: Turkey's delegation has issued a
// statement. "...," it said" the zone is no organisation that speaks, and
// "12:31 BST Hunt rises" is about Hunt.
func zoneAfterTime(toks []token, i int) {
	t := &toks[i]
	if i < 1 || !t.name || !t.in2(lx2TimeZones) || t.text != strings.ToUpper(t.text) || toks[i-1].para != t.para {
		return
	}
	if clockEnd(toks, i-1) {
		t.name = false
	}
}

// clockEnd reports whether toks[p] ends a clock time: "11.05", "58" of
// "10:58" (a colon before it), "2.15pm", "3pm", "a.m.", "p.m." (not a year: "In
// 2021 PT Garuda Indonesia said" keeps the company's name).
func clockEnd(toks []token, p int) bool {
	t := toks[p]
	if t.kind != tWord {
		return false
	}
	if t.low == "a.m." || t.low == "p.m." {
		return true
	}
	if !isDigit(t.text[0]) {
		return false
	}
	if clockTime(t.low) || strings.HasSuffix(t.low, "am") || strings.HasSuffix(t.low, "pm") {
		return true
	}
	return p >= 2 && toks[p-1].text == ":" && toks[p-2].kind == tWord && isDigit(toks[p-2].text[0])
}

// compoundHonorifics makes the two words of a Malaysian style one
// honorific, each lowered to the pair that honorifics lists: "Tan Sri
// Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim" ("Datuk Amar Douglas
// Uggah Embas" likewise), "Puan Sri Noorainee",
// "Toh Puan Aishah". Alone, "Tan" is a surname and "Sri" opens "Sri
// Lanka".
func compoundHonorifics(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		a := &toks[i]
		if len(a.low) < 3 || len(a.low) > 5 || !a.cap || a.kind != tWord {
			continue
		}
		b := &toks[i+1]
		if b.kind != tWord || !b.cap || b.para != a.para || a.poss {
			continue
		}
		pair := ""
		switch a.low {
		case "tan", "puan":
			if b.low == "sri" {
				pair = a.low + " sri"
			}
		case "datuk", "dato":
			// (and Sarawak's "Datuk Amar", "Datuk Patinggi")
			switch b.low {
			case "seri", "sri", "amar", "patinggi", "wira", "paduka":
				pair = "datuk seri"
			}
		case "toh":
			if b.low == "puan" {
				pair = "toh puan"
			}
		case "his", "her", "your":
			// "said His Excellency John Dramani Mahama", "His Majesty
			// King Charles": a style, no possessive.
			switch b.low {
			case "excellency", "majesty", "highness", "holiness", "eminence", "lordship", "ladyship":
				pair = "his " + b.low
				a.name = true // (lowerWords read "His" as a function word)
			}
		}
		if pair != "" {
			// (The word lists' bits are read again from the pair.)
			if a.low != "datuk" && a.low != "dato" {
				a.low, a.lexWords = pair, lexWords{}
			}
			b.low, b.lexWords = pair, lexWords{}
		}
	}
}

// givenNameWords makes a capitalised function word that is also a given
// name ("Will", "May") part of the name after it when it stands inside a
// sentence, after a word: "said Will Tjernlund, a consultant". There the
// capital can only be a name's; opening a sentence ("Will Tjernlund come?")
// the word stays what it is.
func givenNameWords(toks []token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.kind != tWord || !t.cap || t.name || !t.in(lxStopCaps) || givenNameGender(t.low) == 0 {
			continue
		}
		prev, next := toks[i-1], toks[i+1]
		if prev.sent != t.sent || prev.kind != tWord || prev.cap || !next.name || next.sent != t.sent || next.glued {
			continue
		}
		if !next.in(lxHonorifics) && !next.in(lxTitles) && !next.in(lxDayNames) && !next.in(lxMonthNames) {
			t.name = true
		}
	}
}

// policeCapsRanks are British police ranks written as capitals before a name
// ("DS Priya Nair", "DI Kane", "PC Mark Owens") and what they stand for.
var policeCapsRanks = map[string]string{
	"DC": "Detective Constable", "DS": "Detective Sergeant", "DI": "Detective Inspector",
	"DCI": "Detective Chief Inspector", "DSI": "Detective Superintendent", "DSU": "Detective Superintendent",
	"DCS": "Detective Chief Superintendent", "PC": "Police Constable", "WPC": "Woman Police Constable",
	"PCSO": "Police Community Support Officer", "ACC": "Assistant Chief Constable", "DCC": "Deputy Chief Constable",
}

// policeRankCaps makes a police rank written in capitals a title when a
// person's name follows it: "DS Priya Nair said", "DI Jane Kane", and a
// surname alone that the text gave before after a given name ("DI Kane
// added" after "Det Insp Jane Kane"); so does "Con" after "Det" ("Det Con
// Andy Morris"), and the Irish rank "Garda" before a given name the lists
// know ("Detective Garda Sean Byrne"; not "Garda Síochána"). Only the
// capitals: "Di Li" is a name, and "Mobile PC", "PC World" and "DC
// United" are no rank before a name.
func policeRankCaps(toks []token, i int) {
	t := &toks[i]
	if t.kind != tWord || i+1 >= len(toks) || len(t.text) < 2 || len(t.text) > 5 || t.text[0] != 'D' && t.text[0] != 'P' && t.text[0] != 'A' && t.text[0] != 'W' && t.text[0] != 'C' && t.text[0] != 'G' || t.poss {
		return
	}
	garda := t.text == "Garda"
	if _, ok := policeCapsRanks[t.text]; !ok && !garda && !(t.text == "Con" && i > 0 && (toks[i-1].low == "det" || toks[i-1].low == "det.") && toks[i-1].sent == t.sent) {
		return
	}
	n := toks[i+1]
	if n.kind != tWord || !n.cap || n.sent != t.sent || n.glued || len(n.text) < 2 || strings.ToUpper(n.text) == n.text {
		return
	}
	// (A given name, or a word no list knows: "Andy"; not "PC World
	// Cup", "DC Comics Group".)
	given := isFirstName(n) || givenNameGender(n.low) != 0 || !garda && !englishWord(n.low) && !n.in(lxOrgWords) && !n.in(lxTitles)
	if given && !n.poss && i+2 < len(toks) && toks[i+2].kind == tWord && toks[i+2].cap && toks[i+2].sent == t.sent && !toks[i+2].glued ||
		!(i+2 < len(toks) && toks[i+2].kind == tWord && toks[i+2].cap && toks[i+2].sent == t.sent) && surnameGivenBefore(toks, i+1) {
		t.lex |= lxTitles
	}
}

// inChargeTitles joins the words of a title "in Charge" to the name run
// after it: "FBI Special Agent in Charge Keri Farley", "Officer in Charge
// Tom Reed". The lower-case "in" after a title word, before "Charge" and
// a name, is part of the title, as "Charge" is.
func inChargeTitles(toks []token, i int) {
	t := &toks[i]
	if t.kind != tWord || t.text != "in" || i < 1 || i+2 >= len(toks) || toks[i+1].text != "Charge" {
		return
	}
	p, n := &toks[i-1], &toks[i+2]
	if p.sent != t.sent || n.sent != t.sent || !p.cap || !p.in(lxTitles) || !n.name || n.glued || toks[i+1].glued || n.in(lxDayNames) || n.in(lxMonthNames) {
		return
	}
	t.name = true
	t.lex |= lxTitles
	toks[i+1].lex |= lxTitles
}

// surnameGivenBefore reports whether the word toks[s] stood earlier in the
// text after a given name, as a surname: "Kane" in "DI Kane added" after
// "Det Insp Jane Kane".
func surnameGivenBefore(toks []token, s int) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(toks[s].text, "'s"), "’s")
	for j := s - 2; j > 0; j-- {
		if p := toks[j-1]; toks[j].kind == tWord && strings.TrimSuffix(strings.TrimSuffix(toks[j].text, "'s"), "’s") == w && p.kind == tWord && p.cap && p.sent == toks[j].sent && (isFirstName(p) || givenNameGender(p.low) != 0 || !englishWord(p.low) && !p.in(lxOrgWords) && !p.in(lxTitles)) {
			return true
		}
	}
	return false
}

// midSentenceCaps makes a capitalised function word inside a sentence part
// of the name after it: "said To Lam", `...," Just Stop Oil said`, "One
// Nation leader Pauline Hanson". After a lower-case word, a comma, or a
// quotation the sentence goes on from, such a word is capitalised only
// because a name begins with it (a title-case heading has a capital before
// it). Articles and other determiners ("the Hague"), pronouns ("His BBC
// interview"), verbs and days or months are left alone.
func midSentenceCaps(toks []token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.kind != tWord || !t.cap || t.name || !t.in(lxStopCaps) || t.glued || len(t.text) < 2 || t.text == strings.ToUpper(t.text) {
			continue
		}
		switch t.low {
		case "the", "a", "an", "i", "say", "says", "said", "asked", "speaking", "writing", "dear", "please", "thank", "thanks", "yes", "oh":
			continue
		}
		if t.in(lxAuxiliaries) || t.in(lxPassiveAux) || t.in(lxDayNames) || t.in(lxMonthNames) || determiner(t.low) || isPronoun(t.low) {
			continue
		}
		prev, next := toks[i-1], toks[i+1]
		if prev.sent != t.sent || next.sent != t.sent || !next.name || next.glued {
			continue
		}
		switch {
		case prev.kind == tWord && !prev.cap:
		case prev.kind == tQuote || prev.low == ",":
		default:
			continue
		}
		if !next.in(lxHonorifics) && !next.in(lxTitles) && !next.in(lxDayNames) && !next.in(lxMonthNames) {
			t.name = true
		}
	}
}

// partyLabels unmarks a party-and-state label set off by a comma after a
// name ("Sen. Kamala Harris, D-California, said") as a name: it says who
// the person is, and names no one.
func partyLabels(toks []token) {
	for i := 1; i < len(toks); i++ {
		if t := &toks[i]; t.name && toks[i-1].low == "," && partyLabel(t.text) {
			t.name = false
			// "R-Palm Coast,", "D-Fort Lauderdale,": the rest of a
			// town's name before the closing comma.
			if e := labelTownEnd(toks, i); e > i+1 {
				for k := i + 1; k < e; k++ {
					toks[k].name = false
				}
			}
		}
	}
}

// labelTownEnd returns the index of the comma closing a party-and-state
// label at toks[i] whose town runs on for a word or two ("R-Palm Coast,"),
// or i+1 when the label stands alone.
func labelTownEnd(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].low == "," && k > i+1 {
			return k
		}
		if toks[k].kind != tWord || !toks[k].cap || toks[k].poss || toks[k].sent != toks[i].sent {
			break
		}
	}
	return i + 1
}

// stopWordNames makes a capitalised word that stopCaps keeps out of names
// (as it is capitalised only for opening a sentence elsewhere) part of the
// name it continues inside a sentence: a surname after a given name that
// starts the run ("Steven Still", "Ruth Most"), or any such word after a
// name that does not open the sentence ("Hachette Book Group", "USA
// Today"). Function words never are ("Tom And Jerry" in a title, "Ann Lee
// The").
func stopWordNames(toks []token) {
	for i := 1; i < len(toks); i++ {
		t, p := &toks[i], &toks[i-1]
		if t.kind != tWord || !t.cap || t.name || !t.in(lxStopCaps) || !p.name || p.poss || p.sent != t.sent || p.para != t.para || t.glued {
			continue
		}
		if titlePreps[t.low] && i+1 < len(toks) && toks[i+1].name && toks[i+1].sent == t.sent && toks[i+1].para == t.para && !toks[i+1].glued {
			// "Doctors Without Borders", "Surfers Against Sewage": a
			// long preposition capitalised between two name words inside
			// a sentence is a title-case name's.
			t.name = true
			continue
		}
		if closedClass(t.low) || i+1 < len(toks) && toks[i+1].cap && toks[i+1].sent == t.sent {
			continue
		}
		startsRun := i < 2 || !toks[i-2].name || toks[i-2].sent != t.sent
		given := startsRun && (isFirstName(*p) || givenNameGender(p.low) != 0) && !p.in(lxTitles) && !honorificOf(*p)
		// Inside the sentence, after any name ("This press conference,
		// USA Today observes,", "by Hachette Book Group"), but not a day
		// or a month ("told Reuters Monday"); after a name opening the
		// sentence only a surname after a given name, as the name may be
		// the subject before an adverb there.
		inside := i >= 2 && toks[i-2].sent == t.sent && toks[i-2].para == t.para && !t.in(lxDayNames) && !t.in(lxMonthNames)
		if given || inside {
			t.name = true
		}
	}
}

// ofTheNames makes "of the" part of an organisation's name when it joins
// a capitalised organisation word to more name words: "the Department of
// the Interior", "the Council of the European Union", "Friends of the
// Earth". (Without the "the" the run is one name already: "Department
// of Justice".) So does a campaign's "the" after its verb: "Save the
// Children".
func ofTheNames(toks []token) {
	for j := 1; j+2 < len(toks); j++ {
		// "Save the Children", "Stop the War Coalition": a campaign
		// named by a verb, "the" and a name.
		if v, the, n := &toks[j-1], &toks[j], &toks[j+1]; the.low == "the" && !the.cap && v.cap && v.kind == tWord && campaignVerbs[v.low] &&
			n.name && !n.glued && n.sent == the.sent && v.sent == the.sent {
			v.name, the.name = true, true
		}
		o, the, n, h := &toks[j], &toks[j+1], &toks[j+2], &toks[j-1]
		if o.low != "of" || o.cap || the.low != "the" || the.cap || !n.name || !h.name || h.poss || !h.cap ||
			n.sent != o.sent || h.sent != o.sent || n.glued || !(h.in(lxOrgWords) || h.in(lxInstitutionHeads) || h.text == "Friends") {
			continue
		}
		o.name, the.name = true, true
	}
}

// campaignVerbs open the names of charities and campaigns: "Save the
// Children", "Stop the War Coalition", "Feed the Children".
var campaignVerbs = setOf("save", "stop", "feed", "free")

// titlePreps are prepositions that title case capitalises (five letters
// or more, or "Against"), so that inside a sentence, between two name
// words, they are part of the name.
var titlePreps = setOf("against", "without", "across", "beyond", "within", "behind", "beneath", "toward", "towards")

// closedClass reports whether w is a function word: an article, pronoun,
// preposition, conjunction or auxiliary, which no name ends in.
func closedClass(w string) bool {
	return determiner(w) || isPronoun(w) || prepositions[w] || clauseWords[w] || auxiliaries[w] || passiveAux[w] ||
		objectPreps[w] || subordinators[w] || w == "not" || w == "no" || w == "nor" || w == "either" || w == "neither" ||
		w == "than" || w == "according" || w == "per" || w == "via" || w == "into" || w == "onto" || w == "upon"
}

// surnameHe makes a capitalised "He" right before another name word part
// of the name: the Chinese surname ("He Jianxiong, the former executive
// director"), as the pronoun is never followed by a name.
func surnameHe(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		if t := &toks[i]; t.kind == tWord && t.text == "He" && toks[i+1].name && toks[i+1].sent == t.sent && !toks[i+1].glued {
			if !toks[i+1].in(lxHonorifics) && !toks[i+1].in(lxTitles) && !toks[i+1].in(lxDayNames) && !toks[i+1].in(lxMonthNames) {
				t.name = true
			}
		}
	}
}

// gerundOpeners takes a capitalised -ing word opening a sentence out of the
// name that follows it: "Hosting Cook at Dreamforce ..." is about Cook,
// not a person called "Hosting Cook".
func gerundOpeners(toks []token) {
	for i := range toks {
		t := &toks[i]
		if !t.name || len(t.low) < 6 || !strings.HasSuffix(t.low, "ing") || i+1 >= len(toks) {
			continue
		}
		if i > 0 && toks[i-1].sent == t.sent && toks[i-1].kind != tPunct {
			continue
		}
		// "Reacting, the party's spokesman said": a participle of
		// response set off by a comma opens the sentence; it names no
		// one ("Manning, 34, said" keeps its surname).
		if n := toks[i+1]; n.low == "," && n.sent == t.sent && responseGerunds[t.low] {
			t.name = false
			continue
		}
		if n := toks[i+1]; n.name && n.sent == t.sent {
			if _, known := firstNames[t.low]; !known && !placeHeadAfter(toks, i+1) && englishWord(t.low) && !agedAfter(toks, i+1) {
				t.name = false
			}
		}
	}
}

// agedAfter reports whether the capitalised run from toks[i] is followed by
// an age set off by commas ("Blessing Okoro, 37,"): a person's name, the
// -ing word before it their given name, not a verb.
func agedAfter(toks []token, i int) bool {
	j := i
	for j+1 < len(toks) && j < i+3 && toks[j+1].name && !toks[j].poss && toks[j+1].sent == toks[i].sent {
		j++
	}
	return j+3 < len(toks) && toks[j+1].low == "," && toks[j+2].kind == tWord && isDigit(toks[j+2].text[0]) && len(toks[j+2].text) <= 3 && toks[j+3].low == ","
}

// kinOpeners takes a capitalised plural of kin opening a sentence out of
// the given name that follows it: "Sisters Emma and Kate Doyle run the
// shop" names Emma Doyle and Kate Doyle, not someone called "Sisters
// Emma". (Not "Warner Brothers", where the word ends a name.)
func kinOpeners(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !t.name || i > 0 && toks[i-1].sent == t.sent && toks[i-1].kind != tPunct || !kinPlurals[t.low] {
			continue
		}
		if n := toks[i+1]; n.name && n.sent == t.sent && givenNameGender(n.low) != 0 {
			t.name = false
		}
	}
}

// kinPlurals are relatives named together: "brothers Liam and Noel
// Gallagher".
var kinPlurals = setOf("brothers", "sisters", "twins", "siblings", "cousins", "spouses")

// responseGerunds open a sentence before a comma in reports of reactions:
// "Reacting, ...", "Responding, ...", "Commenting, ...".
var responseGerunds = setOf("reacting", "responding", "commenting", "replying", "continuing",
	"concluding", "elaborating", "speaking", "explaining", "addressing", "adding", "recalling", "reflecting")

// placeHeadAfter reports whether the capitalised run from toks[i] ends in
// the head of a place or organisation's name: "Downing Street", "Reading
// Football Club", "Ealing Council" keep their -ing word ("Hosting Ellen
// Park", "Hosting Park" are about a person).
func placeHeadAfter(toks []token, i int) bool {
	j := i
	for j+1 < len(toks) && j < i+4 && toks[j+1].name && !toks[j].poss && toks[j+1].sent == toks[i].sent {
		j++
	}
	// "Hosting Ellen Park at the summit": a person's name.
	if givenNameGender(toks[i].low) != 0 {
		return false
	}
	w := toks[j].low
	return !toks[j].poss && placeHeads[w]
}

// placeHeads end the names of places and organisations and are rarely
// surnames ("Park", "Hall" and "Church" are left out).
var placeHeads = setOf("street", "road", "avenue", "council", "borough", "club", "hospital",
	"college", "university", "school", "station", "airport", "academy", "district", "county",
	"city", "town", "forest", "zoo", "cathedral", "prison", "fc", "police", "institute", "trust",
	"association", "society", "group", "company", "services", "hospitals")

// numberSentences gives each token its sentence index. A sentence ends at
// . ! ?, at a paragraph break, and after a quotation that ends with one.
func numberSentences(text string, toks []token) {
	sent := 0
	for i := range toks {
		if i > 0 {
			p := &toks[i-1]
			switch {
			case p.para != toks[i].para, p.kind == tEnd:
				sent++
			case p.kind == tQuote && toks[i].cap:
				// (A quotation of a word or two ends one too: "Critics
				// called it "a betrayal." Hale defended it", unless the
				// full stop is an abbreviation's: "the "U.S." Navy".)
				if body := strings.TrimRight(text[p.s:p.e], "\"”»″ "); strings.HasSuffix(body, ".") && !(p.weak && abbrevEnd(body)) || strings.HasSuffix(body, "?") || strings.HasSuffix(body, "!") {
					sent++
				}
			}
		}
		toks[i].sent = sent
	}
}

// abbrevEnd reports whether body, the words of a short quotation, ends in
// an abbreviation's full stop rather than a sentence's: a single letter
// ("U.S.", "Ann B."), or a title such as "Dr." or "Jr.".
func abbrevEnd(body string) bool {
	w := body[strings.LastIndexAny(body, " -")+1:]
	w = strings.TrimSuffix(w, ".")
	if i := strings.LastIndexByte(w, '.'); i >= 0 {
		w = w[i+1:]
	}
	return len(w) <= 1 || abbrevWords[strings.ToLower(w)]
}

// abbrevWords are abbreviations written with a full stop.
var abbrevWords = setOf("mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "no", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "prof", "rev", "ft", "mt")

// brandMark reports whether the "?" or "!" at text[j], glued to the word
// text[i:j], is the last letter of a name rather than a sentence's end:
// the word is capitalised and a lowercase word follows, "Consumer group
// Which? was less positive", "Yahoo! said" (a question mark before a
// lowercase word ends no sentence).
func brandMark(text string, i, j, limit int) bool {
	if text[j] != '?' && text[j] != '!' || text[i] < 'A' || text[i] > 'Z' {
		return false
	}
	k := j + 1
	if k >= limit || text[k] != ' ' {
		return false
	}
	for k < limit && text[k] == ' ' {
		k++
	}
	return k < limit && text[k] >= 'a' && text[k] <= 'z'
}

func midNumber(text string, i, limit int) bool {
	return i > 0 && i+1 < limit && text[i] == '.' && isDigit(text[i-1]) && isDigit(text[i+1])
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isWordRune reports whether r is part of a word; U+FFFD stands for a
// letter the page's encoding lost ("Pedro S\ufffdnchez").
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // ASCII, from a table (small enough to inline)
		return asciiWordRune[r]
	}
	return isWordRuneUnicode(r)
}

// asciiWordRune is isWordRune for ASCII: letters, digits, @, # and _.
var asciiWordRune = func() (t [utf8.RuneSelf]bool) {
	for r := range t {
		t[r] = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '@' || r == '#' || r == '_'
	}
	return t
}()

// isWordRuneUnicode is isWordRune beyond ASCII.
func isWordRuneUnicode(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '#' || r == '_' ||
		unicode.Is(unicode.Mn, r) || r == utf8.RuneError
}

// scanWord returns the end of the word starting at i. Apostrophes, hyphens,
// periods, ampersands and slashes join word characters on both sides
// ("don't", "al-Amr", "U.S", "A&M"); a final period is kept for known
// abbreviations and initials ("Mr.", "U.S.", "J.").
func scanWord(text string, i, limit int) int {
	j := i
	for j < limit {
		// Most words are ASCII letters: step over them without decoding.
		if c := text[j]; c < utf8.RuneSelf && asciiWordRune[c] {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:limit])
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' || r == '‑' {
			if j+n < limit {
				r2, _ := utf8.DecodeRuneInString(text[j+n : limit])
				if isWordRune(r2) {
					j += n
					continue
				}
			}
			// Possessive plural: "players' union".
			if (r == '\'' || r == '’') && j > i && text[j-1] == 's' {
				j += n
			} else if (r == '\'' || r == '’') && ngApostrophe(text, i, j, n, limit) {
				j += n
			}
		}
		break
	}
	if j < limit && j > i && brandMark(text, i, j, limit) {
		j++
	}
	if j < limit && text[j] == '.' {
		w := text[i:j]
		// "Sen. Ted Cruz (Tex.)": a short capitalised word alone in
		// brackets, a state's or a party's, is an abbreviation.
		bracketed := i > 0 && text[i-1] == '(' && j+1 < limit && text[j+1] == ')' && j-i <= 5 && text[i] >= 'A' && text[i] <= 'Z'
		// ("said Hun Sen.": a title's short form ending the paragraph
		// ends the sentence, no title.)
		paraEnd := j+1 >= limit || text[j+1] == '\n' || text[j+1] == '\r'
		if strings.Contains(w, ".") || abbreviations[strings.ToLower(w)] && !(paraEnd && w == "Sen") || isInitial(w) || len(w) <= 7 && partyLabel(w+".") || bracketed ||
			w == "Barr" && barrTitle(text, i, j+1, limit) {
			j++
		}
	}
	return j
}

// ngApostrophe reports whether the apostrophe at text[j:j+n], ending the
// capitalised word text[i:j], is the last letter of an East African name
// ("Anyang' Nyong'o", the Luo and Kikuyu ng' sound, which ends a word only
// in names): the word ends in "ng" and another capitalised name follows a
// space away. (Mid-word, "Nyong'o", the apostrophe already joins.)
func ngApostrophe(text string, i, j, n, limit int) bool {
	return j-i >= 4 && text[i] >= 'A' && text[i] <= 'Z' && text[j-2] == 'n' && text[j-1] == 'g' &&
		j+n+1 < limit && text[j+n] == ' ' && text[j+n+1] >= 'A' && text[j+n+1] <= 'Z'
}

// barrTitle reports whether "Barr." at text[i:j] is the Nigerian
// barrister's title, "lawyer, Barr. Emeka Okorie": a name follows it and
// no capitalised word stands before it (as "William Barr." would end a
// sentence).
func barrTitle(text string, i, j, limit int) bool {
	if j+1 >= limit || text[j] != ' ' || text[j+1] < 'A' || text[j+1] > 'Z' {
		return false
	}
	k := i - 1
	for k >= 0 && text[k] == ' ' {
		k--
	}
	if k < 0 || !isWordRune(rune(text[k])) && text[k] < utf8.RuneSelf {
		return true // after punctuation or at the start
	}
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
		k--
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return !unicode.IsUpper(r)
}

// gluedName returns where a second name starts inside the capitalised
// word text[i:j] when page clutter ran two names together ("NoemKristi"
// in "Gov. Kristi NoemKristi Lynn Noem", a name followed by its hover
// card): a lower-case letter, then a capital opening a given name of
// three letters or more, after at least four letters. It returns i when
// the word is one name ("McConnell", "MacKenzie", "DeAndre", "YouTube").
func gluedName(text string, i, j int) int {
	if j-i < 7 || text[i] < 'A' || text[i] > 'Z' {
		return i
	}
	// Clutter runs a name into a name: another capitalised word stands
	// beside the run ("Jane HollisJane Marie"). A handle standing alone
	// ("PlutoPete told me") is one word.
	capAt := func(k int) bool { return k >= 0 && k < len(text) && text[k] >= 'A' && text[k] <= 'Z' }
	next := j
	for next < len(text) && text[next] == ' ' {
		next++
	}
	prev := i - 1
	for prev >= 0 && text[prev] == ' ' {
		prev--
	}
	startPrev := prev
	for startPrev > 0 && text[startPrev-1] != ' ' && text[startPrev-1] != '\n' {
		startPrev--
	}
	if !(next > j && capAt(next)) && !(prev < i-1 && prev >= 0 && capAt(startPrev)) {
		return i
	}
	at := i
	for p := i + 4; p+3 <= j; p++ {
		if c := text[p]; c < 'A' || c > 'Z' || text[p-1] < 'a' || text[p-1] > 'z' {
			continue
		}
		e := p + 1
		for e < j && text[e] >= 'a' && text[e] <= 'z' {
			e++
		}
		if e-p < 3 || e < j && text[e] != '-' && (text[e] < 'A' || text[e] > 'Z') {
			continue
		}
		if givenNameGender(strings.ToLower(text[p:e])) != 0 {
			at = p
		}
	}
	return at
}

// nickname reports whether the span is a nickname inside a person's name:
// one capitalised word in quotation marks between a given name and another
// capitalised word, each a space away ("Robert "Bob" Smith", "Gerald 'Jerry'
// Moss").
func nickname(text string, sp span) bool {
	if sp.open < 2 || sp.close < 0 || sp.close+2 > len(text) || sp.end-sp.start > 24 || text[sp.open-1] != ' ' || text[sp.close] != ' ' {
		return false
	}
	w := text[sp.start:sp.end]
	// "Nicolai "device" Reedtz", "Felix "xQc" Lengyel": a gamer's handle
	// may open in lower case, before a surname (not a day or a month:
	// "told Tom "goodbye" Monday").
	r0, _ := utf8.DecodeRuneInString(w)
	// ("William "the Refrigerator" Perry": an article before a
	// capitalised epithet.)
	handle := !unicode.IsUpper(r0) && !(strings.HasPrefix(w, "the ") && len(w) > 5 && w[4] >= 'A' && w[4] <= 'Z')
	if handle && !unicode.IsLower(r0) {
		return false
	}
	// "Dwayne "The Rock" Johnson", "Joaquín "El Chapo" Guzmán", "David
	// "Big Papi" Ortiz": a nickname of two or three words, each
	// capitalised, one space apart.
	words := 1
	for k, r := range w {
		if r == ' ' {
			words++
			if handle || words > 3 || k+1 >= len(w) || w[k+1] < 'A' || w[k+1] > 'Z' {
				return false
			}
			continue
		}
		if !unicode.IsLetter(r) && r != '-' && r != '.' {
			return false
		}
	}
	if words == 1 && sp.end-sp.start > 16 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[sp.close+1:]); !unicode.IsUpper(r) {
		return false
	}
	plainNext := true // the word after is no day, month or stop word
	{
		e := sp.close + 1
		for e < len(text) && (text[e] >= 'a' && text[e] <= 'z' || text[e] >= 'A' && text[e] <= 'Z') {
			e++
		}
		next := strings.ToLower(text[sp.close+1 : e])
		plainNext = !(len(next) < 2 || dayNames[next] || monthNames[next] || stopCaps[next])
	}
	if (handle || words > 1) && !plainNext {
		return false
	}
	b := sp.open - 1
	a := b
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:a])
		if !unicode.IsLetter(r) {
			break
		}
		a -= n
	}
	given := text[a:b]
	if r, _ := utf8.DecodeRuneInString(given); given == "" || !unicode.IsUpper(r) {
		return false
	}
	lg := strings.ToLower(given)
	if givenNameGender(lg) != 0 {
		return true
	}
	// "Afolabi "Fola" Adeyemi-Bankole": one capitalised word in marks
	// after a word of no English, no nationality or country, is a
	// nickname inside a name no list knows (a quotation of one word
	// is no one's words anyway).
	if words == 1 && !handle && plainNext && len(lg) > 2 && given != strings.ToUpper(given) && !englishWord(lg) && !nationality(lg) && !countries[lg] && !stopCaps[lg] {
		return true
	}
	// "Senate Minority Leader Aquilino "Koko" Pimentel III", "Sen.
	// Ronaldo "Bato" Cruz": a given name no list knows, after a title or
	// an honorific.
	z := a
	for z > 0 && text[z-1] == ' ' {
		z--
	}
	y := z
	for y > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:y])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		y -= n
	}
	if y == z || z == a {
		return false
	}
	prev := strings.ToLower(text[y:z])
	_, hon := honorifics[prev]
	// (Or a role in lower case: "run by chef Mitsuharu "Micha" Tsumura".)
	return titles[prev] || titles[strings.TrimSuffix(prev, ".")] || hon || personRoles[prev] && text[y] >= 'a' && text[y] <= 'z'
}

// aliasSpan reports whether the span is another name a person goes by,
// in marks after "known as" or "nicknamed": one to three capitalised
// words, maybe with a comma or full stop inside the closing mark
// ("known as "El Chapo,"", "nicknamed "Bongbong"").
func aliasSpan(text string, sp span) bool {
	if sp.open < 12 || sp.close < 0 || sp.end-sp.start > 30 || sp.end <= sp.start || text[sp.open-1] != ' ' {
		return false
	}
	before := text[:sp.open-1]
	if !strings.HasSuffix(before, " known as") && !strings.HasSuffix(before, " nicknamed") {
		return false
	}
	body := strings.TrimRight(text[sp.start:sp.end], ",.")
	words := 0
	for k, r := range body {
		if k == 0 || body[k-1] == ' ' {
			if !unicode.IsUpper(r) {
				return false
			}
			words++
		} else if r != ' ' && !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return words >= 1 && words <= 3 && !strings.Contains(body, "  ")
}

// singleMarkNicknames joins a nickname in single marks that were not read
// as a quotation ("William 'Bill' Turner" in a text quoting in double
// marks) into one word of the name, as nickname does for a span.
func singleMarkNicknames(text string, toks []token) []token {
	out := -1
	for i := 0; i+4 < len(toks); i++ {
		o := &toks[i+1]
		if o.kind != tPunct || (o.text != "'" && o.text != "‘") || toks[i].kind != tWord || o.s != toks[i].e+1 {
			continue
		}
		// One word ("William 'Bill' Turner") or up to three, each
		// capitalised and a space apart ("Dwayne 'The Rock' Johnson").
		k := i + 2
		for k < i+5 && k < len(toks) && toks[k].kind == tWord && toks[k].cap && (k == i+2 && toks[k].s == o.e || k > i+2 && toks[k].s == toks[k-1].e+1) {
			k++
		}
		if k == i+2 || k+1 >= len(toks) {
			continue
		}
		c, nx := &toks[k], &toks[k+1]
		if c.kind != tPunct || (c.text != "'" && c.text != "’") || c.s != toks[k-1].e || nx.kind != tWord || !nx.cap || nx.s != c.e+1 || nx.para != toks[i].para {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(toks[i].text); !unicode.IsUpper(r) || givenNameGender(strings.ToLower(toks[i].text)) == 0 {
			continue
		}
		if out < 0 {
			out = i + 1
		}
		t := newWord(text, o.s, c.e, o.para)
		t.cap = true
		toks[i+1] = t
		for d := i + 2; d <= k; d++ {
			toks[d].s = -1 // dropped below
		}
		i = k
	}
	if out < 0 {
		return toks
	}
	for i := out; i < len(toks); i++ {
		if toks[i].s >= 0 {
			toks[out] = toks[i]
			out++
		}
	}
	return toks[:out]
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func newWord(text string, s, e, para int) token {
	w := text[s:e]
	t := token{s: s, e: e, kind: tWord, para: para, q: -1, text: w}
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r)
	t.low = w // lowered later by lowerWords when it has capitals
	return t
}

// lowerWords sets each word's lower-case form, with a possessive ending
// removed, and the word lists it is in (each token's lex), and decides
// whether it can be part of a name. The lowered copies share one
// allocation.
func lowerWords(toks []token) {
	// Sized for news, where about one token in five is capitalised, so
	// that neither grows: two bytes of lowered text a token, and room in
	// at for half the tokens.
	arena := make([]byte, 0, 2*len(toks))
	at := make([]int32, 0, len(toks)) // token index, then its start in arena, for each copy
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord || !hasUpper(t.text) {
			continue
		}
		at = append(at, int32(i), int32(len(arena)))
		arena = appendLower(arena, t.text)
	}
	lowered := string(arena)
	for k := 0; k < len(at); k += 2 {
		end := len(lowered)
		if k+3 < len(at) {
			end = int(at[k+3])
		}
		toks[at[k]].low = lowered[at[k+1]:end]
	}
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord {
			t.lexWords = lexOf(t.low)
			continue
		}
		low := t.low
		if strings.HasSuffix(low, "'s") && len(low) > 2 {
			low, t.poss = low[:len(low)-2], true
		} else if strings.HasSuffix(low, "’s") && len(low) > 4 {
			low, t.poss = low[:len(low)-4], true
		}
		if !t.poss && (strings.HasSuffix(low, "s'") || strings.HasSuffix(low, "s’")) {
			t.poss = true
			low = strings.TrimRight(low, "'’")
		}
		// "he’d respond", "she'll say": the pronoun, its auxiliary
		// dropped like the adverbs between a subject and its verb.
		// (Past "said", "would" and "will" at a glance: the byte before
		// the "d" or the "ll" ends an apostrophe, ' or ’.)
		if n := len(low); n > 2 && (low[n-1] == 'd' && apostropheEnd(low[n-2]) || low[n-1] == 'l' && low[n-2] == 'l' && apostropheEnd(low[n-3])) {
			for _, c := range [...]string{"'d", "’d", "'ll", "’ll"} {
				if stem, ok := strings.CutSuffix(low, c); ok && isPronoun(stem) {
					low = stem
					break
				}
			}
		}
		// "said WHO spokesperson Christian Lindmeier", "said US Secretary
		// of State Antony Blinken": an organisation's or country's
		// acronym that lowers to a function word keeps its capitals, so
		// that no word list reads it as "who" or "us" (unless the words
		// around it are capitals too: a heading).
		// (The acronyms are in capitals: a word whose second letter is
		// not an ASCII capital, most words, is none of them.)
		if t.cap && len(t.text) > 1 && 'A' <= t.text[1] && t.text[1] <= 'Z' && acronymWords[t.text] && !capsBeside(toks, i) {
			low = t.text
		}
		t.low = low
		t.lexWords = lexOf(low)
		// "WA Police Commissioner Col Blanch": "Col" after another title,
		// with no stop, before a capitalised word, is a given name (an
		// Australian short form of Colin), not "Colonel" ("Col. Ann
		// Hale", "Col Tim Collins" keep the rank).
		if low == "col" && t.text == "Col" && i > 0 && i+1 < len(toks) && toks[i-1].cap && toks[i-1].in(lxTitles) && !abbrevWords[toks[i-1].low] && !rankQualifiers[toks[i-1].low] &&
			toks[i+1].kind == tWord && toks[i+1].cap {
			t.lex = t.lex&^lxTitles | lxFirstNames
		}
		// "Grazier Col Mackenzie", "said farmer Col Mackenzie": so is
		// "Col" after a civilian's occupation, before a surname alone.
		if low == "col" && t.text == "Col" && i > 0 && i+1 < len(toks) && toks[i-1].kind == tWord && (toks[i-1].in(lxOccupations) || toks[i-1].in(lxPersonRoles)) && !toks[i-1].in(lxTitles) &&
			!militaryNouns[toks[i-1].low] && toks[i+1].kind == tWord && toks[i+1].cap && (i+2 >= len(toks) || toks[i+2].kind != tWord || !toks[i+2].cap) {
			t.lex = t.lex&^lxTitles | lxFirstNames
		}
		// "Jean-Luc", "Anne-Marie", "Hans-Peter": given names joined by a
		// hyphen are a given name.
		if t.cap && t.lex&lxFirstNames == 0 && strings.IndexByte(low, '-') > 0 && hyphenGiven(low) {
			t.lex |= lxFirstNames
		}
		t.name = nameWord(t)
		// "Norwegian-born Casper Lund", "London-based Ann Reid": a place
		// or people and "-born", "-raised", "-based" right before a
		// name qualify the person; they are no part of the name.
		// ("Maryland-based lawyer Jim Dunham" and "Moscow-based US
		// lawyer Jamie Firestone", before a description, keep theirs.)
		if t.name && t.cap && placeQualified(low) && i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].cap && !allCapitals(toks[i+1].text) &&
			!countries[toks[i+1].low] && !demonyms[toks[i+1].low] {
			t.name = false
		}
	}
}

// militaryNouns are occupations that a rank may follow ("veteran Col
// Ann Hale").
var militaryNouns = setOf("veteran", "soldier", "officer", "commander", "pilot", "marine", "spokesman", "spokeswoman", "spokesperson")

// rankQualifiers go before a rank: "Former Col Tim Collins", "Acting
// Col Ann Hale".
var rankQualifiers = setOf("former", "acting", "interim", "retired", "senior", "junior", "lt", "lieutenant", "first", "deputy", "assistant")

// apostropheEnd reports whether b is the last byte of an apostrophe, '
// or ’ (whose UTF-8 ends in 0x99).
func apostropheEnd(b byte) bool { return b == '\'' || b == 0x99 }

// acronymWords are acronyms whose lower case is a function word.
var acronymWords = setOf("WHO", "US")

// capsBeside reports whether a word next to toks[i] in its paragraph is
// in capitals of two letters or more: toks[i] is in a heading.
func capsBeside(toks []token, i int) bool {
	for _, k := range [2]int{i - 1, i + 1} {
		if k < 0 || k >= len(toks) || toks[k].kind != tWord || toks[k].para != toks[i].para || len(toks[k].text) < 2 {
			continue
		}
		if strings.ToUpper(toks[k].text) == toks[k].text && hasUpper(toks[k].text) {
			return true
		}
	}
	return false
}

// capsLeadIns unmarks as names the words of a tabloid's lead-in: the
// opening words of a paragraph set in capitals, two or more of them of two
// letters or more, before the sentence goes on in lower case ("A BUNGLING
// SNP cabinet minister racked up ...", "A FURIOUS NHS boss said"). Which
// of them is a name the capitals hide: "BUNGLING SNP" is not a party, and
// a later "SNP" is not short for it.
func capsLeadIns(toks []token) {
	for i := 0; i < len(toks); i++ {
		if i > 0 && toks[i-1].para == toks[i].para {
			continue
		}
		k, long := i, 0
		for k < len(toks) && toks[k].para == toks[i].para && toks[k].kind == tWord && toks[k].cap && allCapitals(toks[k].text) {
			if len(toks[k].text) >= 2 {
				long++
			}
			k++
		}
		if long < 2 || k >= len(toks) || toks[k].para != toks[i].para || toks[k].kind != tWord || toks[k].cap {
			continue
		}
		for m := i; m < k; m++ {
			toks[m].name = false
		}
	}
}

// allCapitals reports whether w has no lower-case letter.
func allCapitals(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// appendLower appends s lower-cased to b, without allocating for ASCII.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func hasUpper(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf { // ASCII, tested without the Unicode tables
			if 'A' <= r && r <= 'Z' {
				return true
			}
		} else if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// bare returns the word without a possessive ending, as written.
func (t *token) bare() string {
	w := t.text
	if !t.poss {
		return w
	}
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// imperativeOpeners unmarks a capitalised word opening a sentence and
// followed by an article or an object pronoun as a name: a verb in the
// imperative ("Allow the dermatologist to repeat that:", "Ask them"),
// not a person. Given names ("Alexander the Great") stay names.
func imperativeOpeners(toks []token) {
	for i := range toks {
		t := &toks[i]
		if !t.name || t.poss || i+1 >= len(toks) || i > 0 && toks[i-1].sent == t.sent && toks[i-1].para == t.para {
			continue
		}
		n := toks[i+1]
		if n.kind != tWord || n.cap || n.sent != t.sent || !imperativeObjects[n.low] {
			continue
		}
		if !t.in(lxFirstNames) && !honorificOf(*t) {
			t.name = false
		}
	}
}

// imperativeObjects follow a verb, never a name opening a sentence.
var imperativeObjects = setOf("the", "a", "an", "me", "us", "him", "them", "my", "your", "our", "their", "these", "those")

// possessiveNames joins "the People's Daily", "the Children's Hospital":
// a capitalised possessive right after "the", then one capitalised word
// that is neither a role nor followed by another name, is one name (an
// organisation's), not the possessor and a thing of theirs.
func possessiveNames(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.poss && t.name && possessiveFirm(toks, i) {
			t.poss = false
			continue
		}
		if i == 0 || !t.poss || !t.name || toks[i-1].low != "the" || toks[i-1].para != t.para {
			continue
		}
		n := toks[i+1]
		if !n.name || n.poss || n.para != t.para || n.in(lxPersonRoles) || n.in(lxTitles) || honorificOf(n) {
			continue
		}
		// (Not "the Senate's No. 2 Democrat": a rank.)
		if n.low == "no." && i+2 < len(toks) && toks[i+2].text != "" && isDigit(toks[i+2].text[0]) {
			continue
		}
		if i+2 < len(toks) && toks[i+2].name && toks[i+2].para == t.para {
			continue
		}
		t.poss = false
	}
}

// possessiveFirm reports whether the capitalised possessive toks[i] is a
// name written with its "'s": a firm's, when a verb of speech follows it
// ("McDonald's said", "a spokesperson for Sainsbury's told"), as no
// possessor is followed by a verb, or a hospital's or college's, before
// that one noun ("Addenbrooke's Hospital", "St Mary's Church", "King's
// College"), not a person's thing of theirs ("Trump's Justice Department").
func possessiveFirm(toks []token, i int) bool {
	t := &toks[i]
	// "St Peter's Square", "St James' Park": a place named for a saint.
	saint := i > 0 && saintWord(toks[i-1].low) && toks[i-1].para == t.para
	if saint && i+1 < len(toks) && toks[i+1].name && toks[i+1].sent == t.sent && (possessedPlaces[toks[i+1].low] || saintPlaces[toks[i+1].low]) {
		return true
	}
	if strings.HasSuffix(t.text, "'") || strings.HasSuffix(t.text, "’") {
		return false // "Citizens'": a plural's (possInName)
	}
	if i > 0 && toks[i-1].name && toks[i-1].para == t.para && !saintWord(toks[i-1].low) {
		return false // "John Lewis's"
	}
	n := &toks[i+1]
	if n.para != t.para || n.sent != t.sent {
		return false
	}
	if firmVerbs[n.low] && !n.cap {
		_, given := firstNames[t.low]
		return !t.in(lxCountries) && !nationality(t.low) && !given
	}
	if !n.name || n.poss || !possessedPlaces[n.low] {
		return false
	}
	return i+2 >= len(toks) || !toks[i+2].name || toks[i+2].para != t.para
}

// firmVerbs are the verbs of speech that follow a firm named with its
// "'s" ("McDonald's said"): forms that are never a noun or an adjective
// after a possessive ("Smith's report", "Musk's announced plan").
var firmVerbs = setOf("said", "says", "told", "tells", "added", "adds", "wrote", "writes",
	"confirmed", "declined", "responded", "explained", "insisted")

// possessedPlaces are the institutions named for a person or saint in the
// possessive: "Addenbrooke's Hospital", "St Paul's Cathedral".
var possessedPlaces = setOf("hospital", "college", "cathedral", "church", "chapel", "abbey",
	"infirmary", "hospice", "university", "school")

// saintPlaces are the places named for a saint in the possessive, beside
// possessedPlaces: "St Peter's Square", "St James's Park".
var saintPlaces = setOf("square", "basilica", "park", "street", "road", "station", "place", "gate", "green",
	"hall", "field", "island", "bay", "hill", "way", "bridge", "gardens", "palace", "wood", "court", "parish")

func saintWord(w string) bool { return w == "st" || w == "st." || w == "saint" }

// adverbOpeners unmakes a name of an adverb opening its sentence:
// "Regardless of ...", "Unfortunately, ...": a word ending in "less"
// before "of" or a comma, or in "ly" before a comma, that is no given name
// ("Kelly, 34," stays a name); and of "Full" opening a heading over a text
// quoted whole ("Full text of ...", "Full statement:").
func adverbOpeners(toks []token) {
	for i := range toks {
		t := &toks[i]
		if !t.name || len(t.low) < 4 || i+1 >= len(toks) || i > 0 && toks[i-1].sent == t.sent && toks[i-1].para == t.para {
			continue
		}
		n := toks[i+1].low
		switch {
		case t.low == "full" && (n == "text" || n == "statement" || n == "transcript"):
			// "Full text of the prime minister's statement:", a heading.
		case t.in(lxInvertedVerbs) && !t.in(lxFirstNames) && invertedOpener(toks, i):
			// "Replied Stephen, with a grin, "...."", "Added Ruiz: "..."":
			// a verb of speech opening its sentence before the speaker's
			// name is no word of the name.
		case len(t.low) < 7:
			continue
		case strings.HasSuffix(t.low, "less") && (n == "of" || n == ","):
		case strings.HasSuffix(t.low, "ly") && n == "," && givenNameGender(t.low) == 0:
		default:
			continue
		}
		t.name = false
	}
}

// invertedOpener reports whether the capitalised word toks[i], opening its
// sentence, is followed by a name of one to three words and then a comma, a
// colon or a quotation: the verb of an inverted cue ("Added Marta, "...""),
// not a given name ("Promised Land Church said" goes on to a noun).
func invertedOpener(toks []token, i int) bool {
	j := i + 1
	for j < len(toks) && j <= i+3 && toks[j].name && !toks[j].poss && toks[j].sent == toks[i].sent {
		j++
	}
	if j == i+1 || j >= len(toks) {
		return false
	}
	n := toks[j]
	return n.kind == tQuote || n.low == "," || n.low == ":"
}

// handleNames makes an online handle written in lower case with digits
// ("elmo666", "jayk1984") a name where it stands as a speaker: before a
// verb of speech or an apposition's comma, after "user" or an inverted
// verb of speech, or between commas before one ("one buyer, elmo666,
// wrote"). Elsewhere such a word is a code or a product ("mp3",
// "covid19 cases"). nicknames says a nickname inside a name was read.
func handleNames(toks []token, nicknames bool) {
	// "Nicolai "device" Reedtz ... device told reporters": a handle read
	// as a nickname inside a name (see nickname) is a name where it
	// stands as a speaker, as a handle with digits is.
	var nicks [4]string
	n := 0
	for i := 0; nicknames && i < len(toks); i++ {
		if t := &toks[i]; t.kind == tWord && t.cap && n < len(nicks) && len(t.text) > 2 && isOpenMark(t.text) {
			if w := strings.Trim(t.text, "\"“”'‘’"); w != "" {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
					nicks[n] = strings.ToLower(w)
					n++
				}
			}
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord || t.cap || t.name || !handleShaped(t.text) && (n == 0 || !slices.Contains(nicks[:n], t.low)) {
			continue
		}
		var prev, next string
		if i > 0 && toks[i-1].para == t.para {
			prev = toks[i-1].low
		}
		if i+1 < len(toks) && toks[i+1].para == t.para {
			next = toks[i+1].low
		}
		if reportingVerbs[next] || next == "," && i+2 < len(toks) && (toks[i+2].low == "the" || toks[i+2].low == "a" || toks[i+2].low == "an") ||
			prev == "user" || prev == "username" || prev == "handle" || prev == "," && i > 1 && (personNounTok(toks[i-2].low) || toks[i-2].name) ||
			reportingVerbs[prev] && prev != "that" ||
			prev == "," && next == "," && i+2 < len(toks) && (toks[i+2].in(lxReportingVerbs) || toks[i+2].low == "who") {
			t.name = true
		}
	}
}

// isOpenMark reports whether w opens with a quotation mark.
func isOpenMark(w string) bool {
	return w[0] == '"' || w[0] == '\'' || strings.HasPrefix(w, "“") || strings.HasPrefix(w, "‘")
}

// handleShaped reports whether w looks like an online handle: at least
// three lower-case letters, then at least two digits (and nothing else),
// five characters or more.
func handleShaped(w string) bool {
	l := 0
	for l < len(w) && w[l] >= 'a' && w[l] <= 'z' {
		l++
	}
	d := l
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	return l >= 3 && d-l >= 2 && d == len(w)
}

// personNounTok reports whether w names a kind of person ("buyer",
// "user", "vendor").
func personNounTok(w string) bool {
	ok, _ := personNoun(w)
	return ok || w == "buyer" || w == "seller"
}

// ampersandNames joins "Johnson & Johnson", "Marks & Spencer": an
// ampersand between two capitalised words is part of one name (a firm's),
// not a break between two.
func ampersandNames(toks []token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.kind != tPunct || t.low != "&" || !toks[i-1].name || toks[i-1].poss || !toks[i+1].name ||
			toks[i-1].para != t.para || toks[i+1].para != t.para {
			continue
		}
		t.kind, t.name, t.cap = tWord, true, true
	}
}
