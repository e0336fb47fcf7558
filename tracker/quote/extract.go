package quote

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Extract returns the direct quotations in text, in order of appearance,
// each attributed to its speaker where the article says who spoke.
//
// text is plain article text with paragraphs separated by blank lines (a
// text with no blank line is taken to have one paragraph per line).
// Rules:
//   - A quotation is text between double quotation marks (straight or
//     curly); single quotes inside it are nested quotes and stay in Text.
//     In a paragraph with no double marks, single marks delimit quotations
//     British style ('...,' she said) when the span has at least four words
//     and a cue next to it, or follows such a quotation in the paragraph
//     (in a text quoting mostly in single marks, as double marks do);
//     apostrophes ("don't", "drivers' union") never delimit. A quotation
//     opened with a single mark and closed with a double one, a slip of
//     wire copy ('We will not," he said), is one quotation.
//     Text is exactly text[Start:End]: the marks are excluded, inner
//     punctuation is kept ("We want it back right away," keeps its comma).
//   - A quotation running over several paragraphs (each reopened, only the
//     last closed; or a letter quoted whole, opened at the start of its
//     first paragraph and closed at the end of its last, the paragraphs
//     between unmarked) yields one Quote per paragraph, in order, all with the
//     same Speaker and Cue; a Quote never spans a paragraph break, so Text
//     never contains a quotation mark that delimits it.
//   - A quotation split by its cue ("We will fight," he said, "until the
//     end.") yields two Quotes with the same speaker.
//   - Scare quotes and quoted names are not quotations: a span needs at
//     least three words, or a reporting cue right next to it, and is dropped
//     when it reads as a title (Title Case, or after "named", "so-called",
//     "the word"...) or as a cited headline ("..." — CBC.ca).
//   - Speaker is the fullest name the article gives for the person or
//     organisation ("Mr. Trump" alone gives "Trump"; a bare surname shared
//     by several people is the one of matching honorific gender mentioned
//     last, and no one when two of them are named in one sentence).
//     "he"/"she" resolve to a person of compatible gender,
//     searching sentences backwards and taking the first person named in
//     a sentence (usually its subject; possessives and objects of a
//     preposition only when nothing else is there), skipping the one who
//     just "asked" when another of the right gender is near; "it" to the
//     latest organisation; "they" to an organisation that is the subject
//     nearby when no people or group are named nearer; descriptions ("the
//     spokesman", "the Bishop", "the skipper" for the captain) to the
//     latest person given that role by a title or apposition, but not to
//     someone given another post of the same kind; "the firm's boss" to
//     the one person leading it; "the 24-year-old" to the person whose
//     age was given as 24; "the ministry"/"the company" to the named
//     organisation it refers back to, "the magazine" to the publication
//     introduced with that noun. A given name alone is a person when a
//     he/she takes it up; a name in a phrase fronted before the subject
//     ("Speaking to X, she said") or only qualifying a role ("VOA Pentagon
//     correspondent Carla Babb") is not the antecedent or the speaker.
//   - A statement in the first person plural under a heading that names
//     an organisation ("Mallow Swimming Pool - closed until further
//     notice") is the organisation's.
//   - Unnamed people are antecedents too: an indefinite description ("a
//     provincial official", "one resident", "a spokesman for the
//     ministry", "two diplomats") blocks resolution to someone named
//     earlier, so a following "he said" or "the official said" gives "".
//     A name in apposition ("a spokesman, Zabihullah Mujahid,", "Gul Ahmad,
//     a shopkeeper,") makes it that person, and so does a lede naming the
//     person in the next two sentences with the same role ("A federal
//     judge ... U.S. District Judge Maria Delgado wrote").
//   - A quotation standing alone may be attributed by the next sentence:
//     "That was the message from X", "So said X", "That is how X ...";
//     a paragraph-long quotation opening a story by the next paragraph
//     when it starts with a person's name and a verb of speech ("Amina
//     Hassan, 34, was speaking from a shelter").
//   - A sentence closed by a colon introduces the words of its subject
//     ("She is blunt about it: "...""; "Asked about it, he paused before
//     answering: "...""). "the Spaniard"/"the Croatian" is a person, like
//     "he". Short partial quotations count after a cued "was"/"is"
//     ("said his client was "deeply ashamed""), and a short quoted
//     sentence right after a quotation in its paragraph continues it.
//   - A quotation with no cue of its own
//     keeps the speaker of the quotation before it in the same paragraph,
//     or of the previous paragraph when that ended with a quotation (Cue is
//     then "", as the quotation has no cue of its own). When the text does
//     not name the speaker, Speaker is "" and Cue may still show how the
//     quotation was attributed ("a senior official said" gives Cue "said").
//   - Last resort: a quotation with no cue of its own that none of the
//     above attributes takes the speaker the structure of the writing
//     suggests, with a Confidence below ConfidentAt (given, never shown to
//     readers): for a partial quotation in a clause, the clause's subject
//     ("Benioff introduced Cook as "someone who ..."", through "X, who
//     ...", descriptions, he/she and a reported clause's own subject, but
//     not a passive or copula describing the subject, nor past someone
//     unnamed); someone's words whose content it is ("Smith's statement
//     read", "directives from Xi to"); the person before "to" of a verb
//     of speech ("allowed Mosseri to claim that"); for a quotation
//     opening its sentence, the speaker of the quotations beside it in
//     the paragraph or of the paragraph before (past one paragraph of
//     narrative about no one), or, for words in the first person, the
//     one person the paragraph before is about. A question standing alone, a quotation with a verb
//     of speech of its own, or one with nothing around it naming anyone
//     keeps "" (see lastResort).
//
// Extract is deterministic, never panics, and runs in time linear in the
// length of text.
func Extract(text string) []Quote { return extract(text, false) }

// extract is Extract; standalone (for measuring the last resort alone)
// gives every quotation the speaker lastResort picks for it, as if the rules
// had found nothing for it, with the rules' speakers for the others.
func extract(text string, standalone bool) []Quote {
	ps := paragraphs(text)
	spans := findSpans(text, ps)
	if len(spans) == 0 {
		return nil
	}
	singleStyle(text, spans)
	buf := getTokens()
	toks := tokenizeInto(*buf, text, ps, spans)
	defer putTokens(buf, toks)
	reg := newRegistry()
	reg.scanMentions(toks)
	reg.fullNamesInQuotes(text, toks)
	at := &attributor{text: text, toks: toks, reg: reg, lastOrg: -1, lastDesc: -1}

	type result struct {
		ent      int
		cue      string
		explicit bool // a cue of its own
		adjacent bool
		strict   bool
		keep     bool
		tok      int
		conf     float64 // how sure the attribution is (see Quote.Confidence)
		carried  bool    // the speaker was carried from the paragraph before
		led      bool    // the speaker was taken from the paragraph after (leadsInto)
		// cueBefore: the cue stands before the quotation, so that what
		// follows in the sentence is still in its clause.
		cueBefore bool
		// written: dropped as the words of a sign, card or headline, or
		// a title.
		written bool
		// titled: the title of a work or a term naming a policy or
		// theory (workTitle, termModifier), read once.
		titled bool
		// judged: a short phrase a named speaker's verb of judgement
		// takes as its object (shortPartial), in single marks or double.
		judged bool
		// partner: in an exchange of turns (see continueSpeakers), the
		// entity the next turn passes back to, plus one; 0 when none.
		partner int
	}
	res := make([]result, len(spans))
	for i := range res {
		res[i] = result{ent: -1, tok: -1}
	}
	for k, t := range toks {
		if t.kind == tQuote {
			res[t.q].tok = k
			// A quoted title ("told "CBS This Morning" co-host Gayle King")
			// is part of the narrative, like a scare quote.
			sp := spans[t.q]
			res[t.q].titled = workTitle(text, toks, k, sp) || termModifier(text, toks, k, sp)
			if res[t.q].titled || shortTitle(text[sp.start:sp.end]) {
				toks[k].weak = true
			}
		}
	}
	for i, sp := range spans {
		k := res[i].tok
		if k < 0 {
			continue
		}
		c, ok := at.after(k)
		if !ok {
			c, ok = at.before(k)
			if !ok {
				c, ok = at.frontedParticiple(k)
			}
		} else if at.unnamedSpokes(c.np) {
			// "Sears says it is "...," according to a spokesman": a
			// spokesperson the text names no one for speaks for the
			// organisation whose verb of speech introduces the words (a
			// person's spokesman leaves the speaker unnamed).
			if b, bok := at.before(k); bok && b.np.kind == npName && at.orgSubject(b.np, k) {
				c = b
			}
		} else if b, bok := at.sourceReported(c, k); bok {
			c = b
		} else if b, bok := at.namerReported(c, k); bok {
			c = b
		}
		if s, sok := at.toldBySource(c, k); ok && sok {
			c = s
		}
		// "Tom Reed and Jerry Hall said": two speakers; the text does not
		// say which of them spoke the words.
		if ok && at.coordinated(c.np) {
			c.np = nounPhrase{}
		}
		// "Dear Frustrated: "Tell her plainly."": the one a letter or an
		// advice column's answer is addressed to does not speak it.
		if ok && c.np.kind == npName && c.np.lo > 0 && c.np.lo < len(toks) && toks[c.np.lo-1].low == "dear" && toks[c.np.lo-1].para == toks[c.np.lo].para {
			c.np = nounPhrase{}
		}
		if ok {
			at.words = text[sp.start:sp.end]
			res[i].ent = at.resolve(c.np, c.pos)
			at.words = ""
			if e := res[i].ent; e >= 0 && reg.ents[e].org {
				at.lastOrg, at.lastOrgPos = e, sp.start
			}
			if e := res[i].ent; e >= 0 && c.np.kind == npDesc && reg.ents[e].person && !reg.ents[e].org && !reg.ents[e].anon {
				at.lastDesc, at.lastDescPos = e, sp.start
			}
			res[i].cue = c.text
			res[i].explicit = true
			res[i].adjacent = c.adjacent
			res[i].strict = c.strict
			res[i].conf = at.conf * cueConfidence(c)
			res[i].cueBefore = c.pos < sp.start
		}
		res[i].keep = isQuotation(text, toks, k, sp, res[i].adjacent, res[i].strict)
		// Terms, slogans, signs and headlines with no one said to speak
		// (see notSpeech).
		if res[i].keep && !res[i].explicit && (notSpeech(text, toks, k, sp) || namedThing(text, toks, k, sp)) {
			res[i].keep = false
		}
		// A term that is its sentence's subject, even where a cue with a
		// colon opens the sentence ("Kaveh writes: A "rural brain drain"
		// has been ...").
		if res[i].keep && res[i].explicit && k > 0 && toks[k-1].para == toks[k].para && termSubject(toks, k, strings.TrimSpace(text[sp.start:sp.end]), sp.words) {
			res[i].keep = false
		}
		// What a word means or its translation is no one's words, whatever
		// cue is near ("which means "Are you out of your mind?!"", "De
		// fofftig Penns" ("Die fünfzig Pfennige"); see gloss).
		if res[i].keep && gloss(toks, k) {
			res[i].keep = false
		}
		// A short partial quotation completing an attributed statement:
		// "his lawyer said his client was "deeply ashamed"".
		// (One word only in a clause a plain "said" reports: "Dunn said
		// climate change is "bunk."".)
		if !res[i].keep && res[i].explicit && partialAfterCopula(text, toks, k, sp) && (sp.words > 1 || plainSaid(res[i].cue)) {
			res[i].keep = true
		}
		// A one- or two-word phrase that is the object of a verb of speech
		// or criticism with a named subject is that subject's words: "The
		// senator attacked the governor for her "reckless spending"".
		if !res[i].keep {
			if c, ok := at.shortPartial(k, sp); ok {
				if id := at.resolve(c.np, c.pos); id >= 0 && !reg.ents[id].anon {
					res[i] = result{ent: id, cue: c.text, explicit: true, keep: true, tok: k, conf: at.conf * 0.8, judged: true}
				}
			}
		}
		// A two-word phrase in the clause that a named speaker's verb of
		// speech reports is that speaker's words: "She said it was a
		// "wonderful feeling"", "Clarke said the order would come
		// "sometime soon"". The speaker is named or a personal pronoun
		// for a name; a description or "it" ("the company said", "It
		// said the memorandum covered "technical cooperation"") is too
		// unsure a reading for words so short.
		if !res[i].keep && ok && (c.np.kind == npName || c.np.kind == npPron && c.np.word != "it") && res[i].ent >= 0 && !reg.ents[res[i].ent].anon &&
			reportedPartial(text, toks, k, sp, res[i].cue) {
			res[i].keep = true
			res[i].conf *= 0.9
		}
		// The verb of speech before such a phrase reports it also when
		// another closes the sentence: "Hyman admits that she's had to make
		// "tough decisions," including ..., she estimates."
		if !res[i].keep && ok && !res[i].cueBefore {
			if cb, okb := at.before(k); okb && (cb.np.kind == npName || cb.np.kind == npPron && cb.np.word != "it") &&
				reportedPartial(text, toks, k, sp, cb.text) {
				if id := at.resolve(cb.np, cb.pos); id >= 0 && !reg.ents[id].anon {
					res[i] = result{ent: id, cue: cb.text, explicit: true, adjacent: cb.adjacent, strict: cb.strict, keep: true, tok: k,
						conf: at.conf * cueConfidence(cb) * 0.9, cueBefore: true}
				}
			}
		}
		// "what the government calls "weather and safety" leave": an
		// institution's name for a thing, not its speech.
		if res[i].keep && res[i].explicit && institutionTerm(text, toks, k, sp, res[i].ent >= 0 && reg.ents[res[i].ent].org) {
			res[i].keep = false
		}
		// The words of a headline, tagline or sign, whose verb reads as a
		// cue ("A headline in the Journal reads, "...""), and the titles
		// of works (see titledWork, workTitle) and terms naming a policy
		// or theory (see termModifier), cue or not.
		if res[i].keep && (writtenWords(toks, k) || titledWork(text, toks, k, sp) || !res[i].cueBefore && headlineNamed(toks, k) || res[i].titled) {
			res[i].keep, res[i].written = false, true
		}
		// A card, sign or headline is the cue's subject ("according to the
		// opening title card, is "..."", "his sign, which ... boasted about
		// his "..."") or someone generic names a word ("You might say
		// "boilerplate.""): written words or a term, no one's speech.
		if res[i].keep && ok && (writtenSubject(toks, c.np) || genericShort(text, sp, c.np)) {
			res[i].keep, res[i].written = false, true
		}
	}
	// A quoted phrase (no sentence) coordinated with one dropped as written
	// words, with no cue of its own, is of the same kind: "the time,
	// according to the opening card, is "a long time ago" and the setting
	// "a galaxy far far away"".
	for i := 1; i < len(spans); i++ {
		p := i - 1
		if res[i].keep && !res[i].explicit && res[p].written && res[i].tok > res[p].tok && res[p].tok >= 0 &&
			!strings.ContainsAny(text[spans[i].start:spans[i].end], ".!?") && coordinatedAfter(toks, res[p].tok, res[i].tok) {
			res[i].keep, res[i].written = false, true
		}
	}
	// A two-word phrase later in the sentence of a partial quotation that
	// a named speaker's verb of speech reports is in the same clause, the
	// same speaker's: "Ann Cole said the county was "turning a corner"
	// but still faced "hard months"".
	for i := 1; i < len(spans); i++ {
		p := i - 1
		if res[i].keep || !res[p].keep || !res[p].explicit || res[p].ent < 0 || reg.ents[res[p].ent].anon ||
			res[i].tok < 0 || res[p].tok < 0 || res[i].tok-res[p].tok > 12 {
			continue
		}
		// A quotation closing with its own full stop ends the sentence.
		prevBody := strings.TrimSpace(text[spans[p].start:spans[p].end])
		sameSentence := !strings.HasSuffix(prevBody, ".") && !strings.HasSuffix(prevBody, "!") && !strings.HasSuffix(prevBody, "?") &&
			spans[p].para == spans[i].para
		for j := res[p].tok + 1; sameSentence && j < res[i].tok; j++ {
			if toks[j].kind == tEnd || toks[j].kind == tQuote || toks[j].para != toks[res[i].tok].para {
				sameSentence = false
				break
			}
		}
		if sameSentence && spans[p].close >= 0 && res[p].cueBefore && reportedPartial(text, toks, res[i].tok, spans[i], res[p].cue) {
			res[i].keep, res[i].ent, res[i].cue, res[i].explicit, res[i].conf = true, res[p].ent, res[p].cue, true, res[p].conf*0.9
		}
	}
	// A short sentence quoted right after an attributed quotation in the
	// same paragraph continues it: ""They say that every year," said one
	// man. "Nobody comes.""
	for i := 1; i < len(spans); i++ {
		p := i - 1
		if res[i].keep || !res[p].keep || res[i].tok < 0 || res[p].tok < 0 || spans[p].para != spans[i].para || gloss(toks, res[i].tok) {
			continue
		}
		if res[i].tok-res[p].tok > 20 {
			continue
		}
		body := strings.TrimSpace(text[spans[i].start:spans[i].end])
		r, _ := utf8.DecodeRuneInString(body)
		// Not a title closing the sentence: ""...," he told "Meet the Press.""
		if spans[i].words >= 2 && unicode.IsUpper(r) && strings.ContainsAny(body[len(body)-1:], ".!?") && !spans[i].single && !shortTitle(body) {
			res[i].keep = true
		}
	}
	// Parts of one multi-paragraph quotation share the first cue found.
	for i := range spans {
		c := spans[i].chain
		if c == i {
			continue
		}
		if res[c].explicit && (!res[i].explicit || res[i].ent < 0) {
			res[i].ent, res[i].cue, res[i].explicit, res[i].conf = res[c].ent, res[c].cue, true, res[c].conf
		} else if res[i].explicit && (!res[c].explicit || res[c].ent < 0) {
			for j := c; j < i; j++ {
				if spans[j].chain == c {
					res[j].ent, res[j].cue, res[j].explicit, res[j].conf = res[i].ent, res[i].cue, true, res[i].conf
				}
			}
		}
		res[i].keep = res[i].keep || res[c].keep
		res[c].keep = res[i].keep
	}
	// British-style single-quoted spans count only when long and attributed,
	// or when they follow such a quotation in the same paragraph. The parts
	// of one running over several paragraphs are judged together: the cue
	// is usually beside the last.
	chainCued := map[int]bool{}
	for i, sp := range spans {
		if sp.single && sp.chain != i && res[i].explicit && (res[i].adjacent || res[i].strict) {
			chainCued[sp.chain] = true
		}
	}
	lastSingle := -1
	for i, sp := range spans {
		if !sp.single || !res[i].keep {
			continue
		}
		// ("'She was perfect,' D'Arcy said": a sentence of three words,
		// capitalised and closed by its punctuation inside the marks,
		// cued right beside it by a name or a pronoun the article resolves,
		// is a quotation too; not "I said, 'I don't know.'" in an answer.)
		long := sp.words >= 4 || sp.words == 3 && res[i].explicit && res[i].adjacent && res[i].ent >= 0 && sentenceShaped(text[sp.start:sp.end])
		cued := res[i].explicit && (res[i].adjacent || res[i].strict) || chainCued[sp.chain]
		follows := lastSingle >= 0 && spans[lastSingle].para == spans[sp.chain].para
		if sp.chain != i {
			// A later part stands or falls with the first.
			res[i].keep = res[sp.chain].keep
		} else {
			res[i].keep = long && (cued || follows) || res[i].judged
		}
		if res[i].keep {
			lastSingle = i
		}
	}
	// A quoted span dropped as no one's words (a term, a title, a scare
	// quote: "though he hates the word "empire," he built one") is part
	// of the narrative around it from here on, like a short title: it
	// neither ends the sentence nor counts as a quotation in its paragraph
	// for the passes that read the narrative before a quotation.
	for i := range spans {
		if !res[i].keep && res[i].tok >= 0 {
			toks[res[i].tok].weak = true
		}
	}
	// A quotation with no cue of its own continues the previous speaker
	// (again after the passes below found the speaker of one that had none,
	// for the quotations still without one).
	continueSpeakers := func(onlyEmpty bool) {
		prev := -1
		for i, sp := range spans {
			if !res[i].keep {
				continue
			}
			if !res[i].explicit && prev >= 0 && res[prev].ent >= 0 && (!onlyEmpty || res[i].ent < 0) {
				p := spans[prev]
				samePara := p.para == sp.para
				nextPara := p.para == sp.para-1 && startsParagraph(toks, res[i].tok) && endsParagraph(toks, res[prev].tok) &&
					!at.echoesAnother(res[i].tok)
				// Across a paragraph of narrative that brings in no one.
				pastQuiet := p.para == sp.para-2 && startsParagraph(toks, res[i].tok) && endsParagraph(toks, res[prev].tok) &&
					at.quietParagraph(res[i].tok) && !at.echoesAnother(res[i].tok)
				// Not past a sentence about someone else in the paragraph
				// (""We will win," said Reed. Ann Hall laughed. "He always
				// says that.""), nor to a quotation with a verb of speech
				// of its own whose speaker could not be read (""...," his
				// rival said.").
				if samePara && p.chain != sp.chain && (at.otherPersonBetween(res[prev].tok, res[i].tok, res[prev].ent) || at.colonLeadOther(res[i].tok, res[prev].ent)) {
					samePara = false
				}
				if (samePara || nextPara || pastQuiet) && p.chain != sp.chain && at.ownVerbAfter(res[i].tok) {
					samePara, nextPara, pastQuiet = false, false, false
				}
				if samePara || nextPara || pastQuiet {
					res[i].ent = res[prev].ent
					res[i].conf = res[prev].conf * 0.95
					if nextPara {
						// A run of quotation paragraphs is one statement
						// ("Mr Campbell said: "..." / "..." / "..."): each
						// paragraph further from the cue is less sure to be
						// shown, but the run keeps its speaker to its end.
						res[i].conf = res[prev].conf * 0.9
						if res[prev].carried {
							res[i].conf = max(res[i].conf, min(res[prev].conf, minConfidence))
						}
						res[i].carried = true
					} else if pastQuiet && at.afterClutter(res[i].tok) {
						// Past a caption or a link to another story: as
						// from one paragraph to the next.
						res[i].conf = res[prev].conf * 0.9
						res[i].carried = true
					} else if pastQuiet {
						res[i].conf = res[prev].conf * 0.8
					}
					// Signs that the run may have passed to someone else,
					// given but not shown: the quotation names the speaker
					// in the third person (""We will win," said Reed. /
					// "Reed has never lost a vote here.""; people rarely
					// name themselves, though a mock headline may);
					// an organisation's statement goes on in the first person
					// singular, which an organisation does not speak in;
					// it answers a question the quotation before put (""Why
					// now?" asked Cole. / "Because the money ran out."",
					// unless the asker answers it); its paragraph goes on
					// about someone else (""It was a mistake." Ann Hall,
					// his deputy, resigned a week later.").
					if p.chain != sp.chain && (at.namesSpeaker(text[sp.start:sp.end], res[prev].ent) ||
						reg.ents[res[prev].ent].org && firstSingular(text[sp.start:sp.end]) ||
						!samePara && isQuestion(text[p.start:p.end]) && !isQuestion(text[sp.start:sp.end]) ||
						!samePara && at.aboutOtherAfter(res[i].tok, res[prev].ent)) {
						res[i].conf = min(res[i].conf, ConfidentAt-0.1)
					}
					if p.chain == sp.chain {
						res[i].cue = res[prev].cue
					}
					// An exchange: ""Will you rule it out?" asked Nick
					// Robins. / "I'm not going to write the budget on this
					// sofa," replied Amanda Price. / "So that's a no?"": a
					// question or words to "you" answering the answer are
					// the asker's turn, and the paragraph after passes back.
					// Given, not shown.
					if nextPara && p.chain != sp.chain {
						if q := at.turnAsker(spans, i, prev, func(j int) (int, bool) { return res[j].ent, res[j].keep && res[j].explicit }); q >= 0 && q != res[prev].ent {
							res[i].ent, res[i].conf, res[i].partner = q, min(res[i].conf, 0.65), res[prev].ent+1
						} else if res[prev].partner > 0 {
							res[i].ent, res[i].conf, res[i].partner = res[prev].partner-1, min(res[i].conf, 0.65), res[prev].ent+1
						}
					}
				}
			}
			prev = i
		}
	}
	// A pull quote: a quotation standing alone in its paragraph, with no
	// cue, that repeats words quoted elsewhere in the article with a
	// speaker ("We cannot keep spending money we do not have," Price
	// said. ... / "We cannot keep spending money we do not have.") is
	// that speaker's, wherever the page put it.
	for i, sp := range spans {
		if !res[i].keep || res[i].explicit || res[i].tok < 0 || sp.words < 6 || !startsParagraph(toks, res[i].tok) || !endsParagraph(toks, res[i].tok) {
			continue
		}
		core := quoteCore(text[sp.start:sp.end])
		found := -1
		for j, o := range spans {
			if j == i || !res[j].keep || !res[j].explicit || res[j].ent < 0 || o.end-o.start < len(core) || !strings.Contains(text[o.start:o.end], core) {
				continue
			}
			if found >= 0 && res[found].ent != res[j].ent {
				found = -1
				break
			}
			found = j
		}
		if found >= 0 {
			res[i].ent, res[i].cue, res[i].explicit, res[i].conf = res[found].ent, res[found].cue, true, res[found].conf*0.9
		}
	}
	// ""Get out now!" "Go!" the officers shouted.": a quotation with no
	// cue right before one whose cue after it names someone unnamed is
	// theirs too, no one's, not the speaker before.
	for i := len(spans) - 2; i >= 0; i-- {
		if res[i].keep && !res[i].explicit && sharesUnnamedCue(spans, toks, i, res[i].tok, res[i+1].tok, res[i+1].keep && res[i+1].explicit && !res[i+1].cueBefore &&
			(res[i+1].ent < 0 || reg.ents[res[i+1].ent].anon)) {
			res[i].explicit, res[i].ent, res[i].cue, res[i].conf = true, -1, res[i+1].cue, 0
		}
	}
	continueSpeakers(false)
	// A quotation with no cue of its own whose narrative was last about a
	// speaker: "It's easy, she says, for people to marvel at how beautiful
	// an island is. "But they don't know the work that goes into it.""
	for i := range spans {
		if !res[i].keep || res[i].explicit || res[i].ent >= 0 || res[i].tok < 0 {
			continue
		}
		// The quotation before in its paragraph decided, unless a sentence
		// about someone else stands between them.
		if i > 0 && spans[i-1].para == spans[i].para && res[i-1].keep && !at.otherBetween(res[i-1].tok, res[i].tok, res[i-1].ent) {
			continue
		}
		// (Nor when a cue after it has a description for its subject:
		// "...," the cantor said.)
		if noun, v, ok := at.unreadDesc(res[i].tok); ok {
			// ("Joseph Kane, a baker, ... "...," the baker said.": the
			// one the text gave that noun.)
			if id := at.nounHolder(noun, res[i].tok); id >= 0 {
				res[i].ent, res[i].conf, res[i].cue = id, 0.85, toks[v].text
			}
			continue
		}
		if c, ok := at.nameLabel(res[i].tok); ok {
			res[i].ent = at.resolve(c.np, c.pos)
			res[i].conf = at.conf * 0.8
		} else if c, ok := at.narrativeCue(res[i].tok); ok {
			res[i].ent = at.resolve(c.np, c.pos)
			res[i].conf = at.conf * 0.8
		} else if c, ok := at.narrativeSubject(res[i].tok, text[spans[i].start:spans[i].end]); ok {
			res[i].ent = at.resolve(c.np, c.pos)
			res[i].conf = at.conf * 0.75
		} else if c, ok := at.questionLead(res[i].tok); ok {
			res[i].ent = at.resolve(c.np, c.pos)
			res[i].conf = at.conf * 0.8
		}
	}
	// An interview's answer, printed after the interviewer's question (see
	// interviewee).
	for i := range spans {
		if !res[i].keep || res[i].explicit || res[i].ent >= 0 || res[i].tok < 0 {
			continue
		}
		if id := at.interviewee(res[i].tok); id >= 0 {
			res[i].ent, res[i].conf = id, 0.8
		}
	}
	// A quotation standing alone, attributed by the sentence after it:
	// ""We will not be intimidated." That was the message from Mayor
	// Jane Roe ..." / "... So said Jane Roe" / "That is how Amina Yusuf
	// describes the night."
	for i := range spans {
		if !res[i].keep || res[i].explicit || res[i].ent >= 0 || res[i].tok < 0 {
			continue
		}
		if c, ok := at.echo(res[i].tok); ok {
			res[i].ent = at.resolve(c.np, c.pos)
			res[i].conf = at.conf * 0.85
			res[i].cue = c.text
			res[i].explicit = true
		} else if c, ok := at.signatureLine(res[i].tok); ok {
			// "... " / "— Ann Ruiz, mayor": a signature line.
			res[i].ent = at.resolve(c.np, c.pos)
			res[i].conf = at.conf * 0.95
			res[i].explicit = true
		}
	}
	// A statement in the first person plural under a heading naming an
	// organisation (a live blog's "Mallow Swimming Pool - closed until
	// further notice"), all its paragraphs.
	for i := range spans {
		if !res[i].keep || res[i].explicit || res[i].ent >= 0 || res[i].tok < 0 || spans[i].chain != i {
			continue
		}
		if id := at.headingOrg(res[i].tok, text[spans[i].start:spans[i].end]); id >= 0 {
			for j := i; j < len(spans) && spans[j].chain == i; j++ {
				if res[j].ent < 0 {
					res[j].ent, res[j].conf = id, 0.75
				}
			}
		}
	}
	// Quotations that run straight into an attributed one, with nothing in
	// between, share its speaker: "It hurts." "I lost," said Greene.
	for i := len(spans) - 2; i >= 0; i-- {
		n := i + 1
		if !res[i].keep || res[i].explicit || res[i].ent >= 0 || res[n].ent < 0 || !res[n].keep {
			continue
		}
		if spans[n].para == spans[i].para && res[n].tok == res[i].tok+1 {
			res[i].ent = res[n].ent
			res[i].conf = res[n].conf * 0.9
		} else if (res[n].explicit || res[n].led) && at.leadsInto(res[i].tok, res[n].tok, res[n].ent) {
			// A run of such paragraphs leads into the attributed one
			// paragraph by paragraph: "I fell to daydreaming." / "Could
			// I fly it?" / "I was a rusty pilot," Hailey recalled.
			res[i].ent = res[n].ent
			res[i].conf = res[n].conf * 0.85
			res[i].led = true
		}
	}
	continueSpeakers(true)
	// An item of a list of someone's words, each a label and a quotation,
	// after a paragraph naming whose words they are ("Cassidy's post ...
	// These include:" / "Pre-emptive self-exoneration: "..."").
	for i := range spans {
		if !res[i].keep || res[i].explicit || res[i].ent >= 0 || res[i].tok < 0 {
			continue
		}
		if id := at.listedWords(res[i].tok); id >= 0 {
			res[i].ent, res[i].conf = id, 0.75
		}
	}
	// Words quoted again keep the speaker the article first gave them.
	requotes(text, spans, func(i int) bool { return res[i].keep },
		func(i int) bool { return reg.hasName(res[i].ent) && res[i].conf >= minConfidence },
		func(i int) bool { return res[i].ent < 0 },
		func(i, j int) { res[i].ent, res[i].conf = res[j].ent, res[j].conf*0.9 })
	// A quotation opening by addressing someone ("'Steve, I promise, I
	// will pay the bail'") is not that person's words: people do not hail
	// themselves.
	for i, sp := range spans {
		if res[i].keep && res[i].ent >= 0 && at.addressed(text[sp.start:sp.end], res[i].ent) {
			res[i].ent, res[i].conf = -1, 0
		}
	}
	// A report quoted whole that quotes someone in its turn ("'He was set
	// up to fail,' Park said." in double marks, after "The Herald reported
	// on her closing argument:"): the words are the one its inner cue
	// names, when the article names that person.
	for i, sp := range spans {
		if !res[i].keep || sp.end-sp.start < 12 {
			continue
		}
		if c := text[sp.start]; c != '\'' && c != 0xE2 && c != ' ' {
			continue
		}
		if id, verb := innerCueSpeaker(reg, text[sp.start:sp.end]); id >= 0 {
			res[i].ent, res[i].conf, res[i].cue, res[i].explicit = id, 0.85, verb, true
		}
	}
	// Last resort: a quotation with no cue of its own that no rule
	// attributed takes the speaker the structure around it suggests (see
	// lastResort), given but never shown as confident. The rules' speakers
	// are the neighbours; a multi-paragraph quotation is decided by its
	// first part.
	near := make([]neighbour, 0, len(spans))
	index := make([]int, len(spans))
	for i, sp := range spans {
		index[i] = -1
		if !res[i].keep || res[i].tok < 0 {
			continue
		}
		n := neighbour{tok: res[i].tok, ent: -1, para: sp.para}
		if reg.hasName(res[i].ent) && res[i].conf >= minConfidence {
			n.ent = res[i].ent
		}
		index[i] = len(near)
		near = append(near, n)
	}
	for i, sp := range spans {
		if index[i] < 0 || sp.chain != i {
			continue
		}
		// Not one with a verb of speech of its own whose speaker could not
		// be read (""...," his rival said.", ""...," wrote user jayk1984.").
		if !standalone && (res[i].ent >= 0 || res[i].explicit || res[i].cue != "" || at.ownVerbAfter(res[i].tok) || at.speechRightAfter(res[i].tok)) {
			continue
		}
		id, conf := at.lastResort(res[i].tok, near, index[i])
		if standalone {
			for j := i; j < len(spans) && spans[j].chain == i; j++ {
				res[j].ent, res[j].conf = id, conf
			}
			continue
		}
		if id < 0 {
			continue
		}
		for j := i; j < len(spans) && spans[j].chain == i; j++ {
			if res[j].ent < 0 && !res[j].explicit {
				res[j].ent, res[j].conf = id, conf
			}
		}
		// The quotation paragraphs after it may continue it.
		near[index[i]].ent = id
	}
	// Nor a guess of the last resort.
	for i, sp := range spans {
		if res[i].keep && res[i].ent >= 0 && at.addressed(text[sp.start:sp.end], res[i].ent) {
			res[i].ent, res[i].conf = -1, 0
		}
	}
	out := make([]Quote, 0, len(spans))
	// A speaker often says several quotations: each name is built once.
	speakers := make([]string, len(reg.ents))
	speaker := func(id int) string {
		if id < 0 || id >= len(speakers) {
			return reg.fullName(id)
		}
		if speakers[id] == "" {
			speakers[id] = reg.fullName(id)
		}
		return speakers[id]
	}
	for i, sp := range spans {
		if !res[i].keep {
			continue
		}
		// White space just inside the marks ("“ I love it.”") is the
		// page's typing, not the speaker's words.
		start, end := sp.start, sp.end
		for start < end && isSpaceByte(text[start]) {
			start++
		}
		for end > start && isSpaceByte(text[end-1]) {
			end--
		}
		if start == end {
			continue
		}
		q := Quote{
			Text:    text[start:end],
			Speaker: speaker(res[i].ent),
			Cue:     res[i].cue,
			Start:   start,
			End:     end,
		}
		if q.Speaker != "" {
			conf := res[i].conf
			if e := &reg.ents[res[i].ent]; e.anon && e.guessed {
				conf = min(conf, ConfidentAt-0.05)
			}
			q.Confidence = math.Round(min(1, max(0.05, conf))*100) / 100
			// Precision first: a close call between candidates names no one.
			if q.Confidence < minConfidence {
				q.Speaker, q.Confidence = "", 0
			} else {
				q.Role = reg.roleOf(res[i].ent)
			}
		}
		out = append(out, q)
	}
	return out
}

// coordinatedAfter reports whether the quotation at toks[j] is joined to
// the one at toks[i] by "and" or "or" and at most three more words, none a
// verb of speech or an auxiliary, in one sentence: ""A" and the setting
// "B"", ""A" or "B"".
func coordinatedAfter(toks []token, i, j int) bool {
	if j-i < 2 || j-i > 5 || toks[i].sent != toks[j].sent {
		return false
	}
	if w := toks[i+1].low; w != "and" && w != "or" {
		return false
	}
	for m := i + 2; m < j; m++ {
		t := toks[m]
		if t.kind != tWord || t.cap || t.in(lxReportingVerbs) || t.in(lxAuxiliaries) || t.in(lxPassiveAux) || isPronoun(t.low) {
			return false
		}
	}
	return true
}

// minConfidence is the confidence below which Extract names no speaker:
// two candidates were too close to call.
const minConfidence = 0.3

// cueConfidence rates a cue: a name or pronoun right next to the quotation
// is surer than a verb several words away.
func cueConfidence(c cue) float64 {
	switch {
	case c.strict:
		return 1
	case c.adjacent:
		return 0.95
	}
	return 0.85
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// aboutOtherAfter reports whether a sentence after the quotation token k
// in its paragraph has a named person other than who as its subject ("/
// "It was a mistake." Ann Hall, his deputy, resigned a week later.").
func (a *attributor) aboutOtherAfter(k, who int) bool {
	q := a.toks[k]
	lo := -1 // the quotation's own sentence goes on after it, unless it ends one
	if body := strings.TrimRight(a.text[q.s:q.e], " \"”’'»″"); body != "" && strings.IndexByte(".!?", body[len(body)-1]) >= 0 {
		lo = k + 1
	}
	end := k + 1
	for end < len(a.toks) && a.toks[end].para == q.para {
		end++
	}
	return a.anySentence(lo, k+1, end, func(lo, end int) bool { return a.namedOther(lo, end, who) })
}

// isQuestion reports whether a quotation ends with a question mark.
// turnAsker returns who asked the question the quotation prev answered,
// when the quotation i (the paragraph after prev's, no cue of its own) is a
// question or speaks to "you": the asker of a question ending the
// paragraph before prev's, whose own cue named someone else (info gives a
// quotation's speaker and whether it had a cue of its own); -1 otherwise.
func (a *attributor) turnAsker(spans []span, i, prev int, info func(j int) (int, bool)) int {
	body := a.text[spans[i].start:spans[i].end]
	if !isQuestion(body) && !hasWordOf(body, secondPersonWords) {
		return -1
	}
	f := prev
	for f > 0 && spans[f-1].para == spans[prev].para {
		f--
	}
	q := f - 1
	if q < 0 || spans[q].para != spans[prev].para-1 || !isQuestion(a.text[spans[q].start:spans[q].end]) {
		return -1
	}
	if _, own := info(f); !own {
		return -1
	}
	if ent, own := info(q); own {
		return ent
	}
	return -1
}

// secondPersonWords speak to someone: "you", "your".
var secondPersonWords = setOf("you", "your", "you're", "you’re", "you've", "you’ve", "yours")

func isQuestion(body string) bool {
	return strings.HasSuffix(strings.TrimRight(body, " ,\"”’'"), "?")
}

// namesSpeaker reports whether the quotation body names the entity id in
// the third person: a word of its name (three letters or more, as written)
// standing alone, not inside a longer name ("Reed" in "Reed has never
// lost", not in "Tom Reed Jr." or "Reed Street" of someone else). People
// rarely speak of themselves by name, so the words are someone else's.
func (a *attributor) namesSpeaker(body string, id int) bool {
	if id < 0 || id >= len(a.reg.ents) {
		return false
	}
	if e := &a.reg.ents[id]; !e.person {
		return false
	}
	return a.namesPerson(body, id)
}

// namesPerson is namesSpeaker for an entity a person or maybe one (a name
// no list gives a gender: "Tomas Vidal").
func (a *attributor) namesPerson(body string, id int) bool {
	if id < 0 || id >= len(a.reg.ents) {
		return false
	}
	e := &a.reg.ents[id]
	if e.anon || e.org || !e.person && !e.maybe || !nameWordIn(body, e.name) {
		return false
	}
	prevCap := false
	for i := 0; ; {
		ws, we := nextWord(body, i)
		if ws == len(body) {
			return false
		}
		w := strings.TrimSuffix(strings.TrimSuffix(body[ws:we], "'s"), "’s")
		r, _ := utf8.DecodeRuneInString(w)
		capital := unicode.IsUpper(r)
		if capital && len(w) >= 3 && !prevCap && slices.Contains(e.name, w) && !placeGivenName(body[:ws], w, e.name) {
			// Not the start of a longer name: "Reed Street", "Reed Smith".
			ns, ne := nextWord(body, we)
			next := ""
			if ns < len(body) && strings.TrimSpace(body[we:ns]) == "" {
				next = body[ns:ne]
			}
			if r2, _ := utf8.DecodeRuneInString(next); next == "" || !unicode.IsUpper(r2) || slices.Contains(e.name, next) {
				return true
			}
		}
		// A capital after a sentence end opens the sentence, not a name.
		prevCap = capital && !strings.ContainsAny(body[max(i, 0):ws], ".!?")
		i = we
	}
}

// nameWordIn reports whether a word of name of three letters or more
// stands anywhere in body, even inside another word: the cheap test
// before namesPerson reads the body word by word.
func nameWordIn(body string, name []string) bool {
	for _, w := range name {
		if len(w) >= 3 && strings.Contains(body, w) {
			return true
		}
	}
	return false
}

// placeGivenName reports whether w, a given name of a person's (not the
// last word of the name) that is also a place, stands in the quotation
// as the place: after a preposition (""Whoever raises a hand against
// Israel will have it cut off"" of Israel Katz; "flights to Jordan",
// "back in Paris"). The person is named by the surname, so a place word
// alone is not the person named in the third person. before is the body
// up to w.
func placeGivenName(before, w string, name []string) bool {
	if len(name) < 2 || w == name[len(name)-1] {
		return false
	}
	low := strings.ToLower(w)
	if !countries[low] && !placeNames[low] {
		return false
	}
	before = strings.TrimRight(before, " ")
	k := strings.LastIndexAny(before, " \n\"“‘'(") + 1
	return placeBefore[strings.ToLower(before[k:])]
}

// placeBefore go before a place ("against Israel", "across Georgia").
var placeBefore = setOf("in", "to", "from", "against", "into", "across", "throughout", "toward",
	"towards", "within", "inside", "outside", "near", "around", "over", "through", "visit",
	"visiting", "visited", "invade", "invaded", "attack", "attacked", "defend", "protect")

// placeNames are places that are also given names, which countries leaves
// out (see placeGivenName).
var placeNames = setOf("jordan", "georgia", "chad", "paris", "austin", "dallas", "houston",
	"denver", "florence", "sydney", "victoria", "adelaide", "charlotte", "savannah", "orlando",
	"lincoln", "chelsea", "kent", "devon", "regina", "augusta", "eugene", "phoenix", "tyler",
	"jackson", "madison", "aurora", "lourdes", "santiago", "lima", "camden", "brooklyn", "sofia",
	"asia", "india", "china", "kenya", "israel", "america", "carolina", "virginia", "vienna")

// startsParagraph reports whether the quotation token k opens its paragraph.
func startsParagraph(toks []token, k int) bool {
	return k == 0 || toks[k-1].para != toks[k].para
}

// endsParagraph reports whether the quotation token k is in the last
// sentence of its paragraph (at most a short cue follows it).
func endsParagraph(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && toks[j].para == toks[k].para; j++ {
		// A scare quote in a closing sentence is narrative: "This
		// "mathematical trick" was the model."
		if toks[j].kind == tQuote && !toks[j].weak || j-k > 30 {
			return false
		}
		if toks[j].kind == tEnd {
			return j+1 >= len(toks) || toks[j+1].para != toks[k].para
		}
	}
	return true
}

// fieldsAtMost reports whether s has at most n words separated by spaces,
// without splitting it.
func fieldsAtMost(s string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '\t' || c == '\n' {
			in = false
		} else if !in {
			in = true
			if words++; words > n {
				return false
			}
		}
	}
	return true
}

// launchedName reports whether the quoted span at toks[k] is the name of
// a thing someone launches or announces, a short noun phrase ending in a
// word for a programme or product, after the verb and a determiner: "said
// in announcing the "personal comfort system."", "unveiled its "smart
// seat program"". (Not "announced the "biggest investment in a
// generation"": no such word ends it.)
func launchedName(toks []token, k int, body string, n int) bool {
	if n < 2 || n > 4 || k < 2 || toks[k-1].para != toks[k].para || !determiner(toks[k-1].low) && toks[k-1].low != "its" && toks[k-1].low != "their" {
		return false
	}
	if !launchVerbs[toks[k-2].low] {
		return false
	}
	body = strings.TrimRight(strings.TrimSpace(body), ".")
	if strings.ContainsAny(body, ",;!?") {
		return false
	}
	last := body[strings.LastIndexByte(body, ' ')+1:]
	return launchedNouns[strings.ToLower(last)]
}

// launchVerbs put a new programme or product before the public.
var launchVerbs = setOf("launch", "launches", "launched", "launching", "unveil", "unveils", "unveiled",
	"unveiling", "announce", "announces", "announced", "announcing", "introduce", "introduces",
	"introduced", "introducing", "debuted", "debuting")

// launchedNouns end the name of a programme or product.
var launchedNouns = setOf("system", "systems", "program", "programme", "plan", "initiative", "project",
	"scheme", "app", "device", "tool", "platform", "network", "service", "fund", "chair", "kit", "model")

// workNouns name a work whose title may follow in quotation marks.
var workNouns = setOf("song", "single", "album", "record", "book", "memoir", "film", "movie", "novel", "series",
	"show", "play", "poem", "documentary", "programme", "program", "podcast", "opera", "musical", "painting")

// isQuotation decides whether a quoted span is a direct quotation rather
// than scare quotes, a title or a cited headline.
func isQuotation(text string, toks []token, k int, sp span, cued, strict bool) bool {
	body := text[sp.start:sp.end]
	n := sp.words
	// "told "CBS This Morning" co-host Gayle King", "the "Bad Blood"
	// songstress": a short title-case name, even next to a cue.
	// (Not ""It's December," he said": a pronoun's contraction opening
	// words closed by a comma, a reporting cue right after, is speech.)
	if shortTitle(body) && !(strict && spokenOpening(body)) {
		return false
	}
	if n < 3 {
		return strict && !namedObject(toks, k)
	}
	// "in Lamar's first album, "good kid, m.A.A.d city," the fifth song
	// ...": a work's title in apposition to the noun for it, even in the
	// clause a verb of speech reports.
	// (Not words about the work: "Of the new album, "it is the best
	// thing we have ever made," she said" opens with a pronoun and is
	// longer than a title.)
	if k >= 2 && toks[k-1].low == "," && toks[k-1].para == toks[k].para && workNouns[toks[k-2].low] {
		trimmed := strings.TrimSpace(body)
		first, _, _ := strings.Cut(trimmed, " ")
		if fieldsAtMost(trimmed, 6) && !isPronoun(strings.ToLower(first)) &&
			(strings.HasSuffix(trimmed, ",") || k+1 < len(toks) && toks[k+1].low == "," && toks[k+1].para == toks[k].para) {
			return false
		}
	}
	if launchedName(toks, k, body, n) {
		return false
	}
	if strict {
		return true
	}
	// "named "Better Idea of Afghan Girls"", "the so-called "war on drugs"".
	for j, steps := k-1, 0; j >= 0 && steps < 3 && toks[j].para == toks[k].para; j, steps = j-1, steps+1 {
		t := toks[j]
		// "to show "patience"", "to play "a waiting game"": a verb, not a title.
		// "in Mr. Lynch's words", "in her own words": a speaker's.
		if t.low == "words" && j > 0 && (toks[j-1].poss || toks[j-1].low == "own" || toks[j-1].low == "his" || toks[j-1].low == "her" || toks[j-1].low == "their") {
			break
		}
		// "told the BBC's Today programme: "..."": a programme or paper
		// spoken to, its words introduced by the colon, is no title.
		if t.low == ":" && j == k-1 && (cued || toldBefore(toks, j)) {
			break
		}
		// "told the Victoria Derbyshire TV show, "..."": a comma after
		// the programme spoken to introduces the words as well.
		if t.low == "," && j == k-1 && toldBefore(toks, j) {
			break
		}
		// "As Bill Gates put it in his 2021 book, "Batteries are great
		// for cars. ..."": words quoted from a work someone wrote, after
		// the comma closing "in his book", not its title.
		if t.kind == tWord && workNouns[t.low] && j == k-2 && toks[k-1].low == "," && inOwnWork(toks, j) && (n > 6 || !titleCase(body)) {
			break
		}
		if t.kind == tWord && titleMarkers[t.low] && !(j > 0 && toks[j-1].low == "to" && nounMarkers[t.low]) {
			// "wrote that the show "had the energy of a new beginning"":
			// a verb phrase whose subject is the noun, opening with a
			// lower-case auxiliary no title opens with.
			if j == k-1 && workNouns[t.low] && startsLower(body) && auxFirst(body) {
				break
			}
			// "the judges called the novel "a work of rare tenderness"":
			// a description of the thing named, in someone's words.
			// (Also past a quoted name before the noun: "called the
			// "Defund the Police" slogan "a gift to our opponents"".)
			if j >= 2 && determiner(toks[j-1].low) && toks[j-2].in(lxSpeechMarkers) && !titleCase(body) ||
				j >= 3 && toks[j-1].kind == tQuote && toks[j-1].weak && determiner(toks[j-2].low) && toks[j-3].in(lxSpeechMarkers) && !titleCase(body) {
				break
			}
			// "what she called a "pattern of secrecy"": a speaker's words.
			if j > 0 && t.in(lxSpeechMarkers) && toks[j-1].para == t.para &&
				(isPronoun(toks[j-1].low) || toks[j-1].low == "what" || isNameWord(toks[j-1])) && toks[j-1].low != "it" {
				break
			}
			// "which has already been called "a seminal document of the
			// bike lane backlash"": a perfect passive reports what someone
			// called it; a long lower-case description is their words,
			// where a name is short or capitalised ("has been called "the
			// old market"").
			if j > 0 && t.in(lxSpeechMarkers) && toks[j-1].low == "been" && n >= 5 && startsLower(body) && !mostlyCapitalised(body) {
				break
			}
			return false
		}
		if t.kind == tWord && !(t.low == "the" || t.low == "a" || t.low == "as" || t.low == "an") {
			break
		}
		// "called the new campaign a "bold, innovative effort"": a
		// description after its object, not the campaign's title.
		if t.kind == tWord && (t.low == "a" || t.low == "an") && j == k-1 {
			break
		}
		if t.kind == tQuote || t.kind == tEnd {
			break
		}
	}
	// A cited headline: a paragraph-opening quotation followed by a dash and
	// its source. (A signed quotation has a cue and was kept above.)
	if startsParagraph(toks, k) && k+1 < len(toks) && toks[k+1].para == toks[k].para {
		switch toks[k+1].low {
		case "—", "–", "-":
			return false
		}
	}
	// "A Golden Voice: How Faith, Hard Work, and Humility Brought Me
	// Home": a title and its subtitle.
	if subtitled(body) {
		return false
	}
	// "The Gospel According to St. Matthew": an abbreviation's full stop
	// ends no sentence.
	if hasAbbrevDot(body) {
		body = abbrevDots.Replace(body)
	}
	return !titleCase(body) || n > 12 || (cued && strings.ContainsAny(body, ".!?"))
}

// inOwnWork reports whether the work noun toks[j] closes "in" and a
// possessive ("in his 2021 book", "in Ann Hale's memoir", "in their new
// report"): where someone's words were written.
func inOwnWork(toks []token, j int) bool {
	poss := false
	for i := j - 1; i >= 0 && i >= j-5 && toks[i].para == toks[j].para; i-- {
		t := toks[i]
		switch {
		case t.low == "in":
			return poss && i < j-1
		case t.low == "his" || t.low == "her" || t.low == "their" || t.poss:
			poss = true
		case t.kind != tWord || t.cap && !t.poss:
			return false
		}
	}
	return false
}

// hasAbbrevDot reports whether s holds one of the abbreviations abbrevDots
// drops the full stop of.
func hasAbbrevDot(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		for _, a := range abbrevList {
			if i+1 >= len(a) && s[i+1-len(a):i+1] == a {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// subtitled reports whether a quoted span is a title and its subtitle:
// two parts parted by a colon, every word of each capitalised but for
// short function words, four words or more in all ("A Golden Voice: How
// Faith, Hard Work, and Humility Brought Me from the Streets").
func subtitled(body string) bool {
	if !strings.Contains(body, ": ") {
		return false
	}
	head, sub, ok := strings.Cut(strings.TrimRight(strings.TrimSpace(body), ".,;"), ": ")
	if !ok || wordCount(head) < 1 || wordCount(sub) < 2 || wordCount(head)+wordCount(sub) < 4 || strings.ContainsAny(head+sub, ".!?:;") {
		return false
	}
	for _, part := range []string{head, sub} {
		for _, w := range strings.Fields(part) {
			w = strings.TrimRight(w, ",")
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLetter(r) && !unicode.IsUpper(r) && !smallWords[strings.ToLower(w)] {
				return false
			}
		}
	}
	return true
}

// auxFirst reports whether s opens with an auxiliary or a form of "be"
// ("had", "was", "will").
func auxFirst(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return auxiliaries[w] || passiveAux[w] && w != "get" && w != "got"
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsLower(r)
}

// toldBefore reports whether a verb of speech opens the clause closed by
// the colon at toks[c], within a few words: "told BBC Radio 5 Live's
// Sportsweek programme:".
func toldBefore(toks []token, c int) bool {
	for j := c - 1; j >= 0 && j >= c-10 && toks[j].para == toks[c].para && toks[j].kind != tEnd && toks[j].kind != tQuote; j-- {
		if toks[j].in(lxReportingVerbs) && !toks[j].cap {
			return true
		}
	}
	return false
}

// shortTitle reports whether a quoted span is a name of two to four
// title-case words ("Bad Blood", "CBS This Morning").
func shortTitle(body string) bool {
	body = strings.TrimSpace(body)
	for len(body) > 0 && (body[len(body)-1] == ',' || body[len(body)-1] == '.' || body[len(body)-1] == ' ') {
		body = body[:len(body)-1] // (strings.TrimRight would build its set of bytes on each call)
	}
	if len(body) > 80 || len(body) == 0 {
		return false // four words are never this long
	}
	if r, _ := utf8.DecodeRuneInString(body); !unicode.IsUpper(r) {
		return false
	}
	if strings.ContainsAny(body, ",.;!?") {
		return false
	}
	n := 0
	for i := 0; ; n++ {
		ws, we := nextWord(body, i)
		if ws == len(body) {
			break
		}
		w := body[ws:we]
		if f, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(f) && !unicode.IsUpper(f) && !smallWords[strings.ToLower(w)] {
			return false
		}
		i = we
	}
	return n >= 2 && n <= 4
}

// spokenOpening reports whether body opens with a pronoun's contraction
// and ends with a comma, as words spoken before "he said" do ("It's
// December,", "That's football,"), where a title ends with none.
func spokenOpening(body string) bool {
	body = strings.TrimSpace(body)
	if !strings.HasSuffix(body, ",") {
		return false
	}
	ws, we := nextWord(body, 0)
	if ws != 0 {
		return false
	}
	return spokenContractions[strings.ToLower(strings.ReplaceAll(body[ws:we], "’", "'"))]
}

var spokenContractions = setOf("it's", "i'm", "that's", "we're", "he's", "she's", "they're", "you're",
	"there's", "here's", "let's", "i've", "we've", "i'll", "we'll", "it'll", "that'll")

// smallWords stay lower case in titles.
var smallWords = setOf("of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "from", "or", "de", "la", "du", "von", "van")

// titleCase reports whether every word of s starts with a capital letter,
// apart from short function words, and s has no sentence punctuation: the
// shape of a title or a name, not of speech.
func titleCase(s string) bool {
	s = strings.TrimRight(s, ",.;: ")
	if strings.ContainsAny(s, ",.;!?") {
		return false
	}
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '—' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsUpper(r) {
			continue
		}
		switch strings.ToLower(w) {
		case "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "from", "or", "de", "la", "du", "von", "van":
			continue
		}
		return false
	}
	return true
}

// nounMarkers are title markers that are also verbs after "to".
var nounMarkers = setOf("show", "play", "book", "film", "label", "name", "term", "brand", "campaign", "column")

// speechMarkers are title markers that are also verbs of speech when a
// person is their subject ("she called", "what he dubbed").
var speechMarkers = setOf("called", "dubbed", "branded", "labelled", "labeled", "termed")

// singleStyle reads the single-quoted spans of a text that quotes in
// single marks, as some British papers print every quotation ('It is not
// over,' he said) and some wire copy reaches the page with its double
// marks turned into single ones (and its dashes into double marks), as
// quotations of the same standing as double-quoted ones: the text has
// three or more single-quoted spans of four words or more, and more of
// them than double-quoted spans. Elsewhere single marks quote only when
// long and attributed (see extract), as they also mark terms and nested
// quotations.
func singleStyle(text string, spans []span) {
	long, double := 0, 0
	for _, sp := range spans {
		if !sp.single {
			double++
		} else if sp.words >= 4 {
			long++
		}
	}
	if long < 3 || double >= long {
		return
	}
	for i := range spans {
		spans[i].single = false
	}
}

// reportedPartial reports whether a quoted span of two words, lower case,
// is a partial quotation inside the clause a verb of speech reports: its
// cue (cueText) is a verb that reports what was said or thought, not one
// that asks, urges or names.
func reportedPartial(text string, toks []token, k int, sp span, cueText string) bool {
	body := strings.TrimSpace(text[sp.start:sp.end])
	if sp.single || sp.open < 0 || sp.close < 0 || sp.words != 2 || titleCase(body) || shortTitle(body) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(body); !unicode.IsLower(r) {
		return false
	}
	if k > 0 && toks[k-1].kind == tWord && titleMarkers[toks[k-1].low] {
		return false
	}
	verb, _, _ := strings.Cut(cueText, " ")
	return reportVerbs[verb]
}

// sourceReported returns the cue before quotation k when c, the cue
// after it, only says who reported the sentence ("..., Bloomberg News
// reported") and the sentence's own speaker, a person, says the words
// before it with a verb of speech: "John Mackey said in a memo that the
// "price gap has become less relevant" as prices fell, Bloomberg News
// reported". The outlet is the source, not the speaker.
func (a *attributor) sourceReported(c cue, k int) (cue, bool) {
	if v, _, _ := strings.Cut(c.text, " "); v != "reported" && v != "reports" || c.pos < a.toks[k].e {
		return cue{}, false
	}
	b, ok := a.before(k)
	if !ok || b.np.kind != npName && b.np.kind != npPron || a.sentAt(b.pos) != a.sentAt(c.pos) {
		return cue{}, false
	}
	if v, _, _ := strings.Cut(b.text, " "); !reportVerbs[v] || v == "reported" || v == "reports" {
		return cue{}, false
	}
	return b, true
}

// reportVerbs report a clause of someone's words, into which a short
// partial quotation may fall.
var reportVerbs = setOf("said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding",
	"according", "indicated", "indicates", "described", "describes", "describing", "warned", "warns", "warning",
	"argued", "argues", "claimed", "claims", "insisted", "insists", "suggested", "suggests", "explained", "explains",
	"noted", "notes", "admitted", "admits", "acknowledged", "acknowledges", "stated", "states", "wrote", "writes",
	"predicted", "predicts", "revealed", "reveals", "recalled", "recalls", "stressed", "stresses", "complained",
	"complains", "conceded", "concedes", "announced", "announces", "confirmed", "confirms", "believes", "believed",
	"thinks", "thought", "felt", "feels", "agreed", "agrees", "maintained", "maintains", "reported", "reports",
	// "vowed the Government was doing "absolutely everything"", "pledged
	// the club would "fight on"": verbs of promise and assertion too.
	"vowed", "vows", "promised", "promises", "pledged", "pledges", "declared", "declares", "asserted", "asserts",
	"contended", "contends", "emphasized", "emphasizes", "emphasised", "emphasises", "reiterated", "reiterates",
	"countered", "counters", "replied", "replies", "responded", "responds", "cautioned", "cautions", "assured",
	"assures", "boasted", "boasts", "testified", "testifies", "alleged", "alleges")

// partialAfterCopula reports whether a short quoted span completes a clause
// as its predicate, lower case, after "was"/"is"/"felt": the shape of a
// partial quotation ("said she was "bitterly disappointed"").
func partialAfterCopula(text string, toks []token, k int, sp span) bool {
	body := text[sp.start:sp.end]
	if n := sp.words; n < 1 || sp.single {
		return false
	}
	// One word only as the whole predicate closing the sentence inside
	// the marks, after a plain "is"/"was": "said climate change is
	// "bunk."" (not ""safe" enough", "was "fine," he said").
	if sp.words == 1 {
		if t := strings.TrimSpace(body); !strings.HasSuffix(t, ".") || k == 0 || toks[k-1].para != toks[k].para {
			return false
		}
		switch toks[k-1].low {
		case "is", "was", "are", "were":
		default:
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(body)
	if !unicode.IsLower(r) || k == 0 || toks[k-1].para != toks[k].para {
		return false
	}
	// "have said it's "highly unlikely"": a contracted copula.
	if p := toks[k-1]; p.poss && (p.low == "it" || p.low == "that" || p.low == "he" || p.low == "she" || p.low == "there") {
		return true
	}
	return partialLinks[toks[k-1].low]
}

// plainSaid reports whether the cue is a plain "said" or "says".
func plainSaid(cue string) bool { return cue == "said" || cue == "says" }

var partialLinks = setOf("was", "is", "were", "are", "been", "be", "felt", "feels", "feel", "looked", "seemed", "remained", "remains",
	"would", "will", "could", "should", "must", "might", "as")

// institutionTerm reports whether a short quoted span is the name an
// institution gives a thing: "what the government calls "weather and
// safety" leave", "what the Defense Department calls the "Pentagon
// reservation."". The naming verb follows "what" and a subject that is an
// organisation (org, when the cue's speaker is one) or an institution
// described; the span is a phrase of at most four words. A person's
// naming ("what she called a "pattern of secrecy"") is their words, and so
// is a longer quotation ("what the union calls "a betrayal of every
// nurse"").
func institutionTerm(text string, toks []token, k int, sp span, org bool) bool {
	body := strings.TrimRight(strings.TrimSpace(text[sp.start:sp.end]), ".,")
	if sp.words > 4 || strings.ContainsAny(body, ",;:!?") {
		return false
	}
	j := k - 1
	if j >= 0 && determiner(toks[j].low) {
		j--
	}
	if j < 1 || toks[j].para != toks[k].para || !toks[j].in(lxNamingVerbs) {
		return false
	}
	institution := org
	for m := j - 1; m >= 0 && m >= j-6 && toks[m].sent == toks[j].sent && toks[m].kind == tWord; m-- {
		if toks[m].low == "what" {
			return institution && m < j-1
		}
		// "what we call "dreamers"", "what you might call "helicopter
		// parents"": a term in common use, named by the speaker's
		// community or by anyone.
		if institutionNouns[toks[m].low] || genericNamers[toks[m].low] {
			institution = true
		}
	}
	return false
}

// namedObject reports whether the quotation at toks[k] follows a naming
// verb and its object, a name or a pronoun: "Everyone called Campbell
// "Coach"", "fans dubbed him "The Wall"". The quoted words are what the
// object is called, not anyone's speech.
func namedObject(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].para == toks[k].para && objectPronouns[toks[j].low] {
		j--
	} else {
		for j >= 0 && j > k-5 && toks[j].para == toks[k].para && toks[j].kind == tWord && toks[j].cap {
			j--
		}
	}
	return j >= 0 && j < k-1 && toks[j].para == toks[k].para && toks[j].in(lxNamingVerbs)
}

var objectPronouns = setOf("him", "her", "them", "it", "me", "us", "you")

// namingVerbs give a thing its name.
var namingVerbs = setOf("calls", "call", "called", "dubs", "dubbed", "terms", "termed", "labels", "labelled", "labeled")

// genericNamers are the subjects of a naming verb that name a thing in
// everyone's terms, no one's in particular: "what we call", "what you
// might call".
var genericNamers = setOf("we", "you", "one")

// institutionNouns name institutions that name things in their own terms.
var institutionNouns = setOf("government", "administration", "department", "ministry", "agency", "military", "army",
	"navy", "police", "authorities", "officials", "state", "city", "county", "council", "company", "industry", "court",
	"courts", "bureau", "office", "commission", "committee", "board", "regulators", "service", "services", "pentagon",
	"district", "university", "school", "hospital", "government's", "firm", "bank", "fund", "law", "rules")

// quoteCore is the quoted text without the marks, spaces and closing
// punctuation that differ between a quotation and its pull quote.
func quoteCore(s string) string {
	return strings.TrimRight(strings.Trim(s, "\"“”'‘’ "), ".,;:!?…")
}

// sentenceShaped reports whether a quoted body opens with a capital letter
// and ends with the punctuation of a sentence or of a quotation before
// its cue: "She was perfect,", "Get out!".
func sentenceShaped(body string) bool {
	body = strings.TrimSpace(body)
	if body == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(body)
	switch body[len(body)-1] {
	case ',', '.', '!', '?':
		return unicode.IsUpper(r)
	}
	return false
}

// innerCueSpeaker reads body, the words between a quotation's marks, for a
// quotation opening it and closed by a comma or stop and its inner mark,
// then a name (or an editor's name in brackets) and a verb of speech that
// close the body: "'He was set up to fail,' Park said.". It returns the one
// person the article names by that surname, and the verb; or -1.
func innerCueSpeaker(reg *registry, body string) (int, string) {
	b := strings.TrimLeft(body, " ")
	var inner string
	switch {
	case strings.HasPrefix(b, "'"):
		inner = "'"
	case strings.HasPrefix(b, "‘"):
		inner = "’"
	default:
		return -1, ""
	}
	end := -1
	for _, p := range ",.?!" {
		if i := strings.LastIndex(b, string(p)+inner); i > 0 && i+1+len(inner) > end {
			end = i + 1 + len(inner)
		}
	}
	if end < 0 {
		return -1, ""
	}
	fields := strings.Fields(strings.TrimSuffix(strings.TrimSpace(b[end:]), "."))
	if len(fields) < 2 || len(fields) > 3 || !reportingVerbs[fields[len(fields)-1]] {
		return -1, ""
	}
	name := fields[:len(fields)-1]
	name[0] = strings.TrimPrefix(name[0], "[")
	name[len(name)-1] = strings.TrimSuffix(name[len(name)-1], "]")
	for _, w := range name {
		if !capitalised(w) {
			return -1, ""
		}
	}
	found := -1
	for _, id := range reg.bySurname[reg.surnameKey(name)] {
		// (A person's name that ends in a word of places, "Lynn Park",
		// may have been read as an organisation's: a given name first,
		// or a role of a person, makes it a person's.)
		if e := &reg.ents[id]; (e.person && !e.org || len(e.name) >= 2 && (givenNameGender(foldName(e.name[0])) != 0 || len(e.roles) > 0)) && e.joins(name) {
			if found >= 0 && found != id {
				return -1, ""
			}
			found = id
		}
	}
	return found, fields[len(fields)-1]
}
