package quote

import "strings"

// aboutPastNoOne returns the one person the sentence before the last of
// the paragraph ending at toks[e] is about, when the last sentence names
// or refers to no one ("Maria Gonzalez has run the bakery for thirty
// years. The city council voted to sell the site on Tuesday." / "I never
// thought I would see it close."), or -1. A last sentence about someone
// else, or with a verb of speech, gives -1.
func (a *attributor) aboutPastNoOne(e int) int {
	if e <= 0 || a.toks[e].kind != tEnd {
		return -1
	}
	para := a.toks[e].para
	j := e - 1
	for ; j >= 0 && a.toks[j].para == para && a.toks[j].kind != tEnd; j-- {
		t := a.toks[j]
		if e-j > maxRegion || t.kind == tQuote || a.isVerb(j) {
			return -1
		}
		switch t.low {
		case "he", "she", "him", "her", "his", "hers", "i", "we", "they", "them", "their":
			return -1
		}
		if isNameWord(t) {
			if m := a.reg.mentionAt(t.s); m >= 0 && (a.reg.isPerson(m) || a.reg.ents[m].anon) {
				return -1
			}
		}
		// (Someone unnamed: "A local developer bought the site".)
		if ok, _ := personNoun(t.low); ok || t.kind == tWord && !t.cap && (occupations[t.low] || occupationSuffix(t.low) || personAgent(t.low)) {
			return -1
		}
	}
	if j < 0 || a.toks[j].para != para || a.toks[j].kind != tEnd {
		return -1
	}
	return a.sentenceAbout(j)
}

// personAgent reports whether w is a noun of someone who does something
// ("developer", "buyer", "owner", "manager"): a word in "-er" or "-or"
// that is no comparative or common thing the lists know.
func personAgent(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or")) && !strings.HasSuffix(w, "ower") && !notAgents[w]
}

var notAgents = setOf("number", "center", "centre", "corner", "matter", "letter", "water", "winter", "summer",
	"october", "november", "december", "september", "together", "however", "whether", "another", "rather",
	"further", "order", "border", "member", "chamber", "mirror", "error", "floor", "door", "major", "sector",
	"factor", "interior", "exterior", "paper", "chapter", "quarter", "register", "computer", "weather",
	"disaster", "theater", "theatre", "monitor", "minor", "honor", "labor", "favor", "colour", "color")

// quietSentenceBefore reports whether the sentence before the one of
// toks[d] brings in no one: no name, no pronoun or noun of a person.
func quietSentenceBefore(toks []token, d int) bool {
	sent := toks[d].sent - 1
	j := d - 1
	for j >= 0 && toks[j].sent > sent {
		j--
	}
	n := 0
	for ; j >= 0 && toks[j].sent == sent; j-- {
		t := &toks[j]
		if t.kind == tQuote || isNameWord(*t) {
			return false
		}
		if t.kind != tWord {
			continue
		}
		n++
		switch t.low {
		case "he", "she", "him", "her", "his", "hers", "i", "we", "they", "them", "their", "it", "its":
			return false
		}
		if ok, _ := personNoun(t.low); ok || occupations[t.low] {
			return false
		}
	}
	return n > 0
}
