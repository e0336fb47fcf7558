package quote

import (
	"sync"
	"unicode/utf8"
)

// lexBits records which of the word lists below a token's lower-case form
// belongs to, one bit a list, so that a rule asks toks[i].in(lxTitles)
// instead of hashing the word again for each list (titles[toks[i].low]).
// lowerWords fills it once a token from one table, built once from the
// lists themselves: the maps stay the lists' source (a word added to one
// is in its bit), and rules may still read them. The lists fill two
// words: lexBits (63 lists and lxDone), read by in, and lexBits2 (63 more
// and lx2Done), read by in2; two types, so that each reads one word and
// stays small enough to inline.
type lexBits uint64

// lexBits2 are the lists of the second word (see lexBits).
type lexBits2 uint64

// lexWords are the two words of a token's lists.
type lexWords struct {
	lex  lexBits
	lex2 lexBits2
}

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

// One bit a list of the second word (in2).
const (
	lx2SpeakerAdverbs lexBits2 = 1 << iota
	lx2TimeZones
	lx2PlayerPosts

	// lx2Done is lxDone's twin in the second word.
	lx2Done lexBits2 = 1 << 63
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

// lexLists2 pairs each bit of the second word with its list.
func lexLists2() []lexList2 {
	return []lexList2{
		{lx2SpeakerAdverbs, speakerAdverbs},
		{lx2TimeZones, timeZones},
		{lx2PlayerPosts, playerPosts},
	}
}

type lexList2 struct {
	bit lexBits2
	set map[string]bool
}

var (
	lexOnce  sync.Once
	lexTable map[string]lexWords // read-only once built
	// lexBytes is lexOf of the words of one ASCII byte, read without
	// hashing: most punctuation ("," and "." but not "—"), "a", digits.
	lexBytes [utf8.RuneSelf]lexWords
)

// lexOf gives the lists w belongs to, with lxDone.
func lexOf(w string) lexWords {
	lexOnce.Do(func() {
		m := make(map[string]lexWords, 4096)
		add := func(w string, bit lexBits, bit2 lexBits2) {
			l := m[w]
			l.lex |= bit
			l.lex2 |= bit2
			m[w] = l
		}
		for _, l := range lexLists() {
			for w, in := range l.set {
				if in {
					add(w, l.bit, 0)
				}
			}
		}
		for _, l := range lexLists2() {
			for w, in := range l.set {
				if in {
					add(w, 0, l.bit)
				}
			}
		}
		for w := range honorifics {
			add(w, lxHonorifics, 0)
		}
		for w := range firstNames {
			add(w, lxFirstNames, 0)
		}
		for w := range otherVerbs {
			add(w, lxOtherVerbs, 0)
		}
		lexTable = m
		for b := range lexBytes {
			l := m[string(rune(b))]
			lexBytes[b] = lexWords{l.lex | lxDone, l.lex2 | lx2Done}
		}
	})
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		return lexBytes[w[0]]
	}
	l := lexTable[w]
	l.lex |= lxDone
	l.lex2 |= lx2Done
	return l
}

// lexWord1 and lexWord2 are lexOf's two words, for in and in2 (not
// inlined, which keeps in and in2 small enough to be).
//
//go:noinline
func lexWord1(w string) lexBits { return lexOf(w).lex }

//go:noinline
func lexWord2(w string) lexBits2 { return lexOf(w).lex2 }

// in reports whether the token's lower-case form is in one of the lists
// of b.
func (t *token) in(b lexBits) bool {
	l := t.lex
	if l == 0 {
		l = lexWord1(t.low)
	}
	return l&b != 0
}

// in2 is in for the lists of the second word.
func (t *token) in2(b lexBits2) bool {
	l := t.lex2
	if l == 0 {
		l = lexWord2(t.low)
	}
	return l&b != 0
}
