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

// A relative named with another given name before the same full name
// ("his son, Michael Owen Delaney" after "Owen Delaney"), or by a given
// name and a generational suffix ("brother Frank Jr." beside "Frank
// Delaney"), is someone else: the full name is not renamed to the longer
// one, and the bare given name ("Frank says") stays the elder's. Failed
// before: every "Owen" went to "Michael Owen Delaney" at 1.00, and every
// "Frank" to "Frank Jr.".
func TestRG19RelativeNamedAlike(t *testing.T) {
	runCueCases(t, []cueCase{
		{"son with another given name", "Owen Delaney runs the mill his father bought.\n\n\"It was fun,\" Owen says.\n\nFive years ago, Owen's boy, Michael Owen Delaney, started sweeping floors.\n\n\"I want him to find his own path,\" says Owen.",
			[]want{{"It was fun,", "Owen Delaney", "says"}, {"I want him to find his own path,", "Owen Delaney", "says"}}},
		{"full name before the son is named", "Owen Delaney runs the mill his father bought.\n\n\"It was fun,\" says Owen Delaney.\n\nFive years ago, Owen's boy, Michael Owen Delaney, started sweeping floors.",
			[]want{{"It was fun,", "Owen Delaney", "says"}}},
		{"junior beside the elder", "Frank Delaney bought the mill in 1988; his son Frank Jr. handles sales.\n\n\"We were in deep water then,\" says Frank.",
			[]want{{"We were in deep water then,", "Frank Delaney", "says"}}},
		// Must not fire: a double surname after its short form, and a
		// junior named alone.
		{"double surname", "López Obrador spoke on Monday.\n\n\"We will not bow,\" Andrés Manuel López Obrador said.",
			[]want{{"We will not bow,", "Andrés Manuel López Obrador", "said"}}},
		{"junior alone", "The team is run by Tom Jr., who took over last year.\n\n\"We are rebuilding,\" Tom said.",
			[]want{{"We are rebuilding,", "Tom Jr.", "said"}}},
	})
}

// "GM" (general manager) between a team's name and a person's given name
// and surname is a title, as "CFO" is: "said Hawks GM Darla Pruitt" is
// Darla Pruitt. Failed before: the speaker was "Hawks GM Darla Pruitt".
func TestRG19TeamGM(t *testing.T) {
	runCueCases(t, []cueCase{
		{"team GM", "\"We need certainty before the draft,\" said Hawks GM Darla Pruitt.\n\n\"Talks are moving,\" Pruitt added.",
			[]want{{"We need certainty before the draft,", "Darla Pruitt", "said"}, {"Talks are moving,", "Darla Pruitt", "added"}}},
		// Must not fire: the carmaker and its arms.
		{"carmaker's arm", "\"Demand is strong,\" GM Korea said in a statement.",
			[]want{{"Demand is strong,", "GM Korea", "said"}}},
		{"carmaker's spokesman", "\"We are hiring 300 workers,\" said GM spokesman Dan Flores.",
			[]want{{"We are hiring 300 workers,", "Dan Flores", "said"}}},
	})
}

// A phrase of time between a named subject and a verb of speech or
// criticism ("Mayor Tom Keller at the time called the project "..."",
// "Ada Birch last year described the plan as "...""): the subject speaks.
// Failed before: "" (the subject was read back from "time").
func TestRG19TimePhraseBeforeVerb(t *testing.T) {
	runCueCases(t, []cueCase{
		{"at the time", "The city dropped the stadium plan on Monday. Mayor Tom Keller at the time called the project \"a fair deal for taxpayers.\"",
			[]want{{"a fair deal for taxpayers.", "Tom Keller", "called"}}},
		{"last year", "Councilwoman Ada Birch last year described the plan as \"a blank check for billionaires.\"",
			[]want{{"a blank check for billionaires.", "Ada Birch", "described"}}},
		// Must not fire: a subject described, not named.
		{"a resident", "A resident last year described the plan as \"a blank check for billionaires.\"",
			[]want{{"a blank check for billionaires.", "", "described"}}},
	})
}
