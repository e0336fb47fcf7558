package quote

import "strings"

// prosecutorOffices are the offices that prosecute under another name
// than "prosecutor", as the article writes them before a name ("District
// Attorney Jane Roe", "Assistant U.S. Attorney Ben Ko", "Procurator
// Fiscal Ann Kerr"), lower case, without stops.
var prosecutorOffices = []string{"district attorney", "state's attorney", "states attorney", "us attorney",
	"united states attorney", "commonwealth's attorney", "commonwealth attorney", "prosecuting attorney",
	"county prosecutor", "crown prosecutor", "public prosecutor", "procurator fiscal", "crown counsel",
	"state attorney", "da"}

// prosecutorOffice reports whether role, as the article wrote it, is the
// office of a prosecutor (not "defense attorney", "attorney general").
func prosecutorOffice(role string) bool {
	if role == "" {
		return false
	}
	r := strings.ToLower(strings.ReplaceAll(role, ".", ""))
	if strings.Contains(r, "defen") {
		return false
	}
	for _, o := range prosecutorOffices {
		if i := strings.Index(r, o); i >= 0 && (i == 0 || r[i-1] == ' ') && (i+len(o) == len(r) || r[i+len(o)] == ' ') {
			return true
		}
	}
	return false
}

// prosecutorBefore returns the one person named in the twelve sentences
// before pos whose office prosecutes ("District Attorney Jane Roe ...
// "...," the prosecutor said"), or -1 when none or two are.
func (r *registry) prosecutorBefore(pos, sent int) int {
	return max(r.onlyOne(pos, 120, sent-12, func(_ mention, e *entity) bool {
		return e.person && !e.org && !e.anon && prosecutorOffice(e.role)
	}), -1)
}

// prosecutorDesc reports whether the description np, "the" and a
// prosecutor's office ("the district attorney", "the U.S. attorney", "the
// state's attorney"), names an office that prosecutes.
func (a *attributor) prosecutorDesc(np nounPhrase) bool {
	if np.word != "attorney" || np.lo < 0 || np.hi > len(a.toks) || np.hi-np.lo < 3 || a.toks[np.lo].low != "the" {
		return false
	}
	return prosecutorOffice(a.text[a.toks[np.lo+1].s:a.toks[np.hi-1].e])
}

// prosecutorAcronym returns a description of a prosecutor for "the DA"
// at toks[k-1:k+1] when the article named one holding such an office
// before ("District Attorney Jane Roe ... the DA said"); South African
// papers' "the DA" is a party.
func (a *attributor) prosecutorAcronym(run []token, k, hi int) (nounPhrase, bool) {
	if len(run) != 1 || k < 1 || a.toks[k-1].low != "the" || run[0].poss || run[0].text != "DA" && run[0].text != "D.A." {
		return nounPhrase{}, false
	}
	if a.reg.prosecutorBefore(run[0].s, run[0].sent) < 0 {
		return nounPhrase{}, false
	}
	return nounPhrase{kind: npDesc, word: "prosecutor", lo: k - 1, hi: hi}, true
}
