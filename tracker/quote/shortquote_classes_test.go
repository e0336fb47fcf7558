package quote

import "testing"

// A quotation of a word or two ending in a full stop ends its sentence as
// a longer one does: the verb of the next sentence is not its cue, and the
// subject of the next sentence starts a new clause. Failed before: "a
// disgrace." was given to Hale at 1.00 (her "said" read as the short
// quotation's cue); the quotations after "a betrayal." and "reckless."
// were given "" (the sentence after them read as part of theirs, so Hale
// was not its subject).
func TestShortQuoteEndsSentence(t *testing.T) {
	runCueCases(t, []cueCase{
		{"cue of the next quotation", `Reed called the ruling "a disgrace." Hale said she "would appeal the decision at once, and win."`,
			[]want{{`a disgrace.`, "Reed", "called"}, {`would appeal the decision at once, and win.`, "Hale", "said"}}},
		{"subject of the next sentence, participle", `Critics called the decision "a betrayal." Hale defended it, saying it was "the only way to balance the budget this year."`,
			[]want{{`the only way to balance the budget this year.`, "Hale", "saying"}}},
		{"subject with an appositive, participle", `Opponents described the plan as "reckless." Ann Hale, the mayor, rejected that, calling it "the best chance the city has had in years."`,
			[]want{{`the best chance the city has had in years.`, "Ann Hale", "calling"}}},
		// Must not fire: the full stop of an abbreviation, and a short
		// quotation with its own cue after it.
		{"abbreviation in quotation marks", `The sailors of the "U.S." Navy said they were proud. "We did our job and we came home," said Petty Officer Dan Ruiz.`,
			[]want{{`We did our job and we came home,`, "Dan Ruiz", "said"}}},
		{"title in a short quotation", `Tom Ruiz dismissed the report as "Dr. Nonsense." Kim Lee said she "had never seen anything like it in thirty years."`,
			[]want{{`Dr. Nonsense.`, "Tom Ruiz", "dismissed"}, {`had never seen anything like it in thirty years.`, "Kim Lee", "said"}}},
		{"short quotation, then its cue", `"It's over." Smith said. "We lost the vote and now we move on to the next fight."`,
			[]want{{`It's over.`, "Smith", "said"}, {`We lost the vote and now we move on to the next fight.`, "Smith", ""}}},
		{"short quotation, then a new quotation", `Hale called the vote "a farce." "We will be back next year with more votes than ever," she said.`,
			[]want{{`a farce.`, "Hale", "called"}, {`We will be back next year with more votes than ever,`, "Hale", "said"}}},
	})
}
