package quote

import "strings"

// namerReported returns the cue before quotation k when c, the cue after
// it, only reports a sentence whose own subject names something with the
// quoted words: "Hale called the plan "a disaster," Reed said", "Dunn
// described the bill as "reckless," his spokesman said". The words are
// the namer's; the one who reports the naming did not choose them.
// (""A disaster," Reed said of Hale's plan" has no verb before it.)
func (a *attributor) namerReported(c cue, k int) (cue, bool) {
	if c.pos < a.toks[k].e {
		return cue{}, false
	}
	if v, _, _ := strings.Cut(c.text, " "); !plainReportVerbs[v] {
		return cue{}, false
	}
	b, ok := a.before(k)
	if !ok {
		b, ok = a.namingVerbBefore(k)
	}
	if !ok || b.pos >= a.toks[k].s || a.sentAt(b.pos) != a.sentAt(c.pos) || a.sentAt(b.pos) != a.toks[k].sent {
		return cue{}, false
	}
	if v, _, _ := strings.Cut(b.text, " "); !namingJudge[v] || strings.HasSuffix(v, "ing") {
		return cue{}, false
	}
	// The quotation is the naming verb's own complement: no quotation
	// between ("Hale called the vote "a farce." "...," she said."), and
	// the namer someone the text may name, not "we" or "you" ("what we
	// call "..."", a term).
	for j := a.tokAt(b.pos) + 1; j < k && j < len(a.toks); j++ {
		if a.toks[j].kind == tQuote || a.toks[j].kind == tEnd {
			return cue{}, false
		}
	}
	if b.np.kind == npPron && b.np.word != "he" && b.np.word != "she" && b.np.word != "they" || a.firstPersonBefore(a.tokAt(b.pos)) {
		return cue{}, false
	}
	return b, true
}

// plainReportVerbs only report what was said: the verb of a cue that
// attributes a sentence to its source.
var plainReportVerbs = setOf("said", "says", "told", "tells", "added", "adds", "according", "noted", "notes",
	"wrote", "writes", "recalled", "recalls", "explained", "explains")

// namingVerbBefore reads "Hale branded the proposal "...", "Cole has
// labelled them "..."": a verb of naming that no cue reads (brand, label,
// dub), its object, then the quotation, the verb's subject a name or a
// pronoun.
func (a *attributor) namingVerbBefore(k int) (cue, bool) {
	sent := a.toks[k].sent
	v := k - 1
	for v >= 0 && v >= k-6 && a.toks[v].sent == sent && a.toks[v].kind == tWord && !(namingJudge[a.toks[v].low] && !a.toks[v].cap) {
		v--
	}
	if v < 1 || v < k-6 || a.toks[v].sent != sent || a.toks[v].kind != tWord || v == k-1 || !strings.HasSuffix(a.toks[v].low, "ed") {
		return cue{}, false
	}
	lo := v
	for lo > 0 && a.toks[lo-1].sent == sent && a.toks[lo-1].para == a.toks[v].para {
		lo--
	}
	j := v - 1
	for j > lo && a.toks[j].kind == tWord && !a.toks[j].cap && (auxiliaries[a.toks[j].low] || adverbLike(&a.toks[j])) {
		j--
	}
	np := a.parseBack(lo, j)
	if np.kind != npName && np.kind != npPron || np.hi != j+1 {
		return cue{}, false
	}
	return cue{np: np, text: a.toks[v].text, pos: a.toks[v].s, adjacent: true}, true
}

// firstPersonBefore reports whether "we", "I" or "you" is the subject
// right before the verb at toks[v] ("what we call", "as you might say").
func (a *attributor) firstPersonBefore(v int) bool {
	for j := v - 1; j >= 0 && j >= v-3 && a.toks[j].sent == a.toks[v].sent; j-- {
		switch a.toks[j].low {
		case "we", "i", "you":
			return true
		}
	}
	return false
}

// toldBySource returns a cue for the source of the words when the clause
// that cue c reports says where its speaker heard them: "Ruiz said she had
// been told by a teacher that the plan "makes no sense"", "she heard from
// Tom Bell that the school "is falling apart"". The words are the
// source's: a name, or someone the text does not name ("").
func (a *attributor) toldBySource(c cue, k int) (cue, bool) {
	if c.pos >= a.toks[k].s {
		return cue{}, false
	}
	v := a.tokAt(c.pos)
	sent := a.toks[k].sent
	if v < 0 || v >= k || a.toks[v].sent != sent {
		return cue{}, false
	}
	for j := v + 1; j+1 < k; j++ {
		t := &a.toks[j]
		if t.kind == tQuote || t.kind == tEnd || t.sent != sent {
			return cue{}, false
		}
		src := false
		switch t.low {
		case "told", "informed", "assured", "warned":
			// a passive: "was told by", "had been told by"
			p := a.toks[j-1].low
			src = a.toks[j+1].low == "by" && (p == "was" || p == "were" || p == "been" || p == "being")
		case "heard", "learned", "learnt":
			src = a.toks[j+1].low == "from"
		}
		if !src {
			continue
		}
		i := j + 2
		hi := i
		for hi < k && hi < i+8 && a.toks[hi].kind == tWord && a.toks[hi].low != "that" && !a.isVerb(hi) {
			hi++
		}
		if hi == i || hi < k && a.toks[hi].low != "that" {
			return cue{}, false
		}
		// Nothing but the reported clause after: no other verb of speech.
		for m := hi + 1; m < k; m++ {
			if a.toks[m].kind == tQuote || a.toks[m].in(lxReportingVerbs) {
				return cue{}, false
			}
		}
		np := a.speakerFwd(i, hi)
		if np.kind != npName {
			np = nounPhrase{kind: npAnon, lo: i, hi: hi}
		}
		return cue{np: np, text: t.text, pos: t.s, adjacent: true}, true
	}
	return cue{}, false
}
