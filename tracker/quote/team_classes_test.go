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
