package quote

import "testing"

// A role possessed by a team or a country ("Arsenal's manager said",
// "England's captain said") describes the person the article is about, as
// "the Arsenal manager said" does, when the article gave that person no
// post; given below ConfidentAt, since the team may be the other side's.
// Failed before: "".
func TestTeamPossessedRole(t *testing.T) {
	runCueCases(t, []cueCase{
		{"manager", "Mikel Arteta said his side must improve after Arsenal drew 1-1 with Brentford.\n\n\"We were not sharp enough in the final third,\" Arsenal's manager said.",
			[]want{{"We were not sharp enough in the final third,", "Mikel Arteta", "said"}}},
		{"captain", "Harry Kane scored twice as England beat Serbia 3-0 at Wembley on Saturday.\n\n\"We were patient and the goals came,\" England's captain said.",
			[]want{{"We were patient and the goals came,", "Harry Kane", "said"}}},
		// Must not fire: a person's agent; someone given another post
		// ("as an engineer", an analyst); a coach of the other side.
		{"person's agent", `Harry Kane said he was proud. "He has been outstanding," Kane's agent said.`,
			[]want{{"He has been outstanding,", "", "said"}}},
		{"joined as", `Rita Moss joined Tesla as an engineer in 2019. "We are hiring again," Tesla's founder said.`,
			[]want{{"We are hiring again,", "", "said"}}},
		{"analyst", `Jane Doe, an analyst at Jefferies, said the shares were cheap. "We are confident," Apple's chief executive said.`,
			[]want{{"We are confident,", "", "said"}}},
		{"other side's coach", `Serbia coach Dragan Stojkovic said his side were unlucky. "We were patient and the goals came," England's captain said.`,
			[]want{{"We were patient and the goals came,", "", "said"}}},
	})
	got := Extract("Mikel Arteta said his side must improve after Arsenal drew 1-1 with Brentford.\n\n\"We were not sharp enough in the final third,\" Arsenal's manager said.")
	if len(got) != 1 || got[0].Confidence >= ConfidentAt {
		t.Errorf("team-possessed role: %+v, want one quotation below ConfidentAt", got)
	}
}

// Players' positions that sport pages use for the player a story is about
// ("the slugger", "the goalie") are roles like "the striker". Failed
// before: "".
func TestPositionNouns(t *testing.T) {
	runCueCases(t, []cueCase{
		{"slugger", "Aaron Judge hit his 40th home run as the Yankees beat the Red Sox.\n\n\"It's a special number,\" the slugger said.",
			[]want{{"It's a special number,", "Aaron Judge", "said"}}},
		{"goalie", "Jake Allen made 40 saves as the Devils won 2-1.\n\n\"The guys in front of me blocked a lot of shots,\" the goalie said.",
			[]want{{"The guys in front of me blocked a lot of shots,", "Jake Allen", "said"}}},
		// A captain plays a position: "the striker" may be the captain.
		{"captain's position", "England captain Harry Kane scored twice against Serbia.\n\n\"We were patient,\" the striker said.",
			[]want{{"We were patient,", "Harry Kane", "said"}}},
		// Must not fire: a goalie the article gave another post to.
		{"other post", "Coach Tom Reed praised his players after the 2-1 win.\n\n\"We were lucky tonight,\" the goalie said.",
			[]want{{"We were lucky tonight,", "", "said"}}},
	})
}

// A sentence about someone described, not named ("The Serb will now face
// Jannik Sinner in the final."), between a "he said" and the person named
// last leaves the pronoun undecided between that person and the one
// described: given, not shown. Failed before: "Carlos Alcaraz" shown (at
// 0.85), where the Serb, Djokovic, spoke.
func TestDescribedSubjectBeforePronoun(t *testing.T) {
	const lead = "Novak Djokovic beat Carlos Alcaraz 6-4 6-4 on Sunday.\n\nAlcaraz said he had been tired. \"I didn't have the energy today,\" he said.\n\n"
	const last = "\n\n\"He is the best player in the world right now,\" he said."
	for _, c := range []shownCase{
		{"demonym", lead + "The Serb will now face Jannik Sinner in the final." + last, "Carlos Alcaraz", false},
		{"age", lead + "The 37-year-old will now face Jannik Sinner in the final." + last, "Carlos Alcaraz", false},
		{"role", lead + "The champion will now face Jannik Sinner in the final." + last, "Carlos Alcaraz", false},
		// Must not fire: no one else named near; the description speaks
		// (a cue, resolved itself); no description between.
		{"one person", "Sarah Chen founded the company in 2015.\n\nThe entrepreneur now employs 300 people. \"We had no money and no office,\" she said.",
			"Sarah Chen", true},
		{"description speaks", lead + "The Serb said he was ready for the final." + last, "Carlos Alcaraz", true},
		{"no description", lead + "Alcaraz will now rest for a week." + last, "Carlos Alcaraz", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(c.in)
			if len(got) == 0 {
				t.Fatalf("no quotations")
			}
			q := got[len(got)-1]
			if q.Speaker != c.speaker || (q.Confidence >= ConfidentAt) != c.shown {
				t.Errorf("last quotation %+v; want speaker %q, shown %v", q, c.speaker, c.shown)
			}
		})
	}
}
