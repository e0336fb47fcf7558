package quote

import "testing"

// A name the lexicon cannot place (no known given name, no title) is a
// person when an apposition calls it one ("Orvan Tesk, another
// deportee,"), so a "he said" after it finds that person, not the one who
// spoke before. Each case failed before the rule; the near misses keep an
// organisation an organisation.
func TestPersonByApposition(t *testing.T) {
	runCueCases(t, []cueCase{
		{"another deportee", `More than 100 men were flown back on Tuesday.

"This was the third time I was sent back," said Harjit Dhillon, 31, from Ludhiana. Orvan Tesk, another deportee, said he had paid an agent to get him across. "They caught me at the border and put me on a plane," he said.`,
			[]want{{"This was the third time I was sent back,", "Harjit Dhillon", "said"}, {"They caught me at the border and put me on a plane,", "Orvan Tesk", "said"}}},
		{"a former detainee told", `"This was the third time I was sent back," said Harjit Dhillon, 31, from Ludhiana.

Kelso Marrin, a former detainee, told reporters about the camp. "Nobody told us why we were held," he said.`,
			[]want{{"This was the third time I was sent back,", "Harjit Dhillon", "said"}, {"Nobody told us why we were held,", "Kelso Marrin", "said"}}},
		{"a longtime customer", `"The mill has never been late before," said Harjit Dhillon, its manager.

Tamsin Orrell, a longtime customer, called the delay costly. "We cannot wait another season for the grain," she said.`,
			[]want{{"The mill has never been late before,", "Harjit Dhillon", "said"}, {"We cannot wait another season for the grain,", "Tamsin Orrell", "said"}}},
		// An organisation by its name stays one: "it said" is the firm's.
		{"organisation customer", `"The mill has never been late before," said Harjit Dhillon, its manager.

Brightwater Foods, a longtime customer, said it would switch suppliers. "We cannot wait another season for the grain," it said.`,
			[]want{{"The mill has never been late before,", "Harjit Dhillon", "said"}, {"We cannot wait another season for the grain,", "Brightwater Foods", "said"}}},
	})
}

// The role shown with a speaker is the role words right before the name,
// not a clause the name sits in ("The odyssey of how Oscar-winning actress
// Mary Steenburgen came to ..." gave "odyssey of how Oscar-winning
// actress").
func TestRoleBeforeNameStopsAtClause(t *testing.T) {
	tests := []struct{ name, in, speaker, role string }{
		{"how", "The strange story of how award-winning chef Rosa Linde came to open a diner began in 2009.\n\n\"I never planned any of it,\" Linde said.", "Rosa Linde", "award-winning chef"},
		{"why", "Nobody knows why veteran coach Dale Amory left the club.\n\n\"It was time,\" Amory said.", "Dale Amory", "veteran coach"},
		// Still kept: capitalised words qualifying the role.
		{"qualified role kept", "It was former White House adviser Ann Moss who knew how the votes stood.\n\n\"We had no choice,\" Moss said.", "Ann Moss", "former White House adviser"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkRole(t, tc.in, tc.speaker, tc.role) })
	}
}

// A name in apposition after a relation only people have ("His rival, Pep
// Guardiola,", "her opposite number, Ann Hale,") or after an occupation ("a
// local plumber, Dave Wilkins,") is a person's, so a later "he said" can
// mean them. Before, a name with an unknown given name stayed a maybe, and
// "he" went to the person named before.
func TestPersonByRelationApposition(t *testing.T) {
	runCueCases(t, []cueCase{
		{"his rival", `Arsenal manager Mikel Arteta said: "We were brilliant." His rival, Pep Guardiola, was less happy. "We were poor," he said.`,
			[]want{{"We were brilliant.", "Mikel Arteta", "said"}, {"We were poor,", "Pep Guardiola", "said"}}},
		{"his opposite number", `Arsenal manager Mikel Arteta was happy. His opposite number, Pep Guardiola, was not. "We were poor," he said.`,
			[]want{{"We were poor,", "Pep Guardiola", "said"}}},
		{"a local plumber", `Mayor Tom Reed said repairs would start soon. A local plumber, Dax Wilkins, has his doubts. "Nobody has even called me," he said.`,
			[]want{{"Nobody has even called me,", "Dax Wilkins", "said"}}},
		// Not fired: a work or a firm in apposition stays no person.
		{"his company", `Tom Reed founded the firm in 2004. His company, Orbel Systems, said: "We will appeal."`,
			[]want{{"We will appeal.", "Orbel Systems", "said"}}},
	})
}

// personNoun reads plurals of roles and of occupations the same way (one
// pluralIn for both lists).
func TestPersonNounPlurals(t *testing.T) {
	for _, tc := range []struct {
		w          string
		ok, plural bool
	}{
		{"officials", true, true}, {"secretaries", true, true}, {"chairmen", true, true},
		{"firefighters", true, true}, {"gunmen", true, true}, {"bodyguards", true, true},
		{"co-founders", true, true}, {"waiter", true, false},
		{"statements", false, false}, {"women's", false, false}, {"boxes", false, false},
	} {
		ok, plural := personNoun(tc.w)
		if ok != tc.ok || plural != tc.plural {
			t.Errorf("personNoun(%q) = %v, %v; want %v, %v", tc.w, ok, plural, tc.ok, tc.plural)
		}
	}
}
