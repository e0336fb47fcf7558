package quote

import "strings"

// termModifier reports whether the quoted span at toks[k] is a term that
// names a policy, theory or slogan, set between a determiner or a
// possessive and a noun for such an idea: "insists on the "one China"
// policy", "the so-called "lab leak" theory", "Trump's "America First"
// doctrine". A cue nearby does not make it anyone's words. (Not one
// lower-case word that a verb of criticism qualifies: "attacked the
// "reckless" policy" is the critic's word.)
func termModifier(text string, toks []token, k int, sp span) bool {
	n := sp.words
	if n < 1 || n > 4 || k < 1 {
		return false
	}
	nx := k + 1
	para := toks[k].para
	if nx >= len(toks) || toks[nx].para != para || toks[nx].kind != tWord || !ideaNouns[toks[nx].low] {
		return false
	}
	body := strings.TrimSpace(text[sp.start:sp.end])
	if strings.ContainsAny(body, ".!?;:") || strings.HasSuffix(body, ",") {
		return false
	}
	d := toks[k-1]
	if d.para != para || d.kind != tWord {
		return false
	}
	if d.low == "so-called" && k >= 2 {
		d = toks[k-2]
	}
	if !(d.low == "the" || d.low == "a" || d.low == "an" || d.low == "its" || d.low == "their" || d.low == "his" || d.low == "her" || d.poss) {
		return false
	}
	if n == 1 && startsLower(body) {
		for v := k - 2; v >= 0 && v >= k-3 && toks[v].para == para; v-- {
			if toks[v].kind == tWord && !toks[v].cap && toks[v].in(lxCriticismVerbs) {
				return false
			}
		}
	}
	return true
}

// ideaNouns name a policy, theory, slogan or movement a quoted term may
// qualify.
var ideaNouns = setOf("policy", "policies", "theory", "theories", "doctrine", "principle", "slogan", "slogans",
	"motto", "mantra", "catchphrase", "hashtag", "formula", "framework", "ideology", "movement", "conspiracy",
	"hypothesis", "narrative", "agenda", "model", "concept", "label", "rule", "rules", "strategy", "approach")

// duringSpeech reports whether the verb toks[v], after "as" and a name,
// says only that the person was speaking at the time, closing its clause:
// "The crowd chanted "Lock her up!" as Senator Ann Cole spoke." The
// words are not the speaker's (but "as Ann Cole said" and "as Cole put
// it" attribute them).
func duringSpeech(toks []token, v int) bool {
	switch toks[v].low {
	case "spoke", "speaks", "speaking":
	default:
		return false
	}
	nx := v + 1
	return nx >= len(toks) || toks[nx].sent != toks[v].sent || toks[nx].kind == tEnd || toks[nx].low == "," ||
		toks[nx].low == "at" || toks[nx].low == "on" || toks[nx].low == "in"
}
