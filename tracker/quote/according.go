package quote

// accordingSource reads "according to NAME" anywhere in the sentence
// toks[lo:hi] (hi its end or the quotation after it), where NAME is a
// person and is followed by a comma or closes the sentence: "According to
// Tom Reed, the plant manager, the factory will close in June.", "The
// factory, according to Reed, will close.", "..., according to Tom Reed,
// who has run the plant since 1990." The paraphrase is that person's, and
// a quotation with no cue of its own right after it goes on in their
// words. (A sentence that closes on the name alone is closingAccording's.)
// Not an organisation or an outlet ("according to the BBC"), not a name
// run on into a list ("according to Reed and Cole"), and not a sentence
// with two such sources.
func (a *attributor) accordingSource(lo, hi int) (cue, bool) {
	var found cue
	ok := false
	for j := lo; j+2 < hi; j++ {
		if a.toks[j].low != "according" || a.toks[j+1].low != "to" || j > lo && a.toks[j-1].low != "," {
			continue
		}
		np := a.speakerFwd(j+2, hi)
		if np.kind != npName || np.ent < 0 || np.lo != j+2 {
			continue
		}
		if e := &a.reg.ents[np.ent]; !e.person || e.org || e.anon {
			continue
		}
		if np.hi < hi && a.toks[np.hi].low != "," {
			continue
		}
		if ok && found.np.ent != np.ent {
			return cue{}, false
		}
		found, ok = cue{np: np, text: "according to", pos: a.toks[j].s}, true
	}
	return found, ok
}
