package quote

import "testing"

// Classes of cue that issue 8 found missed on real news, one table row a
// shape, written for these tests in the way news is written. Each class
// failed before its rule.

type cueCase struct {
	name  string
	in    string
	wants []want
}

func runCueCases(t *testing.T, cases []cueCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.in, c.wants) })
	}
}

// Less common verbs of speech, before or after the speaker, and phrasal
// ones ("fired back").
func TestCueClassVerbs(t *testing.T) {
	runCueCases(t, []cueCase{
		{"implores inverted", `"Please, come home before the winter sets in," implores Sarah Kline, whose son left for the front in March.`,
			[]want{{"Please, come home before the winter sets in,", "Sarah Kline", "implores"}}},
		{"implored before", `Governor Janet Mills implored lawmakers to "put aside their differences and pass this budget now."`,
			[]want{{"put aside their differences and pass this budget now.", "Janet Mills", "implored"}}},
		{"bemoaned after", `"Nobody walks down here anymore, and the rent keeps going up," shop owner Maria Perez bemoaned.`,
			[]want{{"Nobody walks down here anymore, and the rent keeps going up,", "Maria Perez", "bemoaned"}}},
		{"confided to his journal", `Lincoln confided to his journal that "the war is a terrible thing and I see no end to it."`,
			[]want{{"the war is a terrible thing and I see no end to it.", "Lincoln", "confided"}}},
		{"grumbled", `"They never asked us what we wanted," grumbled Dave Harris, who has farmed the valley for 40 years.`,
			[]want{{"They never asked us what we wanted,", "Dave Harris", "grumbled"}}},
		{"muttered after name", `"That is not what we agreed to last week," Coach Ron Baker muttered.`,
			[]want{{"That is not what we agreed to last week,", "Ron Baker", "muttered"}}},
		{"texted", `"I am safe and staying with my cousin for now," Leila Haddad texted from Beirut.`,
			[]want{{"I am safe and staying with my cousin for now,", "Leila Haddad", "texted"}}},
		{"fired back after", `"My record speaks for itself and voters know it," Representative Tom Ellis fired back.`,
			[]want{{"My record speaks for itself and voters know it,", "Tom Ellis", "fired back"}}},
		{"hit back before", `Health Secretary Wes Streeting hit back at the union on Monday: "This offer is fair and it is final."`,
			[]want{{"This offer is fair and it is final.", "Wes Streeting", "hit back"}}},
		{"ventured", `"It might just work if the weather holds," Joan Kirby ventured.`,
			[]want{{"It might just work if the weather holds,", "Joan Kirby", "ventured"}}},
		// A new clause after the quotation, with its own subject, does not
		// attribute it: the cue before the quotation does.
		{"clause after quote", `City manager Ellen Park promised in July that the budget "would be balanced by the end of the year," but council members questioned whether that was possible.`,
			[]want{{"would be balanced by the end of the year,", "Ellen Park", "promised"}}},
	})
}

// "as X put it", "in X's words", "in the words of X": the person named
// speaks.
func TestCueClassPutItAndWords(t *testing.T) {
	runCueCases(t, []cueCase{
		{"as put it mid-sentence", `The economy, as Treasury Secretary Janet Yellen put it, is "doing remarkably well by any measure."`,
			[]want{{"doing remarkably well by any measure.", "Janet Yellen", "put it"}}},
		{"as put it after", `"The economy is doing remarkably well by any measure," as Treasury Secretary Janet Yellen put it.`,
			[]want{{"The economy is doing remarkably well by any measure,", "Janet Yellen", "put it"}}},
		{"put it bluntly", `Janet Yellen put it bluntly: "The economy is doing remarkably well by any measure."`,
			[]want{{"The economy is doing remarkably well by any measure.", "Janet Yellen", "put it"}}},
		{"in name's words", `The offer was, in Mr. Lynch's words, "a betrayal of every worker in this country."`,
			[]want{{"a betrayal of every worker in this country.", "Lynch", "in Mr. Lynch's words"}}},
		{"in his words", `Union leader Mick Lynch spoke for an hour on Tuesday. The offer was, in his words, "a betrayal of every worker in this country."`,
			[]want{{"a betrayal of every worker in this country.", "Mick Lynch", "in his words"}}},
		{"in the words of", `In the words of union leader Mick Lynch, "we are not going anywhere until we get a fair deal."`,
			[]want{{"we are not going anywhere until we get a fair deal.", "Mick Lynch", "in the words of"}}},
		// "put it" in its ordinary sense is no cue.
		{"put it on the table", `The guard put it on the table and left the room. "We are done here," Jones said.`,
			[]want{{"We are done here,", "Jones", "said"}}},
	})
}

// A relative or role possessed by someone named, then named in apposition,
// is the speaker; unnamed, it is someone the text does not name, never the
// possessor.
func TestCueClassPossessedApposition(t *testing.T) {
	runCueCases(t, []cueCase{
		{"according to aunt named", `According to Tom Smith's aunt, Mary Jones, "he was always the quiet one in the family."`,
			[]want{{"he was always the quiet one in the family.", "Mary Jones", "according to"}}},
		{"said aunt named", `"He was always the quiet one in the family," said Tom Smith's aunt, Mary Jones.`,
			[]want{{"He was always the quiet one in the family,", "Mary Jones", "said"}}},
		{"said spokesman unnamed", `"The senator will not be commenting on an ongoing case," said Senator Ray Cole's spokesman.`,
			[]want{{"The senator will not be commenting on an ongoing case,", "", "said"}}},
	})
}
