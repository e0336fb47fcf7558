package quote

import "sync"

// lexBits records which of the word lists below a token's lower-case form
// belongs to, one bit a list, so that a rule asks toks[i].in(lxTitles)
// instead of hashing the word again for each list (titles[toks[i].low]).
// lowerWords fills it once a token from one table, built once from the
// lists themselves: the maps stay the lists' source (a word added to one
// is in its bit), and rules may still read them.
type lexBits uint64

// One bit a list: the map gives true for the word.
const (
	// Verbs that report or describe speech
	lxReportingVerbs lexBits = 1 << iota
	lxTellVerbs
	lxCriticismVerbs
	lxInvertedVerbs
	lxPastVerbs
	lxNamingVerbs
	lxThatVerbs
	lxDescribingVerbs
	lxBareSpeech
	lxSpeechMarkers

	// Function words: prepositions, conjunctions, auxiliaries
	lxPrepositions
	lxClauseWords
	lxAuxiliaries
	lxPassiveAux
	lxCopulaWords
	lxSkipBeforeVerb
	lxObjectPreps
	lxSubordinators
	lxSpokesPreps
	lxWhWords
	lxCountWords
	lxStopCaps

	// Words for people: titles, roles, relations
	lxPersonRoles
	lxTitles
	lxOccupations
	lxKinTitles
	lxRelationNouns
	lxPluralTitles
	lxOffModifiers
	lxDelegateNouns
	lxSpokesNouns
	lxPartyMembers
	lxNameParticles
	lxTeamNouns

	// Organisations, places, times and things said
	lxOrgWords
	lxOrgHeads
	lxInstitutionHeads
	lxCountries
	lxPartyNames
	lxLeadOrgNouns
	lxOrgNounsBefore
	lxPartOfNameOnly
	lxMediaNouns
	lxGroupNouns
	lxMonthNames
	lxDayNames
	lxSpeechNouns
	lxMessageNouns
	lxPossSpeech
	lxSloganNouns

	// Maps of other values: the bit says the map holds the word.
	lxHonorifics
	lxFirstNames
	lxOtherVerbs

	// lxDone is set in every value lexOf gives, so that a token whose
	// lex is 0 is one lowerWords did not fill (one built by hand).
	lxDone lexBits = 1 << 63
)

// lexLists pairs each bit with its list (in a function, so that the
// lists, package variables, are read after they are built).
func lexLists() []lexList {
	return []lexList{
		{lxReportingVerbs, reportingVerbs},
		{lxTellVerbs, tellVerbs},
		{lxCriticismVerbs, criticismVerbs},
		{lxInvertedVerbs, invertedVerbs},
		{lxPastVerbs, pastVerbs},
		{lxNamingVerbs, namingVerbs},
		{lxThatVerbs, thatVerbs},
		{lxDescribingVerbs, describingVerbs},
		{lxBareSpeech, bareSpeech},
		{lxSpeechMarkers, speechMarkers},
		{lxPrepositions, prepositions},
		{lxClauseWords, clauseWords},
		{lxAuxiliaries, auxiliaries},
		{lxPassiveAux, passiveAux},
		{lxCopulaWords, copulaWords},
		{lxSkipBeforeVerb, skipBeforeVerb},
		{lxObjectPreps, objectPreps},
		{lxSubordinators, subordinators},
		{lxSpokesPreps, spokesPreps},
		{lxWhWords, whWords},
		{lxCountWords, countWords},
		{lxStopCaps, stopCaps},
		{lxPersonRoles, personRoles},
		{lxTitles, titles},
		{lxOccupations, occupations},
		{lxKinTitles, kinTitles},
		{lxRelationNouns, relationNouns},
		{lxPluralTitles, pluralTitles},
		{lxOffModifiers, offModifiers},
		{lxDelegateNouns, delegateNouns},
		{lxSpokesNouns, spokesNouns},
		{lxPartyMembers, partyMembers},
		{lxNameParticles, nameParticles},
		{lxTeamNouns, teamNouns},
		{lxOrgWords, orgWords},
		{lxOrgHeads, orgHeads},
		{lxInstitutionHeads, institutionHeads},
		{lxCountries, countries},
		{lxPartyNames, partyNames},
		{lxLeadOrgNouns, leadOrgNouns},
		{lxOrgNounsBefore, orgNounsBefore},
		{lxPartOfNameOnly, partOfNameOnly},
		{lxMediaNouns, mediaNouns},
		{lxGroupNouns, groupNouns},
		{lxMonthNames, monthNames},
		{lxDayNames, dayNames},
		{lxSpeechNouns, speechNouns},
		{lxMessageNouns, messageNouns},
		{lxPossSpeech, possSpeech},
		{lxSloganNouns, sloganNouns},
	}
}

type lexList struct {
	bit lexBits
	set map[string]bool
}

var (
	lexOnce  sync.Once
	lexTable map[string]lexBits // read-only once built
)

// lexOf gives the lists w belongs to, with lxDone.
func lexOf(w string) lexBits {
	lexOnce.Do(func() {
		m := make(map[string]lexBits, 4096)
		for _, l := range lexLists() {
			for w, in := range l.set {
				if in {
					m[w] |= l.bit
				}
			}
		}
		for w := range honorifics {
			m[w] |= lxHonorifics
		}
		for w := range firstNames {
			m[w] |= lxFirstNames
		}
		for w := range otherVerbs {
			m[w] |= lxOtherVerbs
		}
		lexTable = m
	})
	return lexTable[w] | lxDone
}

// in reports whether the token's lower-case form is in one of the lists
// of b.
func (t *token) in(b lexBits) bool {
	l := t.lex
	if l == 0 {
		l = lexOf(t.low)
	}
	return l&b != 0
}
