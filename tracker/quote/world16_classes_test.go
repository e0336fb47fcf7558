package quote

import "testing"

// Constructed probes of wire copy on elections and politics in Europe,
// Africa, Latin America, the Middle East and Asia (round 16): classes that
// went wrong.

// ", and NAME, APPOSITION, VERB": "and" after a clause with a verb of its
// own opens a new clause whose subject is the name after it, though "and"
// is no preposition there. Failed before: the first clause's subject
// ("Anna Berg"), confidently, or "" after a passive. Must not fire: a
// list of people each in apposition (joint speakers, not the last of
// them), a relative clause of the first person's.
func TestWorld16AndClauseSubject(t *testing.T) {
	runCueCases(t, []cueCase{
		{"called partial", `Finance Minister Anna Berg praised the deal, and Tom Reed, the opposition leader, called it "a disaster for the country."`,
			[]want{{"a disaster for the country.", "Tom Reed", "called"}}},
		{"said colon", `Palestinian Prime Minister Mohammad Mustafa congratulated Aoun, and Hussein al-Sheikh, the vice president of the Palestinian Authority, said: "He is a man of the state."`,
			[]want{{"He is a man of the state.", "Hussein al-Sheikh", "said"}}},
		{"surname clause", `Berg spoke first, and Tom Reed, the treasurer, said: "It is a good day for the club."`,
			[]want{{"It is a good day for the club.", "Tom Reed", "said"}}},
		{"pronoun clause", `He left the room, and Maria Costa, the party's whip, told reporters: "We will vote against it."`,
			[]want{{"We will vote against it.", "Maria Costa", "told reporters"}}},
		// Must not fire.
		{"joint appositions", `Anna Berg, the finance minister, and Tom Reed, the opposition leader, said in a joint statement: "It is a good day for the country."`,
			[]want{{"It is a good day for the country.", "", "said"}}},
		{"relative clause", `Anna Berg, who chairs the board, and Tom Reed, the treasurer, said: "It is a good day for the club."`,
			[]want{{"It is a good day for the club.", "", "said"}}},
	})
}

// Two given names joined by a hyphen ("Jean-Luc", "Anne-Marie",
// "Hans-Peter") are a given name: the person is confirmed, so that "he"
// after "Jean-Luc Melenchon of France Unbowed called for" finds him.
// Failed before: the person named before him ("Jordan Bardella"). Must not
// fire: an Arabic article or a hyphenated surname ("al-Hassan",
// "Ben-Gvir") makes no one's given name.
func TestWorld16HyphenatedGivenName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"jean-luc", "Jordan Bardella, the party's president, was blunt. \"This is old politics,\" said Bardella, 29.\n\nOn the left, Jean-Luc Melenchon of France Unbowed called for the president to resign. \"The only way out of this crisis is his departure,\" he wrote on X.",
			[]want{{"This is old politics,", "Jordan Bardella", "said"}, {"The only way out of this crisis is his departure,", "Jean-Luc Melenchon", "wrote"}}},
		{"anne-marie", "Pedro Alves, the mayor, opened the session.\n\nAnne-Marie Dubois of the Greens voted against the budget. \"This city deserves better,\" she said.",
			[]want{{"This city deserves better,", "Anne-Marie Dubois", "said"}}},
		{"hans-peter", "Greta Lind, the chair, spoke first.\n\nHans-Peter Vogel of the Free Voters walked out. \"We were never consulted,\" he said.",
			[]want{{"We were never consulted,", "Hans-Peter Vogel", "said"}}},
		// Must not fire: no given names.
		{"al-hassan", "Interior Minister Omar Nasser opened the talks.\n\nAl-Hassan Group, the contractor, withdrew. \"We were never paid,\" he said.",
			[]want{{"We were never paid,", "Omar Nasser", "said"}}},
	})
}
