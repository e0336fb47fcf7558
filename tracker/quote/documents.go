package quote

import "strings"

// Documents as speakers and who issued them: "the lawsuit said",
// "the report found", "It read:".

// issuer returns the organisation or person named as the subject of the
// latest sentence before pos (within six) that mentions the speech noun
// ("Big Machine Records issued a statement"), or -1.
func (a *attributor) issuer(pos int, noun string) int {
	id, _ := a.issuerAt(pos, noun)
	return id
}

// issuerAt is issuer, and whether it found the noun (or the act that
// makes it) at all: "" for "Three patients sued" is known, not unknown.
func (a *attributor) issuerAt(pos int, noun string) (int, bool) {
	k := a.tokAt(pos) - 1
	sent := a.sentAt(pos)
	for ; k >= 0 && a.toks[k].sent >= sent-6; k-- {
		// "Harlow Pharmaceuticals sued the FDA ... the lawsuit said",
		// "The Law Society of Kenya has written to Parliament ... the
		// letter stated": suing makes a suit, writing to someone a
		// letter; the active subject named is its filer or writer.
		if act := a.docAct(k, noun); act != 0 {
			if act < 0 {
				return -1, true
			}
			lo := k
			for lo > 0 && a.toks[lo-1].sent == a.toks[k].sent {
				lo--
			}
			if np := a.subject(lo, k); np.kind == npName && np.hi <= k && !a.reg.ents[np.ent].anon {
				return np.ent, true
			}
			return -1, true
		}
		if a.toks[k].low != noun && a.toks[k].low != noun+"s" {
			continue
		}
		// The sentence holding it, and its subject.
		lo := k
		for lo > 0 && a.toks[lo-1].sent == a.toks[k].sent {
			lo--
		}
		// "Brightline Studios faces a lawsuit", "Ortega Mining received
		// a letter from ...": the subject is who got it, not who wrote
		// it.
		if a.toks[k-1].low != "the" && a.docReceived(lo, k) {
			return -1, true
		}
		// "according to a complaint by the campaign group River Action",
		// "A report by the Institute for Fiscal Studies (IFS) said",
		// "a lawsuit filed by Ann Hale", "a letter from angry
		// shareholders": the one it is by or from, named or not (never
		// the sentence's subject).
		// ("The lawsuit, filed by the ACLU on behalf of three students,",
		// "The complaint, which was filed by the Federal Trade
		// Commission", "The petition, started by local mother Claire
		// Dunn,")
		b := k + 1
		if b+1 < len(a.toks) && a.toks[b].low == "," {
			b++
			if b+2 < len(a.toks) && a.toks[b].low == "which" && (a.toks[b+1].low == "was" || a.toks[b+1].low == "were") {
				b += 2
			}
			if b+1 >= len(a.toks) || !issuingParticiples[a.toks[b].low] || a.byAfterParticiple(b) < 0 {
				b = k + 1
			}
		}
		if b+1 < len(a.toks) && issuingParticiples[a.toks[b].low] {
			if by := a.byAfterParticiple(b); by >= 0 {
				b = by
			}
		}
		// (Not a means: "a letter sent by email", "a message by hand".)
		if b+1 < len(a.toks) && (a.toks[b].low == "by" || a.toks[b].low == "from") && a.toks[b].sent == a.toks[k].sent && !(a.toks[b].low == "by" && byMeans[a.toks[b+1].low]) {
			end := b + 1
			for end < len(a.toks) && a.toks[end].sent == a.toks[k].sent && end-b < 12 {
				end++
			}
			// (past a description: "the campaign group River Action")
			n := b + 1
			for n < end && n < b+5 && a.toks[n].kind == tWord && !isNameWord(a.toks[n]) && !a.toks[n].in(lxPrepositions) && !a.toks[n].poss {
				n++
			}
			if n < end && isNameWord(a.toks[n]) {
				if np := a.parseFwd(n, end); np.kind == npName && np.lo == n && !a.reg.ents[np.ent].anon {
					return np.ent, true
				}
			}
			// ("the FIR lodged by the victim's father, Ramesh Yadav,": the
			// person named in apposition to the description.)
			for c := b + 1; c+1 < end && c <= b+6; c++ {
				if t := a.toks[c]; t.low == "," {
					if c > b+1 && isNameWord(a.toks[c+1]) {
						e := c + 1
						for e < len(a.toks) && isNameWord(a.toks[e]) && !a.toks[e].poss {
							e++
						}
						if e < len(a.toks) && (a.toks[e].low == "," || a.toks[e].kind == tEnd) {
							if id := a.reg.mentionAt(a.toks[c+1].s); id >= 0 && a.reg.isPerson(id) && !a.reg.ents[id].org && !a.reg.ents[id].anon {
								return id, true
							}
						}
					}
					break
				} else if t.kind != tWord || t.cap && !t.poss || t.in(lxReportingVerbs) {
					break
				}
			}
			return -1, true
		}
		// ("In a statement on Sunday, Nwomeh said": read below; past a
		// dateline, "KAMPALA — In a letter dated June 3, ...".)
		if lo == 0 || a.toks[lo-1].para != a.toks[lo].para {
			if dl := datelineEnd(a.toks, lo); dl > lo && dl < k {
				lo = dl
			}
		}
		inOpening := a.toks[lo].low == "in" && k > lo+1 && k <= lo+3 && a.toks[k-1].low != "the"
		if (lo+2 >= k || determiner(a.toks[k-1].low) && a.toks[k-1].low == "the") && !inOpening {
			continue // "the statement said" itself, or one referring back
		}
		// "as a White House call readout said": the name the noun is
		// the message of, past a lower-case modifier or two.
		e := k - 1
		for e > lo && e > k-3 && a.toks[e].kind == tWord && !a.toks[e].cap {
			e--
		}
		if isNameWord(a.toks[e]) {
			run := a.ownerRun(lo, e)
			s := e + 1 - len(run)
			if s > lo && (a.toks[s-1].low == "a" || a.toks[s-1].low == "an" || a.toks[s-1].low == "the") {
				if np := a.nameNP(run, lo, s, e+1); np.kind == npName && !a.reg.isPerson(np.ent) {
					return np.ent, true
				}
			}
		}
		// "Rafael Mendes has signed for Harlow United, the club said in a
		// statement": who said it in the statement, not the sentence's
		// subject.
		if v := k - 3; v > lo && (a.toks[k-1].low == "a" || a.toks[k-1].low == "an") && a.toks[k-2].low == "in" &&
			a.toks[v].kind == tWord && !a.toks[v].cap && a.toks[v].in(lxReportingVerbs) && a.toks[v-1].kind == tWord {
			// (Someone unnamed, "his agent said in a statement", "the
			// clubs said": no one the text names.)
			if np := a.parseBack(lo, v-1); np.kind == npName && np.lo > lo && a.toks[np.lo-1].low == "," {
				return np.ent, true
			} else if np.kind != npNone && np.lo > lo && np.lo < len(a.toks) && a.toks[np.lo-1].low == "," {
				if np.kind != npDesc || !orgHeads[np.word] {
					return -1, true
				}
				if id := a.orgByHead(a.toks[np.lo].s, a.toks[np.lo].sent, np.word); id >= 0 {
					return id, true
				}
				// ("with Harlow United, the club said": the one
				// organisation its sentence names, though in passing.)
				if businessHeads[np.word] {
					if id := a.reg.onlyOne(a.toks[np.lo].s, 40, a.toks[np.lo].sent, func(_ mention, e *entity) bool {
						return (e.org || e.maybe) && !e.person && !e.anon
					}); id >= 0 {
						return id, true
					}
				}
				return -1, true
			}
			// ", his agent said in a statement": a clause of its own after
			// a comma, its subject no name.
			for c := v - 1; c > lo && c >= v-4 && a.toks[c].kind == tWord; c-- {
				if a.toks[c-1].low == "," {
					return -1, true
				}
			}
		}
		np := a.subject(lo, k)
		if np.kind == npName && np.hi <= k {
			return np.ent, true
		}
		// "The Pentagon said in a statement", "The Shin Bet said": an
		// organisation's name read as "the" and a capitalised noun (the
		// name may have been taken for a person's by speaking; no
		// person's name follows "the" but a title's).
		if np.kind == npDesc && np.hi <= k && np.lo+1 < np.hi && a.toks[np.lo].low == "the" && a.toks[np.lo+1].name && !a.toks[np.lo+1].in(lxHonorifics) && !a.toks[np.lo+1].in(lxTitles) {
			if id := a.reg.mentionAt(a.toks[np.lo+1].s); id >= 0 && !a.reg.ents[id].anon && givenNameGender(strings.ToLower(a.reg.ents[id].name[0])) == 0 {
				return id, true
			}
		}
		// "In a statement on Sunday, Nwomeh said ...": the subject of the
		// sentence the phrase opens.
		if np.kind == npNone && inOpening {
			end := k
			for end < len(a.toks) && a.toks[end].sent == a.toks[k].sent && end-k < 40 {
				end++
			}
			np := a.subject(lo, end)
			if np.kind == npName && np.lo > k {
				return np.ent, true
			}
			// ("In a letter dated June 3, the Speaker of Parliament,
			// Anita Among, directed": the name in apposition to the
			// subject's description.)
			if np.kind == npDesc && np.lo > k && np.hi+1 < end && a.toks[np.hi].low == "," && isNameWord(a.toks[np.hi+1]) {
				e := np.hi + 1
				for e < end && isNameWord(a.toks[e]) && !a.toks[e].poss {
					e++
				}
				if e < end && a.toks[e].low == "," {
					if id := a.reg.mentionAt(a.toks[np.hi+1].s); id >= 0 && a.reg.isPerson(id) && !a.reg.ents[id].org && !a.reg.ents[id].anon {
						return id, true
					}
				}
			}
		}
		// "Rep. Tim Ryan's office put out a statement": the person
		// whose office or campaign issued it.
		if id := a.proxyOpening(lo, k); id >= 0 {
			return id, true
		}
		// "The company denied the allegations in a statement": the
		// organisation the description refers back to.
		if np.kind == npDesc && orgHeads[np.word] && np.lo >= 0 && np.hi <= k {
			return a.orgByHead(a.toks[np.lo].s, a.toks[np.lo].sent, np.word), true
		}
		return -1, true
	}
	return -1, false
}

// issuingParticiples tie a document to its maker after it: "a lawsuit
// filed by", "a letter signed by".
var issuingParticiples = setOf("filed", "brought", "lodged", "signed", "written", "sent", "submitted",
	"started", "launched", "published", "issued", "released")

// byMeans are the means after "by" that name no sender: "sent by email".
var byMeans = setOf("email", "e-mail", "post", "hand", "courier", "fax", "text", "phone", "mail", "letter", "telegram", "mistake", "accident")

// byAfterParticiple returns the index of "by" after the issuing
// participle toks[b], right after it or past a short phrase of where or
// to whom ("sent to all staff by", "sent to Glenmore Council by"), or -1.
func (a *attributor) byAfterParticiple(b int) int {
	for j := b + 1; j < len(a.toks) && j <= b+5 && a.toks[j].sent == a.toks[b].sent; j++ {
		t := a.toks[j]
		if t.low == "by" {
			return j
		}
		// (a recipient's name too: "sent to Glenmore Council by")
		if t.kind != tWord || t.cap && !isNameWord(t) || t.poss || t.in(lxReportingVerbs) || t.in(lxClauseWords) {
			return -1
		}
	}
	return -1
}

// docAct reports whether toks[k] is a verb that makes the document noun
// with an active subject before it: "sued" for "lawsuit", "suit" and
// "complaint"; "wrote to", "has written to" for "letter" (1); -1 when it
// is the passive ("was sued by"); 0 otherwise.
func (a *attributor) docAct(k int, noun string) int {
	t := a.toks[k]
	if t.kind != tWord || t.cap || k == 0 {
		return 0
	}
	switch noun {
	case "lawsuit", "suit", "complaint":
		if t.low != "sued" && t.low != "sues" {
			return 0
		}
	case "letter":
		if t.low != "wrote" && t.low != "written" && t.low != "writes" || k+1 >= len(a.toks) || a.toks[k+1].low != "to" {
			return 0
		}
	// "Trump posted on Truth Social ... the post read", "Hale tweeted
	// on Monday ... the tweet said": who posted it.
	case "post", "tweet":
		if t.low != noun+"ed" {
			return 0
		}
	default:
		return 0
	}
	if a.toks[k-1].in(lxPassiveAux) {
		return -1
	}
	return 1
}

// docReceived reports whether a verb of getting or facing comes right
// before the document noun toks[k] (past its article and up to two
// qualifiers): "faces a lawsuit", "received a letter from".
func (a *attributor) docReceived(lo, k int) bool {
	j := k - 1
	for n := 0; n < 3 && j > lo && a.toks[j].kind == tWord && !a.toks[j].cap && !receivingVerbs[a.toks[j].low]; n++ {
		j--
	}
	return j >= lo && receivingVerbs[a.toks[j].low]
}

var receivingVerbs = setOf("received", "receives", "receiving", "got", "gets", "faces", "faced", "facing", "face", "hit", "named")

// proxyOpening returns the person whose office or campaign opens the
// sentence toks[lo:k] as its subject ("Rep. Tim Ryan's office put out",
// "Josh Stein's campaign released"), or -1.
func (a *attributor) proxyOpening(lo, k int) int {
	o := lo
	for o < k && isNameWord(a.toks[o]) && !a.toks[o].poss {
		o++
	}
	// ("Rourke's office later released a letter": a surname alone.)
	if o+1 >= k || !a.toks[o].poss || !isNameWord(a.toks[o]) || !proxyNouns[a.toks[o+1].low] {
		return -1
	}
	for j := lo; j <= o; j++ {
		if id := a.reg.mentionAt(a.toks[j].s); id >= 0 {
			if a.reg.isPerson(id) && !a.reg.ents[id].org {
				return id
			}
			return -1
		}
	}
	return -1
}

// docReadVerbs are what a document does with its words: "It read:",
// "it says".
var docReadVerbs = setOf("read", "reads", "says", "states", "stated")

// docObjectBefore returns the index of the last speech noun brought in
// with "a" or "an" (past up to two lower-case qualifiers) in the sentence
// before toks[i]'s: "sent a memo to staff", "issued a brief statement";
// or -1.
func (a *attributor) docObjectBefore(i int) int {
	b := a.prevSentStart(i)
	if b < 0 {
		return -1
	}
	sent := a.toks[b].sent
	found := -1
	for k := b + 1; k < len(a.toks) && a.toks[k].sent == sent; k++ {
		h := a.toks[k]
		if h.kind != tWord || h.cap || h.poss || !h.in(lxSpeechNouns) || h.in(lxDelegateNouns) {
			continue
		}
		d := k - 1
		for d > b && d >= k-3 && a.toks[d].kind == tWord && !a.toks[d].cap && a.toks[d].low != "a" && a.toks[d].low != "an" && !determiner(a.toks[d].low) {
			d--
		}
		if a.toks[d].low == "a" || a.toks[d].low == "an" {
			found = k
		}
	}
	return found
}

// docSubjectBefore returns the index of the head noun of "The complaint"
// or "The annual report" that opens the sentence before pos's as the
// subject of a verb or of an aside ("The complaint, filed in Maryland,
// asks"), or -1.
func (a *attributor) docSubjectBefore(pos int) int {
	b := a.prevSentAt(pos)
	if b < 0 || a.toks[b].low != "the" {
		return -1
	}
	sent := a.toks[b].sent
	for hk := b + 1; hk+1 < len(a.toks) && hk < b+4 && a.toks[hk+1].sent == sent; hk++ {
		h := a.toks[hk]
		if h.kind != tWord || h.cap || h.poss {
			return -1
		}
		if !h.in(lxSpeechNouns) || h.in(lxDelegateNouns) {
			continue
		}
		v := a.toks[hk+1]
		if v.low == "," || v.kind == tWord && !v.cap && !v.in(lxPrepositions) && (v.in(lxReportingVerbs) || v.in(lxAuxiliaries) || v.in(lxPastVerbs) || strings.HasSuffix(v.low, "s") || strings.HasSuffix(v.low, "ed")) {
			return hk
		}
		return -1
	}
	return -1
}
