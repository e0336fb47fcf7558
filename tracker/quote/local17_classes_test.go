package quote

import "testing"

// Constructed probes of local news, human interest, health and obituaries
// (round 17): classes that went wrong.

// An unnamed person a story opens on and names in the next paragraph ("A
// Bendigo teenager ... Callum Price, 17,") has the name's gender: "she
// said" after it is not his. Failed before: "Callum Price" at 0.85 for the
// words of the driver's wife, whom the article does not name. Must not
// fire: the pronoun of the name's gender, a name of no known gender.
func TestLocal17LedeAliasGender(t *testing.T) {
	runCueCases(t, []cueCase{
		{"she after a boy", "A Bendigo teenager has been hailed a hero after pulling a neighbour from a burning car.\n\nCallum Price, 17, was walking his dog when he saw smoke.\n\nHis wife, who asked not to be named, said she would be grateful.\n\n\"That boy saved my husband's life,\" she said.",
			[]want{{"That boy saved my husband's life,", "", "said"}}},
		{"he after a girl", "A Perth teenager has been hailed a hero.\n\nChloe Barnes, 16, was at the beach when she saw the swimmer.\n\n\"She swam out further than I would have,\" he said.",
			[]want{{"She swam out further than I would have,", "", "said"}}},
		// Must not fire.
		{"he after a boy", "A Bendigo teenager has been hailed a hero.\n\nCallum Price, 17, was walking his dog when he saw smoke.\n\n\"I just opened the door and dragged him out,\" he said.",
			[]want{{"I just opened the door and dragged him out,", "Callum Price", "said"}}},
		{"she after a girl", "A Perth teenager has been hailed a hero.\n\nChloe Barnes, 16, was at the beach when she saw the swimmer.\n\n\"I didn't think, I just swam,\" she said.",
			[]want{{"I didn't think, I just swam,", "Chloe Barnes", "said"}}},
	})
}
