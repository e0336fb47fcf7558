package quote

import "testing"

// Classes found on real pages annotated blind in round 19 (feature writing,
// business and celebrity news), tested on sentences written for these
// tests. Each failed before its rule.

// A verb of speech opening its sentence before the speaker's name
// ("Replied Marta, with a thin smile, "..."", "Added Marta, "...""): the
// verb is no word of the name, and it is the quotation's cue. Failed
// before: "Replied Marta" and "Added Marta" were read as names, so the
// quotations after them got "", and "Marta said" earlier in the story got
// "Added Marta".
func TestRG19InvertedOpener(t *testing.T) {
	story := "Marta Ellison runs the ferry company her grandfather founded, and her nephew, Paul Ellison, keeps the books.\n\n" +
		"\"We lose money every winter,\" Marta said.\n\n"
	runCueCases(t, []cueCase{
		{"replied, aside", story + "Replied Marta, with a thin smile, \"Tell that to the bank.\"",
			[]want{{"We lose money every winter,", "Marta Ellison", "said"}, {"Tell that to the bank.", "Marta Ellison", "Replied"}}},
		{"added, comma", story + "Added Paul, \"The bank has been fine for years.\"",
			[]want{{"We lose money every winter,", "Marta Ellison", "said"}, {"The bank has been fine for years.", "Paul Ellison", "Added"}}},
		{"countered, colon", story + "Countered Paul: \"The bank has been fine for years.\"",
			[]want{{"We lose money every winter,", "Marta Ellison", "said"}, {"The bank has been fine for years.", "Paul Ellison", "Countered"}}},
		// Must not fire: the verb before a name that goes on to a noun
		// ("Promised Land" is a church's name), and a verb of speech
		// opening a sentence with a verb of its own after the aside.
		{"name of a church", "\"We feed 200 families a week,\" Promised Land Church said in a statement.",
			[]want{{"We feed 200 families a week,", "Promised Land Church", "said"}}},
		{"adjective before a role", "Noted historian Ann Lee disagreed. \"It was never about money,\" she said.",
			[]want{{"It was never about money,", "Ann Lee", "said"}}},
	})
}
